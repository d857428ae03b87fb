#!/usr/bin/env bash
# Runs every check of the project: Rust (format, lints, tests, doc-tests, docs)
# and Python (builds the extension once into .venv, then pytest).
# Usage: scripts/test.sh            (everything)
#        scripts/test.sh rust       (Rust only)
#        scripts/test.sh python     (Python only)
set -euo pipefail
cd "$(dirname "$0")/.."
what="${1:-all}"
export CARGO_TERM_COLOR="${CARGO_TERM_COLOR:-never}"
export PROPTEST_CASES="${PROPTEST_CASES:-64}"

step() { printf '\n==> %s\n' "$*"; }

if [[ "$what" == all || "$what" == rust ]]; then
  step "cargo fmt --check"
  cargo fmt --all -- --check
  step "cargo clippy (all targets, -D warnings)"
  cargo clippy --workspace --all-targets --locked -- -D warnings
  step "cargo test (unit, integration, doc-tests)"
  # dangbo-py is a Python extension: its tests are the pytest suite below.
  cargo test --workspace --exclude dangbo-py --locked --no-fail-fast
  step "cargo doc --no-deps (warnings are errors)"
  RUSTDOCFLAGS="-D warnings" cargo doc --workspace --no-deps --locked
  if [[ -d fuzz ]]; then
    step "fuzz targets compile"
    RUSTC_BOOTSTRAP=1 cargo check --manifest-path fuzz/Cargo.toml --bins
  fi
fi

if [[ "$what" == all || "$what" == python ]]; then
  if [[ -x scripts/test-python.sh ]]; then
    step "Python package: build once, then pytest"
    scripts/test-python.sh
  fi
fi
step "all checks passed"
