"""What stop 51's new-user trial found in checking (issue #15)."""

from __future__ import annotations

import pytest

from datelines import check


def test_saudi_civil_dates_follow_umm_al_qura_under_sa() -> None:
    """An HR system's date of the published Umm al-Qura calendar passed by default as following
    "SA", and was refused under ``authority="SA"``, whose Ramadan 1424 began by sighting a day
    later. Saudi Arabia keeps both: civil dates by Umm al-Qura, religious months by sighting."""
    line = "1424/09/01هـ الموافق 2003/10/26م"
    default, asked = check(line), check(line, authority="SA")
    for verdict in (default, asked):
        assert verdict.ok
        assert verdict.authority == "SA"
        assert verdict.calendar == "umalqura"
        assert verdict.message == (
            "Follows Umm al-Qura, Saudi Arabia's civil calendar (SA): 1 Ramadan 1424 began on Sunday "
            "26 October 2003 in it; by the sighting Saudi Arabia announced, on Monday 27 October 2003."
        )
    sighted = check("1424/09/01هـ الموافق 2003/10/27م", authority="SA")
    assert sighted.ok
    assert sighted.calendar == "SA"
    assert not check("1424/09/01هـ الموافق 2003/10/25م", authority="SA").ok


@pytest.mark.parametrize(
    "line",
    [
        "15 Şaban 1326 / 29 Ağustos 1324",
        "15 Şaban 1326 / 29 Ağustos 1324 Rumi",
        "11 Zilkade 1317 / 29 Şubat 1315",
    ],
)
def test_julian_does_not_turn_rumi_dates_into_ad_ones(line: str) -> None:
    """Trial: with ``julian=True`` every Rumi line was "213,307 days ahead" (29 August 1324 AD)."""
    verdict = check(line, julian=True)
    assert verdict.ok, verdict.message
    assert verdict.findings[0].code == "rumi"


def test_numbers_backwards_from_a_right_to_left_page_are_named() -> None:
    """A held-out Urdu notice printed "۴۴۴۱ھ" for 1444 and "۳۲۰۲" for 2023: "cannot be compared"."""
    verdict = check("یکم شعبان المعظم۴۴۴۱ھ مطابق ۲۲فروری ۳۲۰۲چہارشنبہ سے شروع ہوکر")
    assert not verdict.ok
    assert verdict.explanations[0].kind == "reversed-digits"
    assert "(4441 for 1444, 3202 for 2023)" in verdict.message
    # a year that may be as written draws no such explanation
    assert all(e.kind != "reversed-digits" for e in check("1 Shaban 1441 / 22 February 2023").explanations)


def test_an_unmarked_old_style_line_is_explained_in_the_other_tabular_calendar() -> None:
    """Trial: "12 Rabi I 1250 / 6 July 1834" was "13 days ahead … no known slip"."""
    verdict = check("12 Rabi I 1250 / 6 July 1834")
    assert verdict.message.endswith(
        "it matches the western half read as a Julian date (6 July 1834 Julian is 18 July 1834) in the "
        "astronomical tabular calendar."
    )


@pytest.mark.parametrize(
    "mark", ["(O. S.)", "(OS)", "(Julian)", "(v. st.)", "(vieux style)", "(a. St.)", "(alten Stils)"]
)
def test_old_style_marks_of_more_languages(mark: str) -> None:
    """Trial: right lines with these marks were 12-day false alarms."""
    assert check(f"12 Rabi I 1250 / 6 July 1834 {mark}").ok


def test_a_new_style_mark_keeps_a_half_gregorian_under_julian() -> None:
    line = "6 Chaabane 1244 / 30 janvier 1829 (n. st.)"  # the Julian day, marked New Style: wrong
    assert not check(line, julian=True).ok
    assert check("6 Chaabane 1244 / 11 février 1829 (n. st.)", julian=True).ok


@pytest.mark.parametrize(
    ("line", "ok"),
    [
        ("Fî 7 Zilhicce 1293 ve 11 Kânûn-ı evvel 1292", True),
        ("7 Zilhicce sene 1293 ve 11 Kânûn-ı evvel sene 1292", True),
        ("7 Zilhicce sene 1293 ve 23 Kânûn-ı evvel sene 1292", False),
    ],
)
def test_an_ottoman_double_date_joined_by_ve(line: str, ok: bool) -> None:
    """Trial: "ve" (and) kept the halves apart, and "sene" (year) hid both years: the wrong
    line passed as "no year is stated"."""
    verdict = check(line)
    assert verdict.ok is ok, verdict.message
    assert verdict.findings[0].code == "rumi"
    if not ok:
        assert "the Gregorian day, 23 December 1876, written with the Rumi month" in verdict.message


def test_an_old_style_half_is_a_julian_one() -> None:
    """Trial: extract wrote an Old Style date as "gregorian": "1834-07-06" (18 July 1834)."""
    from datelines import parse
    from datelines.records import extraction_records

    western = parse("12 Rabi I 1250 / 6 July 1834 (O.S.)").gregorian
    assert western is not None
    assert (western.calendar, western.isoformat(), western.to_date().isoformat()) == (
        "julian", "1834-07-06", "1834-07-18"
    )  # fmt: skip
    (record,) = extraction_records("12 Rabi I 1250 / 6 July 1834 (O.S.)")
    assert (record["gregorian"], record["julian"], record["verdict"]["ok"]) == (
        "1834-07-18",
        "1834-07-06",
        True,
    )  # type: ignore[index]
    new = parse("6 Chaabane 1244 / 11 février 1829 (n. st.)").gregorian
    assert new is not None
    assert new.calendar == "gregorian"
    assert check("12 Rabi I 1250 / 6 July 1834 (O.S.)").ok
