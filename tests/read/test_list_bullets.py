"""A list's bullet after a full stop opens the next sentence, as a quotation mark does (held-out
set 35: a calendar page's header month was paired with its first item's day, and that item's
own Hijri date was lost)."""

from __future__ import annotations

import pytest

from datelines import extract, parse

PAGE = (
    "Untuk lebih jelasnya, berikut ini kalender bulan Rajab 1446H/2025M.\n\n"
    "• Rabu, 1 Januari 2025 bertepatan dengan tanggal 1 Rajab 1446 H\n"
    "• Kamis, 2 Januari 2025 bertepatan dengan tanggal 2 Rajab 1446 H"
)


def _days(text: str) -> list[tuple[object, ...]]:
    return [
        (line.hijri.day, line.gregorian.day)
        for line in extract(text)
        if line.hijri is not None and line.gregorian is not None and line.hijri.day is not None
    ]


def test_each_item_keeps_its_own_pair() -> None:
    assert _days(PAGE) == [(1, 1), (2, 2)]
    line = parse(PAGE.split("\n\n", 1)[1])
    assert line.hijri is not None
    assert line.hijri.text == "1 Rajab 1446 H"


@pytest.mark.parametrize("bullet", ["•", "●", "▪", "◦", "‣", "∙"])
def test_every_bullet(bullet: str) -> None:
    text = PAGE.replace("•", bullet)
    assert _days(text) == [(1, 1), (2, 2)]


@pytest.mark.parametrize(
    "text",
    [
        "ژوئیه ۲۰۲۴ میلادی • روز ١٠ ذي الحجة ١٤٤٥",  # a masthead's inline bullet between halves
        "Jakarta, 1 Ramadhan 1445 H • 11 Maret 2024",
        # (a stop before a bullet within the line: review 64, which found 1,154 such lines lost
        # when every bullet opened a sentence)
        "Seoul, 10 Rabiul Akhir 1437. • Wednesday, 20 January 2016 (MINA)",
        "10 Rabiul Akhir 1437 AH. • 20 January 2016",
        "Monday 16 September 2024 CE. • 12 Rabi al-Awwal 1446 AH",
        "10 Rabiul Akhir 1437 AH.• 20 January 2016",
    ],
)
def test_a_bullet_between_the_halves_of_one_line_still_joins_them(text: str) -> None:
    assert len(list(extract(text))) == 1
    line = parse(text)
    assert line.hijri is not None
    assert line.gregorian is not None


def test_a_sorani_connector() -> None:
    text = "ڕۆژی یهكشهممه ٢٩ی شهعبانی ساڵی ١٤٤٥ كه هاوتایه لهگهڵ ١٠ی ئادار مانگ دهبینرێت"
    line = parse(text)
    assert line.hijri is not None
    assert (line.hijri.month, line.hijri.day) == (8, 29)
    assert line.gregorian is not None
    assert (line.gregorian.month, line.gregorian.day) == (3, 10)
    assert [d.span for d in extract(text)] == [line.span]


@pytest.mark.parametrize("breaks", ["\n\n", "\r\r", "\r\n", "\u2028"])
def test_every_line_break_before_the_bullet(breaks: str) -> None:
    # (review 64c: a lone "\r" or U+2028 left the bullet inside its line)
    assert _days(PAGE.replace("\n\n", breaks).replace("\n•", breaks + "•")) == [(1, 1), (2, 2)]
