"""Examples of the running-text shapes taught for issue #13's generic days (helper 42): a day
word a few words from its month ("Ramazan ayının son günü olan 30. günün", "রমজানের শেষ এবং
২৯তম দিন", "Shacbaan ay maanta ahayd 30", "محرم کا تہوار بھی 10ویں تاریخ کو"), and a day of
the month said by its number ("10-й день 12-го месяца … Зуль-хиджа")."""

from __future__ import annotations

import pytest

from datelines import ParseError, extract, parse


def _halves(text: str) -> tuple[str | None, str | None]:
    line = parse(text)
    return (
        None if line.hijri is None else line.hijri.isoformat(),
        None if line.gregorian is None else line.gregorian.isoformat(),
    )


def _found(text: str) -> list[tuple[str | None, str | None]]:
    return [
        (
            None if d.hijri is None else d.hijri.isoformat(),
            None if d.gregorian is None else d.gregorian.isoformat(),
        )
        for d in extract(text)
    ]


@pytest.mark.parametrize(
    ("text", "hijri", "gregorian"),
    [
        # Turkish: "the last day, being the 30th" between the month and its day; the genitive "günün"
        ("Ramazan ayının son günü olan 30. günün akşamı bayram ilan edilir.", "--09-30", None),
        ("Ramazan ayının 30. günün akşamı", "--09-30", None),
        # Bengali: "the last and 29th day"
        ("অতএব, শনিবার ছিল ১৪৪৬ হিজরির রমজানের শেষ এবং ২৯তম দিন।", "1446-09-29", None),
        # Somali: "which today was" and a bare day
        ("maadaama Shacbaan ay maanta ahayd 30.", "--08-30", None),
        # Urdu: "the festival of Muharram, on the 10th date"; the ordinal suffix "ویں"
        ("محرم کی 10ویں تاریخ کو", "--01-10", None),
        (
            "محرم کا تہوار بھی 10ویں تاریخ کو منایا ہے، جو اس بار 17 جولائی 2024 کو ہے۔",
            "--01-10",
            "2024-07-17",
        ),
        # Russian and English: the month's own number in digits before a word counting months
        ("в 10-й день 12-го месяца мусульманского лунного календаря Зуль-хиджа", "--12-10", None),
        ("on the 10th day of the 12th month of the Islamic calendar, Dhu al-Hijjah", "--12-10", None),
    ],
)
def test_shape_reads(text: str, hijri: str | None, gregorian: str | None) -> None:
    assert _halves(text) == (hijri, gregorian)


def test_the_urdu_festival_pairs_with_its_day() -> None:
    text = "محرم کا تہوار بھی 10ویں تاریخ کو منایا ہے، جو اس بار 17 جولائی 2024 کو ہے۔"
    assert _found(text) == [("--01-10", "2024-07-17")]


@pytest.mark.parametrize(
    "text",
    [
        "maadaama Shacbaan ay maanta ahayd 30 maalmood.",  # a count of days, not a day
        "Ramazan ayının son günü olan bayram",  # no number
    ],
)
def test_no_day(text: str) -> None:
    with pytest.raises(ParseError):
        parse(text)


def test_another_month_number_is_no_month_of_the_name() -> None:
    """The 11th month is not Dhu al-Hijjah: the day before it is not that month's."""
    with pytest.raises(ParseError):
        parse("в 10-й день 11-го месяца мусульманского лунного календаря Зуль-хиджа")
