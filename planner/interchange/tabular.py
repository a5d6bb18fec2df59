"""Read site and participant lists from CSV and XLSX files as offices write them, and check every row.

Headers are matched in English or Russian, in any order and case; columns nobody knows are ignored and
reported. Files are read by ``planner.interchange.tabular_files``, cell values parsed by
``planner.interchange.tabular_cells``; this module maps the columns and checks every row.

This module only reads and checks; ``planner.services.data_exchange`` writes the rows.
The column names are documented in ``docs/import-columns.md``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from planner.domain.errors import Problem, ValidationError
from planner.interchange.tabular_cells import (
    CellError,
    coordinates_cell,
    email_cell,
    id_cell,
    languages_cell,
    latitude_cell,
    longitude_cell,
    minutes_cell,
    normalise_opening_hours,
    opening_hours_cell,
    rank_cell,
    side_cell,
    text_cell,
    travel_mode_cell,
)
from planner.interchange.tabular_files import Sheet, read_sheet


@dataclass(frozen=True)
class Column:
    """One field the importer knows: its attribute, the header names that mean it, and its parser."""

    key: str
    names: tuple[str, ...]
    parse: Callable[[Any], Any]
    required: bool = False
    description: str = ""


@dataclass
class ParsedRow:
    """One data row: its spreadsheet number, the parsed values by field, and what is wrong with it."""

    number: int
    values: dict[str, Any]
    problems: list[Problem] = field(default_factory=list)
    # worth a look but imported all the same (two rows with one name: namesakes)
    warnings: list[Problem] = field(default_factory=list)

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

    @property
    def warnings(self) -> list[Problem]:
        """Every warning, once (one about several rows is attached to each of them), in row order."""
        return list(dict.fromkeys(w for r in self.rows for w in r.warnings))


# ---------------------------------------------------------------------------------------- the columns

SITE_COLUMNS: tuple[Column, ...] = (
    Column(
        "name", ("name", "site", "название", "наименование", "объект", "название объекта"), text_cell, True
    ),
    Column("name_ru", ("name ru", "name (ru)", "название (рус)"), text_cell),
    Column("name_kk", ("name kk", "name (kk)", "название (каз)", "атауы"), text_cell),
    Column("name_en", ("name en", "name (en)", "название (англ)"), text_cell),
    Column("category", ("category", "type", "категория", "тип", "вид"), text_cell),
    Column("category_ru", ("category ru", "category (ru)", "категория (рус)"), text_cell),
    Column("category_kk", ("category kk", "category (kk)", "категория (каз)", "санаты"), text_cell),
    Column("category_en", ("category en", "category (en)", "категория (англ)"), text_cell),
    Column("address", ("address", "адрес", "местонахождение"), text_cell),
    Column("address_ru", ("address ru", "address (ru)", "адрес (рус)"), text_cell),
    Column("address_kk", ("address kk", "address (kk)", "адрес (каз)", "мекенжайы"), text_cell),
    Column("address_en", ("address en", "address (en)", "адрес (англ)"), text_cell),
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
    # the person's id in the visit (the exported list's first column): namesakes are told apart by it
    Column("id", ("key", "participant id", "ид", "идентификатор", "ключ"), id_cell),
    Column("full_name", ("full name", "name", "фио", "ф.и.о", "имя", "участник"), text_cell, True),
    Column("name_ru", ("name ru", "name (ru)", "фио (рус)"), text_cell),
    Column("name_kk", ("name kk", "name (kk)", "фио (каз)", "аты-жөні"), text_cell),
    Column("name_en", ("name en", "name (en)", "фио (англ)"), text_cell),
    Column("side", ("side", "сторона"), side_cell),
    Column("title", ("title", "position", "job title", "должность"), text_cell),
    Column("title_ru", ("title ru", "position ru", "должность (рус)"), text_cell),
    Column("title_kk", ("title kk", "position kk", "должность (каз)", "лауазымы"), text_cell),
    Column("title_en", ("title en", "position en", "должность (англ)"), text_cell),
    Column("organisation", ("organisation", "organization", "организация", "ведомство"), text_cell),
    Column("organisation_ru", ("organisation ru", "organization ru", "организация (рус)"), text_cell),
    Column(
        "organisation_kk", ("organisation kk", "organization kk", "организация (каз)", "ұйымы"), text_cell
    ),
    Column("organisation_en", ("organisation en", "organization en", "организация (англ)"), text_cell),
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
    Column("arrival_mode", ("arrival mode", "arrives by", "прибытие", "способ прибытия"), travel_mode_cell),
    Column(
        "arrival_number",
        ("arrival flight", "arrival number", "рейс прибытия", "номер рейса прибытия"),
        text_cell,
    ),
    Column("arrival_meeter", ("met by", "meeter", "arrival meeter", "встречает", "кто встречает"), text_cell),
    Column("departure_mode", ("departure mode", "leaves by", "убытие", "способ убытия"), travel_mode_cell),
    Column(
        "departure_number",
        ("departure flight", "departure number", "рейс убытия", "номер рейса убытия"),
        text_cell,
    ),
    Column("departure_meeter", ("seen off by", "departure meeter", "провожает", "кто провожает"), text_cell),
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
        names = "; ".join(f"{c.key} (headed {' or '.join(repr(n) for n in c.names[:4])})" for c in missing)
        found_headers = ", ".join(repr(h) for h in sheet.headers if h) or "nothing"
        raise ValidationError(
            Problem(
                source,
                f"no column for {names}; the first row, which names the columns, has {found_headers}."
                " Rename that column's heading in the first row to one of these names and import again",
            )
        )
    if not sheet.rows:
        raise ValidationError(Problem(source, "the file has a header row but no data rows"))
    rows = []
    for number, cells in sheet.rows:
        values: dict[str, Any] = {}
        problems: list[Problem] = []
        refused: set[str] = set()
        for index, col in found.items():
            cell = cells[index] if index < len(cells) else None
            try:
                values[col.key] = col.parse(cell)
            except CellError as exc:
                problems.append(Problem(f"row {number}, column {sheet.headers[index]!r}", str(exc)))
                if col.required:
                    values[col.key] = ""  # the row is rejected, but its report and matching still read it
                    refused.add(col.key)
        for col in columns:
            if col.required and col.key in values and not values[col.key] and col.key not in refused:
                header = next(sheet.headers[i] for i, c in found.items() if c is col)
                problems.append(Problem(f"row {number}, column {header!r}", f"{col.key} is empty"))
        rows.append(ParsedRow(number, values, problems))
    mapping = {sheet.headers[i]: c.key for i, c in sorted(found.items())}
    return ParsedTable(sheet.file_format, sheet.detail, mapping, ignored, rows)


def column_docs(columns: Iterable[Column]) -> list[tuple[str, str, bool]]:
    """(field, accepted headers, required) for each column, as the documentation lists them."""
    return [(c.key, ", ".join(c.names), c.required) for c in columns]


__all__ = [
    "PARTICIPANT_COLUMNS",
    "SITE_COLUMNS",
    "CellError",
    "Column",
    "ParsedRow",
    "ParsedTable",
    "Sheet",
    "column_docs",
    "coordinates_cell",
    "email_cell",
    "header_key",
    "id_cell",
    "languages_cell",
    "latitude_cell",
    "longitude_cell",
    "map_headers",
    "minutes_cell",
    "normalise_opening_hours",
    "opening_hours_cell",
    "parse_table",
    "rank_cell",
    "read_sheet",
    "side_cell",
    "text_cell",
    "travel_mode_cell",
]
