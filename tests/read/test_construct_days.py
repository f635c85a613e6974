"""Arabic ordinal days in construct before a Hijri month ("خامس المحرم سنة 1371ه", "ثامن عشر ذي
الحجة"): a day where the date gives its year, and nothing more than the words they are where it
does not ("ثاني أكبر مدينة", the second city; "في ثاني رمضان له", in his second Ramadan)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from datelines import HijriDate, extract, parse, to_gregorian
from datelines.names.output import GREGORIAN_MONTHS, HIJRI_MONTHS
from datelines.names.words import CONSTRUCT_DAY_WORDS

ARABIC_MONTHS = HIJRI_MONTHS["ar"]
PROSE = st.sampled_from(["", "وكان ذلك ", "تمت القراءة يوم السبت ", "قال الكاتب إنه وصل "])


@given(
    st.sampled_from(CONSTRUCT_DAY_WORDS),
    st.integers(1, 12),
    st.integers(1300, 1500),
    st.sampled_from(["", "شهر "]),
    st.sampled_from(["", "سنة "]),
    st.sampled_from(["", " هـ", "ه"]),
    PROSE,
)
def test_an_ordinal_in_construct_is_the_day_of_a_dated_month(
    word: tuple[str, int, str], month: int, year: int, noun: str, year_word: str, era: str, before: str
) -> None:
    spelling, day, _ = word
    text = f"{before}{spelling} {noun}{ARABIC_MONTHS[month - 1]} {year_word}{year}{era}"
    line = parse(text)
    assert line.hijri is not None
    assert (line.hijri.year, line.hijri.month, line.hijri.day) == (year, month, day), text
    # with its Gregorian day, extract reads it as parse does (the prefilter looks at the month
    # and its year)
    g = to_gregorian(HijriDate(year, month, day), "islamic-civil")
    said = f"{text} الموافق {g.day} {GREGORIAN_MONTHS['ar'][g.month - 1]} {g.year}م، وبعد"
    found = [(d.hijri.year, d.hijri.month, d.hijri.day) for d in extract(said) if d.hijri and d.gregorian]
    assert found == [(year, month, day)], said


@given(st.sampled_from(CONSTRUCT_DAY_WORDS), st.integers(1, 12), PROSE)
def test_without_a_year_the_ordinal_is_no_day(word: tuple[str, int, str], month: int, before: str) -> None:
    """ "في ثاني رمضان له" (in his second Ramadan): an ordinal counts the months too."""
    text = f"{before}{word[0]} {ARABIC_MONTHS[month - 1]} له"
    try:
        line = parse(text)
    except ValueError:
        return
    assert line.hijri is None or line.hijri.day is None, text


@pytest.mark.parametrize(
    ("text", "hijri", "gregorian"),
    [
        ("في ثامن عشر ذي الحجة سنة 1445 هـ الموافق 24 يونيو 2024", (1445, 12, 18), (2024, 6, 24)),
        ("في خامس المحرم 1446 هـ الموافق 11 يوليو 2024م", (1446, 1, 5), (2024, 7, 11)),
        ("وكان الفراغ منه في حادي عشر شهر رمضان سنة 1350 هـ / 19 يناير 1932م", (1350, 9, 11), (1932, 1, 19)),
    ],
)
def test_datelines_with_an_ordinal_in_construct(
    text: str, hijri: tuple[int, int, int], gregorian: tuple[int, int, int]
) -> None:
    line = parse(text)
    assert line.hijri is not None
    assert line.gregorian is not None
    assert (line.hijri.year, line.hijri.month, line.hijri.day) == hijri
    assert (line.gregorian.year, line.gregorian.month, line.gregorian.day) == gregorian
    assert [(d.hijri.day if d.hijri else None) for d in extract(text)] == [hijri[2]]


def test_an_ordinal_before_a_word_is_no_day() -> None:
    line = parse("ثاني أكبر مدينة في 12 رمضان 1445")
    assert line.hijri is not None
    assert (line.hijri.month, line.hijri.day) == (9, 12)
