"""``extract_many``: the datelines of each of many texts, read together, are what ``extract``
finds in each alone; on the real corpora, the benchmark archive's records and generated text."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from datelines import extract, extract_many
from datelines.strategies import datelines

DATA = Path(__file__).parents[1] / "data"
CORPORA = (
    "dev_datelines",
    "heldout_datelines",
    "running_datelines",
    "solar_datelines",
    "authority_datelines",
)


def _alone(texts: list[str]) -> list[list[object]]:
    return [list(extract(text)) for text in texts]


def test_each_text_of_the_real_corpora_gives_what_extract_finds_in_it() -> None:
    texts = [
        json.loads(line)["text"]
        for name in CORPORA
        for line in (DATA / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    assert len(texts) > 1500
    together = list(extract_many(texts))
    assert together == _alone(texts)
    assert sum(map(len, together)) > 900  # the corpora's dual datelines, found


def test_each_record_of_the_benchmark_archive_gives_what_extract_finds_in_it() -> None:
    shared = Path(__file__).parents[3] / "shared" / "bench"
    if not (shared / "archive.py").exists():
        pytest.skip("../shared/bench/archive.py is not beside this repository")
    sys.path.insert(0, str(Path(__file__).parents[2] / "benchmarks"))
    try:
        from corpus import archive_stories
    finally:
        sys.path.pop(0)
    for language in ("en", "ar", "mix"):
        texts = [story.text for story in archive_stories(300_000, language)]
        together = list(extract_many(texts))
        assert together == _alone(texts)
        assert all(found for found in together)  # every record opens with its dateline


_NOISE = st.sampled_from(
    ["", "The ministry said.", "10 1437 2016", "Monday 2016", "Ramadan", "١٤٤٦ هـ", "29 May 2014", "\n", "–"]
)


@given(st.lists(st.tuples(st.lists(_NOISE, max_size=4), st.one_of(st.none(), datelines())), max_size=80))
def test_each_generated_text_gives_what_extract_finds_in_it(pieces: list[tuple[list[str], object]]) -> None:
    texts = [
        " ".join([*noise, generated.text if generated is not None else ""]) for noise, generated in pieces
    ]  # type: ignore[attr-defined]
    assert list(extract_many(texts)) == _alone(texts)


def test_texts_are_taken_as_they_are_needed() -> None:
    # A stream of records is read as it comes: the first list is given before the stream
    # ends, with at most a batch of texts taken ahead of it.
    taken = 0

    def stream() -> Iterator[str]:
        nonlocal taken
        for _ in range(10_000):
            taken += 1
            yield "No dates here."

    lists = extract_many(stream())
    assert taken == 0
    assert next(lists) == []
    assert taken <= 64
    assert sum(1 for _ in lists) == 9_999


def test_what_is_not_text_is_refused_clearly() -> None:
    with pytest.raises(TypeError, match=r"not str \(use extract"):
        extract_many("Jakarta, 29 Ramadan 1437/4 July 2016")
    with pytest.raises(TypeError, match="not bytes"):
        extract_many(b"Jakarta")
    with pytest.raises(TypeError, match=r"texts\[1\] must be a str, not int"):
        list(extract_many(["Jakarta", 5]))  # type: ignore[list-item]
    with pytest.raises(TypeError, match="texts must be an iterable of str, not int"):
        extract_many(5)  # type: ignore[arg-type]


_GOOD = "Jakarta, 29 Ramadan 1437/4 July 2016 (MINA) – The ministry said."


@pytest.mark.parametrize("at", [0, 1, 63, 64, 100, 200])
def test_the_texts_before_one_that_is_not_text_have_their_lists_first(at: int) -> None:
    texts: list[object] = [_GOOD] * at + [None] + [_GOOD]
    lists = extract_many(texts)  # type: ignore[arg-type]
    for _ in range(at):
        assert [d.gregorian.isoformat() for d in next(lists) if d.gregorian] == ["2016-07-04"]
    with pytest.raises(TypeError, match=rf"texts\[{at}\] must be a str, not NoneType"):
        next(lists)
    assert next(lists, "ended") == "ended"


def test_a_stream_that_fails_has_the_lists_of_what_it_gave_first() -> None:
    def stream() -> Iterator[str]:
        yield from [_GOOD, "No dates here.", _GOOD]
        raise OSError("the archive's disk went away")

    lists = extract_many(stream())
    assert [len(found) for found in (next(lists), next(lists), next(lists))] == [1, 0, 1]
    with pytest.raises(OSError, match="went away"):
        next(lists)
