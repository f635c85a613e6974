"""The fast path for common datelines agrees with the general reader wherever it answers."""

from __future__ import annotations

from datelines._read.fastpath import parse_simple
from datelines._read.parse import parse_general
from support import real_lines, variant_rows


def test_fast_path_agrees_on_every_table_and_real_line() -> None:
    texts = [row[0] for row in variant_rows()]
    texts += [str(record["text"]) for record in real_lines("dev_datelines.jsonl", "heldout_datelines.jsonl")]
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
