"""122 sentences from published pages (2015-2026, eight languages) that state a Hijri date
beside a Gregorian one, collected in stop 37 by a trial that copied each from a stored
page (``source``) and judged it by the authorities' announcements and ``hijridate``
(``verdict``): the copy desk's question is whether the checker stays quiet on the right
ones. Measured before any change made from them: the default check raised 5 alarms, all
true, and no false one. ``read`` is what ``extract`` reads in each (partial ISO halves),
held so that a change in reading shows here; ``authority`` the country's, where the page
says whose date it is.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from datelines import check, extract

ROWS: list[dict[str, Any]] = [
    json.loads(line)
    for line in (Path(__file__).parents[1] / "data" / "web_datelines.jsonl").read_text("utf-8").splitlines()
]


def _params(verdicts: tuple[str, ...]) -> list[Any]:
    return [
        pytest.param(row, id=f"{row['language']}-{index}")
        for index, row in enumerate(ROWS)
        if row["verdict"] in verdicts
    ]


def _iso(part: Any) -> str | None:
    return None if part is None else str(part.isoformat())


@pytest.mark.parametrize("row", _params(("right", "wrong", "wrong-accepted", "unclear")))
def test_each_line_is_read_as_it_was(row: dict[str, Any]) -> None:
    assert [[_iso(d.hijri), _iso(d.gregorian)] for d in extract(row["text"])] == row["read"]


@pytest.mark.parametrize("row", _params(("right",)))
def test_a_right_line_raises_no_alarm(row: dict[str, Any]) -> None:
    for dateline in extract(row["text"]):
        assert check(dateline).ok, (dateline.text, check(dateline).message)
        if row["authority"] is not None:
            pinned = check(dateline, authority=row["authority"])
            assert pinned.ok, (dateline.text, pinned.message)


@pytest.mark.parametrize("row", _params(("wrong",)))
def test_a_wrong_line_is_caught(row: dict[str, Any]) -> None:
    assert not all(check(dateline).ok for dateline in extract(row["text"]))


@pytest.mark.parametrize("row", _params(("wrong-accepted",)))
def test_what_the_default_check_lets_through_is_known(row: dict[str, Any]) -> None:
    # Any authority's calendar, and a weekday of the evening before, may make a line right:
    # these are not right where they were printed. Pinned to their country, those whose
    # country is known are caught.
    found = list(extract(row["text"]))
    assert all(check(dateline).ok for dateline in found)
    if row["authority"] is not None:
        assert not all(check(dateline, authority=row["authority"]).ok for dateline in found)


def test_the_collection_is_what_the_note_says() -> None:
    assert len(ROWS) == 122
    # 5 judged wrong by the trial; one more since stop 46, a masthead's tabular date (see its
    # note); one fewer since stop 48, a weekday a day early that the default check warns of
    # (crimetodaynews, now "wrong-accepted": see its note)
    assert sum(row["verdict"] == "wrong" for row in ROWS) == 5
    assert all(row["source"].startswith("http") for row in ROWS)
