"""Shapes the lead fixed in stop 26 (issue #13)."""

from __future__ import annotations

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from datelines import HijriDate, extract, get_calendar, parse
from datelines.names.output import GREGORIAN_MONTHS, HIJRI_MONTHS

from .test_shape_properties import FILLER, _text_around

UMALQURA = get_calendar("umalqura")


@pytest.mark.parametrize(
    ("text", "hijri", "gregorian"),
    [
        # "في عام" (in the year) between a month and its year, as "من عام" and "لعام".
        ("غرة شهر رمضان في عام 1445 هـ الموافق 11 مارس 2024", "1445-09-01", "2024-03-11"),
        ("أول أيام شهر شوال في العام 1446 هـ يوافق 30 مارس 2025", "1446-10-01", "2025-03-30"),
        # A page that marks the month's own year as Gregorian (line 434 of the corpus): the
        # year is written on the Hijri month, so it is the month's.
        ("يبدأ شهر محرم في عام 1446 ميلاديا في شهر يوليو من العام 2024", "1446-01", "2024-07"),
    ],
)
def test_in_the_year_between_a_month_and_its_year(text: str, hijri: str, gregorian: str) -> None:
    line = parse(text)
    assert line.hijri is not None
    assert line.hijri.isoformat() == hijri
    assert line.gregorian is not None
    assert line.gregorian.isoformat() == gregorian


@given(
    st.integers(1, 12),
    st.integers(1380, 1500),
    st.sampled_from(("في عام", "في العام", "في سنة", "من عام", "لعام")),
    st.sampled_from(("هـ", "هجري", "للهجرة")),
)
def test_a_month_in_the_year_reads_its_year(month: int, year: int, filler: str, era: str) -> None:
    text = f"بداية شهر {HIJRI_MONTHS['ar'][month - 1]} {filler} {year} {era}"
    line = parse(text)
    assert line.hijri is not None
    assert (line.hijri.year, line.hijri.month, line.hijri.day) == (year, month, None)


# Two months' beginnings said to fall together, neither with a number (line 462 of the
# corpus): the month is paired with the month.
COINCIDE = {
    "en": "This year, the beginning of {h} coincides with the start of {g}.",
    "id": "Awal {h} tahun ini bertepatan dengan awal bulan {g}.",
    "ar": "يتزامن بداية شهر {h} هذا العام مع بداية شهر {g}.",
}


@pytest.mark.parametrize(
    "text",
    [
        "This year, the beginning of Ramadan coincides in a rare occurrence with the start of March in the Gregorian calendar.",
        "Awal Ramadan tahun ini bertepatan dengan awal bulan Maret.",
        "بداية شهر رمضان هذا العام تتزامن مع بداية شهر مارس",
        "يتزامن بداية شهر رمضان هذا العام مع بداية شهر مارس",
        "The start of Ramadan coincides with the start of March this year.",
        "The beginning of Ramadan coincides with the start of March and the end of the school term.",
        "The beginning of Ramadan fell at the start of March.",
        "The beginning of Ramadan will fall at the start of March.",
        "Cette année, le début du ramadan coïncide avec le début du mois de mars.",
    ],
)
def test_beginnings_said_to_coincide_pair_month_with_month(text: str) -> None:
    line = parse(text)
    assert (line.hijri and line.hijri.isoformat(), line.gregorian and line.gregorian.isoformat()) == (
        "--09",
        "--03",
    )
    assert [(d.hijri.isoformat(), d.gregorian.isoformat()) for d in extract(text)] == [("--09", "--03")]


