#!/usr/bin/env bash
# Sets everything up, then runs every check: lint, types, the tests offscreen,
# then the tests that need a real X server (VLC's embedded window) under Xvfb.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --tests
export PATH="$PWD/.venv/bin:$PATH"

echo "== ruff"; ruff check . && ruff format --check .
echo "== mypy"; mypy
echo "== import-linter"; lint-imports
echo "== pytest (offscreen)"
QT_QPA_PLATFORM=offscreen pytest "$@"
echo "== pytest (X11 under Xvfb)"
QT_QPA_PLATFORM=xcb pytest -m xvfb "$@"
