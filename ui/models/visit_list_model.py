"""The visit list's model, apart from the workspace tables so the first screen loads no page's queries."""

from __future__ import annotations

from datetime import date

from planner.queries.visits import VisitRow
from ui.models.row_table_model import Column, RowTableModel
from ui.models.value_labels import value_label


def short_date(value: date | None) -> str:
    """A date as the tables show it (31.12.2024), empty for none."""
    return value.strftime("%d.%m.%Y") if value else ""


class VisitListModel(RowTableModel[VisitRow]):
    TITLE, DELEGATION, DATES, STATUS = range(4)
    COLUMNS = (
        Column(
            "Visit",
            lambda r: r.name,
            tooltip=lambda r: f"{r.name}\n{r.delegation_name}\n{value_label('visit_status', r.status)}",
        ),
        Column("Delegation", lambda r: r.delegation_name),
        Column(
            "Dates",
            lambda r: f"{short_date(r.start_date)}–{short_date(r.end_date)}",
            sort=lambda r: r.start_date,
        ),
        Column("Status", lambda r: value_label("visit_status", r.status)),
    )
