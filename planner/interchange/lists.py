"""Lists out: a visit's participants, sites and itinerary as CSV or XLSX.

CSV is written the way Excel in a Russian-language office opens it directly: UTF-8 with a byte-order mark
and ``;`` between fields. XLSX cells keep their types (dates as dates, times as times, numbers as numbers).
Participant and site lists use the column names the importer reads, so a list can go out and back in.
Personal contact data (e-mail, phone, dietary and access needs) is left out unless asked for.

A spreadsheet program takes text starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return for a
formula, so a name like ``=HYPERLINK(...)`` would run when the list is opened. CSV text like that is written
with a leading ``'`` (what Excel itself shows as "text"); XLSX cells are stored as typed text, never as
formulas. Numbers (a negative latitude) stay numbers.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select

from planner.domain.errors import ValidationError
from planner.domain.vocabulary import (
    LANGUAGES,
    PARTICIPANT_I18N,
    PRIVATE_PARTICIPANT_FIELDS,
    SITE_FIELDS,
    SITE_I18N,
    TRAVEL_FIELDS,
)
from planner.interchange.safe_write import check_target, write_file
from planner.persistence.tables import ItineraryItem, Participant, Site
from planner.persistence.uow import UnitOfWork
from planner.queries.itinerary import visit_items
from planner.queries.visits import get_visit

KINDS = ("participants", "sites", "itinerary")

# what Excel, LibreOffice and Google Sheets read as the start of a formula (OWASP "CSV injection")
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def looks_like_formula(value: Any) -> bool:
    """True for text a spreadsheet program would run as a formula (numbers are never formulas)."""
    return isinstance(value, str) and value.startswith(FORMULA_STARTS)


@dataclass(frozen=True)
class ListTable:
    """A list ready to write: column headers and rows of typed cells."""

    title: str
    headers: tuple[str, ...]
    rows: tuple[tuple[Any, ...], ...]
    private: bool = False  # names people: the file is written readable by its owner only


def _translation_columns(
    records: list[Any], translations: tuple[tuple[str, str], ...]
) -> list[tuple[str, str, str]]:
    """(column, map attribute, language) for every translation at least one record has, in the
    importer's column names (``name_kk``, ``address_en``), so the list reads back in."""
    return [
        (f"{prefix}_{lang.value}", attribute, lang.value)
        for prefix, attribute in translations
        for lang in LANGUAGES
        if any((getattr(record, attribute) or {}).get(lang.value) for record in records)
    ]


def participants_table(uow: UnitOfWork, visit_id: int, include_private: bool = False) -> ListTable:
    """The visit's participants, guests first, each side in protocol order.

    The first column is each person's id: imported back, a row updates the person it names, so two people
    with one name (namesakes) each keep their own row.
    """
    visit = get_visit(uow, visit_id)
    fields = [
        "id",
        "full_name",
        "side",
        "protocol_rank",
        "title",
        "organisation",
        "role",
        "languages",
        "notes",
    ]
    if include_private:
        fields[-1:-1] = list(PRIVATE_PARTICIPANT_FIELDS)
    people = list(
        uow.session.scalars(
            select(Participant)
            .where(Participant.visit_id == visit_id)
            .order_by(Participant.side, Participant.protocol_rank, Participant.full_name, Participant.id)
        )
    )
    # how people come and go (flight, number, who meets them): columns only when someone has them, so a
    # list of a visit without them reads as before
    travel = [f for f in TRAVEL_FIELDS if any(getattr(p, f) for p in people)]
    fields[-1:-1] = travel
    translated = _translation_columns(people, PARTICIPANT_I18N)
    rows = tuple(
        (
            *(", ".join(p.languages) if f == "languages" else getattr(p, f) for f in fields),
            *((getattr(p, attribute) or {}).get(lang, "") for _, attribute, lang in translated),
        )
        for p in people
    )
    headers = (*fields, *(column for column, _, _ in translated))
    return ListTable(f"{visit.title} — participants", headers, rows, private=True)


def sites_table(uow: UnitOfWork, visit_id: int) -> ListTable:
    """The sites the visit's itinerary goes to, by name."""
    visit = get_visit(uow, visit_id)
    # a site's fields as people edit them; the translations follow, one column per language in use
    fields = tuple(field for field in SITE_FIELDS if not field.endswith("_i18n"))
    used = select(ItineraryItem.site_id).where(ItineraryItem.visit_id == visit_id)
    sites = list(uow.session.scalars(select(Site).where(Site.id.in_(used)).order_by(Site.name, Site.id)))
    translated = _translation_columns(sites, SITE_I18N)
    rows = tuple(
        (
            *(getattr(s, f) for f in fields),
            *((getattr(s, attribute) or {}).get(lang, "") for _, attribute, lang in translated),
        )
        for s in sites
    )
    headers = (*fields, *(column for column, _, _ in translated))
    return ListTable(f"{visit.title} — sites", headers, rows)


