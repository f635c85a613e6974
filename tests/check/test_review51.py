"""What stop 51's review of its own changes found (issue #15)."""

from __future__ import annotations

import pytest

from datelines import DatelineError, ParseError, check, extract, parse, read_date


@pytest.mark.parametrize(
    "line",
    [
        "1 рамадана 1445 г. пришлось на 11 марта 2024 г.",
        "Оренбург, 1 шавваля 1310 г. соответствует 18 апреля 1893 г.",
        "В 1917 г. 1 рамадана 1335 г. пришлось на 20 июня 1917 г.",
    ],
)
def test_russian_running_text_keeps_its_pair(line: str) -> None:
    """The stop of "г." before a lowercase word ended a sentence: the pair was lost."""
    found = list(extract(line))
    assert found
    assert found[-1].gregorian is not None
    assert check(found[-1]).ok


def test_a_year_the_first_calendar_lacks_is_measured_in_one_that_has_it() -> None:
    """ "Hijri year 1310 is outside Umm al-Qura, so the halves cannot be compared": measured in
    an authority's calendar that reaches 1893, with the Julian reading Russian dates then had."""
    verdict = check("Оренбург, 1 шавваля 1310 г. / 6 апреля 1893 г.")
    assert not verdict.ok
    assert "cannot be compared" not in verdict.message
    assert "the western half read as a Julian date (6 April 1893 Julian is 18 April 1893)" in verdict.message


@pytest.mark.parametrize(
    "line",
    [
        "The committee will meet on 10 March 2024 to confirm 1 Ramadan 1445H (2024).",
        "La Commission se réunira le 28 février 2025 pour l'observation du croissant de Ramadan 1446H (2025).",
        "Registration for the Ramadan 1445 (2024) appeal launches on 8 March 2024.",
        # the watch for the crescent, or the session, on the evening before (pre-existing)
        "Kemenag akan menggelar sidang isbat penetapan 1 Ramadan 1446 H/2025 pada 28 Februari 2025.",
        "L'observation du croissant lunaire de Chawwal 1445 H (2024) aura lieu le mardi 9 avril 2024.",
        "سيتم تحري هلال شهر رمضان 1446 هـ (2025) مساء الجمعة 28 فبراير 2025.",
    ],
)
def test_another_day_of_the_glossed_year_stays_apart(line: str) -> None:
    """The year gloss's re-pairing took a meeting's day or a deadline for the Hijri date's."""
    assert check(line).ok


def test_a_reference_number_is_no_impossible_date() -> None:
    verdict = check("صدر القرار رقم 12/45/1445هـ وتاريخ 1/9/1445هـ")
    assert verdict.ok
    assert all(f.code != "impossible-date" for f in verdict.findings)


def test_an_old_style_mark_says_what_it_was_read_as() -> None:
    verdict = check("Bukhara, 1 Ramadan 1330 / 1 August 1912 OS")
    assert verdict.ok
    assert verdict.findings[0].code == "old-style"
    assert verdict.findings[0].message == (
        "'1 August 1912' is marked Old Style: a date of the Julian calendar, 14 August 1912, compared so."
    )


def test_convert_from_rumi_gives_the_civil_calendars_lunar_date() -> None:
    from datelines.cli import main

    assert main(["convert", "--from", "rumi", "1324-08-29", "--format", "jsonl"]) == 0


def test_a_numeric_date_of_the_hijri_years_asks_which_calendar() -> None:
    with pytest.raises(ParseError, match=r'say which \(source="hijri" or "gregorian"\)'):
        read_date("١٤٤٦/٠٩/٠١")
    assert str(read_date("١٤٤٦/٠٩/٠١", source="hijri")) == "1446-09-01"
    assert str(read_date("1446-09-01", source="gregorian")) == "1446-09-01"
    assert str(read_date("2016-01-20")) == "2016-01-20"
    with pytest.raises(DatelineError):
        read_date("1446/09/01")


# --- the second review, and the second trial (trial 15b) ---


@pytest.mark.parametrize(
    ("line", "said"),
    [
        ("طنجة، 12 ربيغ الأول 1446 هـ الموافق 16 دجنبر 2024 م", "'ربيغ الأول' is not a Hijri month name"),
        ("12 Rabiul Akir 1446 H / 15 Oktober 2024 M", "'Rabiul Akir' is not a Hijri month name"),
        ("12 ربيع الأول 1446 هـ الموافق 16 دجمبر 2024 م", "'دجمبر' is not a Gregorian month name"),
    ],
)
def test_a_misspelt_month_before_a_year_with_its_era_is_said(line: str, said: str) -> None:
    """Trial: with an era mark after the year the half was read as the year alone, and the
    line passed with no word of the month (even with --strict)."""
    verdict = check(line)
    assert any(f.code == "unknown-month" and said in f.message for f in verdict.findings)


