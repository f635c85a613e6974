"""Examples of an ordinal year of the Hijra (issue #13, lines 934 and 982): "hicretin 17.
yılında" (in the 17th year of the Hijra), "ஹிஜ்ரி இரண்டாம் ஆண்டு" (the second Hijri year),
"the second year of the Hijra": the year since the Hijra, as "2. godine po hidžri" is."""

from __future__ import annotations

import pytest

from datelines import ParseError, extract, parse


@pytest.mark.parametrize(
    ("text", "hijri"),
    [
        ("Hicrî takvim, Hz. Ömer döneminde hicretin 17. yılında oluşturuldu.", "0017"),
        ("Ramazan orucu hicri ikinci yılda farz kılındı.", "0002"),
        ("ரமழான் மாத நோன்பு ஹிஜ்ரி இரண்டாம் ஆண்டு கடமையாக்கப்பட்டது.", "0002"),
        ("Fasting in Ramadan was made obligatory in the second year of the Hijra.", "0002"),
        ("The battle took place in the 2nd year AH.", "0002"),
        # Tamil ordinals count days too: the second crescent of Ramadan
        ("ரமழான் மாதத்தின் இரண்டாம் பிறை", "--09-02"),
    ],
)
def test_an_ordinal_year_is_read(text: str, hijri: str) -> None:
    line = parse(text)
    assert line.hijri is not None, text
    assert line.hijri.isoformat() == hijri, text
    assert line.gregorian is None, text
    assert list(extract(text)) == [], text


@pytest.mark.parametrize(
    "text",
    [
        "It was the second year of his reign.",
        "Bu, hükümetin 17. yılında oldu.",
        "இது அவரது இரண்டாம் ஆண்டு.",
    ],
)
def test_an_ordinal_year_without_the_hijra_is_no_date(text: str) -> None:
    with pytest.raises(ParseError):
        parse(text)


@pytest.mark.parametrize(
    ("text", "hijri", "gregorian"),
    [
        ("Post je naređen 2. godine po hidžri (624.).", "0002", "0624"),
        ("Fasting was prescribed in 2 AH (624).", "0002", "0624"),
    ],
)
def test_extract_finds_a_bracketed_year_of_the_first_centuries(text: str, hijri: str, gregorian: str) -> None:
    """A year of three digits in brackets after its Hijri year is evidence of a Gregorian half."""
    found = [(d.hijri.isoformat(), d.gregorian.isoformat()) for d in extract(text) if d.hijri and d.gregorian]
    assert found == [(hijri, gregorian)], text


@pytest.mark.parametrize(
    ("text", "hijri"),
    [
        # a case ending on the last word of a two-word month name (line 352)
        (
            "12-чу рабиӀул-аввалехь бусалбанийн цхьайолчу тобанаша даздо Мухьаммад пайхамар ﷺ дуьнен чу ваьлла де.",
            "--03-12",
        ),
        ("Mavlud 12 Rabiul-avvalda nishonlanadi.", "--03-12"),
        ("Mavlud 12 Rabiul avvalda nishonlanadi.", "--03-12"),
    ],
)
def test_a_case_ending_on_a_two_word_name_is_read(text: str, hijri: str) -> None:
    line = parse(text)
    assert line.hijri is not None, text
    assert line.hijri.isoformat() == hijri, text
    assert line.gregorian is None, text
