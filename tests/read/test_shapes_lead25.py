"""Shapes the lead fixed in stop 25 (issue #13): two sentences are two dates."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from datelines import extract
from datelines.names.output import GREGORIAN_MONTHS, HIJRI_MONTHS


def _pairs(text: str) -> list[tuple[str | None, str | None]]:
    return [
        (d.hijri and d.hijri.isoformat(), d.gregorian and d.gregorian.isoformat())
        for d in extract(text)
        if d.hijri is not None and d.gregorian is not None
    ]


@pytest.mark.parametrize(
    "text",
    [
        # A whole month name's full stop ends its sentence; the next one's date is another day.
        "He arrived on 1 April. The 29th of Shaban is a Monday.",
        "The market opens on 1 April and closes on 3 April. This year the 29th of Shaban falls on a Monday.",
        # Both with their years, and not one day: two sentences.
        "The court met on 1 April 2025. The 29th of Shaban 1446 is a Monday.",
    ],
)
def test_two_sentences_are_two_dates(text: str) -> None:
    assert _pairs(text) == []


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "The court met on 28 February 2025. The 29th of Shaban 1446 was that day.",
            ("1446-08-29", "2025-02-28"),
        ),
        ("10 Rabiul Akhir 1437/20 Jan. 2016", ("1437-04-10", "2016-01-20")),
        ("20 Sept. 2016 / 18 Dhul Hijjah 1437", ("1437-12-18", "2016-09-20")),
        ("1 Syawal 1446 H / 31 Mar. 2025", ("1446-10-01", "2025-03-31")),
    ],
)
def test_abbreviations_and_one_day_across_a_stop_still_pair(text: str, pair: tuple[str, str]) -> None:
    assert _pairs(text) == [pair]


@given(
    st.integers(1, 12),
    st.integers(1, 28),
    st.integers(1, 12),
    st.integers(1, 29),
    st.sampled_from(("He arrived on", "The market opens on", "Schools close on")),
    st.sampled_from(("is a Monday", "falls on a Friday", "will be a holiday")),
)
def test_a_day_and_a_hijri_day_in_two_sentences_do_not_pair(
    month: int, day: int, h_month: int, h_day: int, opening: str, closing: str
) -> None:
    """Neither with a year: a stop between them says they are two things."""
    text = (
        f"{opening} {day} {GREGORIAN_MONTHS['en'][month - 1]}. "
        f"The {h_day}th of {HIJRI_MONTHS['en'][h_month - 1]} {closing}."
    )
    assert _pairs(text) == [], text
