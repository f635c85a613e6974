"""The benchmark archive's datelines, read in their stories and checked: every one is right
(``../shared/bench/archive.py`` writes each from the day's Umm al-Qura date), so the
checker's default says nothing against any.

The archive's stories are word salad with weekdays, dates, clock times and cities in every
sentence, which is what made the checker cry wolf on 1.5 % of them: a weekday of the story's
first sentence taken for the dateline's, a clock time of it read as the line's evening in a
calendar where the line's day does not exist. Seeds other than the benchmarks' own (7)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from datelines import check, extract

SHARED = Path(__file__).parents[3] / "shared" / "bench"


@pytest.fixture(scope="module")
def stories() -> object:
    if not (SHARED / "archive.py").exists():
        pytest.skip("../shared/bench/archive.py is not beside this repository")
    sys.path.insert(0, str(SHARED))
    try:
        from archive import stories  # type: ignore[import-not-found]
    finally:
        sys.path.remove(str(SHARED))
    return stories


@pytest.mark.parametrize("language", ["en", "id", "ar", "tr", "ur"])
@pytest.mark.parametrize("seed", [3, 5])
def test_every_archive_dateline_is_found_and_checks(stories: object, language: str, seed: int) -> None:
    alarms = []
    count = 0
    for story in stories(150_000, language, seed=seed):  # type: ignore[operator]
        found = list(extract(story))
        assert found, story[:120]
        first = found[0]
        assert first.span[0] < 80, story[:120]  # the opening dateline, not one further on
        count += 1
        verdict = check(first)
        if not verdict.ok:
            alarms.append(f"{story[:140]!r}: {verdict.message}")
    assert count > 20
    assert alarms == []
