"""Hypothesis strategies for testing code that handles Hijri dates.

Install with the extra: ``pip install 'datelines[hypothesis]'``.

>>> from hypothesis import given
>>> from datelines import get_calendar
>>> from datelines.strategies import hijri_dates
>>> @given(hijri_dates(calendar="umalqura"))
... def test_round_trip(h):
...     cal = get_calendar("umalqura")
...     assert cal.to_hijri(cal.to_gregorian(h)) == h
>>> test_round_trip()
"""

from __future__ import annotations

from datetime import date

from hypothesis import strategies as st

from .calendars import Calendar, get_calendar
from .hijri import HijriDate

__all__ = ["gregorian_dates", "hijri_dates"]


def gregorian_dates(calendar: str | Calendar = "umalqura") -> st.SearchStrategy[date]:
    """Gregorian dates within the range ``calendar`` converts, edges included."""
    cal = get_calendar(calendar)
    first, last = cal.first_gregorian.toordinal(), cal.last_gregorian.toordinal()
    return st.integers(first, last).map(date.fromordinal)


def hijri_dates(calendar: str | Calendar = "umalqura") -> st.SearchStrategy[HijriDate]:
    """Hijri dates that exist in ``calendar`` (its own month lengths, edges included)."""
    cal = get_calendar(calendar)

    def days(year_month: tuple[int, int]) -> st.SearchStrategy[HijriDate]:
        year, month = year_month
        return st.builds(
            HijriDate, st.just(year), st.just(month), st.integers(1, cal.month_length(year, month))
        )

    months = st.tuples(st.integers(cal.years.start, cal.years.stop - 1), st.integers(1, 12))
    edges = st.sampled_from([cal.first, cal.last])
    return st.one_of(edges, months.flatmap(days).filter(cal.is_valid))
