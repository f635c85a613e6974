"""Examples of false pairs a review found (issue #13): a Turkic month named in the locative
("Ramazan ayında", during Ramadan) or with a converb of its end before the date ("Рамазан айы
бүтүп", Ramadan having ended), or another finite verb between the date and the verb that ends
the sentence, is not what that verb says begins; an Albanian "ditën e 10-të" (the 10th day)
after a verb of entering or reaching ("greva hyri në ditën e 10-të", the strike entered its
10th day) counts its subject's days, not the month's."""

from __future__ import annotations

import pytest

from datelines import extract, parse


def _pairs(text: str) -> list[tuple[str, str]]:
    return [(d.hijri.isoformat(), d.gregorian.isoformat()) for d in extract(text) if d.hijri and d.gregorian]


@pytest.mark.parametrize(
    "text",
    [
        # the review's probes
        "Ramazan ayında 11 Mart 2024'te okullar yeni dönem programı başladı.",
        "Ramazan ayında 11 Mart'ta okullar yeni dönem programı başladı.",
        "Рамазан айы бүтүп 11 мартта жаңы окуу жылы башталды.",
        # the same shapes in Tatar, Turkmen, Kyrgyz, Turkish
        "Рамазан аенда 11 мартта мәктәпләрдә яңа уку елы башланды.",
        "Рамазан ае тәмамланып 11 мартта яңа уку елы башланды.",
        "Remezan aýynda 11-nji martda mekdeplerde täze okuw ýyly başlandy.",
        "Remezan aýy gutaryp 11-nji martda täze okuw ýyly başlandy.",
        "Рамазан айында 11 мартта жаңы окуу жылы башталды.",
        "Рамазанда 11 мартта жаңы окуу жылы башталды.",
        "Ramazan'da 11 Mart'ta okullar yeni dönem programı başladı.",
        "Ramazan ayı bitip 11 Mart'ta okullar yeni dönem programı başladı.",
        "Ramazan ayı sona erip 11 Mart'ta okullar yeni dönem programı başladı.",
        # another finite verb between the date and the last one
        "Ramazan ayı 11 Mart'ta kutlamalar İstanbul'da hâlâ devam ediyor başladı.",
        "Ramazan ayı 11 Mart'ta Türkiye genelinde coşkuyla kutlandı ve okullar başladı.",
    ],
)
def test_a_turkic_month_that_is_not_the_subject_does_not_pair(text: str) -> None:
    assert _pairs(text) == [], text
    line = parse(text)
    assert line.gregorian is None or line.hijri is None or line.hijri.isoformat() == "--09", text
    assert not (line.hijri and line.gregorian), text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ramazan ayı 11 Mart 2024 Pazartesi günü Türkiye genelinde başladı.", ("--09", "2024-03-11")),
        ("Ramazan ayı 11 Mart'ta Diyanet İşleri Başkanlığı'nın açıklamasıyla başladı.", ("--09", "--03-11")),
        ("Ramazan ayı, 11 Mart'ta Türkiye'nin dört bir yanında başladı.", ("--09", "--03-11")),
        ("Ramazan ayının ilk günü 11 Mart 2024'te başladı.", ("--09-01", "2024-03-11")),
        ("Remezan aýy 6-njy iýunda Merkezi Aziýa ýurtlarynda hem başlandy.", ("--09", "--06-06")),
        ("Рамазан айы 11 мартта башталды.", ("--09", "--03-11")),
        # a month said to end on a date gives the month with that date (tests/data/README.md)
        ("Ramazan ayı 11 Mart'ta bitti.", ("--09", "--03-11")),
        (
            "Ramazan ayı 11 Mart'ta bitti, ancak kutlamalar İstanbul'da hâlâ devam ediyor.",
            ("--09", "--03-11"),
        ),
        # the converb after the date is the month's own
        ("Сонымен биыл Рамазан айы 2 сәуірде басталып, 1 мамырда аяқталады.", ("--09", "--04-02")),
    ],
)
def test_a_turkic_month_that_is_the_subject_still_pairs(text: str, expected: tuple[str, str]) -> None:
    line = parse(text)
    assert line.hijri is not None, text
    assert line.gregorian is not None, text
    assert (line.hijri.isoformat(), line.gregorian.isoformat()) == expected, text
    assert _pairs(text)[:1] == [expected], text


@pytest.mark.parametrize(
    "text",
    [
        "Gjatë Ramazanit, greva hyri në ditën e 10-të, pikërisht në datën 20 mars.",
        "Gjatë Ramazanit, greva hyri në ditën e 10-të, pikërisht në datën 25 mars.",
        "Gjatë Muharremit, lufta hyri në ditën e 10-të, pikërisht në datën 3 gusht.",
        "Gjatë Ramazanit, protesta arriti ditën e 10-të, pikërisht në datën 20 mars.",
        "Gjatë Ramazanit, greva vazhdoi në ditën e 12-të, pikërisht në datën 22 mars.",
        "Gjatë Ramazanit, greva ishte në ditën e 10-të e grevës, pikërisht në datën 20 mars.",
    ],
)
def test_an_albanian_count_of_days_is_no_day_of_the_month(text: str) -> None:
    assert _pairs(text) == [], text
    line = parse(text)
    assert not (line.hijri and line.gregorian), text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Gjatë Ramazanit, ka një ditë të veçantë, që bie në ditën e 27-të, pikërisht në datën 5 prill.",
            ("--09-27", "--04-05"),
        ),
        (
            "Gjatë Muharremit, ka një ditë të veçantë të quajtur Ashura, e cila bie në ditën e 10-të, "
            "pikërisht në datën 17 Korrik.",
            ("--01-10", "--07-17"),
        ),
        (
            "Gjatë Ramazanit, nata e Kadrit bie në ditën e 27-të, pikërisht në datën 5 prill.",
            ("--09-27", "--04-05"),
        ),
    ],
)
def test_an_albanian_day_that_falls_in_the_month_still_pairs(text: str, expected: tuple[str, str]) -> None:
    line = parse(text)
    assert line.hijri is not None, text
    assert line.gregorian is not None, text
    assert (line.hijri.isoformat(), line.gregorian.isoformat()) == expected, text
    assert _pairs(text) == [expected], text
