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
