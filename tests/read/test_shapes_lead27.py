"""Shapes the lead fixed in stop 27 (issue #13): precision found by the second review."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from datelines import HijriDate, extract, get_calendar, parse
from datelines.names.output import GREGORIAN_MONTHS, HIJRI_MONTHS

from .test_shape_properties import FILLER, _text_around

UMALQURA = get_calendar("umalqura")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _pairs(text: str) -> list[tuple[str | None, str | None]]:
    return [
        (
            line.hijri.isoformat() if line.hijri else None,
            line.gregorian.isoformat() if line.gregorian else None,
        )
        for line in extract(text)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Attendees: Ahmed, Friday, Sara. Ramadan 1445 began 11 March 2024 in Qatar.",
        "Attendees: Ahmed, Friday, Sara. Ramadan 1445 began 11 March, Monday, 2024 in Qatar.",
        "Friday was hot. Ramadan 1445 began 11 March 2024.",
        "Attendees: Ahmed, Friday. Ramadan 1445 began on Monday, 11 March 2024 in Qatar.",
    ],
)
def test_a_weekday_of_another_sentence_is_not_the_dates(text: str) -> None:
    # A weekday in the sentence before neither contradicts the pair nor becomes its weekday.
    line = parse(text)
    assert line.hijri is not None
    assert line.gregorian is not None
    assert (line.hijri.isoformat(), line.gregorian.isoformat()) == ("1445-09", "2024-03-11")
    assert line.weekday in (None, 0)
    assert _pairs(text) == [("1445-09", "2024-03-11")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The court adjourned from 3 March to 5 March; Ramadan 1446 began on 1 March 2025.",
            [("1446-09", "2025-03-01")],
        ),
        ("The court sat on 5 March; Ramadan 1446 began on 1 March 2025.", [("1446-09", "2025-03-01")]),
        # Days on both sides of the semicolon still pair: a list of one day's two dates.
        ("1 Ramadan 1446; 1 March 2025", [("1446-09-01", "2025-03-01")]),
    ],
)
def test_a_month_does_not_take_a_day_across_a_semicolon(
    text: str, expected: list[tuple[str | None, str | None]]
) -> None:
    assert _pairs(text) == expected


@given(
    st.sampled_from(WEEKDAYS),
    st.integers(1, 12),
    st.integers(1400, 1460),
)
def test_a_weekday_in_the_sentence_before_changes_nothing(weekday: str, month: int, year: int) -> None:
    # Law: a month said to begin on its first day reads the same after a sentence that names
    # any weekday.
    first = UMALQURA.to_gregorian(HijriDate(year, month, 1))
    said = HIJRI_MONTHS["en"][month - 1]
    sentence = f"{said} {year} began on {first.day} {GREGORIAN_MONTHS['en'][first.month - 1]} {first.year}."
    alone = _pairs(sentence)
    assert alone == [(f"{year}-{month:02d}", first.isoformat())]
    assert _pairs(f"Attendees: Ahmed, {weekday}, Sara. {sentence}") == alone
    assert _pairs(f"{weekday} was hot. {sentence}") == alone


# A first day in apposition to a date, its month named after a verb of beginning (line 349 of
# the corpus, Ingush): "Май бетта 6 дийнахьа хьалхара ди кхабарца болабир вай …
# мархий бутт «Рамадан»" (on 6 May, the first day, we began to keep … the fasting month).
_RU_GREGORIAN = (
    "январь",
    "февраль",
    "март",
    "апрель",
    "май",
    "июнь",
    "июль",
    "август",
    "сентябрь",
    "октябрь",
    "ноябрь",
    "декабрь",
)
_RU_HIJRI = (
    "Мухаррам",
    "сафар",
    "раби аль-авваль",
    "раби аль-ахир",
    "джумада-ль-уля",
    "джумадаль-ахира",
    "Раджаб",
    "шаабан",
    "Рамадан",
    "шавваль",
    "зуль-каада",
    "зульхиджа",
)
_INGUSH = "{g} бетта {d} дийнахьа хьалхара ди кхабарца болабир вай Дала кхаба мархий бутт «{h}»."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_INGUSH.format(g="Май", d=6, h="Рамадан"), [("--09-01", "--05-06")]),
        # Not across a sentence's end, nor where no verb of beginning stands between.
        ("Май бетта 6 дийнахьа хьалхара ди кхабарца болабир вай. Рамадан бутт.", []),
        ("Май бетта 6 дийнахьа хьалхара ди Рамадан.", []),
        # The first day of something said after it, in a language that puts the owner after
        # its noun: no such half.
        ("6 мая, первый день соревнований начался, а Рамадан идёт.", []),
        # The month in another clause, or named in the locative (during the month): the first
        # day is the fair's ("the fair's first day began on 11 March, and will go on in Ramadan").
        ("Fuarın 11 Mart ilk günü başladı, Ramazan ayında da devam edecek.", []),
        ("Май бетта 6 дийнахьа хьалхара ди болабир, Рамадан бутт.", []),
    ],
)
def test_a_first_day_begins_the_month_named_after_it(
    text: str, expected: list[tuple[str | None, str | None]]
) -> None:
    assert [pair for pair in _pairs(text) if None not in pair] == expected


@given(st.integers(1, 12), st.integers(1, 28), st.integers(1, 12), FILLER, FILLER)
def test_a_first_day_begins_the_month_named_after_it_embedded(
    g_month: int, day: int, h_month: int, before: str, after: str
) -> None:
    text = _INGUSH.format(g=_RU_GREGORIAN[g_month - 1].capitalize(), d=day, h=_RU_HIJRI[h_month - 1])
    alone = parse(text)
    assert alone.hijri is not None
    assert alone.gregorian is not None
    assert (alone.hijri.month, alone.hijri.day) == (h_month, 1)
    assert (alone.gregorian.month, alone.gregorian.day) == (g_month, day)
    expected = [(f"--{h_month:02d}-01", f"--{g_month:02d}-{day:02d}")]
    assert _pairs(_text_around(before, text, after)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A slash with spaces on both sides parts two halves: the number after it is the
        # Hijri day, not the last part of a numeric date ("24.3.25 / 23 Ramadan 1446").
        ("24.3.25 / 23 Ramadan 1446", ("1446-09-23", "2025-03-24")),
        ("24.3.2025 / 23 Ramadan 1446", ("1446-09-23", "2025-03-24")),
    ],
)
def test_a_spaced_slash_parts_a_numeric_date_from_a_hijri_day(text: str, expected: tuple[str, str]) -> None:
    assert _pairs(text) == [expected]
    line = parse(text)
    assert line.hijri is not None
    assert line.gregorian is not None
    assert (line.hijri.isoformat(), line.gregorian.isoformat()) == expected


def test_a_glued_slash_keeps_a_numeric_date() -> None:
    # "12/03 Ramadan 1446": "12/03" is a numeric date's day and month, so no Hijri day 03.
    line = parse("12/03 Ramadan 1446")
    assert line.hijri is not None
    assert line.hijri.day is None
