"""What stop 52's new-user trial found in reading Afghan and Iranian text (issue #15): a
Solar Hijri and Gregorian line alone, and two lines read as one."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import datelines
from datelines._read import prefilter
from datelines.cli import main
from datelines.names import solar_months

KABUL_RIGHT = "کابل، ۱۵ حمل ۱۴۰۴ مطابق ۴ اپریل ۲۰۲۵"
KABUL_WRONG = "کابل، ۱۵ حمل ۱۴۰۴ مطابق ۵ اپریل ۲۰۲۵"
KABUL_TRIPLE = "کابل، ۱۶ حمل ۱۴۰۴ برابر با ۷ شوال ۱۴۴۶ و ۵ اپریل ۲۰۲۵"


def _read(text: str) -> list[tuple[str, bool]]:
    return [(line.text, datelines.check(line).ok) for line in datelines.extract(text)]


def test_a_solar_and_gregorian_line_alone_is_extracted_as_parse_reads_it() -> None:
    assert _read(KABUL_RIGHT) == [("۱۵ حمل ۱۴۰۴ مطابق ۴ اپریل ۲۰۲۵", True)]
    assert _read(KABUL_WRONG) == [("۱۵ حمل ۱۴۰۴ مطابق ۵ اپریل ۲۰۲۵", False)]
    # typed with Arabic's letters, and Iran's months
    assert len(_read("كابل، ۱۵ حمل ۱۴۰۴ مطابق ۵ اپريل ۲۰۲۵")) == 1
    assert _read("تهران، ۱۵ فروردین ۱۴۰۴ برابر با ۴ آوریل ۲۰۲۵") == [
        ("۱۵ فروردین ۱۴۰۴ برابر با ۴ آوریل ۲۰۲۵", True)
    ]


def test_datelines_check_of_a_file_flags_a_wrong_solar_and_gregorian_line(
    tmp_path: object, capsys: pytest.CaptureFixture[str]
) -> None:
    from pathlib import Path

    story = Path(str(tmp_path)) / "kabul.txt"
    story.write_text(f"{KABUL_WRONG}\n{KABUL_RIGHT}\n", encoding="utf-8")
    assert main(["check", str(story)]) == 1
    out = capsys.readouterr().out
    assert ":1:" in out
    assert "Solar Hijri half" in out
    assert out.endswith("2 datelines in 2 lines: 1 with errors, 0 lines unreadable\n")


@pytest.mark.parametrize("between", ["\nگزارش داد.\n", "\nباختر\n", "\nخبرگزاری باختر گزارش داد.\n"])
def test_two_lines_are_not_read_as_one(between: str) -> None:
    """A Solar and Gregorian line, a short sentence, then a line of three dates: the first
    line's Gregorian day and the second's lunar one made one dateline, which passed a wrong
    second line and failed two right ones."""
    assert _read(KABUL_RIGHT + between + KABUL_TRIPLE) == [
        ("۱۵ حمل ۱۴۰۴ مطابق ۴ اپریل ۲۰۲۵", True),
        ("۱۶ حمل ۱۴۰۴ برابر با ۷ شوال ۱۴۴۶ و ۵ اپریل ۲۰۲۵", True),
    ]
    tehran = (
        "تهران، ۱۵ فروردین ۱۴۰۴ برابر با ۴ آوریل ۲۰۲۵"
        + between
        + ("تهران، ۱۸ فروردین ۱۴۰۴ برابر با ۶ شوال ۱۴۴۶ و ۵ آوریل ۲۰۲۵")
    )
    assert [ok for _, ok in _read(tehran)] == [True, False]  # the second's Solar day is wrong


def test_a_line_of_three_dates_with_the_solar_one_between_is_one_line() -> None:
    assert _read("۴ اپریل ۲۰۲۵ / ۱۵ حمل ۱۴۰۴ / ۶ شوال ۱۴۴۶") == [
        ("۴ اپریل ۲۰۲۵ / ۱۵ حمل ۱۴۰۴ / ۶ شوال ۱۴۴۶", True)
    ]
    assert (
        len(_read("Tehran, Thursday, 22 August 2024, corresponding to 1 Shahrivar 1403 and 17 Safar 1446"))
        == 1
    )


_NAMES = st.sampled_from(
    sorted(
        {spelling for spellings in solar_months.MONTHS for spelling, _ in spellings if not spelling.isascii()}
    )
)
_PERSIAN = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")


@given(
    st.integers(1, 31),
    st.sampled_from(["", " ", "\u200c", "  ", "\u00a0", " د "]),
    _NAMES,
    st.sampled_from(["", " ماه", "\u200cماه"]),
    st.sampled_from([" ", "", "\u2009"]),
    st.integers(100, 1500),
    st.booleans(),
    st.sampled_from(["", "،", " ", "x"]),
)
def test_every_solar_date_python_finds_the_search_finds(
    day: int, space: str, name: str, month_word: str, gap: str, year: int, persian: bool, after: str
) -> None:
    """The C-speed search's finds hold every Solar Hijri date the exact expression takes."""
    digits = (lambda n: str(n).translate(_PERSIAN)) if persian else str
    # (in a Persian sentence: "ایران" has a letter of Persian's alphabet beyond Arabic's)
    text = f"خبر ایران {digits(day)}{space}{name}{month_word}{gap}{digits(year)}{after} است"
    starts = set(prefilter.solar_date_starts(text))
    for match in prefilter.SOLAR_DATE.finditer(text):
        assert any(match.start() - 1 <= start <= match.start() for start in starts), text


