"""Seating plans proposed by the rules of protocol: plain data in, plain data out.

Two layouts:

* ``rect`` — talks at a rectangular table. The two delegations face each other across the long sides:
  the host side is table 1, the guest side table 2. On each side the head sits at the centre, the
  interpreter beside the head (on the head's left), and the rest alternate right and left of the head by
  precedence, each taking the nearest free place on that side.
* ``round`` — a banquet at round tables of ``table_size`` seats. At each table the host sits at seat 1,
  the guest of honour on the host's right, and host and guest alternate around the table by precedence.

Seat numbers say where a seat is, so that a stored plan can be drawn again without the rules:

* ``rect``: seat 1 is the centre of its side; seat ``2k`` is the k-th place to the right of the centre
  (as seen by the person sitting there) and seat ``2k + 1`` the k-th place to the left.
* ``round``: seat 1 is the table's host; the numbers go round the table to the host's right, so seat 2 is
  on the host's right and the last seat on the host's left.

Precedence is ``protocol_rank`` (1 = head) within a side; ties keep the participants' ids in order.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from planner.domain.kinds import Side
from planner.domain.vocabulary import ROLE_NAMES


class Layout(StrEnum):
    """The shape of the table(s) of a seating plan."""

    RECT = "rect"
    ROUND = "round"


RECT_HOST_TABLE = 1  # the host side of a rectangular table
RECT_GUEST_TABLE = 2  # the guest side, facing it
DEFAULT_ROUND_TABLE_SIZE = 10
_INTERPRETER_WORDS = frozenset(
    w.lower() for w in (ROLE_NAMES["interpreter"].ru, ROLE_NAMES["interpreter"].kk, "interpreter")
)


@dataclass(frozen=True)
class Attendee:
    """Someone to seat: their id, side (``guest``/``host``), protocol rank and role."""

    id: int
    side: str
    rank: int
    role: str = ""

    @property
    def is_interpreter(self) -> bool:
        """True when the role names an interpreter (in any of the three languages, any case)."""
        return self.role.strip().lower() in _INTERPRETER_WORDS


@dataclass(frozen=True)
class Seat:
    """One person's place: the table, the seat on it (see the module's numbering), and who sits there."""

    table: int
    number: int
    participant_id: int


def by_precedence(people: Iterable[Attendee]) -> list[Attendee]:
    """People in order of precedence: rank, then id (a stable order for equal ranks)."""
    return sorted(people, key=lambda a: (a.rank, a.id))


def propose(
    attendees: Sequence[Attendee], layout: Layout | str, *, table_size: int = DEFAULT_ROUND_TABLE_SIZE
) -> list[Seat]:
    """Seat ``attendees`` at a rectangular table or at round tables by the rules of protocol."""
    if Layout(layout) is Layout.RECT:
        return propose_rect(attendees)
    return propose_round(attendees, table_size=table_size)


def _side(attendees: Iterable[Attendee], side: Side) -> list[Attendee]:
    return by_precedence(a for a in attendees if a.side == side.value)


def rect_side_order(people: Sequence[Attendee]) -> list[tuple[int, Attendee]]:
    """(seat number, person) for one side of a rectangular table: the head at the centre, the first
    interpreter on the head's left, the rest alternating right and left by precedence."""
    ordered = by_precedence(people)
    if not ordered:
        return []
    head, rest = ordered[0], ordered[1:]
    seats: list[tuple[int, Attendee]] = [(1, head)]
    right, left = 0, 0  # places taken so far on each hand of the head
    interpreter = next((p for p in rest if p.is_interpreter), None)
    if interpreter is not None:
        rest = [p for p in rest if p is not interpreter]
        left = 1
        seats.append((3, interpreter))
    go_right = True
    for person in rest:
        if go_right:
            right += 1
            seats.append((2 * right, person))
        else:
            left += 1
            seats.append((2 * left + 1, person))
        go_right = not go_right
    return seats


def propose_rect(attendees: Sequence[Attendee]) -> list[Seat]:
    """Talks: hosts on table 1, guests on table 2 facing them, each side ordered by ``rect_side_order``."""
    seats: list[Seat] = []
    for table, side in ((RECT_HOST_TABLE, Side.HOST), (RECT_GUEST_TABLE, Side.GUEST)):
        seats += [Seat(table, n, p.id) for n, p in rect_side_order(_side(attendees, side))]
    return seats


