"""A Hijri month named without its day that the text says begins or ends on a date: the
reading keeps the month (the day is unsaid) and marks which end of it the date is
(``DatePart.boundary``), for the checker to compare with the month's first or last day."""

from __future__ import annotations

import pytest

from datelines import extract, parse


def _boundary(text: str) -> tuple[str | None, str, str]:
    lines = [line for line in extract(text) if line.hijri is not None and line.gregorian is not None]
    assert len(lines) == 1, (text, lines)
    line = lines[0]
    assert line.hijri is not None
    assert line.gregorian is not None
    return line.hijri.boundary, line.hijri.isoformat(), line.gregorian.isoformat()


@pytest.mark.parametrize(
    ("text", "hijri", "gregorian"),
    [
        ("Ramadan 1445 will begin on Monday, 11 March 2024.", "1445-09", "2024-03-11"),
        ("March 11, 2024 marks the beginning of Ramadan 1445.", "1445-09", "2024-03-11"),
        ("Subsequently, Ramadan 1445/2024 begins tomorrow, 11 March 2024.", "1445-09", "2024-03-11"),
        ("Awal Ramadhan 1445 H jatuh pada Selasa, 12 Maret 2024.", "1445-09", "2024-03-12"),
        ("Ramazan ayı 11 Mart 2024 Pazartesi günü başlayacak.", "--09", "2024-03-11"),
        ("Ramazan ayı bu sene 2 Nisan tarihinde başlandı.", "--09", "--04-02"),  # "Nisan" is April
        ("يبدأ شهر رمضان 1445 يوم الاثنين 11 مارس 2024", "1445-09", "2024-03-11"),
        ("Если на то будет воля Аллаха, в этом году месяц Рамазан начнётся 19 февраля.", "--09", "--02-19"),
        ("Ramadán comenzará en Türkiye el sábado 1 de marzo", "--09", "--03-01"),
        (
            "the beginning of Ramadan falls on the day after tomorrow, Tuesday, corresponding to March 12",
            "--09",
            "--03-12",
        ),
        # a page's snippet cut off in the verb
        ("Hicri takvimin sekizinci ayı olan Şaban, 20 Ocak 2026 Salı günü başl…", "--08", "2026-01-20"),
    ],
)
def test_a_month_said_to_begin_on_a_date(text: str, hijri: str, gregorian: str) -> None:
    assert _boundary(text) == ("begins", hijri, gregorian)


@pytest.mark.parametrize(
    ("text", "hijri", "gregorian"),
    [
        ("Ramadan 1445 AH will end on Tuesday, April 9, 2024.", "1445-09", "2024-04-09"),
        (
            "Dhul Hijjah will be 30 days, with Saturday, July 6 being the last day of the month.",
            "--12",
            "--07-06",
        ),
        ("Ramazanit përfundon ditën e diel, më 27 korrik 2014", "--09", "2014-07-27"),
        ("Səfər ayı Miladi təqvim ilə noyabrın 19-da başa çatacaq.", "--02", "--11-19"),
    ],
)
def test_a_month_said_to_end_on_a_date(text: str, hijri: str, gregorian: str) -> None:
    assert _boundary(text) == ("ends", hijri, gregorian)


@pytest.mark.parametrize(
    "text",
    [
        "Ramadan 1445 H / Senin, 11 Maret 2024",  # side by side: the month, no end of it
        "Tahun 2026, bulan Ramadan 1447 H dimulai sekitar 20 Februari 2026, dan berakhir setelah 29 atau 30 hari.",
        "Sin embargo, basándonos en cálculos astronómicos, se espera que el Ramadán de 2025 comience "
        "alrededor del 10 de marzo y finalice alrededor del 8 de abril.",  # a rough date
        "2025 yılında Muharrem ayı, 26 Haziran Perşembe gününe tekabül ediyor.",  # "corresponds to"
        # the month began on the first date; the second is a day within it
        "19 Şubat 2026 Perşembe günü başlayan Ramazan ayında bugün, yani 4 Mart 2026 Çarşamba günü",
        # in some countries on the 14th, in many on the 13th: the verb is after the other day
        "bəzi ölkələrdə Ramazan ayı aprelin 14-də, çox ölkələrdə isə aprelin 13-də başlayacaq.",
    ],
)
def test_a_month_paired_with_a_date_but_not_said_to_begin_or_end_there(text: str) -> None:
    assert _boundary(text)[0] is None


def test_a_hijri_day_is_no_month_s_boundary() -> None:
    line = parse("1 Ramadan 1445 begins on Monday, 11 March 2024")
    assert line.hijri is not None
    assert (line.hijri.day, line.hijri.boundary) == (1, None)
