"""Examples of the shapes taught for issue #13 (helper 56): Albanian "Muharrem" with its case
endings ("Gjatë Muharremit", during Muharram); a day-only half that is an ordinal number after
a word for "day" and its linking article ("bie në ditën e 10-të", falls on the 10th day), which
is a day of the Hijri month its sentence names alone before it, and of no month where the
sentence names none, names two, or names another thing after the day ("ditën e 10-të të
luftës", the 10th day of the war); "pikërisht në datën" (precisely on the date) between two
halves."""

from __future__ import annotations

import pytest

from datelines import ParseError, extract, parse


def _halves(text: str) -> tuple[str | None, str | None]:
    try:
        line = parse(text)
    except ParseError:
        return (None, None)
    return (
        None if line.hijri is None else line.hijri.isoformat(),
        None if line.gregorian is None else line.gregorian.isoformat(),
    )


def _found(text: str) -> list[tuple[str | None, str | None]]:
    return [
        (
            None if d.hijri is None else d.hijri.isoformat(),
            None if d.gregorian is None else d.gregorian.isoformat(),
        )
        for d in extract(text)
    ]


PAIRED = [
    (
        "Gjatë Muharremit, ka një ditë të veçantë të quajtur Ashura, e cila bie në ditën e 10-të, "
        "pikërisht në datën 17 Korrik.",
        ("--01-10", "--07-17"),
    ),
    (
        "Gjatë Muharremit, Ashura bie në ditën e 10-të, pikërisht në datën 17 korrik 2024.",
        ("--01-10", "2024-07-17"),
    ),
    ("Gjatë Ramazanit, Kadri bie në ditën e 27-të, pikërisht në datën 6 prill.", ("--09-27", "--04-06")),
]


@pytest.mark.parametrize(("text", "expected"), PAIRED)
def test_paired(text: str, expected: tuple[str, str]) -> None:
    assert _halves(text) == expected
    assert _found(text) == [expected]


UNPAIRED = [
    # No month named: the 10th day of what?
    "Ashura bie në ditën e 10-të, pikërisht në datën 17 Korrik.",
    # The 10th day of the war, not of Muharram.
    "Gjatë Muharremit, lufta hyri në ditën e 10-të të luftës, pikërisht në datën 17 Korrik.",
    # The month in another sentence.
    "Gjatë Muharremit, u takuam. Festa bie në ditën e 10-të, pikërisht në datën 17 Korrik.",
    # Two months named: whose day?
    "Gjatë Muharremit dhe Ramazanit, festa bie në ditën e 10-të, pikërisht në datën 17 Korrik.",
    # A weekday after the article, not a day of the month.
    "Gjatë Muharremit, Ashura bie ditën e martë, pikërisht në datën 17 Korrik.",
]


@pytest.mark.parametrize("text", UNPAIRED)
def test_unpaired(text: str) -> None:
    assert not [d for d in extract(text) if d.hijri and d.gregorian]
    assert _halves(text)[0] in (None, "--01", "--09")
