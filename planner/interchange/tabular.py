"""Read site and participant lists from CSV and XLSX files as offices write them, and check every row.

The reader accepts what Excel produces in Russian and Kazakh offices: ``;`` or ``,`` separators, UTF-8
with or without a byte-order mark or Windows-1251, quoted fields with line breaks, and XLSX workbooks
(first sheet, read-only). Headers are matched in English or Russian, in any order and case; columns
nobody knows are ignored and reported. Rows are numbered as a spreadsheet shows them (header = row 1).

This module only reads and checks; ``planner.services.data_exchange`` writes the rows.
The column names are documented in ``docs/import-columns.md``.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from planner.domain.errors import Problem, ValidationError
from planner.domain.kinds import Language, Side

XLSX_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0"  # the old binary .xls (and .doc) container
CSV_DELIMITERS = ";,\t"
SAMPLE_BYTES = 64 * 1024


@dataclass(frozen=True)
class Column:
    """One field the importer knows: its attribute, the header names that mean it, and its parser."""

    key: str
    names: tuple[str, ...]
    parse: Callable[[Any], Any]
    required: bool = False
    description: str = ""


@dataclass
class Sheet:
    """The raw contents of a file: header cells and data rows with their spreadsheet row numbers."""

    headers: list[str]
    rows: list[tuple[int, list[Any]]]
    file_format: str
    detail: str = ""


@dataclass
class ParsedRow:
    """One data row: its spreadsheet number, the parsed values by field, and what is wrong with it."""

    number: int
    values: dict[str, Any]
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when the row can be imported."""
        return not self.problems


@dataclass
class ParsedTable:
    """A checked file: the column mapping, every row, and the file-level facts a preview shows."""

    file_format: str
    detail: str
    mapping: dict[str, str]  # header as written -> field key
    ignored: list[str]
    rows: list[ParsedRow]

    @property
    def problems(self) -> list[Problem]:
        """Every problem of every row, in row order."""
        return [p for r in self.rows for p in r.problems]


# --------------------------------------------------------------------------------------------- reading


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
    sample = text[:SAMPLE_BYTES]
    try:
        return csv.Sniffer().sniff(sample, delimiters=CSV_DELIMITERS).delimiter
    except csv.Error:
        # the sniffer gives up on short or irregular files; the header line decides then
        first = sample.splitlines()[0] if sample else ""
        return max(CSV_DELIMITERS, key=first.count)


def _unguard(cell: str) -> str:
    # the list export writes text a spreadsheet would run as a formula ("=...", "+7 ...") as "'=..."
    return cell[1:] if cell[:1] == "'" and cell[1:2] in ("=", "+", "-", "@", "\t", "\r") else cell


def _read_csv(name: str, raw: bytes) -> Sheet:
    text, encoding = _decode(name, raw)
    delimiter = _delimiter(text)
    records = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    header: list[str] = []
    rows: list[tuple[int, list[Any]]] = []
    try:
        for number, record in enumerate(records, start=1):
            if not any(cell.strip() for cell in record):
                continue
            if not header:
                header = [cell.strip() for cell in record]
                continue
            rows.append((number, [_unguard(cell) for cell in record]))
    except csv.Error as exc:
        raise ValidationError(Problem(name, f"this is not a readable CSV file: {exc}")) from exc
    if header and len(header) == 1 and not rows and len(header[0]) > 200:
        raise ValidationError(Problem(name, "this is not a spreadsheet: no columns were found"))
    shown = {";": "';'", ",": "','", "\t": "tab"}[delimiter]
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


# ----------------------------------------------------------------------------------------- cell parsers


class CellError(ValueError):
    """A cell value that cannot be used; the message is the reason shown to the user."""


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, date | time):
        return value.isoformat()
    # line breaks inside a quoted field are kept; runs of spaces are not meaningful
    return "\n".join(re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in str(value).splitlines()).strip()


def text_cell(value: Any) -> str:
    """Text as written, spaces tidied."""
    return _text(value)


def _number(value: Any) -> float | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        raise CellError(f"{value!r} is not a number")
    if isinstance(value, int | float):
        return float(value)
    cleaned = str(value).strip().replace("\u00a0", "").replace(" ", "").replace(",", ".").rstrip("°")
    try:
        return float(cleaned)
    except ValueError:
        raise CellError(
            f"{str(value).strip()!r} is not a number (write decimal degrees like 47.1167)"
        ) from None


