"""Guard against a reference-counting bug of PySide6 6.12 on CPython 3.11.

In PySide6 6.12.0 every call of a method that returns nothing (``QPainter.setPen``, ``QWidget.update``...)
hands back ``None`` without a new reference, and ``SignalInstance.disconnect()`` does the same with
``True``. On CPython 3.12+ these objects are immortal (PEP 683) and nothing happens; on 3.11 each call
takes one reference away, and after some tens of thousands of calls (a few repaints of a big visit) the
interpreter aborts with "deallocating None". We measured it: 1,000 ``update()`` calls remove 1,000
references.

The guard does what CPython 3.12 does: it gives ``None``, ``True`` and ``False`` a reference count so
large that no leak can reach zero. It only acts when a probe shows the leak, so a fixed PySide6 (or a
newer Python) leaves the interpreter untouched.
"""

from __future__ import annotations

import ctypes
import sys

HEADROOM = 1 << 60  # far beyond any number of calls in a session; still far from overflowing Py_ssize_t
_applied = False


def leaks_none() -> bool:
    """True when calling a void Qt method takes a reference to ``None`` away."""
    from PySide6.QtCore import QObject

    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(16):
        probe.setObjectName("probe")
    return sys.getrefcount(None) < before - 8


def guard() -> bool:
    """Make ``None``, ``True``, ``False`` effectively immortal when this PySide6 needs it; True if applied."""
    global _applied
    if _applied:
        return True
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython" or not leaks_none():
        return False
    for singleton in (None, True, False):
        # ob_refcnt is the first field of every object in a CPython 3.11 release build
        ctypes.c_ssize_t.from_address(id(singleton)).value += HEADROOM
    _applied = True
    return True
