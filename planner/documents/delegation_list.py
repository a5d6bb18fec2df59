"""The list of a visit's participants in protocol order, guest side then host side."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable

from planner.documents.catalogue import label
from planner.documents.formatting import date_range
from planner.documents.settings import DocumentSettings
from planner.documents.template import Cell, Para, PdfDocument, Plain
from planner.documents.text import markup
from planner.queries.documents import DelegationListData, PersonLine

# number, name, position, organisation
COLUMNS = (0.06, 0.3, 0.36, 0.28)


def _rows(doc: PdfDocument, people: Sequence[PersonLine]) -> list[list[Cell]]:
    st = doc.styles
    return [
        [
            Plain(str(n)),
            Para(f"<b>{markup(p.name_beside(p.title, p.organisation))}</b>", st.cell),
            Para(markup(p.title), st.cell),
            Para(markup(p.organisation), st.cell),
        ]
        for n, p in enumerate(people, start=1)
    ]


def render_delegation_list(
    data: DelegationListData, settings: DocumentSettings, *, landscape: bool = False
) -> bytes:
    """The delegation list as PDF bytes."""
    lang = settings.language
    visit = data.visit
    doc = PdfDocument(
        settings, label("delegation_list", lang), visit.host_organisation, landscape_mode=landscape
    )
    subtitle = f"{visit.title}, {date_range(visit.start_date, visit.end_date, lang)}"
    story: list[Flowable] = [*doc.title_block(label("delegation_list", lang), subtitle)]
    header = [
        label("number", lang),
        label("full_name", lang),
        label("position", lang),
        label("organisation", lang),
    ]
    sides = (
        (label("guest_side", lang), visit.delegation, data.guests),
        (label("host_side", lang), visit.host_organisation, data.hosts),
    )
    for side, who, people in sides:
        story.append(doc.heading(" — ".join(p for p in (side, who) if p)))
        if people:
            story.append(doc.table(header, _rows(doc, people), COLUMNS))
        else:
            story.append(doc.para(label("nobody", lang), doc.styles.note))
    return doc.render(story)
