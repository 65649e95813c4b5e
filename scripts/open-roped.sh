#!/usr/bin/env bash
# Sets everything up, then opens the ROPED kit in the viewer.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/mediakit kits/roped "$@"
