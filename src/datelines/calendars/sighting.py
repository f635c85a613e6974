"""Tables of announced month starts, and the calendars built from them.

National bodies (Indonesia's Kemenag, Malaysia's JAKIM, Turkey's Diyanet, Pakistan's
Ruet-e-Hilal committee…) announce when each month begins, and the announcements differ
from Umm al-Qura by a day or two, not always the same way. A flat offset keeps the base
calendar's month lengths and so can put a day in the wrong month; a table of the announced
starts overrides the base calendar exactly where it has entries.

The file a newsroom keeps has one row per announced month: the Hijri year and month, and
the Gregorian date of its first day. CSV, JSON and TOML are read (by file suffix)::

    # sighting.csv
    year,month,first_day
    1445,9,2024-03-12
    1445,10,2024-04-10

    // sighting.json: a list, or {"months": [...]}
    [{"year": 1445, "month": 9, "first_day": "2024-03-12"}]

    # sighting.toml
    [[months]]
    year = 1445
    month = 9
    first_day = 2024-03-12
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from itertools import pairwise
from os import PathLike, fspath
from pathlib import Path

from .._textfile import csv_delimiter
from ..errors import SightingTableError
from ..hijri import HijriDate
from .base import Calendar
from .source import MonthSource

__all__ = ["MonthStart", "SightingCalendar", "SightingTable", "load_sighting_table"]

# How far an announced start may sit from the base calendar's. Real announcements differ
# by one or two days; a larger gap is a typing error (wrong month or year in the row).
MAX_SHIFT = 5
COLUMNS = ("year", "month", "first_day")


@dataclass(frozen=True, slots=True, order=True)
class MonthStart:
    """One announced month start: Hijri ``year`` and ``month`` began on ``first_day``.

    ``line`` is where the row stands in its file (or its position in the list), for errors.
    """

    year: int
    month: int
    first_day: date
    line: int | None = None


def _table_name(source: str) -> str:
    """What a table's calendar is called after its base's: its file's name without the
    suffix ("umalqura+council" for council.csv), so that two councils' tables are told apart
    in verdicts and lists (a trial: each was "umalqura+table"); "table" for one made in code.

    >>> _table_name("/data/council.csv"), _table_name("<table>")
    ('council', 'table')
    """
    if source.startswith("<"):
        return "table"
    return Path(source).stem or "table"


@dataclass(frozen=True, slots=True)
class SightingTable:
    """An immutable set of announced month starts, one per (year, month).

    >>> table = SightingTable.from_rows([(1445, 9, "2024-03-12"), (1445, 10, "2024-04-10")])
    >>> len(table.entries)
    2
    >>> from datelines import to_hijri
    >>> to_hijri(date(2024, 3, 11), table=table)
    HijriDate(1445, 8, 30)
    """

    entries: tuple[MonthStart, ...]
    source: str = "<table>"

    def __post_init__(self) -> None:
        # Made directly rather than by from_rows, a table gets the same checks: each entry a
        # MonthStart of real types, one per month, in order (the lookups bisect them).
        if not isinstance(self.source, str):
            raise TypeError(f"source must be a str, not {type(self.source).__name__}")
        if not isinstance(self.entries, tuple):
            raise TypeError(f"entries must be a tuple of MonthStart, not {type(self.entries).__name__}")
        for number, entry in enumerate(self.entries, start=1):
            if not isinstance(entry, MonthStart):
                raise TypeError(f"entries[{number - 1}] must be a MonthStart, not {type(entry).__name__}")
            _entry(entry, number, self.source)
        if not self.entries:
            raise SightingTableError("the table lists no month starts", source=self.source)
        for before, after in pairwise(self.entries):
            if (after.year, after.month) == (before.year, before.month):
                raise SightingTableError(
                    f"{after.year}-{after.month:02d} is listed twice", source=self.source, line=after.line
                )
            if (after.year, after.month) < (before.year, before.month) or after.first_day <= before.first_day:
                raise SightingTableError(
                    f"{after.year}-{after.month:02d} starts on {after.first_day.isoformat()}, "
                    f"not after {before.year}-{before.month:02d} ({before.first_day.isoformat()})",
                    source=self.source,
                    line=after.line,
                )

    @classmethod
    def from_rows(
        cls,
        rows: Iterable[tuple[int, int, date | str] | Mapping[str, object] | MonthStart],
        *,
        source: str = "<table>",
    ) -> SightingTable:
        """Build from (year, month, first_day) rows, mappings with those keys, or MonthStarts."""
        entries: list[MonthStart] = []
        seen: dict[tuple[int, int], int] = {}
        for number, row in enumerate(rows, start=1):
            entry = _entry(row, number, source)
            key = (entry.year, entry.month)
            if key in seen:
                raise SightingTableError(
                    f"{entry.year}-{entry.month:02d} is listed twice (first at {seen[key]})",
                    source=source,
                    line=entry.line,
                )
            seen[key] = entry.line if entry.line is not None else number
            entries.append(entry)
        if not entries:
            # A table without rows changes nothing; given, it is most likely the wrong file.
            raise SightingTableError("the table lists no month starts", source=source)
        entries.sort()
        return cls(tuple(entries), source)

    @classmethod
    def from_file(cls, path: str | PathLike[str]) -> SightingTable:
        """Read a ``.csv``, ``.json`` or ``.toml`` file (see the module documentation)."""
        from .._textfile import Unreadable, read_text

        try:
            name, text = read_text(path)
        except Unreadable as err:
            raise SightingTableError(str(err), source=fspath(path)) from None
        suffix = Path(name).suffix.lower()
        if suffix == ".csv":
            return cls.from_rows(_csv_rows(text, name), source=name)
        if suffix == ".json":
            return cls.from_rows(_json_rows(text, name), source=name)
        if suffix == ".toml":
            return cls.from_rows(_toml_rows(text, name), source=name)
        raise SightingTableError(f"unknown table format {suffix!r}: use .csv, .json or .toml", source=name)


def load_sighting_table(path: str | PathLike[str]) -> SightingTable:
    """Read a table of announced month starts from a CSV, JSON or TOML file."""
    return SightingTable.from_file(path)


def _entry(row: object, number: int, source: str) -> MonthStart:
    line = number
    if isinstance(row, MonthStart):  # made by hand: its fields are checked as a row's are
        if row.line is not None and (isinstance(row.line, bool) or not isinstance(row.line, int)):
            raise SightingTableError(
                f"line must be an int or None, got {row.line!r}", source=source, line=number
            )
        line = row.line or number
        for name, value in (("year", row.year), ("month", row.month)):
            if isinstance(value, bool) or not isinstance(value, int):
                raise SightingTableError(
                    f"{name} must be a whole number, got {value!r}", source=source, line=line
                )
        if not isinstance(row.first_day, date):
            raise SightingTableError(
                f"first_day must be a date, got {row.first_day!r}", source=source, line=line
            )
        _entry((row.year, row.month, row.first_day), line, source)
        return row
    if isinstance(row, Mapping):
        missing = [c for c in COLUMNS if c not in row]
        if missing:
            raise SightingTableError(f"missing {', '.join(missing)}", source=source, line=number)
        if isinstance(row.get("line"), int):
            line = int(row["line"])
        values = (row["year"], row["month"], row["first_day"])
    elif isinstance(row, (tuple, list)) and len(row) == 3:
        values = (row[0], row[1], row[2])
    else:
        raise SightingTableError(
            f"expected (year, month, first_day), got {row!r}", source=source, line=number
        )
    year, month, first_day = values
    try:
        hijri = HijriDate(_int(year), _int(month), 1)
    except (TypeError, ValueError) as err:
        raise SightingTableError(str(err), source=source, line=line) from None
    if isinstance(first_day, str):
        try:
            first_day = date.fromisoformat(first_day.strip())
        except ValueError:
            raise SightingTableError(
                f"first_day must be a date as YYYY-MM-DD, got {first_day!r}", source=source, line=line
            ) from None
    if not isinstance(first_day, date):
        raise SightingTableError(f"first_day must be a date, got {first_day!r}", source=source, line=line)
    return MonthStart(hijri.year, hijri.month, first_day, line)


def _int(value: object) -> int:
    if isinstance(value, str) and value.strip().isdigit():
        return int(value.strip())
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"expected a whole number, got {value!r}")
    return value


def _csv_rows(text: str, source: str) -> Iterable[Mapping[str, object]]:
    # Comment lines are skipped but still counted, so errors name the real line.
    lines = [("" if line.lstrip().startswith("#") else line) for line in text.splitlines()]
    # the delimiter is the header's, as a spreadsheet saves it (a trial: "year;month;first_day")
    header_line = next((line for line in lines if line.strip()), "")
    reader = csv.reader(io.StringIO("\n".join(lines)), delimiter=csv_delimiter(header_line))
    header: list[str] | None = None
    for row in reader:
        line = reader.line_num
        if not any(cell.strip() for cell in row):
            continue
        cells = [cell.strip() for cell in row]
        if header is None:
            header = [cell.lower() for cell in cells]
            missing = [c for c in COLUMNS if c not in header]
            if missing:
                raise SightingTableError(
                    f"the header must name the columns {', '.join(COLUMNS)}; missing {', '.join(missing)}",
                    source=source,
                    line=line,
                )
            continue
        if len(cells) != len(header):
            raise SightingTableError(
                f"expected {len(header)} fields, got {len(cells)}", source=source, line=line
            )
        record: dict[str, object] = dict(zip(header, cells, strict=True))
        record["line"] = line
        yield record


def _json_rows(text: str, source: str) -> list[Mapping[str, object]]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as err:
        raise SightingTableError(f"invalid JSON: {err.msg}", source=source, line=err.lineno) from None
    except (
        RecursionError,
        ValueError,
    ) as err:  # nested past the interpreter's depth, a number of 5,000 digits
        raise SightingTableError(f"JSON this reader cannot take: {err}", source=source) from None
    if isinstance(data, dict):
        data = data.get("months")
    if not isinstance(data, list) or not all(isinstance(item, dict) for item in data):
        raise SightingTableError(
            'expected a list of {"year", "month", "first_day"} objects, or {"months": [...]}',
            source=source,
        )
    return data


def _toml_rows(text: str, source: str) -> list[Mapping[str, object]]:
    import tomllib

    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        raise SightingTableError(f"invalid TOML: {err}", source=source) from None
    except (
        RecursionError,
        ValueError,
    ) as err:  # nested past the interpreter's depth, a number of 5,000 digits
        raise SightingTableError(f"TOML this reader cannot take: {err}", source=source) from None
    months = data.get("months")
    if not isinstance(months, list) or not all(isinstance(item, dict) for item in months):
        raise SightingTableError("expected [[months]] tables with year, month and first_day", source=source)
    return months


class SightingCalendar(Calendar):
    """A base calendar with the month starts of a :class:`SightingTable` laid over it."""

    __slots__ = ("_base", "_starts", "_table")

    _base: Calendar
    _table: SightingTable
    _starts: dict[int, int]

    def __init__(self, base: Calendar, table: SightingTable):
        if not isinstance(table, SightingTable):
            raise TypeError(f"table must be a SightingTable, not {type(table).__name__}")
        starts: dict[int, int] = {}
        for entry in table.entries:
            # The first month of the base range and the end of its last one stay fixed, so
            # the calendar's range is the base calendar's.
            if not (base._first_year, 1) < (entry.year, entry.month) <= (base._last_year, 12):
                # (a trial: "outside the calendar's months (1343-02 …)" read as a range unlike calendars.md's)
                raise SightingTableError(
                    f"{entry.year}-{entry.month:02d} cannot be announced in the {base.name} calendar, which "
                    f"covers {base._first_year}-01 to {base._last_year}-12: a table may list {base._first_year}-02 "
                    f"to {base._last_year}-12 (the first month's start is where the calendar's range begins)",
                    source=table.source,
                    line=entry.line,
                )
            announced = entry.first_day.toordinal()
            shift = announced - base._month_start(entry.year, entry.month)
            if abs(shift) > MAX_SHIFT:
                raise SightingTableError(
                    f"{entry.year}-{entry.month:02d} starting on {entry.first_day.isoformat()} is "
                    f"{abs(shift)} days {'after' if shift > 0 else 'before'} {base.name}; "
                    f"announced starts differ by a day or two (at most {MAX_SHIFT})",
                    source=table.source,
                    line=entry.line,
                )
            starts[entry.year * 12 + entry.month - 1] = announced
        object.__setattr__(self, "_base", base)
        object.__setattr__(self, "_table", table)
        object.__setattr__(self, "_starts", starts)
        super().__init__(
            f"{base.name}+{_table_name(table.source)}", base._first_year, base._last_year, base._first_ordinal,
            base._last_ordinal,
        )  # fmt: skip
        self._check_lengths()

    @property
    def base(self) -> Calendar:
        """The calendar the table overrides."""
        return self._base

    @property
    def table(self) -> SightingTable:
        """The announced month starts."""
        return self._table

    def _start(self, index: int) -> int:
        found = self._starts.get(index)
        if found is not None:
            return found
        year, month = divmod(index, 12)
        return self._base._month_start(year, month + 1)

    def _month_start(self, year: int, month: int) -> int:
        return self._start(year * 12 + month - 1)

    def _locate(self, ordinal: int) -> HijriDate:
        near = self._base._locate(ordinal)
        index = near.year * 12 + near.month - 1
        # Shifts are at most MAX_SHIFT days, far less than a month: the month that holds
        # the day is the base calendar's month or one of its neighbours.
        if ordinal < self._start(index):
            index -= 1
        elif ordinal >= self._start(index + 1):
            index += 1
        year, month = divmod(index, 12)
        return HijriDate._trusted(year, month + 1, ordinal - self._start(index) + 1)

    def _check_lengths(self) -> None:
        lines = {e.year * 12 + e.month - 1: e.line for e in self._table.entries}
        for index in sorted({i for key in self._starts for i in (key - 1, key)}):
            length = self._start(index + 1) - self._start(index)
            if length not in (29, 30):
                year, month = divmod(index, 12)
                culprit = index + 1 if index + 1 in lines else index
                raise SightingTableError(
                    f"with these starts, {year}-{month + 1:02d} would last {length} days; a month "
                    f"has 29 or 30: list the announced start of the neighbouring month too",
                    source=self._table.source,
                    line=lines.get(culprit),
                )

    def _range_hint(self) -> str:
        return self._base._range_hint()

    def month_source(self, year: int, month: int) -> MonthSource:
        from .source import MonthSource

        year, month = self._check_month(year, month)
        if year * 12 + month - 1 in self._starts:
            return MonthSource("announced", self._table.source)
        return self._base.month_source(year, month)

    def __reduce__(self) -> tuple[object, ...]:
        return (type(self), (self._base, self._table))
