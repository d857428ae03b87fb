#!/usr/bin/env bash
# Times the dangbo command over many files with one thread and with two, and
# prints the speed-up. Builds the CLI in release first.
# Usage: scripts/bench-cli.sh [N_FILES]      (default 5000)
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-5000}"

cargo build --release --quiet -p dangbo-cli
dangbo="$(pwd)/target/release/dangbo"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

examples=(examples/articles/*.txt)
for ((i = 0; i < n; i++)); do
  cp "${examples[i % ${#examples[@]}]}" "$tmp/$(printf 'a%05d' "$i").txt"
done
bytes=$(cat "$tmp"/*.txt | wc -c)
echo "corpus: $n files, $((bytes / 1024)) KiB, in $tmp"

timed() {  # timed THREADS -> seconds on stdout
  local start end
  start=$EPOCHREALTIME
  RAYON_NUM_THREADS="$1" "$dangbo" extract "$tmp" --jsonl >/dev/null 2>"$tmp.err.$1" || {
    echo "dangbo extract failed with $1 thread(s): $(head -n1 "$tmp.err.$1")" >&2
    rm -f "$tmp.err.$1"
    exit 1
  }
  rm -f "$tmp.err.$1"
  end=$EPOCHREALTIME
  awk -v s="$start" -v e="$end" 'BEGIN { printf "%.6f\n", e - s }'
}

"$dangbo" extract "$tmp" --jsonl >/dev/null 2>&1 || true   # warm the page cache
t1=$(timed 1)
t2=$(timed 2)
awk -v t1="$t1" -v t2="$t2" -v n="$n" -v b="$bytes" 'BEGIN {
  printf "1 thread : %7.3f s  %8.0f files/s  %6.1f MB/s\n", t1, n / t1, b / 1e6 / t1
  printf "2 threads: %7.3f s  %8.0f files/s  %6.1f MB/s\n", t2, n / t2, b / 1e6 / t2
  printf "speed-up (1 thread / 2 threads): %.2fx\n", t1 / t2
}'
