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


# A review wrote 308 sentences to break the boundary: 43 named another thing's beginning or
# end in the month (a part of it, an event in it), which the month then took as its own.
@pytest.mark.parametrize(
    "text",
    [
        "The last ten nights of Ramadan 1445 begin on Saturday, March 30, 2024.",
        "The second half of Ramadan 1445 begins on March 26, 2024.",
        "Itikaf in Ramadan 1445 begins on March 31, 2024.",
        "The Ramadan 1445 iftar campaign begins on March 20, 2024.",
        "The Hajj season of Dhu al-Hijjah 1445 begins on Friday, 14 June 2024.",
        "Sepuluh hari terakhir Ramadhan 1445 H dimulai pada 31 Maret 2024.",
        "Libur sekolah selama Ramadhan 1445 H dimulai 18 Maret 2024.",
        "Pasar Ramadhan 1445 H di Jakarta dimulai 15 Maret 2024.",
        "Bazar Ramadan 1445H di Kuala Lumpur bermula 14 Mac 2024.",
        "Ramazan ayının son on günü 31 Mart 2024 Pazar günü başlıyor.",
        "Ramazan 1445 iftar programları 15 Mart 2024 Cuma günü başlayacak.",
        "رمضان 1445 کا اعتکاف 31 مارچ 2024 سے شروع ہوگا۔",
        "Les dix derniers jours du ramadan 1445 commencent le dimanche 31 mars 2024.",
        "Der Ramadan-Markt 1445 beginnt am 15. März 2024.",
        "Последние десять дней Рамадана 1445 года начнутся 31 марта 2024 года.",
        "Near the end of Ramadan 1445, on April 6, 2024, the market was crowded.",
        "قبيل نهاية شهر رمضان 1445، يوم السبت 6 أبريل 2024، ازدحمت الأسواق.",
        "Ramazan ayının son günlerinde, 5 Nisan 2024 Cuma günü çarşılar doldu.",
        "رمضان کے آخری دنوں میں، 6 اپریل 2024 کو بازاروں میں رش تھا۔",
        "Eid al-Fitr holidays start on April 8, 2024, at the end of Ramadan 1445.",
    ],
)
def test_another_thing_s_beginning_or_end_in_the_month_is_not_the_month_s(text: str) -> None:
    assert all(line.hijri is None or line.hijri.boundary is None for line in extract(text)), text


def test_a_rough_word_before_a_clock_time_leaves_the_beginning() -> None:
    """French "vers" before a clock time is "at about" that time, not a rough date."""
    assert _boundary("Le ramadan 1445 commence le lundi 11 mars 2024 vers 19 h.")[0] == "begins"


def test_sunset_makes_the_evening_before_the_first_day() -> None:
    line = parse("Ramadan 1445 begins at sunset on Sunday, March 10, 2024.")
    assert line.time is not None
    assert line.time.evening
