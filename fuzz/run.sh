#!/usr/bin/env bash
# Fuzz every reader in turn for SECONDS each (default 1800), seeded with the bundled corpus.
# Findings (crash-*, timeout-*) land in fuzz/findings/FORMAT/; the log of each run in fuzz/findings/FORMAT.log.
set -uo pipefail
cd "$(dirname "$0")/.."
SECONDS_EACH="${1:-1800}"
.venv/bin/python -c "import atheris" 2>/dev/null || .venv/bin/python -m pip install --quiet "atheris>=2.3"
for fmt in txt html jsonl csv warc; do
  out="fuzz/findings/$fmt"; seeds="fuzz/seeds/$fmt"
  mkdir -p "$out" "$seeds"
  find samples/corpus -type f | while read -r f; do cp "$f" "$seeds/"; done
  .venv/bin/python fuzz/fuzz_readers.py "$fmt" -max_total_time="$SECONDS_EACH" -rss_limit_mb=2048 \
      -timeout=20 -artifact_prefix="$out/" "$seeds" > "fuzz/findings/$fmt.log" 2>&1
  echo "$fmt: exit $? — $(grep -c 'NEW' "fuzz/findings/$fmt.log") new coverage points; $(ls "$out" | wc -l) findings"
done
