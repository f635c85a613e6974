"""Turkic lines that put each date's year first, with its year word ("2026-yil 5-dekabr",
"2026 жылғы 5 желтоқсан"), the other date after a bracket or a slash. A year after the
bracket opens the next date, so it is not the first date's year (before stop 54, 292 of
438 such lines generated from the tables lost a half or a year)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from datelines import DatePart, extract, get_calendar, parse
from datelines.names import gregorian_months, hijri_months

UMALQURA = get_calendar("umalqura")
Ymd = tuple[int | None, int | None, int | None] | None

# (language, year word, what joins a number to its word)
YEAR_WORDS = (("uz", "yil", "-"), ("uz", "йил", " "), ("kk", "жылғы", " "), ("kk", "жыл", " "))


def _names(table: tuple[tuple[tuple[str, str], ...], ...], language: str) -> list[list[str]]:
    # whole names only: abbreviations and three-letter cuts are not written with year words
    return [
        [s for s, lang in month if lang == language and not s.endswith(".") and len(s) > 3] for month in table
    ]


def _ymd(part: DatePart | None) -> Ymd:
    return None if part is None else (part.year, part.month, part.day)


EXAMPLES: list[tuple[str, Ymd, Ymd]] = [
    ("2026-yil 5-dekabr (1448-yil 25-Jumodul oxir)", (1448, 6, 25), (2026, 12, 5)),
    ("1448-yil 25-jumodul oxir (2026-yil 5-dekabr)", (1448, 6, 25), (2026, 12, 5)),
    ("Алматы, 2026 жылғы 5 желтоқсан (1448 жылғы 25 Жұмадәл ахир)", (1448, 6, 25), (2026, 12, 5)),
    ("Toshkent, 2026-yil 5-dekabr / 1448-yil 25-jumodul oxir", (1448, 6, 25), (2026, 12, 5)),
    # the year after the bracket with no date after it is still this date's
    ("5-dekabr (2026-yil) 25-jumodul oxir 1448-yil", (1448, 6, 25), (2026, 12, 5)),
]


@pytest.mark.parametrize(("text", "hijri", "gregorian"), EXAMPLES)
def test_each_date_keeps_its_own_year(text: str, hijri: Ymd, gregorian: Ymd) -> None:
    line = parse(text)
    assert (_ymd(line.hijri), _ymd(line.gregorian)) == (hijri, gregorian)
    assert [(_ymd(d.hijri), _ymd(d.gregorian)) for d in extract(text)] == [(hijri, gregorian)]


def test_a_wrong_hijri_day_is_caught() -> None:
    # read as one half before, the line passed the checker without a word
    from datelines import check

    verdict = check(parse("2026-yil 5-dekabr (1448-yil 28-Jumodul oxir)"))
    assert not verdict.ok
    # an Uzbek line is checked against Uzbekistan's muftiate first (stop 59), whose 1448 began a
    # day after Umm al-Qura's: two days ahead there, three of Umm al-Qura
    assert "two days ahead of Uzbekistan's calendar (UZ)" in verdict.message


@given(
    st.sampled_from(YEAR_WORDS),
    st.dates(min_value=date(1990, 1, 1), max_value=date(2070, 12, 31)),
    st.integers(0, 10_000),
    st.sampled_from(["{g} ({h})", "{h} ({g})", "{g} / {h}", "{h} / {g}"]),
)
def test_year_first_both_sides_law(year_word: tuple[str, str, str], day: date, pick: int, shape: str) -> None:
    language, word, join = year_word
    hijri = UMALQURA.to_hijri(day)
    g_names = _names(gregorian_months.MONTHS, language)[day.month - 1]
    h_names = _names(hijri_months.MONTHS, language)[hijri.month - 1]
    assume(g_names and h_names)  # the tables tag "Safar" English, as it is spelt alike
    g = f"{day.year}{join}{word} {day.day}{join}{g_names[pick % len(g_names)]}"
    h = f"{hijri.year}{join}{word} {hijri.day}{join}{h_names[pick % len(h_names)]}"
    text = shape.format(g=g, h=h)
    expected = ((hijri.year, hijri.month, hijri.day), (day.year, day.month, day.day))
    line = parse(text)
    assert (_ymd(line.hijri), _ymd(line.gregorian)) == expected, text
    assert [(_ymd(d.hijri), _ymd(d.gregorian)) for d in extract(text)] == [expected], text
