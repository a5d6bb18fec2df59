"""The suite runs on the lowest Python the project declares (``.python-version`` pins it for uv)."""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_suite_runs_on_the_declared_minimum_python() -> None:
    declared = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["requires-python"]
    match = re.fullmatch(r">=\s*(\d+)\.(\d+)", declared)
    assert match, f"requires-python {declared!r} names no lower bound"
    minimum = (int(match[1]), int(match[2]))
    pinned = (ROOT / ".python-version").read_text("utf-8").strip()
    assert pinned == f"{minimum[0]}.{minimum[1]}", "uv must run the suite on the declared minimum"
    assert sys.version_info[:2] == minimum, f"running {sys.version.split()[0]}, declared minimum {declared}"