@pytest.mark.parametrize(
    "text",
    [
        # the Gregorian month's own beginning is not said: another thing is in March
        "The start of Ramadan coincides with the end of the school term in March.",
        "The beginning of Ramadan coincides with the start of the heat. In March it rains.",
        # nothing says they fall together
        "The beginning of Ramadan and the start of March were both cold.",
        # the month names something else that begins
        "The beginning of Ramadan coincides with the start of the March heatwave.",
        # (a review's sentences) the verb's subject is another thing, the second beginning
        # another clause's, one of two, or a range's end
        "The school holidays coincide with the start of Ramadan and run until the end of March.",
        "Fuel prices will fall at the start of Ramadan and again at the end of April.",
        "Tourist numbers usually fall at the end of Ramadan, then recover from the start of May.",
        "Will the end of Ramadan fall before the end of March or at the start of April?",
        "Last fall, the start of Ramadan was far from the start of March.",
        "In Fallujah, the start of Ramadan brought power cuts that lasted until the end of March.",
        "The start of Ramadan coincides with exam season, whose end may be delayed this year.",
        "Libur sekolah bertepatan dengan awal Ramadan dan berakhir pada akhir bulan Maret.",
        "Program diskon ini bertepatan dengan awal Ramadan hingga akhir bulan April.",
        "تتزامن العطلة المدرسية مع بداية شهر رمضان وتستمر حتى نهاية شهر مارس.",
        "تصادف الحملة بداية شهر رمضان وتنتهي مع نهاية شهر أبريل.",
        "Les vacances scolaires coïncident avec le début du ramadan et se terminent à la fin de mars.",
        # a number between: another date's
        "The beginning of Ramadan coincides with 2 holidays at the start of March.",
    ],
)
def test_beginnings_not_said_to_coincide_do_not_pair(text: str) -> None:
    assert [d for d in extract(text) if d.hijri is not None and d.gregorian is not None] == []


@given(st.sampled_from(sorted(COINCIDE)), st.integers(1, 12), st.integers(1, 12))
def test_beginnings_said_to_coincide_read_back(language: str, h_month: int, g_month: int) -> None:
    text = COINCIDE[language].format(
        h=HIJRI_MONTHS[language][h_month - 1], g=GREGORIAN_MONTHS[language][g_month - 1]
    )
    line = parse(text)
    assert line.hijri is not None, text
    assert line.gregorian is not None, text
    assert (line.hijri.month, line.hijri.day, line.gregorian.month, line.gregorian.day) == (
        h_month,
        None,
        g_month,
        None,
    ), text


@given(st.sampled_from(sorted(COINCIDE)), st.integers(1, 12), st.integers(1, 12), FILLER, FILLER)
def test_beginnings_said_to_coincide_embedded(
    language: str, h_month: int, g_month: int, before: str, after: str
) -> None:
    text = COINCIDE[language].format(
        h=HIJRI_MONTHS[language][h_month - 1], g=GREGORIAN_MONTHS[language][g_month - 1]
    )
    found = [
        (d.hijri.month, d.gregorian.month)
        for d in extract(_text_around(before, text, after))
        if d.hijri is not None and d.gregorian is not None
    ]
    assert found == [(h_month, g_month)], text


@pytest.mark.parametrize(
    "text",
    [
        "Islamic New Year falls on 7 July 2024.",
        "Islamic New Year will be on Sunday, 7 July 2024",
        "Islamic New Year: Sunday, 7 July 2024",
    ],
)
def test_a_new_year_without_its_year_said_to_fall_on_a_date(text: str) -> None:
    line = parse(text)
    assert line.hijri is not None
    assert line.gregorian is not None
    assert (line.hijri.isoformat(), line.gregorian.isoformat()) == ("--01-01", "2024-07-07")


@pytest.mark.parametrize(
    "text",
    [
        # a feast's other day, and a day some way off, as before
        "Islamic New Year is a public holiday on 7 July 2024",
        "Hijri New Year 14 days away, on 7 July 2024",
        # another clause's date, after a semicolon, is not the day a month begins on
        "Ramadan begins soon; the new market opens on 30 March.",
        # "market" is no word for a month's beginning ("marks" is)
        "Ramadan; the new market opens on 30 March.",
    ],
)
def test_no_pair_for_another_clause_or_another_day(text: str) -> None:
    assert [d for d in extract(text) if d.hijri is not None and d.gregorian is not None] == []
    line = parse(text)
    assert line.hijri is None or line.gregorian is None


