"""The Gulf's and Nigeria's authorities (stop 60): the UAE's, Qatar's and Kuwait's committees
and the Sultan of Sokoto announced Saudi Arabia's date in every month a helper's collection
found but one (Nigeria's Eid al-Fitr 1435, a day before); each follows Saudi Arabia's calendar,
its Supreme Court's months included, where it announced nothing (trial 24: an Abu Dhabi line a
day off passed under Indonesia's calendar, no authority of its own to point to)."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from datelines import HijriDate, check, get_calendar
from datelines.calendars.authorities import authority_calendar

DATA = Path(__file__).parents[2] / "src" / "datelines" / "calendars" / "data" / "authorities"
BODIES = ("AE", "QA", "KW", "NG")


def _rows(body: str) -> list[dict[str, str]]:
    with (DATA / f"{body}.csv").open(encoding="utf-8") as handle:
        return list(csv.DictReader(line for line in handle if not line.startswith("#")))


@pytest.mark.parametrize("body", BODIES)
def test_every_announced_month_begins_as_announced(body: str) -> None:
    calendar = get_calendar(body)
    rows = _rows(body)
    assert len(rows) >= 12
    for row in rows:
        year, month = int(row["year"]), int(row["month"])
        assert calendar.to_gregorian(HijriDate(year, month, 1)) == date.fromisoformat(row["first_day"]), row
        assert calendar.month_source(year, month).kind == "announced"


@pytest.mark.parametrize("body", BODIES)
def test_the_announced_months_are_saudi_arabia_s_but_nigeria_s_eid_of_1435(body: str) -> None:
    saudi = get_calendar("SA")
    differ = [
        (int(r["year"]), int(r["month"]))
        for r in _rows(body)
        if saudi.to_gregorian(HijriDate(int(r["year"]), int(r["month"]), 1))
        != date.fromisoformat(r["first_day"])
    ]
    assert differ == ([(1435, 10)] if body == "NG" else [])


@given(st.sampled_from(BODIES), st.integers(1300, 1599), st.integers(1, 12))
def test_a_month_not_announced_is_saudi_arabia_s(body: str, year: int, month: int) -> None:
    """Law: where the body announced nothing (and no announced month beside it moved it), its
    month begins on Saudi Arabia's day, and says it is computed so."""
    calendar = authority_calendar(body)
    source = calendar.month_source(year, month)
    if source.kind == "announced" or "moved" in source.detail:
        return
    assert calendar.to_gregorian(HijriDate(year, month, 1)) == get_calendar("SA").to_gregorian(
        HijriDate(year, month, 1)
    )
    assert source.kind == "computed"
    assert source.detail.startswith("as Saudi Arabia's Umm al-Qura calendar (SA): ")


def test_an_abu_dhabi_line_a_day_off_names_the_uae_calendar() -> None:
    line = "Abu Dhabi, 1 Shawwal 1446 AH / 31 March 2025"
    pinned = check(line, authority="AE")
    assert not pinned.ok
    assert pinned.message.startswith("Hijri half is one day behind the United Arab Emirates' calendar (AE)")
    loose = check(line)  # by default, a warning that names the UAE's calendar, not a note of no authority
    assert [f.code for f in loose.findings if f.severity == "warning"] == ["other-authority"]
    assert (
        "the United Arab Emirates' calendar (AE), which the line's place (Abu Dhabi) points to"
        in loose.message
    )
    assert check("Abu Dhabi, 1 Shawwal 1446 AH / 30 March 2025").authority == "AE"


@pytest.mark.parametrize(
    ("line", "authority"),
    [
        ("الدوحة، 1 شوال 1446 هـ الموافق 30 مارس 2025 (قنا)", "QA"),
        ("Kuwait City, 1 Ramadan 1446 / 1 March 2025 (KUNA)", "KW"),
        ("Dubai, 10 Dhu al-Hijjah 1447 / 27 May 2026 (WAM)", "AE"),
        ("Sokoto, 1 Shawwal 1435 / 27 July 2014", "NG"),  # a day before Saudi Arabia
        # the Sultan's new year 1443: Tuesday 10 August 2021 (BBC Hausa), as Saudi Arabia's Court
        ("ranar Talata 10 ga watan Agustan 2021 ita ce 1 ga watan Muharram na shekarar 1443.", "NG"),
    ],
)
def test_their_lines_point_to_them(line: str, authority: str) -> None:
    verdict = check(line)
    assert verdict.ok, verdict.message
    assert verdict.authority == authority
