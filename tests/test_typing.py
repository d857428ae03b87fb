"""The hand-written stubs agree with the module, and the examples type-check."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", *args], cwd=ROOT, capture_output=True, text=True, timeout=600)


def test_stubtest() -> None:
    pytest.importorskip("mypy")
    result = run("mypy.stubtest", "dangbo._dangbo")
    assert result.returncode == 0, result.stdout + result.stderr


def test_package_ships_typing_marker() -> None:
    import dangbo

    pkg = Path(dangbo.__file__).parent
    assert (pkg / "py.typed").is_file()
    assert (pkg / "_dangbo.pyi").is_file()


def test_examples_pass_mypy_strict() -> None:
    pytest.importorskip("mypy")
    examples = sorted(str(p) for p in (ROOT / "examples" / "python").glob("*.py"))
    if not examples:
        pytest.skip("no examples")
    result = run("mypy", "--strict", *examples)
    assert result.returncode == 0, result.stdout + result.stderr


def test_import_needs_no_dataframe_library() -> None:
    code = (
        "import sys, dangbo\n"
        "assert not {'pyarrow', 'pandas', 'polars', 'numpy'} & set(sys.modules), sorted(sys.modules)\n"
        "print(dangbo.__version__)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip()
