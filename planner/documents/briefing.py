"""Site briefing sheets: one sheet per site for its hosts, each numbered on its own ("page 1 of 2").

A sheet names the site and its contact, then each visit to it: when, which group, the guests coming in
protocol order, who accompanies them, who speaks for each side, the topics and the notes.
"""

from __future__ import annotations

from collections.abc import Sequence
from zoneinfo import ZoneInfo

from reportlab.platypus import Flowable, PageBreak

from planner.documents.catalogue import label, value_name
from planner.documents.common import day_title, person_with_title
from planner.documents.formatting import time_span
from planner.documents.settings import DocumentSettings
from planner.documents.template import PdfDocument, SectionStart
from planner.documents.text import markup
from planner.queries.documents.briefing import BriefingData, BriefingVisit, SiteBriefing
from planner.queries.documents.reader import PersonLine


def _people(doc: PdfDocument, heading: str, people: Sequence[PersonLine]) -> list[Flowable]:
    """A subheading and the people in protocol order, a numbered line each.

    One paragraph for the list, not a table of paragraphs: a sheet per site of a 40-site visit is
    hundreds of names, and a paragraph per cell made the sheets ten times slower. A long list splits
    across pages like any paragraph.
    """
    if not people:
        return []
    lines = [f"{n}. {p.name}" + (f" — {p.title}" if p.title else "") for n, p in enumerate(people, start=1)]
    return [doc.lines([heading], doc.styles.subheading), doc.lines(lines, doc.styles.cell)]


def _visit_block(doc: PdfDocument, visit: BriefingVisit, tz: ZoneInfo) -> list[Flowable]:
    lang = doc.lang
    when = f"{day_title(visit.day_number, visit.day, lang)}, {time_span(visit.starts_at, visit.ends_at, tz)}"
    speakers = [
        label("speaker_host", lang, name=visit.host_speaker) if visit.host_speaker else "",
        label("speaker_guest", lang, name=person_with_title(visit.guest_speaker))
        if visit.guest_speaker
        else "",
    ]
    facts = [
        (label("event", lang), f"{visit.title} ({value_name('item_kind', visit.kind, lang)})"),
        (label("groups", lang), ", ".join(visit.groups) or label("whole_delegation", lang)),
        (label("speakers", lang), "; ".join(s for s in speakers if s)),
        (label("topics", lang), "; ".join(visit.topics)),
        (label("cue", lang), visit.cue),
    ]
    # notes may be long: paragraphs of their own split across pages, where a row of the facts table
    # would have to split inside a cell
    notes = [
        doc.rich(f"<b>{markup(label(key, lang))}:</b> {markup(text)}")
        for key, text in (("notes", visit.notes), ("staging", visit.staging_notes))
        if text.strip()
    ]
    return [
        doc.heading(when),
        doc.facts(facts, label_share=0.24),
        *notes,
        *_people(doc, label("guests_coming", lang, n=len(visit.guests)), visit.guests),
        *_people(doc, label("hosts_coming", lang, n=len(visit.hosts)), visit.hosts),
    ]


def _sheet(doc: PdfDocument, site: SiteBriefing, visit_title: str, tz: ZoneInfo) -> list[Flowable]:
    lang = doc.lang
    contact = ", ".join(p for p in (site.contact_name, site.contact_phone) if p)
    story: list[Flowable] = [
        *doc.title_block(label("briefing", lang), site.name),
        doc.facts(
            [
                (label("visit", lang), visit_title),
                (label("address", lang), site.address),
                (label("site_contact", lang), contact),
            ],
            label_share=0.24,
        ),
    ]
    for visit in site.visits:
        story.extend(_visit_block(doc, visit, tz))
    return story


def render_briefing(data: BriefingData, settings: DocumentSettings, *, landscape: bool = False) -> bytes:
    """The briefing sheets of a visit's sites as PDF bytes, one sheet (numbered apart) per site."""
    lang = settings.language
    visit = data.visit
    doc = PdfDocument(settings, label("briefing", lang), visit.host_organisation, landscape_mode=landscape)
    tz = ZoneInfo(visit.host_timezone)
    story: list[Flowable] = []
    if not data.sites:
        story = [*doc.title_block(label("briefing", lang), visit.title)]
        story.append(doc.para(label("no_sites_used", lang), doc.styles.note))
    for n, site in enumerate(data.sites):
        if n:
            # each sheet starts a page and its own "page 1 of N"
            story.extend([PageBreak(), SectionStart()])
        story.extend(_sheet(doc, site, visit.title, tz))
    return doc.render(story)
