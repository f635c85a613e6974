"""Lines of a Solar Hijri and a lunar date with no Gregorian one: how Iran's Leader's office
and the Iranian press announce a month ("بنابراین دوشنبه ۱۱ فروردین ۱۴۰۴، اول شوال المکرم ۱۴۴۶
و عید سعید فطر است"). A trial in stop 46 found `extract` and `datelines check` blind to them
(0 datelines, exit 0, wrong lines too), while `parse` and `check()` read them."""

from __future__ import annotations

import json
from datetime import date

from hypothesis import given
from hypothesis import strategies as st

import datelines
from datelines import Style, check, extract
from support import cli

RIGHT = [
    # the Leader's office, Eid al-Fitr 1446 (31 March 2025)
    "بنابراین دوشنبه ۱۱ فروردین ۱۴۰۴، اول شوال المکرم ۱۴۴۶ و عید سعید فطر است.",
    "رؤیت هلال ماه شوال در غروب روز یکشنبه ۱۰ فروردین ۱۴۰۴ مطابق با ۲۹ رمضان المبارک ۱۴۴۶ هجری قمری "
    "برای رهبر معظم انقلاب اسلامی محرز شده است",
    "امروز: دوشنبه ۱۱ فروردین ۱۴۰۴ برابر با اول شوال ۱۴۴۶",
]


def test_extract_finds_them_and_they_check() -> None:
    for text in RIGHT:
        [line] = extract(text)
        assert line.gregorian is None
        assert line.solar_hijri is not None
        assert line.hijri is not None
        assert line.place is None  # not "بنابراین" (therefore)
        assert check(line).ok, check(line).message
        assert check(line, authority="IR").ok


def test_a_wrong_lunar_year_is_said_from_the_solar_day() -> None:
    """The Solar date is Iran's civil date: a wrong lunar year is the one error, not the
    weekday and the Solar date measured from the wrong lunar date."""
    verdict = check(
        "بنابراین دوشنبه ۱۱ فروردین ۱۴۰۴، اول شوال المکرم ۱۴۴۵ و عید سعید فطر است.", authority="IR"
    )
    assert not verdict.ok
    errors = [f for f in verdict.findings if f.severity == "error"]
    assert len(errors) == 1
    assert "rather than 1445" in errors[0].message


def test_a_wrong_solar_day_is_said_of_the_solar_half() -> None:
    verdict = check(
        "بنابراین دوشنبه ۱۲ فروردین ۱۴۰۴، اول شوال المکرم ۱۴۴۶ و عید سعید فطر است.", authority="IR"
    )
    assert not verdict.ok
    [error] = [f for f in verdict.findings if f.severity == "error"]
    assert error.half == "solar_hijri"


def test_a_lunar_date_without_its_year_takes_it_from_the_solar_day() -> None:
    verdict = check(next(iter(extract("امروز: دوشنبه ۱۱ فروردین ۱۴۰۴ برابر با اول شوال"))))
    assert verdict.ok
    assert any("1446, inferred from the Solar Hijri half" in f.message for f in verdict.findings)
    wrong = check(next(iter(extract("امروز: دوشنبه ۱۱ فروردین ۱۴۰۴ برابر با اول رمضان"))))
    assert not wrong.ok


def test_a_date_after_its_clause_is_no_partner() -> None:
    # Pashto: "tomorrow (Monday) is the first day of Ramadan," then the page's own date
    assert list(extract("سبا (دوشنبه) د روژې لومړۍ ورځ ده، ۲۲ حمل ۱۴۰۳")) == []


def test_the_command_line_checks_them() -> None:
    right = cli("check", "--authority", "IR", "-", stdin=RIGHT[0] + "\n")
    assert right.returncode == 0, right.stderr
    assert b"1 dateline in 1 line" in right.stdout
    wrong = cli(
        "check", "--authority", "IR", "--format", "jsonl", "-",
        stdin="بنابراین دوشنبه ۱۱ فروردین ۱۴۰۴، اول شوال المکرم ۱۴۴۵ و عید سعید فطر است.\n",
    )  # fmt: skip
    assert wrong.returncode == 1
    record = json.loads(wrong.stdout.decode().splitlines()[0])
    assert record["code"] == "disagree"
    assert "rather than 1445" in record["message"]


_SOLAR_LUNAR = Style(
    "solar-lunar-test",
    "{weekday} {sday} {smonth} {syear}، {hday} {hmonth} {hyear}",
    "fa",
    "a Solar Hijri and lunar line, as Iran announces a month",
    digits="arabext",
    solar_names="fa",
    calendar="IR",
)


@given(day=st.dates(date(1990, 1, 1), date(2070, 12, 31)))
def test_every_solar_and_lunar_line_written_is_found_and_checks(day: date) -> None:
    """Law: a Solar Hijri and lunar line written for any day is found by `extract`, with
    both halves that day's, and checks in Iran's calendar."""
    text = datelines.format(day, style=_SOLAR_LUNAR, weekday=True)
    found = list(extract(text))
    assert len(found) == 1, text
    line = found[0]
    assert line.solar_hijri is not None, text
    assert line.hijri is not None, text
    assert datelines.to_hijri(day, calendar="IR") == line.hijri.to_hijri(), text
    assert check(line, authority="IR").ok, (text, check(line, authority="IR").message)


def test_the_command_line_takes_several_authorities() -> None:
    text = (
        "Muhammadiyah telah mengumumkan 1 Ramadhan 1447 H jatuh pada 18 Februari 2026.\n"
        "Kemenag: 1 Ramadhan 1447 H jatuh pada 19 Februari 2026.\n"
    )
    assert cli("check", "--authority", "ID", "-", stdin=text).returncode == 1
    for argv in (
        ["--authority", "ID,ID-muhammadiyah"],
        ["--authority", "ID", "--authority", "ID-muhammadiyah"],
    ):
        done = cli("check", *argv, "-", stdin=text)
        assert done.returncode == 0, done.stdout
    refused = cli("check", "--authority", "ID,", "-", stdin=text)
    assert refused.returncode == 2
    assert b"an empty authority id in 'ID,'" in refused.stderr


def test_found_inside_a_long_text_as_alone() -> None:
    """A soak run: the prefilter's automaton, which lets extract pass over long stretches with no
    Gregorian evidence, did not know a Solar Hijri day: such a line far inside an archive was
    passed over."""
    around = "10 Rabiul Akhir 1437 " * 600
    for text in RIGHT:
        found = [line for line in extract(around + text + " " + around) if line.solar_hijri is not None]
        assert len(found) == 1, text
