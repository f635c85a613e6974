"""Datelines as plain JSON-ready dicts, for the command line and for pipelines."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Literal, TypeVar

from .dateline import Dateline, DatePart, TimeOfDay
from .errors import InvalidDateError
from .names.english import WEEKDAYS

TYPE_CHECKING = False
if TYPE_CHECKING:
    from datetime import date

    from ._check.verdict import Verdict
    from ._read.lexicon import Kind
    from ._read.period import Period
    from ._read.typed import DateOrder
    from ._write.styles import Style
    from .calendars import Calendar
    from .calendars.authorities import Authority, Rule
    from .calendars.religious import ReligiousDay
    from .hijri import HijriDate

_V = TypeVar("_V")
_T = TypeVar("_T")

# What ``convert_record`` reads and converts to (``datelines convert --from/--to``).
ConversionSource = Literal["auto", "gregorian", "hijri", "solar-hijri", "bangla", "rumi"]
ConversionTarget = Literal["hijri", "solar-hijri", "bangla", "rumi", "all"]

__all__ = [
    "ConversionSource",
    "ConversionTarget",
    "authority_record",
    "calendar_record",
    "conversion_record",
    "convert_record",
    "dateline_record",
    "extraction_record",
    "extraction_records",
    "own_calendar",
    "part_record",
    "period_record",
    "religious_day_record",
    "style_record",
    "time_record",
    "today_record",
    "verdict_record",
    "with_hijri_hint",
]


def part_record(part: DatePart | None) -> dict[str, object] | None:
    """One half: its fields, ISO form (partial where the text is), text and span."""
    if part is None:
        return None
    return {
        "calendar": part.calendar,
        "year": part.year,
        "month": part.month,
        "day": part.day,
        "iso": part.isoformat(),
        "text": part.text,
        "span": list(part.span),
        "month_name": part.month_name,
        "era": part.era,
        "inferred_year": part.inferred_year,
        "boundary": part.boundary,
        "year_end": part.year_end,
    }


def dateline_record(line: Dateline) -> dict[str, object]:
    """A dateline with both halves, weekday, place, agency, span and languages."""
    if not isinstance(line, Dateline):
        raise TypeError(f"line must be a Dateline, not {type(line).__name__}")
    return {
        "hijri": part_record(line.hijri),
        "gregorian": part_record(line.gregorian),
        "solar_hijri": part_record(line.solar_hijri),
        "bangla": part_record(line.bangla),
        "rumi": part_record(line.rumi),
        "weekday": None if line.weekday is None else WEEKDAYS[line.weekday],
        "weekday_text": line.weekday_text,
        "place": line.place,
        "agency": line.agency,
        "text": line.text,
        "span": list(line.span),
        "languages": list(line.languages),
        "time": None if line.time is None else time_record(line.time),
    }


def time_record(time: TimeOfDay) -> dict[str, object]:
    """The time of day a dateline states: as written, whether it says evening, the clock
    time (``HH:MM``) and the written zone's offset from UTC in minutes."""
    return {
        "text": time.text,
        "span": list(time.span),
        "evening": time.evening,
        "clock": time.clock,
        "utc_offset": time.utc_offset,
    }


def verdict_record(verdict: Verdict) -> dict[str, object]:
    """What :func:`datelines.check` found: ok, agrees, difference, expected date, findings
    and explanations (the ``verdict`` of ``datelines extract``)."""
    return {
        "ok": verdict.ok,
        "agrees": verdict.agrees,
        "compared": verdict.compared,
        "difference_days": verdict.difference_days,
        "calendar": verdict.calendar,
        "authority": verdict.authority,
        "expected": None if verdict.expected is None else verdict.expected.isoformat(),
        "findings": [
            {"code": f.code, "severity": f.severity, "message": f.message, "half": f.half}
            for f in verdict.findings
        ],
        "explanations": [
            {
                key: value
                for key, value in (
                    ("kind", e.kind),
                    ("description", e.description),
                    ("calendar", e.calendar),
                    ("offset", e.offset),
                    ("value", e.value),
                )
                if value is not None
            }
            for e in verdict.explanations
        ],
    }


