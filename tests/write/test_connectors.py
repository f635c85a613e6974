"""A style written in another language writes its connector words in that language ("urdu" in
English: "corresponding to", not "بمطابق"), its eras set off as that language sets them, and
Afghanistan's zodiac names where the style is Afghanistan's; and reads back, and checks."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

import datelines
from datelines._write.styles import STYLES

_LANGUAGES = ("en", "fr", "ar", "ur", "fa", "id", "ms", "tr", "ru", "uz", "kk", "bn", "bs", "ha")


@pytest.mark.parametrize(
    ("style", "language", "written"),
    [
        ("urdu", "en", "2 Shawwal 1446 AH corresponding to 31 March 2025 CE"),
        ("urdu", "fr", "2 Chawwal 1446 H correspondant au 31 mars 2025"),
        ("urdu", "tr", "2 Şevval 1446 / 31 Mart 2025"),
        ("urdu", None, "2 شوال 1446ھ بمطابق 31 مارچ 2025ء"),
        ("spa-ar", "en", "2 Shawwal 1446 AH corresponding to 31 March 2025 CE"),
        ("indonesia-press", "ar", "الاثنين، 31 مارس 2025 الموافق 1 شوال 1446 هـ"),
        ("iran", "en", "11 Farvardin 1404 SH, corresponding to 1 Shawwal 1446 AH and 31 March 2025 CE"),
        ("afghan", "en", "11 Hamal 1404 SH corresponding to 2 Shawwal 1446 AH and 31 March 2025"),
    ],
)
def test_connectors_in_the_language_asked_for(style: str, language: str | None, written: str) -> None:
    assert datelines.format(date(2025, 3, 31), style=style, language=language) == written


@given(
    day=st.dates(
        min_value=date(1987, 4, 14), max_value=date(2076, 11, 16)
    ),  # (Bangladesh's Bengali calendar)
    style=st.sampled_from(sorted(STYLES)),
    language=st.sampled_from(_LANGUAGES),
)
def test_law_a_style_in_any_language_reads_back_and_checks(day: date, style: str, language: str) -> None:
    written = datelines.format(day, style=style, language=language)
    line = datelines.parse(written)
    assert line.gregorian is not None, written
    assert (line.gregorian.year, line.gregorian.month, line.gregorian.day) == (
        day.year,
        day.month,
        day.day,
    ), written
    # checked under the style's own calendar's authority (Bangladesh's for "bangladesh")
    assert datelines.check(line, calendar=STYLES[style].calendar).ok, written
