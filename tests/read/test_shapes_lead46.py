"""Shapes the lead fixed in stop 46 (issue #15)."""

from __future__ import annotations

import pytest

from datelines import extract
from datelines._read.lexicon import LEXICON


def test_a_stray_letter_is_not_joined_into_a_month_name() -> None:
    """A soak run: "s Chawwal" was joined into German's "Schawwal", so the dateline's span
    began at the stray letter (its dates were right)."""
    text = "s Chawwal 7, 1493 (พฤศจิกายน 10, 2070)"
    [line] = extract(text)
    assert line.text.startswith("Chawwal")
    assert (line.hijri.isoformat(), line.gregorian.isoformat()) == ("1493-10-07", "2070-11-10")


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # names and eras whose own spelling begins with a lone letter are still joined
        ("R. Akhir 10, 1437 (January 20, 2016)", ("1437-04-10", "2016-01-20")),
        ("10 J. Awal 1445 A.H (24 November 2023 A.D)", ("1445-05-10", "2023-11-24")),
        ("14 e hënë, 10 Shawwal 1446 (8 Prill 2025)", ("1446-10-10", "2025-04-08")),
    ],
)
def test_names_spelled_with_a_lone_letter_are_joined(text: str, pair: tuple[str, str]) -> None:
    found = [(d.hijri.isoformat(), d.gregorian.isoformat()) for d in extract(text) if d.hijri and d.gregorian]
    assert pair in found


# Every Hijri month's one-word spelling whose tail, after its first letter, is itself a name
# ("schawwal": "s" + "chawwal"): the text "s Chawwal" could be joined into it.
_LETTER_AND_NAME = sorted(
    key
    for key, entries in LEXICON.entries.items()
    if key.isascii()
    and key.isalpha()
    and key[1:] in LEXICON.entries
    and key not in LEXICON.letter_led
    and any(e.kind == "hmonth" for e in entries)
)


def test_there_are_such_names() -> None:
    assert {"schawwal", "sjawal", "dzulhijjah"} <= set(_LETTER_AND_NAME)


@pytest.mark.parametrize("key", _LETTER_AND_NAME)
def test_a_letter_before_a_name_is_never_part_of_it(key: str) -> None:
    """A lone letter before a name, the two making another spelling of the tables, is not
    joined into that spelling: the dateline's text never starts with the letter."""
    text = f"{key[0]} {key[1:].capitalize()} 7, 1446 (January 10, 2025)"
    for line in extract(text):
        assert not line.text.startswith(key[0] + " "), (text, line.text)


def test_the_day_of_a_sighting_is_not_the_month_s_first() -> None:
    """A trial (Pakistan Observer): the date after "sighted on", in a clause before the
    month's first day, is the evening of the sighting; the date after is the first day's."""
    text = (
        "If the crescent moon of Muharram is sighted on June 26, the new Islamic year 1447 Hijri "
        "will start on Friday, June 28."
    )
    [line] = extract(text)
    assert line.gregorian is not None
    assert line.gregorian.isoformat() == "--06-28"
    # a sighting's day with its own Hijri date is still one day
    [seen] = extract("The crescent was sighted on Saturday, 29 March 2025, 29 Ramadan 1446.")
    assert (seen.hijri.isoformat(), seen.gregorian.isoformat()) == ("1446-09-29", "2025-03-29")
