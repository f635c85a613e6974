"""An Ottoman line's three dates with its Rumi date first (trial 25): "15 Mart 1325 Rumi / 24
Mart 1909 Miladi / 2 Rebiülevvel 1327" had its Rumi date dropped, unread and unchecked; the
line now reads as one, and the checker holds the Rumi date to the others' day."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from datelines import check, extract, parse, to_hijri
from datelines.calendars.rumi import gregorian_to_rumi

_TR_MONTHS = ("Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık")  # fmt: skip
_TR_HIJRI = ("Muharrem", "Safer", "Rebiülevvel", "Rebiülahir", "Cemaziyelevvel", "Cemaziyelahir", "Recep", "Şaban", "Ramazan", "Şevval", "Zilkade", "Zilhicce")  # fmt: skip


def test_the_rumi_date_first_is_the_line_s() -> None:
    line = parse("İstanbul, 11 Mart 1325 Rumi / 24 Mart 1909 Miladi / 2 Rebiülevvel 1327")
    assert line.rumi is not None
    assert (line.rumi.year, line.rumi.month, line.rumi.day) == (1325, 3, 11)
    assert line.gregorian is not None
    assert (line.gregorian.year, line.gregorian.month, line.gregorian.day) == (1909, 3, 24)
    assert line.place == "İstanbul"
    assert line.text.startswith("İstanbul, 11 Mart 1325")
    assert check(line).ok


def test_a_wrong_rumi_date_first_is_reported() -> None:
    # 15 Mart 1325 (Rumi) was 28 March 1909, four days after the line's other dates
    verdict = check(parse("15 Mart 1325 Rumi / 24 Mart 1909 Miladi / 2 Rebiülevvel 1327"))
    assert not verdict.ok
    assert [f.code for f in verdict.findings if f.severity == "error"] == ["rumi"]


def test_a_rumi_date_in_the_sentence_before_is_not_the_line_s() -> None:
    line = parse("On 15 Mart 1325 Rumi, he left. 24 Mart 1909 Miladi / 2 Rebiülevvel 1327")
    assert line.rumi is None
    assert line.text == "24 Mart 1909 Miladi / 2 Rebiülevvel 1327"


@given(
    st.dates(date(1909, 3, 14), date(1917, 2, 27)),
    st.sampled_from([" Rumi", ""]),
    st.sampled_from([" / ", " - "]),
)
def test_every_day_written_with_its_rumi_date_first_reads_and_checks(day: date, mark: str, sign: str) -> None:
    """Law: an Ottoman line of any day of the Rumi calendar's last Julian years, its Rumi date
    first (marked or not), its Gregorian and Hijri (tabular) dates after it, reads back whole
    and checks right."""
    year, month, rumi_day = gregorian_to_rumi(day)
    hijri = to_hijri(day, "civil")
    text = (
        f"{rumi_day} {_TR_MONTHS[month - 1]} {year}{mark}{sign}{day.day} {_TR_MONTHS[day.month - 1]} {day.year}"
        f" Miladi{sign}{hijri.day} {_TR_HIJRI[hijri.month - 1]} {hijri.year}"
    )
    for line in (parse(text), *extract(text)):
        assert line.rumi is not None, text
        assert (line.rumi.year, line.rumi.month, line.rumi.day) == (year, month, rumi_day), text
        assert line.gregorian is not None
        assert line.gregorian.to_date() == day
        verdict = check(line, calendar="civil")
        assert not [f for f in verdict.findings if f.severity == "error"], (text, verdict.findings)
