"""Review 63c's leftovers that stop 64 took: a year before 1300 with its short era mark first
and the other calendar's year beside it ("30 September 1786 (A.H. 1200)", read by parse and
not found by extract), and a date in figures in brackets after a year ("1 Farvardin 1404
(2025-03-21)"). Both are found with and without the prefilter's automata."""

from __future__ import annotations

import pytest

from datelines import extract, parse
from datelines._read.extract import _digit_windows


@pytest.mark.parametrize(
    "text",
    [
        "The treaty was signed on 30 September 1786 (A.H. 1200) at the court.",
        "A.H. 1200 (1786)",
        "AH 1200 / AD 1786",
        "1 Farvardin 1404 (2025-03-21)",
        "Farvardin 1, 1404 (2025-03-21)",
        "1 Farvardin 1404 (21/03/2025)",
        "۱ فروردین ۱۴۰۴ (2025-03-21)",
        "12 Rajab 1445 (2024-01-24)",
        "12 Rajab 1445 [24.01.2024]",
        # (an abbreviation's stop, or a day and a comma, before the other year: review 64b)
        "A.D. 1786 (A.H. 1200)",
        "30 Sept. 1786 (A.H. 1200)",
        "Sept. 30, 1786 (A.H. 1200)",
        # (a Solar year a year off its bracketed date: found, for the checker to report, and
        # a dashed date of the month named after it keeps its day: review 64c)
        "10 Dey 1403 (2026-12-30)",
        "10 Dey 1403 (30/12/2026)",
        "1403-03-31 Khordad 1403 - 2024-06-20",
        "1445-12-08 Dhul Hijjah 1445 / 14 June 2024",
        # (stops spaced or the last left off, a comma after the month's stop, the date's
        # brackets square: review 64c's leftovers, stop 65)
        "It was signed in A. D. 1786 (A. H. 1200) at the fort.",
        "It was signed in A.D 1786 (A.H 1200) at the fort.",
        "It was signed on 30 Sept., 1786 (A.H. 1200) at the fort.",
        "10 Dey 1403 [2024-12-30]",
        "The order is dated 10 Dey 1403 [30/12/2024] in the file.",
    ],
)
def test_found_as_parse_reads_it(text: str) -> None:
    line = parse(text)
    found = list(extract(text))
    assert [d.span for d in found] == [line.span]
    assert list(_digit_windows(text)) == list(_digit_windows(text, prefilter=False))


@pytest.mark.parametrize(
    "text",
    [
        "He wrote AH 1200 in the margin",
        "in 1207 (H.1204) x",
        "Published 1445 (2024-01-24)",
        "Tir 1500 (1941-05-12), ",  # a bracketed date of another year than the Solar one's (review 64b)
        "Martyna 2024, 12 Rajab 1445 H",  # a name, no Turkmen March (review 64b)
        "No. 1207 (H.604) x",
        "A.D. 1786 (A.H. 1250)",  # the years fifty apart (review 64c)
        "A. D. 1786 (A. H. 1250)",
        "Mr. Smith 1786 (A.H. 1200) x",  # an abbreviation, no date word
    ],
)
def test_no_dateline_where_none_is(text: str) -> None:
    assert list(extract(text)) == []


@pytest.mark.parametrize("joint", [" ", ". ", "\n", "; "])
def test_two_solar_lines_close_together(joint: str) -> None:
    """Review 63c's M3: the ISO date's day was taken as the next Solar month's ("21 Khordad"),
    and both lines were lost."""
    line = "Khordad 31, 1404 - 2025-06-21"
    found = list(extract(line + joint + line))
    assert [d.text for d in found] == [line, line]
    assert all(d.solar_hijri is not None and d.solar_hijri.day == 31 for d in found)


def test_a_range_of_days_keeps_its_last_day() -> None:
    assert parse("8-10 Dhul Hijjah 1445 / 14-16 June 2024").hijri is not None
    line = parse("2024-06-14 10 Dhul Hijjah 1445")
    assert line.hijri is not None
    assert line.hijri.day == 10


def test_a_volume_s_roman_numeral_is_no_month() -> None:
    """Review 63c's M4: "vol. 2.III.2020" is a volume's number, no 2 March 2020."""
    assert list(extract("See vol. 2.III.2020, Rajab 1445 AH for details.")) == []
    assert [d.text for d in extract("11 Dhu al-Qadah 1204 (23.VII.1790)")] == [
        "11 Dhu al-Qadah 1204 (23.VII.1790)"
    ]


def test_a_solar_year_s_bracketed_figures_of_another_year_are_cheap() -> None:
    """Review 64b: each "Tir 1500 (1941-05-12)" opened a window, and a page of them merged
    into one read at 40 s a MB; only a bracketed date of the Solar year's Gregorian years
    (its number + 621 or 622) opens one."""
    import time

    text = "Tir 1500 (1941-05-12), " * 2000
    began = time.process_time()
    assert list(extract(text)) == []
    assert time.process_time() - began < 0.5


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("1403-03-31 Khordad 1403 - 2024-06-20", 31),
        ("۱۴۰۳-۰۳-۳۱ خرداد ۱۴۰۳ / 2024-06-20", 31),
        ("1445-12-08 Dhul Hijjah 1445 / 14 June 2024", 8),
    ],
)
def test_a_dashed_date_of_the_month_named_keeps_its_day(text: str, day: int) -> None:
    (line,) = extract(text)
    part = line.solar_hijri or line.hijri
    assert part is not None
    assert part.day == day
