#!/usr/bin/env bash
# Installs everything, then runs every test suite. This is the command CI runs (.ci/run).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$PWD/.venv/bin:$PATH"
echo "== lint and types"
ruff check server tests
ruff format --check server tests
(cd server && mypy)
echo "== tests"
python -m pytest tests "$@"
