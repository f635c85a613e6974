"""Bangladeshi datelines with a date of the Bengali calendar (Bangabda): reading the third
half and checking it.

tests/data/bangla_datelines.jsonl holds 32 real lines (mastheads, date widgets, columns)
from 27 Bangladeshi sites, retrieved 2026-12-05, each with its Bengali date as printed and
what the checker says of it; the mistakes in them are the sites' own (each is noted).
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import support
from datelines import (
    Calendar,
    HijriDate,
    OutOfRangeError,
    check,
    extract,
    format,
    get_calendar,
    parse,
    to_hijri,
)
from datelines.records import dateline_record, extraction_record

LINES = [
    json.loads(row)
    for row in (support.DATA / "bangla_datelines.jsonl").read_text(encoding="utf-8").splitlines()
]


@pytest.mark.parametrize("row", LINES, ids=[row["url"][:60] for row in LINES])
def test_real_lines_read_and_check(row: dict[str, object]) -> None:
    line = parse(str(row["text"]))
    assert line.bangla is not None
    assert line.bangla.isoformat() == row["bangla"]
    assert (line.gregorian and line.gregorian.isoformat()) == row["gregorian"]
    assert (line.hijri and line.hijri.isoformat()) == row["hijri"]
    verdict = check(line)
    assert verdict.ok is row["ok"]
    codes = {f.code for f in verdict.findings if f.severity != "note"}
    assert sorted(c for c in codes if c.startswith(("bangla", "impossible"))) == row["findings"]


def test_a_masthead_of_three_calendars() -> None:
    # Daily Inqilab's masthead of 23 July 2019 (dailyinqilab.com)
    line = parse("ঢাকা, মঙ্গলবার ২৩ জুলাই ২০১৯, ০৮ শ্রাবণ ১৪২৬, ১৯ যিলক্বদ ১৪৪০ হিজরী।")
    assert line.place == "ঢাকা"
    assert line.weekday == 1
    assert line.bangla is not None
    assert (line.bangla.isoformat(), line.bangla.text, line.bangla.month_name) == (
        "1426-04-08", "০৮ শ্রাবণ ১৪২৬", "শ্রাবণ"
    )  # fmt: skip
    assert line.hijri is not None
    assert line.hijri.isoformat() == "1440-11-19"
    assert check(line).ok
    [found] = extract("শিরোনাম\n" + line.text)
    assert found.bangla is not None
    assert found.bangla.isoformat() == "1426-04-08"
    assert extraction_record(found, check(found))["bangla"] == "1426-04-08"
    assert dateline_record(line)["bangla"]["iso"] == "1426-04-08"  # type: ignore[index]


@pytest.mark.parametrize(
    ("text", "bangla"),
    [
        ("Dhaka, Saturday, January 20, 2024, Magh 6, 1430 BS, Rajab 7, 1445 AH", "1430-10-06"),
        ("২০ মার্চ ২০২০ খ্রি. ৬ চৈত্র ১৪২৬ বাংলা, ২৪ রজব ১৪৪১ হিজরি", "1426-12-06"),
        ("বুধবার, মার্চ ২১, ২০১৮: চৈত্র ০৭, ১৪২৪ বঙ্গাব্দ: ২ রজব, ১৪৩৯ হিজরী", "1424-12-07"),  # month first
        ("৫ নভেম্বর, ২০২৫ খ্রি:, ২০ কার্তিক, ১৪৩২ ফসলী সন", "1432-07-20"),
    ],
)
def test_shapes(text: str, bangla: str) -> None:
    line = parse(text)
    assert line.bangla is not None
    assert line.bangla.isoformat() == bangla
    assert check(line).ok


def test_what_the_checker_says() -> None:
    # a day of the revised calendar's change: Ashwin 1426 got a 31st day
    verdict = check("ঢাকা, বুধবার ১৬ অক্টোবর ২০১৯, ০১ কার্তিক ১৪২৬, ১৬ সফর ১৪৪১ হিজরী")
    warning = next(f for f in verdict.findings if f.code == "bangla-1987")
    assert warning.severity == "warning"
    assert "where 16 October 2019 is 31 Ashwin 1426 BS: it is the date by the 1987 rule" in warning.message
    assert warning.half == "bangla"
    verdict = check("শুক্রবার, ১৭ জানুয়ারি ২০২৫, ৩ মাঘ ১৪৩২")
    assert not verdict.ok
    assert verdict.message.endswith("its year should be 1431, not 1432.")
    verdict = check("বুধবার, ২৬ মার্চ ২০২৫, ১১ চৈত্র ১৪৩১ বঙ্গাব্দ")
    assert verdict.message == (
        "Bengali half '১১ চৈত্র ১৪৩১ বঙ্গাব্দ' is not 26 March 2025, which is 12 Chaitra 1431 BS in "
        "Bangladesh's calendar; it is one day behind."
    )
    # a Bengali and a Gregorian date alone: the Bengali one is the other half
    verdict = check("২১ ফেব্রুয়ারি ২০২৪, ৮ ফাল্গুন ১৪৩০")
    assert verdict.ok
    assert [f.code for f in verdict.findings] == ["bangla"]
    # before Bangladesh's revised calendar: not checked, said so
    verdict = check(
        "this eighteenth day of Kartick, 1379 B.S., corresponding to the fourth day of November, 1972 A.D."
    )
    assert "bangla-unchecked" in {f.code for f in verdict.findings}


def test_a_bengali_date_points_to_bangladesh() -> None:
    # Bangladesh's months begin a day after Umm al-Qura's in January 2024: 20 January was 7 Rajab
    assert check("January 20, 2024 | Magh 6, 1430 BS | Rajab 7, 1445 AH").authority == "BD"
    # its press prints Umm al-Qura's date as often: that draws no warning
    verdict = check("January 20, 2024 | Magh 6, 1430 BS | Rajab 8, 1445 AH")
    assert (verdict.ok, verdict.authority) == (True, "SA")
    assert not [f for f in verdict.findings if f.severity != "note"]


@pytest.mark.parametrize(
    "text",
    [
        "R Ashwin took 5 wickets on 12 March 2024 (2 Ramadan 1445)",  # a given name, no date
        "Chaitra 1, 1946 Saka corresponds to 21 March 2024 (11 Ramadan 1445)",  # India's national calendar
        # another era, not Bangabda (al-ihsan.net)
        "আগামীকাল (মঙ্গলবার) ২১ আউওয়াল ১৩৯১ শামসী, (২০ জুন ২০২৩ খৃ.) হবে পবিত্র যিলহজ্জ শরীফ মাস উনার ১লা তারিখ।",
    ],
)
def test_no_bengali_half_where_there_is_none(text: str) -> None:
    assert parse(text).bangla is None


def test_a_spaced_ordinal_belongs_to_the_month_after_it() -> None:
    # "পহেলা ফাল্গুন ১৪ ই ফেব্রুয়ারী": 1 Falgun, 14th February (agrithought.blogspot.com)
    line = parse("আজ থেকে পহেলা ফাল্গুন ১৪ ই ফেব্রুয়ারী ২০২০")
    assert line.bangla is not None
    assert line.bangla.isoformat() == "--11-01"
    assert line.gregorian is not None
    assert line.gregorian.isoformat() == "2020-02-14"
    line = parse("আজ থেকে পহেলা রমজান ১৪ ই মার্চ")
    assert (line.hijri and line.hijri.isoformat(), line.gregorian and line.gregorian.isoformat()) == (
        "--09-01", "--03-14"
    )  # fmt: skip


@given(st.dates(min_value=date(1987, 4, 14), max_value=date(2076, 11, 16)))
def test_everything_the_masthead_style_writes_reads_back_and_checks(day: date) -> None:
    text = format(day, "bangladesh-masthead", place="ঢাকা")
    line = parse(text)
    assert line.bangla is not None
    assert line.bangla.to_hijri() == to_hijri(day, calendar="bangla")
    assert line.gregorian is not None
    assert line.gregorian.to_date() == day
    verdict = check(line)
    assert verdict.ok, (text, verdict.message)
    assert not [f for f in verdict.findings if f.code.startswith("bangla")]


def test_a_solar_calendar_is_refused_where_a_lunar_one_is_asked(capsys: pytest.CaptureFixture[str]) -> None:
    from datelines import CalendarError, StyleError
    from datelines.cli import main

    with pytest.raises(CalendarError, match="'bangla' is Bangladesh's Bengali calendar, not a lunar one"):
        check("10 Rabiul Akhir 1437/20 January 2016", calendar="bangla")
    with pytest.raises(CalendarError, match="'solar-hijri' is the Solar Hijri calendar, not a lunar one"):
        check("10 Rabiul Akhir 1437/20 January 2016", calendar="solar-hijri")
    with pytest.raises(StyleError, match=r"write the Bengali date with a style whose template has \{bday\}"):
        format(date(2016, 1, 20), "mina", calendar="bangla")
    with pytest.raises(SystemExit) as caught:
        main(["check", "--calendar", "bangla", "-"])
    assert caught.value.code == 2
    assert (
        "argument --calendar: bangla is Bangladesh's Bengali calendar, not a lunar one"
        in capsys.readouterr().err
    )


def test_convert_in_the_bengali_calendar(capsys: pytest.CaptureFixture[str]) -> None:
    from datelines.cli import main

    assert main(["convert", "2024-01-20", "--calendar", "bangla"]) == 0
    assert "2024-01-20 → 1430-10-06 (Saturday, 6 Magh 1430 BS; bangla)" in capsys.readouterr().out
    assert main(["convert", "৬ মাঘ ১৪৩০", "--calendar", "bangla"]) == 0
    assert "1430-10-06 BS → 2024-01-20" in capsys.readouterr().out
    assert main(["convert", "6 Magh 1430"]) == 0  # a Bengali date is a day, its lunar date BD's unless asked
    assert capsys.readouterr().out == (
        "1430-10-06 BS → 2024-01-20 (Saturday, 20 January 2024; bangla); 1445-07-07 (7 Rajab 1445 AH; BD)\n"
    )
    assert main(["calendars"]) == 0
    assert (
        "bangla           1394-01-01 to 9405-12-30 BS  1987-04-14 to 9999-04-13  bengali"
        in capsys.readouterr().out
    )


def test_convert_from_and_to_the_bengali_calendar_beside_a_lunar_one(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The Bengali calendar is asked for as the Solar Hijri one is (--from, --to, today's
    flag), so that a Bangladeshi desk sees its three dates at once."""
    from datelines.cli import main
    from datelines.records import convert_record

    umalqura = get_calendar("umalqura")
    assert main(["convert", "2024-01-20", "--to", "bangla"]) == 0
    assert capsys.readouterr().out == "2024-01-20 → 1430-10-06 (Saturday, 6 Magh 1430 BS; bangla)\n"
    assert main(["convert", "2024-01-20", "--to", "all"]) == 0
    assert capsys.readouterr().out == (
        "2024-01-20 → 1402-10-30 SH (Saturday, 30 Dey 1402 SH; solar-hijri); "
        "1445-07-08 (8 Rajab 1445 AH; umalqura); 1430-10-06 BS (6 Magh 1430 BS; bangla)\n"
    )
    # Digits alone are Gregorian or Hijri unless the Bengali calendar is named.
    assert main(["convert", "1430-10-06", "--from", "bangla", "--calendar", "ID"]) == 0
    assert capsys.readouterr().out == (
        "1430-10-06 BS → 2024-01-20 (Saturday, 20 January 2024; bangla); 1445-07-08 (8 Rajab 1445 AH; ID)\n"
    )
    assert main(["convert", "1430-10-06", "--from", "bangla", "--to", "all"]) == 0  # the date read first
    assert capsys.readouterr().out == (
        "1430-10-06 BS → 2024-01-20 (Saturday, 20 January 2024; bangla); 1402-10-30 SH (30 Dey 1402 SH; "
        "solar-hijri); 1445-07-07 (7 Rajab 1445 AH; BD)\n"
    )
    found = convert_record("৬ মাঘ ১৪৩০", umalqura)  # a written Bengali month says so itself
    assert (found["from"], found["hijri"], found["bangla"], found["bangla_month_length"]) == (
        "bangla", "1445-07-08", "1430-10-06", 30
    )  # fmt: skip
    # a Bengali date converted to its own calendar alone is that calendar's record (a review:
    # it was labelled "solar-hijri")
    own = convert_record("6 Magh 1430", umalqura, target="bangla")
    assert (own["from"], own["calendar"], own["bangla"]) == ("bangla", "bangla", "1430-10-06")
    assert "hijri" not in own
    alone = convert_record("1 Farvardin 1403", umalqura, source="solar-hijri", target="bangla")
    assert alone["calendar"] == "bangla"
    assert "hijri" not in alone
    assert (alone["solar_hijri"], alone["bangla_text"]) == ("1403-01-01", "6 Chaitra 1430 BS")
    # "all" gives the calendars that have the day: the Bengali one begins on 14 April 1987.
    early = convert_record("1950-01-01", umalqura, target="all")
    assert "solar_hijri" in early
    assert "bangla" not in early
    with pytest.raises(OutOfRangeError, match="1950-01-01 is outside the bangla calendar"):
        convert_record("1950-01-01", umalqura, target="bangla")
    assert main(["convert", "1430-13-01", "--from", "bangla"]) == 1
    assert "1430-13-01" in capsys.readouterr().err
    assert main(["today", "--bangla", "--format", "jsonl"]) == 0
    today = json.loads(capsys.readouterr().out)
    assert today["bangla_text"].endswith(" BS")
    assert today["hijri_text"].endswith(" AH")


