"""Undo commands: one QUndoCommand per kind of edit, each calling a service and its inverse."""
