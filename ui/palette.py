"""Colours of item kinds, shared by the timeline, the table and the legend."""

from __future__ import annotations

from PySide6.QtGui import QColor

from planner.domain.kinds import ItemKind

KIND_COLOURS = {
    ItemKind.ARRIVAL: "#6c8ebf",
    ItemKind.DEPARTURE: "#6c8ebf",
    ItemKind.SITE_VISIT: "#82b366",
    ItemKind.MEETING: "#d79b00",
    ItemKind.MEAL: "#e377c2",  # pink: the red of a conflict must mean a conflict only
    ItemKind.TRANSFER: "#999999",
    ItemKind.CEREMONY: "#9673a6",
    ItemKind.PRESS: "#0e8088",
    ItemKind.CULTURAL: "#d6b656",
    ItemKind.BRIEFING: "#56517e",
    ItemKind.FREE_TIME: "#c0c0c0",
}


# a block in conflict is outlined in this red, a selected block in this blue (the timeline and its legend)
CONFLICT_COLOUR = "#c62828"
SELECTED_COLOUR = "#0d47a1"

_cache: dict[str, QColor] = {}


def kind_colour(kind: str) -> QColor:
    """The colour of an item kind (grey for kinds this version does not know); callers must not change it."""
    colour = _cache.get(kind)
    if colour is None:
        colour = _cache[kind] = QColor(KIND_COLOURS.get(kind, "#a0a0a0"))
    return colour
