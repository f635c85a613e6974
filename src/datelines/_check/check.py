"""``check``: do the two halves of a dateline agree, and if not, why not.

The copy desk's questions, in order: does each stated date exist; do the halves name the
same day (or, for partial halves, overlapping days) in the newsroom's calendar; does the
weekday fit, allowing for the Hijri day that begins at sunset; and when the halves
disagree, which known slip or calendar variant explains it.
"""

from __future__ import annotations

from bisect import bisect_left
from calendar import monthrange
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date
from os import PathLike
from typing import Literal

from ..calendars import CALENDAR_NAMES, Calendar, get_calendar
from ..calendars.julian import REFORM, julian_month_length, julian_to_ordinal
from ..dateline import Dateline, DatePart
from ..errors import DatelineError
from ..hijri import HijriDate
from ..names.english import CALENDAR_TITLES, GREGORIAN_MONTHS, HIJRI_MONTHS, NUMBER_WORDS, WEEKDAYS

TYPE_CHECKING = False
if TYPE_CHECKING:
    from ..calendars.sighting import SightingTable

__all__ = ["Explanation", "Finding", "Verdict", "check"]

Severity = Literal["error", "warning", "note"]

# A search over both calendars, when neither half states a year, stays in this window.
YEARLESS_WINDOW = (date(1800, 1, 1).toordinal(), date(2200, 12, 31).toordinal())


@dataclass(frozen=True, slots=True)
class Finding:
    """One thing the checker found: ``code`` (``disagree``, ``no-overlap``, ``impossible-date``,
    ``out-of-range``, ``weekday``, ``evening-before``, ``ambiguous-order``, ``unknown-month``,
    ``inferred-year``, ``yearless``, ``one-half``), its ``severity``, a sentence for a copy editor, the ``half`` it is about
    (``hijri``, ``gregorian`` or ``None`` for the whole line) and the character ``span``."""

    code: str
    severity: Severity
    message: str
    half: Literal["hijri", "gregorian"] | None = None
    span: tuple[int, int] | None = None


@dataclass(frozen=True, slots=True)
class Explanation:
    """A known cause that makes disagreeing halves agree: ``kind`` is ``julian`` (the western
    half read as a Julian date), ``calendar`` (another calendar, named in ``calendar``),
    ``offset`` (a local-sighting offset of ``offset`` days), ``hijri-day``, ``hijri-year``,
    ``hijri-month``, ``gregorian-day``, ``gregorian-year`` or ``gregorian-month`` (that half
    with the value in ``value`` instead); ``description`` says
    it in words ("a +1 local-sighting offset")."""

    kind: str
    description: str
    calendar: str | None = None
    offset: int | None = None
    value: int | None = None


@dataclass(frozen=True, slots=True)
class Verdict:
    """What :func:`check` found.

    ``ok``: the halves agree, the weekday fits and each date exists. ``agrees``: the
    halves name the same day (overlapping days, for partial halves). ``difference_days``:
    the Hijri half's date minus the calendar's Hijri date for the Gregorian half, in days
    (for partial halves, the signed gap between the nearest days they could mean; ``None``
    when they cannot be compared). ``expected``: the calendar's Hijri date for the Gregorian
    half, when it is a whole date in range.
    """

    dateline: Dateline
    calendar: str
    ok: bool
    agrees: bool
    difference_days: int | None
    findings: tuple[Finding, ...]
    explanations: tuple[Explanation, ...] = ()
    expected: HijriDate | None = None

    @property
    def message(self) -> str:
        """The first error's sentence, or the first finding's, or ``"consistent"``."""
        for finding in self.findings:
            if finding.severity == "error":
                return finding.message
        return self.findings[0].message if self.findings else "consistent"


