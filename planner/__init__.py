"""Delegation Planner core: domain, persistence, scheduling, documents and interchange.

This package never imports Qt; the GUI in ``ui/`` calls it through its services.
"""

__version__ = "0.1.0"