# --- a review of the first version (review 47) -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Waktu Asar 4.30 petang, 12 Mac 2024 / 2 Ramadan 1445 H",  # the afternoon prayer, Malay
        "JAKARTA, Selasa (12/3/2024) jam Ashar 15.10 WIB, 1 Ramadhan 1445 H.",
        "KATHMANDU, Chaitra 15 (March 28, 2024) / 17 Ramadan 1445 AH",  # Nepal's Bikram Sambat
        "On 12 March 2024 (2 Ramadan 1445 AH) Ashwin 3, Jadeja 2.",  # a cricket score
        "CHENNAI, March 12, 2024 (Ramadan 2, 1445) - Ashwin 500 wickets, Kartik 2 catches.",
        "Kathmandu, Baisakh 1 (April 13, 2024)",
        "The 1 Ramadan 1445 sighting; Magh 10, Magh 11, Magh 12 were cold days; the paper of 20 March 2024 reported it.",
        "Eid al-Fitr, 1 Shawwal 1445, fell during Chaitra 29 1430 and Boishakh 1 1431 celebrations on 14 April 2024.",
    ],
)
def test_no_bengali_date_in_romanised_names_without_a_year(text: str) -> None:
    verdict = check(text)
    assert verdict.dateline.bangla is None
    assert verdict.ok
    assert all(line.bangla is None for line in extract(text))


