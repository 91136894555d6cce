#!/usr/bin/env bash
# Builds the seed corpora of the fuzz targets in OUT (default /tmp/claimcheck-fuzz):
# the seed articles, the development cases of ../shared/eval, the rule files
# and their examples, and claim JSONL extracted from the seeds.
# usage: tests/fuzz/seed_corpus.sh BUILD_DIR_WITH_CLAIMCHECK [OUT]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
bin="$1/claimcheck"
out="${2:-/tmp/claimcheck-fuzz}"
mkdir -p "$out"/{extract,rules,claims,parsers}
cp "$root"/seeds/*.txt "$out/extract/"
cp "$root"/rules/*/*.yaml "$root"/rules/*.yaml "$out/rules/" 2>/dev/null || true
n=0
for f in "$root"/rules/*/*.yaml; do cp "$f" "$out/rules/$(basename "$(dirname "$f")")-$(basename "$f")"; done
"$bin" extract --format jsonl "$root"/seeds/*.txt > "$out/claims/seeds.jsonl"
split -l 3 "$out/claims/seeds.jsonl" "$out/claims/part-"
eval_dir="$root/../shared/eval/recognizers-text"
if [ -d "$eval_dir" ]; then
  # one case text per file, a few hundred of each language and kind
  for f in "$eval_dir"/*-{money,percent,date}.jsonl; do
    head -n 150 "$f" | while IFS= read -r line; do
      n=$((n + 1))
      printf '%s' "$line" | sed -E 's/^.*"text": "(([^"\\]|\\.)*)".*$/\1/' | sed 's/\\"/"/g' > "$out/extract/$(basename "$f" .jsonl)-$n.txt"
      printf '%s' "$line" | grep -oE '"text": "[^"]{1,40}"' | head -n 2 | sed -E 's/"text": "(.*)"/\1/' > "$out/parsers/$(basename "$f" .jsonl)-$n.txt" || true
    done
  done
fi
echo "seed corpora in $out: $(ls "$out/extract" | wc -l) extract, $(ls "$out/rules" | wc -l) rules, $(ls "$out/claims" | wc -l) claims, $(ls "$out/parsers" | wc -l) parsers"
