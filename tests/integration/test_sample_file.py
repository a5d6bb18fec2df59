"""The shipped sample visit: in its canonical form, and its checker refuses a sample that breaks a rule."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]


def _make_sample() -> ModuleType:
    path = ROOT / "resources" / "sample" / "make_sample.py"
    spec = importlib.util.spec_from_file_location("make_sample", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_sample_file_is_written_in_its_canonical_form() -> None:
    make_sample = _make_sample()
    text = make_sample.SAMPLE_PATH.read_text(encoding="utf-8")
    assert make_sample.canonical(json.loads(text)) == text


def test_the_checker_reports_a_visit_outside_the_day() -> None:
    make_sample = _make_sample()
    data = json.loads(make_sample.SAMPLE_PATH.read_text(encoding="utf-8"))
    assert make_sample.conflicts(data) == []
    visit = next(item for item in data["itinerary"] if item["kind"] == "site_visit")
    # the same visit at three in the night, before the day begins
    day = visit["starts_at"][:10]
    visit["starts_at"], visit["ends_at"] = f"{day}T03:00:00+05:00", f"{day}T03:30:00+05:00"
    assert [m for m in make_sample.conflicts(data) if "starts before the day's planned start" in m]
