"""What stop 53's new-user trial found: wrong lines that passed without a word (a Russian
and Central Asian desk, a Bangladeshi newsroom, a council's app on the typed API)."""

from __future__ import annotations

from pathlib import Path

import pytest

import datelines
from datelines.cli import main


@pytest.mark.parametrize("day", range(1, 31))
def test_an_english_month_first_masthead_keeps_its_hijri_date_whatever_its_day(day: int) -> None:
    """ "Agrahayan 20, 1433 BS" between the Gregorian and Hijri dates kept them apart unless
    the Hijri day was within three of the right one: 24 of 30 wrong days passed."""
    line = f"Dhaka, Saturday, December 5, 2026, Agrahayan 20, 1433 BS, Jamadi-us-Sani {day}, 1448 Hijri"
    parsed = datelines.parse(line)
    assert parsed.hijri is not None
    assert (parsed.hijri.year, parsed.hijri.month, parsed.hijri.day) == (1448, 6, day)
    assert parsed.bangla is not None
    assert datelines.check(parsed).ok == (day in (24, 25, 26))  # Umm al-Qura's 25, BD's 24, a day's slip


@pytest.mark.parametrize(
    "line",
    [
        "Казань, 5 декабря 2026 г. / 25 джумада-ль-ахира 1484 г.х.",
        "5 декабря 2026 года / 25 джумада аль-ахира 1484 года по хиджре",
        "25 джумада аль-ахира 1484 года по хиджре (5 декабря 2026 года)",
        "5 декабрь 2026 ел / 25 җөмәдел-ахир 1484 ел Хиҗри",
        "5 желтоқсан 2026 ж. / 25 Жұмәдәл ахир 1484 ХЖ",
        # a comma after the word (a second review: the first fix had let these pass again)
        "5 декабря 2026 года, 25 джумада аль-ахира 1484 года хиджры",
        "5 желтоқсан 2026 жыл, 25 Жұмәдәл ахир 1484 ХЖ",
    ],
)
def test_a_word_for_year_after_the_gregorian_year_does_not_hide_a_hijri_year_slip(line: str) -> None:
    """ "г.", "года", "ел", "ж." after the year parted the halves when the Hijri year was
    far off (1484 for 1448): the Gregorian half was dropped and the line passed."""
    verdict = datelines.check(line)
    assert verdict.dateline.gregorian is not None
    assert not verdict.ok
    assert "a Hijri year of 1448 rather than 1484" in verdict.message
    right = datelines.check(line.replace("1484", "1448"))
    assert right.ok, right.message


@pytest.mark.parametrize(
    ("line", "month"),
    [
        ("15 September 2024 / 12 Rabbiul Awel 1446 AH", "Rabbiul Awel"),
        ("Dhaka, Saturday, December 5, 2026, Jamadius Sani 14, 1448 Hijri", "Jamadius Sani"),
        (
            "Dhaka, Saturday, December 5, 2026, Agrahayan 20, 1433 BS, Jamadius Sani 14, 1448 Hijri",
            "Jamadius Sani",
        ),
        ("Махачкала, 25 августа 2026 г. / 12 раби аль-аввалъ 1484 г.х.", "раби аль-аввалъ"),
        ("Махачкала, 25 августа 2026 г. / 12 раби аль-аввалъ 1448 г.х.", "раби аль-аввалъ"),
        ("Грозный, 20 января 2026 г. / 1 шаъбана 1447 г.х.", "шаъбана"),
        ("3 джумада аль-ахыра 1448 г.х. / 5 декабря 2026 г.", "джумада аль-ахыра"),
        ("День Арафа — 9 зуль-хидджи 1447 г.х. (26 мая 2026 г.)", "зуль-хидджи"),
        ("12 Foo 1446 / 15 September 2024", "Foo"),
    ],
)
def test_a_month_name_not_read_is_said_on_either_side_of_the_line(line: str, month: str) -> None:
    """An unknown Hijri month after a Gregorian date dropped the Gregorian half; one with a
    hyphen ("аль-ахыра") lost its day; both lines passed without the warning the docs show."""
    verdict = datelines.check(line)
    assert verdict.dateline.gregorian is not None
    codes = [finding.code for finding in verdict.findings]
    assert "unknown-month" in codes
    warning = next(f for f in verdict.findings if f.code == "unknown-month")
    assert f"'{month}' is not a Hijri month name datelines knows" in warning.message