def extraction_record(line: Dateline, verdict: Verdict) -> dict[str, object]:
    """One dateline found in a text: offsets, text, its halves in ISO form (partial where
    the text is; the Solar Hijri one null but on Iranian and Afghan lines, the Bengali one but
    on Bangladeshi ones, the Rumi one but on Ottoman lines and the Julian one but on lines
    marked Old Style, whose ``gregorian`` is then the day their date is, where it names
    one), and its verdict."""
    western = line.gregorian
    rumi = line.rumi or (western if western is not None and western.calendar == "rumi" else None)
    julian = western if western is not None and western.calendar == "julian" else None
    return {
        "start": line.span[0],
        "end": line.span[1],
        "text": line.text,
        "hijri": None if line.hijri is None else line.hijri.isoformat(),
        "gregorian": _western_iso(western),
        "solar_hijri": None if line.solar_hijri is None else line.solar_hijri.isoformat(),
        "bangla": None if line.bangla is None else line.bangla.isoformat(),
        "rumi": None if rumi is None else rumi.isoformat(),
        "julian": None if julian is None else julian.isoformat(),
        "verdict": verdict_record(verdict),
    }


def _western_iso(part: DatePart | None) -> str | None:
    """The western half's ISO form: a Rumi half's day in the Gregorian calendar (None where
    it names none: a month, or a day the calendar does not have)."""
    if part is None:
        return None
    if part.calendar not in ("rumi", "julian"):
        return part.isoformat()
    from .errors import DatelineError

    try:
        return part.to_date().isoformat()
    except DatelineError:
        return None


def extraction_records(text: str, calendar: str | Calendar | None = None) -> list[dict[str, object]]:
    """Every dateline in ``text`` as a JSON-ready record, checked in ``calendar`` (by default,
    in any authority's, as :func:`datelines.check` does): the unit of work for pipelines
    (Dask, Spark, a queue worker), and what ``datelines extract`` writes.

    >>> [(r["hijri"], r["gregorian"], r["verdict"]["ok"]) for r in extraction_records(
    ...     "Jakarta, 29 Ramadan 1437/4 July 2016 (MINA) – and 10 Rabiul Akhir 1437/23 January 2016")]
    [('1437-09-29', '2016-07-04', True), ('1437-04-10', '2016-01-23', False)]
    """
    from ._check.check import check
    from ._read.api import extract
    from .calendars import get_calendar

    resolved = None if calendar is None else get_calendar(calendar)
    return [extraction_record(line, check(line, calendar=resolved)) for line in extract(text)]


# --- what the listing commands and the service's GET endpoints answer --------------------------
# One builder per shape, so that ``datelines … --format json`` and ``datelines serve`` agree.


def conversion_record(cal: Calendar, day: date, hijri: HijriDate) -> dict[str, object]:
    """One date in both calendars, as ``datelines convert`` and ``today`` write it, with
    whether the Hijri month's start was announced, published or computed, and on what.

    >>> import datetime
    >>> from datelines import get_calendar
    >>> cal = get_calendar("umalqura")
    >>> found = conversion_record(cal, datetime.date(2016, 1, 20), cal.to_hijri(datetime.date(2016, 1, 20)))
    >>> found["hijri"], found["hijri_text"], found["weekday"]
    ('1437-04-10', "10 Rabi' al-Thani 1437 AH", 'Wednesday')
    """
    from .names.english import (
        BANGLA_MONTHS,
        GREGORIAN_MONTHS,
        HIJRI_ERA,
        HIJRI_MONTHS,
        SOLAR_HIJRI_ERA,
        SOLAR_HIJRI_MONTHS,
    )

    months, era = HIJRI_MONTHS, HIJRI_ERA
    if cal.name.startswith("solar-hijri"):  # a Solar Hijri calendar: its own month names
        months, era = SOLAR_HIJRI_MONTHS, SOLAR_HIJRI_ERA
    elif cal.name.startswith("bangla"):  # Bangladesh's Bengali calendar: fields of its own
        return {
            "calendar": cal.name,
            "gregorian": day.isoformat(),
            "bangla": hijri.isoformat(),
            "weekday": WEEKDAYS[day.weekday()],
            "gregorian_text": f"{day.day} {GREGORIAN_MONTHS[day.month - 1]} {day.year}",
            "bangla_text": f"{hijri.day} {BANGLA_MONTHS[hijri.month - 1]} {hijri.year} BS",
            "bangla_month_length": cal.month_length(hijri.year, hijri.month),
        }
    source = cal.month_source(hijri.year, hijri.month)
    return {
        "calendar": cal.name,
        "gregorian": day.isoformat(),
        "hijri": hijri.isoformat(),
        "weekday": WEEKDAYS[day.weekday()],
        "gregorian_text": f"{day.day} {GREGORIAN_MONTHS[day.month - 1]} {day.year}",
        "hijri_text": f"{hijri.day} {months[hijri.month - 1]} {hijri.year} {era}",
        "hijri_month_length": cal.month_length(hijri.year, hijri.month),
        "month_source": source.kind,
        "month_source_detail": source.detail,
    }