def check(
    dateline_or_text: Dateline | str,
    *,
    calendar: str | Calendar = "umalqura",
    offset: int = 0,
    table: SightingTable | str | PathLike[str] | None = None,
    julian: bool = False,
) -> Verdict:
    """Check that a dateline's halves agree in ``calendar`` (with ``offset`` days or a
    sighting ``table``), that its weekday fits and that each date exists.

    ``julian=True`` reads the western half as a date of the Julian calendar, as sources
    from before the Gregorian reform give it; without it, such a line is still explained
    ("the western half read as a Julian date").

    >>> v = check("10 Rabiul Akhir 1437/21 January 2016")
    >>> v.ok, v.agrees, v.difference_days
    (False, False, -1)
    >>> print(v.message)
    Hijri half is one day behind Umm al-Qura (21 January 2016 is 11 Rabi' al-Thani 1437); it matches a -1 local-sighting offset, or the civil tabular calendar, or a Gregorian day of 20 rather than 21.
    >>> check("Seoul, 10 Rabiul Akhir 1437/20 January 2016 (MINA)").ok
    True
    """
    if isinstance(dateline_or_text, str):
        from .._read.parse import parse

        line = parse(dateline_or_text)
    elif isinstance(dateline_or_text, Dateline):
        line = dateline_or_text
    else:
        raise TypeError(
            f"dateline_or_text must be a Dateline or a str, not {type(dateline_or_text).__name__}"
        )
    if type(julian) is not bool:
        raise TypeError(f"julian must be a bool, not {type(julian).__name__}")
    cal = get_calendar(calendar, offset=offset, table=table)
    return _Checker(line, cal, julian).verdict()


# --- spans: the Gregorian days a (partial) half can mean ---------------------------------

Span = tuple[int, int, int]  # first and last ordinal, and the year of the half it came from


def _gregorian_spans(part: DatePart, lo: int, hi: int, julian: bool = False) -> list[Span]:
    def month(year: int, number: int) -> tuple[int, int] | None:
        if not 1 <= year <= 9999:
            return None
        if julian:
            first = julian_to_ordinal(year, number, 1)
            return first, first + julian_month_length(year, number) - 1
        first = date(year, number, 1).toordinal()
        return first, first + monthrange(year, number)[1] - 1

    years = (
        [part.year]
        if part.year is not None
        else range(date.fromordinal(lo).year, date.fromordinal(hi).year + 1)
    )
    return _spans(part, years, month, lo, hi)


def _hijri_spans(part: DatePart, cal: Calendar, lo: int, hi: int) -> list[Span]:
    def month(year: int, number: int) -> tuple[int, int] | None:
        if year not in cal.years:
            return None
        first = cal._month_start(year, number)
        return first, first + cal.month_length(year, number) - 1

    if part.year is not None:
        years: range | list[int] = [part.year]
    else:
        years = range(cal.ymd(date.fromordinal(lo))[0], cal.ymd(date.fromordinal(hi))[0] + 1)
    return _spans(part, years, month, lo, hi)


def _spans(
    part: DatePart,
    years: Iterable[int],
    month: Callable[[int, int], tuple[int, int] | None],
    lo: int,
    hi: int,
) -> list[Span]:
    """The days ``part`` can mean in ``years``, from the first and last day of each month."""
    spans = []
    for year in years:
        for number in [part.month] if part.month is not None else range(1, 13):
            bounds = month(year, number) if 1 <= number <= 12 else None
            if bounds is None:
                continue
            first, last = bounds
            if part.day is not None:
                if not 1 <= part.day <= last - first + 1:
                    continue
                first = last = first + part.day - 1
            elif part.month is None:
                if number > 1:
                    continue
                december = month(year, 12)
                assert december is not None
                last = december[1]  # the whole year
            if last >= lo and first <= hi:
                spans.append((max(first, lo), min(last, hi), year))
    return spans


@dataclass(frozen=True, slots=True)
class _Comparison:
    agrees: bool | None  # None: cannot be compared (a half out of the calendar's range)
    difference: int | None
    gregorian_years: tuple[int, ...] = ()  # the years of each half where they agree
    hijri_years: tuple[int, ...] = ()


def _whole_hijri(part: DatePart, cal: Calendar) -> int | None:
    """The ordinal of a whole Hijri half; a day past the month's end (30 Safar in a 29-day
    Safar) counts on into the next month, so a slip of one day is still measured."""
    assert part.year is not None
    assert part.month is not None
    assert part.day is not None
    if part.year not in cal.years or not 1 <= part.month <= 12 or not 1 <= part.day <= 31:
        return None
    start = cal._month_start(part.year, part.month)
    ordinal = start + part.day - 1
    return ordinal if ordinal <= cal.last_gregorian.toordinal() else None


def _whole_gregorian(part: DatePart, julian: bool = False) -> int | None:
    assert part.year is not None
    assert part.month is not None
    assert part.day is not None
    if not (1 <= part.year <= 9999 and 1 <= part.month <= 12 and 1 <= part.day <= 31):
        return None
    if julian:
        return julian_to_ordinal(part.year, part.month, part.day)
    return date(part.year, part.month, 1).toordinal() + part.day - 1


