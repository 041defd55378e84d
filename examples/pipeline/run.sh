#!/usr/bin/env bash
# The day's divergences, as a newsroom pipeline runs them: group the day's articles into
# stories (dedup), pair the reports within each story, compare every pair on worker threads,
# and write a Markdown digest of where the outlets disagree.
#
#   bash examples/pipeline/run.sh [articles.jsonl] [output folder]
#
# articles.jsonl: one {id, text, source?, published?} a line (the bundled one by default).
# Every step reads and writes JSON Lines, whose shapes are the schemas that
# `corroborate schema dedup|clusters|report` print.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
articles="${1:-$here/articles.jsonl}"
out="${2:-$(mktemp -d)}"
mkdir -p "$out"
corroborate=${CORROBORATE:-npx --no-install corroborate}
tsx=${TSX:-npx --no-install tsx}

# 1. stories: the final clusters (--clusters), one {id, members} a line
$corroborate dedup "$articles" --clusters "$out/clusters.jsonl" > "$out/decisions.jsonl"
# 2. every two reports within a story, as {aId, bId}
$tsx "$here/pairs.ts" "$out/clusters.jsonl" > "$out/pairs.jsonl"
# 3. one report per pair, in order, on two worker threads
$corroborate compare --pairs "$out/pairs.jsonl" --articles "$articles" --workers 2 > "$out/reports.jsonl"
# 4. the digest
$tsx "$here/digest.ts" "$out/reports.jsonl" "$articles" > "$out/digest.md"
echo "wrote $out/digest.md ($(wc -l < "$out/pairs.jsonl") pairs compared)" >&2
