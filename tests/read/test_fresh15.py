"""What stop 51's held-out sets (authorities' announcements, dates typed in forms) and its
new-user trial found in reading (issue #15)."""

from __future__ import annotations

import pytest

from datelines import check, extract, parse


def _iso(text: str) -> tuple[str | None, str | None]:
    line = parse(text)
    return (
        None if line.hijri is None else line.hijri.isoformat(),
        None if line.gregorian is None else line.gregorian.isoformat(),
    )


@pytest.mark.parametrize(
    ("text", "hijri", "gregorian"),
    [
        # Morocco's official gazette in French (Bulletin officiel)
        ("Décret n° 2-90-402 du 25 rebia I 1411 (16 octobre 1990) pris", "1411-03-25", "1990-10-16"),
        ("Dahir n° 1-03-207 du 18 rabii I 1424 (20 mai 2003)", "1424-03-18", "2003-05-20"),
        ("1 rebia II 1440 (9 décembre 2018)", "1440-04-01", "2018-12-09"),
        (
            "Quatre-vingt-treizième année - N° 5178, 22 kaada 1424 (15 janvier 2004)",
            "1424-11-22",
            "2004-01-15",
        ),
        # an Algerian gazette's page number, then its date: the day was lost
        ("6. 20 Rabie Ethani 1436. 10 février 2015. JOURNAL OFFICIEL", "1436-04-20", "2015-02-10"),
        # a number before the month that is no day, and the day after it
        ("Khutba No. 87 March 25, 2014/ Jumadi I 23, 1435", "1435-05-23", "2014-03-25"),
        # a year with a thousands point, as Indonesian writes numbers
        ("kami tetapkan 1 Ramadhan 1.447 Hijriah jatuh pada Kamis (19/2/2026).", "1447-09-01", "2026-02-19"),
        # a Gregorian year glossing the Hijri one, and the date the sentence gives
        (
            "Le premier jour du mois béni du Ramadan 1445/H-2024 a ainsi été fixé au 11 mars 2024 en France",
            "1445-09-01",
            "2024-03-11",
        ),
        (
            "La Cour suprême décide donc que Demain lundi le 11 mars 2024, est le début du mois du Ramadan "
            "pour cette année 1445H (2024).",
            "1445-09",
            "2024-03-11",
        ),
        # a feast "expected on" its day
        ("so Eidul Adha 1442H is expected on Tuesday, July 20, 2021.", "1442-12-10", "2021-07-20"),
        # Russian "г." after each year: the stop is the abbreviation's
        ("6 шаабана 1244 г. / 16 февраля 1829 г.", "1244-08-06", "1829-02-16"),
        ("1 мухаррама 1270 г. (22 сентября 1853 г.)", "1270-01-01", "1853-09-22"),
    ],
)
def test_held_out_and_trial_lines_read(text: str, hijri: str, gregorian: str) -> None:
    assert _iso(text) == (hijri, gregorian)


def test_an_amount_with_a_thousands_point_is_no_year() -> None:
    assert parse("1 Ramadhan 1.447 jamaah pada 19/2/2026").hijri.year is None  # type: ignore[union-attr]


def test_a_session_day_after_a_glossed_year_stays_unpaired() -> None:
    """The isbat session's evening is another day than 1 Ramadan (a corpus line)."""
    line = parse(
        "Pemerintah secara resmi mengumumkan hasil penetapan 1 Ramadhan 1446 H/2025 melalui Sidang Isbat "
        "yang diadakan pada Jumat malam, 28 Februari 2025."
    )
    assert line.gregorian is not None
    assert line.gregorian.isoformat() == "2025"


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("6 шаабана 1244 г. / 16 февраля 1829 г.", "five days"),
        ("6 шаабана 1244 г. / 11 марта 1829 г.", "a Gregorian month of February rather than March"),
    ],
)
def test_a_russian_line_with_a_slip_is_checked(text: str, said: str) -> None:
    """Trial: with "г." the halves paired only when they agreed; a slip hid the line."""
    verdict = check(text)
    assert not verdict.ok
    assert said in verdict.message
    assert len(list(extract(text))) == 1


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("1446/09/01هـ الموافق 2025/13/01م", "there is no month 13"),
        ("1446/09/01هـ الموافق 2025/00/01م", "there is no month 0"),
        ("1446/09/01هـ الموافق 2025/03/32م", "March 2025 has 31 days"),
        ("1 Ramadan 1446 / 2025-13-01", "there is no month 13"),
        ("13/13/1446هـ الموافق 2025/03/13م", "there is no month 13"),
        ("1446/13/01هـ الموافق 2025/03/01م", "there is no month 13"),
        ("1446/09/00هـ الموافق 2025/03/01م", "there is no day 0"),
        ("1446/09/32هـ الموافق 2025/03/01م", "Ramadan 1446 has 29 days"),
    ],
)
def test_impossible_numbers_of_a_typed_pair_are_errors(text: str, message: str) -> None:
    """Trial: the half was dropped (a year alone, or one half) and the line passed."""
    verdict = check(text, calendar="umalqura")
    assert not verdict.ok
    assert verdict.findings[0].code == "impossible-date"
    assert message in verdict.message


def test_numbers_of_no_date_stay_unread() -> None:
    assert parse("Decree No. 2025/13/01 of 1 Ramadan 1446").gregorian is None


def test_read_date_reads_what_a_form_types() -> None:
    """Trial: the Python API read only ISO text; the CLI's reader had no public function."""
    from datetime import date

    from datelines import HijriDate, ParseError, read_date

    assert read_date("01-09-1446هـ") == HijriDate(1446, 9, 1)
    assert read_date("١٤٤٦/٠٩/٠١", source="hijri") == HijriDate(1446, 9, 1)
    assert read_date("12 جمادى الأولى 1400") == HijriDate(1400, 5, 12)
    assert read_date("01/02/2016", order="dayfirst") == date(2016, 2, 1)
    with pytest.raises(ParseError, match=r'say which \(order="dayfirst" or "monthfirst"\)'):
        read_date("01/02/2016")
    with pytest.raises(ParseError, match="holds two dates") as caught:
        read_date("1446/09/01هـ الموافق 2025/03/01م")
    assert "say so" not in str(caught.value)  # no hint to read a dateline as a Hijri date
    with pytest.raises(TypeError):
        read_date(20160120)  # type: ignore[arg-type]
