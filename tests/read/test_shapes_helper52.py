"""Examples of the shapes taught for issue #13 (helper 52), Turkic and Slavic lines: Tatar and
Turkmen ordinal days ("Зөлхиҗҗә аеның унынчы көнендә", "Şawwal aýynyň ilkinji gününde"), Nogai
and Turkmen ordinal suffixes ("10-ншы", "6-njy"), a night's number ("Рамазан айынын
27-түнүндө"), a month said to begin with the verb ending the sentence past a place ("Remezan
aýy 6-njy iýunda Merkezi Aziýa ýurtlarynda hem başlandy"), "god." after a numeric year, and a
Hijri day said to begin after the evening prayer of a date, which is the next civil day ("14.
novembra 2012. god., poslije akšama nastupa 1.Muharrem": no pair)."""

from __future__ import annotations

import pytest

from datelines import ParseError, extract, parse


def _halves(text: str) -> tuple[str | None, str | None]:
    try:
        line = parse(text)
    except ParseError:
        return (None, None)
    return (
        None if line.hijri is None else line.hijri.isoformat(),
        None if line.gregorian is None else line.gregorian.isoformat(),
    )


def _found(text: str) -> list[tuple[str | None, str | None]]:
    return [
        (
            None if d.hijri is None else d.hijri.isoformat(),
            None if d.gregorian is None else d.gregorian.isoformat(),
        )
        for d in extract(text)
    ]


@pytest.mark.parametrize(
    ("text", "hijri"),
    [
        # Tatar ordinal days after the month and its "of the month", with "day" in the locative
        ("Бәйрәм Зөлхиҗҗә аеның унынчы көнендә була.", "--12-10"),
        ("Рамазан аеның егерме җиденче көнендә.", "--09-27"),
        ("Рамазан аеның беренче көне.", "--09-01"),
        # Turkmen: ordinal words and the ordinal suffix
        ("Oraza baýramy Şawwal aýynyň ilkinji gününde bellenilýär.", "--10-01"),
        ("Remezan aýynyň on birinji gününde.", "--09-11"),
        ("Şawwal aýynyň 1-nji gününde.", "--10-01"),
        # Nogai: "of the month" with its hard sign, the ordinal suffix "-ншы"
        ("Зуль-хиджа айынынъ 10-ншы куьнинде белгиленеди.", "--12-10"),
        # Kyrgyz: the night's number, labelled as its day
        ("Рамазан айынын 27-түнүндө Куран түшүрүлгөн.", "--09-27"),
        # Ukrainian: "of the date" between a day and "of the month"
        ("Починається 10-го числа місяця зу-ль-хиджжа.", "--12-10"),
        # Turkish, as printed: "Rebiüevvel aynının" for "Rebiülevvel ayının"
        ("Hicri takvime göre Rebiüevvel aynının 11. günü olarak idrak edilir.", "--03-11"),
    ],
)
def test_day_of_a_hijri_month(text: str, hijri: str) -> None:
    assert _halves(text) == (hijri, None)
    assert _found(text) == []  # a lone calendar


@pytest.mark.parametrize(
    ("text", "hijri", "gregorian"),
    [
        # a month said to begin, the verb ending the sentence past a place
        ("Remezan aýy 6-njy iýunda Merkezi Aziýa ýurtlarynda hem başlandy.", "--09", "--06-06"),
        ("Ramazan ayı 6 Haziran'da Orta Asya ülkelerinde de başladı.", "--09", "--06-06"),
        ("Рамазан айы 6-июнда Борбордук Азия өлкөлөрүндө да башталды.", "--09", "--06-06"),
        # Russian "comes", Serbian "began"
        (
            "Рамадан в 2026 году наступит с заходом солнца 18 февраля.",
            "--09",
            "2026-02-18",
        ),  # its year said with the month (stop 60)
        ("prekid posta u mjesecu ramazanu koji je započeo 22. marta 2023. godine.", "--09", "2023-03-22"),
        # Bosnian "god." (godine) after a spaced numeric date, before the slash
        ("Subota, 09. 07. 2022. god./ 10. Zu-l-hidždže 1443. h. g.", "1443-12-10", "2022-07-09"),
        # Kyrgyz month name in two words
        ("Бүгүн, 12-августта Зул Хижжа айынын биринчи күнү болгондуктан.", "--12-01", "--08-12"),
    ],
)
def test_pairs(text: str, hijri: str, gregorian: str) -> None:
    assert _halves(text) == (hijri, gregorian)
    assert _found(text) == [(hijri, gregorian)]


@pytest.mark.parametrize(
    "text",
    [
        # the verb past four words only where it ends the sentence, and only after the date
        "Remezan aýy 6-njy iýunda bazarda köp zatlar satyldy we hem başlandy.",
        "Ramazan ayı 6 Haziran'da Orta Asya ülkelerinde de kutlandı, okullar başladı.",
        # a Hijri day that begins after the evening of a date is the next civil day
        "U srijedu 14. novembra 2012. god., poslije akšama nastupa 1.Muharrem 1434.",
        "On Wednesday, 14 November 2012, after sunset, 1 Muharram 1434 begins.",
    ],
)
def test_no_pair(text: str) -> None:
    assert _found(text) == []
    assert None in _halves(text)
