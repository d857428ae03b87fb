#!/usr/bin/env bash
# Scores the extractor with the project's scorer: builds the dangbo command in
# release, extracts the shared sample corpus and the shipped examples, and
# prints the scorer's lines for each (-v lists every missed fact).
# Usage: scripts/score-corpus.sh [-q]     (-q: only the final score lines)
set -uo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"
shared="$root/../shared"
quiet=false
[[ "${1:-}" == -q ]] && quiet=true

cargo build --release --quiet -p dangbo-cli || exit 1
dangbo="$root/target/release/dangbo"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

status=0
score() {  # score NAME ARTICLES GOLD
  local name="$1" articles="$2" gold="$3"
  if [[ ! -d "$articles" || ! -d "$gold" ]]; then
    echo "== $name: $articles or $gold not found, skipped"
    return
  fi
  echo "== $name ($articles)"
  # A file the extractor fails on is one line on stderr; the scorer counts it as missed.
  "$dangbo" extract "$articles" --out "$tmp/$name" 2>"$tmp/$name.err" || status=1
  if [[ -s "$tmp/$name.err" ]]; then
    echo "   $(wc -l <"$tmp/$name.err") file(s) failed to extract; first: $(head -n1 "$tmp/$name.err")"
  fi
  if $quiet; then
    python3 "$shared/tools/score.py" "$gold" "$tmp/$name" | grep '^score:'
  else
    python3 "$shared/tools/score.py" "$gold" "$tmp/$name" -v
  fi
}

score corpus "$shared/corpus/articles" "$shared/corpus/gold"
score examples "$root/examples/articles" "$root/examples/gold"
exit $status
