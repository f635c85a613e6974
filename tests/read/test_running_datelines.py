"""Every line of the running-text corpus: 692 real sentences from about 350 sites in 40-odd
languages (tests/data/running_datelines.jsonl), read exactly, or listed as not yet read.

The lines not yet read are in tests/data/running_misses.json (written by
``python scripts/score_running.py --write-misses``); each is expected to fail, strictly, so
that a line that starts to read is taken off the list and cannot slip back unnoticed.
"""

from __future__ import annotations

import json

import pytest

import support

RECORDS = support.real_lines("running_datelines.jsonl")
MISSES: dict[str, str] = json.loads((support.DATA / "running_misses.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("index", range(len(RECORDS)), ids=lambda i: f"{RECORDS[i]['language']}-{i}")
def test_running_line(index: int) -> None:
    if str(index) in MISSES:
        pytest.xfail(MISSES[str(index)])  # checked below: it must still fail
    parse_problem, extract_problem = support.running_verdicts(RECORDS[index])
    assert parse_problem is None, RECORDS[index]["text"]
    assert extract_problem is None, RECORDS[index]["text"]


def test_the_known_misses_still_miss() -> None:
    # A line on the list that reads now must come off it (and count in the figures).
    reading = [i for i in MISSES if support.running_verdicts(RECORDS[int(i)]) == (None, None)]
    assert reading == [], f"now read, take off tests/data/running_misses.json: {reading}"


def test_the_corpus_is_labelled_consistently() -> None:
    for record in RECORDS:
        assert record["source"].startswith("http")
        for half in ("hijri", "gregorian"):
            value = record[half]
            assert value is None or (isinstance(value, list) and len(value) == 3)
        if record["paired"]:
            assert record["hijri"] is not None
            assert record["gregorian"] is not None
