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
# Two workers (both cores); the editor (e2e) tests stay together on one of them, see
# tests/conftest.py. Options given to test.sh come last and win (e.g. -n 0 for one process).
python -m pytest tests -n 2 --dist loadgroup "$@"
