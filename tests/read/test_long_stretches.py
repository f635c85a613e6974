"""Years of our era alone for pages ("Ramadan 2025 Shawwal 2024 …", "عيد الفطر 2025 …"): the
scan asks where the next day or Hijri year is, and whether a number in words stands in the
stretch, with RE2 (the text as written, in stretches), not with Python's expressions over
the whole of it (stop 62: 27-48 ms a MB, 4-12 now). Laws: both answers equal the ones they
stand for, at every length, with the stretches made short so that their joins are crossed."""

from __future__ import annotations

import unicodedata
from unittest import mock

from hypothesis import example, given
from hypothesis import strategies as st

from datelines import extract
from datelines._read import prefilter
from datelines._read.extract import _DAY_OR_HIJRI_YEAR
from datelines._read.lexicon import NUMBER_WORDS
from datelines._read.normalize import FOLD_TABLE, fold

# Digits of several scripts, and what stands between numbers
_DIGITS = "0123456789٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹०१२३४५६७८९"
_BETWEEN = [" ", "/", "-", "a", "ب", "\n", "é", "\u0640"]


@st.composite
def _numbers_text(draw: st.DrawFn) -> tuple[str, int]:
    pieces = draw(
        st.lists(
            st.one_of(
                st.text(alphabet=_DIGITS, min_size=1, max_size=6),
                st.sampled_from(["2025", "1999", "1600", "1599", "0999", "1446", "12", "١٤٤٦", "۲۰۲۵"]),
            ),
            max_size=12,
        )
    )
    text = ""
    for piece in pieces:
        text += draw(st.sampled_from(_BETWEEN)) * draw(st.integers(1, 3)) + piece
    # a place not inside a run of digits (where the scan asks: after a whole run)
    places = [i for i in range(len(text) + 1) if i == 0 or i == len(text) or not text[i].isdecimal()]
    return text, draw(st.sampled_from(places))


@given(_numbers_text(), st.integers(1, 8))
@example(("Ramadan 2025 Shawwal 2024, day 12", 12), 4)
@example(("x 2025 " + "7" * 9 + " 12", 1), 3)
def test_the_next_day_or_hijri_year_is_the_expression_s(case: tuple[str, int], stretch: int) -> None:
    text, position = case
    found = _DAY_OR_HIJRI_YEAR.search(text, position)
    expected = len(text) if found is None else found.start()
    with mock.patch.object(prefilter, "_FIRST_STRETCH", stretch):
        assert prefilter.next_day_or_hijri_year(text, position) == expected


def _number_words() -> list[str]:
    return sorted({word for words in NUMBER_WORDS for word in words.split()})


# What may stand inside, before and after a word as written: case, marks and tatweel, the
# clitics and the article, letters that make it another word, characters that fold to others.
_FOLDING = sorted(chr(code) for code in FOLD_TABLE)
_AS_WRITTEN = ["ألف", "أَلْف", "dört", "Dördüncü", "ثلاثـــة", "onbirinci", "sebelas", "بیست"]
_BESIDE = ["", " ", "و", "ال", "ب", "ط", "s", "-", ".", "\u200c", "\u0640", "\u064b", "\u0301", "\u00ad"]


@st.composite
def _words_text(draw: st.DrawFn) -> str:
    parts = []
    for _ in range(draw(st.integers(0, 6))):
        word = draw(st.sampled_from([*_number_words(), *_AS_WRITTEN]))
        if draw(st.booleans()):
            word = draw(st.sampled_from([word.upper(), word.title(), word]))
        if len(word) > 1 and draw(st.booleans()):
            cut = draw(st.integers(1, len(word) - 1))
            word = word[:cut] + draw(st.sampled_from([*_BESIDE, *_FOLDING])) + word[cut:]
        before = draw(st.sampled_from([*_BESIDE, *_FOLDING]))
        after = draw(st.sampled_from([*_BESIDE, *_FOLDING]))
        parts.append(before + word + after)
        parts.append(draw(st.sampled_from([" ", " عيد الفطر 2025 ", " Ramadan 2024, ", "،", ""])))
    return "".join(parts)


@given(_words_text())
@example("عيد الفطر 2025 وعيد الأضحى 2024، ")
@example("وألفٌ")
@example("ELEVENTH")
@example("eleventhly")
@example("ثلاثـــة")
def test_numbers_in_words_as_written_are_those_folded(text: str) -> None:
    exact = prefilter.number_words_exactly_in(text)
    with mock.patch.object(prefilter, "_LONG_PIECE", 0):
        assert prefilter.number_words_in(text) == exact


