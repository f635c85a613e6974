"""The values the reader returns: :class:`DatePart` (one calendar's half) and
:class:`Dateline` (both halves, with weekday, place and agency).

They record what the text says, even when the halves disagree or a date cannot exist:
agreement is the checker's job.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal

from .errors import DatelineError, InvalidDateError
from .hijri import HijriDate

__all__ = ["DatePart", "Dateline", "TimeOfDay"]

# "rumi": the western half of an Ottoman line of 1840-1925 dated in the Rumi (fiscal)
# calendar ("15 Şaban 1326 / 29 Ağustos 1324"), which stands where a Gregorian half would;
# "julian": a western half marked Old Style ("6 July 1834 (O.S.)").
CalendarKind = Literal["hijri", "gregorian", "solar_hijri", "bangla", "rumi", "julian"]
# Which end of a month the text says falls on the other half's day (see DatePart.boundary).
MonthBoundary = Literal["begins", "ends"]


@dataclass(frozen=True, slots=True)
class DatePart:
    """One half of a dateline, as written: any of year, month and day may be missing.

    ``text`` and ``span`` are the half's own text and its character span in the source;
    ``month_name`` and ``era`` are the month name and era mark as written, if any;
    ``ambiguous_order`` is true for a half written in digits whose day and month could be
    swapped ("4/10/2024", read day-first as 4 October): the checker tries both.
    ``inferred_year``: when the text gives a day and month but no year, and the other half
    is a whole date, the year that makes the two halves the same day ("1st Muharram" beside
    "7 July 2024" is 1446). It is marked as inferred by standing here: ``year`` is only
    ever what the text states.
    ``year_end``: for a year written as a range of two years side by side, the second: "AH
    1109 (1697-98)" has a Gregorian half of 1697 to 1698, the years the Hijri one spans (the
    checker compares the two with them); and for a register's range of years in each
    calendar, its era first, the last: "H.1217-1225 / M. 1802-1810" has halves of 1217 to 1225
    and 1802 to 1810 (the checker compares each end with the other's).
    ``boundary``: for a Hijri month named without its day, ``"begins"`` or ``"ends"`` when
    the text says the month begins or ends on the other half's day ("Ramadan 1445 will
    begin on Monday, 11 March 2024"). The day stays unstated (``None``), as the text leaves
    it; the checker compares the date with the month's first day, or its last.

    >>> DatePart("hijri", None, 1, 1, "1st Muharram", (0, 12), inferred_year=1446).isoformat()
    '--01-01'
    >>> import datelines
    >>> line = datelines.parse("Ramadan 1445 will begin on Monday, 11 March 2024")
    >>> line.hijri.isoformat(), line.hijri.boundary, line.gregorian.isoformat()
    ('1445-09', 'begins', '2024-03-11')
    """

    calendar: CalendarKind
    year: int | None
    month: int | None
    day: int | None
    text: str
    span: tuple[int, int]
    month_name: str | None = None
    era: str | None = None
    ambiguous_order: bool = False
    inferred_year: int | None = None
    boundary: MonthBoundary | None = None
    year_end: int | None = None

    @property
    def complete(self) -> bool:
        """Whether year, month and day are all stated."""
        return self.year is not None and self.month is not None and self.day is not None

    def isoformat(self) -> str:
        """ISO 8601 form, partial where the text is: ``1437-04-10``, ``1437-04``, ``1437``,
        ``--04-10`` (month and day), ``--04`` (month alone), ``---10`` (day alone),
        ``2023---22`` (a year and a day of a month unsaid: "2023 சனிக்கிழமை 22 ஆம் திகதி").

        >>> DatePart("hijri", 1437, 4, None, "Rabi' II 1437", (0, 13)).isoformat()
        '1437-04'
        """
        year = "" if self.year is None else f"{self.year:04d}"
        month = None if self.month is None else f"{self.month:02d}"
        day = None if self.day is None else f"{self.day:02d}"
        if year and day and not month:
            return f"{year}---{day}"  # the year, and the day alone as "---10" writes it
        if year:
            return "-".join(p for p in (year, month, day if month else None) if p)
        if month:
            return f"--{month}" + (f"-{day}" if day else "")
        return f"---{day}" if day else ""

    def to_date(self) -> date:
        """The day the western half names, as a ``date``: :class:`~datelines.DatelineError`
        when it is not a whole Gregorian (or Rumi, or Julian) date,
        :class:`~datelines.InvalidDateError` when it cannot exist ("29 February 2023"). A Rumi
        or Julian half gives the day its date is, not its numbers.

        >>> import datelines
        >>> datelines.parse("15 Şaban 1326 / 29 Ağustos 1324").gregorian.to_date()
        datetime.date(1908, 9, 11)
        """
        if (
            self.calendar == "rumi"
            and self.year is not None
            and self.month is not None
            and self.day is not None
        ):
            from .calendars.rumi import rumi_to_gregorian

            return rumi_to_gregorian(self.year, self.month, self.day)
        if (
            self.calendar == "julian"
            and self.year is not None
            and self.month is not None
            and self.day is not None
        ):
            return _julian_day(self)
        if self.calendar != "gregorian" or self.year is None or self.month is None or self.day is None:
            raise DatelineError(
                f"{self.isoformat() or self.text!r} is not a whole Gregorian date", text=self.text
            )
        try:
            return date(self.year, self.month, self.day)
        except ValueError as err:
            field = "year" if not 1 <= self.year <= 9999 else "month" if not 1 <= self.month <= 12 else "day"
            raise InvalidDateError(
                f"{self.text!r} does not exist: {err}",
                field=field,
                value=getattr(self, field),
                minimum=1,
                maximum={"year": 9999, "month": 12, "day": 31}[field],
                text=self.text,
            ) from None

    def to_hijri(self) -> HijriDate:
        """The Hijri half (lunar or Solar Hijri) as a :class:`HijriDate`:
        :class:`~datelines.DatelineError` when incomplete, :class:`~datelines.InvalidDateError`
        when out of bounds."""
        if (
            self.calendar in ("gregorian", "rumi", "julian")
            or self.year is None
            or self.month is None
            or self.day is None
        ):
            raise DatelineError(
                f"{self.isoformat() or self.text!r} is not a whole Hijri date", text=self.text
            )
        return HijriDate(self.year, self.month, self.day)


def _julian_day(part: DatePart) -> date:
    """The day a whole Julian half names."""
    from .calendars.julian import julian_month_length, julian_to_ordinal

    assert part.year is not None and part.month is not None and part.day is not None  # noqa: PT018
    if not 1 <= part.month <= 12:
        raise InvalidDateError(
            f"{part.text!r} does not exist: there is no month {part.month}",
            field="month", value=part.month, minimum=1, maximum=12, text=part.text,
        )  # fmt: skip
    length = julian_month_length(part.year, part.month)
    if not 1 <= part.day <= length:
        raise InvalidDateError(
            f"{part.text!r} does not exist in the Julian calendar: its month has {length} days",
            field="day", value=part.day, minimum=1, maximum=length, text=part.text,
        )  # fmt: skip
    return date.fromordinal(julian_to_ordinal(part.year, part.month, part.day))


@dataclass(frozen=True, slots=True)
class TimeOfDay:
    """A time of day stated with a dateline: words for the evening or the night
    ("malam", "مساء", "tonight"), a clock time, or both.

    ``evening``: the words say evening or night. ``hour`` and ``minute``: the clock time,
    on the 24-hour clock ("7.30 pm" is 19:30). ``utc_offset``: the written zone's offset in
    minutes east of UTC ("WIB" is 420), if a zone is written. ``night_before``: the words
    name the night before the weekday after them ("malam Senin", "ليلة الأحد": Sunday
    evening). ``text`` and ``span``: as written, and where.

    >>> TimeOfDay("19.00 WIB", (40, 49), hour=19, minute=0, utc_offset=420).clock
    '19:00'
    """

    text: str
    span: tuple[int, int]
    evening: bool = False
    hour: int | None = None
    minute: int | None = None
    utc_offset: int | None = None
    night_before: bool = False

    @property
    def clock(self) -> str | None:
        """The clock time as ``HH:MM``, if one is stated."""
        return None if self.hour is None else f"{self.hour:02d}:{self.minute or 0:02d}"


@dataclass(frozen=True, slots=True)
class Dateline:
    """A dual dateline: what a text states in the Hijri and the Gregorian calendar.

    ``weekday`` is the stated weekday (Monday = 0, as ``date.weekday()``), ``weekday_text``
    as written; ``place`` and ``agency`` are what stands before and after it in a news
    dateline ("Seoul", "MINA"); ``span`` is the character span in the source and ``text``
    that part of it; ``languages`` the languages of the words that were matched; ``time``
    the time of day stated with it, if any ("Minggu malam", "19.00 WIB"). ``solar_hijri``
    is the Solar Hijri half of an Iranian or Afghan line ("۷ مهر ۱۴۰۴ / ۰۶ ربیع الثانی
    ۱۴۴۷ / 2025 September 29"), when it states one; ``bangla`` the Bengali half of a
    Bangladeshi line ("২০ জানুয়ারি ২০২৪, ০৬ মাঘ ১৪৩০, ০৮ রজব ১৪৪৫"); ``hijri`` is always the
    lunar half. ``gregorian`` is the western half: in an Ottoman line of 1840-1925 dated in
    the Rumi calendar, the Rumi half (its ``calendar`` is ``"rumi"``, its numbers the Rumi
    date's, Mart being month 3), read so where its year is one of the Rumi calendar's and
    the Hijri year is as much or up to four more, as no Gregorian year of then is.

    An Ottoman line that gives a Gregorian date after its Rumi one (a three-calendar
    masthead: "14 Şaban 1338 - 3 Mayıs 1336 - 3 Mayıs 1920") has that date as ``gregorian``
    and the Rumi one as ``rumi``; the checker measures each against the others. ``rumi`` is
    ``None`` on every other line.

    A western half marked Old Style ("(O.S.)", "vieux style", "по старому стилю") is a
    Julian one (``calendar="julian"``), to 1923.

    >>> import datelines
    >>> line = datelines.parse("15 Şaban 1326 / 29 Ağustos 1324")
    >>> line.gregorian.calendar, line.gregorian.isoformat(), line.gregorian.to_date().isoformat()
    ('rumi', '1324-08-29', '1908-09-11')
    >>> three = datelines.parse("14 Şaban 1338 - 3 Mayıs 1336 - 3 Mayıs 1920")
    >>> three.gregorian.isoformat(), three.rumi.calendar, three.rumi.isoformat()
    ('1920-05-03', 'rumi', '1336-05-03')
    >>> old = datelines.parse("12 Rabi I 1250 / 6 July 1834 (O.S.)").gregorian
    >>> old.calendar, old.isoformat(), old.to_date().isoformat()
    ('julian', '1834-07-06', '1834-07-18')
    """

    hijri: DatePart | None
    gregorian: DatePart | None
    text: str
    span: tuple[int, int]
    weekday: int | None = None
    weekday_text: str | None = None
    place: str | None = None
    agency: str | None = None
    languages: tuple[str, ...] = ()
    time: TimeOfDay | None = None
    solar_hijri: DatePart | None = None
    bangla: DatePart | None = None
    rumi: DatePart | None = None
