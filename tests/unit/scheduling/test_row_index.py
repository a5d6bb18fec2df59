from __future__ import annotations

import numpy as np
import pytest

from planner.queries.slot_columns import _RowIndex


@pytest.mark.parametrize(
    "ids",
    [
        np.array([5, 3, 4, 9, 7], dtype=np.int64),  # dense: looked up in a table
        np.array([10**9, 3, 77, 10**6, 5], dtype=np.int64),  # sparse: binary search
    ],
    ids=["dense ids", "sparse ids"],
)
def test_rows_and_membership_of_item_ids(ids: np.ndarray) -> None:
    index = _RowIndex(ids)
    assert (index.table is not None) == (int(ids.max()) < 100)
    wanted = ids[[3, 0, 0, 4]]
    assert index.rows(wanted).tolist() == [3, 0, 0, 4]
    probe = np.array([int(ids[1]), -5, 2 * 10**9, int(ids[2]), 6], dtype=np.int64)
    assert index.holds(probe).tolist() == [True, False, False, True, False]


@pytest.mark.parametrize("largest", [60, 10**7], ids=["ids in a short range", "ids far apart"])
def test_distinct_pairs_equal_numpys_unique(largest: int) -> None:
    from planner.queries.slot_columns import _distinct

    rng = np.random.default_rng(7)
    group = rng.integers(0, largest, 5_000)
    person = rng.integers(0, largest, 5_000)
    group[::7] = 0  # items without a group
    special = rng.random(5_000) < 0.05
    packed = group * 2**32 + person
    packed[special] = -1
    expected_codes, expected_rows = np.unique(packed, return_inverse=True)
    codes, rows = _distinct(group, person, special)
    assert codes.tolist() == expected_codes.tolist()
    assert rows.tolist() == expected_rows.tolist()
