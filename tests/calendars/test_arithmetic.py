"""Hijri date arithmetic: days and months added in a calendar's own days (a trial: an HR
system computed contract ends and ages from month lengths by hand)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from datelines import HijriDate, OutOfRangeError, get_calendar
from datelines.strategies import hijri_dates

CALENDARS = ("umalqura", "civil", "ID", "MA")


@pytest.mark.parametrize("name", CALENDARS)
@given(data=st.data(), days=st.integers(-4000, 4000))
def test_days_added_are_the_gregorian_days_added(name: str, data: st.DataObject, days: int) -> None:
    cal = get_calendar(name)
    start = data.draw(hijri_dates(calendar=cal))
    try:
        later = cal.add_days(start, days)
    except OutOfRangeError:
        assume(False)
        return
    assert cal.to_gregorian(later) == cal.to_gregorian(start) + timedelta(days=days)
    assert cal.add_days(later, -days) == start
    assert cal.days_between(start, later) == days


@pytest.mark.parametrize("name", CALENDARS)
@given(data=st.data(), months=st.integers(-240, 240))
def test_months_added_keep_the_day_or_the_months_last(name: str, data: st.DataObject, months: int) -> None:
    cal = get_calendar(name)
    start = data.draw(hijri_dates(calendar=cal))
    try:
        later = cal.add_months(start, months)
    except OutOfRangeError:
        assume(False)
        return
    count = start.year * 12 + start.month - 1 + months
    assert (later.year, later.month) == (count // 12, count % 12 + 1)
    assert later.day == min(start.day, cal.month_length(later.year, later.month))
    assert cal.is_valid(later)
    if later.day == start.day:  # (no day cut to a shorter month: the printed table has 28-day months)
        assert cal.add_months(later, -months) == start


def test_a_contract_of_twelve_months() -> None:
    umalqura = get_calendar("umalqura")
    assert umalqura.add_months(HijriDate(1446, 9, 1), 12) == HijriDate(1447, 9, 1)
    assert umalqura.add_months(HijriDate(1446, 7, 30), 1) == HijriDate(1446, 8, 29)
    assert umalqura.days_between(HijriDate(1446, 9, 1), HijriDate(1447, 9, 1)) == 354
    with pytest.raises(TypeError):
        umalqura.add_days(HijriDate(1446, 9, 1), 1.5)  # type: ignore[arg-type]
    with pytest.raises(OutOfRangeError):
        umalqura.add_months(HijriDate(1500, 12, 1), 1)
