"""Shapes the lead fixed in stop 48 (issue #15), from the eleventh held-out set (fresh11a,
collected blind: 49 Latin-script passages from 47 sites no earlier set used)."""

from __future__ import annotations

import pytest

from datelines import check, extract, parse

BSS = (
    "DHAKA, June 11, 2021 (BSS) – The holy Zilqad month of 1442 hijri year will begin from Sunday "
    "(June 13) as no moon was seen on the sky and that’s why the Shawal month will be 30 days."
)


def test_a_month_said_to_begin_pairs_with_its_day_past_the_year_noun() -> None:
    """The month was paired with the story's dateline (11 June), and the weekday of the day
    it begins (Sunday, 13 June) was an error: "year" after "1442 hijri" had put the weekday
    beyond the words searched for the Hijri half's own weekday."""
    line = parse(BSS)
    assert line.hijri is not None
    assert line.gregorian is not None
    assert (line.hijri.year, line.hijri.month, line.hijri.boundary) == (1442, 11, "begins")
    assert (line.gregorian.month, line.gregorian.day, line.gregorian.inferred_year) == (6, 13, 2021)
    verdict = check(line)
    assert verdict.ok
    # the lead paragraph's dateline is Dhaka's (BSS): Bangladesh's announced month, 13 June
    assert (line.place, line.agency, verdict.authority) == ("DHAKA", "BSS", "BD")
    assert [d.gregorian.text for d in extract(BSS) if d.gregorian] == ["June 13"]


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("The month of Jamadi Ul Awal of 1441 Hijri will begin on December 29 (Sunday).", 2019),
        ("Ramadan 1445 will begin on March 11 in Saudi Arabia.", 2024),
        ("Ramadan 1445 ends on April 9.", 2024),
    ],
)
def test_a_month_said_to_begin_or_end_gives_the_day_its_year(text: str, year: int) -> None:
    line = parse(text)
    assert line.gregorian is not None
    assert line.gregorian.year is None
    assert line.gregorian.inferred_year == year


def test_a_month_begun_on_another_day_says_when_in_the_year_inferred() -> None:
    """Before: "which is not its first day in Pakistan's calendar in any year it could be (no
    year is stated)", though the Hijri year was."""
    verdict = check("The month of Jamadi Ul Awal of 1441 Hijri will begin on December 29 (Sunday).")
    assert verdict.ok  # a warning: the line may speak of another thing's beginning
    assert verdict.message == (
        "The line says Jumada al-Ula 1441 begins on 29 December 2019, but in Pakistan's calendar (PK) that "
        "day is 2 Jumada al-Ula 1441: the month began on 28 December 2019. Right only if the line means "
        "another thing begins then."
    )


@pytest.mark.parametrize(
    ("text", "place", "agency", "authority"),
    [
        ("KUALA LUMPUR : Umat Islam akan menyambut 1 Syawal 1446H pada Isnin, 31 Mac 2025.", "KUALA LUMPUR", None, "MY"),
        ("LAHORE: The moon was sighted; Eid will be on April 10, 2024 (1 Shawwal 1445).", "LAHORE", None, "PK"),
        ("KARACHI (APP) - The committee said 1 Shawwal 1445 is April 10, 2024.", "KARACHI", "APP", "PK"),
    ],
)  # fmt: skip
def test_the_lead_paragraph_takes_its_datelines_place(text: str, place: str, agency: str | None, authority: str) -> None:  # fmt: skip
    [line] = extract(text)
    assert (line.place, line.agency) == (place, agency)
    assert check(line).authority == authority


@pytest.mark.parametrize(
    "text",
    [
        # a paragraph after the lead may report another place's date
        "DHAKA, June 11, 2021 (BSS) – The committee met.\nSaudi Arabia said 1 Zilqad 1442 is 11 June 2021.",
        # a heading in capitals is no place
        "NOTE THIS: Saudi Arabia said 1 Dhul Qadah 1442 is 11 June 2021.",
        # words of a sentence before a bracket are none
        "Officials (in Karachi) - said 1 Shawwal 1445 is April 10, 2024.",
    ],
)
def test_no_place_from_other_paragraphs_or_headings(text: str) -> None:
    [line] = extract(text)
    assert line.place is None
