"""The core never imports Qt or the GUI: checked by import-linter and by a fresh interpreter."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# the contracts in pyproject.toml that draw the layers; each must be there and kept
CONTRACTS = (
    "The core never imports Qt or the GUI",
    "The GUI reaches the database only through services and queries",
    "Layers of the core: each may import only the layers below it",
    "The engine reads nothing: it takes plain data",
)

PROBE = """
import importlib, pkgutil, sys
import planner
for info in pkgutil.walk_packages(planner.__path__, 'planner.'):
    if '.migrations' in info.name:
        continue
    importlib.import_module(info.name)
bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'ui'))
print(','.join(bad))
"""


def test_import_linter_contract_holds() -> None:
    result = subprocess.run(
        [str(Path(sys.executable).with_name("lint-imports")), "--no-cache"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    for contract in CONTRACTS:
        assert f"{contract} KEPT" in result.stdout, f"contract missing or broken: {contract}"


def test_importing_every_core_module_loads_no_qt() -> None:
    result = subprocess.run(
        [sys.executable, "-c", PROBE], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "", f"planner imported: {result.stdout.strip()}"


def test_command_line_does_not_import_qt(tmp_path: Path) -> None:
    code = (
        "import sys, main; rc = main.main(['--db', sys.argv[1], 'list']);"
        "print('QT' if any(m.startswith('PySide6') for m in sys.modules) else 'NOQT')"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "x.db")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.strip().endswith("NOQT")
