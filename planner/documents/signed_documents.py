"""The signed-documents summary: each document with its parties, signatories, term, status and commitments."""

from __future__ import annotations

from reportlab.platypus import Flowable

from planner.documents.catalogue import label, value_name
from planner.documents.common import status_markup
from planner.documents.formatting import long_date, short_date
from planner.documents.settings import DocumentSettings
from planner.documents.template import Para, PdfDocument, Plain, column_room
from planner.documents.text import markup
from planner.domain.kinds import ActionStatus
from planner.queries.documents import DocumentBlock, DocumentsData

# number, area, commitment (and who is responsible), due, status
COLUMNS = (0.05, 0.19, 0.47, 0.13, 0.16)


def _term(doc: DocumentBlock, lang: str) -> str:
    """The term as the signing date beside it is written ('11 May 2023 – open-ended'): one form for the
    dates of a document's facts, as every document's cover writes them; the tables keep the short form."""
    start = long_date(doc.term_start, lang) if doc.term_start else ""
    if doc.term_end is None:
        return f"{start} – {label('term_open', lang)}" if start else ""
    return f"{start} – {long_date(doc.term_end, lang)}".lstrip(" –")


def _signed(doc: DocumentBlock, lang: str) -> str:
    when = long_date(doc.signed_on, lang) if doc.signed_on else ""
    return ", ".join(p for p in (when, doc.place) if p)


def render_documents(data: DocumentsData, settings: DocumentSettings, *, landscape: bool = False) -> bytes:
    """The signed-documents summary as PDF bytes (for one visit or for a partner region)."""
    lang = settings.language
    organisation = data.visit.host_organisation if data.visit is not None else data.host_organisation
    doc = PdfDocument(settings, label("documents", lang), organisation, landscape_mode=landscape)
    st = doc.styles
    if data.visit is not None:
        subtitle = data.visit.title
    else:
        subtitle = f"{label('partner_region', lang)}: {data.partner_region}"
    commitments = [c for d in data.documents for c in d.commitments]
    counts = label(
        "summary_counts",
        lang,
        docs=len(data.documents),
        total=len(commitments),
        done=sum(c.status == ActionStatus.DONE for c in commitments),
        late=sum(c.status == ActionStatus.LATE for c in commitments),
    )
    story: list[Flowable] = [*doc.title_block(label("documents", lang), subtitle), doc.para(counts, st.body)]
    if not data.documents:
        story.append(doc.para(label("no_documents", lang), st.note))
    header = [
        label("number", lang),
        label("area", lang),
        label("commitment", lang),
        label("due", lang),
        label("status", lang),
    ]
    for n, d in enumerate(data.documents, start=1):
        story.append(doc.heading(f"{n}. {d.title}"))
        signatories = "\n".join(
            ", ".join(p for p in (s.name, s.title) if p) + (f" ({s.party})" if s.party else "")
            for s in d.signatories
        )
        facts = [
            (label("doc_type", lang), value_name("document_type", d.doc_type, lang)),
            (label("parties", lang), "\n".join(d.parties)),
            (label("signatories", lang), signatories),
            (label("signed", lang), _signed(d, lang)),
            (label("term", lang), _term(d, lang)),
            (label("copies", lang), str(d.copies) if d.copies else ""),
            (label("status", lang), value_name("document_status", d.status, lang)),
            (label("notes", lang), d.notes),
        ]
        if data.visit is None:
            facts.insert(0, (label("visit", lang), d.visit_title))
        story.append(doc.facts(facts, label_share=0.26))
        story.append(doc.para(label("commitments", lang), st.subheading))
        if not d.commitments:
            story.append(doc.para(label("no_commitments", lang), st.note))
            continue
        rows = [
            [
                Plain(str(k)),
                Para(markup(c.area), st.cell),
                doc.cell(c.text, c.responsible),
                Plain(short_date(c.due_date)),
                doc.whole_words(
                    status_markup("action_status", c.status, lang), column_room(doc, COLUMNS)[-1]
                ),
            ]
            for k, c in enumerate(d.commitments, start=1)
        ]
        story.append(doc.table(header, rows, COLUMNS))
    return doc.render(story)
