"""Shapes found in real wire stories' openings (a set of 122 collected from agencies' and
papers' pages on 2026-12-04, used to measure and not committed: the examples below are
written for the tests, in the shapes those pages print)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from datelines import check, extract, parse
from datelines._read.lexicon import LEXICON, pdf_ligature_forms
from datelines.names import hijri_months, words


@pytest.mark.parametrize(
    ("text", "hijri", "month_name"),
    [
        # The Saudi Press Agency's English datelines glue the numeral to the name's apostrophe.
        ("Riyadh, Rabi'I 15, 1438, Dec 14, 2016, SPA -- The King inaugurated", "1438-03-15", "Rabi'I"),
        ("Jeddah, Rabi'II 15, 1438, Jan 13, 2017, SPA -- The minister said", "1438-04-15", "Rabi'II"),
        ("Riyadh, Jumada'I 14, 1438, Feb 11, 2017, SPA --", "1438-05-14", "Jumada'I"),
        ("Riyadh, Rabi’II 15, 1438, Jan 13, 2017, SPA --", "1438-04-15", "Rabi’II"),
    ],
)
def test_a_roman_numeral_glued_to_the_apostrophe(text: str, hijri: str, month_name: str) -> None:
    (found,) = extract(text)
    assert found.hijri is not None
    assert (found.hijri.isoformat(), found.hijri.month_name) == (hijri, month_name)
    assert check(found).ok
    assert parse(text.split(" --", maxsplit=1)[0]).hijri == found.hijri


@pytest.mark.parametrize(
    "text", ["Riyadh, Rabii 15, 1438, Dec 14, 2016", "Riyadh, Rabi'ii 15, 1438, Dec 14, 2016"]
)
def test_without_the_apostrophe_or_the_capital_no_numeral_is_read_into_the_word(text: str) -> None:
    # "Rabii" is a name's first word ("Rabii II"), and alone says neither Rabi': the year alone,
    # and the checker says it could not read the month (stop 53: month first, spelt like one)
    hijri = parse(text).hijri
    assert hijri is not None
    assert (hijri.year, hijri.month, hijri.day) == (1438, None, None)
    assert "unknown-month" in [finding.code for finding in check(text).findings]


@pytest.mark.parametrize(
    ("text", "hijri", "gregorian", "weekday"),
    [
        # An Egyptian paper's masthead as PDF text gives it: lam-alif reversed, digits mixed.
        (
            "الجمعة  ٢٣نوفمبر 2018م  ١٥ -من ربيع األول  14٤٠هـ  ١٤ -هاتور",
            "1440-03-15",
            "2018-11-23",
            "الجمعة",
        ),
        ("االثنين  ١٩نوفمبر 2018م  ١١ -من ربيع األول  14٤٠هـ", "1440-03-11", "2018-11-19", "االثنين"),
        ("الثالثاء  ٥نوفمبر ٢٠٢٤م  ٣ -جمادى األولى  14٤٦هـ", "1446-05-03", "2024-11-05", "الثالثاء"),
        # a Saudi one's, where the ligature lost its lam
        ("السبت  26ربيع اأول 1433هـ  18فبراير 2012م", "1433-03-26", "2012-02-18", "السبت"),
    ],
)
def test_arabic_names_as_pdf_text_gives_them(text: str, hijri: str, gregorian: str, weekday: str) -> None:
    (found,) = extract(text)
    assert found.hijri is not None
    assert found.gregorian is not None
    assert (found.hijri.isoformat(), found.gregorian.isoformat(), found.weekday_text) == (
        hijri,
        gregorian,
        weekday,
    )
    assert check(found).ok


_ARABIC_NAMES = sorted(
    {s for spellings in hijri_months.MONTHS for s, language in spellings if language == "ar"}
    | {s for s, _, language in words.WEEKDAYS if language == "ar"}
)


@given(st.sampled_from(_ARABIC_NAMES))
def test_every_arabic_name_with_a_lam_alif_is_read_in_its_pdf_forms(name: str) -> None:
    from datelines._read.normalize import skeleton

    for form in pdf_ligature_forms(name):
        found = LEXICON.entries.get(skeleton(form))
        assert found is not None, form
        wanted = {(e.kind, e.value) for e in LEXICON.entries[skeleton(name)]}
        assert wanted & {(e.kind, e.value) for e in found}


def test_a_full_stop_before_a_quoted_paragraph_ends_the_sentence() -> None:
    # A statement quoted paragraph by paragraph, each opening with a quotation mark: the
    # era mark's full stop ends the sentence there as before an unquoted one.
    text = (
        '"The council confirmed the sighting on Tuesday May 11, 2021 which was the 29th day of '
        'Ramadan 1442AH.\n\n"Therefore, Wednesday May 12, 2021 is a public holiday," he said.'
    )
    (found,) = extract(text)
    assert found.hijri is not None
    assert found.gregorian is not None
    assert (found.hijri.isoformat(), found.gregorian.isoformat()) == ("1442-09-29", "2021-05-11")
    unquoted = text.replace('\n\n"', "\n\n")
    assert [d.gregorian.isoformat() for d in extract(unquoted) if d.gregorian] == ["2021-05-11"]
