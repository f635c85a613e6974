"""A month said to begin on a date is compared with its first day; one said to end, with its
last day or the day after (when it is over). Before, both were compared as the whole month,
so "Ramadan 1445 will begin on Tuesday, 19 March 2024" (the ninth day) passed, and a month
said to begin on the evening before its first day was an error."""

from __future__ import annotations

from datetime import timedelta

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from datelines import HijriDate, check, extract, get_calendar, parse
from datelines.names.output import GREGORIAN_MONTHS, HIJRI_MONTHS

UMM_AL_QURA = get_calendar("umalqura")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _codes(text: str, **options: str) -> tuple[bool, list[str]]:
    verdict = check(text, **options)  # type: ignore[arg-type]
    return verdict.ok, [f.code for f in verdict.findings]


@pytest.mark.parametrize(
    "text",
    [
        "Ramadan 1445 will begin on Monday, March 11, 2024.",
        "Ramadan will start on Friday, April 24",  # no year: 2020's
        "Awal Ramadhan 1445 H jatuh pada Selasa, 12 Maret 2024.",  # Indonesia's first day
    ],
)
def test_the_first_day_passes_with_a_note(text: str) -> None:
    ok, codes = _codes(text)
    assert ok, codes
    assert codes[0] == "month-begins", codes


@pytest.mark.parametrize(
    "text",
    [
        "Ramadan 1445 will begin on Tuesday, March 19, 2024.",  # the ninth day
        "Ramadan 1445 begins on Wednesday, March 13, 2024.",  # the third day everywhere
        "Ramadan will start on Monday, April 27",  # 4 Ramadan 1441
    ],
)
def test_another_day_of_the_month_is_a_warning(text: str) -> None:
    """The month agrees as a whole, and the line may speak of another thing's beginning in
    it (the reader cannot always tell): a warning that says when the month began."""
    verdict = check(text)
    assert verdict.ok, verdict.message
    assert (verdict.findings[0].code, verdict.findings[0].severity) == ("month-begins", "warning")
    assert "Right only if the line means another thing begins then" in verdict.findings[0].message


def test_a_day_outside_the_month_is_an_error() -> None:
    ok, codes = _codes("Ramadan 1445 begins on Sunday, March 10, 2024.")  # 29 Sha'ban everywhere
    assert not ok, codes
    assert codes[:2] == ["month-begins", "disagree"], codes


def test_the_evening_before_the_first_day_passes() -> None:
    ok, codes = _codes("Ramadan 1445 begins on the evening of Sunday, March 10, 2024.")
    assert ok, codes
    assert "after-sunset" in codes, codes


def test_the_messages_say_how_the_line_was_compared() -> None:
    verdict = check("Ramadan 1445 will begin on Monday, March 11, 2024.")
    assert verdict.findings[0].message == (
        "The line says Ramadan 1445 begins on 11 March 2024: compared as its first day."
    )
    verdict = check("Ramadan 1445 will begin on Tuesday, March 19, 2024.")
    assert verdict.findings[0].message == (
        "The line says Ramadan 1445 begins on 19 March 2024, but in Umm al-Qura that day is 9 Ramadan "
        "1445: the month began on 11 March 2024. Right only if the line means another thing begins then."
    )


def test_the_verdict_keeps_the_line_as_read() -> None:
    line = parse("Ramadan 1445 will begin on Monday, March 11, 2024.")
    verdict = check(line)
    assert verdict.dateline == line
    assert verdict.dateline.hijri is not None
    assert verdict.dateline.hijri.day is None


@pytest.mark.parametrize(
    ("text", "ok", "severity"),
    [
        ("Ramadan 1445 AH will end on Tuesday, April 9, 2024.", True, "note"),  # the 30th
        ("Ramadan 1445 AH will end on Wednesday, April 10, 2024.", True, "note"),  # the day it is over
        ("Ramadan 1445 ended on Monday, April 8, 2024.", True, "warning"),  # the 29th of 30 (a review)
        ("Ramadan 1445 AH will end on Wednesday, March 27, 2024.", True, "warning"),  # the 17th
        ("Ramadan 1445 AH will end on Friday, April 12, 2024.", False, "note"),  # 3 Shawwal
    ],
)
def test_a_month_said_to_end_is_compared_with_its_last_day(text: str, ok: bool, severity: str) -> None:
    verdict = check(text, authority="SA")
    assert verdict.ok is ok, verdict.message
    assert (verdict.findings[0].code, verdict.findings[0].severity) == ("month-ends", severity)


