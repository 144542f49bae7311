#!/usr/bin/env bash
# Set up, then regenerate generated/ from the pinned collection (config: pyproject.toml).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/postman-codegen generate "$@"
