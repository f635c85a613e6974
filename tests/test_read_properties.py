"""Laws of the reader, over datelines generated from the language tables."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from datelines import extract, parse
from datelines.strategies import GeneratedDateline, datelines

# Text around an embedded dateline: words, punctuation and numbers that are not dates.
FILLER = st.text(
    alphabet=st.sampled_from(list("abcdefghij klmnop qrstuvwxyz ,.;:!?()\n ابتثجحخ ")), max_size=60
).map(lambda s: s.strip())


@given(datelines())
def test_generated_datelines_parse_back(generated: GeneratedDateline) -> None:
    line = parse(generated.text)
    assert line.hijri is not None
    assert line.gregorian is not None
    assert line.hijri.to_hijri() == generated.hijri, generated
    assert line.gregorian.to_date() == generated.gregorian, generated


@given(datelines(), FILLER, FILLER)
def test_extract_finds_an_embedded_dateline(generated: GeneratedDateline, before: str, after: str) -> None:
    text = f"{before} {generated.text} {after}"
    found = list(extract(text))
    assert len(found) == 1, (text, found)
    line = found[0]
    assert line.hijri is not None
    assert line.gregorian is not None
    assert (line.hijri.to_hijri(), line.gregorian.to_date()) == (generated.hijri, generated.gregorian)
    start = len(before) + 1
    assert line.span[0] >= start
    assert line.span[1] <= start + len(generated.text)
    assert text[slice(*line.span)] == line.text
