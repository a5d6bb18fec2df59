"""The seating proposal's rules, one test per rule: precedence, heads at the centre, interpreters beside
the heads, alternation right and left, the guest of honour on the host's right, host and guest alternating
round a banquet table."""

from __future__ import annotations

from planner.scheduling.seating import (
    RECT_GUEST_TABLE,
    RECT_HOST_TABLE,
    Attendee,
    Layout,
    propose,
    rect_offset,
    round_angle,
)


def _side(side: str, first_id: int, count: int, interpreter_rank: int | None = None) -> list[Attendee]:
    return [
        Attendee(first_id + r, side, r, "interpreter" if r == interpreter_rank else "official")
        for r in range(1, count + 1)
    ]


def _where(seats):
    return {s.participant_id: (s.table, s.number) for s in seats}


def test_rect_heads_at_the_centre_facing_each_other() -> None:
    people = _side("host", 100, 5) + _side("guest", 200, 5)
    where = _where(propose(people, Layout.RECT))
    assert where[101] == (RECT_HOST_TABLE, 1) and rect_offset(1) == 0
    assert where[201] == (RECT_GUEST_TABLE, 1)
    # every host on the host side, every guest facing them
    assert {t for pid, (t, _) in where.items() if pid < 200} == {RECT_HOST_TABLE}
    assert {t for pid, (t, _) in where.items() if pid >= 200} == {RECT_GUEST_TABLE}


def test_rect_rest_alternate_right_and_left_by_precedence() -> None:
    where = _where(propose(_side("guest", 200, 6), Layout.RECT))
    offsets = [rect_offset(where[200 + r][1]) for r in range(1, 7)]
    # head at 0; number 2 first on the right, 3 first on the left, 4 second right, …
    assert offsets == [0, 1, -1, 2, -2, 3]


def test_rect_interpreter_sits_beside_the_head() -> None:
    where = _where(propose(_side("host", 100, 5, interpreter_rank=5) + _side("guest", 200, 4, 3), "rect"))
    assert rect_offset(where[105][1]) == -1  # the host's interpreter, though last by rank, on the head's left
    assert rect_offset(where[203][1]) == -1
    # the others alternate from the head outwards, past the interpreter on the left
    assert [rect_offset(where[100 + r][1]) for r in (2, 3, 4)] == [1, -2, 2]
    assert [rect_offset(where[200 + r][1]) for r in (2, 4)] == [1, -2]


def test_interpreter_is_known_in_every_language_and_case() -> None:
    assert Attendee(1, "host", 9, " Переводчик ").is_interpreter
    assert Attendee(1, "host", 9, "аудармашы").is_interpreter
    assert Attendee(1, "host", 9, "INTERPRETER").is_interpreter
    assert not Attendee(1, "host", 9, "official").is_interpreter


def test_precedence_is_the_rank_not_the_order_given() -> None:
    people = [Attendee(3, "host", 3), Attendee(1, "host", 1), Attendee(2, "host", 2)]
    where = _where(propose(people, Layout.RECT))
    assert where[1][1] == 1 and rect_offset(where[2][1]) == 1 and rect_offset(where[3][1]) == -1
    # equal ranks keep the ids in order
    twins = _where(propose([Attendee(9, "host", 1), Attendee(8, "host", 1)], Layout.RECT))
    assert twins[8][1] == 1


def test_round_guest_of_honour_on_the_hosts_right() -> None:
    seats = propose(_side("host", 100, 4) + _side("guest", 200, 4), Layout.ROUND, table_size=8)
    where = _where(seats)
    assert where[101] == (1, 1)
    assert where[201] == (1, 2)  # seat 2 is the host's right
    assert round_angle(2, 8) == 45.0  # one step counter-clockwise from the host, seen from above


def test_round_host_and_guest_alternate_by_precedence() -> None:
    seats = propose(_side("host", 100, 5) + _side("guest", 200, 5), Layout.ROUND, table_size=10)
    around = {s.number: s.participant_id for s in seats}
    sides = ["host" if around[n] < 200 else "guest" for n in range(1, 11)]
    assert all(sides[i] != sides[(i + 1) % 10] for i in range(10))
    # going right: guest 1, host 2, guest 3; going left (seat 10, 9, …): guest 2, host 3
    assert [around[n] for n in (2, 3, 4)] == [201, 102, 203]
    assert [around[n] for n in (10, 9)] == [202, 103]


def test_round_tables_fill_by_precedence_each_with_its_host() -> None:
    seats = propose(_side("host", 100, 6) + _side("guest", 200, 10), Layout.ROUND, table_size=8)
    tables = {}
    for s in seats:
        tables.setdefault(s.table, {})[s.number] = s.participant_id
    assert sorted(tables) == [1, 2]
    assert tables[1][1] == 101 and tables[1][2] == 201
    assert tables[2][1] == 102 and tables[2][2] == 202
    assert len(seats) == 16 and len({s.participant_id for s in seats}) == 16
    assert all(len(t) <= 8 for t in tables.values())
