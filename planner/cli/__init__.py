"""The command line over the services: ``delegation-planner [--db DB] COMMAND``.

Plain text by default, JSON with ``--json``. Exit codes: 0 success, 2 bad input or usage (the message on
stderr says what and where; the database is untouched).

The commands live in one module per area (:mod:`~planner.cli.visits`, :mod:`~planner.cli.exchange`,
:mod:`~planner.cli.printing`, :mod:`~planner.cli.scheduling`, :mod:`~planner.cli.live`,
:mod:`~planner.cli.follow_up`); each adds its
sub-commands with ``register(subparsers, common)`` and marks its handlers with ``@command``. This package
sits at the edge, like the GUI: it imports the services, and nothing in ``planner`` imports it. Heavy
libraries (the ORM mapping, OR-Tools, ReportLab) are imported inside the handlers, so building the parser
stays cheap.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import NoReturn, TextIO

from planner.cli import exchange, follow_up, live, printing, scheduling, translations, visits
from planner.cli.context import COMMANDS, EXIT_BAD_INPUT, EXIT_FINDINGS, EXIT_OK, Context, command
from planner.domain.errors import PlannerError, ValidationError
from planner.services.crash_log import redact, short_message, write_crash_log

EXIT_CRASH = 3  # an unexpected error: a short message and a log file

# in the order their sub-commands are listed by --help
AREAS = (visits, exchange, printing, scheduling, live, follow_up, translations)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(EXIT_BAD_INPUT, f"{self.prog}: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of every command."""
    parser = _Parser(prog="delegation-planner", description="Plan, check and print delegation visits.")
    parser.add_argument("--db", help="database file or SQLAlchemy URL (default: the user's data folder)")
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--json", action="store_true", help="print JSON instead of text")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    for area in AREAS:
        area.register(sub, common)
    return parser


# whole-number arguments (ids, days, limits) beyond this overflowed SQLite and PostgreSQL integers
MAX_ARGUMENT = 2**31 - 1


def _check_numbers(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    for name, value in vars(args).items():
        if isinstance(value, int) and not isinstance(value, bool) and abs(value) > MAX_ARGUMENT:
            option = name.replace("_", "-")
            parser.error(
                f"argument {option}: {value if len(str(value)) < 20 else str(value)[:12] + '…'}"
                f" is out of range (at most {MAX_ARGUMENT:,})"
            )


def main(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    """Run one command; return the exit code.

    Exit 2 for bad input and an unreadable database; 3 for an unexpected error, which never prints a
    traceback: a short sentence names a log file with the details, private values removed.
    """
    from sqlalchemy.exc import SQLAlchemyError

    parser = build_parser()
    args = parser.parse_args(list(sys.argv[1:] if argv is None else argv))
    _check_numbers(parser, args)
    ctx = Context(args.db, out or sys.stdout)
    try:
        return COMMANDS[args.command](args, ctx)
    except ValidationError as exc:
        print(
            f"delegation-planner {args.command}: {len(exc.problems)} problem(s), nothing was changed:",
            file=sys.stderr,
        )
        for problem in exc.problems:
            print(f"  {problem}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except PlannerError as exc:
        print(f"delegation-planner {args.command}: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except BrokenPipeError:
        # the reader (e.g. `| head`) went away; that is not an error of ours
        sys.stderr.close()
        return EXIT_OK
    except SQLAlchemyError as exc:
        # a damaged database or a server that went away: its own first line, never the SQL's values
        reason = redact(str(getattr(exc, "orig", None) or type(exc).__name__).splitlines()[0])
        print(
            f"delegation-planner {args.command}: the database could not be read or written ({reason});"
            " if it is damaged, restore a backup (delegation-planner restore FILE)",
            file=sys.stderr,
        )
        return EXIT_BAD_INPUT
    except Exception as exc:  # the last resort: a sentence and a log file instead of a traceback
        log = write_crash_log(exc, context=f"delegation-planner {args.command}")
        print(f"delegation-planner {args.command}: {short_message(exc, log)}", file=sys.stderr)
        return EXIT_CRASH
    finally:
        ctx.close()


__all__ = [
    "EXIT_BAD_INPUT",
    "EXIT_FINDINGS",
    "EXIT_OK",
    "Context",
    "build_parser",
    "command",
    "main",
]
