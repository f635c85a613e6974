"""The Rumi calendar, the Ottoman fiscal one of 1840-1925 (datelines.calendars.rumi)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from datelines import check, parse
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
    assert "(2 Ağustos 1324 Rumi, 15 August 1908, is 17 Rajab 1326)" in verdict.message
    assert verdict.message.endswith("it matches a Rumi day of 30 rather than 2.")


def test_a_gregorian_date_of_its_time_is_not_read_as_rumi() -> None:
    verdict = check("15 Şaban 1326 / 11 Eylül 1908")
    assert verdict.ok
    assert all(f.code != "rumi" for f in verdict.findings)


# --- the Rumi half as the reader gives it, checked and converted (stop 51) ---


def test_the_reader_marks_a_rumi_half_and_gives_its_day() -> None:
    line = parse("15 Şaban 1326 / 29 Ağustos 1324")
    western = line.gregorian
    assert western is not None
    assert (western.calendar, western.isoformat()) == ("rumi", "1324-08-29")
    assert western.to_date() == date(1908, 9, 11)
    with pytest.raises(DatelineError):
        western.to_hijri()
    # a Gregorian date of the time, and a mark beside another year, are not
    assert parse("15 Şaban 1326 / 11 Eylül 1908").gregorian.calendar == "gregorian"  # type: ignore[union-attr]
    assert parse("5 Jumada al-Akhirah 672 / 17 December 1273 Rumi").gregorian.calendar == "gregorian"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("line", "cause"),
    [
        ("15 Şaban 1326 / 29 Ağustos 1325", "it matches a Rumi year of 1324 rather than 1325."),
        ("15 Şaban 1326 / 29 Temmuz 1324", "it matches a Rumi month of Ağustos rather than Temmuz."),
        ("15 Şaban 1326 / 2 Ağustos 1324", "it matches a Rumi day of 30 rather than 2."),
    ],
)
def test_a_wrong_rumi_half_is_explained_in_rumi_numbers(line: str, cause: str) -> None:
    """The explanations spoke of the Gregorian day the Rumi date is ("no known slip" for a
    year written 1325 for 1324)."""
    verdict = check(line)
    assert not verdict.ok
    assert verdict.message.endswith(cause), verdict.message
    assert " Rumi, " in verdict.message  # the Rumi date as written, and its Gregorian day
    assert {f.half for f in verdict.findings} <= {"rumi", "hijri", None}


def test_a_rumi_day_the_calendar_lacks_says_so_in_its_months() -> None:
    verdict = check("15 Şaban 1326 / 31 Nisan 1324")
    assert not verdict.ok
    assert verdict.findings[0].code == "impossible-date"
    assert "Nisan 1324 has 30 days" in verdict.message
    assert "April" not in verdict.message


def test_a_rumi_month_is_compared_as_its_days() -> None:
    """ "cannot be compared in Türkiye's calendar" before."""
    assert check("Şaban 1326 / Ağustos 1324").ok
    wrong = check("Şaban 1326 / Haziran 1324")
    assert not wrong.ok
    assert wrong.findings[-1].code == "no-overlap"


def test_a_calendar_asked_for_measures_a_rumi_line() -> None:
    verdict = check("15 Şaban 1326 / 29 Ağustos 1325", calendar="civil")
    assert not verdict.ok
    assert verdict.calendar == "civil"
    assert verdict.message.endswith("a Rumi year of 1324 rather than 1325.")


@given(st.dates(date(1840, 4, 1), date(1925, 11, 30)))
def test_every_rumi_line_we_write_reads_back_and_checks(day: date) -> None:
    """Law: a line of the civil calendar's Hijri date and the day's Rumi date, in Turkish,
    reads as a Rumi half of that day and checks."""
    from datelines import get_calendar
    from datelines.names.output import RUMI_MONTHS

    hijri = get_calendar("civil").to_hijri(day)
    year, month, of_month = gregorian_to_rumi(day)
    text = (
        f"{hijri.day} {_OTTOMAN[hijri.month - 1]} {hijri.year} / {of_month} {RUMI_MONTHS[month - 1]} {year}"
    )
    line = parse(text)
    assert line.gregorian is not None
    assert line.gregorian.calendar == "rumi", text
    assert line.gregorian.to_date() == day
    assert check(line).ok, (text, check(line).message)


_OTTOMAN = (
    "Muharrem", "Safer", "Rebiülevvel", "Rebiülahir", "Cemaziyelevvel", "Cemaziyelahir",
    "Receb", "Şaban", "Ramazan", "Şevval", "Zilkade", "Zilhicce",
)  # fmt: skip


def test_extract_gives_a_rumi_lines_day_and_its_rumi_date() -> None:
    from datelines.records import extraction_records

    records = extraction_records("İstanbul, 15 Şaban 1326 / 29 Ağustos 1324 Rumi. Şaban 1326 / Ağustos 1324.")
    assert [(r["gregorian"], r["rumi"], r["verdict"]["ok"]) for r in records] == [  # type: ignore[index]
        ("1908-09-11", "1324-08-29", True),
        (None, "1324-08", True),
    ]


def test_convert_from_and_to_the_rumi_calendar() -> None:
    from datelines import get_calendar
    from datelines.records import convert_record

    civil = get_calendar("civil")
    found = convert_record("29 Ağustos 1324", civil, source="rumi")
    assert (found["from"], found["gregorian"], found["hijri"], found["rumi"]) == (
        "rumi", "1908-09-11", "1326-08-14", "1324-08-29"
    )  # fmt: skip
    alone = convert_record("1908-09-11", get_calendar("umalqura"), target="rumi")
    assert (alone["calendar"], alone["rumi_text"], "hijri" in alone) == (
        "rumi",
        "29 Ağustos 1324 Rumi",
        False,
    )
    assert "rumi" not in convert_record("2024-01-20", civil, target="all")  # outside it: left out
    with pytest.raises(InvalidDateError, match="Nisan 1324 has 30 days"):
        convert_record("31 Nisan 1324", civil, source="rumi")
    with pytest.raises(OutOfRangeError):
        convert_record("2024-01-20", civil, target="rumi")


def test_the_cli_converts_rumi_dates(capsys: pytest.CaptureFixture[str]) -> None:
    from datelines.cli import main

    assert main(["convert", "--from", "rumi", "--calendar", "civil", "29 Teşrin-i evvel 1324"]) == 0
    assert capsys.readouterr().out == (
        "1324-10-29 Rumi → 1908-11-11 (Wednesday, 11 November 1908; rumi); 1326-10-16 AH (16 Shawwal 1326 AH; civil)\n"
    )
    assert main(["convert", "--to", "rumi", "1917-03-01"]) == 0
    assert capsys.readouterr().out == "1917-03-01 → 1333-03-01 Rumi (Thursday, 1 Mart 1333 Rumi; rumi)\n"
    assert main(["convert", "--from", "rumi", "16 Şubat 1332"]) == 1
    assert "Şubat 1332 has 15 days" in capsys.readouterr().err
