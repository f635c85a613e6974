"""Any input: every public function returns, or raises only the package's own errors; a
wrong type is a TypeError naming the parameter; values pickle; threads agree with serial use."""

from __future__ import annotations

import contextlib
import itertools
import pickle
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import datelines
from datelines import DatelineError
from datelines.strategies import datelines as generated_datelines

SEED = date(2016, 1, 20)

# Every public function that takes text, as a one-argument call.
TEXT_CALLS: dict[str, Callable[[str], object]] = {
    "parse": datelines.parse,
    "extract": lambda text: list(datelines.extract(text)),
    "check": datelines.check,
    "to_hijri": datelines.to_hijri,
    "to_gregorian": datelines.to_gregorian,
    "to_hijri(calendar=)": lambda text: datelines.to_hijri(SEED, calendar=text),
    "get_calendar": datelines.get_calendar,
    "get_style": datelines.get_style,
    "Template": datelines.Template,
    "HijriDate.fromisoformat": datelines.HijriDate.fromisoformat,
    "format(style=)": lambda text: datelines.format(SEED, style=text),
    "format(language=)": lambda text: datelines.format(SEED, language=text),
    "format(digits=)": lambda text: datelines.format(SEED, digits=text),
    "format(calendar=)": lambda text: datelines.format(SEED, calendar=text),
    "format(place=, agency=)": lambda text: datelines.format(SEED, place=text, agency=text),
    "format(Style(template=))": lambda text: datelines.format(SEED, datelines.Style("x", text)),
    "check(calendar=)": lambda text: datelines.check("10 Rabiul Akhir 1437/20 January 2016", calendar=text),
    "today(tz=)": lambda text: datelines.today(tz=text),
    "load_style": datelines.load_style,
    "load_sighting_table": datelines.load_sighting_table,
    "get_calendar(table=)": lambda text: datelines.get_calendar("umalqura", table=text),
}

# Text as it comes from anywhere: any code point, lone surrogates included.
ANY_TEXT = st.text(st.characters(codec=None, categories=None, exclude_categories=()), max_size=300)


def corrupt(text: str, how: str, where: int, extra: str) -> str:
    """A dateline damaged in one of the ways scraped, OCR'd and typed text is damaged."""
    cut = where % (len(text) + 1)
    if how == "truncate":
        return text[:cut]
    if how == "double-separators":
        return text.replace("/", "//").replace(" ", "  ").replace(",", ",,")
    if how == "mixed-scripts":
        return text[:cut] + "ربيع الآخر ١٤٣٧ Rabiul Январь" + text[cut:]
    if how == "huge-numbers":
        return "".join("9" * 40 if ch.isdigit() else ch for ch in text)
    if how == "surrogate":
        return text[:cut] + "\ud800" + text[cut:]
    if how == "nul":
        return text[:cut] + "\x00" + text[cut:]
    if how == "combining":
        return "".join(ch + "\u0301\u0651" for ch in text)
    return text[:cut] + extra + text[cut:]


CORRUPTED = st.builds(
    corrupt,
    generated_datelines(style="any").map(lambda g: g.text),
    st.sampled_from(
        [
            "truncate",
            "double-separators",
            "mixed-scripts",
            "huge-numbers",
            "surrogate",
            "nul",
            "combining",
            "insert",
        ]
    ),
    st.integers(0, 1000),
    ANY_TEXT,
)


def only_our_errors(call: Callable[[str], object], text: str) -> None:
    with contextlib.suppress(DatelineError):
        call(text)


@pytest.mark.parametrize("name", TEXT_CALLS)
@given(text=ANY_TEXT)
def test_any_text_returns_or_raises_a_dateline_error(name: str, text: str) -> None:
    only_our_errors(TEXT_CALLS[name], text)


