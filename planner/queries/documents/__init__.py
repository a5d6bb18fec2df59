"""Read rows for the printed documents: frozen, already in the chosen language, in protocol order.

The PDF builders never see ORM objects: each ``*_data`` function reads what one document needs inside
the caller's unit of work and returns plain frozen rows, so rendering can happen after the session closed.
Texts are localized with the fallback rule of :func:`planner.domain.kinds.localized`.

One module per document (programme and delegation list, itineraries, transport, minutes, signed
documents) over a shared reader of the visit (:mod:`.reader`); every public name is importable from here.
"""

from __future__ import annotations

from planner.queries.documents.itinerary import (
    Contact,
    ItineraryData,
    ItineraryLine,
    VehicleRef,
    itinerary_data,
)
from planner.queries.documents.minutes import (
    ActionLine,
    MinutesData,
    OutcomeLine,
    meeting_ids,
    minutes_data,
)
from planner.queries.documents.programme import (
    DelegationListData,
    ProgrammeData,
    delegation_list_data,
    programme_data,
    visit_header,
)
from planner.queries.documents.reader import (
    BoundLine,
    DayBlock,
    PersonLine,
    ProgrammeLine,
    VisitHeader,
    protocol_key,
)
from planner.queries.documents.signed_documents import (
    CommitmentLine,
    DocumentBlock,
    DocumentsData,
    SignatoryLine,
    documents_data,
)
from planner.queries.documents.transport import LegLine, TransportData, VehicleBlock, transport_data

__all__ = [
    "ActionLine",
    "BoundLine",
    "CommitmentLine",
    "Contact",
    "DayBlock",
    "DelegationListData",
    "DocumentBlock",
    "DocumentsData",
    "ItineraryData",
    "ItineraryLine",
    "LegLine",
    "MinutesData",
    "OutcomeLine",
    "PersonLine",
    "ProgrammeData",
    "ProgrammeLine",
    "SignatoryLine",
    "TransportData",
    "VehicleBlock",
    "VehicleRef",
    "VisitHeader",
    "delegation_list_data",
    "documents_data",
    "itinerary_data",
    "meeting_ids",
    "minutes_data",
    "programme_data",
    "protocol_key",
    "transport_data",
    "visit_header",
]