def latitude_cell(value: Any) -> float | None:
    """Decimal degrees between -90 and 90, dot or comma as the decimal separator."""
    number = _number(value)
    if number is not None and not -90 <= number <= 90:
        raise CellError(f"latitude {number:g} is outside -90…90 (is it swapped with the longitude?)")
    return number


def longitude_cell(value: Any) -> float | None:
    """Decimal degrees between -180 and 180, dot or comma as the decimal separator."""
    number = _number(value)
    if number is not None and not -180 <= number <= 180:
        raise CellError(f"longitude {number:g} is outside -180…180")
    return number


def coordinates_cell(value: Any) -> tuple[float, float] | None:
    """ "lat, lon" or "lat; lon" in one cell (as copied from a map)."""
    text = _text(value)
    if not text:
        return None
    parts = re.split(r"\s*[;/]\s*|\s*,\s+|\s+", text)
    if len(parts) != 2:
        raise CellError(f"{text!r} is not 'latitude, longitude' (for example 47.1167, 51.8833)")
    lat, lon = latitude_cell(parts[0]), longitude_cell(parts[1])
    assert lat is not None and lon is not None
    return lat, lon


_DAYS = {"пн": "Mo", "вт": "Tu", "ср": "We", "чт": "Th", "пт": "Fr", "сб": "Sa", "вс": "Su"}
_WORDS = {"круглосуточно": "24/7", "ежедневно": "Mo-Su", "выходной": "off", "закрыто": "off"}


def normalise_opening_hours(text: str) -> str:
    """Turn the usual Russian spellings ("Пн-Пт 9:00–18:00, Сб выходной") into OSM syntax."""
    result = text.strip().replace("–", "-").replace("—", "-")
    for word, osm in _WORDS.items():
        result = re.sub(word, osm, result, flags=re.IGNORECASE)
    result = re.sub(
        r"(?<![А-Яа-яЁё])(пн|вт|ср|чт|пт|сб|вс)(?![А-Яа-яЁё])",
        lambda m: _DAYS[m.group(1).lower()],
        result,
        flags=re.IGNORECASE,
    )
    # "9:00" is accepted by the syntax, but "9.00" is a common spelling of it
    result = re.sub(r"\b(\d{1,2})\.(\d{2})\b", r"\1:\2", result)
    # "Mo-Fr 09:00-18:00, Sa off": a comma before a new day range starts a new rule
    result = re.sub(r",\s*(?=(Mo|Tu|We|Th|Fr|Sa|Su|PH)\b)", "; ", result)
    return result


def _check_opening_hours(text: str) -> None:
    from planner.scheduling.opening_hours import parse_opening_hours

    try:
        parse_opening_hours(text)
    except ValidationError as exc:
        raise CellError(exc.problems[0].reason) from None


_HOURS_CACHE: dict[str, str | CellError] = {}


def opening_hours_cell(value: Any) -> str:
    """Opening hours in OSM syntax (Russian day names accepted); empty means not known."""
    text = _text(value)
    if not text:
        return ""
    cached = _HOURS_CACHE.get(text)
    if cached is None:
        normal = normalise_opening_hours(text)
        try:
            _check_opening_hours(normal)
            cached = normal
        except CellError as exc:
            cached = exc
        if len(_HOURS_CACHE) < 10_000:
            _HOURS_CACHE[text] = cached
    if isinstance(cached, CellError):
        raise cached
    return cached