def convert_record(
    text: str,
    cal: Calendar,
    source: ConversionSource = "auto",
    order: DateOrder | None = None,
    target: ConversionTarget = "hijri",
    *,
    lunar_fallback: bool = False,
) -> dict[str, object]:
    """``text`` (anything ``datelines convert`` reads: ISO, numeric, written out in any
    language) converted to the other calendar: the input, the calendar it was read in
    (``from``) and :func:`conversion_record`. ``source="solar-hijri"`` reads a Solar Hijri
    date and ``source="bangla"`` a date of Bangladesh's Bengali calendar (a written Bengali
    month is read as one by ``"auto"`` too); ``target`` is the calendar to convert to:
    ``"hijri"`` (in ``cal``), ``"solar-hijri"`` or ``"bangla"`` (alone: ``solar_hijri`` and
    ``solar_hijri_text``, or ``bangla``, ``bangla_text`` and ``bangla_month_length``, in place
    of the lunar fields) or ``"all"`` (the Bengali date where the calendar has the day: from
    14 April 1987, and the Rumi one from 13 March 1840 to 1925). ``source="rumi"`` reads a
    date of the Rumi calendar, the Ottoman fiscal one ("29 Ağustos 1324", 1324-08-29), and
    ``target="rumi"`` gives the day's (``rumi``, ``rumi_text``, in place of the lunar
    fields). A Solar Hijri, Bengali or Rumi date read is always given. ``lunar_fallback``
    (for a caller that named no calendar): a Solar Hijri or Bengali date whose day ``cal``
    lacks gets its lunar date in the civil tabular calendar, the record's ``calendar``
    saying so, rather than an error. Raises the reader's
    or the calendar's :class:`~datelines.DatelineError` for a date it cannot read or convert;
    a Gregorian date in the Hijri years' range (1437-04-10) that cannot be converted says how
    to ask for a Hijri one.

    >>> from datelines import get_calendar
    >>> found = convert_record("10 Rabiul Akhir 1437", get_calendar("umalqura"))
    >>> found["from"], found["gregorian"]
    ('hijri', '2016-01-20')
    >>> found = convert_record("2024-03-20", get_calendar("umalqura"), target="solar-hijri")
    >>> found["calendar"], found["solar_hijri"], found["solar_hijri_text"], "hijri" in found
    ('solar-hijri', '1403-01-01', '1 Farvardin 1403 SH', False)
    >>> found = convert_record("6 Magh 1430", get_calendar("umalqura"))
    >>> found["from"], found["gregorian"], found["hijri"], found["bangla"]
    ('bangla', '2024-01-20', '1445-07-08', '1430-10-06')
    >>> found = convert_record("29 Ağustos 1324", get_calendar("civil"), source="rumi")
    >>> found["gregorian"], found["hijri"], found["rumi_text"]
    ('1908-09-11', '1326-08-14', '29 Ağustos 1324 Rumi')
    """
    try:
        return _convert_record(text, cal, source, order, target, lunar_fallback=lunar_fallback)
    except InvalidDateError as err:
        from ._check.solar import afghan_spelled

        if afghan_spelled(text):
            _in_afghan_names(err)
        raise


def _in_afghan_names(err: InvalidDateError) -> None:
    """The error's Solar Hijri month named as the date was written, in Afghanistan's names: "30
    Hut 1402" is told "Hut 1402 has 29 days", not "Esfand 1402" (a session's note)."""
    from .names.english import AFGHAN_MONTHS, SOLAR_HIJRI_MONTHS

    names = "|".join(SOLAR_HIJRI_MONTHS)
    message = re.sub(
        rf"\b({names})(?= \d+ has )",
        lambda found: AFGHAN_MONTHS[SOLAR_HIJRI_MONTHS.index(found[1])],
        err.message,
    )
    err.message, err.args = message, (message,)