@pytest.mark.parametrize(
    "line",
    [
        "1 March 2025, 3 pm Mecca time 1446 AH",
        "20 March 2025, 3 O'Connell St 1446 AH",
        "20 March 2025 | Issue 12 Dhaka 1446 AH",
        "2024 жылғы 11 наурыз (1445 жылғы 1 Рамазан)",
        "2024 жылғы 11 наурыз, 1445 жылғы 1 Рамазан",
        "2024 жылғы 11 наурыз / 1445 жылғы 1 Рамазан",
    ],
)
def test_what_the_review_found_passes_as_before(line: str) -> None:
    """Running text with a day, words and a year (a review: each warned unknown-month), and
    year-first Kazakh lines (each failed: the word for year after a date's year was taken for
    the end of that date, not the start of the next)."""
    verdict = datelines.check(line)
    assert verdict.ok, verdict.message
    assert "unknown-month" not in [finding.code for finding in verdict.findings]


def test_check_of_a_file_warns_of_no_month_in_running_text(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A second review: `check FILE` still took one month-like word of several."""
    story = tmp_path / "story.txt"
    story.write_text(
        "1 Maret 2025 - 12 ribu jamaah 1446 H diberangkatkan\n1 June 2025: 12 Hajj pilgrims 1446 AH\n",
        encoding="utf-8",
    )
    assert main(["check", str(story)]) == 0
    assert "unknown-month" not in capsys.readouterr().out
    assert main(["check", "--input", "document", str(story)]) == 0
    assert "is not a Hijri month name" not in capsys.readouterr().out


def test_a_night_word_counts_only_said_of_the_hijri_day() -> None:
    """Italian "nata" (born) beside a date is no evening: a day's slip is still reported."""
    verdict = datelines.check("Benvenuta Aisha, nata il 14 marzo 2025 (15 Ramadan 1446)")
    assert not verdict.ok
    assert verdict.dateline.time is None


def test_check_of_a_file_counts_and_warns_of_a_line_whose_month_it_could_not_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    story = tmp_path / "lines.txt"
    story.write_text(
        "Казань, 5 декабря 2026 г. / 25 джумада-ль-ахира 1484 г.х.\n"
        "Махачкала, 25 августа 2026 г. / 12 раби аль-аввалъ 1448 г.х.\n",
        encoding="utf-8",
    )
    assert main(["check", str(story)]) == 1
    out = capsys.readouterr().out
    assert "rather than 1484" in out
    assert "'раби аль-аввалъ' is not a Hijri month name" in out
    assert "2 datelines in 2 lines" in out


def test_religious_days_take_a_councils_own_calendar(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    table = tmp_path / "council.csv"
    table.write_text("year,month,first_day\n1447,9,2026-02-19\n1447,10,2026-03-20\n", encoding="utf-8")
    council = datelines.get_calendar("umalqura", table=datelines.load_sighting_table(table))
    ramadan = datelines.religious_days(1447, council)[4]
    assert [(d.gregorian.isoformat(), d.kind) for d in ramadan.dates] == [("2026-02-19", "announced")]
    both = datelines.religious_days(1447, ["SA", council])[4]
    assert [d.gregorian.isoformat() for d in both.dates] == ["2026-02-18", "2026-02-19"]
    with pytest.raises(TypeError, match="an authority is an id or a Calendar, not int"):
        datelines.religious_days(1447, [5])  # type: ignore[list-item]
    assert main(["days", "1447", "--authority", "SA", "--table", str(table)]) == 0
    out = capsys.readouterr().out
    assert (
        "First of Ramadan (1 Ramadan 1447): Wednesday 2026-02-18: SA; Thursday 2026-02-19: umalqura+council"
        in out
    )
