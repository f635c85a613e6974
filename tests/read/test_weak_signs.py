"""A year's weak signs (stop 63): a month's number alone before a Hijri-range year ("12/1360")
and a sign after it before three figures ("1360-1790") make no half the reader pairs without a
Hijri word, so they open no window; a catalogue's numbers ("d. 12/1360; No. 1360-1790", the
adversarial benchmark's near-miss pairs) were each read in one window the length of the text,
415 times prose a MB."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from datelines import extract
from datelines._read import extract as extract_module
from datelines._read.extract import _windows
from datelines._read.parse import read_datelines

_PIECES = st.sampled_from(
    [
        "12/1360", "1360-1790", "1200 (1790)", "d.", "No.", "Tel.", "1360/1941", "5/9/1445",
        "15/3/2024", "2024-03-15", "1445-09-05", "(1941)", "9/1445", "3/2024", "1445.9", "1445-46",
        "March 2024", "1941", "1360", "1 -", "- 12", "/", "(", ")", "20", "12/ 1360", "٩/١٤٤٥",
        "١٤٤٥-١٩٤١", "1445 - 2024", "05.09.1445", "1445.09.05", "(15 March 2024)",
    ]
)  # fmt: skip
_GAPS = st.sampled_from([" ", "; ", ", ", "", " - ", " / ", " (", "\u00a0"])


def _found(lines: object) -> list[tuple[object, object]]:
    return sorted(
        (line.hijri.span if line.hijri else None, line.gregorian.span if line.gregorian else None)
        for line in lines  # type: ignore[attr-defined]
    )


@given(st.lists(st.tuples(_PIECES, _GAPS), max_size=12))
def test_what_the_reader_finds_in_the_whole_text_extract_finds(pieces: list[tuple[str, str]]) -> None:
    """Numbers in the weak signs' shapes beside numeric dates, years and brackets, with no
    Hijri word: the windows hold every dateline that reading the whole text at once finds."""
    text = "".join(piece + gap for piece, gap in pieces)
    assert _found(extract(text)) == _found(read_datelines(text))


@pytest.mark.parametrize(
    ("text", "halves"),
    [
        ("died 1360/1941.", ("1360", "1941")),
        ("on 5/9/1445 - 15/3/2024 it", ("5/9/1445", "15/3/2024")),
        ("on 1445-09-05 (2024-03-15)", ("1445-09-05", "2024-03-15")),
        ("1445.09.05 - 2024.03.15", ("1445.09.05", "2024.03.15")),
        ("12/1360 H (1941)", ("1360 H", "1941")),
    ],
)
def test_numeric_datelines_beside_the_weak_signs_shapes_are_found(text: str, halves: tuple[str, str]) -> None:
    (line,) = extract(text)
    assert line.hijri is not None
    assert line.gregorian is not None
    assert (line.hijri.text, line.gregorian.text) == halves


def test_a_catalogue_s_numbers_open_no_window() -> None:
    text = "Tel. 1200 (1790) d. 12/1360; No. 1360-1790 " * 2000
    assert list(extract_module._digit_windows(text, True, True)) == []
    assert list(extract_module._digit_windows(text, False, True)) == []
    assert list(extract(text)) == []


_SHAPES = st.sampled_from(
    [
        "1207 (H.604)", "1207’de (H.604)", "30 Eylül 1207’de (H.604)", "AD 1786 / AH 1200",
        "1786 AD / AH 1200", "in 1207 (H.604)", "Farvardin 1404 - 2025", "1 Farvardin 1404-2025-03-21",
        "۳۱ خرداد ۱۴۰۴ - 2025 June 21", "10 Jadi 1403 - 2024-12-30", "No. 1360-1790", "12/1360",
        "(1443-2022)", "( 1443 - 2022 )", "Khordad 31, 1404 - 2025", "خرداد، ۱۴۰۴ - 2025",
        "1207’deM. (H.604)", "Mehr 1360-1790", "خـرداد ۳۱، ۱۴۰۴-2025", "Bazar 12, 1360-1790",
        " " * 36, "Tel. 1200 (1790)", "5/9/1445", "15/3/2024", "H.604",
        "1207", "604", "Eylül", "Jadi", "خرداد", "(", ")", "/", "-", ".", "’de", "d.", "AD", "AH",
    ]
)  # fmt: skip


@given(st.lists(st.tuples(_SHAPES, _GAPS), max_size=14))
def test_the_same_windows_with_and_without_the_automata(pieces: list[tuple[str, str]]) -> None:
    """The year automaton and the cue automaton find every run the exact tests take: the
    windows are the same with the prefilter and without (each run tested in Python)."""
    text = "".join(piece + gap for piece, gap in pieces)
    assert list(_windows(text, prefilter=True)) == list(_windows(text, prefilter=False)), text


@pytest.mark.parametrize(
    ("text", "solar", "gregorian"),
    [
        ("شنبه ۳۱ خرداد ۱۴۰۴ - 2025 June 21", "۳۱ خرداد ۱۴۰۴", "2025 June 21"),
        ("1 Farvardin 1404 - 2025-03-21", "1 Farvardin 1404", "2025-03-21"),
        ("Kabul, 10 Jadi 1403 - 2024-12-30", "10 Jadi 1403", "2024-12-30"),
        # a day or a comma between the month and the year (review 63b)
        ("Saturday, Khordad 31, 1404 - 2025-06-21", "Khordad 31, 1404", "2025-06-21"),
        ("شنبه ۳۱ خرداد، ۱۴۰۴ - 2025 June 21", "۳۱ خرداد، ۱۴۰۴", "2025 June 21"),
    ],
)
def test_a_solar_year_before_a_dash_and_the_gregorian_date_is_found(
    text: str, solar: str, gregorian: str
) -> None:
    """A Solar year is in the Hijri range and its month is no date word beside a year: the
    dash after it stays a sign (review 63: these were lost)."""
    (line,) = extract(text)
    assert line.solar_hijri is not None
    assert line.gregorian is not None
    assert (line.solar_hijri.text, line.gregorian.text) == (solar, gregorian)


def test_a_text_of_bare_years_before_era_first_ones_opens_no_window() -> None:
    for unit in ("1207 (H.604) ", "1207’de (H.604) "):
        assert list(extract_module._digit_windows(unit * 2000, True, True)) == []


def test_a_solar_month_is_a_whole_word_with_its_vanishing_characters() -> None:
    # (review 63c: a tatweel inside the month, and a look-back that began inside "Bazar")
    (line,) = extract("خـرداد ۳۱، ۱۴۰۴-2025-06-21")
    assert line.solar_hijri is not None
    assert line.gregorian is not None
    text = " " * 36 + "Bazar 12, 1360-1790"
    assert list(_windows(text, prefilter=True)) == list(_windows(text, prefilter=False))
