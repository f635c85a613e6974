"""Reviews 60, 60b and 60c of stop 60's reader changes: each line as it must read (a pair, or
none), beside those the changes were for (tests/read/test_fresh27.py)."""

from __future__ import annotations

import pytest

from datelines import DatelineError, check, extract, parse

Pair = tuple[tuple[int | None, int | None, int | None], tuple[int | None, int | None, int | None]]


def _pairs(text: str) -> list[Pair]:
    return [
        (
            (d.hijri.year or d.hijri.inferred_year, d.hijri.month, d.hijri.day),
            (d.gregorian.year, d.gregorian.month, d.gregorian.day),
        )
        for d in extract(text)
        if d.hijri is not None and d.gregorian is not None
    ]


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("فاتح العام الهجري الجديد 1447 يوافق الخميس 26 يونيو 2025", ((1447, 1, 1), (2025, 6, 26))),
        ("Jakarta, 1 Ramadhan 1445 H. 11 April 2024 M.", ((1445, 9, 1), (2024, 4, 11))),  # a slip, flagged
        ("| Eid al-Fitr 1445 | 12 April 2024 |", ((1445, 10, 1), (2024, 4, 12))),
        ("Idul Fitri 1445 H jatuh pada 12 April 2024 (Jumat) - 2 hari libur", ((1445, 10, 1), (2024, 4, 12))),
        ("الأحد 7 يوليو 2024: رأس السنة الهجرية", ((1446, 1, 1), (2024, 7, 7))),
        ("رأس السنة الهجرية - الجمعة 5 يوليو 2024", ((1446, 1, 1), (2024, 7, 5))),
        ("| رأس السنة الهجرية | 7 يوليو 2024 |", ((1446, 1, 1), (2024, 7, 7))),
        ("Рамадан в 2026 году наступит с заходом солнца 18 февраля.", ((None, 9, None), (2026, 2, 18))),
    ],
)
def test_read(text: str, pair: Pair) -> None:
    assert _pairs(text)[:1] == [pair]


@pytest.mark.parametrize(
    "text",
    [
        # review 60
        "Kitab ini selesai ditulis 17 Ramadan 1445 H. 2 Mei 2024 kitab dicetak.",
        "Eid al-Fitr 2024: Tuesday 9 April 2024 – Thursday 11 April 2024 (holiday)",
        "Eid al-Adha 2024: 15 June 2024 (Arafat Day) to 18 June 2024",
        "Eid al-Fitr 2024 | 12 April 2024",
        "الاثنين 1 يوليو 2024 - فاتح العام الهجري على الأبواب",
        "عطلة فاتح العام الهجري تبدأ 6 يوليو 2024",
        "10 أبريل 2024 | فاتح العام الهجري: متى يبدأ؟",
        # review 60c
        "عطلة رأس السنة الهجرية - الخميس 4 يوليو 2024 - صحيفة سبق",
        "Published 1 July 2024 - فاتح العام الهجري",
        "| 5 يوليو 2024 | رأس السنة الهجرية | مقال |",
        "Cuti bersama Idul Fitri 1445 H: 8 April 2024 (Senin) - 15/4/2024",
        "Idul Adha 1445 H: 15 Juni 2024 (Sabtu) - 18 (Selasa)",
    ],
)
def test_no_dateline(text: str) -> None:
    assert _pairs(text) == []
    try:
        line = parse(text)
    except DatelineError:
        return
    assert line.hijri is None or line.gregorian is None, text


def test_a_letter_s_second_date_with_its_own_era_is_checked() -> None:
    assert not check("Jakarta, 1 Ramadhan 1445 H. 11 April 2024 M.").ok


@pytest.mark.parametrize(
    "text",
    [
        "Рамадан в 2000 мечетях начнется 11 марта",
        "Ramadan in 2024 is different from last year, which began on 23 March",
    ],
)
def test_a_year_said_with_the_month_that_is_not_the_day_s(text: str) -> None:
    # a count ("in 2000 mosques"), another year's day: the month and day pair, without that year
    assert [gregorian[0] for _, gregorian in _pairs(text)] == [None]
