#!/usr/bin/env bash
# Installs everything picklecheck needs on a fresh Debian machine: apt packages, a Python venv
# with the server and test dependencies, Node 24, npm packages and code-server. Idempotent.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo  # apt-get needs root: the README says so
# pip's download and wheel cache stays in the repository too (unless you chose one).
export PIP_CACHE_DIR=${PIP_CACHE_DIR:-$ROOT/.cache/pip}

log() { printf '\n== %s\n' "$*" >&2; }

install_apt() {
  local missing=()
  for pkg in "$@"; do dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  log "apt: ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
}

setup_python() {
  log "python venv (.venv)"
  [ -x .venv/bin/python ] || python3 -m venv .venv
  .venv/bin/python -m pip install -q --upgrade pip >/dev/null
  .venv/bin/python -m pip install -q -r tests/requirements.txt
  .venv/bin/python -m pip install -q -e "server[lsp]"
}

install_apt chromium chromium-driver libkrb5-dev neovim
setup_python
if [ -f scripts/setup-node.sh ]; then bash scripts/setup-node.sh; fi
log "setup done"