@pytest.mark.parametrize("name", ["parse", "extract", "check", "to_hijri", "to_gregorian"])
@given(text=CORRUPTED)
def test_corrupted_datelines_return_or_raise_a_dateline_error(name: str, text: str) -> None:
    only_our_errors(TEXT_CALLS[name], text)


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        "\x00",
        "\ud800",
        "1437/" * 300,
        "9" * 5000,
        "10 Rabiul Akhir 99999999999999999999999999999/20 January 2016",
        "10 Rabiul Akhir 1437/99999999999999999999 January 2016",
        "0 Rabiul Akhir 0/0 January 0",
        "ـ" * 2000,
        "../../etc/passwd",
        "{hday.__class__}",
    ],
)
@pytest.mark.parametrize("name", TEXT_CALLS)
def test_known_nasties(name: str, text: str) -> None:
    only_our_errors(TEXT_CALLS[name], text)


# --- wrong types -----------------------------------------------------------------------

TYPED_CALLS: list[tuple[str, str, Callable[[object], object]]] = [
    ("parse", "text", datelines.parse),
    ("extract", "text", lambda v: list(datelines.extract(v))),  # type: ignore[arg-type]
    ("check", "dateline_or_text", datelines.check),
    ("check", "offset", lambda v: datelines.check("10 Rabiul Akhir 1437/20 January 2016", offset=v)),  # type: ignore[arg-type]
    ("check", "calendar", lambda v: datelines.check("10 Rabiul Akhir 1437/20 January 2016", calendar=v)),  # type: ignore[arg-type]
    ("to_hijri", "day", datelines.to_hijri),
    ("to_gregorian", "hijri", datelines.to_gregorian),
    ("to_hijri", "calendar", lambda v: datelines.to_hijri(SEED, calendar=v)),  # type: ignore[arg-type]
    ("get_calendar", "calendar", datelines.get_calendar),
    ("get_calendar", "offset", lambda v: datelines.get_calendar("umalqura", offset=v)),  # type: ignore[arg-type]
    ("month_length", "year", lambda v: datelines.month_length(v, 1)),  # type: ignore[arg-type]
    ("year_length", "year", datelines.year_length),
    ("get_style", "style", datelines.get_style),
    ("Template", "template", datelines.Template),
    ("format", "value", datelines.format),
    ("format", "style", lambda v: datelines.format(SEED, style=v)),  # type: ignore[arg-type]
    ("format", "language", lambda v: datelines.format(SEED, language=v)),  # type: ignore[arg-type]
    ("format", "place", lambda v: datelines.format(SEED, place=v)),  # type: ignore[arg-type]
    ("format", "agency", lambda v: datelines.format(SEED, agency=v)),  # type: ignore[arg-type]
    ("format", "digits", lambda v: datelines.format(SEED, digits=v)),  # type: ignore[arg-type]
    ("HijriDate", "year", lambda v: datelines.HijriDate(v, 1, 1)),  # type: ignore[arg-type]
    ("HijriDate.fromisoformat", "text", datelines.HijriDate.fromisoformat),
    ("today", "tz", lambda v: datelines.today(tz=v)),  # type: ignore[arg-type]
    ("load_style", "path", datelines.load_style),
    ("load_sighting_table", "path", datelines.load_sighting_table),
]


@pytest.mark.parametrize("wrong", [b"10 Rabiul Akhir 1437/20 January 2016", 5.5, [1437]])
@pytest.mark.parametrize(
    ("function", "parameter", "call"), TYPED_CALLS, ids=[f"{f}-{p}" for f, p, _ in TYPED_CALLS]
)
def test_a_wrong_type_is_a_type_error_naming_the_parameter(
    function: str, parameter: str, call: Callable[[object], object], wrong: object
) -> None:
    with pytest.raises(TypeError) as raised:
        call(wrong)
    message = str(raised.value)
    assert parameter in message, message
    assert type(wrong).__name__ in message, message


def test_none_where_a_value_is_required() -> None:
    for function, parameter, call in TYPED_CALLS:
        if (function, parameter) in {("format", "style"), ("format", "language"), ("format", "place"),
                                     ("format", "agency"), ("format", "digits"), ("check", "calendar"),
                                     ("to_hijri", "calendar"), ("to_hijri", "day"), ("today", "tz")}:  # fmt: skip
            continue  # None means "the default" or "today" there
        with pytest.raises(TypeError, match=parameter):
            call(None)


# --- values, state, threads ---------------------------------------------------------------


