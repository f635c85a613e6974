"""A Gregorian era's initials are a sign of a Gregorian half only together ("A.D.", "A. D.",
"C.E."): the "A" of "A.H." is none, so text of Hijri marks and numbers is passed over in one
search, as other hostile text is (it had cost 900 times prose), and the automaton still finds
every piece the exact test takes. "A.H." after a year before 1300 is a Hijri cue ("1109
A.H. (1697)"), found by both."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from datelines import extract
from datelines._read import prefilter
from datelines._read.extract import _gregorian_evidence, _widen, _windows

pytestmark = pytest.mark.skipif(not prefilter.available(), reason="google-re2 is not installed")


@pytest.mark.parametrize(
    "text",
    [
        "dated AH 45 (665 A.D.)",
        "AH 45 / 665 A.D.",
        "AH 1109 / 1697 C.E.",
        "in 1200 A.H. = 1786 A. D.",
        "dated 1200 A.H. (1786)",  # a year before 1300 with "A.H." after it
        "1109 A. H. (1697)",
        "in 45 A.H./665 C.E. he",
        "A. H..606. Dhi’l Ḥajja 13=1210 A. D., Jane 3.",  # Epigraphia Indica (held-out set 20)
        "AH 45/665 Ａ．Ｄ．",
        "๑ รอมฎอน ๑๔๔๔ ตรงกับ 23 มีนาคม ค.ศ.2023",
    ],
)
def test_a_year_with_an_eras_initials_is_found(text: str) -> None:
    assert [d.gregorian is not None for d in extract(text)] == [True]


@pytest.mark.parametrize(
    "piece", ["H.12 H.1300 AH 45 A.H. 1200 ", "AH 45 A.H. 1200 ", "a 1200 AH 1300 ", "A. H. 45 A. H. 1200 "]
)
def test_hijri_marks_and_numbers_alone_are_passed_over_in_one_search(piece: str) -> None:
    assert prefilter.gregorian_evidence_in(piece * 2000) is False
    assert list(extract(piece * 200)) == []


def test_an_initial_alone_is_no_gregorian_evidence_but_the_eras_initials_are() -> None:
    for text in ("AH 45 A.H. 1200", "45 A 1200 AH", "45 D. 1200 AH", "1200 AH, a hoc 45"):
        assert not _gregorian_evidence(text, 0, len(text)), text
    for text in ("AH 45 / 665 A.D.", "665 A. D. AH 45", "665 C.E. AH 45", "665 B.C.E. AH", "665 AD AH 45"):
        assert _gregorian_evidence(text, 0, len(text)), text


_PIECES = st.one_of(
    st.sampled_from(
        ["A", "a", "D", "d", "C", "E", "B", "H", "AH", "Ａ", "Ｄ", "ค", "ศ", "n", "Chr", "ad", "and"]
    ),
    st.sampled_from([".", ". ", " ", "\u00a0", "．", "\u200b", "\u0640", "-", "/", "(", ")", "'"]),
    st.sampled_from(["A.D.", "A. D.", "C.E.", "B.C.E.", "n.Chr.", "ค.ศ.", "A.H.", "A. H."]),
    st.integers(1, 1800).map(str),
)


@given(st.lists(_PIECES, max_size=30), st.data())
def test_text_of_initials_without_gregorian_evidence_has_no_piece_extract_would_read(
    pieces: list[str], data: st.DataObject
) -> None:
    # The automaton may find more than the exact test takes, never less (the law of
    # test_prefilter, over text made of initials, stops and spaces in every order).
    text = "".join(pieces)
    if prefilter.gregorian_evidence_in(text) is not False:
        return
    size = len(text)
    starts = sorted({0, *(_widen(text, at, at)[0] for at in range(size + 1))})
    ends = sorted({size, *(_widen(text, at, at)[1] for at in range(size + 1))})
    assert not any(_gregorian_evidence(text, lo, size) for lo in starts), text
    assert not any(_gregorian_evidence(text, 0, hi) for hi in ends), text
    for _ in range(5):
        lo = data.draw(st.sampled_from(starts))
        hi = data.draw(st.sampled_from([end for end in ends if end >= lo]))
        assert not _gregorian_evidence(text, lo, hi), (text, lo, hi)


@given(st.lists(_PIECES, max_size=30))
def test_the_same_windows_with_and_without_the_prefilter_beside_initials(pieces: list[str]) -> None:
    text = " ".join(pieces)
    assert list(_windows(text, prefilter=True)) == list(_windows(text, prefilter=False)), text
