"""Printed documents of a visit (PDF, A4/A5, fonts embedded, in Russian, Kazakh or English).

Importing this package is cheap: ReportLab and Babel load only when a document is built, so the GUI's
start-up does not pay for them. Use :mod:`planner.services.printing` to build documents from the database
and :class:`planner.documents.settings.DocumentSettings` to pass the office's choices.
"""

from planner.documents.settings import DocumentSettings

KINDS: tuple[str, ...] = (
    "programme",
    "agenda",
    "itinerary",
    "transport",
    "delegation-list",
    "minutes",
    "documents",
)

__all__ = ["KINDS", "DocumentSettings"]
