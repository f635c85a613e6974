"""What a trial of the writing side found (stop 45)."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import datelines

EXAMPLES = Path(__file__).resolve().parents[2] / "docs" / "examples"


def test_a_line_without_its_hijri_year_is_written_with_the_year_inferred() -> None:
    """ "13 Muharram (12 August 2022)" (Bangladesh's calendar): the Hijri day was rewritten
    from the Gregorian half in Umm al-Qura ("14 Muharram 1444"); the text's day is kept, with
    the year the reader inferred, as the checker takes it."""
    line = datelines.parse("13 Muharram (12 August 2022)")
    assert datelines.format(line, style="mina") == "13 Muharram 1444/12 August 2022"
    line = datelines.parse("Dhaka, 13 Muharram 1444 (12 August)")
    assert datelines.format(line, style="mina") == "13 Muharram 1444/12 August 2022"
    assert (
        datelines.format(datelines.parse("13 Muharram 1444"), style="mina")
        == "13 Muharram 1444/11 August 2022"
    )


def test_a_style_files_sighting_table_is_used_for_its_months_only(tmp_path: Path) -> None:
    shutil.copy(EXAMPLES / "indonesia-1445.csv", tmp_path)
    path = tmp_path / "ours.toml"
    path.write_text(
        'template = "{hday} {hmonth} {hyear} H / {gday} {gmonth} {gyear}"\nlanguage = "id"\n'
        'table = "indonesia-1445.csv"\n',
        encoding="utf-8",
    )
    style = datelines.load_style(path)
    assert datelines.format(date(2024, 3, 12), style=style) == "1 Ramadhan 1445 H / 12 Maret 2024"
    assert (
        datelines.format(date(2025, 3, 31), style=style) == "2 Syawal 1446 H / 31 Maret 2025"
    )  # Umm al-Qura's


def test_a_style_files_weekdays_and_abbreviations(tmp_path: Path) -> None:
    """A trial: Hausa, Swahili and Spanish datelines with a weekday could not be written
    (no way to set weekday names), nor Malay abbreviations."""
    path = tmp_path / "swahili.toml"
    path.write_text(
        'template = "{weekday}, {gday} {gmonth_short} {gyear} / {hday} {hmonth} {hyear}"\n'
        '[weekdays]\nmonday = "Jumatatu"\n3 = "Jumatano"\nFriday = "Ijumaa"\n'
        '[gregorian_months_short]\n1 = "Jan."\n',
        encoding="utf-8",
    )
    style = datelines.load_style(path)
    assert style.weekdays is not None
    assert style.weekdays[:5] == ("Jumatatu", "Tuesday", "Jumatano", "Thursday", "Ijumaa")
    written = datelines.format(date(2016, 1, 20), style=style)
    assert written == "Jumatano, 20 Jan. 2016 / 10 Rabi' al-Thani 1437"
    line = datelines.parse(written)
    assert (line.weekday, line.hijri.isoformat(), line.gregorian.isoformat()) == (
        2,
        "1437-04-10",
        "2016-01-20",
    )  # type: ignore[union-attr]
    based = tmp_path / "based.toml"
    based.write_text('base = "malay"\n[gregorian_months_short]\n8 = "Ogos"\n', encoding="utf-8")
    assert datelines.load_style(based).gregorian_months_short == (
        "Januari", "Februari", "Mac", "April", "Mei", "Jun", "Julai", "Ogos", "September", "Oktober",
        "November", "Disember",
    )  # fmt: skip


@pytest.mark.parametrize(
    ("table", "said"),
    [
        ('[weekdays]\n8 = "x"\n', "weekdays are 1..7 (Monday is 1) or monday..sunday"),
        ('[weekdays]\nfunday = "x"\n', "weekdays are 1..7"),
        ('[weekdays]\n1 = ""\n', "a weekday's name must be text, not empty"),
        ('[hijri_months]\n9 = ""\n', "[hijri_months] 9 = '': a month's name must be text, not empty"),
        ('[gregorian_months_short]\n13 = "x"\n', "months are 1..12"),
        ("weekdays = 3\n", "[weekdays] must be a table of weekday number = name"),
    ],
)
def test_a_style_files_bad_names_are_refused_saying_which(tmp_path: Path, table: str, said: str) -> None:
    path = tmp_path / "bad.toml"
    path.write_text('template = "{weekday} {gday}"\n' + table, encoding="utf-8")
    with pytest.raises(datelines.StyleError) as raised:
        datelines.load_style(path)
    assert said in str(raised.value)
    assert str(path) in str(raised.value)


def test_a_style_takes_weekdays_and_abbreviations_whole() -> None:
    with pytest.raises(
        datelines.StyleError, match="weekdays: weekday names need 7 entries of text, Monday first"
    ):
        datelines.Style("x", "{weekday}", weekdays=("a", "b"))
    with pytest.raises(datelines.StyleError, match="gregorian_months_short: month abbreviations need 12"):
        datelines.Style("x", "{gmonth_short}", gregorian_months_short=("Jan",))
    style = datelines.Style("x", "{weekday} {gday} {gmonth_short}", language="id", weekdays=list("1234567"))
    assert style.weekdays == tuple("1234567")
    assert datelines.format(date(2016, 8, 17), style=style) == "3 17 Agu"


@pytest.mark.parametrize("language", ["en", "id", "fr"])
@given(day=st.dates(date(1925, 1, 1), date(2070, 12, 31)))
def test_abbreviated_months_read_back(language: str, day: date) -> None:
    style = datelines.Style(
        "short", "{hday} {hmonth} {hyear} / {gday} {gmonth_short} {gyear}", language=language
    )
    written = datelines.format(day, style=style)
    line = datelines.parse(written)
    assert line.gregorian is not None, written
    assert line.gregorian.to_date() == day, written


def test_format_takes_an_authority_as_check_does(capsys: pytest.CaptureFixture[str]) -> None:
    from datelines.cli import main

    assert main(["format", "2025-03-31", "--style", "indonesia", "--authority", "ID"]) == 0
    assert capsys.readouterr().out == "1 Syawal 1446 H / 31 Maret 2025 M\n"
    with pytest.raises(SystemExit) as exit_:
        main(["format", "2025-03-31", "--authority", "ID", "--offset", "1"])
    assert exit_.value.code == 2
    assert "argument --authority: not allowed with --calendar, --offset or --table" in capsys.readouterr().err


@pytest.mark.parametrize("style", ["iran", "iran-masthead", "afghan"])
@pytest.mark.parametrize("language", ["ar", "ur"])
@given(
    day=st.dates(date(1930, 1, 1), date(2070, 12, 31)), digits=st.sampled_from(["latn", "arab", "arabext"])
)
def test_a_solar_style_in_arabic_or_urdu_writes_irans_month_names(
    style: str, language: str, day: date, digits: str
) -> None:
    """A trial: "ہفتہ، ٢٣ Farvardin ١٣٦٥ SH برابر با …", Latin names in an Urdu line."""
    written = datelines.format(day, style=style, language=language, digits=digits)  # type: ignore[arg-type]
    assert not any("a" <= c.lower() <= "z" for c in written), written
    line = datelines.parse(written)
    assert line.solar_hijri is not None, written
    assert line.gregorian is not None, written
    assert line.gregorian.to_date() == day, written
    # (the afghan style writes Afghanistan's lunar date, which a line with Iran's month names and
    # no place is not asked for by default)
    assert datelines.check(line, calendar="AF" if style == "afghan" else None).ok, written
