"""Composition root of Delegation Planner.

With a command (``delegation-planner list``) it runs the command line without importing Qt; with none
it opens the desktop application (``--demo`` on a fresh copy of the sample visit).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

# options of the application that take a value: their value is not a command ("--lang kk")
VALUE_OPTIONS = ("--db", "--lang")


def wants_cli(argv: Sequence[str]) -> bool:
    """True when the arguments name a CLI command or ask for help."""
    args = list(argv)
    skip = False
    for arg in args:
        if skip:
            skip = False
            continue
        if arg in VALUE_OPTIONS:
            skip = True
            continue
        if arg in ("-h", "--help"):
            return "--demo" not in args
        if not arg.startswith("-"):
            return True
    return False


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``delegation-planner`` console script."""
    args = list(sys.argv[1:] if argv is None else argv)
    if wants_cli(args):
        from planner.cli import main as cli_main

        return cli_main(args)
    return _run_window(args)


def _run_window(args: list[str]) -> int:
    # Qt's own failure on a bare system is an abort naming a plugin; name the missing packages instead
    from ui.system_check import missing_message, missing_packages

    missing = missing_packages()
    if missing:
        print(missing_message(missing), file=sys.stderr)
        return 2
    try:
        from ui.app import run_app
    except ImportError as exc:  # PySide6 itself cannot load a shared library
        if ".so" not in str(exc) and "PySide6" not in str(exc):
            raise
        print(missing_message(missing_packages(), detail=str(exc)), file=sys.stderr)
        return 2
    return run_app(args)


if __name__ == "__main__":
    sys.exit(main())
