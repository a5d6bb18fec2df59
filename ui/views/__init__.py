"""Screens, editors and dialogs of the desktop application."""