def test_a_pashto_line_keeps_the_years_said_before_each_date() -> None:
    """ "د ۱۴۰۴ کال د وري ۱۵ مه" (of the year 1404, the 15th of Wray): the three years were lost."""
    text = "د ۱۴۰۴ کال د وري ۱۵ مه، د ۱۴۴۶ کال د شوال ۶ مه او د ۲۰۲۵ کال د اپرېل ۴ مه"
    line = datelines.parse(text)
    assert line.solar_hijri is not None
    assert line.hijri is not None
    assert line.gregorian is not None
    assert (line.solar_hijri.isoformat(), line.hijri.isoformat(), line.gregorian.isoformat()) == (
        "1404-01-15", "1446-10-06", "2025-04-04"
    )  # fmt: skip
    assert datelines.check(text).ok
    # a count before "کال" (years) is no year of the date
    assert datelines.parse("د ۳ کال د شوال ۶ مه، ۴ اپرېل ۲۰۲۵").hijri.year is None  # type: ignore[union-attr]


def test_an_agency_in_arabic_letters_in_brackets_after_the_place() -> None:
    (line,) = datelines.extract("کابل (باختر): ۱۵ حمل ۱۴۰۴ برابر با ۵ شوال ۱۴۴۶ و ۴ اپریل ۲۰۲۵")
    assert (line.place, line.agency) == ("کابل", "باختر")
    (line,) = datelines.extract("تهران (ایرنا): ۱۵ فروردین ۱۴۰۴ برابر با ۴ آوریل ۲۰۲۵")
    assert (line.place, line.agency) == ("تهران", "ایرنا")
    # words in brackets that are no agency the tables know: no place either
    (line,) = datelines.extract("وقال (المصدر): 1 شوال 1446 هـ الموافق 30 مارس 2025")
    assert (line.place, line.agency) == (None, None)


@pytest.mark.parametrize(
    ("text", "hijri"),
    [
        # Diyanet's announcement as a local paper printed it (held-out set 15a)
        (
            "Din İşleri Yüksek Kurulu, 1447 (2026) Ramazan ayının 19 Şubat 2026 Perşembe günü başlayacağını duyurdu.",
            1447,
        ),
        ("Bu yıl 1446 Ramazan ayı 1 Mart 2025 Cumartesi başlıyor.", 1446),
    ],
)
def test_a_turkish_hijri_year_before_the_month_and_its_noun(text: str, hijri: int) -> None:
    (line,) = datelines.extract(text)
    assert line.hijri is not None
    assert line.hijri.year == hijri
    assert datelines.check(line).ok
