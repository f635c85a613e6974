"""The Solar Hijri half of Iranian and Afghan lines: pairing it with the others.

Lunar and Gregorian halves pair first (:mod:`.pairs`). A Solar Hijri half then joins the
pair it stands next to ("۷ مهر ۱۴۰۴ / ۰۶ ربیع الثانی ۱۴۴۷ / 2025 September 29"), or, with
no pair beside it, pairs with the lunar or Gregorian half next to it ("۱ فروردین ۱۴۰۳
برابر با ۲۰ مارس ۲۰۲۴"). "Next to" is what it is for the other pairs: only signs,
connectors, weekdays, era words and a few other words between.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from .halves import GREGORIAN, HIJRI, SOLAR, Half, overlaps
from .pairs import Pair, _gap_cost
from .tokens import Unit

__all__ = ["Line", "solar_lines"]

MAX_SOLAR_GAP = 3.0


class Line(NamedTuple):
    """The halves of one dateline: a lunar–Gregorian pair and the Solar Hijri half beside
    it, or a Solar Hijri half and the one other half beside it."""

    pair: Pair | None
    solar: Half | None
    other: Half | None = None  # with no pair: the lunar or Gregorian half beside the solar one

    @property
    def first(self) -> int:
        return min(h.first for h in self.halves)

    @property
    def last(self) -> int:
        return max(h.last for h in self.halves)

    @property
    def halves(self) -> tuple[Half, ...]:
        found = (self.pair.hijri, self.pair.gregorian) if self.pair else ()
        return found + tuple(h for h in (self.solar, self.other) if h is not None)


def _gap(units: Sequence[Unit], a: tuple[int, int], b: tuple[int, int]) -> float | None:
    """The gap cost between two unit ranges, whichever comes first."""
    (_, last_a), (first_b, _) = sorted((a, b))
    if first_b <= last_a:
        return None
    return _gap_cost(units, last_a + 1, first_b)


def _fits(solar: Half, other: Half) -> bool:
    """A Solar Hijri year and the other half's year can be one day's (or a slip of one)."""
    if solar.year is None or other.year is None:
        return True
    if other.calendar == GREGORIAN:
        return 620 <= other.year - solar.year <= 622
    return overlaps(other.year, solar.year + 621) or overlaps(other.year, solar.year + 622)


def solar_lines(units: Sequence[Unit], halves: Sequence[Half], pairs: Sequence[Pair]) -> list[Line]:
    """The datelines of ``pairs`` with their Solar Hijri halves, and the Solar Hijri
    halves paired with a lone lunar or Gregorian half, in text order."""
    solar = [h for h in halves if h.calendar == SOLAR and (h.month is not None or h.year_only)]
    if not solar:
        return [Line(pair, None) for pair in pairs]
    lines = [Line(pair, None) for pair in pairs]
    used = {i for pair in pairs for h in (pair.hijri, pair.gregorian) for i in range(h.first, h.last + 1)}
    loose = [
        h
        for h in halves
        if h.calendar in (HIJRI, GREGORIAN)
        and not h.bare
        and h.first not in used
        and (h.month or h.year_only)
    ]
    for half in solar:
        best: tuple[float, int] | None = None
        for index, line in enumerate(lines):
            if line.solar is not None or line.pair is None:
                continue
            inside = line.first < half.first and half.last < line.last  # "H / SH / G"
            cost = 0.0 if inside else _gap(units, (half.first, half.last), (line.first, line.last))
            fits = all(_fits(half, h) for h in line.halves)
            if cost is not None and cost <= MAX_SOLAR_GAP and fits and (best is None or cost < best[0]):
                best = (cost, index)
        if best is not None:
            lines[best[1]] = lines[best[1]]._replace(solar=half)
            continue
        partner: tuple[float, Half] | None = None
        for other in loose:
            cost = _gap(units, (half.first, half.last), (other.first, other.last))
            if (
                cost is not None
                and cost <= MAX_SOLAR_GAP
                and _fits(half, other)
                and (partner is None or cost < partner[0])
            ):
                partner = (cost, other)
        if partner is not None:
            loose.remove(partner[1])
            lines.append(Line(None, half, partner[1]))
    lines.sort(key=lambda line: line.first)
    return lines
