#!/usr/bin/env bash
# The Python package's checks: a virtual environment in .venv with the test
# tools, the extension built ONCE (release, into the environment), then pytest.
# Usage: scripts/test-python.sh [pytest arguments...]
#   DANGBO_PY_PROFILE=dist (default) builds as the wheel is built (pyproject.toml's
#                          profile: release with link-time optimization)
#   DANGBO_PY_PROFILE=release  optimized without link-time optimization (quicker to build)
#   DANGBO_PY_PROFILE=dev  builds without optimization (quickest to build, slowest to run)
set -euo pipefail
cd "$(dirname "$0")/.."

venv="${DANGBO_VENV:-.venv}"
if [[ ! -x "$venv/bin/python" ]]; then
  python3 -m venv "$venv"
fi
# shellcheck disable=SC1091
source "$venv/bin/activate"

packages=(maturin pytest hypothesis mypy pyarrow pandas polars matplotlib "dask[distributed]")
# pip is quick when everything is there; only ask the index when something is missing.
if ! python - "${packages[@]}" 2>/dev/null <<'PY'
import importlib.metadata as md, re, sys
for spec in sys.argv[1:]:
    md.version(re.split(r"[\[<>=]", spec)[0])
PY
then
  python -m pip install --quiet --disable-pip-version-check "${packages[@]}"
fi

profile="${DANGBO_PY_PROFILE:-dist}"
echo "==> maturin develop (${profile})"
if [[ "$profile" == release ]]; then
  # no debug info in the extension: a smaller, quicker build
  CARGO_PROFILE_RELEASE_DEBUG=0 maturin develop --profile release --quiet
else
  maturin develop --profile "$profile" --quiet
fi

echo "==> pytest"
python -m pytest -q tests "$@"