def _compare(hijri: DatePart, gregorian: DatePart, cal: Calendar, julian: bool = False) -> _Comparison:
    lo, hi = cal.first_gregorian.toordinal(), cal.last_gregorian.toordinal()
    if hijri.complete and gregorian.complete:
        h, g = _whole_hijri(hijri, cal), _whole_gregorian(gregorian, julian)
        if h is None or g is None or not lo <= g <= hi:
            return _Comparison(None, None)
        return _Comparison(h == g, h - g, (gregorian.year,), (hijri.year,))  # type: ignore[arg-type]
    if hijri.year is not None:
        hspans = _hijri_spans(hijri, cal, lo, hi)
        if not hspans:
            return _Comparison(None, None)
        around = (max(lo, hspans[0][0] - 400), min(hi, hspans[-1][1] + 400))
        gspans = (
            _gregorian_spans(gregorian, *around, julian)
            if gregorian.year is None
            else _gregorian_spans(gregorian, lo, hi, julian)
        )
    elif gregorian.year is not None:
        gspans = _gregorian_spans(gregorian, lo, hi, julian)
        if not gspans:
            return _Comparison(None, None)
        hspans = _hijri_spans(hijri, cal, max(lo, gspans[0][0] - 400), min(hi, gspans[-1][1] + 400))
    else:
        window = (max(lo, YEARLESS_WINDOW[0]), min(hi, YEARLESS_WINDOW[1]))
        if window[0] > window[1]:
            return _Comparison(None, None)
        gspans, hspans = _gregorian_spans(gregorian, *window, julian), _hijri_spans(hijri, cal, *window)
    if not gspans or not hspans:
        return _Comparison(None, None)
    return _overlap(gspans, hspans)


def _overlap(gspans: list[Span], hspans: list[Span]) -> _Comparison:
    gspans.sort()
    hspans.sort()
    starts = [span[0] for span in hspans]
    gyears: set[int] = set()
    hyears: set[int] = set()
    best: int | None = None
    for gfirst, glast, gyear in gspans:
        index = bisect_left(starts, gfirst)
        # Spans do not nest within one half, so the neighbours of the insertion point (and
        # the spans that start inside this one) are the only candidates.
        for hfirst, hlast, hyear in hspans[max(0, index - 1) :]:
            if hfirst > glast:
                gap = hfirst - glast
                best = gap if best is None or abs(gap) < abs(best) else best
                break
            if hlast < gfirst:
                gap = hlast - gfirst
                best = gap if best is None or abs(gap) < abs(best) else best
                continue
            gyears.add(gyear)
            hyears.add(hyear)
    if gyears:
        return _Comparison(True, 0, tuple(sorted(gyears)), tuple(sorted(hyears)))
    return _Comparison(False, best)


# --- words ---------------------------------------------------------------------------------


def _days(n: int) -> str:
    n = abs(n)
    word = NUMBER_WORDS[n] if n < len(NUMBER_WORDS) else str(n)
    return f"{word} day" if n == 1 else f"{word} days"


def _gregorian_words(day: date) -> str:
    return f"{day.day} {GREGORIAN_MONTHS[day.month - 1]} {day.year}"


def _hijri_words(day: HijriDate) -> str:
    return f"{day.day} {HIJRI_MONTHS[day.month - 1]} {day.year}"


def _part_words(part: DatePart) -> str:
    names = HIJRI_MONTHS if part.calendar == "hijri" else GREGORIAN_MONTHS
    pieces = [
        str(part.day) if part.day is not None else "",
        names[part.month - 1] if part.month is not None and 1 <= part.month <= 12 else "",
        str(part.year) if part.year is not None else "",
    ]
    return " ".join(p for p in pieces if p) or part.text


def _title(cal: Calendar) -> str:
    """How a copy editor knows the calendar: "Umm al-Qura", "Umm al-Qura -1", "Umm al-Qura
    with announced month starts"."""
    from ..calendars.offset import OffsetCalendar
    from ..calendars.sighting import SightingCalendar

    if isinstance(cal, OffsetCalendar):
        return f"{_title(cal.base)} {cal.offset:+d}"
    if isinstance(cal, SightingCalendar):
        return f"{_title(cal.base)} with announced month starts"
    return CALENDAR_TITLES.get(cal.name, cal.name)