def test_a_long_stretch_of_lone_years_is_searched_once() -> None:
    """The texts of the adversarial benchmark read nothing, and a day or a number in words at
    the foot of a long one still opens a window there."""
    for unit in ("Ramadan 2025 Shawwal 2024 ", "عيد الفطر 2025 وعيد الأضحى 2024، "):
        text = unit * (60_000 // len(unit))
        assert list(extract(text)) == []
    foot = "Seoul, 10 Rabiul Akhir 1437/20 January 2016 (MINA)"
    found = list(extract("Ramadan 2025 Shawwal 2024 " * 3000 + foot))
    assert [(d.hijri.year, d.gregorian.year) for d in found if d.hijri and d.gregorian] == [(1437, 2016)]


def test_the_digits_searched_are_python_s() -> None:
    """The automaton's digits are every character ``\\d`` takes in Python (RE2's tables are
    newer or older)."""
    digits = [chr(code) for code in range(0x20000) if unicodedata.decimal(chr(code), -1) == 0]
    for zero in digits:
        text = f"x {zero}{zero}1 y"
        assert prefilter.next_day_or_hijri_year(text, 0) == 2, hex(ord(zero))


def test_every_folding_character_after_and_inside_a_number_word() -> None:
    """Every character the fold changes, after a number word and inside it (the end of the
    word as written is where the search of text as written may differ from the fold's)."""
    heads = ["الف", "ألف", "eleventh", "Dördüncü"]
    assert all(fold(head) in _number_words() for head in heads)
    with mock.patch.object(prefilter, "_LONG_PIECE", 0):
        for head in heads:
            for ch in _FOLDING:
                for text in (head + ch, head[:2] + ch + head[2:], ch + head + " x"):
                    assert prefilter.number_words_in(text) == prefilter.number_words_exactly_in(text), (
                        head,
                        hex(ord(ch)),
                    )


@given(_words_text(), st.integers(4, 64), st.integers(0, 3))
@example("عيد الفطر 2025 وعيد الأضحى 2024، " * 3 + "ألف", 8, 0)
def test_the_first_number_in_words_is_found_where_the_fold_finds_one(
    text: str, stretch: int, pad: int
) -> None:
    """Searched in stretches as written (made short, so that their joins are crossed), a piece
    holds a number in words where folded it does, and one stands in the words from the place
    given on."""
    text = "Ramadan 2025 " * pad + text
    with (
        mock.patch.object(prefilter, "_LONG_PIECE", 0),
        mock.patch.object(prefilter, "_FIRST_STRETCH", stretch),
    ):
        at = prefilter.first_number_word(text)
    assert (at is not None) == prefilter.number_words_exactly_in(text)
    if at is not None:  # in the words from the one the place is in
        assert prefilter.number_words_exactly_in(
            text[max(text.rfind(" ", 0, at), text.rfind("\n", 0, at)) + 1 :]
        )


def test_lone_years_with_a_number_in_words_at_the_foot_are_linear() -> None:
    """Review 62: each year asked to the foot again was quadratic (0.2 MB, 7 s). A scan that
    asks both questions of each year in turn answers from what it found."""
    import time

    def cost(size: int) -> float:
        text = "عيد الفطر 2025 وعيد الأضحى 2024، " * (size // 33) + "ألف"
        began = time.process_time()
        assert list(extract(text)) == []
        return time.process_time() - began

    cost(40_000)  # the automata built
    assert cost(800_000) < 0.5


@st.composite
def _years_days_and_words(draw: st.DrawFn) -> tuple[str, int]:
    text = draw(_numbers_text())[0] + draw(_words_text()) + draw(_numbers_text())[0]
    # a place outside a run of digits and at a word's start (or between words)
    places = [
        i
        for i in range(len(text) + 1)
        if i == 0
        or i == len(text)
        or not (text[i].isdecimal() or text[i - 1].isalpha() or text[i - 1].isdecimal())
    ]
    return text, draw(st.sampled_from(places))


@given(_years_days_and_words())
@example(("x 2025 eleven 2024", 2))
@example(("x 2025 eleven 2024", 7))
@example(("عيد الفطر 2025 وعيد الأضحى 2024، ألف 12", 0))
@example(("ﬁ12 2025", 0))
@example(("ป5", 0))  # a letter of a script whose words run together, right before a day (review 64)
@example(("x 第3", 0))
@example(("  0   0   0   0   0\u1ab0achte ", 20))
@example(("  0   0   0   0   0\u0363achte ", 20))
def test_one_search_finds_the_first_day_or_number_in_words(case: tuple[str, int]) -> None:
    """The scan that looks for a day (or Hijri year) and a number in words at once finds the
    first day where Python's expression does, or a number in words before it wherever the
    exact test finds one there (never later: a year it said alone would lose its window)."""
    text, position = case
    found = _DAY_OR_HIJRI_YEAR.search(text, position)
    day = len(text) if found is None else found.start()
    scan = prefilter.DayOrWordScan(text)
    at = scan.first(position)
    assert at <= day
    if prefilter.number_words_exactly_in(text[position:day]):
        assert at < day
    if at < day:
        assert prefilter.number_words_exactly_in(text[max(position, at - 64) :])
    assert scan.first(position) == at  # asked again, the same
