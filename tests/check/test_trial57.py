"""Trial 23 (a Tehran agency desk with a Kabul sister desk, a Gulf broadcaster's archive, a
Turkish and Bosnian publisher's app): what it found, now right."""

from __future__ import annotations

import datetime
import subprocess
import sys
from pathlib import Path

import pytest

from datelines import Style, check, extract, format, get_calendar, parse
from datelines.errors import StyleError

MASTHEAD = "امروز : پنج شنبه - ۲۰ اردیبهشت - ۱۴۰۳ • برابر با : Thursday - {day} May - 2024"


@pytest.mark.parametrize(
    "text",
    [
        MASTHEAD.format(day=9),  # eghtesadmosbat.ir's masthead, as the trial found it
        "۲۰ اردیبهشت ۱۴۰۳ - Thursday 9 May 2024",
        "شنبه 1 اردیبهشت سال 1403 Sat, 20 Apr 2024 13:44:05 GMT",  # mobasherin.ir
    ],
)
def test_a_solar_and_gregorian_line_with_an_english_weekday_is_found(text: str) -> None:
    (found,) = extract(text)
    assert found.solar_hijri is not None
    assert found.gregorian is not None
    assert check(found).ok


def test_a_wrong_masthead_is_found_and_flagged_by_the_cli(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text(MASTHEAD.format(day=9) + "\n" + MASTHEAD.format(day=10) + "\n", encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "-m", "datelines", "check", str(story)], capture_output=True, text=True, check=False
    )
    assert run.returncode == 1, run.stdout + run.stderr
    assert "2 datelines" in run.stdout + run.stderr
    assert "1 with errors" in run.stdout + run.stderr


@pytest.mark.parametrize(
    ("text", "place", "agency"),
    [
        ("تهران- ایرنا- پنجشنبه ۱۵ آذر ۱۴۰۳ برابر با ۳ جمادی‌الثانی ۱۴۴۶ و ۵ دسامبر ۲۰۲۴", "تهران", "ایرنا"),
        ("مشهد- ایسنا- ۱۵ آذر ۱۴۰۳ برابر با ۳ جمادی‌الثانی ۱۴۴۶", "مشهد", "ایسنا"),
        ("Tehran - IRNA - 5 December 2024 / 3 Jumada al-Thani 1446", "Tehran", "IRNA"),
        # a place of two parts is no place and agency
        ("Jakarta - Selatan - 1 Syawal 1445 / 10 April 2024", "Jakarta - Selatan", None),
    ],
)
def test_an_agency_signed_after_the_place_before_the_date(text: str, place: str, agency: str | None) -> None:
    line = parse(text)
    assert (line.place, line.agency) == (place, agency)


def test_a_style_puts_the_agency_before_the_date() -> None:
    irna = Style(
        "irna",
        "{weekday} {sday} {smonth} {syear} برابر با {hday} {hmonth} {hyear} و {gday} {gmonth} {gyear}",
        language="fa",
        digits="arabext",
        place="{place}- {agency}- ",
    )
    day = datetime.date(2024, 12, 5)
    line = format(day, style=irna, place="تهران", agency="ایرنا")
    assert line.startswith("تهران- ایرنا- پنجشنبه ۱۵ آذر ۱۴۰۳")
    assert line.endswith("۲۰۲۴")
    read = parse(line)
    assert (read.place, read.agency) == ("تهران", "ایرنا")
    assert check(line).ok
    assert format(day, style=irna, place="تهران").startswith("تهران- پنجشنبه")
    with pytest.raises(StyleError, match="agency"):
        Style("bad", "{hday}", place="{agency}- {place}, ")


def test_a_calendars_method_given_text_says_where_text_is_read() -> None:
    with pytest.raises(TypeError, match=r"datelines\.to_hijri"):
        get_calendar("SA").to_hijri("2024-12-05")  # type: ignore[arg-type]
