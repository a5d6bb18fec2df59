"""Write delegation_planner_<lang>.ts from the interface's phrases and the texts of each language, then
compile the .qm: Russian from russian.py, Kazakh from kazakh.py.

Run from the project root: ``uv run python resources/translations/build_translations.py [ru] [kk]``
(no argument: every language). Phrases are found in ui/ as ``tr("...")``, ``N_("...")`` and
``Column("...")`` (one shared context). Exit code 1 when a phrase has no text in a language, so a
forgotten translation is noticed.
"""

from __future__ import annotations

import ast
import importlib
import re
import shutil
import subprocess
import sys
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
CONTEXT = "DelegationPlanner"
# code: (module, dictionary, language attribute of the .ts, name in messages)
LANGUAGES: dict[str, tuple[str, str, str, str]] = {
    "ru": ("russian", "RU", "ru_RU", "Russian"),
    "kk": ("kazakh", "KK", "kk_KZ", "Kazakh"),
}
# either quote: a phrase written tr('…') inside an f-string must not be missed
PHRASE = re.compile(r"""\b(?:tr|N_|Column)\(\s*("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')""")


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


def texts(code: str) -> dict[str, str]:
    """The translations of one language (``ru``, ``kk``) by English phrase."""
    module, name, _, _ = LANGUAGES[code]
    if str(HERE) not in sys.path:
        sys.path.insert(0, str(HERE))
    return getattr(importlib.import_module(module), name)


def write_ts(
    found: dict[str, tuple[str, int]], translations: dict[str, str], target: Path, language: str = "ru_RU"
) -> list[str]:
    missing = []
    out = [
        '<?xml version="1.0" encoding="utf-8"?>',
        "<!DOCTYPE TS>",
        f'<TS version="2.1" language="{language}">',
    ]
    out.append("<context>")
    out.append(f"    <name>{CONTEXT}</name>")
    for text, (where, line) in found.items():
        out.append("    <message>")
        out.append(f'        <location filename="../../{where}" line="{line}"/>')
        out.append(f"        <source>{escape(text)}</source>")
        translated = translations.get(text)
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


def main(argv: list[str] | None = None) -> int:
    codes = sys.argv[1:] if argv is None else argv
    unknown = [code for code in codes if code not in LANGUAGES]
    if unknown:
        print(f"unknown language {', '.join(unknown)}; known: {', '.join(LANGUAGES)}", file=sys.stderr)
        return 2
    found = phrases()
    missing_any = False
    for code in codes or list(LANGUAGES):
        _, _, language, name = LANGUAGES[code]
        ts = HERE / f"delegation_planner_{code}.ts"
        missing = write_ts(found, texts(code), ts, language)
        lrelease(ts)
        for text in missing:
            print(f"no {name} text for: {text!r}", file=sys.stderr)
        missing_any = missing_any or bool(missing)
    return 1 if missing_any else 0


if __name__ == "__main__":
    sys.exit(main())
