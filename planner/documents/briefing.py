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
from planner.documents.template import Cell, PdfDocument, Plain, SectionStart
from planner.queries.documents.briefing import BriefingData, BriefingVisit, SiteBriefing
from planner.queries.documents.reader import PersonLine

# number, name, position, organisation
PEOPLE_COLUMNS = (0.06, 0.3, 0.36, 0.28)


def _people_table(doc: PdfDocument, heading: str, people: Sequence[PersonLine]) -> list[Flowable]:
    """A subheading and the people in protocol order (a table: a long list splits between rows)."""
    if not people:
        return []
    lang = doc.lang
    header = [
        label("number", lang),
        label("full_name", lang),
        label("position", lang),
        label("organisation", lang),
    ]
    rows: list[list[Cell]] = [
        [Plain(str(n)), doc.cell(p.name), doc.cell(p.title), doc.cell(p.organisation)]
        for n, p in enumerate(people, start=1)
    ]
    return [doc.para(heading, doc.styles.subheading), doc.table(header, rows, PEOPLE_COLUMNS)]


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
        (label("notes", lang), visit.notes),
        (label("staging", lang), visit.staging_notes),
    ]
    return [
        doc.heading(when),
        doc.facts(facts, label_share=0.24),
        *_people_table(doc, label("guests_coming", lang, n=len(visit.guests)), visit.guests),
        *_people_table(doc, label("hosts_coming", lang, n=len(visit.hosts)), visit.hosts),
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