def _convert_record(
    text: str,
    cal: Calendar,
    source: ConversionSource = "auto",
    order: DateOrder | None = None,
    target: ConversionTarget = "hijri",
    *,
    lunar_fallback: bool = False,
) -> dict[str, object]:
    """:func:`convert_record`'s work, its errors as the calendars and the reader give them."""
    from ._check.solar import afghan_spelled
    from ._read.lexicon import BMONTH, SMONTH
    from ._read.period import era_after_the_year, read_period
    from ._read.typed import excerpt, read_bangla, read_date, read_rumi, read_solar_hijri, rumi_marked
    from .calendars import get_calendar
    from .calendars.bangla import BanglaCalendar
    from .calendars.rumi import rumi_to_gregorian
    from .errors import DatelineError, OutOfRangeError, ParseError
    from .hijri import HijriDate

    # The lunar date is not asked for when only a solar calendar's is: a day outside the
    # lunar calendar's range (Umm al-Qura's 1924-2077) converts all the same.
    bengali_cal = isinstance(cal, BanglaCalendar)
    alone = target in ("solar-hijri", "rumi") or (target == "bangla" and not bengali_cal)
    hijri: HijriDate | None
    read_as: str
    used = cal  # the lunar calendar the record is in

    def lunar(day: date, hint: bool = False) -> HijriDate:
        nonlocal used
        try:
            return with_hijri_hint(text, day, cal.to_hijri) if hint else cal.to_hijri(day)
        except OutOfRangeError:
            solar = source in ("solar-hijri", "bangla") or (
                source == "auto" and (_written_in(text, SMONTH) or _written_in(text, BMONTH))
            )
            if not (lunar_fallback and (solar or target == "all")):
                raise  # (all: every calendar's date the day has, the lunar one too; a trial)
            # a solar date before Umm al-Qura's table (1300 SH is 1921): its lunar date in the
            # tabular calendar, which reaches every day, the record saying so (a trial: the
            # whole conversion failed for want of the lunar date)
            used = get_calendar("civil")
            return used.to_hijri(day)

    if source == "rumi":
        day = rumi_to_gregorian(*read_rumi(text, order))
        hijri = None if alone else cal.to_hijri(day)
        read_as = source
    elif source == "solar-hijri" or (source == "bangla" and not bengali_cal):
        read = read_solar_hijri if source == "solar-hijri" else read_bangla
        day = get_calendar(source).to_gregorian(read(text, order))
        hijri = None if alone else lunar(day)
        read_as = source
    else:
        value: HijriDate | date
        if bengali_cal:  # the calendar's own date: "6 Magh 1430"
            own: Literal["auto", "gregorian", "hijri"] = (
                "hijri" if source == "bangla" else _lunar_source(source)
            )
            value = _bangla_or_gregorian(text, cal, own, order)
        else:
            try:
                # a lone year with its era first, as a catalogue's cell holds it: "AH 1109"
                value = read_date(era_after_the_year(text), _lunar_source(source), order, within=cal)
            except ParseError as err:
                if err.expected not in _NOT_A_DAY:
                    raise
                period = read_period(text, _lunar_source(source), order, within=cal)
                if period is None:
                    raise
                if target not in ("hijri", "all"):  # (all: the lunar calendar's, the one a period has)
                    raise ParseError(
                        f"{excerpt(text)} is a {period.kind} alone, which converts between the lunar Hijri "
                        "and Gregorian calendars only (--to hijri)",
                        text=text,
                        position=0,
                        expected="a whole date",
                    ) from None
                try:
                    return period_record(text, period, cal)
                except DatelineError as err:
                    if period.calendar == "gregorian" and source == "auto" and period.year <= 1700:
                        # a year of our centuries' Hijri ones, or a librarian's older one: likelier Hijri
                        err.message = (
                            f"if {excerpt(text)} is a Hijri {period.kind}, say so (--from hijri); "
                            f"read as a Gregorian one, {err.message}"
                        )
                        err.args = (err.message,)
                    raise
        if isinstance(value, HijriDate):
            read_as, hijri, day = "hijri", value, cal.to_gregorian(value)
        else:
            read_as, day = "gregorian", value
            hijri = (
                None
                if alone
                else lunar(value)
                if source == "gregorian"  # (said to be Gregorian: no hint that it is Hijri)
                else lunar(value, hint=True)
            )
        if (bengali_cal and read_as == "hijri") or (read_as == "gregorian" and _written_in(text, BMONTH)):
            read_as = "bangla"
        elif read_as == "gregorian" and _written_in(text, SMONTH):
            read_as = "solar-hijri"  # "7 Mehr 1404": a Solar Hijri date, read so without being told
        elif read_as == "gregorian" and rumi_marked(text):
            read_as = "rumi"  # "29 Ağustos 1324 Rumi": read as one without being told (a trial)
    found: dict[str, object] = {"input": text, "from": read_as}
    found.update(_gregorian_record(day) if hijri is None else conversion_record(used, day, hijri))
    if read_as == "solar-hijri" or target in ("solar-hijri", "all"):
        # (all: each calendar's date where it has the day, as the Bengali and Rumi ones; a review)
        # in Afghanistan's month names where its calendar is asked, or the date was written in
        # them (a trial: "7 Mizan 1404" was answered "7 Mehr 1404 SH")
        afghan = cal.name == "AF" or (read_as == "solar-hijri" and afghan_spelled(text))
        found = _with_solar(
            found, day, needed=read_as == "solar-hijri" or target == "solar-hijri", afghan=afghan
        )
    if not bengali_cal and (read_as == "bangla" or target in ("bangla", "all")):
        found = _with_bangla(found, day, needed=target == "bangla" or read_as == "bangla")
    if read_as == "rumi" or target in ("rumi", "all"):
        found = _with_rumi(found, day, needed=target == "rumi" or read_as == "rumi")
    if alone:  # the calendar converted to, whichever the date was read in ("6 Magh 1430" --to bangla too)
        found = {k: v for k, v in found.items() if not k.startswith(("hijri", "month_source"))}
        found["calendar"] = target
    return found


