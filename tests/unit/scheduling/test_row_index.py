from __future__ import annotations

import numpy as np
import pytest

from planner.scheduling.loading import _RowIndex


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
