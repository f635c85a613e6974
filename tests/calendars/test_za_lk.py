"""South Africa's and Sri Lanka's calendars (stop 44): their announced months, the rule
between them, and that only a line from there is compared in them."""

from __future__ import annotations

from datetime import date

from datelines import HijriDate, check, get_calendar, parse
from datelines._check.authorities import candidates


def test_announced_months_are_kept() -> None:
    za, lk = get_calendar("ZA"), get_calendar("LK")
    # UUCSA: "Muslims in South Africa will be celebrating the day of Eid-al-Fitr on Monday 31
    # March 2025" (the moon sighted in Louis Trichardt and Venda)
    assert za.to_gregorian(HijriDate(1446, 10, 1)) == date(2025, 3, 31)
    assert za.month_source(1446, 10).kind == "announced"
    # the Colombo Grand Mosque: Ramadan fasting "from the early hours of Tuesday (March 12)"
    assert lk.to_gregorian(HijriDate(1445, 9, 1)) == date(2024, 3, 12)
    assert lk.month_source(1445, 9).kind == "announced"


def test_other_months_follow_the_rule_with_29_or_30_days() -> None:
    for name in ("ZA", "LK"):
        cal = get_calendar(name)
        assert {cal.month_length(year, month) for year in range(1400, 1460) for month in range(1, 13)} <= {
            29,
            30,
        }


def test_a_line_from_there_follows_its_calendar() -> None:
    assert check("CAPE TOWN, 1 Shawwal 1446 / 31 March 2025").authority == "ZA"
    assert check("Colombo, 1 Ramadan 1445 / 12 March 2024").authority == "LK"


def test_only_a_line_from_there_is_compared_in_them() -> None:
    """A day after Umm al-Qura's in most months, they would excuse a one-day slip anywhere."""
    tried = {name for name, _ in candidates(parse("1 Ramadan 1445 / 12 March 2024"))}
    assert not tried & {"ZA", "LK"}
    tried = {name for name, _ in candidates(parse("கொழும்பு, 1 Ramadan 1445 / 12 March 2024"))}
    assert "LK" in tried


def test_a_tamil_line_from_india_follows_india_s_calendar_first() -> None:
    assert check("சென்னை, 1 ரமலான் 1445 / 12 மார்ச் 2024").authority == "IN"
    assert check("COLOMBO, 1 Muharram 1445 / 20 July 2023 (Xinhua)").authority == "LK"
