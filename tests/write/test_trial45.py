"""What a trial of the writing side found (stop 45)."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

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
