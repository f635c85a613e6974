"""Examples of running-text shapes learnt from the Bosnian, Serbian, Albanian, Azerbaijani,
Turkish and Tatar lines of the corpus (issue #13): each read by ``parse`` and found the same
by ``extract`` (a line with one half: found by neither as a dateline). The laws that generate
them from the tables are in test_shape_properties.py."""

from __future__ import annotations

import pytest

from datelines import DatePart, extract, parse

Ymd = tuple[int | None, int | None, int | None] | None

EXAMPLES: list[tuple[str, Ymd, Ymd]] = [
    # the boundary word's present tense ("başlıyor", "fillojë")
    ("Diyanet takvimine göre Safer ayı 16 Temmuz'da başlıyor.", (None, 2, None), (None, 7, 16)),
    ("Ramazani pritet të fillojë të shtunën, më 1 mars 2025.", (None, 9, None), (2025, 3, 1)),
    # a Gregorian year said apart ("in 2024") before the Hijri month: not copied (tests/data/README.md)
    ("2024 елда Шәүвәл аеның башлану көне 10 апрельгә туры килә.", (None, 10, None), (None, 4, 10)),
    # the month's end said before its name, a copula and the day
    ("Dita e fundit e Shevvalit është më 7 maj.", (None, 10, None), (None, 5, 7)),
    # the verb said once, after a second subject set against the first
    ("Zilhiccə ayı 7 iyun, bayram isə 16 iyun təsadüf edir.", (None, 12, None), (None, 6, 7)),
    # a year word after the ordinal year ("2025-ci il")
    ("Ramazan ayının 1-i 2025-ci il 1 mart tarixindən başlayır.", (None, 9, 1), (2025, 3, 1)),
    # the new year: "new" before the year, or named, with its era before a spaced dash
    ("Nova 1447. hidžretska godina nastupa 26. juna 2025.", (1447, 1, 1), (2025, 6, 26)),
    ("Më 7 korrik filloi Viti i Ri sipas kalendarit islam – 1446", (1446, 1, 1), (None, 7, 7)),
    ("Муслимани су дочекали Нову 1446. годину према хиџретском календару.", (1446, 1, 1), None),
    # an ordinal year with its year word and era; the first centuries' years in three digits
    ("Hidžra je bila 1. godine po hidžri (622.).", (1, None, None), (622, None, None)),
    # a night as its day; the last month of the Hijri calendar by description
    ("Petnaesta noć mjeseca ša'bana je Lejletu'l-berat.", (None, 8, 15), None),
    ("Deveti dan posljednjeg mjeseca hidžretskog kalendara je Dan Arefata.", (None, 12, 9), None),
    # "godine" (of the year) cut to "g." after the Gregorian year, "h.g." after the Hijri one
    ("Bajram: četvrtak, 10. april 2024. g. / 1. ševval 1445. h.g.", (1445, 10, 1), (2024, 4, 10)),
    ("Ramazan počinje u subotu, 1. marta 2025. g . / 1. ramazan 1446. h.g.", (1446, 9, 1), (2025, 3, 1)),
]


def _ymd(part: DatePart | None) -> Ymd:
    return None if part is None else (part.year, part.month, part.day)


@pytest.mark.parametrize(("text", "hijri", "gregorian"), EXAMPLES)
def test_the_shape_is_read(text: str, hijri: Ymd, gregorian: Ymd) -> None:
    line = parse(text)
    assert (_ymd(line.hijri), _ymd(line.gregorian)) == (hijri, gregorian)
    found = [(_ymd(d.hijri), _ymd(d.gregorian)) for d in extract(text)]
    # extract yields dual datelines only (a three-digit year in brackets, "(622.)", is
    # evidence of a Gregorian half to its scan)
    assert found == ([(hijri, gregorian)] if gregorian is not None else [])


@pytest.mark.parametrize(
    "text",
    [
        # the month said in a clause about the feast, whose day it is
        "Eid, which marks the end of Ramadan, is on Monday, 31 March.",
        "Idul-Fitr, ambayo inaashiria mwisho wa Ramadhani, itakuwa Jumatatu, Machi 31.",
        # without a word that sets the second subject against the first, the verb is its own
        "Ramazan ayı 18 fevral, bayramı 19 marta təsadüf edəcək.",
    ],
)
def test_no_pair(text: str) -> None:
    assert list(extract(text)) == []


@pytest.mark.parametrize(
    "text",
    [
        # "g." (godine) after a Hijri year is no Gregorian era (a review: it made one)
        "U petak, 15. ramazana 1445. g., održan je iftar u džamiji.",
        "Kurban-bajram 10. zu-l-hidždže 1445. g. klanje kurbana počinje nakon namaza.",
        "Bought 2025 g of flour in Ramadan 1446",  # grams
    ],
)
def test_the_bosnian_year_word_makes_no_half_of_its_own(text: str) -> None:
    assert list(extract(text)) == []


def test_the_bosnian_year_word_s_stop_ends_a_sentence_before_a_word() -> None:
    lines = list(extract("Bajram je 1. ševvala 1445. g. Sutra je 10. aprila."))
    assert all(line.gregorian is None or line.gregorian.day != 10 for line in lines)
