"""The Rumi calendar, the Ottoman fiscal one of 1840-1925 (datelines.calendars.rumi)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from datelines import check
from datelines.calendars.rumi import FIRST, LAST, gregorian_to_rumi, rumi_to_gregorian
from datelines.errors import DatelineError, InvalidDateError, OutOfRangeError


@pytest.mark.parametrize(
    ("rumi", "day"),
    [
        # Yeni Asya, "Rûmî takvim hatırlamaları" (2015): its first and last Julian days
        ((1256, 3, 1), date(1840, 3, 13)),
        ((1332, 2, 15), date(1917, 2, 28)),
        # the Gregorian Rumi days: 1 Mart 1333, and from 1334 years that begin in January
        ((1333, 3, 1), date(1917, 3, 1)),
        ((1334, 6, 25), date(1918, 6, 25)),  # "Rûmî 25 Haziran 1334, Mîlâdî 25 Haziran 1918"
        ((1331, 2, 19), date(1916, 3, 3)),  # "Rûmî 19 Şubat 1331, Mîlâdî 3 Mart 1916"
        ((1341, 12, 31), date(1925, 12, 31)),
    ],
)
def test_the_sources_days(rumi: tuple[int, int, int], day: date) -> None:
    assert rumi_to_gregorian(*rumi) == day
    assert gregorian_to_rumi(day) == rumi


@given(st.dates(FIRST, LAST))
def test_every_day_reads_back(day: date) -> None:
    assert rumi_to_gregorian(*gregorian_to_rumi(day)) == day


@pytest.mark.parametrize(
    ("rumi", "error"),
    [
        ((1332, 2, 16), InvalidDateError),  # skipped in 1917
        ((1333, 1, 10), InvalidDateError),  # 1333 began on 1 Mart
        ((1320, 2, 30), InvalidDateError),
        ((1255, 5, 1), OutOfRangeError),
        ((1342, 1, 1), OutOfRangeError),
    ],
)
def test_days_that_are_not(rumi: tuple[int, int, int], error: type[DatelineError]) -> None:
    with pytest.raises(error):
        rumi_to_gregorian(*rumi)


@pytest.mark.parametrize(
    "text",
    [
        # the calendar's first day, as a Turkish article gives it (a corpus line)
        "13 Mart 1840 Mîlâdî-Gregorien (1 Mart 1840) Mîlâdî-Julien) târih karşılığı olarak, 1 Mart 1256 (9 Muharrem 1256) târîhi ile başlamış",
        "15 Şaban 1326 / 29 Ağustos 1324",
        "15 Şaban 1326 / 29 Ağustos 1324 Rumi",
        "10 Muharram 1300 / 10 Teşrin-i sani 1298",
        "Takvim-i Vekayi, 3 Cemaziyelevvel 1339 - 12 Kanun-ı sani 1337",
    ],
)
def test_an_ottoman_line_of_hijri_and_rumi_dates_checks(text: str) -> None:
    verdict = check(text)
    assert verdict.ok, verdict.message
    assert verdict.findings[0].code == "rumi"
    assert (
        "is a date of the Rumi calendar, the Ottoman fiscal one of 1840-1925" in verdict.findings[0].message
    )


def test_a_wrong_rumi_date_is_measured_as_one() -> None:
    verdict = check("15 Şaban 1326 / 2 Ağustos 1324")  # 2 Ağustos 1324 is 15 August 1908
    assert not verdict.ok
    assert [f.code for f in verdict.findings][:2] == ["rumi", "disagree"]
    assert "(15 August 1908 is 17 Rajab 1326)" in verdict.message


def test_a_gregorian_date_of_its_time_is_not_read_as_rumi() -> None:
    verdict = check("15 Şaban 1326 / 11 Eylül 1908")
    assert verdict.ok
    assert all(f.code != "rumi" for f in verdict.findings)
