"""The fast path for common datelines agrees with the general reader wherever it answers."""

from __future__ import annotations

import json
from pathlib import Path

from datelines._read.fastpath import parse_simple
from datelines._read.parse import parse_general
from test_parse import ROWS

DATA = Path(__file__).parent / "data"


def test_fast_path_agrees_on_every_table_and_real_line() -> None:
    texts = [row[0] for row in ROWS]
    for name in ("dev_datelines.jsonl", "heldout_datelines.jsonl"):
        texts += [json.loads(line)["text"] for line in (DATA / name).read_text(encoding="utf-8").splitlines()]
    accepted = 0
    for text in texts:
        fast = parse_simple(text)
        if fast is not None:
            accepted += 1
            assert fast == parse_general(text), text
    assert accepted >= 30  # the shape is common enough to matter


def test_fast_path_takes_the_seed_dateline() -> None:
    line = parse_simple("Seoul, 10 Rabiul Akhir 1437/20 January 2016 (MINA)")
    assert line is not None
    assert (line.place, line.agency, line.hijri.isoformat() if line.hijri else None) == (
        "Seoul",
        "MINA",
        "1437-04-10",
    )