def rect_offset(number: int) -> int:
    """Where seat ``number`` of a rectangular table's side is, counted from the centre: 0 the centre,
    +k the k-th place to the sitter's right, -k the k-th to the left."""
    return 0 if number == 1 else (number // 2 if number % 2 == 0 else -(number // 2))


def _interleave(hosts: list[Attendee], guests: list[Attendee]) -> list[Attendee]:
    """Host and guest alternately by precedence (the guest first), the longer list's rest at the end."""
    merged: list[Attendee] = []
    for i in range(max(len(hosts), len(guests))):
        merged += [p[i] for p in (guests, hosts) if i < len(p)]
    return merged


def _round_table(hosts: list[Attendee], guests: list[Attendee], size: int) -> list[tuple[int, Attendee]]:
    """(seat, person) at one round table of ``size`` seats; both lists in precedence order.

    The first host sits at seat 1 and the first guest (the guest of honour) on the host's right. Going
    right from the host: guest 1, host 2, guest 3, host 4, …; going left: guest 2, host 3, guest 4, …, so
    the sides alternate all round the table and the higher ranks sit nearer the host. When one side runs
    out, the other's people keep alternating right and left by precedence. A table without a host is hosted by
    its first guest.
    """
    if not hosts:
        hosts, guests = guests[:1], guests[1:]
    if not hosts:
        return []
    right: list[Attendee] = guests[:1]
    left: list[Attendee] = []
    more_hosts, more_guests = hosts[1:], guests[1:]
    for i in range(max(len(more_hosts), len(more_guests))):
        # hosts 2, 4, … go right and 3, 5, … left; guests 2, 4, … go left and 3, 5, … right
        if i < len(more_hosts):
            (right if i % 2 == 0 else left).append(more_hosts[i])
        if i < len(more_guests):
            (left if i % 2 == 0 else right).append(more_guests[i])
    seats = [(1, hosts[0])]
    seats += [(k, p) for k, p in enumerate(right, start=2)]
    seats += [(size - k, p) for k, p in enumerate(left)]
    return seats


def propose_round(attendees: Sequence[Attendee], *, table_size: int = DEFAULT_ROUND_TABLE_SIZE) -> list[Seat]:
    """Banquet: round tables of ``table_size`` seats, the highest ranks at table 1. Each table is hosted
    by the next host by precedence with the next guest on their right (``_round_table``); the others fill
    the tables in precedence order, guest and host alternately."""
    if table_size < 2:
        raise ValueError("a round table has at least two seats")
    hosts, guests = _side(attendees, Side.HOST), _side(attendees, Side.GUEST)
    count = max(1, -(-(len(hosts) + len(guests)) // table_size))
    tables: list[tuple[list[Attendee], list[Attendee]]] = [([], []) for _ in range(count)]
    # each table first gets its host, then its guest of honour, in precedence order
    for table_hosts, _ in tables:
        if hosts:
            table_hosts.append(hosts.pop(0))
    for table_hosts, table_guests in tables:
        if guests and len(table_hosts) + len(table_guests) < table_size:
            table_guests.append(guests.pop(0))
    t = 0
    for person in _interleave(hosts, guests):
        while len(tables[t][0]) + len(tables[t][1]) >= table_size:
            t += 1
        tables[t][0 if person.side == Side.HOST.value else 1].append(person)
    seats: list[Seat] = []
    for number, (table_hosts, table_guests) in enumerate(tables, start=1):
        seats += [Seat(number, n, p.id) for n, p in _round_table(table_hosts, table_guests, table_size)]
    return seats


def round_angle(number: int, size: int) -> float:
    """Where seat ``number`` is at a round table of ``size`` seats: degrees counter-clockwise (seen from
    above) from the host's place, seat 1. A person facing the table has their right hand counter-clockwise
    of them, so seat 2, on the host's right, is one step counter-clockwise."""
    return 360.0 * (number - 1) / size


@dataclass(frozen=True)
class Arrangement:
    """A whole seating plan of one item: its layout, the places of a round table, and who sits where."""

    layout: str
    table_size: int
    seats: tuple[Seat, ...]

    def at(self, table: int, number: int) -> Seat | None:
        """Who sits at seat ``number`` of ``table``, if anyone."""
        return next((s for s in self.seats if s.table == table and s.number == number), None)

    def swapped(self, a: tuple[int, int], b: tuple[int, int]) -> Arrangement:
        """The plan with the people of places ``a`` and ``b`` (table, seat) exchanged; a person moved to
        an empty place leaves theirs empty."""
        first, second = self.at(*a), self.at(*b)
        moved: list[Seat] = []
        for seat in self.seats:
            if seat is first:
                moved.append(Seat(b[0], b[1], seat.participant_id))
            elif seat is second:
                moved.append(Seat(a[0], a[1], seat.participant_id))
            else:
                moved.append(seat)
        return Arrangement(self.layout, self.table_size, tuple(moved))


def proposed_arrangement(
    attendees: Sequence[Attendee], layout: Layout | str, *, table_size: int = DEFAULT_ROUND_TABLE_SIZE
) -> Arrangement:
    """``propose`` as an :class:`Arrangement` (a rectangular table has no fixed size: 0)."""
    kind = Layout(layout)
    size = table_size if kind is Layout.ROUND else 0
    return Arrangement(kind.value, size, tuple(propose(attendees, kind, table_size=table_size)))
