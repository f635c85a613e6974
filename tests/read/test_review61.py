"""Review 61's findings on stop 61's changes: a feast in brackets after a range or after each
of several holidays; "the 2024 Hijri calendar"; a Solar month's other name in brackets beside
a Hijri date; a bracket with a slash after a date that is no agency."""

from __future__ import annotations

import pytest

from datelines import check, extract, parse


@pytest.mark.parametrize(
    "text",
    [
        "UAE holidays: 15 June 2024 (Arafat Day), 16-18 June 2024 (Eid Al Adha)",
        "Public holidays 2024: 9-12 April 2024 (Eid al-Fitr), 15-18 June 2024 (Eid al-Adha)",
        "Cuti bersama: 8-12 April 2024 (Idul Fitri)",
        "Libur sekolah 8–15 April 2024 (Idul Fitri 1445 H)",
        "Schools closed 15 to 18 June 2024 (Eid al-Adha)",
        "Eid holidays: June 16-19, 2024 (Eid al-Adha)",
        # one feast glossing each of its holidays names the holidays, not its day
        "Pakistan: 17 June 2024 (Eid ul Adha), 18 June 2024 (Eid ul Adha), 19 June 2024 (Eid ul Adha)",
    ],
)
def test_a_feast_glossing_a_range_or_its_holidays_pairs_with_none(text: str) -> None:
    assert [d for d in extract(text) if d.hijri is not None and d.gregorian is not None] == [], text


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Public holidays 2024: 16 July 2024 (Ashura), 14 August 2024 (Independence Day)", ["2024-07-16"]),
        (
            "15 July 2024 (Tasua), 16 July 2024 (Ashura), 16 September 2024 (Mawlid)",
            ["2024-07-15", "2024-07-16"],
        ),
        ("Holidays: 16 June 2024 (Eid al-Adha) 25 December 2024 (Christmas)", ["2024-06-16"]),
    ],
)
def test_a_feast_glossing_the_date_before_takes_no_later_one(text: str, days: list[str]) -> None:
    found = [d for d in extract(text) if d.hijri is not None and d.gregorian is not None]
    assert [d.gregorian.isoformat() for d in found if d.gregorian is not None] == days
    assert all(check(d).ok for d in found)


@pytest.mark.parametrize(
    "text",
    [
        "In 2024 Lunar Hijri calendar observers expect Ramadan to begin on 11 March.",
        "The 2024 Hijri calendar shows Ramadan beginning on 11 March.",
    ],
)
def test_a_year_of_our_era_naming_a_hijri_calendar_is_no_hijri_year(text: str) -> None:
    for line in extract(text):
        assert line.hijri is None or line.hijri.year is None, text


def test_a_solar_month_s_other_name_in_brackets_beside_a_hijri_date() -> None:
    for text in ("۲۵ حمل (فروردین) ۱۴۰۳ ه.ش برابر با ۴ شوال ۱۴۴۵ ه.ق", "۲۵ حمل (فروردین) ۱۴۰۳ / ۴ شوال ۱۴۴۵"):
        (line,) = extract(text)
        assert line.solar_hijri is not None
        assert line.hijri is not None
        assert (line.solar_hijri.year, line.solar_hijri.month, line.solar_hijri.day) == (1403, 1, 25)
        assert (line.hijri.year, line.hijri.month, line.hijri.day) == (1445, 10, 4)


@pytest.mark.parametrize(
    ("bracket", "agency"),
    [
        ("(Saturday/Sunday night)", None),
        ("(Mon/Tue)", None),
        ("(Rabiul Akhir/Jumadil Awal)", None),
        ("(APP/Reuters)", "APP/Reuters"),
        ("(AFP/AP)", "AFP/AP"),  # "AP" alone is an era mark: not a day's or month's name
    ],
)
def test_a_slashed_bracket_is_an_agency_only_without_a_day_or_month(bracket: str, agency: str | None) -> None:
    line = parse(f"Karachi, 13 Ramadan 1446 AH / 13 March 2025 {bracket}")
    assert (line.place, line.agency) == ("Karachi", agency)


@pytest.mark.parametrize(
    ("text", "days"),
    [
        # review 61b: the same feast glossing dates apart glosses each; a wrong one is told
        (
            "Last year Eid fell on 16 June 2024 (Eid al-Adha). This year the holiday is 9 June 2025 (Eid al-Adha).",
            [("2024-06-16", True), ("2025-06-09", False)],
        ),
        (
            "UAE: 16 June 2024 (Eid al-Adha). Oman: 17 June 2024 (Eid al-Adha).",
            [("2024-06-16", True), ("2024-06-17", True)],
        ),
        (
            "Saudi Arabia marks 10 April 2024 (Eid al-Fitr); Pakistan marks 10 April 2024 (Eid ul Fitr) too.",
            [("2024-04-10", True), ("2024-04-10", True)],
        ),
        # a page's, an issue's number before a dash is no range's first day
        ("Page 4 - 18 June 2024 (Eid al-Adha)", [("2024-06-18", False)]),
        ("Issue 12 - 16 June 2024 (Eid al-Adha)", [("2024-06-16", True)]),
        ("Vol. 3 No. 2 – 16 July 2024 (Ashura)", [("2024-07-16", True)]),
        # consecutive days one feast glosses in one sentence: its holidays
        ("Government offices closed 16 July 2024 (Ashura) and 17 July 2024 (Ashura)", []),
    ],
)
def test_glosses_apart_and_numbers_before_a_dash(text: str, days: list[tuple[str, bool]]) -> None:
    found = [
        (d.gregorian.isoformat(), check(d).ok)
        for d in extract(text)
        if d.hijri is not None and d.gregorian is not None
    ]
    assert found == days


