"""Reading spreadsheet files: CSV and XLSX as offices write them, into a header and numbered rows.

The reader accepts what Excel produces in Russian and Kazakh offices: ``;`` or ``,`` separators, UTF-8
with or without a byte-order mark or Windows-1251, quoted fields with line breaks, and XLSX workbooks
(first sheet, read-only). Rows are numbered as a spreadsheet shows them (header = row 1); blank rows are
skipped. What the columns mean is decided in ``planner.interchange.tabular``.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from planner.domain.errors import Problem, ValidationError

XLSX_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0"  # the old binary .xls (and .doc) container
CSV_DELIMITERS = ";,\t"
SAMPLE_BYTES = 64 * 1024


@dataclass
class Sheet:
    """The raw contents of a file: header cells and data rows with their spreadsheet row numbers."""

    headers: list[str]
    rows: list[tuple[int, list[Any]]]
    file_format: str
    detail: str = ""


def read_sheet(path: Path) -> Sheet:
    """Read a CSV or XLSX file into header and rows; ValidationError if it is neither or is empty."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ValidationError(Problem(str(path), f"cannot read the file: {exc.strerror}")) from exc
    if not raw.strip():
        raise ValidationError(Problem(path.name, "the file is empty; expected a header row and data rows"))
    if raw.startswith(XLSX_MAGIC):
        sheet = _read_xlsx(path)
    elif raw.startswith(OLE_MAGIC):
        raise ValidationError(
            Problem(path.name, "this is an old binary Excel (.xls) file; save it as .xlsx or CSV and retry")
        )
    else:
        sheet = _read_csv(path.name, raw)
    if not sheet.headers:
        raise ValidationError(Problem(path.name, "the file is empty; expected a header row and data rows"))
    return sheet


def _decode(name: str, raw: bytes) -> tuple[str, str]:
    if b"\x00" in raw[:SAMPLE_BYTES]:
        raise ValidationError(
            Problem(name, "this is not a spreadsheet: it is a binary file, not CSV text or an XLSX workbook")
        )
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8", errors="replace"), "UTF-8 with BOM"
    try:
        return raw.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        # Excel's "CSV" in a Russian-language Windows writes the ANSI code page, Windows-1251
        return raw.decode("cp1251", errors="replace"), "Windows-1251"


def _delimiter(text: str) -> str:
    """The separator of the header row: the candidate found most often outside quotes in its first line.

    Only the header decides: a quoted cell further down (``"ТОО ""Атырау НПЗ"", офис"``) made the
    sniffer, which reads a whole sample, take a Russian Excel ``;`` file for a ``,`` one.
    """
    first = next((line for line in text[:SAMPLE_BYTES].splitlines() if line.strip()), "")
    counts = dict.fromkeys(CSV_DELIMITERS, 0)
    quoted = False
    for char in first:
        if char == '"':
            quoted = not quoted
        elif not quoted and char in counts:
            counts[char] += 1
    best = max(CSV_DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ","


def _unguard(cell: str) -> str:
    # the list export writes text a spreadsheet would run as a formula ("=...", "+7 ...") as "'=..."
    return cell[1:] if cell[:1] == "'" and cell[1:2] in ("=", "+", "-", "@", "\t", "\r") else cell


def _read_csv(name: str, raw: bytes) -> Sheet:
    text, encoding = _decode(name, raw)
    delimiter = _delimiter(text)
    shown = {";": "';'", ",": "','", "\t": "tab"}[delimiter]
    # strict: an unterminated quote is an error, not the rest of the file merged into one cell
    records = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    header: list[str] = []
    rows: list[tuple[int, list[Any]]] = []
    problems: list[Problem] = []
    number = 0
    try:
        for number, record in enumerate(records, start=1):
            if not any(cell.strip() for cell in record):
                continue
            if not header:
                header = [cell.strip() for cell in record]
                continue
            if len(record) != len(header) and any(cell.strip() for cell in record[len(header) :]):
                problems.append(
                    Problem(
                        f"row {number}",
                        f"{len(record)} cells, but the header has {len(header)} (separator {shown});"
                        " check the quotes and separators in this row",
                    )
                )
            rows.append((number, [_unguard(cell) for cell in record]))
    except csv.Error as exc:
        where = f"row {number + 1}"
        reason = str(exc)
        if "unexpected end of data" in reason or "EOF" in reason:
            reason = 'a quote (") opened here is never closed; close it or remove it'
        raise ValidationError(Problem(where, f"this CSV file cannot be read: {reason}")) from exc
    if problems:
        raise ValidationError(problems)
    if header and len(header) == 1 and not rows and len(header[0]) > 200:
        raise ValidationError(Problem(name, "this is not a spreadsheet: no columns were found"))
    return Sheet(header, rows, "csv", f"{encoding}, separator {shown}")


def _read_xlsx(path: Path) -> Sheet:
    from zipfile import BadZipFile

    import openpyxl
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (BadZipFile, InvalidFileException, KeyError, OSError) as exc:
        raise ValidationError(
            Problem(
                path.name, f"this is not a spreadsheet: it is a ZIP file but not an XLSX workbook ({exc})"
            )
        ) from exc
    try:
        sheet = workbook.worksheets[0]
        header: list[str] = []
        rows: list[tuple[int, list[Any]]] = []
        for number, record in enumerate(sheet.iter_rows(values_only=True), start=1):
            cells = list(record)
            if all(c is None or (isinstance(c, str) and not c.strip()) for c in cells):
                continue
            if not header:
                header = ["" if c is None else str(c).strip() for c in cells]
                continue
            rows.append((number, cells))
        return Sheet(header, rows, "xlsx", f"sheet {sheet.title!r}")
    finally:
        # read-only workbooks keep the file open until closed
        workbook.close()
