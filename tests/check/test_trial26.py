"""Trial 26's findings on Arabic text: Mauritania's "أغشت" lost the day (a wrong line passed
`--strict`), a Dar al-Ifta statement's "1447 ألفٍ" was the year 1000, Tunisia's "مفتتح" (the
first of) was no day, and a Moroccan line was credited to Brunei's calendar."""

from __future__ import annotations

from datelines import check, extract, parse


def test_mauritania_s_august_keeps_its_day_and_a_wrong_line_is_flagged() -> None:
    line = parse("نواكشوط، الخميس 15 أغشت 2024 الموافق 25 صفر 1446 هـ")
    assert line.gregorian is not None
    assert (line.gregorian.month, line.gregorian.day) == (8, 15)
    verdict = check(line)
    assert not verdict.ok  # 15 August 2024 was 10 or 11 Safar 1446 everywhere
    assert verdict.compared == "day"


def test_a_year_in_words_after_its_figures_is_no_year_of_its_own() -> None:
    text = (
        "هلال شهر رمضان لعام 1447 ألفٍ هجريًّا بعد غروب شمس اليوم الثلاثاء الموافق 29 من شهر شعبان، "
        "الموافق 17 من شهر فبراير لعام 2026 ميلاديًّا."
    )
    (line,) = extract(text)
    assert line.hijri is not None
    # 29 Sha'ban, the year the crescent's (1447), not 1000
    assert (line.hijri.year or line.hijri.inferred_year, line.hijri.month, line.hijri.day) == (1447, 8, 29)
    assert check(line, authority="EG").ok
    # and a year in words alone is still read
    alone = parse("لعام ألفٍ وأربعمائةٍ وأربعة وأربعين هجريًّا الموافق 2023")
    assert alone.hijri is not None
    assert alone.hijri.year == 1444


def test_tunisia_s_first_of_the_month() -> None:
    (line,) = extract("أن يوم الاربعاء 19 جويلية 2023، هو مفتتح شهر محرم 1445 هجري.")
    assert line.hijri is not None
    assert (line.hijri.year, line.hijri.month, line.hijri.day) == (1445, 1, 1)
    assert check(line).ok


def test_morocco_s_month_names_point_to_morocco_s_calendar() -> None:
    line = parse("29 شوال 1436 ه الموافق 15 غشت 2015")
    assert "ar-MA" in line.languages
    verdict = check(line)
    assert verdict.ok
    assert verdict.authority == "MA"


def test_a_jawi_line_is_read_and_checked_under_malaysia_s_calendar() -> None:
    # Jawi's month names (CLDR ms_Arab), its place and "bersamaan" (trial 26: only the years were compared)
    right = parse("كوالا لومڤور، ١ شوال ١٤٤٦ه / ٣١ مچ ٢٠٢٥")
    assert right.place == "كوالا لومڤور"
    assert right.gregorian is not None
    assert (right.gregorian.month, right.gregorian.day) == (3, 31)
    verdict = check(right)
    assert verdict.ok
    assert verdict.authority == "MY"
    wrong = check("كوالا لومڤور، ١ شوال ١٤٤٦ه / ٢٥ مچ ٢٠٢٥")
    assert not wrong.ok
    assert wrong.compared == "day"
    (line,) = extract("١٨ ربيع الاول ١٤٤٥ برساماءن دڠن ٤ اوکتوبر ٢٠٢٣")
    assert line.gregorian is not None
    assert (line.gregorian.year, line.gregorian.month, line.gregorian.day) == (2023, 10, 4)