def test_a_solar_date_with_its_weekday_in_brackets() -> None:
    (line,) = extract("۲ دی (یکشنبه) ۱۴۰۳ برابر با ۲۲ دسامبر ۲۰۲۴")
    assert line.gregorian is not None
    assert line.gregorian.isoformat() == "2024-12-22"
    assert check(line).ok


def test_a_year_in_a_phrase_of_its_own_before_a_hijri_month() -> None:
    line = parse("In 2023, Ramadan 1444 AH began on 23 March.")
    assert line.gregorian is not None
    assert line.gregorian.year == 2023


@pytest.mark.parametrize(
    "text",
    [
        # review 61c: a holiday list's days within a week, a ";" or a weekend between
        "Holidays: 16 June 2024 (Eid al-Adha); 17 June 2024 (Eid al-Adha); 18 June 2024 (Eid al-Adha).",
        "Cuti bersama: 8 April 2024 (Idul Fitri), 9 April 2024 (Idul Fitri), 12 April 2024 (Idul Fitri)",
        "Holidays: Sunday 16 June 2024 (Eid al-Adha), Tuesday 18 June 2024 (Eid al-Adha)",
        "Eid holidays 2024: 9 April 2024 (Eid al-Fitr) - 12 April 2024 (Eid al-Fitr)",
        "Issue 16-18 June 2024 (Eid al-Adha)",  # an issue's days, a range still
    ],
)
def test_a_holiday_list_s_days_pair_with_none(text: str) -> None:
    assert [d for d in extract(text) if d.hijri is not None and d.gregorian is not None] == [], text


@pytest.mark.parametrize(
    ("text", "ok"),
    [
        ("(H. 270 – 324 / M. 883 – 936)", True),
        ("(H. 270 – 324 / M. 883 – 946)", False),  # 324 AH ended in 936
        ("(H.270 – 324 / M.883 – 946)", False),
        ("Ibn Sina (AH 370–428 / AD 980–1040)", False),  # 428 AH ended in 1037
        ("Ibn Sina (AH 370–428 / AD 980–1037)", True),
    ],
)
def test_extract_finds_a_life_s_ranges_and_checks_both_ends(text: str, ok: bool) -> None:
    (line,) = extract(text)
    assert check(line).ok is ok, check(line).message


def test_an_issue_named_by_its_years_is_dated() -> None:
    # "Edisi" (edition) is a page's or issue's label only before a dash (review 61c)
    assert [
        (d.hijri.year, d.gregorian.year) for d in extract("Edisi 1445/2024") if d.hijri and d.gregorian
    ] == [(1445, 2024)]


@pytest.mark.parametrize(
    ("text", "days"),
    [
        # review 61d: two countries' or two sayings' days of one feast, said apart in one
        # sentence, are each read, and a wrong one told
        (
            "Saudi Arabia marked 16 June 2024 (Eid al-Adha), but Pakistan marked 20 June 2024 (Eid al-Adha).",
            [("2024-06-16", True), ("2024-06-20", False)],
        ),
        (
            "Saudi Arabia marked 16 June 2024 (Eid al-Adha); Pakistan marked 19 June 2024 (Eid al-Adha).",
            [("2024-06-16", True), ("2024-06-19", False)],
        ),
        (
            "Iran: 16 July 2024 (Ashura); Pakistan: 17 July 2024 (Ashura); India: 17 July 2024 (Ashura).",
            [("2024-07-16", True), ("2024-07-17", True), ("2024-07-17", True)],
        ),
        # a page's number glued to a dash and a day two weeks on begins no range
        ("Page 4-18 June 2024 (Eid al-Adha)", [("2024-06-18", False)]),
        # a Hijri range's end of a digit more
        ("AH 999–1000 / AD 1590–1600", []),
    ],
)
def test_days_said_apart_are_each_read(text: str, days: list[tuple[str, bool]]) -> None:
    found = [
        (d.gregorian.isoformat(), check(d).ok)
        for d in extract(text)
        if d.hijri is not None and d.gregorian is not None and d.gregorian.day is not None
    ]
    assert found == days


@pytest.mark.parametrize(
    ("text", "ok"),
    [
        ("AH 999–1000 / AD 1590–1600", False),
        ("AH 999–1000 / AD 1590–1592", True),
        ("(AH 95–101 / AD 714–730)", False),
    ],
)
def test_a_hijri_range_s_end_of_a_digit_more(text: str, ok: bool) -> None:
    (line,) = extract(text)
    assert check(line).ok is ok