class _Checker:
    """One check: the dateline, the calendar, and the findings as they are made."""

    def __init__(self, line: Dateline, cal: Calendar, julian: bool = False):
        self.line, self.cal, self.julian = line, cal, julian
        self.findings: list[Finding] = []

    def add(self, code: str, severity: Severity, message: str, part: DatePart | None = None) -> None:
        half = None if part is None else part.calendar
        span = self.line.span if part is None else part.span
        self.findings.append(Finding(code, severity, message, half, span))

    def day_of(self, part: DatePart) -> date | None:
        """The day a whole western half names (Julian-aware), if it exists."""
        if not part.complete:
            return None
        ordinal = _whole_gregorian(part, self.julian)
        length = self._western_month_length(part)
        if ordinal is None or length is None or not 1 <= part.day <= length or ordinal < 1:  # type: ignore[operator]
            return None
        return date.fromordinal(ordinal)

    def _western_month_length(self, part: DatePart) -> int | None:
        if part.month is None or not 1 <= part.month <= 12:
            return None
        year = part.year if part.year is not None and 1 <= part.year <= 9999 else 2000
        return julian_month_length(year, part.month) if self.julian else monthrange(year, part.month)[1]

    def verdict(self) -> Verdict:
        line, cal = self.line, self.cal
        unread = self._unknown_months()
        exists = self._exists(line.hijri) & self._exists(line.gregorian)  # "&": both report
        expected = None
        explanations: tuple[Explanation, ...] = ()
        if line.hijri is None or line.gregorian is None:
            if not unread:
                self.add(
                    "one-half",
                    "note",
                    "Only one calendar's half is stated; there is nothing to compare it with.",
                )
            comparison = _Comparison(True, None)
        else:
            comparison = _compare(line.hijri, line.gregorian, cal, self.julian)
            day = self.day_of(line.gregorian)
            if day is not None:
                try:
                    expected = cal.to_hijri(day)
                except DatelineError:
                    expected = None
            if comparison.agrees:
                self._inferred(line.hijri, line.gregorian, comparison)
            elif (swapped := self._swapped_order(line.hijri, line.gregorian)) is not None:
                comparison = swapped
            else:
                explanations = self._explanations(line.hijri, line.gregorian)
                self._disagreement(line.hijri, line.gregorian, comparison, expected, explanations)
        weekday_fits = self._weekday()
        agrees = bool(comparison.agrees)
        return Verdict(
            dateline=line,
            calendar=cal.name,
            ok=agrees and weekday_fits and exists,
            agrees=agrees,
            difference_days=comparison.difference,
            findings=tuple(self.findings),
            explanations=explanations,
            expected=expected,
        )

    # --- what could not be read ---

    def _unknown_months(self) -> bool:
        """A half read as a year alone because its month name is unknown ("12 Foo 1446")."""
        found = False
        for part in (self.line.hijri, self.line.gregorian):
            if part is not None and part.month is None and part.month_name is not None:
                which = "Hijri" if part.calendar == "hijri" else "Gregorian"
                self.add(
                    "unknown-month",
                    "warning",
                    f"{part.text!r}: {part.month_name!r} is not a {which} month name datelines knows, so only "
                    f"the year {part.year} was compared; if it is a spelling we lack, please report it.",
                    part,
                )
                found = True
        return found

    # --- each date exists ---

    def _exists(self, part: DatePart | None) -> bool:
        if part is None:
            return True
        words = _part_words(part)
        if part.month is not None and not 1 <= part.month <= 12:
            self.add("impossible-date", "error", f"{part.text!r}: there is no month {part.month}.", part)
            return False
        if part.day is not None and part.day < 1:
            self.add("impossible-date", "error", f"{part.text!r}: there is no day {part.day}.", part)
            return False
        if part.calendar == "gregorian":
            if part.year is not None and not 1 <= part.year <= 9999:
                self.add(
                    "impossible-date",
                    "error",
                    f"{part.text!r}: {part.year} cannot be a year ({len(str(part.year))} digits).",
                    part,
                )
                return False
            if part.day is None or part.month is None:
                return True
            # The longest the month can be: February has 29 days when the year is unknown.
            length = self._western_month_length(part)
            assert length is not None
            if part.day > length:
                calendar = " (Julian)" if self.julian else ""
                self.add(
                    "impossible-date",
                    "error",
                    f"{words} does not exist: {GREGORIAN_MONTHS[part.month - 1]}"
                    f"{'' if part.year is None else f' {part.year}'}{calendar} has {length} days.",
                    part,
                )
                return False
            return True
        if part.year is not None and part.year not in self.cal.years:
            first, last = self.cal.years[0], self.cal.years[-1]
            self.add(
                "out-of-range",
                "error",
                f"Hijri year {part.year} is outside {_title(self.cal)} ({first}–{last} AH), so the halves cannot be compared.",
                part,
            )
            return False
        if part.day is not None and part.month is not None and part.year is not None:
            length = self.cal.month_length(part.year, part.month)
            if part.day > length:
                self.add(
                    "impossible-date",
                    "error",
                    f"{words} does not exist in {_title(self.cal)}: "
                    f"{HIJRI_MONTHS[part.month - 1]} {part.year} has {length} days.",
                    part,
                )
                return False
        elif part.day is not None and part.day > 30:
            self.add(
                "impossible-date",
                "error",
                f"{words} does not exist: a Hijri month has at most 30 days.",
                part,
            )
            return False
        return True

    # --- agreement ---

    def _swapped_order(self, hijri: DatePart, gregorian: DatePart) -> _Comparison | None:
        """A half in digits whose day and month can be swapped ("4/10/2024"): when the other
        reading agrees, the line may well be right; say so, as a warning."""
        for part in (gregorian, hijri):
            if not part.ambiguous_order or part.day is None or part.month is None:
                continue
            swapped = replace(part, day=part.month, month=part.day)
            pair = (hijri, swapped) if part is gregorian else (swapped, gregorian)
            comparison = _compare(*pair, self.cal, self.julian)
            if not comparison.agrees:
                continue
            names = GREGORIAN_MONTHS if part is gregorian else HIJRI_MONTHS
            self.add(
                "ambiguous-order",
                "warning",
                f"{part.text!r} is ambiguous: read day-first it is {part.day} {names[part.month - 1]}, "
                f"which disagrees with the other half; read month-first it is {part.month} "
                f"{names[part.day - 1]}, which agrees. Write the month as a word, or the date in ISO form.",
                part,
            )
            return comparison
        return None

    def _inferred(self, hijri: DatePart, gregorian: DatePart, comparison: _Comparison) -> None:
        if hijri.year is None and gregorian.year is None:
            pairs = list(zip(comparison.hijri_years, comparison.gregorian_years, strict=False))
            shown = ", ".join(f"{h}/{g}" for h, g in pairs[:3])
            self.add(
                "yearless",
                "note",
                f"No year is stated on either side; the halves agree in {len(comparison.gregorian_years)} "
                f"year{'s' if len(comparison.gregorian_years) != 1 else ''} of {_title(self.cal)}"
                f" between 1800 and 2200 (such as {shown}).",
            )
            return
        for part, years, other in (
            (hijri, comparison.hijri_years, "Gregorian"),
            (gregorian, comparison.gregorian_years, "Hijri"),
        ):
            if part.year is None and len(years) == 1:
                which = "Hijri" if part.calendar == "hijri" else "Gregorian"
                self.add(
                    "inferred-year",
                    "note",
                    f"The {which} year is not stated; it is {years[0]}, inferred from the {other} half.",
                    part,
                )

    def _disagreement(
        self,
        hijri: DatePart,
        gregorian: DatePart,
        comparison: _Comparison,
        expected: HijriDate | None,
        explanations: tuple[Explanation, ...],
    ) -> None:
        title = _title(self.cal)
        if explanations:
            shown = [e.description for e in explanations[:3]]
            tail = "; it matches " + ", or ".join(shown) + "."
        else:
            tail = "; no known slip or calendar variant explains it."
        difference = comparison.difference
        if comparison.agrees is None:
            for index, finding in enumerate(self.findings):
                if finding.code in ("out-of-range", "impossible-date"):  # already said why
                    if explanations:
                        self.findings[index] = replace(finding, message=finding.message[:-1] + tail)
                    return
            first, last = self.cal.first_gregorian, self.cal.last_gregorian
            self.add(
                "disagree",
                "error",
                f"The halves cannot be compared in {title}, which covers {_gregorian_words(first)} to "
                f"{_gregorian_words(last)}{tail}",
            )
            return
        if expected is not None and hijri.complete and difference is not None:
            direction = "ahead of" if difference > 0 else "behind"
            said = _part_words(gregorian) + (" (Julian)" if self.julian else "")
            self.add(
                "disagree",
                "error",
                f"Hijri half is {_days(difference)} {direction} {title} ({said} is {_hijri_words(expected)}){tail}",
                hijri,
            )
            return
        where, single = _hijri_span_words(hijri, self.cal)
        other = _part_words(gregorian)
        apart = (
            ""
            if difference is None
            else f"{_days(difference)} {'after' if difference > 0 else 'before'} {other}"
        )
        if single:
            said = f"In {title}, {_part_words(hijri)} is {where}, {apart or 'not ' + other}"
        else:
            said = f"In {title}, {_part_words(hijri)}{where} does not overlap {other}" + (
                f" (it is {apart})" if apart else ""
            )
        self.add("no-overlap", "error", said + tail, hijri)

    def _explanations(self, hijri: DatePart, gregorian: DatePart) -> tuple[Explanation, ...]:
        found: list[Explanation] = []

        def agrees(h: DatePart, g: DatePart, cal: Calendar, julian: bool = self.julian) -> bool:
            try:
                return bool(_compare(h, g, cal, julian).agrees) and (not h.complete or _valid_hijri(h, cal))
            except DatelineError:
                return False

        # Before the reform, a western date is most likely Julian.
        if (
            not self.julian
            and (julian := _julian_reading(gregorian)) is not None
            and agrees(hijri, gregorian, self.cal, julian=True)
        ):
            found.append(Explanation("julian", julian))

        # Then, most likely first: a newsroom a day off the Saudi calendar, another
        # calendar, two days off, and the slips of the pen.
        def offset(shift: int) -> None:
            try:
                shifted = get_calendar(self.cal, offset=shift)
            except DatelineError:
                return
            if agrees(hijri, gregorian, shifted):
                description = f"a {shift:+d} local-sighting offset"
                found.append(Explanation("offset", description, calendar=shifted.name, offset=shift))

        offset(1)
        offset(-1)
        for name in CALENDAR_NAMES:
            if name != self.cal.name and agrees(hijri, gregorian, get_calendar(name)):
                found.append(Explanation("calendar", CALENDAR_TITLES[name], calendar=name))
        offset(2)
        offset(-2)
        for kind, description, value, candidate in _slips(hijri, gregorian):
            pair = (candidate, gregorian) if candidate.calendar == "hijri" else (hijri, candidate)
            if agrees(*pair, self.cal):
                found.append(Explanation(kind, description, value=value))
        return tuple(found)

    # --- weekday ---

    def _weekday(self) -> bool:
        line = self.line
        if line.weekday is None:
            return True
        day: date | None = None
        if line.gregorian is not None and line.gregorian.complete:
            day = self.day_of(line.gregorian)
        elif line.hijri is not None and line.hijri.complete:
            try:
                day = self.cal.to_gregorian(line.hijri.to_hijri())
            except (ValueError, DatelineError):
                day = None
            stated = line.gregorian
            if day is not None and stated is not None and stated.month is not None and stated.day is not None:
                # The Gregorian half without its year: the weekday is the one of that day
                # in the year nearest the Hijri half's date.
                near = []
                for year in (day.year - 1, day.year, day.year + 1):
                    try:
                        near.append(date(year, stated.month, stated.day))
                    except ValueError:
                        continue
                if near:
                    day = min(near, key=lambda candidate: abs(candidate.toordinal() - day.toordinal()))  # type: ignore[union-attr]
        if day is None:
            return True
        said = WEEKDAYS[line.weekday]
        if line.weekday == day.weekday():
            return True
        if line.weekday == (day.weekday() - 1) % 7:
            self.add(
                "evening-before",
                "note",
                f"{said} is the evening before {_gregorian_words(day)} (a {WEEKDAYS[day.weekday()]}); "
                "the Hijri day begins at sunset, so this can be right.",
            )
            return True
        self.add(
            "weekday",
            "error",
            f"The stated weekday, {said}, fits neither {_gregorian_words(day)} (a {WEEKDAYS[day.weekday()]}) "
            "nor the evening before it.",
        )
        return False


