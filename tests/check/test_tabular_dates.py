"""Dates before the authorities' calendars (1300-1600 AH) are compared by default in the
tabular calendars, by which historians convert them: right ones pass with a note, others
keep their "out-of-range" error."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from datelines import check, get_calendar
from datelines.names.output import GREGORIAN_MONTHS, HIJRI_MONTHS

CIVIL = get_calendar("civil")


@pytest.mark.parametrize(
    ("text", "calendar"),
    [
        # a Turkish history magazine, an Ottoman-era lexicon, a chronicle in Arabic (set 6a)
        ("Hicrî 1258 yılı Şaban ayının 16. günü, Miladi 1842 yılı Eylül ayının 21’i.", "astronomical"),
        ("11 Şa’bân 1293 ve 31 Ağustos 1876 da ikinci Abdülhamîd hânı halîfe yapdılar", "astronomical"),
        ("وفي يوم 18 شعبان سنة 1293 7 سبتمبر سنة 1876 تقلد مولانا السلطان", "astronomical"),
        ("1 Ramadan 1200 / 28 June 1786", "civil"),
    ],
)
def test_an_older_date_agrees_in_a_tabular_calendar(text: str, calendar: str) -> None:
    verdict = check(text)
    assert verdict.ok, verdict.message
    assert (verdict.calendar, verdict.authority) == (calendar, None)
    assert verdict.findings[0].code == "tabular"
    assert "outside the authorities' calendars (1300–1600 AH)" in verdict.findings[0].message


def test_a_slipped_year_beside_a_date_of_our_time_is_out_of_range() -> None:
    verdict = check("1 Ramadan 445 / 11 March 2024")  # most likely 1445
    assert not verdict.ok
    assert verdict.findings[0].code == "out-of-range"
    assert verdict.message.endswith("it matches a Hijri year of 1445 rather than 445.")


# A blind held-out set of histories (set 14b): lines the tabular calendars disagree with were
# "cannot be compared", which told an archive's editor nothing; they are compared in the
# civil calendar now, with its explanations, and a note that says why.
@pytest.mark.parametrize(
    ("text", "difference", "said"),
    [
        ("1 Ramadan 1200 / 1 July 1786", -3, "three days behind the civil tabular calendar"),
        # a Malay encyclopaedia: 14 Jamadilakhir 1208 was 17 January 1794
        ("14 Jamadilakhir 1208 H/14 Julai 1794 M", -178, "(14 July 1794 is 15 Dhu al-Hijjah 1208)"),
        # the Hijri year within Umm al-Qura's, the western one before every authority's
        (
            "فِيْ الخامس والعشرين من شهر جمادى الأولى عام 1344 هـ الموافق الثالث من ديسمبر 1828 م.",
            35436,
            "it matches a Hijri year of 1244 rather than 1344",
        ),
        # before 1582, of the Julian and the proleptic Gregorian readings the nearer one
        ("10 Muharram 61 AH (20 October 680 CE)", -10, "(20 October 680 (Julian) is 20 Muharram 61)"),
    ],
)
def test_an_older_date_that_agrees_in_neither_is_compared_in_the_civil_calendar(
    text: str, difference: int, said: str
) -> None:
    verdict = check(text)
    assert not verdict.ok
    assert (verdict.calendar, verdict.difference_days) == ("civil", difference)
    assert [f.code for f in verdict.findings][:2] == ["tabular", "disagree"]
    assert "the halves are compared in the civil tabular calendar" in verdict.findings[0].message
    assert said in verdict.message


def test_a_year_an_authority_knows_is_not_compared_in_a_tabular_calendar() -> None:
    verdict = check("1 Ramadan 1330 / 14 August 1912")  # in Saudi Arabia's rule's years
    # Diyanet's published table before the Saudi rule computed (stop 49: a month published
    # before one computed, of the authorities a line does not point to)
    assert (verdict.ok, verdict.authority) == (True, "TR")
    assert all(f.code != "tabular" for f in verdict.findings)


@given(st.dates(date(1583, 1, 1), date(1882, 1, 1)), st.sampled_from(("en", "id", "fr")), st.integers(0, 1))
def test_what_we_write_of_an_older_day_checks(day: date, language: str, shift: int) -> None:
    """A day before 1300 AH, written in the civil calendar or a day later (the astronomical
    one), checks by default; three days off does not."""
    hijri = CIVIL.to_hijri(day + timedelta(days=shift))
    text = (
        f"{hijri.day} {HIJRI_MONTHS[language][hijri.month - 1]} {hijri.year} / "
        f"{day.day} {GREGORIAN_MONTHS[language][day.month - 1]} {day.year}"
    )
    assert check(text).ok, text
    off = CIVIL.to_hijri(day - timedelta(days=3))
    wrong = text.replace(
        f"{hijri.day} {HIJRI_MONTHS[language][hijri.month - 1]} {hijri.year}",
        f"{off.day} {HIJRI_MONTHS[language][off.month - 1]} {off.year}",
    )
    assert not check(wrong).ok, wrong


# A review found dates before 1582 failing: histories give them in the Julian calendar.
@pytest.mark.parametrize(
    ("text", "calendar"),
    [
        ("10 Muharram 61 AH (10 October 680 CE)", "civil"),  # Karbala, as histories give it (Julian)
        ("Tuesday, 29 May 1453 (20 Jumada al-Awwal 857 AH)", "civil"),
        ("1 Muharram 1 AH (16 July 622)", "civil"),
        ("1 Muharram 1 AH (19 July 622)", "civil"),  # a converter's proleptic Gregorian date
    ],
)
def test_a_date_before_1582_is_read_as_julian_in_the_tabular_check(text: str, calendar: str) -> None:
    verdict = check(text)
    assert verdict.ok, verdict.message
    assert verdict.calendar == calendar


def test_a_julian_reading_says_so() -> None:
    note = check("10 Muharram 61 AH (10 October 680 CE)").findings[0]
    assert note.code == "tabular"
    assert "the western half read as a Julian date" in note.message
    assert not check("10 Muharram 61 AH (20 October 680 CE)").ok


# A held-out passage (a manuscript catalogue, stop 44): the civil calendar gives the 25th, the
# page the 24th, a Sunday as 15 December 1816 was. Months began by sighting then.
def test_an_older_date_a_day_from_the_tabular_calendar_passes_with_a_note() -> None:
    verdict = check("Prov.:a statement mentioning the date Sunday, 24 Muḥarram 1232/15 December 1816 (p. 1).")
    assert verdict.ok, verdict.message
    assert (verdict.calendar, verdict.difference_days, str(verdict.expected)) == ("civil", -1, "1232-01-25")
    assert verdict.findings[0].code == "tabular"
    assert "a day behind the civil tabular calendar" in verdict.findings[0].message


@pytest.mark.parametrize(
    "text",
    [
        "27 Muḥarram 1232/15 December 1816",  # two days after the civil calendar's 25th
        "23 Muḥarram 1232/15 December 1816",  # two days before
        "Monday, 24 Muḥarram 1232/15 December 1816",  # 15 December 1816 was a Sunday
    ],
)
def test_an_older_date_further_off_or_of_another_weekday_still_fails(text: str) -> None:
    assert not check(text).ok


@given(st.dates(date(1583, 1, 1), date(1882, 1, 1)), st.sampled_from((-1, 2, 3)))
def test_an_older_day_passes_a_day_off_the_civil_calendar_and_no_further(day: date, off: int) -> None:
    hijri = CIVIL.to_hijri(day + timedelta(days=off))
    text = (
        f"{hijri.day} {HIJRI_MONTHS['en'][hijri.month - 1]} {hijri.year} / "
        f"{day.day} {GREGORIAN_MONTHS['en'][day.month - 1]} {day.year}"
    )
    assert check(text).ok is (off == -1), text


# A held-out passage (set 9a, an Austrian glossary) and two corpus lines: the Hijri year is
# not stated beside a western year no authority's calendar reaches; it was "cannot be
# compared in Umm al-Qura", an error, where the year is the tabular calendars' to infer.
@pytest.mark.parametrize(
    "text",
    [
        "die Flucht Muḥammads von Mekka nach Medina am 12 Rabīʿ al-awwal = 24. September 622.",
        "on the 12th of Rabi’ al-Awwal (24th September 622 AD).",
        "10 Muharram (10 October 680)",
        "Sunday, 24 Muḥarram/15 December 1816",  # a day from the civil calendar, as with its year
    ],
)
def test_an_older_date_without_its_hijri_year_is_compared_in_a_tabular_calendar(text: str) -> None:
    verdict = check(text)
    assert verdict.ok, verdict.message
    assert verdict.findings[0].code == "tabular"
    assert "The Hijri year is not stated, and" in verdict.findings[0].message


def test_an_older_yearless_date_that_agrees_in_no_tabular_calendar_still_fails() -> None:
    verdict = check("12 Rabīʿ al-awwal = 30. September 622.")  # days off both tabular calendars
    assert not verdict.ok
    assert all(f.code != "tabular" for f in verdict.findings)
    known = check("12 Rabi al-Awwal (24 September 1990)")  # a year the authorities know: compared there
    assert not known.ok
    assert all(f.code != "tabular" for f in known.findings)


# The Prophet's birth, dated by the months of the Arabs before the Hijra (set 14b: an Urdu
# biography, a German encyclopaedia): no calendar converts those months; it was an error.
@pytest.mark.parametrize(
    "text",
    [
        "12 Rabi al-Awwal (20 April 571)",
        "9 ربیع الاول سن 53 ق ھ بمطابق 22 اپریل 571ء",
        "Die Geburt des Propheten (VH 12 Rabi al-Awwal 53/17. Juni 569)",
    ],
)
def test_a_yearless_hijri_day_before_the_hijra_is_not_compared(text: str) -> None:
    verdict = check(text)
    assert verdict.ok
    assert not verdict.agrees
    assert [f.code for f in verdict.findings] == ["before-hijra"]
    assert (
        "is before the Hijra (the Hijri calendar begins on 16 July 622 in the Julian calendar)"
        in verdict.message
    )


def test_a_stated_hijri_year_beside_a_date_before_the_hijra_still_fails() -> None:
    verdict = check("12 Rabi al-Awwal 53 AH (22 April 571)")  # 53 AH is 672 CE
    assert not verdict.ok
    assert all(f.code != "before-hijra" for f in verdict.findings)


@given(st.dates(date(700, 1, 1), date(1882, 1, 1)), st.sampled_from(("en", "fr")), st.sampled_from((0, 3)))
def test_an_older_day_without_its_hijri_year_checks_as_with_it(day: date, language: str, off: int) -> None:
    """Leaving the Hijri year out changes no verdict of an older day: the civil calendar's
    day passes, three days off fails (dates before 1582 read as Julian, as with the year)."""
    from datelines.calendars.julian import julian_to_ordinal

    hijri = CIVIL.to_hijri(day + timedelta(days=off))
    month = HIJRI_MONTHS[language][hijri.month - 1]
    western = f"{day.day} {GREGORIAN_MONTHS[language][day.month - 1]} {day.year}"
    if day < date(1582, 10, 15):  # the western half is read as a Julian date: write the Julian one
        julian = date.fromordinal(julian_to_ordinal(day.year, day.month, day.day))
        hijri = CIVIL.to_hijri(julian + timedelta(days=off))
        month = HIJRI_MONTHS[language][hijri.month - 1]
    with_year = check(f"{hijri.day} {month} {hijri.year} / {western}")
    without = check(f"{hijri.day} {month} / {western}")
    assert without.ok is with_year.ok is (off == 0), (hijri, western, without.message)


@pytest.mark.parametrize(
    "text",
    [
        "10 Muharram (10 October 680 BC)",
        "10 Muharram 61 AH (10 October 680 BC)",
        "10 Muharram (10 October 680 av. J.-C.)",
        "10 Muharram (10. Oktober 680 v. Chr.)",
        "10 Muharram (10 October 680 до н. э.)",
    ],
)
def test_a_date_before_the_common_era_is_no_hijri_dates(text: str) -> None:
    """A review: the reader dropped "BC", and "10 Muharram (10 October 680 BC)" passed as 680 CE."""
    verdict = check(text)
    assert not verdict.ok
    assert any("is before the common era" in f.message for f in verdict.findings)


@pytest.mark.parametrize("text", ["10 Muharram (10 October 680 AD)", "10 Muharram 61 AH (10 October 680 AD)"])
def test_the_same_date_of_the_common_era_passes(text: str) -> None:
    assert check(text).ok


def test_the_indonesian_era_begins_no_run_of_words() -> None:
    """A soak run: with Turkish "M.Ö." (before the common era) in the tables, "M" began a run
    of words the reader joins into a name, and "1979 M ai" was read as May 1979."""
    from datelines import extract

    found = [
        (d.hijri.isoformat(), d.gregorian.isoformat())
        for d in extract("1400 H / 1979 M ai")
        if d.hijri and d.gregorian
    ]
    assert found == [("1400", "1979")]