def test_a_masthead_of_gregorian_and_bengali_dates_is_extracted_and_checked(tmp_path: Path) -> None:
    from datelines.cli import main

    [line] = extract("প্রথম পাতা\nবৃহস্পতিবার, ২১ নভেম্বর ২০২৪, ৫ অগ্রহায়ণ ১৪৩১\nখবর")
    assert line.bangla is not None
    assert not check(line).ok  # a day behind: 6 Agrahayan
    wrong = tmp_path / "one.txt"
    wrong.write_text("বৃহস্পতিবার, ২১ নভেম্বর ২০২৪, ৫ অগ্রহায়ণ ১৪৩১\n", encoding="utf-8")
    assert main(["check", str(wrong)]) == 1


def test_a_kolkata_line_is_west_bengals_calendar_and_not_checked() -> None:
    verdict = check("কলকাতা, বৃহস্পতিবার ২১ নভেম্বর ২০২৪, ৫ অগ্রহায়ণ ১৪৩১")
    assert verdict.ok
    assert verdict.message.startswith(
        "Bengali half '৫ অগ্রহায়ণ ১৪৩১' is not checked: the line's place (কলকাতা) is in India"
    )


def test_the_message_names_the_bengali_warning_and_impossible_days() -> None:
    verdict = check("ঢাকা, সোমবার ২০ জানুয়ারি ২০২৫, ০৭ মাঘ ১৪৩১, ১৯ রজব ১৪৪৬ হিজরী")
    assert verdict.ok  # a warning
    assert verdict.message.startswith(
        "Bengali half '০৭ মাঘ ১৪৩১' is a day ahead of Bangladesh's calendar, where 20 January 2025 is 6 Magh 1431 BS"
    )
    verdict = check("ঢাকা, শুক্রবার, ১ নভেম্বর ২০২৪, ৩১ কার্তিক ১৪৩১")
    assert not verdict.ok
    assert verdict.findings[-1].code == "impossible-date"
    assert verdict.message == (
        "Bengali half '৩১ কার্তিক ১৪৩১' does not exist: Kartik 1431 BS has 30 days in Bangladesh's calendar."
    )
    assert check("বুধবার, ২৬ মার্চ ২০২৫, ১৪৩২ বঙ্গাব্দ").message.endswith("its year should be 1431, not 1432.")


