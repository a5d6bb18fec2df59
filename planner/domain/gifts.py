"""The limits of a gift and of an item's run-of-show fields (their names are in the vocabulary).

A gift is given by the host side to the guests or received from them; who gave it and to whom is a
participant of the visit or free text (a minister who never came, a school's choir). Its estimated value
is a whole number of the currency's units, the way an office writes estimates down.
"""

from __future__ import annotations

DEFAULT_CURRENCY = "KZT"
# a gift's value above this is a typing error (a trillion tenge), not a gift
MAX_VALUE = 10**12
MAX_DESCRIPTION = 2000
MAX_NOTES = 4000
MAX_FREE_NAME = 300

# the longest text each run-of-show field of an item takes
RUN_OF_SHOW_LIMITS: dict[str, int] = {
    "cue": 1000,
    "staging_notes": 4000,
    "officer_name": 300,
    "officer_phone": 100,
}
