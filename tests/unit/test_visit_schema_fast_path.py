"""The compiled fast path of the visit schema gives the same verdict as the full JSON Schema validator.

The fast path rewrites ``oneOf: [key, null]`` as a nullable key (a null site on 5,000 items made the
compiled validator build 10,000 errors); these cases pin that the rewrite accepts and refuses exactly
what the schema does.
"""

from __future__ import annotations

import copy
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from planner.interchange.visit_validation import _fast_validator, visit_schema
from tests.support.synthetic import synthetic_visit


def _fast_accepts(data: dict[str, Any]) -> bool:
    import fastjsonschema

    try:
        _fast_validator()(data)
    except fastjsonschema.JsonSchemaException:
        return False
    return True


def _schema_accepts(data: dict[str, Any]) -> bool:
    return Draft202012Validator(visit_schema()).is_valid(data)


@pytest.mark.parametrize(
    ("field", "value", "valid"),
    [
        ("site", None, True),
        ("site", "S01", True),
        ("site", "", False),  # a key has at least one character
        ("site", "S" * 101, False),  # and at most 100
        ("site", 5, False),
        ("site", ["S01"], False),
        ("responsible_host", None, True),
        ("responsible_host", "P01", True),
        ("responsible_host", "", False),
        ("responsible_host", {"key": "P01"}, False),
    ],
)
def test_a_nullable_key_is_judged_alike_by_both_validators(field: str, value: Any, valid: bool) -> None:
    data = copy.deepcopy(synthetic_visit(sites=2, participants=2, items=2))
    data["itinerary"][0][field] = value
    assert _schema_accepts(data) is valid
    assert _fast_accepts(data) is valid


def test_the_rewrite_leaves_other_one_of_choices_alone() -> None:
    # a meal rule is an object or null: not a plain scalar, so it keeps its oneOf
    from planner.interchange.visit_validation import _nullable

    meal = visit_schema()["$defs"]["meal_rule"]
    assert _nullable(meal) == meal
    node = {"oneOf": [{"type": "object"}, {"type": "null"}]}
    assert _nullable(node) is node
    assert _nullable({"oneOf": [{"type": "string", "minLength": 1}, {"type": "null"}]}) == {
        "type": ["string", "null"],
        "minLength": 1,
    }


def test_a_boarding_party_size_beyond_any_delegation_is_refused_by_both() -> None:
    # 2**63 would pass the schema and then overflow the database's integer on import
    data = copy.deepcopy(synthetic_visit(sites=2, participants=2, items=2))
    data["planning"] = {"boarding": {"minutes": 5, "extra_minutes": 5, "above": 2**63}}
    assert not _schema_accepts(data) and not _fast_accepts(data)
    data["planning"]["boarding"]["above"] = 30
    assert _schema_accepts(data) and _fast_accepts(data)
