"""Years with their era first, as catalogues, museums and scholars write them: "AH 1200 (AD
1786)", "A.H. 1200 (1786)", "AH 1109 (1697-98)", "AD 622 / AH 1". Read by ``parse`` and
found by ``extract`` alike (the prefilter's cue: a short era mark before a number)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from datelines import DatelineError, HijriDate, extract, get_calendar, parse


def _years(text: str) -> tuple[int | None, int | None]:
    line = parse(text)
    return (line.hijri.year if line.hijri else None, line.gregorian.year if line.gregorian else None)


def _found(text: str) -> list[tuple[int | None, int | None]]:
    return [
        (d.hijri.year if d.hijri else None, d.gregorian.year if d.gregorian else None) for d in extract(text)
    ]


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("The manuscript is dated AH 1200 (AD 1786) and signed.", (1200, 1786)),
        ("The manuscript is dated A.H. 1200 (A.D. 1786) and signed.", (1200, 1786)),
        ("Copied in the year AH 1200 (1786) at Delhi.", (1200, 1786)),
        ("Dated A.H. 1200/1786, with a seal.", (1200, 1786)),
        ("Dated AH 1200/AD 1786, with a seal.", (1200, 1786)),
        ("Dated AH 1200/1786 AD, with a seal.", (1200, 1786)),
        ("Dated AH 1200 / CE 1786, with a seal.", (1200, 1786)),
        ("Mughal India, AH 1109 (1697-98), ink on paper.", (1109, 1697)),
        ("built in 1109 AH (1697-1698) by the governor", (1109, 1697)),
        ("Hijrah: AD 622 / AH 1", (1, 622)),
        ("AD 1786 / AH 1200", (1200, 1786)),
        ("Issued A.H. 1445 / 2024 by the ministry.", (1445, 2024)),
        # a Turkish case ending on the other year (held-out set 33)
        ("30 Eylül 1207’de (H.604)  Horasan’ın Belh şehrinde dünyaya gelen", (604, 1207)),
    ],
)
def test_both_read_and_found(text: str, years: tuple[int, int]) -> None:
    assert _years(text) == years
    assert _found(text) == [years]


@pytest.mark.parametrize(
    "text",
    [
        # (not the very year 1200 AH falls in: "1200 (1786)" is a scholar's pair, stop 58)
        "BLAH 1200 (1790) is a word's end, no era",
        "BC 480/479",
        "AD 100/170",
        "Kapan Puasa Ramadhan 2026 Dimulai? Ini Perhitungannya Berdasarkan Kalender Hijriah 234",
    ],
)
def test_no_years_pair(text: str) -> None:
    assert _found(text) == []
    try:
        line = parse(text)
    except DatelineError:
        return
    assert not (line.hijri and line.gregorian and line.hijri.year and line.gregorian.year)


def test_a_bare_year_beside_is_the_other_calendars_only_where_it_converts() -> None:
    # 1200 AH spans 1785-86: a bracketed 1900 is no Gregorian year of it
    assert _found("dated AH 1200 (1900) in the register") == []


def test_slashed_era_still_glues_to_its_year() -> None:
    assert _years("1446/H 2025/M") == (1446, 2025)
    assert _years("#AidAlFitr 2025-1446/H")[0] == 1446


def _gregorian_of(hijri: int) -> int:
    # the Gregorian year in which the Hijri year begins (the tabular calendar's), a catalogue's label
    return get_calendar("civil").to_gregorian(HijriDate(hijri, 1, 1)).year


@given(
    hijri=st.integers(min_value=100, max_value=1500),
    shape=st.sampled_from(
        [
            "AH {h} (AD {g})",
            "A.H. {h} (A.D. {g})",
            "AH {h} ({g})",
            "AH {h}/{g} AD",
            "A.H. {h}/{g}",
            "H.{h} / M.{g}",
        ]
    ),
)
def test_law_era_first_years_read_and_found_alike(hijri: int, shape: str) -> None:
    gregorian = _gregorian_of(hijri)
    text = "The album leaf is dated " + shape.format(h=hijri, g=gregorian) + " and signed by the scribe."
    assert _years(text) == (hijri, gregorian)
    assert _found(text) == [(hijri, gregorian)]