def _julian_reading(gregorian: DatePart) -> str | None:
    """How a whole western half before the Gregorian reform reads as a Julian date, in words."""
    if not gregorian.complete or gregorian.year is None or not 1 <= gregorian.year < REFORM.year + 1:
        return None
    if not (gregorian.month is not None and 1 <= gregorian.month <= 12 and gregorian.day is not None):
        return None
    if (gregorian.year, gregorian.month, gregorian.day) >= (REFORM.year, REFORM.month, REFORM.day):
        return None
    if not 1 <= gregorian.day <= julian_month_length(gregorian.year, gregorian.month):
        return None
    ordinal = julian_to_ordinal(gregorian.year, gregorian.month, gregorian.day)
    if ordinal < 1:
        return None
    return (
        f"the western half read as a Julian date ({_part_words(gregorian)} Julian is "
        f"{_gregorian_words(date.fromordinal(ordinal))})"
    )


def _slips(hijri: DatePart, gregorian: DatePart) -> Iterator[tuple[str, str, int, DatePart]]:
    """Each slip of the pen that could have made a half what it is, as (explanation kind,
    description, the value it would have had, the half with that value): the Gregorian day
    one off; a day that cannot exist with a digit slipped ("100 Ramadan" for 10 or 1); a
    year with a digit slipped; the month one off."""
    if gregorian.day is not None:
        for shift in (-1, 1):
            day = gregorian.day + shift
            yield (
                "gregorian-day",
                f"a Gregorian day of {day} rather than {gregorian.day}",
                day,
                replace(gregorian, day=day),
            )
    for part in (hijri, gregorian):
        word = "Hijri" if part.calendar == "hijri" else "Gregorian"
        if part.day is not None and not 1 <= part.day <= 30:
            for day in _digit_slips(part.day, 1, 31):
                yield (
                    f"{part.calendar}-day",
                    f"a {word} day of {day} rather than {part.day}",
                    day,
                    replace(part, day=day),
                )
        if part.year is not None:
            for year in _digit_slips(part.year, 100, 9999):
                yield (
                    f"{part.calendar}-year",
                    f"a {word} year of {year} rather than {part.year}",
                    year,
                    replace(part, year=year),
                )
        if part.month is not None and 1 <= part.month <= 12:
            names = HIJRI_MONTHS if part.calendar == "hijri" else GREGORIAN_MONTHS
            for month in (part.month - 1, part.month + 1):
                if 1 <= month <= 12:
                    description = f"a {word} month of {names[month - 1]} rather than {names[part.month - 1]}"
                    yield f"{part.calendar}-month", description, month, replace(part, month=month)