def test_a_bengali_date_does_not_outweigh_a_place() -> None:
    from datelines._check.authorities import pointed

    assert pointed(parse("Dhaka, Monday, December 16, 2024 | Poush 1, 1431 BS")) == [("BD", "place (Dhaka)")]
    assert pointed(parse("কলকাতা, বৃহস্পতিবার ২১ নভেম্বর ২০২৪, ৫ অগ্রহায়ণ ১৪৩১"))[0][0] == "IN"


def test_converting_in_the_bengali_calendar(capsys: pytest.CaptureFixture[str]) -> None:
    from datelines import CalendarError, ParseError, get_calendar
    from datelines.cli import main
    from datelines.records import convert_record

    bangla = get_calendar("bangla")
    found = convert_record("2024-01-20", bangla)
    assert (found["bangla"], found["bangla_text"], "hijri" in found) == (
        "1430-10-06",
        "6 Magh 1430 BS",
        False,
    )
    assert convert_record("1430-10-06", bangla)["gregorian"] == "2024-01-20"  # a Bengali year
    assert convert_record("৬ মাঘ ১৪৩০", bangla)["from"] == "bangla"
    with pytest.raises(ParseError, match="'6 Rajab 1445' is a lunar Hijri date, not a Bengali one"):
        convert_record("6 Rajab 1445", bangla)
    with pytest.raises(CalendarError, match="which no sighting moves"):
        get_calendar("bangla", offset=1)
    # a written Bengali date is a day, in any calendar
    found = convert_record("6 Magh 1430", get_calendar("umalqura"))
    assert (found["from"], found["gregorian"], found["hijri"]) == ("bangla", "2024-01-20", "1445-07-08")
    assert main(["format", "--style", "bangladesh-masthead", "6 Magh 1430"]) == 0
    assert "০৬ মাঘ ১৪৩০" in capsys.readouterr().out


