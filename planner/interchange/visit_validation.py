"""Check a visit file before anything is written: schema first, then the rules between records.

Every problem is reported with its JSON path (``$.itinerary[3].ends_at``) and a reason.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date, datetime
from functools import cache
from pathlib import Path
from typing import Any

from planner.domain.errors import Problem, ValidationError
from planner.domain.kinds import ItemKind
from planner.domain.timeutil import zone
from planner.interchange.visit_people import resolve_person_names

SCHEMA_PATH = Path(__file__).with_name("visit.schema.json")


@cache
def visit_schema() -> dict[str, Any]:
    """The JSON Schema of the visit file format."""
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))


def parse_visit_json(text: str | bytes) -> dict[str, Any]:
    """Parse a visit file's text, turning a syntax error into a located problem."""
    from planner.interchange.input_limits import load_json

    try:
        data = load_json(text)
    except json.JSONDecodeError as exc:
        raise ValidationError(
            Problem("$", f"not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}")
        ) from exc
    except UnicodeDecodeError as exc:
        raise ValidationError(Problem("$", f"the file is not UTF-8 text ({exc.reason})")) from exc
    if not isinstance(data, dict):
        raise ValidationError(Problem("$", "a visit file must be a JSON object"))
    return data


def json_path(parts: Iterable[str | int]) -> str:
    """Render a path like ``$.itinerary[3].ends_at``."""
    text = "$"
    for part in parts:
        text += f"[{part}]" if isinstance(part, int) else f".{part}"
    return text


def _schema_reason(error: Any) -> str:
    validator = error.validator
    if validator == "required":
        missing = [name for name in error.validator_value if name not in (error.instance or {})]
        return f"missing required field {missing[0]!r}" if missing else error.message
    if validator == "type":
        return f"expected {error.validator_value}, got {type(error.instance).__name__} {error.instance!r}"
    if validator == "additionalProperties":
        return f"unknown field ({error.message.split('(')[-1].rstrip(')')})"
    if validator == "enum":
        return f"{error.instance!r} is not one of {', '.join(map(str, error.validator_value))}"
    if validator == "pattern":
        return f"{error.instance!r} is not in the expected form ({_pattern_hint(error.validator_value)})"
    if validator == "oneOf":
        return f"{error.instance!r} must be a key (text) or null"
    return str(error.message)


def _pattern_hint(pattern: str) -> str:
    if "T" in pattern:
        return "YYYY-MM-DDTHH:MM:SS+HH:MM"
    if ":" in pattern:
        return "HH:MM"
    return "YYYY-MM-DD"


def _nullable(node: dict[str, Any]) -> dict[str, Any]:
    """``{"oneOf": [S, {"type": "null"}]}`` as S whose type may also be null, when S is a plain string or
    integer schema: the same values pass, and none fails a branch on the way.

    The compiled validator tries each branch of a oneOf and builds an error (with ``locals()``) for the
    one that fails: a null site or host on each of 5,000 items cost 0.3 s.
    """
    branches = node.get("oneOf")
    if set(node) != {"oneOf"} or not isinstance(branches, list) or len(branches) != 2:
        return node
    null = {"type": "null"}
    scalar = branches[0] if branches[1] == null else branches[1] if branches[0] == null else None
    if not isinstance(scalar, dict) or scalar.get("type") not in ("string", "integer"):
        return node
    # string and integer keywords (pattern, minLength, minimum...) apply to their own type only
    return {**scalar, "type": [scalar["type"], "null"]}


@cache
def _fast_validator() -> Any:
    import fastjsonschema

    # refs inlined: the compiled code builds an error-path string on every $ref call, which cost 1 s
    schema = _inline_refs(visit_schema(), visit_schema()["$defs"])
    return fastjsonschema.compile(schema)


def _inline_refs(node: Any, defs: dict[str, Any]) -> Any:
    if isinstance(node, dict):
        if "$ref" in node:
            return _inline_refs(defs[node["$ref"].rsplit("/", 1)[-1]], defs)
        inlined = {k: _inline_refs(v, defs) for k, v in node.items() if k != "$defs"}
        return _nullable(inlined)
    if isinstance(node, list):
        return [_inline_refs(v, defs) for v in node]
    return node