def _hijri_span_words(part: DatePart, cal: Calendar) -> tuple[str, bool]:
    """The days a Hijri half with a year means, in words, and whether it is one day:
    ("15 November 2023", True) or (" (6 June 2016–5 July 2016)", False)."""
    if part.year is None:
        return "", False
    spans = _hijri_spans(part, cal, cal.first_gregorian.toordinal(), cal.last_gregorian.toordinal())
    if not spans:
        return "", False
    first, last = date.fromordinal(spans[0][0]), date.fromordinal(spans[-1][1])
    if first == last:
        return _gregorian_words(first), True
    return f" ({_gregorian_words(first)}–{_gregorian_words(last)})", False


def _valid_hijri(part: DatePart, cal: Calendar) -> bool:
    assert part.year is not None
    assert part.month is not None
    assert part.day is not None
    return (
        part.year in cal.years
        and 1 <= part.month <= 12
        and 1 <= part.day <= cal.month_length(part.year, part.month)
    )


def _digit_slips(value: int, low: int, high: int) -> list[int]:
    """Numbers in low..high one slip of the finger from ``value``: off by one, one digit
    wrong, two neighbouring digits swapped, a digit doubled, dropped or left out (1434 for
    1444, 14445 for 1445, 145 for 1445, 100 for 10)."""
    text = str(value)
    found = {value - 1, value + 1}
    for i in range(len(text) + 1):
        for digit in "0123456789":
            found.add(int(text[:i] + digit + text[i:]))  # a digit left out of the text
            if i < len(text):
                found.add(int(text[:i] + digit + text[i + 1 :]))
        if i < len(text) and len(text) > 1:
            found.add(int(text[:i] + text[i + 1 :]))
        if i + 1 < len(text):
            found.add(int(text[:i] + text[i + 1] + text[i] + text[i + 2 :]))
    found.discard(value)
    return sorted(n for n in found if low <= n <= high)