def test_a_date_labelled_english_with_the_long_i() -> None:
    # a Bangladeshi date page (uptimesbd.com): a label per calendar, on lines of their own
    line = parse(
        "- আজকের বাংলা তারিখ: ১৬ বৈশাখ ১৪৩২ বঙ্গাব্দ\n- আজকের ইংরেজী তারিখ: ২৯ এপ্রিল, ২০২৫ খ্রিস্টাব্দ\n"
        "- আজকের আরবি তারিখ: ৩০ শাওয়াল, ১৪৪৬ হিজরি"
    )
    assert (line.bangla and line.bangla.isoformat(), line.gregorian and line.gregorian.isoformat()) == (
        "1432-01-16", "2025-04-29"
    )  # fmt: skip


# --- a second set, collected blind to the first (measured before the changes below) ------------


def test_a_month_with_a_two_part_vowel_sign_opens_a_window() -> None:
    # "পৌষ" written composed (U+09CC), as pages write it (Dhaka Prokash's header)
    [line] = extract("শিরোনাম\nরবিবার, ৫ জানুয়ারি ২০২৫ | ২১ পৌষ ১৪৩১\nখবর")
    assert line.bangla is not None
    assert line.bangla.isoformat() == "1431-09-21"


def test_the_bangladesh_todays_ashar_with_its_year() -> None:
    # The Bangladesh Today's front page, 11 July 2019 (yumpu.com); "Ashar" without a year is
    # the Asr prayer's clock time in Malay and Indonesian (above)
    line = parse("DhAKA: July 11, 2019; Ashar 27, 1426 BS; Zilquad 7,1440 hijri")
    assert line.bangla is not None
    assert line.bangla.isoformat() == "1426-03-27"
    assert check(line).ok


