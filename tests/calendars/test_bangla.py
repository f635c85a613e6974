"""Bangladesh's Bengali calendar against independent sources: the 1987 rule against the npm
package date-bengali-revised (tests/data/bangla-1987-npm.tsv, made by
scripts/bangla_1987.cjs), the 2019 revision against the national days its circular fixed
(bdnews24, 16 October 2019), and the laws every calendar keeps."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

import support
from datelines import (
    CalendarError,
    HijriDate,
    InvalidDateError,
    OutOfRangeError,
    get_calendar,
    to_gregorian,
    to_hijri,
)
from datelines.calendars.bangla import BANGLA, BANGLA_1987, REVISED_FROM


def _npm() -> dict[int, tuple[date, list[int]]]:
    rows = (support.DATA / "bangla-1987-npm.tsv").read_text(encoding="utf-8").splitlines()
    return {
        int(parts[0]): (date.fromisoformat(parts[1]), [int(n) for n in parts[2:]])
        for row in rows
        if not row.startswith("#")
        for parts in (row.split("\t"),)
    }


NPM = _npm()


def test_the_1987_rule_matches_date_bengali_revised_every_year() -> None:
    assert len(NPM) == 113  # 1394-1506 BS
    for year, (first, lengths) in NPM.items():
        assert BANGLA_1987.first_day(year, 1) == first, year
        assert [BANGLA_1987.month_length(year, m) for m in range(1, 13)] == lengths, year


def test_the_official_calendar_kept_the_1987_rule_until_1425() -> None:
    for year in range(1394, REVISED_FROM):
        first, lengths = NPM[year]
        assert BANGLA.first_day(year, 1) == first
        assert [BANGLA.month_length(year, m) for m in range(1, 13)] == lengths


@pytest.mark.parametrize("year", range(REVISED_FROM, REVISED_FROM + 100))
def test_the_national_days_keep_their_bengali_dates_from_1426(year: int) -> None:
    # The circular's promise: for the next hundred years, 21 February is 8 Falgun, 26 March
    # 12 Chaitra, 16 December 1 Poush, 14 April 1 Boishakh, 8 May 25 Boishakh, 25 May 11
    # Jyoishtho (bdnews24, 16 October 2019).
    g = year + 593
    assert to_hijri(date(g, 4, 14), calendar="bangla") == HijriDate(year, 1, 1)
    assert to_hijri(date(g, 5, 8), calendar="bangla") == HijriDate(year, 1, 25)
    assert to_hijri(date(g, 5, 25), calendar="bangla") == HijriDate(year, 2, 11)
    assert to_hijri(date(g, 12, 16), calendar="bangla") == HijriDate(year, 9, 1)
    assert to_hijri(date(g + 1, 2, 21), calendar="bangla") == HijriDate(year, 11, 8)
    assert to_hijri(date(g + 1, 3, 26), calendar="bangla") == HijriDate(year, 12, 12)


def test_the_change_of_16_october_2019() -> None:
    # "The change has made Ashwin a 31-day month, which means Kartik will start on Thursday";
    # "Some newspapers ... published Wednesday's issues with the Bangla date as Kartik 1."
    assert BANGLA.to_hijri(date(2019, 10, 16)) == HijriDate(1426, 6, 31)
    assert BANGLA.to_hijri(date(2019, 10, 17)) == HijriDate(1426, 7, 1)
    assert date(2019, 10, 17).weekday() == 3  # Thursday
    assert BANGLA_1987.to_hijri(date(2019, 10, 16)) == HijriDate(1426, 7, 1)
    # "In the old Bangla calendar, Feb 21 fell on Falgun 9 earlier this year."
    assert BANGLA.to_hijri(date(2019, 2, 21)) == HijriDate(1425, 11, 9)


def test_the_two_rules_part_only_from_ashwin_31_to_the_end_of_falgun() -> None:
    # There the 1987 rule's date is the revised calendar's date of the day after (its Ashwin
    # has 30 days), but on the 1987 rule's extra last day of Falgun.
    for year in range(REVISED_FROM, REVISED_FROM + 50):
        start = BANGLA.first_day(year, 1)
        for offset in range(BANGLA.year_length(year)):
            day = start + timedelta(days=offset)
            new, old = BANGLA.to_hijri(day), BANGLA_1987.to_hijri(day)
            if (new.month, new.day) >= (6, 31) and new.month <= 11:
                last_of_falgun = old.month == 11 and old.day == BANGLA_1987.month_length(year, 11)
                assert last_of_falgun or BANGLA.to_gregorian(old) == day + timedelta(days=1), day
            else:
                assert old == new, day


def test_month_lengths_of_the_revised_calendar() -> None:
    assert [BANGLA.month_length(1430, m) for m in range(1, 13)] == [31] * 6 + [30] * 4 + [30, 30]
    assert [BANGLA.month_length(1431, m) for m in range(1, 13)] == [31] * 6 + [30] * 4 + [29, 30]
    assert BANGLA.is_leap(1430)
    assert not BANGLA.is_leap(1431)
    assert BANGLA.year_length(1506) == 365  # Falgun 1506 is February 2100, not a leap month


def test_names_and_errors() -> None:
    assert get_calendar("Bengali") is BANGLA
    assert get_calendar("bangabda") is BANGLA
    assert get_calendar("bangla-1987") is BANGLA_1987
    with pytest.raises(InvalidDateError, match="Falgun 1431 has 29 days in bangla"):
        to_gregorian(HijriDate(1431, 11, 30), calendar="bangla")
    with pytest.raises(OutOfRangeError, match="year 1379 BS is outside the bangla calendar"):
        BANGLA.first_day(1379, 7)
    with pytest.raises(OutOfRangeError, match="traditional Bengali calendar before 1394 BS"):
        BANGLA.to_hijri(date(1972, 11, 4))
    with pytest.raises(CalendarError, match="Bengali: bangla, bangla-1987"):
        get_calendar("bangla-2019")


@given(st.dates(min_value=date(1987, 4, 14), max_value=date(9999, 4, 13)))
def test_every_day_round_trips(day: date) -> None:
    for cal in (BANGLA, BANGLA_1987):
        bangla = cal.to_hijri(day)
        assert cal.to_gregorian(bangla) == day
        assert 1 <= bangla.day <= cal.month_length(bangla.year, bangla.month)
        assert cal.first_day(bangla.year, 1) == date(bangla.year + 593, 4, 14)


@given(st.integers(min_value=1394, max_value=9405))
def test_months_fill_the_year_from_14_april_to_14_april(year: int) -> None:
    for cal in (BANGLA, BANGLA_1987):
        lengths = [cal.month_length(year, m) for m in range(1, 13)]
        assert sum(lengths) == (date(year + 594, 4, 14) - date(year + 593, 4, 14)).days
        assert set(lengths) <= {29, 30, 31}