def test_a_month_side_by_side_with_a_date_is_still_compared_as_the_month() -> None:
    ok, codes = _codes("Ramadan 1445 H / Senin, 18 Maret 2024")
    assert ok, codes
    assert not any(code.startswith("month-") for code in codes), codes


def _warned(text: str, **options: str) -> tuple[bool, str | None]:
    verdict = check(text, **options)  # type: ignore[arg-type]
    boundary = next(f for f in verdict.findings if f.code.startswith("month-"))
    return verdict.ok, boundary.severity


@given(st.integers(1343, 1499), st.integers(1, 12), st.integers(0, 27), st.sampled_from(("en", "fr", "id")))
def test_a_month_said_to_begin_checks_only_on_its_first_day(
    year: int, month: int, late: int, language: str
) -> None:
    """Its first day passes with a note; a later day in it, with a warning."""
    first = UMM_AL_QURA.to_gregorian(HijriDate(year, month, 1))
    day = first + timedelta(days=late)
    verb = {"en": "will begin on", "fr": "commence le", "id": "dimulai pada"}[language]
    text = (
        f"{HIJRI_MONTHS[language][month - 1]} {year} {verb} "
        f"{day.day} {GREGORIAN_MONTHS[language][day.month - 1]} {day.year}"
    )
    line = parse(text)
    assert line.hijri is not None, text
    assert line.hijri.boundary == "begins", text
    assert _warned(text, calendar="umalqura") == (True, "note" if late == 0 else "warning"), text


@given(st.integers(1343, 1499), st.integers(1, 12), st.integers(-20, 3))
def test_a_month_said_to_end_checks_on_its_last_day_or_the_next(year: int, month: int, shift: int) -> None:
    """Its last day and the day after pass with a note; a day before, in the month, with a
    warning; a later day of the next month is an error."""
    length = UMM_AL_QURA.month_length(year, month)
    assume(length in (29, 30))  # (a few months of the early printed years have 28 or 31)
    last = UMM_AL_QURA.to_gregorian(HijriDate(year, month, length))
    day = last + timedelta(days=shift)
    text = (
        f"{HIJRI_MONTHS['en'][month - 1]} {year} will end on {WEEKDAYS[day.weekday()]}, "
        f"{day.day} {GREGORIAN_MONTHS['en'][day.month - 1]} {day.year}"
    )
    expected = (True, "note") if shift in (0, 1) else (True, "warning") if shift < 0 else (False, "note")
    assert _warned(text, calendar="umalqura") == expected, text


def test_a_month_begun_yesterday_after_a_masthead_date_keeps_no_boundary() -> None:
    [line] = [d for d in extract("Wednesday 13 March 2024\n\nRamadan 1445 began yesterday") if d.hijri]
    assert line.hijri is not None
    assert line.hijri.boundary is None


def test_of_two_last_days_the_month_s_own_authority_is_followed() -> None:
    """Saudi Arabia's 30th and Indonesia's 29th both end Dhu al-Hijjah 1444 on 18 July 2023:
    the Saudi court's line follows Saudi Arabia's (a second review)."""
    text = (
        "The final day of the month of Dhul Hijjah, 1444 Hijri, or July 18th, 2023, will fall on "
        "Tuesday, according to the Saudi Supreme Court."
    )
    [line] = extract(text)
    assert check(line).authority == "SA"


def test_a_month_end_s_error_names_no_day_the_month_lacks() -> None:
    verdict = check("Ramadan 1440 ends on 6 June 2019.")
    assert not verdict.ok
    assert all(f.code != "impossible-date" for f in verdict.findings)
