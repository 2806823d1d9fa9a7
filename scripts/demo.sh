#!/usr/bin/env bash
# The main job, in one command: install everything, build the VS Code extension, check the examples
# with the CLI, then open them in a real VS Code (code-server) on 127.0.0.1 with the extension.
#
#   bash scripts/demo.sh              # serves until Ctrl+C; prints the URL to open
#   bash scripts/demo.sh --port 9000  # another port (default: 8080, or a free one if it is taken)
#   bash scripts/demo.sh --no-serve   # everything except starting code-server (smoke run)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
SERVE=1
PORT=""
while [ $# -gt 0 ]; do
  case $1 in
    --no-serve) SERVE=0 ;;
    --port) PORT=$2; shift ;;
    -h | --help) sed -n '2,7p' "$0"; exit 0 ;;
    *) echo "demo.sh: unknown option $1" >&2; exit 2 ;;
  esac
  shift
done

CODE_SERVER=$ROOT/.cache/code-server/bin/code-server
DEMO=$ROOT/.cache/demo
EXAMPLES=$ROOT/examples

log() { printf '\n== %s\n' "$*" >&2; }

port_is_free() {
  ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

choose_port() {
  if [ -n "$PORT" ]; then echo "$PORT"; return; fi
  if port_is_free 8080; then echo 8080; return; fi
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# The quiet workbench the e2e tests use too (no welcome page, trust prompt, telemetry, updates,
# AI panes, nor the question about the repository in the parent folder), plus our interpreter.
write_settings() {
  mkdir -p "$DEMO/user-data/User"
  "$ROOT/.venv/bin/python" - "$ROOT" "$DEMO/user-data/User/settings.json" <<'PY'
import json
import sys

root, target = sys.argv[1:]
with open(f"{root}/scripts/code-server-settings.json", encoding="utf-8") as shared:
    settings = json.load(shared)
settings["picklecheck.interpreter"] = f"{root}/.venv/bin/python"
with open(target, "w", encoding="utf-8") as out:
    json.dump(settings, out, indent=2)
PY
}

code_server() {
  (
    # shellcheck source=node-env.sh
    source scripts/node-env.sh
    "$CODE_SERVER" --user-data-dir "$DEMO/user-data" --extensions-dir "$DEMO/extensions" "$@"
  )
}

bash scripts/setup.sh
log "building the extension"
VSIX=$(bash scripts/build-extension.sh)
echo "$VSIX"

log "picklecheck check ${EXAMPLES#"$ROOT"/}"
# Exit code 1 means "found problems", which is what the examples are for.
(cd "$ROOT" && .venv/bin/picklecheck check "${EXAMPLES#"$ROOT"/}") || [ $? -eq 1 ]

log "installing the extension into code-server"
write_settings
code_server --force --install-extension "$VSIX"

if [ "$SERVE" = 0 ]; then
  log "--no-serve: not starting code-server"
  exit 0
fi
PORT=$(choose_port)
URL="http://127.0.0.1:$PORT/?folder=$EXAMPLES"
log "open $URL   (Ctrl+C stops code-server)"
code_server --bind-addr "127.0.0.1:$PORT" --auth none --disable-telemetry --disable-update-check \
  --disable-workspace-trust --disable-getting-started-override "$EXAMPLES"
