"""Shapes the lead fixed in stop 50 (issue #15), from the fourteenth held-out sets (fresh14b:
histories, catalogues and biographies; fresh14a: running text), collected blind and measured
before these changes."""

from __future__ import annotations

import pytest

from datelines import check, extract, parse


@pytest.mark.parametrize(
    ("text", "hijri", "gregorian"),
    [
        (
            "The firman was produced in Istanbul, and is dated Rebiyülevvel 1150 AH/July 1737 CE.",
            (1150, 3, None),
            (1737, 7, None),
        ),
        ("1. On 10th Rajjib 1224—21st August 1809—a treaty", (1224, 7, 10), (1809, 8, 21)),
        ("3. On 20th April 1832 (18th Zikaad 1247 A.H.) a", (1247, 11, 18), (1832, 4, 20)),
        (
            "La constitution ottomane du 7 zilhidjé 1293 (23 décembre 1876) Expliquée",
            (1293, 12, 7),
            (1876, 12, 23),
        ),
        (
            "ordered to be built by the slave (of God) Ali, son of Isfandiyar on the 10th Zil Hijja, 593 (24th October, 1197).",
            (593, 12, 10),
            (1197, 10, 24),
        ),
        # a document catalogue's digits: 1508 was taken for a Hijri year beside the named 913
        ("12 Ziqa'dah 913 / 14.3.1508 - 14.3.1508", (913, 11, 12), (1508, 3, 14)),
        ("6 Zihijjah 1028 / 14.11.1619 - 14.11.1619", (1028, 12, 6), (1619, 11, 14)),
        (
            "★ বাংলা : ০৪ চৈত্র, ১৩২৬ বঙ্গাব্দ। ★ আরবি : ২৭ জামাদিউস সানী, ১৩৩৮ হিজরি। ★ ইংরেজি: ১৭ মার্চ, ১৯২০",
            (1338, 6, 27),
            (1920, 3, 17),
        ),
        (
            "2023 ஜூன் 20 ஆம் திகதி செவ்வாய்க் கிழமை ஹிஜ்ரி 1444 துல் ஹிஜ்ஜாஹ் மாதத்தின் 01 ஆம் பிறை",
            (1444, 12, 1),
            (2023, 6, 20),
        ),
    ],
)
def test_older_spellings_and_digits(
    text: str, hijri: tuple[int, int, int | None], gregorian: tuple[int, int, int | None]
) -> None:
    line = parse(text)
    assert line.hijri is not None
    assert line.gregorian is not None
    assert (line.hijri.year, line.hijri.month, line.hijri.day) == hijri
    assert (line.gregorian.year, line.gregorian.month, line.gregorian.day) == gregorian
    assert [d.span for d in extract(text)] == [line.span] or len(list(extract(text))) == 1


def test_a_digit_date_beside_a_named_hijri_year_of_its_own_time_is_gregorian() -> None:
    [line] = extract("The deed of 12 Dhu al-Qa'dah 913 (14.3.1508) was signed.")
    assert line.gregorian is not None
    assert (line.gregorian.year, line.gregorian.month, line.gregorian.day) == (1508, 3, 14)
    assert check(line).ok  # in the civil calendar, the western half read as a Julian date
    # digits of a year no Hijri year beside them converts to stay what they were
    assert list(extract("Ticket 12/11/1445 and 14/3/1508 page 913")) == []


@pytest.mark.parametrize(
    "text", ["12 Ziqa'dah 913", "10 Muharram 61 AH", "توفي في ١٤ من ذي القعدة عام ١٢٩٣هـ"]
)
def test_a_historys_hijri_date_alone_is_no_error(text: str) -> None:
    """It was "outside Umm al-Qura, so the halves cannot be compared", an error."""
    verdict = check(text)
    assert verdict.ok
    assert verdict.calendar == "civil"
    assert [f.code for f in verdict.findings] == ["one-half"]


def test_a_solar_date_from_before_the_calendar_was_law_a_day_off_is_a_warning() -> None:
    """The constitution's decree, "14 مرداد 1285ش" beside 5 August 1906 (in our table the
    13th): a conversion made since, a day off as they often are, was an error."""
    verdict = check("فرمان مشروطیت در 14 مرداد 1285ش/ 14 جمادی الثانی 1324/ 5 اوت 1906م صادر شد.")
    assert verdict.ok
    [warning] = [f for f in verdict.findings if f.severity == "warning"]
    assert warning.code == "solar-hijri"
    assert "the calendar became law in 1304 SH (1925)" in warning.message
    assert not check("تهران، ۱۴ مرداد ۱۴۰۵ / ۴ اوت ۲۰۲۶").ok  # a date of the law's time: an error still


@pytest.mark.parametrize(
    ("text", "first"),
    [
        # a thesis on an Ottoman register (a corpus line): Şevval and Nisan, the nearest two, were
        # paired, and the line called wrong
        (
            "123 numaralı Mühimme Defteri (Rebîʻüʼl-evvel 1127-Şevvâl 1127 / Nisan 1715- Ekim1715) askeri",
            ((1127, 3), (1715, 4)),
        ),
        ("Muharram 1446 - Safar 1446 / July 2024 - August 2024", ((1446, 1), (2024, 7))),
    ],
)
def test_two_ranges_of_months_pair_their_starts(
    text: str, first: tuple[tuple[int, int], tuple[int, int]]
) -> None:
    line = parse(text)
    assert line.hijri is not None
    assert line.gregorian is not None
    assert ((line.hijri.year, line.hijri.month), (line.gregorian.year, line.gregorian.month)) == first
    assert check(line).ok
    assert all(check(found).ok for found in extract(text))
    assert line.place is None


def test_a_months_range_still_fails_where_its_months_are_another_times() -> None:
    assert not check("Muharram 1446 - Safar 1446 / March 2024 - April 2024").ok
