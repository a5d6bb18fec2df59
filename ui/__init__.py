"""The desktop application (PySide6): window, pages, undo commands, operations over the core's services."""

from ui.refcount_guard import guard as _guard

# before any widget exists: see ui/refcount_guard.py (PySide6 6.12 on CPython 3.11 drops references to None)
_guard()
