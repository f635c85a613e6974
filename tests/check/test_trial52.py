"""What stop 52's new-user trial found in checking Afghan and Iranian lines (issue #15)."""

from __future__ import annotations

from datetime import date

import pytest

import datelines


def test_a_kabul_line_of_iran_s_lunar_date_is_credited_to_iran() -> None:
    """It was "Follows Pakistan's calendar": Dari's Gregorian month names are Urdu's too."""
    verdict = datelines.check("کابل، ۱۵ حمل ۱۴۰۴ برابر با ۵ شوال ۱۴۴۶ و ۴ اپریل ۲۰۲۵")
    assert verdict.message.startswith("Follows Iran's calendar (IR), not Afghanistan's calendar (AF)")


def test_an_afghan_month_name_points_to_afghanistan_as_a_place_does() -> None:
    verdict = datelines.check("۱۵ جوزا ۱۴۰۴ برابر با ۹ ذی‌الحجه ۱۴۴۶ و ۵ جون ۲۰۲۵")
    assert verdict.ok
    assert verdict.message.startswith(
        "Follows Iran's calendar (IR), not Afghanistan's calendar (AF), which the line's Afghan month "
        "name (جوزا) points to: there 5 June 2025 was 8 Dhu al-Hijjah 1446."
    )
    # Iran's own names point nowhere new: an Iranian masthead stays quiet
    assert datelines.check("۷ مهر ۱۴۰۴ / ۰۶ ربیع الثانی ۱۴۴۷ / 2025 September 29").ok
    # an Urdu line is still Urdu's, though Dari writes "مارچ" too
    line = datelines.parse("یکم رمضان المبارک 1446 ہجری 2 مارچ 2025")
    assert line.languages[0] == "ur"


@pytest.mark.parametrize(
    ("text", "cause"),
    [
        (
            "کابل، ۱۵ حمل ۱۴۰۳ برابر با ۶ شوال ۱۴۴۶ و ۴ اپریل ۲۰۲۵",
            "it matches a Solar year of 1404 rather than 1403.",
        ),
        ("کابل، ۱۵ حمل ۱۴۰۴ مطابق ۵ اپریل ۲۰۲۵", "it is one day behind."),
        ("کابل، ۱۵ ثور ۱۴۰۴ مطابق ۴ اپریل ۲۰۲۵", "it matches a Solar month of Hamal rather than Sawr."),
        ("تهران، ۱۸ فروردین ۱۴۰۴ برابر با ۶ شوال ۱۴۴۶ و ۵ آوریل ۲۰۲۵", "it is two days ahead."),
    ],
)
def test_a_wrong_solar_half_says_how_it_is_wrong(text: str, cause: str) -> None:
    """The lunar half's errors said how far and which number; the Solar half's only the day."""
    verdict = datelines.check(text)
    (solar,) = (f for f in verdict.findings if f.code == "solar-hijri")
    assert solar.severity == "error"
    assert solar.message.endswith(cause)


def test_no_cause_blames_a_gregorian_half_the_solar_half_confirms() -> None:
    verdict = datelines.check("جمعه، ۲۲ سلواغه ۱۴۰۳ برابر با ۱۲ شعبان ۱۴۴۶ و ۱۰ فبروری ۲۰۲۵")
    assert not verdict.ok
    assert "Gregorian day" not in verdict.message
    assert all(not e.kind.startswith("gregorian") for e in verdict.explanations)
    assert verdict.message.endswith(
        "it matches a +1 local-sighting offset, or the astronomical tabular calendar."
    )


def test_the_afghan_style_writes_afghanistan_s_calendar() -> None:
    """On 19 March 2026 (Eid al-Fitr in Afghanistan) it wrote Umm al-Qura's 30 Ramadan."""
    line = datelines.format(date(2026, 3, 19), style="afghan", place="کابل")
    assert "۱ شوال ۱۴۴۷" in line
    verdict = datelines.check(line)
    assert verdict.ok
    assert verdict.message.startswith("Follows Afghanistan's calendar (AF)")


def test_range_messages_name_the_era_and_a_calendar_that_has_the_date() -> None:
    with pytest.raises(datelines.OutOfRangeError) as solar:
        datelines.to_gregorian(datelines.HijriDate(1177, 1, 1), "solar-hijri")
    assert "year 1177 SH is outside the solar-hijri calendar, which covers 1178..1700 SH" in str(solar.value)
    with pytest.raises(datelines.OutOfRangeError) as lunar:
        datelines.to_gregorian(datelines.HijriDate(1250, 9, 1), "umalqura")
    assert str(lunar.value).endswith("; the tabular calendar 'civil' covers any date from 1 AH")
