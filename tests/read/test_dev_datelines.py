"""Every line of the shared development set of real datelines."""

from __future__ import annotations

import json

import pytest

import support
from datelines import extract

DATA = support.DATA / "dev_datelines.jsonl"
HELDOUT = support.DATA / "heldout_datelines.jsonl"
SHARED = support.SHARED / "dev_datelines.jsonl"
RECORDS = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]
HELDOUT_RECORDS = [
    json.loads(line) for line in HELDOUT.read_text(encoding="utf-8").splitlines() if line.strip()
]

# Lines we do not read yet, with the reason.
KNOWN_MISSES: dict[str, str] = {}


def _halves(text: str) -> tuple[list[int | None] | None, list[int | None] | None]:
    # the Hijri and Gregorian pair: a Solar Hijri and lunar line of Iran's is read too
    found = [line for line in extract(text) if line.gregorian is not None]
    if not found:
        return None, None
    first = found[0]
    assert first.hijri is not None
    assert first.gregorian is not None
    return (
        [first.hijri.year, first.hijri.month, first.hijri.day],
        [first.gregorian.year, first.gregorian.month, first.gregorian.day],
    )


@pytest.mark.parametrize("record", RECORDS, ids=[f"{r['language']}-{i}" for i, r in enumerate(RECORDS)])
def test_dev_line(record: dict[str, object]) -> None:
    text = str(record["text"])
    miss = next((reason for start, reason in KNOWN_MISSES.items() if text.startswith(start)), None)
    if miss:
        pytest.xfail(miss)
    assert _halves(text) == (record["hijri"], record["gregorian"])


def test_spans_point_at_the_halves() -> None:
    for record in RECORDS:
        text = str(record["text"])
        for line in extract(text):
            assert text[slice(*line.span)] == line.text
            for part in (line.hijri, line.gregorian):
                assert part is not None
                assert text[slice(*part.span)] == part.text
                assert line.span[0] <= part.span[0] <= part.span[1] <= line.span[1]


def test_copy_matches_the_shared_sample() -> None:
    if not SHARED.exists():
        pytest.skip("shared/ is not beside this checkout")
    assert DATA.read_bytes() == SHARED.read_bytes()


@pytest.mark.parametrize(
    "record", HELDOUT_RECORDS, ids=[f"{r['language']}-{i}" for i, r in enumerate(HELDOUT_RECORDS)]
)
def test_heldout_line(record: dict[str, object]) -> None:
    """Real lines from sites outside the shared sample (see tests/data/README.md)."""
    assert _halves(str(record["text"])) == (record["hijri"], record["gregorian"])
