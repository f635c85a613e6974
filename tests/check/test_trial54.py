"""Stop 54's new-user trial (an Ottoman archivist, a media group's data engineer, a
front-end developer): what it found wrong, kept right."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from datelines import check, extract, parse


@pytest.mark.parametrize(
    ("text", "said"),
    [
        # a weekday a day early: a misprint, or the evening before, which the checker says
        ("Thursday, 19 Ramadan 1445 AH, 29 March 2024", "Thursday is the day before 29 March 2024"),
        ("Cuma 10 Muharrem 1288 ve 20 Mart 1287", "Friday is the day before 20 Mart 1287 Rumi"),
        # four days off: an error
        ("Monday, 19 Ramadan 1445 AH, 29 March 2024", "The stated weekday, Monday, fits neither"),
    ],
)
def test_a_misprinted_weekday_before_both_halves_is_reported_not_dropped(text: str, said: str) -> None:
    # before: the halves were taken for two days, the line vanished, and the linter passed it
    (found,) = extract(text)
    verdict = check(found)
    assert [f.severity for f in verdict.findings if f.message.startswith(said)] in (["warning"], ["error"])
    assert verdict.message.startswith(said)


def test_two_days_each_with_its_own_weekday_stay_apart() -> None:
    assert list(extract("29 March 2025 (Saturday), 1 Shawwal 1446 (Sunday)")) == []
    # "Tuesday completes Dhu al-Qa'dah, and the day after, Wednesday, 22 July 2020, is the 1st"
    text = "أن غداً الثلاثاء، هو المكمل لشهر ذي القعدة، وبعد غدٍ الأربعاء الموافق 22 يوليو 2020 سيكون الأول"
    assert all(d.hijri is None or d.hijri.day != 30 for d in extract(text))


def test_a_rumi_weekday_message_has_one_bracket() -> None:
    verdict = check("Pazar 3 Rebiülevvel 1327 / 11 Mart 1325")
    assert "11 Mart 1325 Rumi (24 March 1909, a Wednesday) nor" in verdict.message


# An Ottoman masthead's three dates: Hijri, Rumi and Gregorian (the trial's archivist).
TRIPLES = [
    # (line, ok, the message's start)
    ("Pazartesi 14 Şaban 1338 - 3 Mayıs 1336 - 3 Mayıs 1920", True, "'3 Mayıs 1336' is a date of the Rumi"),
    (
        "Pazartesi 14 Şaban 1338 - 3 Mayıs 1336 - 9 Mayıs 1920",
        False,
        "The Gregorian date, '9 Mayıs 1920', is six days after the day the Hijri and Rumi dates name",
    ),
    (
        "3 Rebiülevvel 1327 Hicri / 15 Mart 1325 Rumi / 24 Mart 1909 Miladi",
        False,
        "The Rumi date, '15 Mart 1325 Rumi', is 28 March 1909: four days after",
    ),
]


@pytest.mark.parametrize(("text", "ok", "said"), TRIPLES)
def test_an_ottoman_mastheads_third_date_is_read_and_checked(text: str, ok: bool, said: str) -> None:
    # before: the line ended at the Rumi date, and a wrong third date passed
    (found,) = extract(text)
    assert text.endswith(found.text)  # (a weekday stands outside, as on every line)
    assert found.text.endswith(("1920", "Miladi"))
    assert found.rumi is not None
    assert found.rumi.calendar == "rumi"
    assert found.gregorian is not None
    assert found.gregorian.calendar == "gregorian"
    verdict = check(found)
    assert verdict.ok is ok
    assert verdict.message.startswith(said)


@given(st.dates(min_value=date(1870, 3, 14), max_value=date(1917, 2, 28)), st.integers(-5, 5))
def test_three_dates_of_a_day_check_and_a_moved_gregorian_one_is_named(day: date, moved: int) -> None:
    from datelines import HijriDate, get_calendar
    from datelines.calendars.rumi import gregorian_to_rumi
    from datelines.names.output import GREGORIAN_MONTHS, HIJRI_MONTHS, RUMI_MONTHS

    hijri: HijriDate = get_calendar("civil").to_hijri(day)
    ry, rm, rd = gregorian_to_rumi(day)
    shown = day + timedelta(days=moved)
    text = (
        f"{hijri.day} {HIJRI_MONTHS['tr'][hijri.month - 1]} {hijri.year} - {rd} {RUMI_MONTHS[rm - 1]} {ry} - "
        f"{shown.day} {GREGORIAN_MONTHS['tr'][shown.month - 1]} {shown.year}"
    )
    found = parse(text)
    assert found.rumi is not None, text
    assert (found.gregorian.year, found.gregorian.month, found.gregorian.day) == (
        shown.year,
        shown.month,
        shown.day,
    )
    verdict = check(found)
    if moved == 0:
        assert verdict.ok, (text, verdict.message)
    else:
        assert not verdict.ok, text
    if (
        abs(moved) >= 3
    ):  # (a day or two may be the tabular calendars' own difference: then the Rumi date is named)
        assert verdict.message.startswith(f"The Gregorian date, '{found.gregorian.text}', is "), (
            text,
            verdict.message,
        )


def test_a_span_that_closes_a_bracket_opens_it_too() -> None:
    # the dateline's text began inside the bracket and took its close (a trial)
    text = "Bandung, Kamis (10/4/2024) bertepatan 1 Syawal 1445 H, umat Islam merayakan."
    (found,) = extract(text)
    assert found.text == "(10/4/2024) bertepatan 1 Syawal 1445 H"
    assert text[found.span[0] : found.span[1]] == found.text