def test_dhaka_tribunes_2015_masthead_is_a_day_behind_the_governments_dates() -> None:
    # Dhaka Tribune, 10 July 2015 (fdocuments.net): 25 Asharh, where the government's own press
    # release of 13 July 2016 is dated "২৯ আষাঢ় (১৩ জুলাই)", as the 1987 rule counts
    verdict = check("FRIDAY, JULY 10, 2015 | Ashar 25, 1422, Ramadan 22, 1436")
    assert not verdict.ok
    assert verdict.message.endswith(
        "which is 26 Asharh 1422 BS in Bangladesh's calendar; it is one day behind."
    )
    assert get_calendar_bangla().to_gregorian(HijriDate(1423, 3, 29)) == date(2016, 7, 13)


def get_calendar_bangla() -> Calendar:
    from datelines import get_calendar

    return get_calendar("bangla")


def test_bengali_months_open_the_same_windows_with_the_prefilter_and_without() -> None:
    # a soak run: "মাঘ" inside a run of letters, in a long text without a digit, opened a window
    # only where the prefilter did not leave the text at once
    from datelines._read.extract import _windows

    pad = "The ministry said the report was released. " * 100
    for text in (pad + "ঘমা" * 20, pad + "রবিবার, ৫ জানুয়ারি ২০২৫ | ২১ পৌষ ১৪৩১ " + pad):
        assert list(_windows(text, prefilter=True)) == list(_windows(text, prefilter=False))
    assert list(_windows(pad + "ঘমা" * 20, prefilter=False)) == []


# --- stop 48 --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "bangla", "hijri"),
    [
        # Set 1 and 2 of stop 47: the Bengali and Hijri dates alone, in a line of their own
        ("শিরোনাম\n০৮ শ্রাবণ ১৪২৬, ১৯ যিলক্বদ ১৪৪০ হিজরী\nখবর", "1426-04-08", "1440-11-19"),
        ("আজ ০৮ শ্রাবণ ১৪২৬ বঙ্গাব্দ, ১৯ যিলক্বদ ১৪৪০ হিজরী।", "1426-04-08", "1440-11-19"),
        # a date widget's labels: "Bangla date: … | Hijri date: …" (a review)
        ("বাংলা তারিখ: ১২ বৈশাখ ১৪৩০ | হিজরি তারিখ: ০৪ শাওয়াল ১৪৪৪", "1430-01-12", "1444-10-04"),
    ],
)
def test_a_line_of_a_bengali_and_a_hijri_date_is_extracted(text: str, bangla: str, hijri: str) -> None:
    [line] = extract(text)
    assert line.gregorian is None
    assert line.bangla is not None
    assert line.hijri is not None
    assert (line.bangla.isoformat(), line.hijri.isoformat()) == (bangla, hijri)
    assert check(line).ok


