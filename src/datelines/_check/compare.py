"""Comparing two halves: the days each (partial) half can mean, as spans of day numbers,
and whether, and how far apart, they overlap.

Days are proleptic Gregorian ordinals (``date.toordinal()``). The western half may be read
in the Julian calendar (``julian``), for sources from before the Gregorian reform.
"""

from __future__ import annotations

from bisect import bisect_left
from calendar import monthrange
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date

from ..calendars import Calendar
from ..calendars.julian import julian_month_length, julian_to_ordinal
from ..dateline import DatePart
from ..errors import DatelineError

__all__ = ["YEARLESS_WINDOW", "Comparison", "compare", "hijri_spans", "western_day", "western_month_length"]

# A search over both calendars, when neither half states a year, stays in this window.
YEARLESS_WINDOW = (date(1800, 1, 1).toordinal(), date(2200, 12, 31).toordinal())

Span = tuple[int, int, int]  # first and last ordinal, and the year of the half it came from


@dataclass(frozen=True, slots=True)
class Comparison:
    """How two halves compare: whether they share a day (``None``: they cannot be
    compared, a half being out of the calendar's range), the signed gap in days between the
    nearest days they can mean, and the years of each half where they agree."""

    agrees: bool | None
    difference: int | None
    gregorian_years: tuple[int, ...] = ()
    hijri_years: tuple[int, ...] = ()


def western_month_length(year: int | None, month: int, julian: bool = False) -> int:
    """Days in a western month; February has 29 when the year is unknown."""
    known = year if year is not None and 1 <= year <= 9999 else 2000
    return julian_month_length(known, month) if julian else monthrange(known, month)[1]


def western_day(part: DatePart, julian: bool = False) -> int | None:
    """The ordinal of a whole western half, if the day exists (in Julian reckoning, with
    ``julian``); a day past the month's end counts on, so a slip of a day is measured."""
    assert part.year is not None
    assert part.month is not None
    assert part.day is not None
    if not (1 <= part.year <= 9999 and 1 <= part.month <= 12 and 1 <= part.day <= 31):
        return None
    ordinal = (
        julian_to_ordinal(part.year, part.month, part.day)
        if julian
        else date(part.year, part.month, 1).toordinal() + part.day - 1
    )
    return ordinal if 1 <= ordinal <= date.max.toordinal() else None


def _hijri_month(cal: Calendar, year: int, month: int) -> tuple[int, int] | None:
    """The first and last ordinal of a Hijri month, clipped to the calendar's range."""
    if year not in cal.years:
        return None
    try:
        first = cal.first_day(year, month).toordinal()
    except DatelineError:
        return None
    return first, min(first + cal.month_length(year, month) - 1, cal.last_gregorian.toordinal())


def _hijri_day(part: DatePart, cal: Calendar) -> int | None:
    """The ordinal of a whole Hijri half; a day past the month's end (30 Safar in a 29-day
    Safar) counts on into the next month, so a slip of one day is still measured."""
    assert part.year is not None
    assert part.month is not None
    assert part.day is not None
    if not (1 <= part.month <= 12 and 1 <= part.day <= 31):
        return None
    bounds = _hijri_month(cal, part.year, part.month)
    if bounds is None:
        return None
    ordinal = bounds[0] + part.day - 1
    return ordinal if ordinal <= cal.last_gregorian.toordinal() else None


def _western_spans(part: DatePart, lo: int, hi: int, julian: bool) -> list[Span]:
    def month(year: int, number: int) -> tuple[int, int] | None:
        if not 1 <= year <= 9999:
            return None
        first = julian_to_ordinal(year, number, 1) if julian else date(year, number, 1).toordinal()
        return first, first + western_month_length(year, number, julian) - 1

    years = (
        [part.year]
        if part.year is not None
        else range(date.fromordinal(lo).year, date.fromordinal(hi).year + 1)
    )
    return _spans(part, years, month, lo, hi)


def hijri_spans(part: DatePart, cal: Calendar, lo: int, hi: int) -> list[Span]:
    """The days a Hijri half can mean between ordinals ``lo`` and ``hi``."""
    if part.year is not None:
        years: range | list[int] = [part.year]
    else:
        years = range(cal.ymd(date.fromordinal(lo))[0], cal.ymd(date.fromordinal(hi))[0] + 1)
    return _spans(part, years, lambda year, number: _hijri_month(cal, year, number), lo, hi)


