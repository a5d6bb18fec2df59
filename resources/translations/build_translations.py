"""Write delegation_planner_ru.ts from the interface's phrases and russian.py, then compile the .qm.

Run from the project root: ``uv run python resources/translations/build_translations.py``.
Phrases are found in ui/ as ``tr("...")``, ``N_("...")`` and ``Column("...")`` (one shared context).
Exit code 1 when a phrase has no Russian text, so a forgotten translation is noticed.
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
CONTEXT = "DelegationPlanner"
PHRASE = re.compile(r'\b(?:tr|N_|Column)\(\s*("(?:[^"\\]|\\.)*")')


def phrases() -> dict[str, tuple[str, int]]:
    """Every phrase in ui/ with the first file and line it appears on."""
    found: dict[str, tuple[str, int]] = {}
    for path in sorted((ROOT / "ui").rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        for match in PHRASE.finditer(source):
            text = ast.literal_eval(match.group(1))
            line = source.count("\n", 0, match.start()) + 1
            found.setdefault(text, (path.relative_to(ROOT).as_posix(), line))
    return found


def write_ts(found: dict[str, tuple[str, int]], russian: dict[str, str], target: Path) -> list[str]:
    missing = []
    out = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>", '<TS version="2.1" language="ru_RU">']
    out.append("<context>")
    out.append(f"    <name>{CONTEXT}</name>")
    for text, (where, line) in found.items():
        out.append("    <message>")
        out.append(f'        <location filename="../../{where}" line="{line}"/>')
        out.append(f"        <source>{escape(text)}</source>")
        translated = russian.get(text)
        if translated:
            out.append(f"        <translation>{escape(translated)}</translation>")
        else:
            missing.append(text)
            out.append('        <translation type="unfinished"></translation>')
        out.append("    </message>")
    out.append("</context>")
    out.append("</TS>")
    target.write_text("\n".join(out) + "\n", encoding="utf-8")
    return missing


def lrelease(ts: Path) -> None:
    tool = shutil.which("pyside6-lrelease") or str(Path(sys.executable).parent / "pyside6-lrelease")
    subprocess.run([tool, str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)


def main() -> int:
    sys.path.insert(0, str(HERE))
    from russian import RU

    ts = HERE / "delegation_planner_ru.ts"
    missing = write_ts(phrases(), RU, ts)
    lrelease(ts)
    for text in missing:
        print(f"no Russian text for: {text!r}", file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
