"""Shapes the lead fixed in stop 49 (issue #15), from the twelfth held-out set (fresh12: real
announcements of Islamic months and feasts, collected blind, measured before these changes)."""

from __future__ import annotations

from datelines import check, extract, parse

SOKOTO = (
    "The Sultan declared Friday June 7th 2024, as the First Day of Zulhijjah 1445AH and Sunday, "
    "June 16th which will be equivalent to the 10th of Zulhijjah will be marked as this Year’s "
    "Eid-El-Kabir."
)
COUNCIL = (
    "The Sultanate Council in Sokoto, Northwest Nigeria, has declared Monday, June 29, 2023, to be "
    "the first day of Zul-Hijjah 1444 AH."
)


def test_a_weekday_after_and_begins_the_next_item() -> None:
    """ "1445AH and Sunday, June 16th": Sunday was taken for the Hijri half's own weekday, against
    Friday 7 June, and the line's own pair was lost."""
    line = parse(SOKOTO)
    assert line.hijri is not None
    assert line.gregorian is not None
    assert (line.hijri.year, line.hijri.month, line.hijri.day) == (1445, 12, 1)
    assert (line.gregorian.year, line.gregorian.month, line.gregorian.day) == (2024, 6, 7)
    assert check(line).ok
    found = [(d.hijri.day, d.gregorian.day) for d in extract(SOKOTO) if d.hijri and d.gregorian]
    assert found == [(1, 7), (10, 16)]


def test_to_be_joins_two_halves_as_a_copula() -> None:
    """ "declared Monday, June 29, 2023, to be the first day of …": the page's own error (19
    June was meant), which the reader had not paired and so could not report."""
    line = parse(COUNCIL)
    assert line.hijri is not None
    assert line.gregorian is not None
    assert (line.gregorian.month, line.gregorian.day, line.hijri.month, line.hijri.day) == (6, 29, 12, 1)
    assert [d.text for d in extract(COUNCIL)] == ["June 29, 2023, to be the first day of Zul-Hijjah 1444 AH"]


def test_a_weekday_points_to_a_day_mistyped_by_a_digit() -> None:
    verdict = check(parse(COUNCIL))
    assert not verdict.ok
    assert verdict.message.endswith(
        "it matches a Gregorian day of 19 rather than 29 (a Monday, as the line says) in Saudi "
        "Arabia's Umm al-Qura calendar (SA)."
    )
    assert [(e.kind, e.value, e.calendar) for e in verdict.explanations] == [("gregorian-day", 19, "SA")]


def test_a_weekday_that_fits_the_day_said_points_to_no_slip() -> None:
    verdict = check(parse("Thursday, June 29, 2023 / 1 Zul-Hijjah 1444 AH"))
    assert verdict.message.endswith("no known slip or calendar variant explains it.")