def period_record(text: str, period: Period, cal: Calendar) -> dict[str, object]:
    """A year or a month alone (:func:`~datelines._read.period.read_period`) converted: its
    first and last days in both calendars. The calendar it was given in has the period in
    ISO 8601's reduced precision (``hijri: "1250-09"``), the other an ISO 8601 interval of
    its first and last days (``gregorian: "1835-01-01/1835-01-30"``), as ``…_start`` and
    ``…_end`` too; ``days`` is its length.

    >>> from datelines import get_calendar
    >>> from datelines._read.period import Period
    >>> found = period_record("Ramadan 1250", Period("hijri", 1250, 9), get_calendar("civil"))
    >>> found["period"], found["hijri"], found["gregorian"], found["days"]
    ('month', '1250-09', '1835-01-01/1835-01-30', 30)
    >>> found = period_record("2025", Period("gregorian", 2025), get_calendar("umalqura"))
    >>> found["hijri"], found["hijri_text"]
    ('1446-07-01/1447-07-11', '1 Rajab 1446 AH – 11 Rajab 1447 AH')
    """
    from datetime import date, timedelta

    from .hijri import HijriDate
    from .names.english import GREGORIAN_MONTHS, HIJRI_ERA, HIJRI_MONTHS

    def hijri_text(day: HijriDate) -> str:
        return f"{day.day} {HIJRI_MONTHS[day.month - 1]} {day.year} {HIJRI_ERA}"

    def gregorian_text(day: date) -> str:
        return f"{day.day} {GREGORIAN_MONTHS[day.month - 1]} {day.year}"

    first_month, last_month = (1, 12) if period.month is None else (period.month, period.month)
    if period.calendar == "hijri":
        first, last = cal.first_day(period.year, first_month), cal.last_day(period.year, last_month)
        hijri_first = HijriDate(period.year, first_month, 1)
        hijri_last = HijriDate(period.year, last_month, cal.month_length(period.year, last_month))
    else:
        first = date(period.year, first_month, 1)
        after = date(period.year + 1, 1, 1) if last_month == 12 else date(period.year, last_month + 1, 1)
        last = after - timedelta(days=1)
        hijri_first, hijri_last = cal.to_hijri(first), cal.to_hijri(last)
    gregorian_span = f"{first.isoformat()}/{last.isoformat()}"
    hijri_span = f"{hijri_first.isoformat()}/{hijri_last.isoformat()}"
    said = period.calendar == "hijri"
    return {
        "input": text,
        "from": period.calendar,
        "calendar": cal.name,
        "period": period.kind,
        "gregorian": gregorian_span if said else period.isoformat(),
        "hijri": period.isoformat() if said else hijri_span,
        "gregorian_text": f"{gregorian_text(first)} – {gregorian_text(last)}" if said else period.text,
        "hijri_text": period.text if said else f"{hijri_text(hijri_first)} – {hijri_text(hijri_last)}",
        "gregorian_start": first.isoformat(),
        "gregorian_end": last.isoformat(),
        "hijri_start": hijri_first.isoformat(),
        "hijri_end": hijri_last.isoformat(),
        "days": (last - first).days + 1,
    }


