#!/usr/bin/env bash
# Set up, then run every check: lint and types of the generator, the generator's tests
# (goldens, corpus, runtime, hostile input, drift), the generated client's own tests,
# and the drift check of generated/ against the pinned collection.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
echo "== lint and types of the generator"
.venv/bin/ruff check generator tests
.venv/bin/black --check -q generator tests
.venv/bin/mypy
echo "== generator tests"
.venv/bin/pytest tests -p no:cacheprovider
echo "== generated client tests"
(cd generated && ../.venv/bin/pytest -q -p no:cacheprovider tests)
echo "== generated client lint and types"
(cd generated && ../.venv/bin/ruff check --no-cache . && ../.venv/bin/black --check -q . \
    && ../.venv/bin/mypy --cache-dir /tmp/postman-codegen-mypy)
echo "== drift check"
.venv/bin/postman-codegen check
