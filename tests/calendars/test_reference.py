"""Our calendars against independent sources: ICU day by day, hijridate's primary sources,
and the sample dates of Calendrical Calculations."""

from __future__ import annotations

from datetime import date

import pytest

from datelines import HijriDate, get_calendar
from reference import calendrical_calculations, hijridate_fixture, icu_months, icu_source
from support import ROOT

ICU_NAMES = {"umalqura-icu": "islamic-umalqura", "civil": "islamic-civil", "astronomical": "islamic-tbla"}


@pytest.mark.exhaustive
@pytest.mark.parametrize("name", list(ICU_NAMES))
def test_every_day_matches_icu(name: str) -> None:
    """Every day ICU covers, both ways (3.5 million days for each tabular calendar)."""
    cal = get_calendar(name)
    to_hijri = cal.to_hijri
    fromordinal = date.fromordinal
    months = 0
    for year, month, first_day, length in icu_months(ICU_NAMES[name]):
        months += 1
        assert cal.month_length(year, month) == length, (year, month)
        assert cal.to_gregorian(HijriDate(year, month, 1)) == first_day
        assert (
            cal.to_gregorian(HijriDate(year, month, length)).toordinal() == first_day.toordinal() + length - 1
        )
        start = first_day.toordinal()
        for day in range(length):
            hijri = to_hijri(fromordinal(start + day))
            if hijri.day != day + 1 or hijri.month != month or hijri.year != year:
                pytest.fail(
                    f"{fromordinal(start + day)}: {hijri} in {name}, ICU says {year}-{month}-{day + 1}"
                )
    assert months > 3600


def test_the_icu_module_is_what_its_generator_writes_from_the_reference_data() -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location("icu_module", ROOT / "scripts" / "icu_module.py")
    assert spec is not None
    assert spec.loader is not None
    generator = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(generator)
    assert generator.MODULE.read_text(encoding="utf-8") == generator.render()


def test_icu_table_covers_1300_to_1600() -> None:
    cal = get_calendar("umalqura-icu")
    assert (cal.first, cal.last) == (HijriDate(1300, 1, 1), HijriDate(1600, 12, 30))
    assert "ICU" in icu_source("islamic-umalqura")


def test_icu_and_hijridate_tables_differ_outside_1420_1450() -> None:
    """The reason umalqura-icu exists: the two Umm al-Qura tables are not the same."""
    uq, icu = get_calendar("umalqura"), get_calendar("umalqura-icu")
    start, end = icu.to_gregorian(HijriDate(1420, 1, 1)), icu.to_gregorian(HijriDate(1450, 12, 29))
    inside = outside = differ_inside = differ_outside = 0
    for ordinal in range(uq.first_gregorian.toordinal(), uq.last_gregorian.toordinal() + 1):
        day = date.fromordinal(ordinal)
        differs = uq.to_hijri(day) != icu.to_hijri(day)
        if start <= day <= end:
            inside += 1
            differ_inside += differs
        else:
            outside += 1
            differ_outside += differs
    assert differ_inside == 0
    assert 0.3 < differ_outside / outside < 0.5


@pytest.mark.parametrize(
    "fixture",
    ["ummalqura_newspaper_issues.json", "kfupm_comparison_calendar.json", "ummalqura_calendar_website.json"],
)
def test_umalqura_matches_primary_sources(fixture: str) -> None:
    cal = get_calendar("umalqura")
    pairs = hijridate_fixture(fixture)
    assert len(pairs) > 100
    for (year, month, day), gregorian in pairs:
        assert cal.to_gregorian(HijriDate(year, month, day)) == gregorian
        assert cal.to_hijri(gregorian) == HijriDate(year, month, day)


@pytest.mark.parametrize(("rd", "expected"), calendrical_calculations())
def test_civil_matches_calendrical_calculations(rd: int, expected: tuple[int, int, int]) -> None:
    cal = get_calendar("civil")
    assert cal.to_hijri(date.fromordinal(rd)) == HijriDate(*expected)
    assert cal.to_gregorian(HijriDate(*expected)).toordinal() == rd


def test_printed_umalqura_months_of_28_and_31_days_are_kept() -> None:
    cal = get_calendar("umalqura")
    lengths = {(y, m): cal.month_length(y, m) for y in cal.years for m in range(1, 13)}
    assert {k for k, v in lengths.items() if v == 28} == {
        (1343, 9), (1345, 8), (1348, 12), (1349, 10), (1364, 8),
    }  # fmt: skip
    assert {k for k, v in lengths.items() if v == 31} == {(1345, 5), (1348, 11), (1349, 11)}
    assert cal.to_gregorian(HijriDate(1345, 5, 31)) == date(1926, 12, 6)
    assert cal.to_hijri(date(1926, 12, 7)) == HijriDate(1345, 6, 1)
