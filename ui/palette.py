"""Colours of item kinds, shared by the timeline, the table and the legend."""

from __future__ import annotations

from PySide6.QtGui import QColor

KIND_COLOURS = {
    "arrival": "#6c8ebf",
    "departure": "#6c8ebf",
    "site_visit": "#82b366",
    "meeting": "#d79b00",
    "meal": "#b85450",
    "transfer": "#999999",
    "ceremony": "#9673a6",
    "press": "#0e8088",
    "cultural": "#d6b656",
    "briefing": "#56517e",
    "free_time": "#c0c0c0",
}


_cache: dict[str, QColor] = {}


def kind_colour(kind: str) -> QColor:
    """The colour of an item kind (grey for kinds this version does not know); callers must not change it."""
    colour = _cache.get(kind)
    if colour is None:
        colour = _cache[kind] = QColor(KIND_COLOURS.get(kind, "#a0a0a0"))
    return colour
