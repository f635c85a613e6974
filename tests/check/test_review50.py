"""What stop 50's adversarial review found (issue #15)."""

from __future__ import annotations

from pathlib import Path

import pytest

from datelines import check, parse
from datelines.cli import main


@pytest.mark.parametrize(
    "line",
    [
        "1 Rajab 1447 / 31 December 9999",  # a register's "no end date"
        "١ رجب ١٤٤٧ هـ الموافق ٣١ ديسمبر ٩٩٩٩ م",
        "Friday evening, 1 Rajab 1447 / 31 December 9999",
        "1 Rajab / 31 December 9999",
    ],
)
def test_the_last_day_there_is_gives_a_verdict(line: str) -> None:
    """It raised OverflowError (a day added to 31 December 9999)."""
    assert not check(line).ok


def test_the_last_day_there_is_is_no_internal_error_on_the_command_line(tmp_path: Path) -> None:
    register = tmp_path / "register.txt"
    register.write_text("The register closes on 1 Rajab 1447 / 31 December 9999.\n", encoding="utf-8")
    assert main(["check", str(register)]) == 1  # an error of the line, not an unreadable one


@pytest.mark.parametrize(
    ("line", "said"),
    [
        ("Jakarta, 1 Ramadhan 1445 H / 12 Maret 2204", "a Gregorian year of 2024 rather than 2204"),
        ("کراچی: یکم رمضان 1447ھ بمطابق 19 فروری 2206ء", "a Gregorian year of 2026 rather than 2206"),
    ],
)
def test_a_gregorian_year_slipped_past_the_authorities_is_explained_by_them(line: str, said: str) -> None:
    """It was compared in the civil calendar, "a date of that time", and the slip lost."""
    verdict = check(line)
    assert not verdict.ok
    assert said in verdict.message
    assert all(f.code != "tabular" for f in verdict.findings)


@pytest.mark.parametrize(
    "line",
    [
        "Fort William, Calcutta, 12 Rabi al-Awwal 1130 / 2 February 1718 (O.S.)",
        "Tiflis, 5 Muharram 1244 / 6 July 1828 (old style)",
        "Кавказ, 5 мухаррама 1244 года (6 июля 1828 года по старому стилю)",
        "The firman reached Madras on 14 Rajab 1155 (3 September 1742, Old Style).",
    ],
)
def test_an_old_style_date_after_1582_is_read_as_julian(line: str) -> None:
    """Histories of British India and Russia: "11 days ahead …, no known slip or calendar
    variant explains it", where the line said Old Style."""
    verdict = check(line)
    assert verdict.ok, verdict.message
    assert parse(line).agency is None  # "(O.S.)" was the agency


def test_an_unmarked_julian_date_after_1582_is_explained_so() -> None:
    verdict = check("Tiflis, 5 Muharram 1244 / 6 July 1828")
    assert not verdict.ok
    assert (
        "it matches the western half read as a Julian date (6 July 1828 Julian is 18 July 1828)"
        in verdict.message
    )


@pytest.mark.parametrize("line", ["شنبه ۱۰ ذی‌القعده ۱۸ مه", "کابل، ۲۹ ثور ۱۸ مه"])
def test_persian_may_after_a_date_stays_may(line: str) -> None:
    """The Pashto ordinal rule took "مه" after any month's name for the ordinal."""
    found = parse(line)
    assert found.gregorian is not None
    assert (found.gregorian.month, found.gregorian.day) == (5, 18)


def test_a_pre_law_solar_warning_says_no_one_half() -> None:
    verdict = check("۱۴ اسد ۱۲۸۵ / ۵ اوت ۱۹۰۶")
    assert verdict.ok
    assert [f.code for f in verdict.findings] == ["solar-hijri"]
    assert "in the official Solar Hijri calendar as computed for that year" in verdict.message
    assert "Afghanistan" not in verdict.message  # Iran wrote the zodiac names too before 1925


def test_the_odd_gregorian_half_has_its_difference_and_explanation() -> None:
    verdict = check("کابل، ۱۵ قوس ۱۴۰۵ هجری شمسی برابر با ۲۶ جمادی‌الثانی ۱۴۴۸ ق و ۷ دسمبر ۲۰۲۶")
    assert verdict.difference_days == -1
    assert [(e.kind, e.value) for e in verdict.explanations] == [("gregorian-day", 6)]


def test_digits_read_as_a_hijri_date_past_the_authorities_are_not_excused() -> None:
    """ "ref. 14.11.1619", read as Hijri 1619, passed as a lone historical date."""
    assert not check("The 1619 census lists 1028 households (ref. 14.11.1619).").ok


# --- a second review, of the Rumi calendar, Old Style and ranges of months ---


def test_a_rumi_mark_after_a_medieval_date_is_the_poet() -> None:
    verdict = check("5 Jumada al-Akhirah 672 / 17 December 1273 Rumi passed away in Konya")
    assert verdict.ok
    assert all(f.code != "rumi" for f in verdict.findings)


def test_29_subat_of_a_julian_leap_year_is_a_rumi_day() -> None:
    """29 Şubat 1315 is 29 February 1900 (Julian), 13 March: it was "does not exist"."""
    verdict = check("11 Zilkade 1317 / 29 Şubat 1315")
    assert verdict.ok, verdict.message
    assert verdict.findings[0].code == "rumi"


@pytest.mark.parametrize(
    "line",
    [
        "Lahore, 1 Ramadan 1340 / 28 April 1922, old style Urdu calligraphy",
        "Cairo, 1 Ramadan 1340 / 28 April 1922 (O.S.A.)",
    ],
)
def test_old_style_words_that_mark_no_date_are_no_mark(line: str) -> None:
    assert check(line).ok
    found = parse(line).gregorian
    assert found is not None
    assert found.era is None


def test_an_old_style_lines_notes_speak_of_its_day() -> None:
    verdict = check("9 Ramadan 1332 / 19 July 1914 (o.s.)")  # 1 August 1914
    assert verdict.ok
    assert any("1 Ramadan 1332 began on Friday 24 July 1914" in f.message for f in verdict.findings)
    assert verdict.findings[0].code == "old-style"  # what the mark was read as, first (stop 51)


def test_a_rumi_line_a_day_behind_keeps_its_weekday() -> None:
    """11 September 1908 was a Friday: Thursday the 13th, a day behind the civil 14th, passed
    silently; written in the Gregorian calendar it was an error and a warning."""
    assert not check("Perşembe, 13 Şaban 1326 / 29 Ağustos 1324").ok
    assert check("Cuma, 15 Şaban 1326 / 29 Ağustos 1324").ok


def test_a_month_named_place_before_a_comma_stays_a_place() -> None:
    assert parse("Mayo, 12 Rabi al-Awwal 1445 / 28 September 2023").place == "Mayo"
    assert parse("Muharram - Safar 1446 / July - August 2024").place is None
