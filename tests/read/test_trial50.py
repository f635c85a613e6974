"""What stop 50's new-user trial found in reading (issue #15)."""

from __future__ import annotations

import pytest

from datelines import extract, parse


def test_a_pashto_ordinal_written_apart_after_a_month_is_not_may() -> None:
    """ "د لیندۍ ۱۵ مه" is the 15th of Lindai; it was read as 15 May, a Gregorian half made up."""
    line = parse("کابل - د ۱۴۰۵ لمریز کال د لیندۍ ۱۵ مه")
    assert line.gregorian is None
    assert line.solar_hijri is not None
    assert (line.solar_hijri.year, line.solar_hijri.month, line.solar_hijri.day) == (1405, 9, 15)
    may = parse("پنجشنبه ، 13 مه 2021")  # Persian's May, after a number with no month before it
    assert may.gregorian is not None
    assert (may.gregorian.month, may.gregorian.day) == (5, 13)


@pytest.mark.parametrize(
    ("spelling", "month"),
    [("ډسمبر", 12), ("ډېسمبر", 12), ("ډيسمبر", 12), ("اګسټ", 8), ("سپټمبر", 9), ("اکټوبر", 10)],
)
def test_pashto_gregorian_months(spelling: str, month: int) -> None:
    """ "ډسمبر" was unread: a Kabul line's Gregorian half was dropped without a word."""
    line = parse(f"کابل، ۱۵ قوس ۱۴۰۵ / ۲۶ جمادی الاخر ۱۴۴۸ / ۶ {spelling} ۲۰۲۶")
    assert line.gregorian is not None
    assert (line.gregorian.year, line.gregorian.month, line.gregorian.day) == (2026, month, 6)


def test_a_noun_of_the_date_after_a_dateline_is_no_agency() -> None:
    """Pashto "نېټه" (date) after the day was taken for the agency; " واس" still is one."""
    assert parse("کابل، د ۱۴۰۵ لمریز کال د لیندۍ ۱۵مه نېټه").agency is None
    assert parse("الرياض 12 رمضان 1445 هـ الموافق 22 مارس 2024م واس").agency == "واس"


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("الرباط في 11 جمادى الثانية 1447 (2 دجنبر 2025)", "11 جمادى الثانية 1447 (2 دجنبر 2025)"),
        ("Pada 1 Syawal 1446 H (31 Maret 2025) lorem ipsum", "1 Syawal 1446 H (31 Maret 2025)"),
        ("x (1 Syawal 1446 H / 31 Maret 2025) y", "1 Syawal 1446 H / 31 Maret 2025"),
    ],
)
def test_extract_closes_the_bracket_a_dateline_opened(text: str, quoted: str) -> None:
    """extract quoted "11 جمادى الثانية 1447 (2 دجنبر 2025", a bracket cut in half."""
    [line] = extract(text)
    assert line.text == quoted
    assert text[slice(*line.span)] == quoted