def test_every_value_type_pickles_and_compares_after_a_round_trip(tmp_path: Path) -> None:
    table = tmp_path / "table.csv"
    table.write_text("year,month,first_day\n1445,9,2024-03-12\n", encoding="utf-8")
    values: list[object] = [
        datelines.HijriDate(1437, 4, 10),
        datelines.parse("Seoul, Rabu, 10 Rabiul Akhir 1437/20 January 2016 (MINA)"),
        datelines.parse("Ramadan 1437 / June 2016").hijri,
        datelines.check("Friday, 10 Rabiul Akhir 1437/21 January 2016"),
        datelines.get_style("gulf-masthead"),
        datelines.load_sighting_table(table),
        datelines.get_calendar("umalqura", offset=-1, table=table),
        *(datelines.get_calendar(name) for name in datelines.calendar_names()),
    ]
    for value in values:
        copy = pickle.loads(pickle.dumps(value))
        if isinstance(value, datelines.Calendar):
            assert copy.name == value.name
            assert copy.to_hijri(SEED) == value.to_hijri(SEED)
        else:
            assert copy == value
            assert hash(copy) == hash(value) if value.__hash__ is not None else True
    for error in (
        datelines.ParseError("no date", text="x", position=0),
        datelines.InvalidDateError("bad", field="day", value=31, minimum=1, maximum=30),
    ):
        copy = pickle.loads(pickle.dumps(error))
        assert (type(copy), str(copy), copy.text, copy.position) == (
            type(error),
            str(error),
            error.text,
            error.position,
        )


def test_module_tables_are_read_only() -> None:
    from datelines._write import styles, template
    from datelines.names import english, output

    for table in (styles.STYLES, output.HIJRI_MONTHS, output.WEEKDAYS, output.DIGIT_TABLES,
                  template.FIELDS, english.CALENDAR_TITLES):  # fmt: skip
        with pytest.raises(TypeError):
            table["mine"] = ()  # type: ignore[index]
    with pytest.raises(AttributeError):
        datelines.HijriDate(1437, 4, 10).year = 1  # type: ignore[misc]


LINES = [
    "Seoul, 10 Rabiul Akhir 1437/20 January 2016 (MINA)",
    "الرياض 10 ربيع الآخر 1437 هـ الموافق 20 يناير 2016 م واس",
    "Rabu, 20 Januari 2016 bertepatan dengan 10 Rabiul Akhir 1437 H",
    "Friday, 10 Rabiul Akhir 1437/21 January 2016",
    "Ramadan 1437 / June 2016",
]


def _work(index: int) -> tuple[object, ...]:
    line = LINES[index % len(LINES)]
    day = date(1990, 1, 1).toordinal() + index * 37
    return (
        datelines.parse(line),
        list(datelines.extract(line * 3)),
        datelines.check(line),
        datelines.format(date.fromordinal(day), datelines.style_names()[index % 15]),
        datelines.to_hijri(date.fromordinal(day), calendar=datelines.calendar_names()[index % 4]),
    )


def test_threads_give_the_results_of_serial_use() -> None:
    serial = [_work(i) for i in range(400)]
    barrier = threading.Barrier(8)

    def start(i: int) -> tuple[object, ...]:
        if i < 8:
            barrier.wait()  # all threads begin together, on a cold start of each path
        return _work(i)

    with ThreadPoolExecutor(8) as pool:
        threaded = list(pool.map(start, range(400)))
    assert threaded == serial


# --- extract reads long crowded stretches in bounded pieces ---------------------------------


@pytest.mark.parametrize("joiner", [" ", " ; ", "\n", "/"])
def test_datelines_packed_together_are_each_found_once(joiner: str) -> None:
    days = [date(2016, 1, 20).toordinal() + 37 * i for i in range(400)]
    lines = [
        datelines.format(date.fromordinal(day), ("mina", "spa-ar", "indonesia")[i % 3])
        for i, day in enumerate(days)
    ]
    text = joiner.join(lines)
    found = list(datelines.extract(text))
    assert [line.gregorian.to_date() for line in found if line.gregorian] == [
        date.fromordinal(d) for d in days
    ]
    starts = [line.span[0] for line in found]
    assert starts == sorted(starts)
    assert all(a.span[1] <= b.span[0] for a, b in itertools.pairwise(found))