@pytest.mark.parametrize(
    ("text", "gregorian_year"),
    [
        # a Gregorian era mark on the year after a Hijri month: the year the month fell in
        ("هاجر النبي من مكة إلى المدينة في ربيع الأول في عام 622 م.", "0622"),
        ("استولى العثمانيون على القسطنطينية في جمادى الأولى في سنة 1453 للميلاد.", "1453"),
    ],
)
def test_a_gregorian_year_after_a_hijri_month_is_not_the_months(text: str, gregorian_year: str) -> None:
    line = parse(text)
    assert line.hijri is None
    assert line.gregorian is not None
    assert line.gregorian.isoformat() == gregorian_year


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # across a semicolon, the date still the month's: only a weekday, "that is", a copula,
        # a pronoun and a word for a beginning before it
        (
            "Ramadan is expected to begin on Saturday; 1 March 2025 will be the first day of fasting.",
            ("--09", "2025-03-01"),
        ),
        ("Ramadan will start on Saturday; that is, 1 March 2025.", ("--09", "2025-03-01")),
        (
            "Ramadan begins at sunset; Saturday, 1 March 2025 is the first day of fasting.",
            ("--09", "2025-03-01"),
        ),
        (
            "Muharram marks the start of the Islamic year; this year it begins on 7 July 2024.",
            ("--01", "2024-07-07"),
        ),
        # a new year named without its year, said to coincide with a date
        ("Islamic New Year coincides with Sunday, 7 July 2024.", ("--01-01", "2024-07-07")),
        ("رأس السنة الهجرية يتزامن مع 7 يوليو 2024.", ("--01-01", "2024-07-07")),
    ],
)
def test_the_months_date_after_a_semicolon_or_a_verb(text: str, pair: tuple[str, str]) -> None:
    line = parse(text)
    assert line.hijri is not None
    assert line.gregorian is not None
    assert (line.hijri.isoformat(), line.gregorian.isoformat()) == pair


@pytest.mark.parametrize(
    "text",
    [
        "Ramadan dimulai; pasar takjil dibuka pada 2 Maret 2025",
        "Ramadan ends; Eid prayers will be held on 30 March.",
        "Ramadan begins; the Ministry will pay salaries from 1 March 2025.",
        "On 30 March the fair opens; Ramadan begins soon.",
    ],
)
def test_another_clause_after_a_semicolon(text: str) -> None:
    assert [d for d in extract(text) if d.hijri is not None and d.gregorian is not None] == []


# Two-digit Gregorian years (issue #13): the century is the one the Hijri partner fixes.
@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("நாளை (07-06-24) அன்று துல்ஹஜ் மாதத்தின் முதல் நாளாகும்.", ("--12-01", "2024-06-07")),  # line 1243
        ("1 Ramadan 1446 H (1.3.25)", ("1446-09-01", "2025-03-01")),
        ("Ramadan 1, 1446 AH / 01-03-25", ("1446-09-01", "2025-03-01")),
        ("1 Ramadan 1446 (March 1, '25)", ("1446-09-01", "2025-03-01")),
        ("23 Ramadan (24.3.25)", ("--09-23", "2025-03-24")),
        ("10 Muharram 1400 (29/11/79)", ("1400-01-10", "1979-11-29")),
    ],
)
def test_two_digit_gregorian_years_take_the_century_the_hijri_half_fixes(
    text: str, pair: tuple[str, str]
) -> None:
    line = parse(text)
    assert line.hijri is not None
    assert line.gregorian is not None
    assert (line.hijri.isoformat(), line.gregorian.isoformat()) == pair
    assert [
        (d.hijri.isoformat(), d.gregorian.isoformat()) for d in extract(text) if d.hijri and d.gregorian
    ] == [pair]