# What the date reader says of a year or a month alone ("1250 AH", "1446-09"): the errors
# after which convert_record reads the text as a period.
_NOT_A_DAY = ("a day, a month and a year", "day, month and year")


def _lunar_source(source: ConversionSource) -> Literal["auto", "gregorian", "hijri"]:
    """``source`` as the lunar reader takes it."""
    return source if source in ("gregorian", "hijri") else "auto"


def _bangla_or_gregorian(
    text: str, cal: Calendar, source: Literal["auto", "gregorian", "hijri"], order: DateOrder | None
) -> HijriDate | date:
    """What ``text`` says converted in a Bengali calendar: its own date ("6 Magh 1430", and
    "1430-10-06", whose year no Gregorian day of the calendar has), or a Gregorian day; a
    lunar Hijri date is refused (it is no Bengali date)."""
    from ._read.lexicon import BMONTH
    from ._read.typed import excerpt, read_bangla, read_date
    from .errors import ParseError
    from .hijri import HijriDate

    if source == "hijri" or (source == "auto" and _written_in(text, BMONTH)):
        return read_bangla(text, order)
    try:
        value = read_date(text, source, order)
    except ParseError as err:
        if source == "auto" and err.expected == "a calendar":
            return read_bangla(text, order)  # "1430-10-06": a Bengali year, which no Hijri date of ours has
        raise
    if isinstance(value, HijriDate):
        raise ParseError(
            f"{excerpt(text)} is a lunar Hijri date, not a Bengali one: convert it in a lunar calendar "
            "(--calendar BD is Bangladesh's)",
            text=text,
            position=0,
            expected="a Bengali or Gregorian date",
        )
    if source == "auto" and value < cal.first_gregorian:
        return read_bangla(text, order)  # "1430-10-06": a Bengali year, before any Gregorian day it has
    return value


def _written_in(text: str, kind: Kind) -> bool:
    """Whether ``text`` names a month of ``kind``'s calendar (Bengali, Solar Hijri)."""
    from ._read.lexicon import LEXICON
    from ._read.normalize import skeleton

    return any(
        entry.kind == kind for word in text.split() for entry in LEXICON.entries.get(skeleton(word), ())
    )


def is_rumi_date(text: str, source: ConversionSource) -> bool:
    """Whether :func:`convert_record` reads ``text`` as a date of the Rumi calendar: asked to
    (``source="rumi"``), or marked so ("29 Ağustos 1324 Rumi") and read unasked.

    >>> is_rumi_date("29 Ağustos 1324 Rumi", "auto"), is_rumi_date("29 Ağustos 1324", "auto")
    (True, False)
    """
    from ._read.typed import rumi_marked

    return source == "rumi" or (source == "auto" and rumi_marked(text))


def own_calendar(text: str, source: ConversionSource) -> Calendar | None:
    """The lunar calendar a date of its own calendar is converted in where the caller names
    none: a Rumi date's, the civil tabular one (see :func:`rumi_calendar`); a Bengali date's,
    Bangladesh's (BD), whose desks write both (a trial: "20 Agrahayan 1433" was given its
    Hijri date in Umm al-Qura, a day off BD's, which the checker then asks a Bengali line
    for); None for any other.

    >>> own_calendar("6 Magh 1430", "auto").name, own_calendar("2024-01-20", "auto") is None
    ('BD', True)
    """
    from ._read.lexicon import BMONTH
    from .calendars import get_calendar

    if is_rumi_date(text, source):
        return rumi_calendar()
    if source == "bangla" or (source == "auto" and _written_in(text, BMONTH)):
        return get_calendar("BD")
    return None


def rumi_calendar() -> Calendar:
    """The calendar a Rumi date's lunar date is given in where none is asked for: the civil
    tabular one, as Umm al-Qura's table begins in 1924, about when the Rumi calendar ends."""
    from .calendars import get_calendar

    return get_calendar("civil")


