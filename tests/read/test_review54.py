"""What the review of stop 54's changes found (a helper, old code against new): right lines
the new readings made wrong, each kept right."""

from __future__ import annotations

import pytest

from datelines import check, extract, parse


@pytest.mark.parametrize(
    "text",
    [
        # a Gregorian year before a Hijri date and its year word: the Gregorian half's
        "В 2025 году 1 рамадана приходится на 1 марта.",
        "2025 жылы 1 Рамазан 1 наурызға сәйкес келеді.",
    ],
)
def test_a_gregorian_year_before_a_hijri_date_is_no_hijri_year(text: str) -> None:
    line = parse(text)
    assert line.hijri is not None
    assert line.hijri.year is None
    assert check(line).ok


def test_a_count_of_years_is_no_year() -> None:
    line = parse("45 tahun 1 Ramadhan 1446 H bertepatan 1 Maret 2025")
    assert line.hijri is not None
    assert line.hijri.year == 1446


@pytest.mark.parametrize(
    "text",
    [
        "Laylat al-Qadr is expected on Thursday, 27 Ramadan 1446, with Eid al-Fitr on 30 March 2025",
        "Pemerintah menetapkan Senin, 1 Syawal 1446 H, setelah sidang isbat 29 Maret 2025",
        "Sunday, 1 Shawwal 1446, and 29 March 2025, the day of the sighting, were both announced.",
        "Ramadan timetable: Saturday, 1 Ramadan 1446, 2 March 2025, 3 March 2025, 4 March 2025",
        "Key dates: Thursday, 27 Ramadan 1446; 30 March 2025 (Eid); 6 June 2025 (Eid al-Adha)",
        "Jumat, 28 Ramadhan 1446 H, 29 Maret 2025 sidang isbat, 31 Maret 2025 Idul Fitri.",
        # the weekday is the Hijri date's own: the Gregorian date beside it is another day
        "يوم الأحد 1 شوال 1446 هـ، 29 مارس 2025 يوم تحري الهلال",
        "Laylat al-Qadr: Thursday night, 27 Ramadan 1446, 26 March 2025.",
        # the 12th a Friday where the month began a day after Umm al-Qura's; the 4th a Thursday
        "Friday, 12 Rabi al-Awwal 1447, 4 September 2025",
    ],
)
def test_a_weekday_does_not_join_two_days_of_a_sentence(text: str) -> None:
    assert list(extract(text)) == []


@pytest.mark.parametrize(
    ("text", "hijri", "gregorian"),
    [
        ("د ۱۴۴۶ هجري قمري کال د رمضان ۱-مه، د ۲۰۲۵ کال د مارچ ۱-مه", "1446-09-01", "2025-03-01"),
        ("۱-مه رمضان ۱۴۴۶، ۱-مه مارچ ۲۰۲۵", "1446-09-01", "2025-03-01"),
    ],
)
def test_pashtos_hyphened_ordinal_stays_an_ordinal(text: str, hijri: str, gregorian: str) -> None:
    line = parse(text)
    assert line.hijri is not None
    assert line.gregorian is not None
    assert (line.hijri.isoformat(), line.gregorian.isoformat()) == (hijri, gregorian)
    assert check(line).ok


@pytest.mark.parametrize(
    "text",
    [
        "Sayılar: 14 Şaban 1338 / 3 Mayıs 1336, 11 Mayıs 1920, 18 Mayıs 1920.",
        "İkdam, 14 Şaban 1338 - 3 Mayıs 1336 - 10 Mayıs 1920 arası sayılar.",
        "Gazete 14 Şaban 1338 - 3 Mayıs 1336, 10 Mayıs 1920 ve 17 Mayıs 1920 tarihlerinde çıktı.",
    ],
)
def test_a_list_of_issue_dates_is_no_third_date(text: str) -> None:
    line = parse(text)
    assert line.rumi is None
    assert check(line).ok


def test_a_bracketed_third_date_takes_its_bracket() -> None:
    line = parse("18 Rebiülevvel 1342 / 29 Teşrinievvel 1339 (29 Ekim 1923) Cumhuriyet ilan edildi.")
    assert line.text == "18 Rebiülevvel 1342 / 29 Teşrinievvel 1339 (29 Ekim 1923)"
    assert check(line).ok


@pytest.mark.parametrize(
    ("text", "hijri_text"),
    [
        ("Hijriy 1446-yil 1-Ramazon, 2025-yil 1-mart", "Hijriy 1446-yil 1-Ramazon"),
        ("Хижри 1446 жылғы 1 Рамазан (2025 жылғы 1 наурыз)", "Хижри 1446 жылғы 1 Рамазан"),
    ],
)
def test_an_era_before_a_year_first_date_is_its_own(text: str, hijri_text: str) -> None:
    line = parse(text)
    assert line.hijri is not None
    assert line.hijri.text == hijri_text
    assert line.text == text


def test_an_impossible_third_date_is_said_once() -> None:
    verdict = check("14 Şaban 1338 - 3 Mayıs 1336 - 31 Şubat 1920")
    assert [f.code for f in verdict.findings].count("impossible-date") == 1
