"""User text made safe for ReportLab's paragraph markup.

``Paragraph`` parses its text as markup: ``A<B`` raises, ``&copy`` becomes ©, a newline collapses into a
space. Every piece of user text passes through :func:`markup` before it reaches a paragraph, so names
like ``Tom & "Jerry" <Ltd>`` print exactly as typed and line breaks are kept.
"""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

# C0 controls other than tab and newline, DEL and C1 controls: invisible, and some break the PDF text
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def clean(value: object) -> str:
    """Plain text without control characters; CR LF and CR become LF, tabs become spaces."""
    text = "" if value is None else str(value)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    return _CONTROL.sub("", text)


def markup(value: object) -> str:
    """User text as paragraph markup: escaped (``& < >`` and quotes) with newlines as ``<br/>``."""
    text = escape(clean(value), {'"': "&quot;"})
    return text.strip().replace("\n", "<br/>")
