"""Travel times between sites: great-circle distance times a road factor at an average speed, unless
staff entered a figure for the pair (which then holds in both directions unless the reverse has its own).

Legs between consecutive items are derived here on demand and never stored.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from planner.domain.errors import ValidationError

if TYPE_CHECKING:
    import numpy as np

EARTH_RADIUS_KM = 6371.0088

Coords = tuple[float, float]


def haversine_km(a: Coords, b: Coords) -> float:
    """Great-circle distance in kilometres between two (latitude, longitude) points."""
    lat1, lon1, lat2, lon2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


@dataclass(frozen=True)
class TravelSettings:
    """How a visit estimates driving: average speed and how much longer roads are than a straight line."""

    speed_kmh: float = 40.0
    road_factor: float = 1.3

    def __post_init__(self) -> None:
        if not self.speed_kmh > 0:
            raise ValidationError(f"the average travel speed must be above 0 km/h (got {self.speed_kmh})")
        if not self.road_factor >= 1:
            raise ValidationError(f"the road factor must be at least 1 (got {self.road_factor})")

    def estimate_minutes(self, a: Coords, b: Coords) -> int:
        """Whole minutes to drive from a to b, rounded up (a planner that rounds down makes people late)."""
        hours = haversine_km(a, b) * self.road_factor / self.speed_kmh
        return math.ceil(round(hours * 60, 6))


@dataclass(frozen=True)
class Boarding:
    """Minutes people need to get out of and into the cars, added to every drive between two sites:
    ``minutes`` for everyone, ``extra_minutes`` more when more than ``above`` people move together
    (``above`` 0: never)."""

    minutes: int = 0
    extra_minutes: int = 0
    above: int = 0

    def __post_init__(self) -> None:
        if self.minutes < 0 or self.extra_minutes < 0 or self.above < 0:
            raise ValidationError("boarding minutes and the group size are 0 or more")

    def allowance(self, people: int) -> int:
        """Minutes to board for a party of ``people``."""
        return self.minutes + (self.extra_minutes if self.above and people > self.above else 0)

    @property
    def most(self) -> int:
        """The largest allowance for any party."""
        return self.minutes + (self.extra_minutes if self.above else 0)


class TravelTimes:
    """Minutes between sites of one visit: overrides first, then the estimate from coordinates.

    ``minutes`` returns None when a site has no coordinates and no override says otherwise; the rules
    then cannot judge the leg and skip it, and the planner counts it as 0.
    """

    def __init__(
        self,
        coords: Mapping[int, Coords | None],
        overrides: Mapping[tuple[int, int], int] | None = None,
        settings: TravelSettings | None = None,
        boarding: Boarding | None = None,
    ) -> None:
        self.coords = dict(coords)
        self.overrides = dict(overrides or {})
        self.settings = settings or TravelSettings()
        self.boarding = boarding or Boarding()
        self._cache: dict[tuple[int, int], int | None] = {}

    def minutes(self, a: int, b: int) -> int | None:
        """Driving minutes from site ``a`` to site ``b`` (0 for the same site)."""
        if a == b:
            return 0
        key = (a, b)
        if key in self._cache:
            return self._cache[key]
        value = self.overrides.get(key)
        if value is None:
            value = self.overrides.get((b, a))
        if value is None:
            ca, cb = self.coords.get(a), self.coords.get(b)
            value = None if ca is None or cb is None else self.settings.estimate_minutes(ca, cb)
        self._cache[key] = value
        return value

    def transfer(self, a: int | None, b: int | None, people: int) -> int | None:
        """Minutes a party of ``people`` needs from site ``a`` to site ``b``: the drive plus the boarding
        allowance between two different sites (0 for the same site or an unknown place, None when the
        drive is not known). The planner and the check both hold transfers to this."""
        if a is None or b is None or a == b:
            return 0
        drive = self.minutes(a, b)
        return None if drive is None else drive + self.boarding.allowance(people)

    def upper_bounds(self, sites: np.ndarray, a: np.ndarray, b: np.ndarray) -> np.ndarray:
        """Minutes that ``minutes(sites[a], sites[b])`` never exceeds, for index arrays ``a`` and ``b``
        into the site ids ``sites``; inf where only ``minutes`` can tell.

        A filter for the checker: numpy's trigonometry may differ from ``math`` in the last bit, which
        can move a rounded-up estimate by one minute, so one minute is added; pairs with a staff
        figure or without coordinates get inf, so the caller asks ``minutes`` for them.
        """
        import numpy as np

        points = [self.coords.get(site) for site in sites.tolist()]
        lat = np.radians(np.array([np.nan if p is None else p[0] for p in points], dtype=float))
        lon = np.radians(np.array([np.nan if p is None else p[1] for p in points], dtype=float))
        size = len(sites)
        if size * size <= 4 * len(a):
            # fewer site pairs than legs: work out every pair once, then look the legs up
            bound = self._bounds(lat[:, None], lon[:, None], lat[None, :], lon[None, :])[a, b]
        else:
            bound = self._bounds(lat[a], lon[a], lat[b], lon[b])
        if self.overrides:
            index = {site: n for n, site in enumerate(sites.tolist())}
            known = [(index[x], index[y]) for x, y in self.overrides if x in index and y in index and x != y]
            if known:
                pairs = np.array(known, dtype=np.int64)
                codes = np.concatenate([pairs[:, 0] * size + pairs[:, 1], pairs[:, 1] * size + pairs[:, 0]])
                bound[np.isin(a * size + b, codes)] = np.inf
        bound[a == b] = 0
        return bound

    def _bounds(self, lat1: np.ndarray, lon1: np.ndarray, lat2: np.ndarray, lon2: np.ndarray) -> np.ndarray:
        import numpy as np

        h = np.sin((lat2 - lat1) / 2) ** 2 + np.cos(lat1) * np.cos(lat2) * np.sin((lon2 - lon1) / 2) ** 2
        km = 2 * EARTH_RADIUS_KM * np.arcsin(np.minimum(1.0, np.sqrt(h)))
        bound = np.ceil(km * (self.settings.road_factor / self.settings.speed_kmh * 60)) + 1
        bound[np.isnan(bound)] = np.inf
        return bound

    def matrix(self, site_ids: Sequence[int], unknown: int = 0) -> list[list[int]]:
        """Square matrix of minutes between ``site_ids`` in that order (``unknown`` where not known)."""
        rows = []
        for a in site_ids:
            row = []
            for b in site_ids:
                value = self.minutes(a, b)
                row.append(unknown if value is None else value)
            rows.append(row)
        return rows


@dataclass(frozen=True)
class Leg:
    """The drive between two consecutive items of one person or vehicle.

    A vehicle's first drive of a day has no ``from_item`` (nor ``from_site``): it starts from wherever
    the car spent the night. ``departs_at`` and ``passengers`` (participant ids) are set for a vehicle's
    legs, see :func:`planner.scheduling.transport_legs.vehicle_legs`.
    """

    from_item: int | None
    to_item: int
    from_site: int | None
    to_site: int | None
    minutes: int | None
    gap_minutes: int
    departs_at: datetime | None = None
    passengers: tuple[int, ...] = ()

    @property
    def short_by(self) -> int:
        """Minutes missing for the drive (0 when the gap is long enough or the time is unknown)."""
        return 0 if self.minutes is None else max(0, self.minutes - self.gap_minutes)


def derive_legs(items: Iterable[tuple[int, int, int, int | None]], travel: TravelTimes) -> list[Leg]:
    """Legs between consecutive items (id, start, end in epoch seconds, site) of one person or vehicle.

    Items without a site are skipped: where the person is during them is not known.
    """
    ordered = sorted(items, key=lambda it: (it[1], it[2], it[0]))
    legs: list[Leg] = []
    previous: tuple[int, int, int, int | None] | None = None
    for item in ordered:
        if item[3] is None:
            continue
        if previous is not None and previous[3] is not None and previous[3] != item[3]:
            legs.append(
                Leg(
                    previous[0],
                    item[0],
                    previous[3],
                    item[3],
                    travel.minutes(previous[3], item[3]),
                    (item[1] - previous[2]) // 60,
                )
            )
        previous = item
    return legs
