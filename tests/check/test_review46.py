"""What a review of stop 46's changes found (each failed before its fix)."""

from __future__ import annotations

import pytest

import datelines
from datelines import check, extract, parse


@pytest.mark.parametrize(
    "text",
    [
        "از ۱ فروردین ۱۴۰۳ تا ۲۰ رمضان ۱۴۴۵ تعطیل است.",  # from … until: a range
        "در این حادثه ۲ بهمن ۱۴۰۱ رخ داد و ۱۵ شعبان ۱۴۴۴ جشن گرفته شد.",  # two events
        "مجلس ۱۲ اسد ۱۴۰۲ تشکیل شد و ۱۵ صفر ۱۴۴۵ تعطیل شد.",
        "او ۵ دی گفت که ۱۰ محرم ۱۴۴۶ روز عاشورا است",  # he said on 5 Dey that …
        "The 3 Hut residents met on 15 Rajab 1445.",
    ],
)
def test_a_solar_and_a_lunar_date_apart_are_no_dateline(text: str) -> None:
    assert list(extract(text)) == []


@pytest.mark.parametrize(
    "text",
    [
        "FCNA: Thursday, January 30, 2025 / 1 Shaban 1446",
        "Fiqh Council of North America: Thursday, January 30, 2025 / 1 Shaban 1446",
        "Canada, January 30, 2025 / 1 Shaban 1446",
        "Houston, January 30, 2025 / 1 Shaban 1446",
    ],
)
def test_a_line_that_names_north_americas_council_follows_it(text: str) -> None:
    verdict = check(text)
    assert (verdict.ok, verdict.authority) == (True, "US")


@pytest.mark.parametrize(
    "text",
    [
        "The ministry said late on Tuesday night that Thursday, January 15, 2026 (27 Rajab 1447 AH) is the day.",
        "أعلنت المحكمة مساء أمس أن الخميس ١٥ يناير ٢٠٢٦ الموافق ٢٧ رجب ١٤٤٧ هو يوم",
        "Tadi malam kementerian mengumumkan Kamis, 15 Januari 2026 (27 Rajab 1447 H)",
    ],
)
def test_an_evening_of_another_clause_is_not_the_line_s(text: str) -> None:
    [line] = extract(text)
    assert line.time is None
    assert not check(line).ok  # 15 January 2026 is 26 Rajab 1447


@pytest.mark.parametrize(
    "text",
    [
        "Zum zweiten Ramadan in Folge unter Bomben – Gaza, 1. März 2025",
        "Am zweiten Ramadan ohne ihren Vater, dem 15.03.2024",
    ],
)
def test_a_german_ordinal_that_counts_ramadans_names_no_day(text: str) -> None:
    assert all(line.hijri is None or line.hijri.day != 2 for line in extract(text))


def test_persian_ten_is_no_pashto_copula() -> None:
    line = parse("۲۶ تیر ۱۴۰۳ برابر با ده محرم ۱۴۴۶")
    assert line.solar_hijri is not None
    assert line.solar_hijri.isoformat() == "1403-04-26"


def test_a_persian_line_is_irans_not_pakistans() -> None:
    """Connectors and day words do not order the languages: the tables give "مطابق" to Urdu
    alone, though Persian writes it."""
    verdict = check("۱۱ مارس ۲۰۲۵ میلادی مطابق با ۱۰ رمضان ۱۴۴۶ هجری قمری")
    assert (verdict.ok, verdict.authority) == (True, "IR")


def test_the_solar_half_is_checked_against_the_order_that_agrees() -> None:
    verdict = check("Sunday 06/09/2024 - 3 Dhul Hijjah 1445 - 20 Khordad 1403")
    assert verdict.ok
    assert [f.code for f in verdict.findings if f.severity != "note"] == ["ambiguous-order"]


def test_several_authorities_of_other_types_are_refused_clearly() -> None:
    for bad in ({"ID"}, (a for a in ["ID"]), [["ID"]]):
        with pytest.raises(TypeError, match="an id or a list of ids"):
            datelines.check("1 Ramadhan 1447 H / 18 Februari 2026", authority=bad)  # type: ignore[arg-type]
