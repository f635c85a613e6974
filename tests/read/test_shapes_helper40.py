"""Examples of running-text shapes learnt from corpus lines of issue #13 in languages and
spellings the tables lacked (helper 40): each read by ``parse`` and found the same by
``extract`` (a line with one half: found by neither as a dateline)."""

from __future__ import annotations

import pytest

from datelines import DatePart, extract, parse

Ymd = tuple[int | None, int | None, int | None] | None

EXAMPLES: list[tuple[str, Ymd, Ymd]] = [
    # spellings seen on the page
    ("Eid prayers are held on the 10th day of Duhl-Hijja 1446 AH.", (1446, 12, 10), None),
    ("Kurban Bajrami bie në ditën e 10-të të muajit Dhulhixhxhe.", (None, 12, 10), None),
    ("Dita e parë e Dhulhixhxhe 1445, 7 qershor 2024", (1445, 12, 1), (2024, 6, 7)),
    # Somali: the article "-ka" written apart from the day; Ramadan by its traditional name
    ("Waxaan buuxin doonaa 30 ka Shacabaan.", (None, 8, 30), None),
    ("Maanta oo ah 1 ka Soon-qaad 1446, 1da Maarso 2025", (1446, 9, 1), (2025, 3, 1)),
    ("taariikhduna tahay 1da Maarso ay tahay maalinta koowaad ee Soon-qaad", (None, 9, 1), (None, 3, 1)),
    # Pashto: the fast's month said by the fast ("د روژې", of the fast)
    ("سبا (یکشنبه) د روژې لومړۍ ورځ ده.", (None, 9, 1), None),
    ("د روژې لومړۍ ورځ د مارچ ۱ نیټه ده", (None, 9, 1), (None, 3, 1)),
    # UTF-8 read as Latin-1, its C1 bytes dropped: "Şəvval" as "ÅÉvval", "Rəcəb" as "RÉcÉb"
    ("ÅÉvval ayının 1-i (martın 30-u) bayram olacaq.", (None, 10, 1), (None, 3, 30)),
    ("RÉcÉb ayının 1-i, 2025-ci il", (None, 7, 1), None),
    # Tajik: "the first day of the month of Ramadan" with the object marker, "1-уми" (the 1st)
    ("Имсол рӯзи аввали моҳи Рамазонро рӯзи якшанбе, 1-уми март таъйин карданд.", (None, 9, 1), (None, 3, 1)),
    ("рӯзи аввали моҳи Рамазон", (None, 9, 1), None),
    # Amharic: the year as an ordinal before "of Ramadan" ("the 1446th Ramadan fast")
    ("1446ኛው የረመዳን ፆም ነገ ይጀመራል", (1446, 9, None), None),
    ("1447ኛው የረመዳን ፆም ሐሙስ ይጀመራል", (1447, 9, None), None),
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
        # "ka" is Somali "from" too: a count of days, then a month said to begin later
        "30 ka mid ah ayaa la xiray 5 Maarso 2025, Soon-qaad wuu soo dhowaaday.",
        # a first fast ("لومړۍ روژه") is not the month's first day
        "لومړۍ روژه د مارچ په ۱ نیټه ده",
        # Amharic: a count of years before a word that is no month ("the 1446th year")
        "1446ኛው ዓመት ማርች 1 2025",
    ],
)
def test_no_pair(text: str) -> None:
    assert [d for d in extract(text) if d.hijri is not None and d.gregorian is not None] == []
