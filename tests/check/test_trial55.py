"""Stop 55's new-user trial (an Urdu daily's web developer, a French-language wire desk's
fact-checker, an Afghan archive's data engineer): what it found wrong, kept right."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from datelines import HijriDate, check, extract, parse, to_gregorian, to_hijri
from datelines.names.output import GREGORIAN_MONTHS, HIJRI_MONTHS

FRENCH_MONTHS = GREGORIAN_MONTHS["fr"]


@pytest.mark.parametrize(
    "text",
    [
        '38,2025-06-28,"Rabat, 2 Moharram 1447 (28 juin 2026) (MAP)"',  # a CSV row: id, published, dateline
        "Mis à jour le 28/06/2025 - Rabat, 2 Moharram 1447 (28 juin 2026) (MAP)",
        "2025-06-27, Rabat, 2 Moharram 1447 (28 juin 2026) (MAP)",
    ],
)
def test_a_date_before_the_line_does_not_take_its_bracketed_half(text: str) -> None:
    # before: the earlier date was paired, whose days fit, and the line a year off passed
    (found,) = extract(text)
    assert found.gregorian is not None
    assert (found.gregorian.year, found.gregorian.month, found.gregorian.day) == (2026, 6, 28)
    assert not check(found, authority="MA").ok


@given(
    st.dates(date(1950, 1, 1), date(2070, 12, 31)),
    st.sampled_from([0, 1, 2, 30, 365, -365, -31]),
    st.sampled_from(
        ["{iso}, Rabat, ", "{iso} - Rabat, ", "Mis à jour le {dmy} - Rabat, ", '7,{iso},"Rabat, ']
    ),
    st.sampled_from(["({g}) (MAP)", "/ {g}", "correspondant au {g}"]),
)
def test_the_line_s_own_halves_pair_whatever_date_stands_before(
    day: date, shift: int, before: str, after: str
) -> None:
    """A dateline's Gregorian half in brackets, after a slash or a connector is its own,
    whatever date (a CSV row's, a page's stamp) stands before the line and fits its Hijri day
    better: the checker reports the line's own error, never a date it does not print."""
    hijri = to_hijri(day, "civil")
    printed = day + timedelta(days=shift)
    g = f"{printed.day} {FRENCH_MONTHS[printed.month - 1]} {printed.year}"
    head = before.format(iso=day.isoformat(), dmy=day.strftime("%d/%m/%Y"))
    text = f"{head}{hijri.day} {HIJRI_MONTHS['fr'][hijri.month - 1]} {hijri.year} {after.format(g=g)}"
    found = [d for d in extract(text) if d.hijri is not None and d.gregorian is not None]
    assert len(found) == 1, text
    gregorian = found[0].gregorian
    assert gregorian is not None
    assert (gregorian.year, gregorian.month, gregorian.day) == (printed.year, printed.month, printed.day), (
        text
    )
    assert to_gregorian(HijriDate(hijri.year, hijri.month, hijri.day), "civil") == day


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ('"Rabat, 3 Joumada I 1447 (24 octobre 2025) (MAP)"', "Rabat"),
        ("« Rabat, le 3 Joumada I 1447 correspondant au 24 octobre 2025 »", "Rabat"),
        ("Dépêche : Rabat, 3 Joumada I 1447 (24 octobre 2025) (MAP)", "Rabat"),
        ('"Marrakech, le 3 Joumada I 1447 correspondant au 24 octobre 2025"', "Marrakech"),
        ("“Tanggal 1 Ramadan 1444 Hijriah jatuh pada hari Kamis, 23 Maret 2023 M,” bunyi rilis", None),
        ("“Therefore, Wednesday, June 28, which will be the 10th of Dhul-Hijjah”", None),
    ],
)
def test_a_place_after_a_quote_or_a_label_is_read(text: str, place: str | None) -> None:
    # before: '"Rabat' (with its quote), or none, and the place's authority was not asked
    assert parse(text).place == place


def test_a_quoted_line_gets_its_place_s_warning() -> None:
    text = '"Marrakech, le 3 Joumada I 1447 correspondant au 24 octobre 2025"'
    (found,) = extract(text)
    assert "other-authority" in [f.code for f in check(found).findings]


@pytest.mark.parametrize(
    ("spelling", "month"),
    [("Joumada Al Akhira", 6), ("Rabie Al Aouel", 3), ("Dhou al kaada", 11), ("Rabia el awal", 3)],
)
def test_a_latin_name_s_article_either_way(spelling: str, month: int) -> None:
    # each paper writes the article "al" or "el": the tables hold one, the reader takes both
    line = parse(f"5 {spelling} 1446 (20 janvier 2025)")
    assert line.hijri is not None
    assert line.hijri.month == month
