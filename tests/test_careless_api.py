"""Careless input to the Python API that a trial found slipping past the checks (stop 36):
each is now a clear error of the package's own, at once."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from datelines import (
    CalendarError,
    Dateline,
    DatelineError,
    DatePart,
    HijriDate,
    MonthStart,
    Place,
    SightingTable,
    SightingTableError,
    Style,
    StyleError,
    check,
    extract,
    extract_many,
    format,
    get_calendar,
    load_sighting_table,
    load_style,
    religious_days,
    to_hijri,
)

EVENING = datetime(2016, 1, 20, 12, tzinfo=UTC)


@pytest.mark.parametrize(
    ("place", "error", "words"),
    [
        (Place("x", 0, 0, elevation=float("nan")), CalendarError, "elevation in -500..9000"),
        (Place("x", float("nan"), 0), CalendarError, "latitude must be in -90..90"),
        (Place("x", 0, 0, elevation=float("inf")), CalendarError, "elevation"),
        ((10**400, 0), CalendarError, "latitude must be in -90..90"),
        (Place("x", 0, 0, timezone="Nowhere/Bad"), CalendarError, "IANA name, got 'Nowhere/Bad'"),
        (Place("x", 0, 0, timezone="../../etc/passwd"), CalendarError, "IANA name"),
        (Place("x", "0", 0), TypeError, "a Place is a name"),  # type: ignore[arg-type]
        (Place(None, None, None), TypeError, "a Place is a name"),  # type: ignore[arg-type]
    ],
)
def test_a_place_made_by_hand_is_checked(place: object, error: type[Exception], words: str) -> None:
    pytest.importorskip("astronomy")
    started = time.process_time()
    with pytest.raises(error, match=words.replace("(", r"\(").replace(".", r"\.")):
        get_calendar("mabims", place=place)  # type: ignore[arg-type]
    with pytest.raises(error):
        to_hijri(EVENING, "mabims", place=place)  # type: ignore[arg-type]
    assert time.process_time() - started < 5  # a NaN elevation searched for a sunset for 20 s


@pytest.mark.parametrize(
    ("options", "field"),
    [
        ({"hijri_months": "abcdefghijkl"}, "months"),  # twelve letters, no twelve names
        ({"gregorian_months": 5}, "months"),
        ({"place": "no place field"}, "place"),  # the caller's place would be dropped
        ({"place": "{nope}"}, "place"),
        ({"agency": " ({agency}/{agency})"}, "agency"),  # twice
        ({"solar_names": "nope"}, "solar_names"),
        ({"solar_names": 5}, "solar_names"),
    ],
)
def test_a_style_s_settings_are_checked(options: dict[str, object], field: str) -> None:
    with pytest.raises(StyleError) as refused:
        Style("house", "{hday} {hmonth}", **options)  # type: ignore[arg-type]
    assert refused.value.field == field
    assert format(date(2016, 1, 20), Style("house", "{hday} {hmonth}", place="{place} – "), place="X") == (
        "X – 10 Rabi' al-Thani"
    )


def test_files_nested_too_deep_or_with_huge_numbers_are_refused_as_files(tmp_path: Path) -> None:
    deep, digits = "[" * 100_000 + "]" * 100_000, "1" * 100_000
    (tmp_path / "deep.toml").write_text(f"x = {deep}\n", encoding="utf-8")
    (tmp_path / "digits.toml").write_text(f"x = {digits}\n", encoding="utf-8")
    (tmp_path / "deep.json").write_text(deep, encoding="utf-8")
    (tmp_path / "digits.json").write_text(f'[{{"year": {digits}, "month": 9}}]', encoding="utf-8")
    for name in ("deep.toml", "digits.toml"):
        with pytest.raises(StyleError, match=f"{name}: not a TOML style file this reader can take"):
            load_style(tmp_path / name)
    for name in ("deep.toml", "deep.json", "digits.json"):
        with pytest.raises(SightingTableError, match="this reader cannot take"):
            load_sighting_table(tmp_path / name)


def test_records_and_templates_name_what_is_wrong() -> None:
    from datelines import DatelineError, Template, records, to_gregorian_many, to_hijri_many

    for wrong in (None, "x"):
        with pytest.raises(TypeError, match="line must be a Dateline, not"):
            records.dateline_record(wrong)  # type: ignore[arg-type]
    with pytest.raises(StyleError, match=r"no value for the field \{hday\}") as missing:
        Template("{hday} {hmonth}").render({"hmonth": "Ramadan"})
    assert missing.value.field == "hday"
    with pytest.raises(TypeError, match="values must be a mapping"):
        Template("{hday}").render(None)  # type: ignore[arg-type]
    # The bulk converters' refusals of their arguments are the package's errors.
    with pytest.raises(DatelineError, match="errors must be 'raise' or 'coerce'"):
        to_gregorian_many([1437], [9], [10], errors="ignore")  # type: ignore[arg-type]
    with pytest.raises(DatelineError):
        to_gregorian_many([1437], [9], [])
    import numpy as np

    with pytest.raises(DatelineError, match="one-dimensional"):
        to_hijri_many(np.array([["2016-01-20"]], dtype="datetime64[D]"))


# --- stop 37: the rest of the trial's list ------------------------------------------------

_HIJRI = DatePart("hijri", 1437, 9, 10, "10 Ramadan 1437", (0, 15))
_GREGORIAN = DatePart("gregorian", 2016, 6, 15, "15 June 2016", (16, 28))


def test_an_empty_calendar_name_is_refused_not_read_as_umm_al_qura() -> None:
    with pytest.raises(CalendarError, match="unknown calendar ''"):
        check("10 Ramadan 1437/15 June 2016", calendar="")
    assert check("10 Ramadan 1437/15 June 2016", offset=0).calendar == "umalqura"


@pytest.mark.parametrize(
    ("line", "error", "words"),
    [
        (Dateline(_GREGORIAN, _HIJRI, "x", (0, 1)), DatelineError, "hijri is a 'gregorian' date"),  # type: ignore[arg-type]
        (
            Dateline(DatePart("hijri", "1437", 9, 10, "x", (0, 1)), _GREGORIAN, "x", (0, 1)),  # type: ignore[arg-type]
            TypeError,
            "Dateline.hijri.year must be an int or None, not str",
        ),
        (Dateline("10 Ramadan", _GREGORIAN, "x", (0, 1)), TypeError, "a DatePart or None, not str"),  # type: ignore[arg-type]
        (Dateline(_HIJRI, _GREGORIAN, "x", (0, 1), weekday=7), DatelineError, "0 \\(Monday\\) to 6"),
        (Dateline(_HIJRI, _GREGORIAN, "x", (0, 1), place=3), TypeError, "Dateline.place"),  # type: ignore[arg-type]
        (Dateline(_HIJRI, _GREGORIAN, "x", (0, 1), time="evening"), TypeError, "Dateline.time"),  # type: ignore[arg-type]
    ],
)
def test_a_dateline_made_by_hand_is_checked_before_it_is_compared(
    line: Dateline, error: type[Exception], words: str
) -> None:
    with pytest.raises(error, match=words):
        check(line)


def test_a_well_made_dateline_made_by_hand_checks() -> None:
    assert check(Dateline(_HIJRI, _GREGORIAN, "x", (0, 28))).ok


@pytest.mark.parametrize(
    ("build", "error", "words"),
    [
        (
            lambda: SightingTable.from_rows([MonthStart(1445, 9, "2024-03-12")]),
            SightingTableError,
            "first_day must be a date",
        ),  # type: ignore[arg-type]
        (
            lambda: SightingTable((MonthStart(1445, 9, "2024-03-12"),)),
            SightingTableError,
            "first_day must be a date",
        ),  # type: ignore[arg-type]
        (
            lambda: SightingTable((MonthStart(1445, 13, date(2024, 3, 12)),)),
            SightingTableError,
            "month must be in 1..12",
        ),
        (
            lambda: SightingTable((MonthStart("1445", 9, date(2024, 3, 12)),)),
            SightingTableError,
            "whole number",
        ),  # type: ignore[arg-type]
        (lambda: SightingTable([MonthStart(1445, 9, date(2024, 3, 12))]), TypeError, "a tuple of MonthStart"),  # type: ignore[arg-type]
        (lambda: SightingTable(((1445, 9, date(2024, 3, 12)),)), TypeError, "must be a MonthStart"),  # type: ignore[arg-type]
        (lambda: SightingTable(()), SightingTableError, "lists no month starts"),
        (
            lambda: SightingTable(
                (MonthStart(1445, 10, date(2024, 4, 10)), MonthStart(1445, 9, date(2024, 3, 12)))
            ),
            SightingTableError,
            "not after",
        ),
        (
            lambda: SightingTable(
                (MonthStart(1445, 9, date(2024, 3, 12)), MonthStart(1445, 9, date(2024, 3, 13)))
            ),
            SightingTableError,
            "listed twice",
        ),
    ],
)
def test_a_sighting_table_made_by_hand_is_checked(
    build: Callable[[], object], error: type[Exception], words: str
) -> None:
    with pytest.raises(error, match=words):
        build()


def test_a_sighting_table_made_by_hand_works() -> None:
    table = SightingTable((MonthStart(1445, 9, date(2024, 3, 12)),))
    assert to_hijri(date(2024, 3, 11), table=table) == HijriDate(1445, 8, 30)


def test_religious_days_name_an_unknown_authority_as_one() -> None:
    with pytest.raises(CalendarError, match="unknown authority 'XX'; known: SA"):
        religious_days(1447, "XX")


def test_extract_many_names_a_text_list_that_is_not_one() -> None:
    with pytest.raises(TypeError, match="texts must be an iterable of str, not NoneType"):
        extract_many(None)  # type: ignore[arg-type]


def test_a_style_file_s_unknown_base_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "house.toml"
    path.write_text('base = "nope"\n', encoding="utf-8")
    with pytest.raises(StyleError, match=r"house\.toml: base: unknown style 'nope'"):
        load_style(path)
    path.write_text("base = 3\n", encoding="utf-8")
    with pytest.raises(StyleError, match=r"house\.toml: base: style must be a name"):
        load_style(path)


@pytest.mark.parametrize("bad", [None, b"10 Ramadan 1446/1 March 2025", 3])
def test_extract_refuses_what_is_not_text_at_the_call(bad: object) -> None:
    # A trial: extract(None) returned a generator and raised only when it was iterated.
    with pytest.raises(TypeError, match="text must be a str"):
        extract(bad)  # type: ignore[arg-type]


def test_dir_lists_the_library_not_the_modules_workings() -> None:
    """A trial: dir(datelines) listed "annotations" and "TYPE_CHECKING" beside the API."""
    import datelines

    names = dir(datelines)
    assert "annotations" not in names
    assert "TYPE_CHECKING" not in names
    assert set(datelines.__all__) <= set(names)
