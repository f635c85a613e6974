"""``datelines authorities``, ``datelines days``, and the authority in ``check``,
``extract`` and ``convert``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from datelines.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def test_authorities_lists_each_with_its_coverage(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "authorities")
    assert status == 0
    lines = out.splitlines()
    assert [line.split()[0] for line in lines] == [
        "SA", "TR", "ID", "ID-muhammadiyah", "ID-nu", "MY", "BN", "SG", "IR", "MA", "EG", "PK", "IN", "BD", "TH", "ZA", "LK", "US", "AF",
        "KZ", "UZ", "RU", "AE", "QA", "KW", "NG",
    ]  # fmt: skip
    indonesia = next(line for line in lines if line.startswith("ID "))
    assert "Indonesia: the Ministry of Religious Affairs (Kemenag)" in indonesia
    assert "months announced 1382–1448" in indonesia
    assert "mabims at Banda Aceh" in indonesia
    status, out, _ = run(capsys, "authorities", "--format", "json")
    found = {a["id"]: a for a in json.loads(out)}
    assert found["ID-muhammadiyah"]["rules"] == [
        "from 1300: wujudul-hilal at Yogyakarta",
        "from 1447: khgt (global)",
    ]
    assert found["SA"]["rules"] == [
        "from 1300: the umalqura table where it has the year, else umalqura-rule at Mecca"
    ]
    assert found["TR"]["first_hijri"] == "1300-01-01"
    assert found["TR"]["last_hijri"] == "1600-12-30"


def test_days_sets_the_authorities_side_by_side(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "days", "1446", "--authority", "ID", "--authority", "SA")
    assert status == 0
    assert "Eid al-Fitr (1 Shawwal 1446): Monday 2025-03-31: ID; Sunday 2025-03-30: SA" in out.splitlines()
    assert "First of Ramadan (1 Ramadan 1446): Saturday 2025-03-01: ID, SA" in out.splitlines()
    status, out, _ = run(capsys, "days", "1446", "--format", "jsonl")
    rows = [json.loads(line) for line in out.splitlines()]
    assert [r["name"] for r in rows][:2] == ["Islamic New Year", "Ashura"]
    eid = next(r for r in rows if r["name"] == "Eid al-Fitr")
    assert eid["hijri"] == "1446-10-01"
    assert eid["differ"] is True
    assert {"authority": "ID", "gregorian": "2025-03-31", "kind": "announced"} in eid["dates"]
    assert len(eid["dates"]) == 26


def test_days_far_ahead_says_which_dates_are_computed(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "days", "1500", "--authority", "ID")
    assert status == 0
    assert "ID*" in out
    assert "(* computed by the authority's rule" in out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["days", "abc"], "argument YEAR: invalid int value: 'abc'"),
        (["days", "1446", "--authority", "XX"], "argument --authority: unknown authority 'XX'"),
        (["days", "1700"], "1700 is outside the authorities' calendars (1300–1600 AH)"),
        (["check", "-", "--authority", "ID", "--calendar", "civil"], "not allowed with --calendar"),
        (
            # a dateline is written in one calendar (check takes several: a line may follow any)
            ["format", "2025-03-31", "--authority", "SA", "--authority", "ID"],
            "argument --authority: given more than once",
        ),
        # convert takes one, as format does (stop 54's trial tried it first)
        (
            ["convert", "2025-03-31", "--authority", "ID", "--authority", "SA"],
            "argument --authority: given more than once",
        ),
        (["days", "0"], "0 is outside the authorities' calendars (1300–1600 AH)"),
    ],
)
def test_bad_arguments_are_usage_errors(
    capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(argv)
    assert exit_.value.code == 2
    assert message in capsys.readouterr().err


def test_check_by_an_authority_and_by_a_house_style(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    story = tmp_path / "story.txt"
    story.write_text("Jakarta, 1 Syawal 1446 H / 30 Maret 2025\n", encoding="utf-8")
    status, out, _ = run(capsys, "check", str(story))
    assert status == 0  # right in Saudi Arabia's calendar, so right for some newsroom
    status, out, _ = run(capsys, "check", str(story), "--authority", "ID")
    assert status == 1
    assert f"{story}:1:10: error: Hijri half is one day ahead of Indonesia's calendar (ID)" in out
    house = tmp_path / "kompas.toml"
    house.write_text('name = "kompas"\nbase = "mina"\nauthority = "ID"\n', encoding="utf-8")
    status, out, _ = run(capsys, "check", str(story), "--style-file", str(house))
    assert status == 1
    assert "Indonesia's calendar (ID)" in out
    status, out, _ = run(capsys, "check", str(story), "--style-file", str(house), "--authority", "SA")
    assert status == 0  # the command line wins over the style file
    status, out, _ = run(capsys, "extract", str(story), "--style-file", str(house))
    record = json.loads(out)
    assert record["verdict"]["calendar"] == "ID"
    assert record["verdict"]["ok"] is False


def test_check_notes_say_whose_calendar_a_line_follows(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    story = tmp_path / "story.txt"
    story.write_text("Jakarta, Senin, 1 Syawal 1446 H / 31 Maret 2025\n", encoding="utf-8")
    status, out, _ = run(capsys, "check", str(story), "--notes")
    assert status == 0
    assert (
        f"{story}:1:17: note: Follows Indonesia's calendar (ID): 1 Shawwal 1446 began on Monday 31 March 2025 "
        "(announced), one day after Saudi Arabia's Umm al-Qura calendar (Sunday 30 March 2025)."
    ) in out.splitlines()


def test_convert_says_whether_a_month_was_announced(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "convert", "2025-03-31", "2090-03-31", "--calendar", "ID")
    assert status == 0
    assert out.splitlines() == [
        "2025-03-31 → 1446-10-01 (Monday, 1 Shawwal 1446 AH; ID, announced)",
        "2090-03-31 → 1513-09-29 (Friday, 29 Ramadan 1513 AH; ID, computed)",
    ]
    status, out, _ = run(capsys, "convert", "2025-03-31", "--calendar", "ID", "--format", "jsonl")
    record = json.loads(out)
    assert (record["month_source"], record["month_source_detail"]) == ("announced", "ID.csv: eid_al_fitr")


def test_days_names_each_authority_once(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "days", "1446", "--authority", "id", "--authority", "ID")
    assert status == 0
    assert "First of Ramadan (1 Ramadan 1446): Saturday 2025-03-01: ID" in out.splitlines()


def test_check_records_name_the_calendar_and_the_authority(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    story = tmp_path / "story.txt"
    story.write_text("Jakarta, 1 Syawal 1446 H / 30 Maret 2025\n", encoding="utf-8")
    status, out, _ = run(capsys, "check", str(story), "--format", "jsonl")
    assert status == 0
    warning = json.loads(out.splitlines()[0])
    assert (warning["code"], warning["severity"]) == ("other-authority", "warning")
    assert (warning["calendar"], warning["authority"]) == ("umalqura", "SA")


def test_a_computed_calendar_at_coordinates(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "convert", "2025-03-31", "--calendar", "mabims@3.14,101.69")
    assert status == 0
    assert out.startswith("2025-03-31 → 1446-10-01 (Monday, 1 Shawwal 1446 AH; mabims@3.14,101.69)")
