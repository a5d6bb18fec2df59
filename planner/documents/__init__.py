"""Printed documents of a visit (PDF, A4/A5, fonts embedded, in Russian, Kazakh or English).

Importing this package is cheap: ReportLab and Babel load only when a document is built, so the GUI's
start-up does not pay for them. Use :mod:`planner.services.printing` to build documents from the database
and :class:`planner.documents.settings.DocumentSettings` to pass the office's choices.
The list of document kinds is the printing service's registry (``DOCUMENT_KINDS``).
"""

from planner.documents.settings import DocumentSettings

__all__ = ["DocumentSettings"]
