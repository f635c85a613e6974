"""Examples of running-text shapes learnt from corpus lines of issue #13 (helper 44): new
years named without their year, coarse halves tied by a verb or a connector, a Malay day "in
the month of", and two Hijri years after a slash said of one Gregorian year. Each is read by
``parse`` and found the same by ``extract`` (a line with one half: found by neither as a
dateline)."""

from __future__ import annotations

import pytest

from datelines import DatePart, ParseError, extract, parse

Ymd = tuple[int | None, int | None, int | None] | None

EXAMPLES: list[tuple[str, Ymd, Ymd]] = [
    # a new year named without its year: 1 Muharram, beside its date (lines 68, 436)
    ("எனவே, ஹிஜ்ரி புத்தாண்டு நாளை (07-07-2024) முதல் துவங்குகிறது.", (None, 1, 1), (2024, 7, 7)),
    ("இந்த வருட ஹிஜ்ரி புதிய ஆண்டு ஜூலை 7-ந் தேதி கொண்டாடப்படும்.", (None, 1, 1), (None, 7, 7)),
    ("ஹிஜ்ரி புத்தாண்டு (26-06-2025) வியாழக்கிழமை", (None, 1, 1), (2025, 6, 26)),
    ("Hijri New Year, Sunday 7 July 2024", (None, 1, 1), (2024, 7, 7)),
    # a Gregorian year and month, the year first, the word for "month" after (line 306)
    ("Buna göre; Ramazan’ın birinci günü 2025’de mart ayına denk geliyor.", (None, 9, 1), (2025, 3, None)),
    ("Şevval’in birinci günü 2025’te mart ayında.", (None, 10, 1), (2025, 3, None)),
    # a month begins, a spaced dash, the Gregorian year (line 746)
    ("தமிழகத்தில் ரஜப் (ஹிஜ்ரி 1442) மாதம் ஆரம்பம் – 2021", (1442, 7, None), (2021, None, None)),
    ("ரமழான் (ஹிஜ்ரி 1446) மாதம் ஆரம்பம் – 2025", (1446, 9, None), (2025, None, None)),
    # a month's beginning, a verb, the day's words, a connector before the date (line 494)
    (
        "the beginning of Ramadan falls on the day after tomorrow, Tuesday, corresponding to March 12.",
        (None, 9, None),
        (None, 3, 12),
    ),
    ("The end of Ramadan falls on Sunday, corresponding to March 30, 2025.", (None, 9, None), (2025, 3, 30)),
    # Malay "pada bulan" (in the month of) between a day and its month (line 1029)
    (
        "jatuh pada hari ke-12 pada bulan Rabiulawal (iaitu bulan ketiga dalam takwim Hijrah) atau pada"
        " hari Isnin, 20 April 571 Masihi.",
        (None, 3, 12),
        (571, 4, 20),
    ),
    ("hari ke-10 pada bulan Muharram 1446 bersamaan 16 Julai 2024", (1446, 1, 10), (2024, 7, 16)),
    # two Hijri years after a slash, said of one Gregorian year: the first (lines 177, 385)
    ("mubarek dani i noći u 2015. godini (1436/37.hidžretska):", (1436, None, None), (2015, None, None)),
    ("u 2016. godini (1437/38. hidžretska)", (1437, None, None), (2016, None, None)),
    (
        "Mas, Grigoriy kalendarining 1980-y. qamariyaning 1399/1400-y. lariga",
        (1399, None, None),
        (1980, None, None),
    ),
]


def _ymd(part: DatePart | None) -> Ymd:
    return None if part is None else (part.year, part.month, part.day)


@pytest.mark.parametrize(("text", "hijri", "gregorian"), EXAMPLES)
def test_the_shape_is_read(text: str, hijri: Ymd, gregorian: Ymd) -> None:
    line = parse(text)
    assert (_ymd(line.hijri), _ymd(line.gregorian)) == (hijri, gregorian)
    found = [(_ymd(d.hijri), _ymd(d.gregorian)) for d in extract(text)]
    assert found == ([(hijri, gregorian)] if gregorian is not None else [])


@pytest.mark.parametrize(
    "text",
    [
        # a new year named without its year pairs only beside its date, not with another day's
        "رأس السنة الهجرية عطلة رسمية يوم 26 يونيو 2025",
        "Hijri New Year 14 days away, on 7 July 2024",
        "Hijri New Year party on 7 July 2024",
        # a year and a month alone, with no Hijri date
        "2025’de mart ayında seçim yapılacak.",
        # a Gregorian year after a dash that the Hijri year does not span
        "ரஜப் (ஹிஜ்ரி 1442) மாதம் ஆரம்பம் – 2030",
        # a connector after too many words, or across a stop
        "The beginning of Ramadan was discussed by the members of the council at length, corresponding to March 12.",
        "The beginning of Ramadan was announced. The vote is on Tuesday, corresponding to March 12.",
        # a Gregorian year before two Hijri years that do not fall in it
        "u 2030. godini (1436/37.hidžretska)",
    ],
)
def test_no_pair(text: str) -> None:
    assert [d for d in extract(text) if d.hijri is not None and d.gregorian is not None] == []


def test_a_new_year_named_alone_is_no_date() -> None:
    with pytest.raises(ParseError):
        parse("ஹிஜ்ரி புத்தாண்டு வாழ்த்துகள்")  # Hijri new year greetings


@pytest.mark.parametrize(
    ("text", "hijri", "gregorian"),
    [
        # a month's first day said to begin on a date, a list of places between (line 222)
        (
            "Рамазан айынын биринчи күнү Сауд Арабия, Катар, Бириккен Араб Эмираттары (БАЭ), Йемен,"
            " Палестина жана Иракта бүгүн, 18-февралда башталат.",
            (None, 9, 1),
            (None, 2, 18),
        ),
        (
            "The first day of Ramadan in Saudi Arabia, Qatar and Yemen begins on 1 March.",
            (None, 9, 1),
            (None, 3, 1),
        ),
        # a table row parted by white space: the year, the first and last day (line 520)
        ("1432   4 February 2011   5 March 2011", (1432, None, None), (2011, 2, 4)),
        ("The table:\n1446\t\t4 September 2024\t\t3 October 2024", (1446, None, None), (2024, 9, 4)),
    ],
)
def test_more_shapes_are_read(text: str, hijri: Ymd, gregorian: Ymd) -> None:
    test_the_shape_is_read(text, hijri, gregorian)


@pytest.mark.parametrize(
    "text",
    [
        # a first day and a date with another month between, or no word of beginning
        "The first day of Ramadan in Qatar was calm; the new season begins on 30 March.",
        "The first day of Ramadan in Qatar was calm: the new season begins on 30 March.",
        # numbers in a row with one space, or a count that no year of the date is
        "1432 4 February 2011 5 March 2011",
        "1200   4 February 2011   5 March 2011",
    ],
)
def test_no_more_pairs(text: str) -> None:
    test_no_pair(text)
