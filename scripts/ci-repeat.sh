#!/usr/bin/env bash
# Runs CI (.ci/run) several times in a row on a clean clone of the committed
# HEAD, as CI does on every stop, to show that the suite passes every time and
# not only sometimes. Stops at the first failed run; prints each run's time.
#
#   scripts/ci-repeat.sh [runs]      # 3 runs unless given
#
# The clone is made in a temporary folder and deleted afterwards (its log is
# kept, and named at the end). Each run is the whole of .ci/run: npm ci,
# astro check, the unit and component tests, and the e2e tests. Set E2E_PORT
# if another checkout runs its e2e tests on the default ports (4411, 4412).
set -euo pipefail

runs="${1:-3}"
source_dir="$(cd "$(dirname "$0")/.." && pwd)"
clone="$(mktemp -d)"
log="$(mktemp --suffix=.ci-repeat.log)"
trap 'rm -rf "$clone"' EXIT

git clone --quiet --no-hardlinks "$source_dir" "$clone"
echo "Clean clone of $(git -C "$clone" rev-parse --short HEAD) in $clone; log: $log"

for run in $(seq 1 "$runs"); do
  start=$(date +%s)
  if (cd "$clone" && CI=true bash .ci/run) >>"$log" 2>&1; then
    echo "run $run of $runs: passed in $(( $(date +%s) - start )) s"
  else
    echo "run $run of $runs: FAILED after $(( $(date +%s) - start )) s; see $log"
    exit 1
  fi
done
echo "All $runs runs passed."