def _spans(
    part: DatePart,
    years: Iterable[int],
    month: Callable[[int, int], tuple[int, int] | None],
    lo: int,
    hi: int,
) -> list[Span]:
    """The days ``part`` can mean in ``years``, from the first and last day of each month."""
    spans = []
    for year in years:
        for number in [part.month] if part.month is not None else range(1, 13):
            bounds = month(year, number) if 1 <= number <= 12 else None
            if bounds is None:
                continue
            first, last = bounds
            if part.day is not None:
                if not 1 <= part.day <= last - first + 1:
                    continue
                first = last = first + part.day - 1
            elif part.month is None:
                if number > 1:
                    continue
                december = month(year, 12)
                last = december[1] if december is not None else last  # the whole year
            if last >= lo and first <= hi:
                spans.append((max(first, lo), min(last, hi), year))
    return spans


def compare(hijri: DatePart, gregorian: DatePart, cal: Calendar, julian: bool = False) -> Comparison:
    """How ``hijri`` and ``gregorian`` compare in ``cal``."""
    lo, hi = cal.first_gregorian.toordinal(), cal.last_gregorian.toordinal()
    if hijri.complete and gregorian.complete:
        h, g = _hijri_day(hijri, cal), western_day(gregorian, julian)
        if h is None or g is None or not lo <= g <= hi:
            return Comparison(None, None)
        assert hijri.year is not None
        assert gregorian.year is not None
        return Comparison(h == g, h - g, (gregorian.year,), (hijri.year,))
    if hijri.year is not None:
        hspans = hijri_spans(hijri, cal, lo, hi)
        if not hspans:
            return Comparison(None, None)
        around = (max(lo, hspans[0][0] - 400), min(hi, hspans[-1][1] + 400))
        gspans = _western_spans(gregorian, *(around if gregorian.year is None else (lo, hi)), julian)
    elif gregorian.year is not None:
        gspans = _western_spans(gregorian, lo, hi, julian)
        if not gspans:
            return Comparison(None, None)
        hspans = hijri_spans(hijri, cal, max(lo, gspans[0][0] - 400), min(hi, gspans[-1][1] + 400))
    else:
        window = (max(lo, YEARLESS_WINDOW[0]), min(hi, YEARLESS_WINDOW[1]))
        if window[0] > window[1]:
            return Comparison(None, None)
        gspans, hspans = _western_spans(gregorian, *window, julian), hijri_spans(hijri, cal, *window)
    if not gspans or not hspans:
        return Comparison(None, None)
    return _overlap(gspans, hspans)


def _overlap(gspans: list[Span], hspans: list[Span]) -> Comparison:
    gspans.sort()
    hspans.sort()
    starts = [span[0] for span in hspans]
    gyears: set[int] = set()
    hyears: set[int] = set()
    best: int | None = None
    for gfirst, glast, gyear in gspans:
        index = bisect_left(starts, gfirst)
        # Spans do not nest within one half, so the neighbours of the insertion point (and
        # the spans that start inside this one) are the only candidates.
        for hfirst, hlast, hyear in hspans[max(0, index - 1) :]:
            if hfirst > glast:
                gap = hfirst - glast
                best = gap if best is None or abs(gap) < abs(best) else best
                break
            if hlast < gfirst:
                gap = hlast - gfirst
                best = gap if best is None or abs(gap) < abs(best) else best
                continue
            gyears.add(gyear)
            hyears.add(hyear)
    if gyears:
        return Comparison(True, 0, tuple(sorted(gyears)), tuple(sorted(hyears)))
    return Comparison(False, best)


def valid_hijri(part: DatePart, cal: Calendar) -> bool:
    """Whether a whole Hijri half is a day of ``cal``."""
    assert part.year is not None
    assert part.month is not None
    assert part.day is not None
    return (
        part.year in cal.years
        and 1 <= part.month <= 12
        and 1 <= part.day <= cal.month_length(part.year, part.month)
    )
