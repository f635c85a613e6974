"""Examples of the running-text shapes taught for issue #13 (helper 45): typos on the page
("ഒന്നായിരുക്കുമെന്നു", "އެއްވަން ދުވަހަކީ", "ga watana", "bailayan"), a comma after a day
before its month ("Jumat 21, April 2023"), a long epithet between a day word and its month,
a year said apart not copied ("В 2022 году"), a month that began on a date before it, a
verb cut off by the page ("başl…"), a copula and a boundary word between a date and its
month ("ne karshen watan Ramadana"), Japanese written without spaces, Albanian days in words."""

from __future__ import annotations

import pytest

from datelines import ParseError, extract, parse


def _halves(text: str) -> tuple[str | None, str | None]:
    line = parse(text)
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
    ("text", "hijri", "gregorian"),
    [
        # Malayalam: the copula misspelt on a day word
        ("നാളെ റമദാന് ഒന്നായിരുക്കുമെന്നു സഊദി ഉന്നത കോടതി പ്രഖ്യാപിച്ചു.", "--09-01", None),
        # Dhivehi: "އެއްވަން" for "އެއްވަނަ" (first)
        ("1444 ވަނަ އަހަރުގެ ރަމަޟާން މަހުގެ އެއްވަން ދުވަސް 23 މާރިޗު 2023", "1444-09-01", "2023-03-23"),
        # Hausa: "watana" for "watan"
        (
            "Juma'a 21 ga watan Afrilu na shekarar 2023 zai zama daya ga watana Shawwal, Hijira 1444",
            "1444-10-01",
            "2023-04-21",
        ),
        # a comma after the day, a weekday before it
        ("1 Syawal 1445 H jatuh pada Rabu 10, April 2024.", "1445-10-01", "2024-04-10"),
        ("1 Shawwal 1445 AH falls on Wednesday 10, April 2024.", "1445-10-01", "2024-04-10"),
        # a long epithet between the day word and its month; the year said apart is not copied
        (
            "В 2022 году первый день священного для всех мусульман месяца Рамадан приходится на 2 апреля.",
            "--09-01",
            "--04-02",
        ),
        ("В 2024 году первый день месяца Шавваль приходится на 10 апреля.", "--10-01", "--04-10"),
        ("2024 елда Шәүвәл аеның башлану көне 10 апрельгә туры килә.", "--10", "--04-10"),
        # a year written on the month is still the Gregorian half's
        ("2024 Muharrem ayı ilk günü 7 Temmuz günü idrak edildi.", "--01-01", "2024-07-07"),
        # the month began on the date before it, not on the one after it
        (
            "Bu sene 7 Temmuz günü başlayan Muharrem ayı 5 Ağustos Pazartesi günü Safer ayının başlaması ile "
            "noktalanacak.",
            "--01",
            "--07-07",
        ),
        # the boundary verb cut off by the page
        ("Hicri takvimin sekizinci ayı olan Şaban, 20 Ocak 2026 Salı günü başl…", "--08", "2026-01-20"),
        # a copula and a word for the month's end between the date and the month
        (
            "Yau Litinin, 3 watan Yuli, 2019, ne karshen watan Ramadana na shekarar 1440.",
            "1440-09",
            "2019-07-03",
        ),
        (
            "Yau Lahadi, 30 ga Maris, 2025, ne karshen watan Ramadan na shekarar 1446.",
            "1446-09",
            "2025-03-30",
        ),
        # Japanese, no spaces
        ("ヒジュラ暦1430年のラマダーン月", "1430-09", None),
        # Albanian: a Gregorian day in words
        ("Më gjashtë maj të këtij viti, apo plot 48 ditë nga sot do të fillojë Ramazani.", "--09", "--05-06"),
    ],
)
def test_reads(text: str, hijri: str | None, gregorian: str | None) -> None:
    assert _halves(text) == (hijri, gregorian)
    if gregorian is not None:
        assert (hijri, gregorian) in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        # Hausa "ne" as a focus marker, no word for a month's beginning or end: no pair
        "A yau Asabar, 29 ga Maris, 2025, ne hukumomin Saudiya suka tabbatar da ganin jinjirin watan Shawwal 1446.",
        # a copula and a boundary word, but the dates cannot be one day and a clause parts them
        "On 5 May 2025, the minister spoke about the end of Ramadan 1446 in a speech.",
        # Japanese: the start of the fast is not the first of the month
        "ヒジュラ暦1430年のラマダーン月のサウム(斎戒・断食)開始が、 2009年8月22日(土)となりました。",
        # an Albanian count of days is no day
        "Ramazani zgjat dy ditë më shumë se maji.",
    ],
)
def test_pairs_nothing(text: str) -> None:
    assert _found(text) == []


def test_japanese_hijri_half_alone() -> None:
    line = parse("ヒジュラ暦1430年のラマダーン月のサウム(斎戒・断食)開始が、 2009年8月22日(土)となりました。")
    assert line.hijri is not None
    assert line.hijri.isoformat() == "1430-09"
    assert line.gregorian is None


def test_albanian_one_is_an_article() -> None:
    with pytest.raises(ParseError):
        parse("Ramazani është një muaj i shenjtë.")
