"""Examples of running-text shapes learnt from the held-out Turkish, Turkmen, Russian,
Serbian, Albanian, Kurmanji and Armenian lines of the corpus (issue #13, once the held-out split was
retired for the lines already in it): each read by ``parse`` and found the same by
``extract`` (a line with one half: found by neither as a dateline). The laws that generate
them from the tables are in test_shape_properties.py."""

from __future__ import annotations

import pytest

from datelines import DatePart, extract, parse

Ymd = tuple[int | None, int | None, int | None] | None

EXAMPLES: list[tuple[str, Ymd, Ymd]] = [
    # a Hijri year with its era before the word for "new year": 1 Muharram of it; a year of
    # our era there is the Gregorian year the new year falls in
    (
        "1446 Hicri yılbaşı, Miladi takvime göre 7 Temmuz 2024 Pazar günü idrak edildi.",
        (1446, 1, 1),
        (2024, 7, 7),
    ),
    ("2025 Hicri yılbaşı 26 Haziran 2025 Perşembe gününe denk geliyor.", (None, 1, 1), (2025, 6, 26)),
    ("Hicri takvime göre 1447 yılının yılbaşı 26 Haziran 2025 tarihindedir.", (1447, 1, 1), (2025, 6, 26)),
    ("Bu yıl 1447 Hicri yılbaşı kutlandı.", (1447, 1, 1), None),
    # Turkmen Gregorian months and weekdays
    ("14 Sha'ban 1446, 13 fewral 2025", (1446, 8, 14), (2025, 2, 13)),
    ("Duşenbe, 1 Rabi al-Awwal 1447 / 25 awgust 2025", (1447, 3, 1), (2025, 8, 25)),
    # a month said to correspond to a day, or its last day to be one: the month alone, paired
    ("Zilhicce ayı, 6 Haziran Cuma gününe tekabül ediyor.", (None, 12, None), (None, 6, 6)),
    ("Bu yıl Şaban ayı 31 Ocak tarihine denk geliyor.", (None, 8, None), (None, 1, 31)),
    ("1 Nisan Salı günü ise Şevval ayının son günü olacak.", (None, 10, None), (None, 4, 1)),
    # the word for "day" in the locative
    ("Kurban Bayramı zilhicce ayının 10. gününde başlar.", (None, 12, 10), None),
    # Russian: "holy" between the beginning and the month, "this year" and "falls on" after it
    ("Начало священного месяца Рамадан в этом году выпадает на 1 марта.", (None, 9, None), (None, 3, 1)),
    ("Первый день месяца Рамадан приходится на 11 марта 2024 года.", (None, 9, 1), (2024, 3, 11)),
    # Kurmanji: the completer of the month (its 30th); Albanian: a night of the blessed month
    ("Roja Yekşemê (24.05.2020) tewawkerê meha Remezanê ye.", (None, 9, 30), (2020, 5, 24)),
    ("Më 26.03.2025 përkon nata e 27-të e muajit të bekuar të Ramazanit.", (None, 9, 27), (2025, 3, 26)),
    # Armenian: the genitive month, its first day, "by the Gregorian calendar", "coincides"
    (
        "Այս տարի Ռամադանի առաջին օրը Գրիգորյան օրացույցով համընկնում է փետրվարի 18-ին։",
        (None, 9, 1),
        (None, 2, 18),
    ),
    # Serbian Cyrillic, with its case ending
    ("Рамазански бајрам пада 1. шевала.", (None, 10, 1), None),
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
        # the Hijri new year of a Gregorian year, and another day of that year: not one day
        "2025 Hicri yılbaşı için 5 Mart 2025 günü toplantı yapıldı.",
        # a month's name before a feast's noun names the feast, whose day it is
        "Ramazan Bayramı 30 Mart'ta başlıyor.",
        "Ramazan bayramı 20 Mart tarihine denk geliyor.",
        # Russian "а" (whereas) sets two clauses apart
        "Выборы пройдут 5 марта, а Рамадан закончится позже.",
        # "hicri yılbaşı" with no year before it names no date
        "Bugün hicri yılbaşı olarak idrak edildi, 10 Mart 2025.",
    ],
)
def test_no_pair(text: str) -> None:
    assert [d for d in extract(text) if d.hijri is not None and d.gregorian is not None] == []
