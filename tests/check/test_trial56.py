"""Trial 56 (a Dhaka data desk, an Istanbul historian): what they found, kept right."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from datelines import check, extract, parse
from datelines.calendars import get_calendar

_BENGALI_DIGITS = str.maketrans("0123456789", "০১২৩৪৫৬৭৮৯")
_BENGALI_GREGORIAN = (
    "জানুয়ারি", "ফেব্রুয়ারি", "মার্চ", "এপ্রিল", "মে", "জুন", "জুলাই", "আগস্ট", "সেপ্টেম্বর", "অক্টোবর", "নভেম্বর", "ডিসেম্বর",
)  # fmt: skip
_BENGALI_MONTHS = (
    "বৈশাখ", "জ্যৈষ্ঠ", "আষাঢ়", "শ্রাবণ", "ভাদ্র", "আশ্বিন", "কার্তিক", "অগ্রহায়ণ", "পৌষ", "মাঘ", "ফাল্গুন", "চৈত্র",
)  # fmt: skip


def _line(day: date, slip: int) -> str:
    bangla = get_calendar("bangla").to_hijri(day)
    text = (
        f"ঢাকা, {day.day} {_BENGALI_GREGORIAN[day.month - 1]} {day.year}, "
        f"{bangla.day} {_BENGALI_MONTHS[bangla.month - 1]} {bangla.year + slip} বঙ্গাব্দ"
    )
    return text.translate(_BENGALI_DIGITS)


def test_a_bengali_year_not_turned_with_the_gregorian_one_is_read_and_told() -> None:
    # 20 January 2026 is 6 Magh 1432: a desk that has not turned the Bengali year writes 1431
    line = "ঢাকা, মঙ্গলবার ২০ জানুয়ারি ২০২৬, ৬ মাঘ ১৪৩১ বঙ্গাব্দ"
    found = list(extract(line))
    assert len(found) == 1
    assert found[0].bangla is not None
    assert found[0].bangla.year == 1431
    verdict = check(parse(line), authority="BD")
    assert not verdict.ok
    assert "its year should be 1432, not 1431" in verdict.findings[0].message


@given(
    day=st.dates(min_value=date(1990, 1, 1), max_value=date(2040, 12, 31)),
    slip=st.sampled_from([-1, 0, 1]),
)
def test_law_a_bengali_year_a_year_off_either_way_is_caught(day: date, slip: int) -> None:
    line = _line(day, slip)
    found = list(extract(line))
    assert len(found) == 1
    assert found[0].bangla is not None
    assert check(found[0], authority="BD").ok == (slip == 0)


@pytest.mark.parametrize(
    ("text", "gregorian"),
    [
        # Ottoman script without the article, as the German Wikipedia's table gives the names
        ("٢٣ كانون اول ١٣٢٢", "1907-01-05"),
        ("٢٣ كانون ثانى ١٣٢٢", "1907-02-05"),
        ("٢٣ كانون ثاني ١٣٢٢", "1907-02-05"),
        ("٥ تشرين ثانى ١٣٢٤", "1908-11-18"),
        ("٥ تشرين اول ١٣٢٤", "1908-10-18"),
    ],
)
def test_ottoman_script_rumi_months(text: str, gregorian: str) -> None:
    from datelines.records import convert_record

    assert convert_record(text, get_calendar("civil"), source="rumi")["gregorian"] == gregorian
    # and read in a line beside its Hijri date, not lost
    line = parse(f"1 Muharrem 1326 / {text}")
    assert line.gregorian is not None
    assert line.gregorian.calendar == "rumi"
    assert line.gregorian.text == text


def test_a_fiscal_date_before_the_reform_of_1840_is_not_measured_as_a_gregorian_one() -> None:
    # the Tanzimat edict: 26 Şaban 1255, 22 Teşrinievvel 1255 (fiscal), 3 November 1839; the
    # check had said "213307 days ahead", reading the fiscal year as the Gregorian 1255
    line = parse("26 Şaban 1255 / 22 Teşrinievvel 1255")
    assert line.gregorian is not None
    assert line.gregorian.calendar == "rumi"
    verdict = check(line)
    assert verdict.ok
    assert [f.code for f in verdict.findings] == ["out-of-range"]
    assert "before its reform of 1840" in verdict.findings[0].message
    # a Turkish month's name that is also the Gregorian one's stays a Gregorian date
    assert parse("26 Şaban 1255 / 3 Kasım 1839").gregorian.calendar == "gregorian"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "compared"),
    [
        ("10 Ramadan 1445 / 20 March 2024", "day"),
        ("Ramadan 1445 / 20 March 2024", "month"),
        ("Ramadan 1445 / March 2024", "month"),
        ("1445 H / 2024 M", "year"),
        ("20 March / 10 Ramadan", "day"),
        ("10 Ramadan 1445", None),
    ],
)
def test_a_verdict_says_how_finely_the_halves_were_compared(text: str, compared: str | None) -> None:
    # a trial's archive: a year-only line is ok with no finding, and a loader took it for a checked day
    assert check(text).compared == compared


def test_the_json_records_carry_it() -> None:
    from datelines.records import extraction_records

    (record,) = extraction_records("Jakarta, 1445 H / 2024 M (MINA)")
    assert record["verdict"]["compared"] == "year"  # type: ignore[index]