@pytest.mark.parametrize(
    "text",
    [
        "1437/" * 2000,
        "10 Rabiul Akhir 1437 " * 500,
        "١٠ ربيع الآخر ١٤٣٧ هـ " * 500,
        "ربـــيع الآخـــر " * 500,
        "1/2-3,4.5|6:7 " * 800,
    ],
)
def test_hijri_only_floods_yield_nothing(text: str) -> None:
    assert list(datelines.extract(text)) == []


def test_a_parsed_date_that_cannot_exist_is_a_dateline_error_when_written() -> None:
    # Found by the fuzz target: a Gregorian half of 29 February in a common year.
    line = datelines.parse("9 Sha'ban 1444 / 29 February 2023")
    with pytest.raises(datelines.InvalidDateError, match="does not exist"):
        line.gregorian.to_date()  # type: ignore[union-attr]
    with pytest.raises(datelines.InvalidDateError):
        datelines.format(line, "turkish")
    with pytest.raises(DatelineError, match="not a whole Hijri date"):
        datelines.parse("Ramadan 1445 / 11 March 2024").hijri.to_hijri()  # type: ignore[union-attr]


def _module_state() -> dict[str, dict[str, tuple[int, int]]]:
    import sys

    state = {}
    for name, module in sorted(sys.modules.items()):
        if name == "datelines" or name.startswith("datelines."):
            state[name] = {
                key: (id(value), len(value) if isinstance(value, (dict, list, set)) else -1)
                for key, value in vars(module).items()
            }
    return state


def test_use_leaves_no_trace_in_module_state() -> None:
    # Warm up (lazy exports bind their names on the package once), then use everything and
    # compare: no cache, registry or counter may grow or change.
    for i in range(20):
        _work(i)
    before = _module_state()
    for i in range(300):
        _work(i)
    with contextlib.suppress(DatelineError):
        datelines.parse("no date")
    datelines.check("29 Ramadan / 16 July")
    assert _module_state() == before


TEXT_PARAMETERS = [(f, p, c) for f, p, c in TYPED_CALLS if (f, p) not in {("check", "offset"), ("get_calendar", "offset"), ("month_length", "year"), ("year_length", "year"), ("HijriDate", "year")}]  # fmt: skip


@pytest.mark.parametrize(
    ("function", "parameter", "call"), TEXT_PARAMETERS, ids=[f"{f}-{p}" for f, p, _ in TEXT_PARAMETERS]
)
def test_an_int_where_text_belongs_is_a_type_error(
    function: str, parameter: str, call: Callable[[object], object]
) -> None:
    with pytest.raises(TypeError, match=rf"{parameter}.* int"):
        call(1437)


def test_the_fast_gregorian_year_pattern_is_the_grammars_limit() -> None:
    # extract's ASCII shortcut for "a year the grammar reads as Gregorian" is a regular
    # expression; it must say exactly what HIJRI_YEAR_LIMIT says, for every 4-digit number.
    from datelines._read.extract import _GREGORIAN_YEAR
    from datelines._read.halves import HIJRI_YEAR_LIMIT

    for year in range(10000):
        text = f"x {year:04d}/"
        assert bool(_GREGORIAN_YEAR.search(text)) is (year > HIJRI_YEAR_LIMIT), year


def test_first_use_from_many_threads_at_once() -> None:
    # A fresh interpreter, so that the calendars' modules are first imported by the threads
    # themselves: one still importing must not be handed half made to another (a service
    # answers its first requests so).
    code = """
import datelines
from concurrent.futures import ThreadPoolExecutor
story = "Seoul, 10 Rabiul Akhir 1437/20 January 2016 (MINA) - Jakarta, 10 Rabiul Akhir 1437/23 January 2016."
def go(_):
    return [datelines.check(d).ok for d in datelines.extract(story)]
with ThreadPoolExecutor(32) as pool:
    assert all(r == [True, False] for r in pool.map(go, range(256)))
"""
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False, timeout=300
    )
    assert done.returncode == 0, done.stderr[-2000:]