@pytest.mark.parametrize(
    "text",
    [
        "পহেলা বৈশাখ ১৪৩১ উদযাপিত হবে, আর ২ রমজান ১৪৪৫ হিজরি থেকে রোজা",
        # a review of the first version (12 of 20 such sentences had become false errors):
        "১ বৈশাখ ১৪৩১ এবং ১০ জিলহজ ১৪৪৫ হিজরি দুটি বড় উৎসব।",  # "and": two festivals
        "এ বছর পহেলা বৈশাখ ১৪৩১ ও ১ শাওয়াল ১৪৪৫ হিজরি প্রায় একই সময়ে পড়েছে।",
        "১৫ ফাল্গুন ১৪৩০ - ১ রমজান ১৪৪৫ হিজরি সময়ের মধ্যে আবেদন করতে হবে।",  # a range
        "মেলা ১ বৈশাখ ১৪৩১ – ৫ শাওয়াল ১৪৪৫ হিজরি",
        "১ বৈশাখ ১৪৩১, ১ শাওয়াল ১৪৪৫ হিজরি, ১০ জিলহজ ১৪৪৫ হিজরি — এই তিন দিন ছুটি।",  # a list of holidays
        "গতকাল ছিল ৩০ চৈত্র ১৪৩০। ১ শাওয়াল ১৪৪৫ হিজরি ঈদ উদযাপিত হয়েছে।",  # two sentences
        "জন্ম ১২ বৈশাখ ১৩৯৫ বাংলা। ১০ মহররম ১৪০৯ হিজরি তার দাদা মারা যান।",
        # a Gregorian date's era and danda, then a sentence that goes on after a Bengali date
        "সভা হয়েছিল ২৫ এপ্রিল ২০২৩ খ্রিস্টাব্দ। ১ বৈশাখ ১৪৩১ বঙ্গাব্দে নতুন কমিটি দায়িত্ব নেবে।",
        "চুক্তি স্বাক্ষর হয় ১০ জানুয়ারি ২০২০ ইংরেজি। ১৫ মাঘ ১৪২৬ বাংলা তারিখে তা কার্যকর হয়।",
    ],
)
def test_a_bengali_and_a_hijri_date_in_different_clauses_are_no_line(text: str) -> None:
    assert list(extract(text)) == []


def test_a_line_of_a_bengali_and_a_hijri_date_in_long_text() -> None:
    # in a long Bengali text (past the gate that leaves text with no Gregorian evidence)
    prose = "এটি একটি সাধারণ বাক্য। " * 400
    [line] = extract(prose + "০৮ শ্রাবণ ১৪২৬, ১৯ যিলক্বদ ১৪৪০ হিজরী" + prose)
    assert line.bangla is not None


def test_three_dates_said_as_three_sentences_are_one_line() -> None:
    """Kalbela's prayer-time pages: each date a sentence ending in a danda, with its era
    ("ইংরেজি", English): the Gregorian era's full stop before the Bengali date is no
    sentence's end."""
    text = "আজ মঙ্গলবার, ২৫ এপ্রিল, ২০২৩ ইংরেজি। ১২ বৈশাখ, ১৪৩০ বাংলা। ০৪ শাওয়াল, ১৪৪৪ হিজরি"
    line = parse(text)
    assert line.gregorian is not None
    assert line.bangla is not None
    assert line.hijri is not None
    assert (line.gregorian.isoformat(), line.bangla.isoformat(), line.hijri.isoformat()) == (
        "2023-04-25", "1430-01-12", "1444-10-04"
    )  # fmt: skip
    [found] = extract(text)
    assert found.gregorian is not None


def test_a_bengali_and_a_hijri_date_of_different_days_blame_neither() -> None:
    """Without a Gregorian date either half may be the wrong one (a review: the message said
    the Bengali half was, of a line whose Hijri day was)."""
    verdict = check("০৮ শ্রাবণ ১৪২৬, ২০ যিলক্বদ ১৪৪০ হিজরী")
    assert not verdict.ok
    assert verdict.message == (
        "The Bengali and Hijri halves name different days: 20 Dhu al-Qa'dah 1440 is 24 July 2019 in "
        "Bangladesh's calendar (BD), and 9 Shrabon 1426 BS in Bangladesh's Bengali calendar, not "
        "'০৮ শ্রাবণ ১৪২৬'; the Bengali date is one day behind."
    )
