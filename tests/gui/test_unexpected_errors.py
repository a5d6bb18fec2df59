"""An error escaping a slot: one sentence in a message box and a redacted log, never a traceback."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from ui.app import install_excepthook


def test_an_error_escaping_a_slot_shows_a_sentence_and_writes_a_redacted_log(
    qapp: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: shown.append(text))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    install_excepthook()
    try:
        raise ValueError("phone +7 701 555 12 34 of ivanov@example.kz")
    except ValueError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    assert len(shown) == 1 and "ValueError" in shown[0]
    assert "ivanov@example.kz" not in shown[0] and "701 555" not in shown[0]
    logs = list((tmp_path / "DelegationPlanner" / "logs").glob("error-*.log"))
    assert len(logs) == 1 and str(logs[0]) in shown[0]
    body = logs[0].read_text(encoding="utf-8")
    assert "ValueError" in body and "ivanov@example.kz" not in body and "701 555" not in body
    assert "Traceback" not in capsys.readouterr().err
