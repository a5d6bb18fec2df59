"""The follow-up report: every action item and commitment still open, soonest due first, overdue marked.

It is not a document of one visit: it covers every visit and every signed document, or those of one
partner region, as of a day (printed on it). Each row says what is to be done, where it was decided (a
meeting or a document), who does it, by when and how far it is.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from reportlab.platypus import Flowable

from planner.documents.catalogue import label, value_name
from planner.documents.common import status_markup
from planner.documents.formatting import long_date, short_date
from planner.documents.settings import DocumentSettings
from planner.documents.template import Para, PdfDocument, Plain, column_room
from planner.documents.text import markup
from planner.queries.follow_up import FollowUpKind, FollowUpReport, FollowUpRow
from planner.queries.partner_history import PartnerHistory

# number, what (and where it comes from), owner, due, status
COLUMNS = (0.05, 0.45, 0.22, 0.12, 0.16)
OVERDUE_COLOUR = "rgb(164,38,30)"


def _source(row: FollowUpRow, lang: str) -> str:
    kind = label("fu_from_meeting" if row.kind is FollowUpKind.ACTION_ITEM else "fu_from_document", lang)
    where = f"{kind}: {row.source}"
    return f"{where} ({row.visit_title})" if row.visit_title and row.visit_title != row.source else where


def _due(row: FollowUpRow, lang: str) -> str:
    text = markup(short_date(row.due_date))
    if row.overdue:
        return f'{text}<br/><font color="{OVERDUE_COLOUR}"><b>{markup(label("fu_overdue", lang))}</b></font>'
    return text


def follow_up_table(doc: PdfDocument, rows: Sequence[FollowUpRow]) -> Flowable:
    """The table of follow-up rows (also what an agenda lists of a partner's open commitments)."""
    lang = doc.lang
    st = doc.styles
    header = [label("number", lang), label("fu_what", lang), label("owner", lang), label("due", lang)]
    header.append(label("status", lang))
    inside = column_room(doc, COLUMNS)
    body = [
        [
            Plain(str(n)),
            doc.cell(row.text, _source(row, lang)),
            Para(markup(row.owner or "—"), st.cell),
            doc.whole_words(_due(row, lang), inside[3]),
            doc.whole_words(status_markup("action_status", row.status, lang), inside[4]),
        ]
        for n, row in enumerate(rows, start=1)
    ]
    return doc.table(header, body, COLUMNS)


def open_commitments_section(doc: PdfDocument, history: PartnerHistory | None) -> list[Flowable]:
    """A heading and the table of the commitments still open from earlier visits with the partner (soonest
    due first), or a note that there are none: what the talks of a new visit start from."""
    lang = doc.lang
    if history is None:
        return [
            doc.heading(label("fu_open_commitments_none_title", lang)),
            doc.para(label("fu_no_history", lang)),
        ]
    rows = sorted(history.open_commitments, key=lambda c: (c.due_date is None, c.due_date or date.min))
    heading = doc.heading(label("fu_open_commitments", lang, region=history.region))
    if not rows:
        return [heading, doc.para(label("fu_nothing_open", lang), doc.styles.note)]
    return [heading, follow_up_table(doc, rows)]


def render_follow_up(report: FollowUpReport, settings: DocumentSettings, *, landscape: bool = False) -> bytes:
    """The follow-up report as PDF bytes."""
    lang = settings.language
    title = label("follow_up", lang)
    doc = PdfDocument(settings, title, report.host_organisation, landscape_mode=landscape)
    st = doc.styles
    where = report.where
    region = report.region_name or (where.partner_region.strip() if where.partner_region else "")
    facts = [
        (label("partner_region", lang), region or label("fu_every_partner", lang)),
        (label("fu_as_of", lang), long_date(report.today, lang)),
        (label("owner", lang), where.owner or ""),
        (label("fu_due_before", lang), long_date(where.due_before, lang) if where.due_before else ""),
    ]
    counts = report.counts
    by_status = ", ".join(f"{value_name('action_status', s, lang)}: {n}" for s, n in counts.by_status)
    summary = label("fu_counts", lang, total=counts.total, overdue=counts.overdue)
    story: list[Flowable] = [
        *doc.title_block(title, label("fu_scope_all" if where.include_finished else "fu_scope_open", lang)),
        doc.facts(facts),
        doc.para(summary + (f" ({by_status})" if by_status else ""), st.body),
    ]
    if report.rows:
        story.append(follow_up_table(doc, report.rows))
    else:
        story.append(doc.para(label("fu_nothing", lang), st.note))
    return doc.render(story)
