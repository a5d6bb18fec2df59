"""Check the sample visit file ``astrakhan-atyrau-2023.json`` with the planner's own rules and write it back
in its canonical form (two-space indent, UTF-8 text, one final newline).

The sample's data is the file itself (see README.md beside it for where it comes from); edit it there.
This script holds no second copy of the data and no second rule book: it validates the file with the
visit-file validator (JSON Schema and references), imports it into a scratch database and runs the
planner's conflict check, which must find nothing, not even a warning (people in two places, driving
time, opening hours, the days' bounds, meal breaks, vehicles). Then it rewrites the file, so the
canonical form never drifts.

Run from the repository root: ``uv run python resources/sample/make_sample.py``
"""

from __future__ import annotations

import json
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
PROJECT_ROOT = HERE.parent.parent
SAMPLE_PATH = HERE / "astrakhan-atyrau-2023.json"
sys.path.insert(0, str(PROJECT_ROOT))

from planner.domain.errors import ValidationError  # noqa: E402
from planner.domain.kinds import ItemKind, Side  # noqa: E402
from planner.interchange.visit_validation import validate_visit_data  # noqa: E402
from planner.persistence.db import open_database  # noqa: E402
from planner.persistence.uow import UnitOfWork  # noqa: E402
from planner.services.planning import check_visit  # noqa: E402
from planner.services.visits import import_data  # noqa: E402


def canonical(data: dict[str, Any]) -> str:
    """The text the sample file is written in."""
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def conflicts(data: dict[str, Any]) -> list[str]:
    """The planner's check of the visit, imported into a scratch database: every message, warnings too."""
    with tempfile.TemporaryDirectory(prefix="dp-sample-") as folder:
        db = open_database(Path(folder) / "sample.db", user="make_sample")
        try:
            visit_id = import_data(UnitOfWork(db.sessions), data).id
            report = check_visit(UnitOfWork(db.sessions), visit_id)
        finally:
            db.dispose()
    return [f"{conflict.severity}: {conflict.message}" for conflict in report.conflicts]


def summary(data: dict[str, Any]) -> str:
    """A few counts for the console."""
    itinerary = data["itinerary"]
    per_day = Counter(item["starts_at"][:10] for item in itinerary)
    visits = Counter(item["starts_at"][:10] for item in itinerary if item["kind"] == ItemKind.SITE_VISIT)
    pinned = [item["key"] for item in itinerary if item["pinned"]]
    commitments = sum(len(document.get("commitments", [])) for document in data["signed_documents"])
    people = data["participants"]
    lines = [
        f"sites: {len(data['sites'])}",
        f"participants: {len(people)} ({sum(p['side'] == Side.GUEST for p in people)} guests, "
        f"{sum(p['side'] == Side.HOST for p in people)} hosts)",
        f"groups: {len(data['groups'])}",
        *(f"items on {day}: {count} ({visits[day]} site visits)" for day, count in sorted(per_day.items())),
        f"site visits: {sum(visits.values())}",
        f"pinned items: {', '.join(pinned)}",
        f"meetings: {len(data['meetings'])}",
        f"signed documents: {len(data['signed_documents'])}, commitments: {commitments}",
        f"vehicles: {len(data['vehicles'])}",
    ]
    return "\n".join(lines)


def main() -> int:
    """Validate, check and rewrite the sample; exit code 1 with the problems when it is not sound."""
    data = json.loads(SAMPLE_PATH.read_text(encoding="utf-8"))
    try:
        validate_visit_data(data)
    except ValidationError as error:
        print("\n".join(str(problem) for problem in error.problems))
        return 1
    found = conflicts(data)
    if found:
        print("\n".join(found))
        return 1
    text = canonical(data)
    if text != SAMPLE_PATH.read_text(encoding="utf-8"):
        SAMPLE_PATH.write_text(text, encoding="utf-8")
    print(f"checked {SAMPLE_PATH.relative_to(PROJECT_ROOT)}")
    print(summary(data))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
