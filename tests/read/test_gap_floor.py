"""The floor of a gap's cost that lets a page of Solar dates skip the far ones (stop 65).

``pairs.numbers_costed`` counts the numbers that are no Bengali date's; each costs a whole 1.0
in any gap ``_gap_cost`` walks, so the count between two halves is never more than the gap's
cost, and where it passes a limit the gap is None. ``triples.solar_lines`` asks the count
before it walks a gap: a page of "Dey 1403 (21/03/2025)" lines had each Solar date's gap to
every other date of its window walked (40 s a MB; 17-20 s now)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from datelines import extract
from datelines._read.normalize import fold_with_offsets
from datelines._read.pairs import _gap_cost, numbers_costed
from datelines._read.tokens import units

PIECES = [
    "12",
    "1403",
    "2025",
    "(",
    ")",
    ".",
    ",",
    "/",
    "-",
    "و",
    "Dey",
    "Farvardin",
    "January",
    "Rajab",
    "মাঘ",
    "১৪৩০",
    "বঙ্গাব্দ",
    "২০",
    "AH",
    "that is",
    "corresponding to",
    "Monday",
    "the",
    "in Latin",
    "year",
    "г.",
    "a",
    "،",
    "؛",
    "\n",
    "to",
    "and",
]


@given(
    st.lists(st.sampled_from(PIECES), min_size=1, max_size=30),
    st.lists(st.sampled_from(["", " "]), min_size=30, max_size=30),
    st.booleans(),
    st.sampled_from([1.0, 3.0, 8.0]),
)
def test_the_count_of_numbers_is_a_floor_of_every_gap(
    pieces: list[str], spaces: list[str], sentences: bool, limit: float
) -> None:
    text = "".join(piece + space for piece, space in zip(pieces, spaces, strict=False))
    found = units(fold_with_offsets(text))
    counted = numbers_costed(found)
    assert len(counted) == len(found) + 1
    for start in range(len(found) + 1):
        for end in range(start, len(found) + 1):
            floor = counted[end] - counted[start]
            cost = _gap_cost(found, start, end, sentences=sentences, limit=limit)
            if floor > limit:
                assert cost is None, (text, start, end)
            elif cost is not None:
                assert cost >= floor, (text, start, end)


def test_a_page_of_solar_dates_still_pairs_each_with_its_own() -> None:
    page = "".join(f"Dey {day} 1403 ({day}/01/2025). " for day in range(1, 29))
    found = list(extract(page))
    assert len(found) == 28
    for day, line in enumerate(found, start=1):
        assert line.solar_hijri is not None
        assert line.gregorian is not None
        assert (line.solar_hijri.day, line.gregorian.day) == (day, day)


def test_a_date_said_again_between_two_halves_still_costs_nothing() -> None:
    # (the echo: "25/07/2024" beside "Thursday - 25 July 2024"; the floor counts its numbers,
    # so it is not asked where an echo stands in the gap)
    line = "۴ مرداد ۱۴۰۳ 25/07/2024 ۱۸ محرم ۱۴۴۶ / Thursday - 25 July 2024"
    (found,) = extract(line)
    assert found.solar_hijri is not None
    assert found.solar_hijri.day == 4
