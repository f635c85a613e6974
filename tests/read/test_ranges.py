"""Ranges of days said in both calendars: "1-3 Syawal 1446 H (31 Maret - 2 April 2025)". A range
is read as its last day ("1-3 Syawal" is a half on 3 Syawal), and the ends of two ranges of
one length pair; a range beside a day, ranges of two lengths, backward ones and lists of
three pair as the nearest halves do (and the check says so where they are not one day)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from datelines import HijriDate, check, extract, get_calendar, parse
from datelines.names.output import GREGORIAN_MONTHS, HIJRI_MONTHS

UMALQURA = get_calendar("umalqura")
ERAS = {"en": " AH", "id": " H", "fr": " de l'hégire"}
JOINERS = {
    "en": (" - ", "-", " to ", " until "),
    "id": (" - ", "-", " s.d. ", " hingga "),
    "fr": (" - ", " à "),
}


def _pairs(text: str) -> list[tuple[str | None, str | None]]:
    return [
        (
            line.hijri.isoformat() if line.hijri else None,
            line.gregorian.isoformat() if line.gregorian else None,
        )
        for line in extract(text)
    ]


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        # a range in one month beside one across two: the two ends
        ("Idul Fitri 1-3 Syawal 1446 H (31 Maret - 2 April 2025).", [("1446-10-03", "2025-04-02")]),
        ("Libur 1 - 2 Syawal 1446 H jatuh pada 31 Maret s.d. 1 April 2025.", [("1446-10-02", "2025-04-01")]),
        ("The Hajj, 8-13 Dhul Hijjah 1445 AH (14-19 June 2024), ended.", [("1445-12-13", "2024-06-19")]),
        # the mirror: a Gregorian range in one month, a Hijri range across two
        ("Libur 29-31 Maret 2025 (29 Ramadan - 1 Syawal 1446 H).", [("1446-10-01", "2025-03-31")]),
        # two ranges across two months each: the ends, as a range within a month is read
        ("from 29 Ramadan to 2 Shawwal 1446 AH (29 March - 1 April 2025)", [("1446-10-02", "2025-04-01")]),
        (
            "30 Desember 2024 - 1 Januari 2025 (29 Jumadil Akhir - 1 Rajab 1446 H)",
            [("1446-07-01", "2025-01-01")],
        ),
        # month first, as American and Saudi English write ranges
        ("Hajj, June 14-18, 2024 (8-12 Dhul Hijjah 1445 AH).", [("1445-12-12", "2024-06-18")]),
        ("Dhul Hijjah 8–12, 1445 AH (June 14–18, 2024)", [("1445-12-12", "2024-06-18")]),
        ("Eid: Shawwal 1-3, 1446 AH (March 30 - April 1, 2025)", [("1446-10-03", "2025-04-01")]),
        ("Eid: Shawwal 1 to 3, 1446 AH (March 30 to April 1, 2025)", [("1446-10-03", "2025-04-01")]),
        # Russian "с … по …" (from … to …)
        (
            "Ураза-байрам с 1 по 3 шавваля 1446 года (с 30 марта по 1 апреля 2025 года)",
            [("1446-10-03", "2025-04-01")],
        ),
        # not ranges: one day, and a dash between the two calendars' halves
        ("1 Syawal 1446 H - 31 Maret 2025", [("1446-10-01", "2025-03-31")]),
        ("Seoul, 10 Rabiul Akhir 1437/20 January 2016 (MINA) –", [("1437-04-10", "2016-01-20")]),
    ],
)
def test_ranges_pair_their_ends(text: str, pairs: list[tuple[str, str]]) -> None:
    assert _pairs(text) == pairs
    assert all(check(line).ok for line in extract(text) if line.hijri and line.gregorian), text


def test_a_range_read_alone_gives_its_ends() -> None:
    line = parse("1-3 Syawal 1446 H (31 Maret - 2 April 2025)")
    assert line.hijri is not None
    assert line.gregorian is not None
    assert (line.hijri.day, line.gregorian.isoformat()) == (3, "2025-04-02")
    assert check(line).ok


@given(
    st.integers(1380, 1480),
    st.integers(1, 12),
    st.integers(2, 29),
    st.integers(1, 5),
    st.sampled_from(sorted(ERAS)),
    st.data(),
)
def test_a_range_beside_its_range_checks(
    year: int, month: int, last: int, length: int, language: str, data: st.DataObject
) -> None:
    """Everything we write as a range of days in both calendars reads as the two ends (or the
    two starts and the two ends), and checks: never a false alarm for a right range."""
    first = max(1, last - length)
    start = UMALQURA.to_gregorian(HijriDate(year, month, first))
    end = start + timedelta(days=last - first)
    joiner = data.draw(st.sampled_from(JOINERS[language]))
    g_months = GREGORIAN_MONTHS[language]
    if start.month == end.month:
        g_text = f"{start.day}-{end.day} {g_months[end.month - 1]} {end.year}"
    else:
        g_text = (
            f"{start.day} {g_months[start.month - 1]}{joiner}{end.day} {g_months[end.month - 1]} {end.year}"
        )
    h_text = f"{first}-{last} {HIJRI_MONTHS[language][month - 1]} {year}{ERAS[language]}"
    if language == "en" and data.draw(st.booleans()):  # month first: "Shawwal 1-3, 1446 AH"
        h_text = f"{HIJRI_MONTHS[language][month - 1]} {first}-{last}, {year}{ERAS[language]}"
        if start.month == end.month:
            g_text = f"{g_months[end.month - 1]} {start.day}-{end.day}, {end.year}"
        else:
            g_text = f"{g_months[start.month - 1]} {start.day}{joiner}{g_months[end.month - 1]} {end.day}, {end.year}"
    text = data.draw(
        st.sampled_from((f"{h_text} ({g_text})", f"{g_text} ({h_text})", f"{h_text} / {g_text}"))
    )
    found = [line for line in extract(text) if line.hijri and line.gregorian]
    assert found, text
    final = found[-1]
    assert final.hijri is not None
    assert final.gregorian is not None
    assert (final.hijri.year, final.hijri.month, final.hijri.day) == (year, month, last), text
    assert final.gregorian.isoformat() == end.isoformat(), text
    assert all(check(line, calendar=UMALQURA).ok for line in found), text


def test_a_range_across_the_new_year_gives_its_ends_years_as_said() -> None:
    text = "30 Jumadil Akhir - 2 Rajab 1446 H (31 Desember - 2 Januari 2025)"
    assert _pairs(text) == [("1446-07-02", "2025-01-02")]
    line = next(iter(extract(text)))
    assert check(line, calendar=UMALQURA).ok
    assert line.gregorian is not None
    assert line.gregorian.text == "2 Januari 2025"


@pytest.mark.parametrize(
    "text",
    [
        # a day, and a range that begins on it: not two ranges
        "The exam was moved from 2-3 Shawwal 1446 AH / 1 April 2025 to 10 April 2025.",
        "2-3 Syawal 1446 H / 1 April 2025 - 15 April 2025 pendaftaran dibuka",
    ],
)
def test_a_range_beside_a_day_keeps_the_day(text: str) -> None:
    assert _pairs(text)[0] == ("1446-10-03", "2025-04-01")
    assert check(next(iter(extract(text))), calendar=UMALQURA).ok


@pytest.mark.parametrize(
    "text",
    [
        # ranges of different lengths, backwards, or lists of three: the nearest halves pair,
        # and the check says they are not one day
        "1-3 Syawal 1446 H (25 Maret - 2 April 2025)",
        "from 29 Ramadan to 2 Shawwal 1446 AH (29 March - 5 April 2025)",
        "2 Shawwal - 1 Ramadan 1446 AH (31 March - 1 March 2025)",
        "1 Ramadan - 2 Ramadan - 3 Ramadan 1446 H (1 Maret - 2 Maret - 3 Maret 2025)",
        "1-3 Syawal 1446 H (31 Maret - 1 April - 2 April 2025)",
    ],
)
def test_ranges_that_do_not_match_are_not_paired_by_their_ends(text: str) -> None:
    lines = [line for line in extract(text) if line.hijri and line.gregorian]
    assert lines
    assert not check(lines[0], calendar=UMALQURA).ok


def test_ranges_said_in_words_keep_their_starts_without_years() -> None:
    text = "between 30 December and 2 January 2025 (between 29 Jumada al-Akhirah and 2 Rajab 1446)"
    line = next(iter(extract(text)))
    assert line.hijri is not None
    assert line.gregorian is not None
    assert (line.hijri.year, line.gregorian.year) == (None, None)  # unsaid, so not filled in


def test_a_range_s_end_keeps_its_start_s_language() -> None:
    # "April" is English too; "Mac" says the range is Malay (a review)
    line = parse("Cuti 1 - 2 Syawal 1446H (31 Mac - 1 April 2025)")
    assert "ms" in line.languages
    assert line.languages[0] == "id"


@pytest.mark.parametrize(
    "text",
    [
        "Ramadan 5-10:30 prayers, 1446 AH (March 5, 2025)",  # a time, not a range
        "Ramadan 5-10/3 1446 AH (March 5, 2025)",  # a numeric date after
        "Ramadan 5-10-12, 1446 AH (March 5, 2025)",  # a list of three
    ],
)
def test_month_first_numbers_that_are_no_range_are_not_read_as_one(text: str) -> None:
    assert all(line.hijri is None or line.hijri.day != 10 for line in extract(text))


def test_a_backward_month_first_range_is_its_first_day() -> None:
    assert _pairs("Ramadan 5-3, 1446 AH (March 5, 2025)") == [("1446-09-05", "2025-03-05")]


@pytest.mark.parametrize(
    "text",
    [
        # the weekday of the range's last day, the day the half is read as
        "Thursday 17 Ramadan 1445 / 27-28 March 2024",
        # a weekday of none of its days, before both halves: a misprint the checker reports,
        # as for a single day, not two days
        "Sunday 17 Ramadan 1445 / 27-28 March 2024",
    ],
)
def test_a_weekday_of_the_ranges_last_day_or_a_misprint_keeps_the_range(text: str) -> None:
    line = parse(text)
    assert line.gregorian is not None
    assert line.gregorian.isoformat() == "2024-03-28"
    assert [d.gregorian.isoformat() for d in extract(text) if d.gregorian] == ["2024-03-28"]


@pytest.mark.parametrize(
    "text",
    [
        # a holiday notice: the feast's weekday is the Hijri day's and the range's first day's,
        # another day than the range is read as (review 56b: pairing them made false alarms)
        "Libur Idul Adha: Senin 10 Dzulhijjah 1445 H / 17-18 Juni 2024",
        "Cuti Hari Raya Aidilfitri: Rabu 1 Syawal 1445H / 10-11 April 2024",
        "Wednesday 1 Shawwal 1445 / 10-13 April 2024",
    ],
)
def test_a_holiday_notices_first_day_weekday_is_no_false_alarm(text: str) -> None:
    assert check(parse(text)).ok
    assert all(check(d).ok for d in extract(text))
