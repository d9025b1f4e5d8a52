#!/usr/bin/env bash
# Fuzz every reader for SECONDS each (default 1800), seeded with the bundled corpus; PARALLEL=1 runs
# the five at once (each then gets a share of the cores: see the exec counts in the logs).
# Findings (crash-*, timeout-*) land in fuzz/findings/FORMAT/; the log of each run in fuzz/findings/FORMAT.log.
set -uo pipefail
cd "$(dirname "$0")/.."
SECONDS_EACH="${1:-1800}"
.venv/bin/python -c "import atheris" 2>/dev/null || .venv/bin/python -m pip install --quiet "atheris>=2.3"
for fmt in txt html jsonl csv warc; do
  out="fuzz/findings/$fmt"; seeds="fuzz/seeds/$fmt"
  mkdir -p "$out" "$seeds"
  find samples/corpus -type f | while read -r f; do cp "$f" "$seeds/"; done
  run() {
    .venv/bin/python fuzz/fuzz_readers.py "$1" -max_total_time="$SECONDS_EACH" -rss_limit_mb=2048 \
        -timeout=20 -artifact_prefix="fuzz/findings/$1/" "fuzz/seeds/$1" > "fuzz/findings/$1.log" 2>&1
    echo "$1: exit $? — $(grep -c 'NEW' "fuzz/findings/$1.log") new coverage points; $(ls "fuzz/findings/$1" | wc -l) findings; $(grep -o 'Done [0-9]* runs in [0-9]* second(s)' "fuzz/findings/$1.log")"
  }
  if [ "${PARALLEL:-0}" = 1 ]; then run "$fmt" & else run "$fmt"; fi
done
wait
