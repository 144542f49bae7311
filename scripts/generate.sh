#!/usr/bin/env bash
# Set up, then regenerate generated/ from the pinned collection (config: pyproject.toml).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
# The templates' compiled modules follow the templates (see generator/render/precompile.py).
.venv/bin/python -m generator.render.precompile
.venv/bin/postman-codegen generate "$@"