def itinerary_table(uow: UnitOfWork, visit_id: int) -> ListTable:
    """Every item in time order, with local date and times in the host's zone."""
    visit = get_visit(uow, visit_id)
    tz = ZoneInfo(visit.host_timezone)
    headers = ("date", "start", "end", "title", "kind", "place", "groups", "responsible_host", "notes")
    rows = []
    for r in visit_items(uow, visit_id):
        start, end = r.starts_at.astimezone(tz), r.ends_at.astimezone(tz)
        rows.append(
            (
                start.date(),
                start.time().replace(tzinfo=None),
                end.time().replace(tzinfo=None),
                r.title,
                r.kind,
                r.place,
                ", ".join(r.groups),
                r.responsible_host,
                r.notes,
            )
        )
    return ListTable(f"{visit.title} — itinerary ({visit.host_timezone})", headers, tuple(rows))


def build_list(uow: UnitOfWork, kind: str, visit_id: int, include_private: bool = False) -> ListTable:
    """The list of ``kind`` (participants, sites or itinerary) of a visit."""
    if kind == "participants":
        return participants_table(uow, visit_id, include_private)
    if kind == "sites":
        return sites_table(uow, visit_id)
    if kind == "itinerary":
        return itinerary_table(uow, visit_id)
    raise ValidationError(f"unknown list {kind!r}; choose one of {', '.join(KINDS)}")


def _csv_cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, time):
        return value.strftime("%H:%M")
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, float):
        # Russian Excel reads "47,1167" as a number and "47.1167" as text
        return repr(value).replace(".", ",")
    if looks_like_formula(value):
        return "'" + value
    return value


def csv_bytes(table: ListTable) -> bytes:
    """UTF-8 with BOM and ``;`` separators (what Excel opens correctly in Russian offices)."""
    text = io.StringIO(newline="")
    writer = csv.writer(text, delimiter=";")
    writer.writerow(table.headers)
    writer.writerows([_csv_cell(v) for v in row] for row in table.rows)
    return text.getvalue().encode("utf-8-sig")


def write_csv(table: ListTable, path: Path) -> None:
    """Write the table as CSV (see :func:`csv_bytes`), replacing ``path`` only once all is written."""
    write_file(path, csv_bytes(table), private=table.private)


def xlsx_bytes(table: ListTable) -> bytes:
    """A workbook of one sheet with typed cells, a bold header and the header row frozen."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(_sheet_title(table.title))
    sheet.freeze_panes = "A2"
    bold = Font(bold=True)
    header = []
    for name in table.headers:
        cell = WriteOnlyCell(sheet, value=name)
        cell.font = bold
        header.append(cell)
    sheet.append(header)
    for row in table.rows:
        cells = []
        for value in row:
            cell = WriteOnlyCell(sheet, value=value)
            if isinstance(value, str):
                # openpyxl makes "=..." a live formula and "#N/A" an error; text stays text
                cell.data_type = "s"
                if looks_like_formula(value):
                    # Excel keeps such a cell text even when someone edits it (shown as '=...)
                    cell.quotePrefix = True
            if isinstance(value, date) and not isinstance(value, datetime):
                cell.number_format = "DD.MM.YYYY"
            elif isinstance(value, time):
                cell.number_format = "HH:MM"
            cells.append(cell)
        sheet.append(cells)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def write_xlsx(table: ListTable, path: Path) -> None:
    """Write the table as XLSX (see :func:`xlsx_bytes`), replacing ``path`` only once all is written."""
    write_file(path, xlsx_bytes(table), private=table.private)


def _sheet_title(title: str) -> str:
    # Excel refuses these characters and more than 31 characters in a sheet name
    cleaned = "".join("_" if c in "[]:*?/\\" else c for c in title)
    return cleaned[:31]


def write_list(table: ListTable, path: Path) -> str:
    """Write ``table`` as CSV or XLSX, chosen by the file's extension; return the format written."""
    check_target(path)  # "/dev/full is a device" says more than "write a .csv or .xlsx file"
    suffix = path.suffix.lower()
    if suffix == ".csv":
        write_csv(table, path)
        return "csv"
    if suffix == ".xlsx":
        write_xlsx(table, path)
        return "xlsx"
    raise ValidationError(f"{path.name}: write a .csv or .xlsx file")
