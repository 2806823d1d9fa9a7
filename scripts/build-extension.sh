#!/usr/bin/env bash
# Builds the VS Code extension into picklecheck-<version>.vsix, offline once dependencies are cached:
#   bundled/libs     the server's pinned dependencies (server/requirements-bundled.txt, hash-checked)
#   bundled/server   a copy of server/picklecheck
#   bundled/docs     the rule pages (picklecheck: Show Rule Documentation)
#   dist/            the type-checked, esbuild-bundled client
# Needs `npm ci` done (scripts/setup-node.sh). Prints the path of the .vsix on stdout.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
# shellcheck source=node-env.sh
source scripts/node-env.sh
PYTHON=python3
[ -x .venv/bin/python ] && PYTHON=.venv/bin/python

log() { printf '== %s\n' "$*" >&2; }

bundle_libs() {
  local stamp=bundled/libs/.requirements-hash want
  want=$(sha256sum server/requirements-bundled.txt | cut -d' ' -f1)
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
    return 0
  fi
  log "bundled/libs from server/requirements-bundled.txt"
  rm -rf bundled/libs
  "$PYTHON" -m pip install -q --disable-pip-version-check --no-compile --require-hashes \
    --only-binary :all: --no-deps --target bundled/libs -r server/requirements-bundled.txt
  echo "$want" >"$stamp"
}

bundle_sources() {
  rm -rf bundled/server bundled/docs
  mkdir -p bundled/server bundled/docs
  cp -r server/picklecheck bundled/server/
  find bundled/server -name __pycache__ -prune -exec rm -rf {} +
  if [ -d docs/rules ]; then cp -r docs/rules bundled/docs/; fi
}

package_vsix() {
  local version
  version=$(node -p 'require("./package.json").version')
  # vsce runs the vscode:prepublish script (type check + esbuild bundle) first.
  npx --no-install vsce package --no-dependencies --skip-license --allow-missing-repository \
    -o ".cache/vsix/picklecheck-$version.vsix" >&2
  # Renamed into place at once: an installer reading the previous .vsix never sees half a file.
  mv ".cache/vsix/picklecheck-$version.vsix" "picklecheck-$version.vsix"
  echo "$ROOT/picklecheck-$version.vsix"
}

# One build at a time: parallel test workers share bundled/ and the .vsix.
mkdir -p .cache/vsix
exec 9>.cache/vsix/build.lock
flock 9

bundle_libs
bundle_sources
package_vsix
