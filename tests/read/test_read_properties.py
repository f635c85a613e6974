"""Laws of the reader, over datelines generated from the language tables."""

from __future__ import annotations

from hypothesis import assume, given
from hypothesis import strategies as st

from datelines import extract, parse
from datelines._read.lexicon import LEXICON
from datelines._read.normalize import fold, words
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
    # The words touching the dateline must not be date words themselves ("setiembre 10 …"
    # is a date); anything else goes.
    for word in words(fold(before))[-1:] + words(fold(after))[:1]:
        assume(word not in LEXICON.entries)
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


@given(st.text(max_size=40))
def test_fast_and_slow_folding_agree(text: str) -> None:
    from datelines._read.normalize import VANISHED, _fold_slow, dashed, fold, fold_with_offsets

    fast = fold_with_offsets(text)
    slow = _fold_slow(dashed(text), 0)  # (a tatweel between numbers is a dash, both ways)
    assert fold(text) == slow.text  # fold() takes the table where it can
    if fast.offsets is None:
        assert fast.text.replace(VANISHED, "") == slow.text
        assert len(fast.text) == len(text)


SCRIPTS = st.lists(
    st.one_of(
        st.characters(),
        st.sampled_from(list("0123456789٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹/-.,|()ـ\u200c ")),
        st.sampled_from(["Ramadan", "رمضان", "1445", "هـ", "H", "2024", "March", "Syawal", " 10 ", "/"]),
    ),
    max_size=80,
).map("".join)


@given(SCRIPTS)
def test_extract_never_raises_and_spans_are_exact(text: str) -> None:
    for line in extract(text):
        assert text[slice(*line.span)] == line.text
        assert line.hijri is not None
        assert line.gregorian is not None


@given(SCRIPTS)
def test_parse_raises_only_dateline_errors(text: str) -> None:
    from datelines import DatelineError

    try:
        line = parse(text)
    except DatelineError as err:
        assert str(err)
    else:
        assert line.hijri is not None or line.gregorian is not None or line.solar_hijri is not None
        assert all(
            part.year is None or part.year >= 1
            for part in (line.hijri, line.gregorian, line.solar_hijri)
            if part
        )
