"""The gifts register: what was given and received, by whom, to whom, worth how much, at which item.

Printed for one visit, or for a partner region with one section per visit; each section ends with the
count and the estimated worth of the gifts given and received, per currency.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from zoneinfo import ZoneInfo

from reportlab.platypus import Flowable

from planner.documents.catalogue import label, value_name
from planner.documents.common import cover_facts
from planner.documents.formatting import date_range, short_date
from planner.documents.settings import DocumentSettings
from planner.documents.template import Cell, PdfDocument, Plain, column_room
from planner.documents.text import markup
from planner.domain.kinds import GiftDirection
from planner.queries.documents.gifts import GiftLine, GiftsData, GiftVisitBlock

# number, given / received, from, to, gift (and notes), value, at (item and time)
COLUMNS = (0.04, 0.1, 0.15, 0.15, 0.23, 0.14, 0.19)


# how Russian and Kazakh official paper writes the currencies a visit deals in: the word (tenge does not
# change after a number; "руб." spares the agreement of "рубль/рубля/рублей"), not the ISO code
CURRENCY_WORDS: dict[str, dict[str, str]] = {
    "ru": {"KZT": "тенге", "RUB": "руб.", "USD": "долл. США", "EUR": "евро"},
    "kk": {"KZT": "теңге", "RUB": "рубль", "USD": "АҚШ доллары", "EUR": "еуро"},
}


def money(value: int, currency: str, lang: str) -> str:
    """'450 000 тенге', '40 000 руб.', '450 000 теңге' (a no-break space between thousands in ru and kk),
    '450,000 KZT' in English; another currency by its sign in the language (Babel: '1 000 ¥'), else
    its code."""
    grouped = f"{value:,}"
    if lang == "en":
        return f"{grouped}\u00a0{currency}"
    grouped = grouped.replace(",", "\u00a0")
    word = CURRENCY_WORDS.get(lang, CURRENCY_WORDS["ru"]).get(currency.upper())
    if word is None:
        from babel.numbers import UnknownCurrencyError, get_currency_symbol

        try:
            word = get_currency_symbol(currency.upper(), locale=lang)
        except (UnknownCurrencyError, ValueError):
            word = currency
    return f"{grouped}\u00a0{word.replace(' ', chr(0xA0))}"


def _amounts(gifts: Sequence[GiftLine], lang: str) -> str:
    totals: dict[str, int] = defaultdict(int)
    for g in gifts:
        if g.estimated_value is not None:
            totals[g.currency] += g.estimated_value
    return "; ".join(money(total, currency, lang) for currency, total in sorted(totals.items()))


def _row(doc: PdfDocument, number: int, gift: GiftLine, tz: ZoneInfo) -> list[Cell]:
    lang = doc.lang
    when = ""
    if gift.item_starts_at is not None:
        local = gift.item_starts_at.astimezone(tz)
        when = f"{short_date(local.date())} {local:%H:%M}"
    value = money(gift.estimated_value, gift.currency, lang) if gift.estimated_value is not None else ""
    room = column_room(doc, COLUMNS)
    return [
        Plain(str(number)),
        doc.whole_words(markup(value_name("gift_direction", gift.direction, lang)), room[1]),
        # names are never hyphenated: a surname wider than the narrow column is printed smaller
        doc.cell(gift.giver, gift.giver_title, width=room[2]),
        doc.cell(gift.recipient, gift.recipient_title, width=room[3]),
        doc.cell(gift.description, gift.notes, bold=True),
        # an amount and its currency on one line ("450 000 тен-" / "ге" was printed): smaller if need be
        doc.whole_words(markup(value), room[5]),
        doc.cell(gift.item_title, when),
    ]


def _section(doc: PdfDocument, block: GiftVisitBlock) -> list[Flowable]:
    lang, st = doc.lang, doc.styles
    if not block.gifts:
        return [doc.para(label("no_gifts", lang), st.note)]
    tz = ZoneInfo(block.host_timezone)
    header = [
        label("number", lang),
        label("gift_direction", lang),
        label("gift_from", lang),
        label("gift_to", lang),
        label("gift", lang),
        label("gift_value", lang),
        label("gift_at", lang),
    ]
    rows = [_row(doc, n, gift, tz) for n, gift in enumerate(block.gifts, start=1)]
    parts: list[Flowable] = [doc.table(header, rows, COLUMNS)]
    summary = [label("gift_count", lang, n=len(block.gifts))]
    for direction, key in ((GiftDirection.GIVEN, "total_given"), (GiftDirection.RECEIVED, "total_received")):
        amounts = _amounts([g for g in block.gifts if g.direction == direction], lang)
        if amounts:
            summary.append(label(key, lang, amounts=amounts))
    parts.append(doc.para("; ".join(summary), st.body))
    return parts


def render_gifts(data: GiftsData, settings: DocumentSettings, *, landscape: bool = False) -> bytes:
    """The gifts register as PDF bytes (of one visit, or of a partner region across its visits)."""
    lang = settings.language
    organisation = data.visit.host_organisation if data.visit is not None else data.host_organisation
    doc = PdfDocument(settings, label("gifts", lang), organisation, landscape_mode=landscape)
    story: list[Flowable]
    if data.visit is not None:
        facts = cover_facts(data.visit, lang, stay=False)
        story = [*doc.title_block(label("gifts", lang), data.visit.title), doc.facts(facts)]
        story.extend(_section(doc, data.visits[0]))
        return doc.render(story)
    story = doc.title_block(label("gifts", lang), f"{label('partner_region', lang)}: {data.partner_region}")
    for block in data.visits:
        story.append(doc.heading(f"{block.title} ({date_range(block.start_date, block.end_date, lang)})"))
        story.extend(_section(doc, block))
    return doc.render(story)