def with_hijri_hint(text: str, value: _V, convert: Callable[[_V], _T]) -> _T:
    """``convert(value)``, whose error, where ``value`` is a Gregorian date in the Hijri
    years' range (1437-04-10), says how to ask for a Hijri date: such a date was likely meant
    as one."""
    from datetime import date

    from ._read.typed import excerpt
    from .errors import DatelineError

    try:
        return convert(value)
    except DatelineError as err:
        if isinstance(value, date) and 1300 <= value.year <= 1700 and "--from hijri" not in err.message:
            # the likelier reading first (a trial: "the tabular calendar 'civil' covers any
            # date" led a user to the Hijri date of AD 1446)
            # a year of the Rumi calendar's may be one of its dates ("1 February 1324")
            rumi = " or a Rumi one (--from rumi)" if 1256 <= value.year <= 1341 else ""
            err.message = (
                f"if {excerpt(text)} is a Hijri date, say so (--from hijri){rumi}; "
                f"read as a Gregorian date, {err.message}"
            )
            err.args = (err.message,)
        raise


def _gregorian_record(day: date) -> dict[str, object]:
    """The Gregorian half of a conversion record, for a record of a solar calendar's date
    alone (its ``calendar`` the Solar Hijri one's unless the caller says another)."""
    from .names.english import GREGORIAN_MONTHS

    return {
        "calendar": "solar-hijri",
        "gregorian": day.isoformat(),
        "weekday": WEEKDAYS[day.weekday()],
        "gregorian_text": f"{day.day} {GREGORIAN_MONTHS[day.month - 1]} {day.year}",
    }


def _with_solar(
    found: dict[str, object], day: date, *, needed: bool = True, afghan: bool = False
) -> dict[str, object]:
    """A conversion record with the Solar Hijri date of its day added: left out for a day
    the calendar lacks (before 1799) unless ``needed``, when the calendar's error is raised;
    ``afghan``: its text in Afghanistan's month names ("7 Mizan 1404 SH")."""
    from .calendars import get_calendar
    from .errors import DatelineError

    try:
        solar = get_calendar("solar-hijri").to_hijri(day)
    except DatelineError:
        if needed:
            raise
        return found
    return {**found, "solar_hijri": solar.isoformat(), "solar_hijri_text": _solar_text(solar, afghan=afghan)}


def _with_bangla(found: dict[str, object], day: date, *, needed: bool) -> dict[str, object]:
    """A conversion record with the date of its day in Bangladesh's Bengali calendar added:
    left out for a day before the calendar's first (14 April 1987) unless ``needed``, when
    the calendar's error is raised."""
    from .calendars import get_calendar
    from .errors import DatelineError

    cal = get_calendar("bangla")
    try:
        own = conversion_record(cal, day, cal.to_hijri(day))
    except DatelineError:
        if needed:
            raise
        return found
    return {**found, **{k: v for k, v in own.items() if k.startswith("bangla")}}


def _with_rumi(found: dict[str, object], day: date, *, needed: bool) -> dict[str, object]:
    """A conversion record with the day's date in the Rumi calendar (1840-1925) added: left
    out for a day outside it unless ``needed``, when the calendar's error is raised."""
    from .calendars.rumi import gregorian_to_rumi
    from .errors import DatelineError

    try:
        year, month, of_month = gregorian_to_rumi(day)
    except DatelineError:
        if needed:
            raise
        return found
    return {
        **found,
        "rumi": f"{year:04d}-{month:02d}-{of_month:02d}",
        "rumi_text": rumi_text(year, month, of_month),
    }


def rumi_text(year: int, month: int, day: int) -> str:
    """ "29 Ağustos 1324 Rumi": a Rumi date as Ottoman-Turkish papers write it."""
    from .names.output import RUMI_MONTHS

    return f"{day} {RUMI_MONTHS[month - 1]} {year} Rumi"


