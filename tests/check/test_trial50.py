"""What stop 50's new-user trial found in checking (issue #15)."""

from __future__ import annotations

import pytest

from datelines import check


@pytest.mark.parametrize(
    ("line", "meant"),
    [
        # Morocco's 11 Jumada al-Akhirah 1447 was Tuesday 2 December; Pakistan's the 3rd
        (
            "الرباط، الثلاثاء 11 جمادى الآخرة 1447 هـ الموافق 3 دجنبر 2025 م",
            "a Gregorian day of 2 rather than 3 (a Tuesday",
        ),
        # Morocco's 1 Shawwal 1447 was Friday 20 March; Indonesia's the 21st
        (
            "الدار البيضاء، الجمعة فاتح شوال 1447 هـ الموافق 21 مارس 2026 م",
            "a Gregorian day of 20 rather than 21 (a Friday",
        ),
    ],
)
def test_a_far_calendar_does_not_excuse_a_day_the_place_and_the_weekday_say_is_off(
    line: str, meant: str
) -> None:
    """Such lines passed, with two warnings, by the calendar of a country the line does not
    name; the same slip in Jakarta was an error."""
    verdict = check(line)
    assert not verdict.ok
    assert verdict.calendar == "MA"
    assert f"it matches {meant}" in verdict.message


def test_without_the_weekday_a_far_calendar_still_excuses_the_line_with_a_warning() -> None:
    verdict = check("الرباط، 11 جمادى الآخرة 1447 هـ الموافق 3 دجنبر 2025 م")
    assert verdict.ok
    assert verdict.authority == "PK"
    assert "other-authority" in [f.code for f in verdict.findings]
    right = check("الرباط، الثلاثاء 11 جمادى الآخرة 1447 هـ الموافق 2 دجنبر 2025 م")
    assert (right.ok, right.authority) == (True, "MA")


def test_a_kabul_line_whose_gregorian_day_alone_is_off_blames_the_gregorian_half() -> None:
    """Its Solar and lunar halves (Afghanistan's calendar) name 6 December; it was explained as
    following Iran's calendar, and the Solar half was blamed."""
    line = "کابل، ۱۵ قوس ۱۴۰۵ هجری شمسی برابر با ۲۶ جمادی‌الثانی ۱۴۴۸ ق و ۷ دسمبر ۲۰۲۶"
    verdict = check(line)
    assert not verdict.ok
    assert verdict.calendar == "AF"
    assert [(f.code, f.half) for f in verdict.findings if f.severity != "note"] == [("disagree", "gregorian")]
    assert verdict.message.endswith("it matches a Gregorian day of 6 rather than 7.")
    assert check(line.replace("۷ دسمبر", "۶ دسمبر")).ok


def test_an_afghan_line_is_answered_in_its_own_month_names() -> None:
    verdict = check("کابل، ۱۶ قوس ۱۴۰۵ / ۶ دسمبر ۲۰۲۶")
    assert not verdict.ok
    assert "which is 15 Qaws 1405 SH in Afghanistan's official calendar" in verdict.message
    iranian = check("تهران، ۱۶ آذر ۱۴۰۵ / ۶ دسامبر ۲۰۲۶")
    assert "which is 15 Azar 1405 SH in Iran's official calendar" in iranian.message


def test_a_solar_day_past_its_months_end_is_said_not_to_exist() -> None:
    """It was "not 23 October, which is 1 Aban", where convert said Mehr has 30 days."""
    verdict = check("تهران، ۳۱ مهر ۱۴۰۵ / ۲۳ اکتبر ۲۰۲۶")
    assert not verdict.ok
    assert [(f.code, f.half) for f in verdict.findings] == [("impossible-date", "solar_hijri")]
    assert verdict.message == "'۳۱ مهر ۱۴۰۵' does not exist: Mehr 1405 has 30 days."


def test_a_weekday_finding_points_at_the_weekday() -> None:
    """Its span was the whole dateline's."""
    text = "Jakarta, Selasa, 31 Maret 2025 bertepatan dengan 1 Syawal 1446 H (Antara)"
    verdict = check(text, authority="ID")
    [finding] = [f for f in verdict.findings if f.code == "weekday"]
    assert finding.span is not None
    assert text[slice(*finding.span)] == "Selasa"