@pytest.mark.parametrize(
    "text",
    [
        # no century fits the two days: the Gregorian half keeps no year
        "23 Ramadan (24.3.77)",
        # a count, not a year
        "1 March 25 people died in Ramadan 1446",
    ],
)
def test_two_digit_years_no_century_fits(text: str) -> None:
    line = parse(text)
    assert line.gregorian is None or line.gregorian.year is None


@given(st.integers(1400, 1500), st.integers(1, 12), st.integers(1, 29), st.booleans(), st.sampled_from("./-"))
def test_two_digit_years_read_back(year: int, month: int, day: int, with_year: bool, separator: str) -> None:
    hijri = HijriDate(year, month, day)
    gregorian = UMALQURA.to_gregorian(hijri)
    assume(1901 <= gregorian.year <= 2099)
    short = f"{gregorian.day:02d}{separator}{gregorian.month:02d}{separator}{gregorian.year % 100:02d}"
    h_text = f"{day} {HIJRI_MONTHS['en'][month - 1]}" + (f" {year} AH" if with_year else "")
    line = parse(f"{h_text} ({short})")
    assert line.gregorian is not None
    assert line.gregorian.to_date() == gregorian, (h_text, short)


@pytest.mark.parametrize(
    "text",
    [
        # a Hijri year "or" the month's Gregorian year (line 1305): the month with both years
        "বাংলাদেশে ১৪৪৬ হিজরি বা ২০২৫ সালের রমজান শুরু হবে আগামী ১ বা ২ মার্চ।",
        "১৪৪৬ হিজরি বা ২০২৫ সালের রমজান মাসে",
    ],
)
def test_a_hijri_year_or_the_months_gregorian_year(text: str) -> None:
    line = parse(text)
    assert line.hijri is not None
    assert line.gregorian is not None
    assert (line.hijri.isoformat(), line.gregorian.isoformat()) == ("1446-09", "2025")


@given(
    st.integers(1400, 1500), st.integers(1, 12), st.integers(1, 29), st.sampled_from("./-"), FILLER, FILLER
)
def test_two_digit_years_embedded(
    year: int, month: int, day: int, separator: str, before: str, after: str
) -> None:
    hijri = HijriDate(year, month, day)
    gregorian = UMALQURA.to_gregorian(hijri)
    assume(1901 <= gregorian.year <= 2099)
    short = f"{gregorian.day:02d}{separator}{gregorian.month:02d}{separator}{gregorian.year % 100:02d}"
    text = f"{day} {HIJRI_MONTHS['en'][month - 1]} {year} AH ({short})"
    found = [
        (d.hijri.to_hijri(), d.gregorian.to_date())
        for d in extract(_text_around(before, text, after))
        if d.hijri is not None and d.gregorian is not None and d.hijri.complete and d.gregorian.complete
    ]
    assert found == [(hijri, gregorian)], text


# A second review (helper 57) of the day's rules.
@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # sunset without "after" is no day's beginning: one day
        ("On 11 March 2024 Muslims broke fast at sunset on 1 Ramadan 1445.", ("1445-09-01", "2024-03-11")),
        ("11 Mart 2024 akşam iftar yapıldı, 1 Ramazan 1445.", ("1445-09-01", "2024-03-11")),
    ],
)
def test_sunset_without_after_is_one_day(text: str, pair: tuple[str, str]) -> None:
    line = parse(text)
    assert line.hijri is not None
    assert line.gregorian is not None
    assert (line.hijri.isoformat(), line.gregorian.isoformat()) == pair


@pytest.mark.parametrize(
    "text",
    [
        # a two-digit-year date that no century makes the Hijri half's day
        "Score 2-1-24 in Ramadan 1445 final",
        "1 Ramadan 1446 (24-12-25)",
        "12 Rabi al-Awwal (15-09-99) Mawlid",
        # a Gregorian year that is not the Hijri year's other name
        "১৪৪৬ হিজরি বা ২০৩০ সালের রমজান",
    ],
)
def test_no_pair_that_the_years_refuse(text: str) -> None:
    assert [d for d in extract(text) if d.hijri is not None and d.gregorian is not None] == []