def today_record(cal: Calendar, day: date, *, solar: bool = False, bangla: bool = False) -> dict[str, object]:
    """:func:`conversion_record` of ``day`` in ``cal``, with its Solar Hijri and Bengali
    dates if asked (``bangla``: left out before the Bengali calendar's first day, 14 April
    1987); in a Solar Hijri calendar, the day's Gregorian fields and its Solar Hijri date in
    ``solar_hijri`` and ``solar_hijri_text`` (as :func:`convert_record` gives it).

    >>> import datetime
    >>> from datelines import get_calendar
    >>> today_record(get_calendar("solar-hijri-33"), datetime.date(2024, 3, 20))["solar_hijri"]
    '1403-01-01'
    """
    from .calendars.solar import SolarHijriCalendar

    if isinstance(cal, SolarHijriCalendar):
        solar_date = cal.to_hijri(day)
        return {
            **_gregorian_record(day),
            "calendar": cal.name,
            "solar_hijri": solar_date.isoformat(),
            "solar_hijri_text": _solar_text(solar_date),
        }
    found = conversion_record(cal, day, cal.to_hijri(day))
    if solar:
        found = _with_solar(found, day)
    if bangla and not cal.name.startswith("bangla"):
        found = _with_bangla(found, day, needed=False)
    return found


def _solar_text(solar: HijriDate, *, afghan: bool = False) -> str:
    from .names.english import AFGHAN_MONTHS, SOLAR_HIJRI_ERA, SOLAR_HIJRI_MONTHS

    months = AFGHAN_MONTHS if afghan else SOLAR_HIJRI_MONTHS
    return f"{solar.day} {months[solar.month - 1]} {solar.year} {SOLAR_HIJRI_ERA}"


def calendar_record(name: str, kind: str) -> dict[str, object]:
    """A calendar by name, of its ``kind`` (built-in, computed, authority), and its range.

    >>> calendar_record("umalqura", "built-in")["first_gregorian"]
    '1924-08-01'
    """
    from .calendars import get_calendar

    cal = get_calendar(name)
    return {
        "kind": kind,
        "name": name,
        "first_hijri": cal.first.isoformat(),
        "last_hijri": cal.last.isoformat(),
        "first_gregorian": cal.first_gregorian.isoformat(),
        "last_gregorian": cal.last_gregorian.isoformat(),
    }


def authority_record(found: Authority) -> dict[str, object]:
    """An authority: who it is, how its months are decided, the rules that compute the
    months it did not announce, and the announced months shipped with datelines."""
    from .calendars.authorities import authority_calendar

    cal = authority_calendar(found.id)
    announced = sorted({year for year, _ in cal.announced})
    return {
        "id": found.id,
        "name": found.name,
        "country": found.country,
        "title": found.title,
        "method": found.method,
        "rules": [_rule(r) for r in found.rules],
        "announced_years": [announced[0], announced[-1]] if announced else None,
        "announced_months": len(cal.announced),
        "data": found.data,
        "first_hijri": cal.first.isoformat(),
        "last_hijri": cal.last.isoformat(),
    }


def _rule(rule: Rule) -> str:
    """ "from 1300: mabims at Banda Aceh", "from 1447: khgt (global)", and the printed
    calendar a rule defers to ("the umalqura table where it has the year")."""
    from .calendars.authorities import AUTHORITIES
    from .calendars.criteria import CRITERIA

    if rule.calendar is not None and rule.calendar in AUTHORITIES:  # a body that follows another's months
        return f"from {rule.since}: as {AUTHORITIES[rule.calendar].title} ({rule.calendar})"
    where = "(global)" if CRITERIA[rule.criterion].kind == "global" else f"at {rule.place}"
    printed = f"the {rule.calendar} table where it has the year, else " if rule.calendar else ""
    return f"from {rule.since}: {printed}{rule.criterion} {where}"


def religious_day_record(day: ReligiousDay) -> dict[str, object]:
    """A religious day of a Hijri year: its Gregorian date under each authority, and
    whether that was announced or computed."""
    return {
        "name": day.name,
        "hijri": day.hijri.isoformat(),
        "dates": [
            {"authority": d.authority, "gregorian": d.gregorian.isoformat(), "kind": d.kind}
            for d in day.dates
        ],
        "differ": day.differ,
    }


def style_record(name: str, style: Style, day: date) -> dict[str, object]:
    """A house style, with ``day`` written in it (or, in parentheses, why it cannot be).

    >>> import datetime
    >>> from datelines import get_style
    >>> style_record("iso", get_style("iso"), datetime.date(2016, 1, 20))["example"]
    '1437-04-10/2016-01-20'
    """
    from ._write.format import format_dateline
    from .errors import DatelineError

    try:
        example = format_dateline(day, style)
    except DatelineError as err:
        example = f"({err})"
    return {"name": name, "language": style.language, "example": example, "description": style.description}
