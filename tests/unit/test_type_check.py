"""The core type-checks clean: mypy over ``planner/`` with the settings in pyproject.toml.

mypy keeps an incremental cache in ``.mypy_cache`` (git-ignored), so after the first run only the
modules that changed are checked again.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_planner_type_checks_clean() -> None:
    # no arguments: the files, exclusions and strictness all come from [tool.mypy] in pyproject.toml
    result = subprocess.run(
        [sys.executable, "-m", "mypy"], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, "mypy found errors:\n" + result.stdout + result.stderr
