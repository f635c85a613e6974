"""What stop 50's new-user trial found in checking (issue #15)."""

from __future__ import annotations

import pytest

from datelines import check


@pytest.mark.parametrize(
    ("line", "meant"),
    [
        # Morocco's 11 Jumada al-Akhirah 1447 was Tuesday 2 December; Pakistan's the 3rd
        (
            "الرباط، الثلاثاء 11 جمادى الآخرة 1447 هـ الموافق 3 دجنبر 2025 م",
            "a Gregorian day of 2 rather than 3 (a Tuesday",
        ),
        # Morocco's 1 Shawwal 1447 was Friday 20 March; Indonesia's the 21st
        (
            "الدار البيضاء، الجمعة فاتح شوال 1447 هـ الموافق 21 مارس 2026 م",
            "a Gregorian day of 20 rather than 21 (a Friday",
        ),
    ],
)
def test_a_far_calendar_does_not_excuse_a_day_the_place_and_the_weekday_say_is_off(
    line: str, meant: str
) -> None:
    """Such lines passed, with two warnings, by the calendar of a country the line does not
    name; the same slip in Jakarta was an error."""
    verdict = check(line)
    assert not verdict.ok
    assert verdict.calendar == "MA"
    assert f"it matches {meant}" in verdict.message


def test_without_the_weekday_a_far_calendar_still_excuses_the_line_with_a_warning() -> None:
    verdict = check("الرباط، 11 جمادى الآخرة 1447 هـ الموافق 3 دجنبر 2025 م")
    assert verdict.ok
    assert verdict.authority == "PK"
    assert "other-authority" in [f.code for f in verdict.findings]
    right = check("الرباط، الثلاثاء 11 جمادى الآخرة 1447 هـ الموافق 2 دجنبر 2025 م")
    assert (right.ok, right.authority) == (True, "MA")