def schema_problems(data: dict[str, Any]) -> list[Problem]:
    """Problems found by the JSON Schema, in document order.

    A compiled validator answers "valid" quickly (about 20x faster on a 5,000-item visit); only a file
    that fails it goes through jsonschema, which lists every error with its path.
    """
    import fastjsonschema

    try:
        _fast_validator()(data)
        return []
    except fastjsonschema.JsonSchemaException:
        pass
    from jsonschema import Draft202012Validator

    validator = Draft202012Validator(visit_schema())
    errors = sorted(validator.iter_errors(data), key=lambda e: [str(p) for p in e.absolute_path])
    return [Problem(json_path(e.absolute_path), _schema_reason(e)) for e in errors]


class _Checker:
    """Rules the schema cannot say: unique keys, references, ordered times, valid zones."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.data = data
        self.problems: list[Problem] = []
        self.keys: dict[str, set[str]] = {}

    def add(self, where: str, reason: str) -> None:
        self.problems.append(Problem(where, reason))

    def run(self) -> list[Problem]:
        for name in ("sites", "participants", "groups", "itinerary", "vehicles"):
            self.keys[name] = self._unique_keys(name)
        self._check_visit()
        self._unique_names()
        self._check_overrides()
        self._check_groups()
        self._check_items()
        self._check_meetings()
        self._check_documents()
        self._check_vehicles()
        self._check_meeters()
        # imported here: that module takes json_path from this one
        from planner.interchange.visit_format_to_place import check_to_place

        check_to_place(self.data, self.keys, self.add)
        from planner.interchange.visit_format_seating import check_table_seating

        check_table_seating(self.data, self.keys, self.add)
        from planner.interchange.visit_format_gifts import check_gifts

        check_gifts(self.data, self.keys, self.add)
        return self.problems

    def _unique_keys(self, collection: str) -> set[str]:
        seen: set[str] = set()
        for index, row in enumerate(self.data.get(collection, [])):
            key = row["key"]
            if key in seen:
                self.add(json_path([collection, index, "key"]), f"key {key!r} is used twice in {collection}")
            seen.add(key)
        return seen

    def _check_meeters(self) -> None:
        for index, row in enumerate(self.data.get("participants", [])):
            for end in ("arrival", "departure"):
                name = f"{end}_meeter_key"
                if name in row:
                    self._ref(
                        json_path(["participants", index, name]), row[name], "participants", "participant"
                    )

    def _ref(self, where: str, value: Any, collection: str, what: str) -> None:
        if value is not None and value not in self.keys[collection]:
            self.add(where, f"unknown {what} {value!r} (no entry with that key in {collection})")

    def _check_visit(self) -> None:
        visit, delegation = self.data["visit"], self.data["delegation"]
        for where, name in (
            ("$.visit.host_timezone", visit["host_timezone"]),
            ("$.delegation.home_timezone", delegation["home_timezone"]),
        ):
            try:
                zone(name)
            except ValidationError:
                self.add(where, f"unknown time zone {name!r} (use an IANA name such as Asia/Atyrau)")
        start, end = _date(visit["start_date"]), _date(visit["end_date"])
        if start is None:
            self.add("$.visit.start_date", f"{visit['start_date']!r} is not a calendar date")
        if end is None:
            self.add("$.visit.end_date", f"{visit['end_date']!r} is not a calendar date")
        if start and end and end < start:
            self.add("$.visit.end_date", f"the visit ends ({end}) before it starts ({start})")
        if visit.get("day_start") and visit.get("day_end") and visit["day_end"] <= visit["day_start"]:
            self.add("$.visit.day_end", "the day ends before it starts")
        for index, day in enumerate(self.data.get("days", [])):
            if _date(day["date"]) is None:
                self.add(json_path(["days", index, "date"]), f"{day['date']!r} is not a calendar date")
            if day["end"] <= day["start"]:
                self.add(json_path(["days", index, "end"]), "the day ends before it starts")

    def _unique_names(self) -> None:
        # participants may share a name (namesakes): they are told apart by their keys
        sites: dict[tuple[str, str], int] = {}
        for index, site in enumerate(self.data.get("sites", [])):
            ident = (site["name"].strip().casefold(), site.get("address", "").strip().casefold())
            if ident in sites:
                self.add(
                    json_path(["sites", index, "name"]),
                    f"site {site['name']!r} at {site.get('address', '')!r} is listed twice",
                )
            sites.setdefault(ident, index)

    def _check_overrides(self) -> None:
        for index, row in enumerate(self.data.get("travel_time_overrides", [])):
            self._ref(json_path(["travel_time_overrides", index, "from"]), row["from"], "sites", "site")
            self._ref(json_path(["travel_time_overrides", index, "to"]), row["to"], "sites", "site")
            if row["from"] == row["to"]:
                self.add(
                    json_path(["travel_time_overrides", index, "to"]), "a site cannot be paired with itself"
                )

    def _check_groups(self) -> None:
        names: set[str] = set()
        for index, group in enumerate(self.data.get("groups", [])):
            if group["name"] in names:
                self.add(json_path(["groups", index, "name"]), f"group {group['name']!r} is listed twice")
            names.add(group["name"])
            for m, member in enumerate(group.get("members", [])):
                self._ref(json_path(["groups", index, "members", m]), member, "participants", "participant")

    def _check_items(self) -> None:
        for index, item in enumerate(self.data.get("itinerary", [])):
            path: list[str | int] = ["itinerary", index]
            starts, ends = _instant(item["starts_at"]), _instant(item["ends_at"])
            if starts is None:
                self.add(
                    json_path([*path, "starts_at"]), f"{item['starts_at']!r} is not a valid date and time"
                )
            if ends is None:
                self.add(json_path([*path, "ends_at"]), f"{item['ends_at']!r} is not a valid date and time")
            if starts and ends and ends <= starts:
                self.add(
                    json_path([*path, "ends_at"]),
                    f"item {item['title']!r} ends ({item['ends_at']}) before or when it starts"
                    f" ({item['starts_at']})",
                )
            self._ref(json_path([*path, "site"]), item.get("site"), "sites", "site")
            self._ref(
                json_path([*path, "responsible_host"]),
                item.get("responsible_host"),
                "participants",
                "participant",
            )
            for g, group in enumerate(item.get("groups", [])):
                self._ref(json_path([*path, "groups", g]), group, "groups", "group")
            self._no_repeats([*path, "attendees"], item.get("attendees", []), "participant")
            self._no_repeats([*path, "groups"], item.get("groups", []), "group")
            for a, person in enumerate(item.get("attendees", [])):
                self._ref(json_path([*path, "attendees", a]), person, "participants", "participant")

    def _no_repeats(self, path: list[str | int], values: list[str], what: str) -> None:
        seen: set[str] = set()
        for index, value in enumerate(values):
            if value in seen:
                self.add(json_path([*path, index]), f"{what} {value!r} is listed twice")
            seen.add(value)

    def _check_meetings(self) -> None:
        kinds = {item["key"]: item["kind"] for item in self.data.get("itinerary", [])}
        used: set[str] = set()
        for index, meeting in enumerate(self.data.get("meetings", [])):
            where = json_path(["meetings", index, "item"])
            self._ref(where, meeting["item"], "itinerary", "itinerary item")
            if meeting["item"] in used:
                self.add(where, f"item {meeting['item']!r} already has a meeting")
            used.add(meeting["item"])
            agenda = meeting.get("agenda", [])
            for lang, texts in (meeting.get("agenda_i18n") or {}).items():
                if len(texts) != len(agenda):
                    self.add(
                        json_path(["meetings", index, "agenda_i18n", lang]),
                        f"the {lang} list names {len(texts)} agenda points, the agenda {len(agenda)}:"
                        " give one text per point, in the same order",
                    )
            for o, outcome in enumerate(meeting.get("outcomes", [])):
                for a, action in enumerate(outcome.get("action_items", [])):
                    path: list[str | int] = ["meetings", index, "outcomes", o, "action_items", a]
                    self._ref(json_path([*path, "owner"]), action.get("owner"), "participants", "participant")
                    self._date_field([*path, "due_date"], action.get("due_date"))
            talks = (ItemKind.MEETING, ItemKind.CEREMONY, ItemKind.MEAL)
            if meeting["item"] in kinds and kinds[meeting["item"]] not in talks:
                self.add(where, f"item {meeting['item']!r} is a {kinds[meeting['item']]}, not a meeting")

    def _date_field(self, path: list[str | int], value: Any) -> date | None:
        if value is None:
            return None
        parsed = _date(value)
        if parsed is None:
            self.add(json_path(path), f"{value!r} is not a calendar date")
        return parsed

    def _check_documents(self) -> None:
        for index, doc in enumerate(self.data.get("signed_documents", [])):
            path: list[str | int] = ["signed_documents", index]
            self._ref(json_path([*path, "item"]), doc.get("item"), "itinerary", "itinerary item")
            for s, signer in enumerate(doc.get("signatories", [])):
                self._ref(
                    json_path([*path, "signatories", s, "participant"]),
                    signer.get("participant"),
                    "participants",
                    "participant",
                )
            for c, commitment in enumerate(doc.get("commitments", [])):
                self._date_field([*path, "commitments", c, "due_date"], commitment.get("due_date"))
            parties = doc.get("parties", [])
            for lang, texts in (doc.get("parties_i18n") or {}).items():
                if len(texts) != len(parties):
                    self.add(
                        json_path([*path, "parties_i18n", lang]),
                        f"the {lang} list names {len(texts)} parties, the document {len(parties)}:"
                        " give one text per party, in the same order",
                    )
            self._date_field([*path, "signed_on"], doc.get("signed_on"))
            start = self._date_field([*path, "term_start"], doc.get("term_start"))
            end = self._date_field([*path, "term_end"], doc.get("term_end"))
            if start and end and end < start:
                self.add(json_path([*path, "term_end"]), f"the term ends ({end}) before it starts ({start})")

    def _check_vehicles(self) -> None:
        labels: set[str] = set()
        places: dict[int, str] = {}
        for index, vehicle in enumerate(self.data.get("vehicles", [])):
            if vehicle["label"] in labels:
                self.add(
                    json_path(["vehicles", index, "label"]), f"vehicle {vehicle['label']!r} is listed twice"
                )
            labels.add(vehicle["label"])
            place = vehicle.get("motorcade_position")
            if place is not None and place in places:
                self.add(
                    json_path(["vehicles", index, "motorcade_position"]),
                    f"vehicles {places[place]!r} and {vehicle['label']!r} both have place {place} in the"
                    " motorcade; give each car its own place",
                )
            elif place is not None:
                places[place] = vehicle["label"]
            seats: set[tuple[str, str | None]] = set()
            for p, seat in enumerate(vehicle.get("passengers", [])):
                path: list[str | int] = ["vehicles", index, "passengers", p]
                self._ref(
                    json_path([*path, "participant"]), seat["participant"], "participants", "participant"
                )
                self._ref(json_path([*path, "item"]), seat.get("item"), "itinerary", "itinerary item")
                ident = (seat["participant"], seat.get("item"))
                if ident in seats:
                    self.add(
                        json_path(path), f"passenger {seat['participant']!r} is seated twice for one leg"
                    )
                seats.add(ident)


def _date(value: str) -> date | None:
    try:
        return date.fromisoformat(value)
    except (TypeError, ValueError):
        return None


def _instant(value: str) -> datetime | None:
    try:
        moment = datetime.fromisoformat(value)
    except (TypeError, ValueError):
        return None
    return moment if moment.tzinfo is not None else None


def validate_visit_data(data: dict[str, Any]) -> None:
    """Raise ValidationError listing every problem of a parsed visit file; return if it is sound.

    A participant named by full name where a key belongs is replaced by their key in ``data``.
    Values outside the sane ranges (``input_limits``: control characters, emoji, right-to-left text,
    Infinity, NaN, huge numbers, years outside 1900–2100) are reported first, before the schema.
    """
    from planner.interchange.input_limits import data_problems

    problems = data_problems(data) or schema_problems(data)
    if not problems:
        # a person named by full name instead of key: the key is written in (see visit_people); a name
        # two people share is reported once, not again as an unknown key
        problems = resolve_person_names(data, json_path)
        named = {p.where for p in problems}
        problems += [p for p in _Checker(data).run() if p.where not in named]
    if problems:
        raise ValidationError(problems)