def minutes_cell(value: Any) -> int | None:
    """A duration in minutes: 45, "45", "1:30", "1 ч 30 мин", or an Excel time cell."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, timedelta):
        return int(value.total_seconds() // 60)
    if isinstance(value, time):
        return value.hour * 60 + value.minute
    if isinstance(value, int | float) and not isinstance(value, bool):
        minutes = float(value)
    else:
        text = str(value).strip().lower()
        hm = re.fullmatch(r"(\d{1,2}):(\d{2})", text)
        words = re.fullmatch(r"(?:(\d+)\s*(?:ч|час|часа|часов|h)\.?)?\s*(?:(\d+)\s*(?:мин|min|m)\.?)?", text)
        if hm:
            minutes = int(hm.group(1)) * 60 + int(hm.group(2))
        elif words and (words.group(1) or words.group(2)):
            minutes = int(words.group(1) or 0) * 60 + int(words.group(2) or 0)
        else:
            try:
                minutes = float(text.replace(",", "."))
            except ValueError:
                raise CellError(
                    f"{str(value).strip()!r} is not a duration (write minutes, e.g. 45)"
                ) from None
    if not minutes.is_integer() or not 1 <= minutes <= 24 * 60:
        raise CellError(f"{value!r} is not a duration between 1 and 1440 whole minutes")
    return int(minutes)


def rank_cell(value: Any) -> int | None:
    """A protocol rank: a whole number from 1 (the head)."""
    number = _number(value) if not isinstance(value, str) else None
    if isinstance(value, str) and value.strip():
        try:
            number = float(value.strip().rstrip("."))
        except ValueError:
            raise CellError(f"{value.strip()!r} is not a rank (a whole number, 1 = head)") from None
    if number is None:
        return None
    if not number.is_integer() or number < 1:
        raise CellError(f"{value!r} is not a rank (a whole number, 1 = head)")
    return int(number)


_SIDES = {
    "guest": Side.GUEST,
    "guests": Side.GUEST,
    "гость": Side.GUEST,
    "гости": Side.GUEST,
    "делегация": Side.GUEST,
    "гостевая": Side.GUEST,
    "host": Side.HOST,
    "hosts": Side.HOST,
    "принимающая": Side.HOST,
    "принимающая сторона": Side.HOST,
    "хозяин": Side.HOST,
    "хозяева": Side.HOST,
    "host side": Side.HOST,
    "guest side": Side.GUEST,
}


def side_cell(value: Any) -> str | None:
    """guest or host (Russian words accepted)."""
    text = _text(value).lower()
    if not text:
        return None
    side = _SIDES.get(text)
    if side is None:
        raise CellError(f"{_text(value)!r} is not a side; write guest or host (гость / принимающая)")
    return side.value


def languages_cell(value: Any) -> list[str]:
    """Language codes separated by commas or spaces ("ru, kk"); Russian names accepted."""
    names = {
        "русский": Language.RU,
        "казахский": Language.KK,
        "английский": Language.EN,
        "рус": Language.RU,
        "каз": Language.KK,
        "англ": Language.EN,
    }
    found = []
    for part in re.split(r"[,;/\s]+", _text(value).lower()):
        if not part:
            continue
        code = names.get(part, part)
        if not re.fullmatch(r"[a-z]{2,3}", code):
            raise CellError(f"{part!r} is not a language code (write ru, kk, en)")
        found.append(str(code))  # the stored code, not the enumeration member
    return found


def email_cell(value: Any) -> str:
    """An e-mail address, checked only for the shape name@domain."""
    text = _text(value)
    if text and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", text):
        raise CellError(f"{text!r} is not an e-mail address")
    return text


# ---------------------------------------------------------------------------------------- the columns

SITE_COLUMNS: tuple[Column, ...] = (
    Column(
        "name", ("name", "site", "название", "наименование", "объект", "название объекта"), text_cell, True
    ),
    Column("name_kk", ("name kk", "name (kk)", "название (каз)", "атауы"), text_cell),
    Column("name_en", ("name en", "name (en)", "название (англ)"), text_cell),
    Column("category", ("category", "type", "категория", "тип", "вид"), text_cell),
    Column("address", ("address", "адрес", "местонахождение"), text_cell),
    Column("latitude", ("latitude", "lat", "широта"), latitude_cell),
    Column("longitude", ("longitude", "lon", "lng", "long", "долгота"), longitude_cell),
    Column("coordinates", ("coordinates", "coords", "координаты"), coordinates_cell),
    Column(
        "opening_hours",
        ("opening hours", "hours", "часы работы", "режим работы", "время работы", "график работы"),
        opening_hours_cell,
    ),
    Column(
        "usual_duration_min",
        ("duration", "duration min", "visit length", "длительность", "длительность мин", "продолжительность"),
        minutes_cell,
    ),
    Column(
        "contact_name", ("contact", "contact name", "контактное лицо", "контакт", "ответственный"), text_cell
    ),
    Column("contact_phone", ("phone", "contact phone", "телефон", "тел", "контактный телефон"), text_cell),
    Column(
        "contact_email", ("email", "e-mail", "contact email", "эл почта", "электронная почта"), email_cell
    ),
    Column("notes", ("notes", "note", "comment", "примечание", "примечания", "комментарий"), text_cell),
)

PARTICIPANT_COLUMNS: tuple[Column, ...] = (
    Column("full_name", ("full name", "name", "фио", "ф.и.о", "имя", "участник"), text_cell, True),
    Column("name_kk", ("name kk", "name (kk)", "фио (каз)", "аты-жөні"), text_cell),
    Column("name_en", ("name en", "name (en)", "фио (англ)"), text_cell),
    Column("side", ("side", "сторона"), side_cell),
    Column("title", ("title", "position", "job title", "должность"), text_cell),
    Column("organisation", ("organisation", "organization", "организация", "ведомство"), text_cell),
    Column("role", ("role", "роль", "роль в делегации"), text_cell),
    Column(
        "protocol_rank", ("rank", "protocol rank", "order", "ранг", "протокольный ранг", "порядок"), rank_cell
    ),
    Column("languages", ("languages", "language", "языки", "язык"), languages_cell),
    Column("email", ("email", "e-mail", "эл почта", "электронная почта"), email_cell),
    Column("phone", ("phone", "mobile", "телефон", "тел", "мобильный"), text_cell),
    Column("dietary_needs", ("dietary needs", "diet", "питание", "диета", "особенности питания"), text_cell),
    Column("access_needs", ("access needs", "accessibility", "особые потребности", "доступность"), text_cell),
    Column("notes", ("notes", "note", "comment", "примечание", "примечания", "комментарий"), text_cell),
)


def header_key(text: str) -> str:
    """Normalise a header for matching: case, ё, punctuation and spacing do not matter."""
    cleaned = text.strip().lower().replace("ё", "е").replace("\u00a0", " ")
    cleaned = re.sub(r"[\*:\.№#]", " ", cleaned)
    cleaned = re.sub(r"[_\-/]+", " ", cleaned)
    cleaned = re.sub(r"[()\[\],]", " ", cleaned)
    return re.sub(r"\s+", " ", cleaned).strip()


def map_headers(headers: list[str], columns: Iterable[Column]) -> tuple[dict[int, Column], list[str]]:
    """Which column index holds which field, and the headers nobody knows (ignored)."""
    lookup = {header_key(name): col for col in columns for name in (col.key, *col.names)}
    found: dict[int, Column] = {}
    taken: set[str] = set()
    ignored: list[str] = []
    for index, header in enumerate(headers):
        col = lookup.get(header_key(header))
        if col is None or col.key in taken:
            if header.strip():
                ignored.append(header.strip())
            continue
        found[index] = col
        taken.add(col.key)
    return found, ignored


def parse_table(sheet: Sheet, columns: tuple[Column, ...], source: str) -> ParsedTable:
    """Map the headers and parse every cell; a missing required column is a file-level error."""
    found, ignored = map_headers(sheet.headers, columns)
    keys = {c.key for c in found.values()}
    missing = [c for c in columns if c.required and c.key not in keys]
    if missing:
        names = "; ".join(f"{c.key} (or {', '.join(repr(n) for n in c.names[:4])})" for c in missing)
        raise ValidationError(
            Problem(
                source,
                f"no column for {names}; the header row has {', '.join(repr(h) for h in sheet.headers if h)}"
                " — see docs/import-columns.md",
            )
        )
    if not sheet.rows:
        raise ValidationError(Problem(source, "the file has a header row but no data rows"))
    rows = []
    for number, cells in sheet.rows:
        values: dict[str, Any] = {}
        problems: list[Problem] = []
        for index, col in found.items():
            cell = cells[index] if index < len(cells) else None
            try:
                values[col.key] = col.parse(cell)
            except CellError as exc:
                problems.append(Problem(f"row {number}, column {sheet.headers[index]!r}", str(exc)))
        for col in columns:
            if col.required and col.key in values and not values[col.key]:
                header = next(sheet.headers[i] for i, c in found.items() if c is col)
                problems.append(Problem(f"row {number}, column {header!r}", f"{col.key} is empty"))
        rows.append(ParsedRow(number, values, problems))
    mapping = {sheet.headers[i]: c.key for i, c in sorted(found.items())}
    return ParsedTable(sheet.file_format, sheet.detail, mapping, ignored, rows)


def column_docs(columns: Iterable[Column]) -> list[tuple[str, str, bool]]:
    """(field, accepted headers, required) for each column, as the documentation lists them."""
    return [(c.key, ", ".join(c.names), c.required) for c in columns]
