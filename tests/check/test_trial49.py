"""What stop 49's new-user trial found in checking (issue #15)."""

from __future__ import annotations

from datelines import check


def test_an_authority_asked_for_draws_no_warning_for_the_place() -> None:
    """A desk that keeps both Indonesia's and Muhammadiyah's dates: a Yogyakarta line that
    follows Muhammadiyah's was warned about as not Indonesia's, though the desk named both
    (naming Muhammadiyah alone drew no warning)."""
    line = "Yogyakarta, 1 Ramadhan 1445 H / 11 Maret 2024"
    asked = check(line, authority=["ID", "ID-muhammadiyah"])
    assert asked.ok
    assert asked.authority == "ID-muhammadiyah"
    assert [f.code for f in asked.findings if f.severity != "note"] == []
    unasked = check(line)  # the default check still says the place's authority kept another day
    assert "other-authority" in [f.code for f in unasked.findings]


def test_an_announced_month_before_one_computed_by_an_authority_the_line_does_not_name() -> None:
    """The line "1 Shawwal 1436 / 18 July 2015" named Nahdlatul Ulama's calendar, computed by its rule
    for a year before NU's own data begin (Indonesia, NU too, kept 17 July); Brunei, Iran and
    India announced 18 July."""
    verdict = check("1 Shawwal 1436 / 18 July 2015")
    assert verdict.ok
    assert verdict.authority == "BN"
    assert "(announced)" in verdict.message


def test_another_country_asked_for_is_still_warned_of() -> None:
    """A review: with authority=["SA", "EG"], a Riyadh line that follows Egypt's date lost
    its warning; only bodies of the place's own country are spared it."""
    verdict = check("Riyadh, 1 Shawwal 1446 AH / 31 March 2025", authority=["SA", "EG"])
    assert verdict.authority == "EG"
    assert "other-authority" in [f.code for f in verdict.findings]


def test_a_weekday_a_week_off_names_both_slips() -> None:
    """Saturday fits 1 and 8 March 2025 alike: the weekday cannot say which half slipped."""
    verdict = check("Saturday, 8 March 2025 / 1 Ramadan 1446 AH")
    assert verdict.message.endswith(
        "it matches a Gregorian day of 1 rather than 8, or a Hijri day of 8 rather than 1."
    )


def test_one_authority_asked_for_names_no_other_in_its_explanations() -> None:
    """A review: authority="EG" explained the Cairo line by a slip right only in Morocco's calendar."""
    line = "صلاة وخطبة الجمعة اليوم 6 / 6/ 2022، الموافق 3 ذو القعدة 1443"
    assert "Morocco" not in check(line, authority="EG").message
    assert "Morocco's calendar (MA)" in check(line).message


def test_of_several_authorities_the_place_s_is_asked_first() -> None:
    """A review: ["MY", "ID"] named Malaysia's calendar for a Jakarta line and warned that it
    was not Indonesia's, whose date it was."""
    verdict = check("Jakarta, 1 Syawal 1446 H / 31 Maret 2025", authority=["MY", "ID"])
    assert verdict.authority == "ID"
    assert [f.code for f in verdict.findings if f.severity != "note"] == []
