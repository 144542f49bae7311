#!/usr/bin/env bash
# The hostile-input sweep: tests/hostile/test_property.py with many more cases.
#   scripts/fuzz.sh [CASES] [SHARDS] [pytest args...]
# Defaults: 10,000 cases split over one shard per core, each shard its own pytest
# process. Every case compiles the rendered client; one in 25 is imported in a
# fresh interpreter and one in 25 is formatted as `generate` does and checked with
# ruff and black.
# Cases are random on each run; POSTMAN_CODEGEN_FUZZ_SEED=N replays a run. Logs
# are kept in $TMPDIR/postman-codegen-fuzz-<shard>.log; a failure prints
# Hypothesis' minimal case.
set -euo pipefail
cd "$(dirname "$0")/.."
CASES="${1:-10000}"
SHARDS="${2:-$(nproc 2>/dev/null || echo 2)}"
export POSTMAN_CODEGEN_FUZZ_EXAMPLES="$CASES"
export POSTMAN_CODEGEN_FUZZ_SHARDS="$SHARDS"
export POSTMAN_CODEGEN_FUZZ_IMPORT_EVERY="${POSTMAN_CODEGEN_FUZZ_IMPORT_EVERY:-25}"
export POSTMAN_CODEGEN_FUZZ_FORMAT_EVERY="${POSTMAN_CODEGEN_FUZZ_FORMAT_EVERY:-25}"
test_id="tests/hostile/test_property.py::test_any_collection_is_a_clean_error_or_working_code"
started=$(date +%s)
pids=()
for ((shard = 0; shard < SHARDS; shard++)); do
    log="${TMPDIR:-/tmp}/postman-codegen-fuzz-$shard.log"
    .venv/bin/pytest "$test_id[$shard]" -p no:cacheprovider -q -s "${@:3}" >"$log" 2>&1 &
    pids+=($!)
done
status=0
for ((shard = 0; shard < SHARDS; shard++)); do
    log="${TMPDIR:-/tmp}/postman-codegen-fuzz-$shard.log"
    if wait "${pids[$shard]}"; then
        grep -E "^fuzz shard" "$log" || true
    else
        status=1
        echo "fuzz shard $shard FAILED (log: $log)"
        grep -E -A40 "Falsifying example|^E   " "$log" | head -n 80 || tail -n 40 "$log"
    fi
done
echo "fuzz: $CASES cases over $SHARDS shard(s) in $(($(date +%s) - started))s, exit $status"
exit "$status"
