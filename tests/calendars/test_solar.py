"""The Solar Hijri calendars against independent sources: every day 1300-1500 SH against
ICU's ``persian`` (Node's Intl, tests/data/icu-persian.tsv.gz, made by
scripts/icu_persian.mjs), Nowruz against the Iranian Calendar Center's published table
(tests/data/nowruz-calendar-center.csv), and the laws every calendar keeps."""

from __future__ import annotations

import csv
import gzip
import json
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

import support
from datelines import HijriDate, InvalidDateError, OutOfRangeError, get_calendar, to_gregorian, to_hijri
from datelines.calendars.solar import SOLAR_HIJRI, SOLAR_HIJRI_33, differing_years

OFFICIAL, ARITHMETIC = SOLAR_HIJRI, SOLAR_HIJRI_33
# Where ICU 78 and the official calendar part: 1602, whose equinox falls six seconds after
# noon at 52.5 E by astronomy-engine (ICU's correction table puts it before).
ICU_DIFFERS_FROM_OFFICIAL = [1602]


def _icu() -> dict[int, tuple[date, list[int]]]:
    with gzip.open(support.DATA / "icu-persian.tsv.gz", "rt", encoding="utf-8") as rows:
        return {
            int(parts[0]): (date.fromisoformat(parts[1]), [int(n) for n in parts[2:]])
            for row in rows
            if not row.startswith("#")
            for parts in (row.split("\t"),)
        }


ICU = _icu()


def test_every_day_1300_to_1500_matches_icu() -> None:
    # Year starts and month lengths describe every day; the walk checks the days themselves.
    day, end = ICU[1300][0], ICU[1501][0]
    while day < end:
        assert OFFICIAL.to_hijri(day) == ARITHMETIC.to_hijri(day)
        day += timedelta(days=1)
    for year in range(1300, 1501):
        first, lengths = ICU[year]
        assert OFFICIAL.first_day(year, 1) == first, year
        assert [OFFICIAL.month_length(year, month) for month in range(1, 13)] == lengths, year


def test_where_icu_and_the_rules_part() -> None:
    official = [y for y in ICU if y in OFFICIAL.years and OFFICIAL.first_day(y, 1) != ICU[y][0]]
    arithmetic = [y for y in ICU if ARITHMETIC.first_day(y, 1) != ICU[y][0]]
    assert official == ICU_DIFFERS_FROM_OFFICIAL
    assert arithmetic == [1503, 1602, 1635, 1668]
    assert differing_years() == [1503, 1635, 1668]


def test_nowruz_is_the_calendar_centers() -> None:
    lines = [
        r
        for r in (support.DATA / "nowruz-calendar-center.csv").read_text(encoding="utf-8").splitlines()
        if r and not r.startswith("#")
    ]
    published = {
        int(r["sh_year"]): date.fromisoformat(r["gregorian_date_of_1_farvardin"])
        for r in csv.DictReader(lines)
    }
    assert len(published) == 293
    for year, nowruz in published.items():
        assert OFFICIAL.nowruz(year) == nowruz, year
        assert to_gregorian(HijriDate(year, 1, 1), "solar-hijri") == nowruz


def test_the_printed_days_of_recent_years() -> None:
    # Printed by Iranian outlets (tests/data/solar_datelines.jsonl): 30 Esfand 1403 existed.
    assert to_hijri(date(2025, 3, 20), "solar-hijri") == HijriDate(1403, 12, 30)
    assert to_hijri(date(2025, 9, 29), "solar-hijri") == HijriDate(1404, 7, 7)
    assert to_hijri(date(2016, 1, 20), "persian") == HijriDate(1394, 10, 30)


def test_names_and_errors() -> None:
    assert get_calendar("shamsi") is OFFICIAL
    assert get_calendar("persian") is ARITHMETIC
    with pytest.raises(InvalidDateError, match="Esfand 1404 has 29 days in solar-hijri"):
        to_gregorian(HijriDate(1404, 12, 30), "solar-hijri")
    with pytest.raises(OutOfRangeError, match="solar-hijri-33"):
        to_hijri(date(1700, 1, 1), "solar-hijri")
    assert to_hijri(date(1700, 1, 1), "solar-hijri-33") == HijriDate(1078, 10, 12)  # as ICU 78


@pytest.mark.parametrize("calendar", [OFFICIAL, ARITHMETIC], ids=["official", "33-year"])
@given(data=st.data())
def test_laws(calendar: object, data: st.DataObject) -> None:
    assert isinstance(calendar, type(OFFICIAL))
    ordinal = data.draw(
        st.integers(calendar.first_gregorian.toordinal(), calendar.last_gregorian.toordinal())
    )
    day = date.fromordinal(ordinal)
    solar = calendar.to_hijri(day)
    assert calendar.to_gregorian(solar) == day
    assert 1 <= solar.day <= calendar.month_length(solar.year, solar.month)
    assert calendar.month_length(solar.year, solar.month) == (
        31 if solar.month <= 6 else 30 if solar.month <= 11 else (30 if calendar.is_leap(solar.year) else 29)
    )
    assert calendar.year_length(solar.year) in (365, 366)


def test_convert_in_a_solar_calendar_names_its_months(capsys: pytest.CaptureFixture[str]) -> None:
    from datelines.cli import main
    from datelines.records import conversion_record

    found = conversion_record(OFFICIAL, date(2016, 1, 20), OFFICIAL.to_hijri(date(2016, 1, 20)))
    assert found["hijri_text"] == "30 Dey 1394 SH"
    assert main(["convert", "2016-01-20", "--to", "all"]) == 0
    assert capsys.readouterr().out == (
        "2016-01-20 → 1394-10-30 SH (Wednesday, 30 Dey 1394 SH; solar-hijri); "
        "1437-04-10 (10 Rabi' al-Thani 1437 AH; umalqura); 1422-10-07 BS (7 Magh 1422 BS; bangla)\n"
    )
    assert (
        main(["convert", "--from", "solar-hijri", "1404-07-07", "--to", "solar-hijri", "--format", "jsonl"])
        == 0
    )
    record = json.loads(capsys.readouterr().out)
    assert (record["gregorian"], record["solar_hijri"]) == ("2025-09-29", "1404-07-07")
    assert main(["convert", "--from", "solar-hijri", "1404-12-30"]) == 1
    assert "Esfand 1404 has 29 days" in capsys.readouterr().err
