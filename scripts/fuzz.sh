#!/usr/bin/env bash
# The hostile-input sweep: tests/hostile/test_property.py with many more cases.
#   scripts/fuzz.sh [CASES] [SHARDS] [pytest args...]
# Defaults: 10,000 cases split over one shard per core (pytest-xdist). Every case
# compiles the rendered client; one in 25 is imported in a fresh interpreter and
# one in 125 goes through black and ruff as `generate` does. Cases are random on
# each run; POSTMAN_CODEGEN_FUZZ_SEED=N replays a run. The full log is kept in
# $TMPDIR/postman-codegen-fuzz.log; failures print Hypothesis' minimal case.
set -euo pipefail
cd "$(dirname "$0")/.."
CASES="${1:-10000}"
SHARDS="${2:-$(nproc 2>/dev/null || echo 2)}"
export POSTMAN_CODEGEN_FUZZ_EXAMPLES="$CASES"
export POSTMAN_CODEGEN_FUZZ_SHARDS="$SHARDS"
export POSTMAN_CODEGEN_FUZZ_IMPORT_EVERY="${POSTMAN_CODEGEN_FUZZ_IMPORT_EVERY:-25}"
export POSTMAN_CODEGEN_FUZZ_FORMAT_EVERY="${POSTMAN_CODEGEN_FUZZ_FORMAT_EVERY:-125}"
log="${TMPDIR:-/tmp}/postman-codegen-fuzz.log"
started=$(date +%s)
status=0
.venv/bin/pytest tests/hostile/test_property.py -p no:cacheprovider -q -rP -n "$SHARDS" \
    "${@:3}" >"$log" 2>&1 || status=$?
grep -E "^fuzz shard" "$log" || true
if [ "$status" -ne 0 ]; then
    grep -E -A40 "Falsifying example|^E   " "$log" | head -n 120 || tail -n 60 "$log"
fi
echo "fuzz: $CASES cases over $SHARDS shard(s) in $(($(date +%s) - started))s, exit $status (log: $log)"
exit "$status"
