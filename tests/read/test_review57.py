"""Review 57: what the stop's first changes made worse, now right (the review compared
7fa14f2 with 9b00e5a on passages of its own)."""

from __future__ import annotations

import datetime

import pytest

from datelines import Style, check, extract, format, parse
from datelines.errors import StyleError


def _years(text: str) -> list[tuple[int | None, int | None]]:
    return [
        (d.hijri.year if d.hijri else None, d.gregorian.year if d.gregorian else None) for d in extract(text)
    ]


@pytest.mark.parametrize(
    ("text", "years"),
    [
        # "нашей эры" and "nove ere" cut short: eras of initials with a space after the stop
        ("Мечеть построена в 1109 году хиджры (1697 г. н. э.).", (1109, 1697)),
        ("Džamija je sagrađena 1109. godine po Hidžri (1697. n. e.).", (1109, 1697)),
        # a Hijri year with its era after it and the other year beside it, of any size
        ("He died in 95 AH - 714, a year of plague.", (95, 714)),
        ("dated 1095 A.H./1684.", (1095, 1684)),
        ("in 61 A.H. (680 CE) he", (61, 680)),
        ("in 45 A.H./665 C.E. he", (45, 665)),
    ],
)
def test_a_year_pair_with_marks_is_found(text: str, years: tuple[int, int]) -> None:
    assert _years(text) == [years]


def test_a_day_before_a_month_name_is_that_months() -> None:
    # Kurdish: "Ramadan 1445 begins on 11 March 2024" (the day had been read as Ramadan's)
    line = parse("ڕەمەزان ساڵ ١٤٤٥ لە ١١ی مارسی ٢٠٢٤ دەست پێدەکات")
    assert line.hijri is not None
    assert line.gregorian is not None
    assert (line.hijri.month, line.hijri.day, line.gregorian.isoformat()) == (9, None, "2024-03-11")
    assert check(line).ok
    assert not check("ڕەمەزان ساڵ ١٤٤٥ لە ١٠ی ئاداری ٢٠٢٤ دەست پێدەکات").ok


def test_the_six_days_fast_is_no_month() -> None:
    # "mfungo sita" is the six days' fast of Shawwal; the coast's month names are "Mfunguo …"
    assert list(extract("Mfungo sita 1445 ulianza tarehe 11 Aprili 2024 baada ya Idd.")) == []


@pytest.mark.parametrize(
    ("text", "place", "agency"),
    [
        ("Al-Mina, 1 Ramadan 1445 / 11 March 2024", "Al-Mina", None),
        ("El-Mina - 1 Ramadan 1445 / 11 March 2024", "El-Mina", None),
        ("Kota-Antara, 1 Ramadan 1445 / 11 March 2024", "Kota-Antara", None),
        ("Al-Khobar - SPA - 1 Ramadan 1445 / 11 March 2024", "Al-Khobar", "SPA"),
    ],
)
def test_a_hyphened_place_is_not_split_at_its_own_hyphen(text: str, place: str, agency: str | None) -> None:
    line = parse(text)
    assert (line.place, line.agency) == (place, agency)


@pytest.mark.parametrize("place", ["{place} ({agency}) - ", "{place}, {agency}, ", "{place}- {agency}: "])
def test_a_style_signs_its_agency_before_the_date_only_as_the_reader_reads_it(place: str) -> None:
    with pytest.raises(StyleError, match="agency"):
        Style("ours", "{hday} {hmonth} {hyear} / {gday} {gmonth} {gyear}", place=place)


def test_a_style_with_the_agency_before_the_date_and_none_given() -> None:
    ours = Style("ours", "{hday} {hmonth} {hyear} / {gday} {gmonth} {gyear}", place="{place} - {agency} - ")
    day = datetime.date(2024, 12, 5)
    assert format(day, style=ours, place="Tehran").startswith(
        "Tehran - 3 Jumada"
    )  # (Iran's calendar, the place's)
    assert format(day, style=ours, place="Tehran", agency="IRNA").startswith("Tehran - IRNA - 3 Jumada")


@pytest.mark.parametrize(
    "text",
    ["Der Ramadan im Jahre 1492 begann am 19. Juli 1492 in Granada.", "Ramadan 1492 began on 19 July 1492."],
)
def test_a_year_said_with_the_month_and_the_date_is_the_gregorian_one(text: str) -> None:
    (line,) = extract(text)
    assert line.hijri is not None
    assert line.gregorian is not None
    assert (line.hijri.year, line.hijri.month, line.gregorian.isoformat()) == (None, 9, "1492-07-19")


# Review 57b: what the fixes of review 57 made worse, now right


@pytest.mark.parametrize(
    ("text", "hijri", "gregorian"),
    [
        # Turkic: "<month> ayının <day>", each half's own; the day before the other month's
        # name is not that month's (the Kurdish guard asks for the month's year after it)
        ("Bu yıl Ramazan ayının 11'i Mart ayının 21'ine denk geliyor.", (None, 9, 11), (None, 3, 21)),
        ("Ramazan ayının 11-i mart ayının 21-nə təsadüf edir", (None, 9, 11), (None, 3, 21)),
        ("2024 Mart ayının 10'u Ramazan ayının 1'ine denk geliyor", (1445, 9, 1), (2024, 3, 10)),
    ],
)
def test_turkic_days_before_the_next_months_name(
    text: str, hijri: tuple[int | None, int, int], gregorian: tuple[int | None, int, int]
) -> None:
    line = parse(text)
    assert line.hijri is not None
    assert line.gregorian is not None
    said = (line.hijri.year or line.hijri.inferred_year, line.hijri.month, line.hijri.day)
    assert said[1:] == hijri[1:]
    assert (line.gregorian.month, line.gregorian.day) == gregorian[1:]
    assert len(list(extract(text))) == 1


def test_a_wrong_turkish_line_with_the_gregorian_date_first_is_flagged() -> None:
    assert not check("2024 Mart ayının 10'u Ramazan ayının 1'ine denk geliyor").ok


@pytest.mark.parametrize(
    ("text", "place", "agency"),
    [
        ("Tehran-IRNA- 1 Ramadan 1445 / 12 March 2024", "Tehran", "IRNA"),
        ("Riyadh-SPA- 1 Shawwal 1445 / 10 April 2024", "Riyadh", "SPA"),
        ("Amman - PETRA - 1 Ramadan 1445 / 11 March 2024", "Amman", "PETRA"),
        ("The fast began on 1 Ramadan 1445 / 11 March 2024. (Map)", None, None),
        ("Post je počeo 1. ramazana 1445. / 11. marta 2024. (Foto)", None, None),
    ],
)
def test_agencies_as_wires_sign_them_and_captions_that_are_none(
    text: str, place: str | None, agency: str | None
) -> None:
    line = parse(text)
    assert (line.place, line.agency) == (place, agency)