@pytest.mark.parametrize(
    "line",
    [
        "حلب في 1 رمضان 1330 الموافق 1 آب 1328",
        "15 Shaban 1326 / 29 August 1324 (Rumi)",
        "15 Şaban 1326 / 29 Ağustos 1324",
    ],
)
def test_rumi_lines_in_arabic_and_english_month_names(line: str) -> None:
    """Second review: requiring Turkish month names failed right Levantine and English lines."""
    verdict = check(line)
    assert verdict.ok, verdict.message
    assert verdict.findings[0].code == "rumi"


def test_a_rumi_reading_is_not_an_indonesian_lines() -> None:
    western = parse("Jakarta, 1 Syawal 1330 H / 12 Oktober 1330").gregorian
    assert western is not None
    assert western.calendar == "gregorian"


def test_circumflexed_rumi_months_are_extracted() -> None:
    """Second review: extract (and so `datelines check FILE`, the copy desk) found nothing."""
    (found,) = extract("Fî 7 Zilhicce 1293 ve 11 Kânûn-ı evvel 1292")
    assert found.gregorian is not None
    assert found.gregorian.calendar == "rumi"


@pytest.mark.parametrize(
    ("line", "ok"),
    [
        ("Idul Adha 1445 H/2024 M ditetapkan pada 17 Juni 2024", True),
        ("Idul Adha 1445 H/2024 M ditetapkan pada 18 Juni 2024", False),
        ("1 Syawal 1445 H/2024 M ditetapkan pada Rabu, 10 April 2024", True),
    ],
)
def test_an_announcement_set_on_its_day_is_checked(line: str, ok: bool) -> None:
    """Second review: "ditetapkan" (set) linked no day: a wrong line passed unpaired."""
    assert check(line).ok is ok


def test_ve_between_two_labelled_events_pairs_nothing() -> None:
    line = parse("Doğum tarihi: 1 Muharrem 1341 ve ölüm tarihi: 24 Ağustos 1338")
    assert line.gregorian is None


@pytest.mark.parametrize(
    "line",
    [
        "The fast began on 1 Ramadan 1300 / 24 June 1883 old style – Fast began.",
        "1 рамадана 1300 г. / 24 июня 1883 г. (по старому стилю)",
    ],
)
def test_old_style_marks_in_running_text(line: str) -> None:
    """Trial: a mark before a dash, or in brackets after "г.", was not read."""
    western = parse(line).gregorian
    assert western is not None
    assert western.calendar == "julian"
    assert check(line).ok


def test_a_french_datelines_le_after_its_place() -> None:
    """Trial: "Rabat, le 12 …" lost its place, and with it Morocco's calendar."""
    assert parse("Rabat, le 12 rabii I 1446 (16 septembre 2024)").place == "Rabat"


def test_a_historians_iso_dates_convert_in_the_civil_calendar() -> None:
    """Second review: refused (either calendar's) where the calendar asked for has the day."""
    from datelines.cli import main

    assert main(["convert", "--calendar", "civil", "1446-09-01"]) == 0
    with pytest.raises(ParseError, match="solar-hijri"):
        read_date("۱۴۰۴/۰۷/۰۷")  # Persian digits: a Solar Hijri date is as likely


@pytest.mark.parametrize(
    ("line", "said"),
    [
        (
            "کراچی، یکم شوال 1446ھ بمطابق 31 مارچ 1446ء",
            "it matches a Gregorian year of 2025 rather than 1446.",
        ),
        ("کراچی، یکم شوال 2025ھ بمطابق 31 مارچ 2025ء", "it matches a Hijri year of 1446 rather than 2025."),
        ("کراچی، 21 ربیع الاول 1446ھ بمطابق 17 ستمبر 2024ء", "it matches a Hijri day of 12 rather than 21."),
        ("کراچی، یکم شوال 1446ھ بمطابق 13 مارچ 2025ء", "it matches a Gregorian day of 31 rather than 13."),
        (
            "کراچی، 12 ربیع الاول 1446ھ بمطابق 71 ستمبر 2024ء",
            "it matches a Gregorian day of 17 rather than 71.",
        ),
    ],
)
def test_the_commonest_slips_are_named_without_a_weekday(line: str, said: str) -> None:
    """Trial: a year written in the other half ("211467 days ahead … no known slip"), and a
    day's two digits swapped, were named only where the line stated its weekday."""
    verdict = check(line)
    assert not verdict.ok
    assert verdict.message.endswith(said), verdict.message
