"""Reading one date typed by a person: numeric with a known order, ISO, or written out in
any language the reader knows ("20 Januari 2016", "٢٠ يناير ٢٠١٦", "10 Rabiul Akhir 1437"),
with ``python-dateutil`` for the remaining Gregorian shapes.

One rule for every numeric date, whatever its separator (``-``, ``/``, ``.`` or spaces):
three numbers, a four-digit year, and day and month in an order that is certain: year
first (2016-01-20), or told apart by a value over 12 (20/01/2016), or stated by the
caller. ``01/02/2016`` is 1 February in Jakarta and January 2 in New York, so it is refused
rather than guessed. Whatever is left over after the date is an error, not ignored.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from typing import Final, Literal

from ..errors import DatelineError, InvalidDateError, ParseError
from ..hijri import HijriDate
from ..names.english import BANGLA_MONTHS, GREGORIAN_MONTHS, HIJRI_MONTHS, SOLAR_HIJRI_MONTHS
from ..names.words import TIME_PREPOSITIONS
from .normalize import fold
from .rumi import is_rumi_mark, turkish_month

TYPE_CHECKING = False
if TYPE_CHECKING:
    from ..calendars.base import Calendar
    from ..dateline import Dateline, DatePart

__all__ = [
    "MAX_LENGTH",
    "DateOrder",
    "Source",
    "excerpt",
    "read_bangla",
    "read_date",
    "read_gregorian",
    "read_hijri",
    "read_solar_hijri",
]  # fmt: skip

DateOrder = Literal["dayfirst", "monthfirst"]
Source = Literal["auto", "gregorian", "hijri", "rumi"]

# A date typed by a person is short ("Wednesday, 20 January 2016 CE" is 30 characters);
# a longer text is something else, and would cost dateutil time that grows with its square.
MAX_LENGTH: Final = 200
# Digits of every script, as ASCII (the reader folds them the same way).
_DIGITS: Final = str.maketrans(
    {chr(code): str(value) for zero in (0x0660, 0x06F0, 0x0966, 0x09E6, 0x0BE6, 0x0D66, 0xFF10)
     for value, code in enumerate(range(zero, zero + 10))}
)  # fmt: skip
_NUMERIC: Final = re.compile(r"[\d\s/.\-]+")
_GROUP: Final = re.compile(r"\d+")
_SEPARATOR: Final = re.compile(r"\s*([/.\-])\s*|\s+")


def excerpt(text: str, limit: int = 40) -> str:
    """``text`` quoted for a message, cut to ``limit`` characters.

    >>> print(excerpt("2016-01-20"), excerpt("x" * 50, 8))
    '2016-01-20' 'xxxxxxxx'… (50 characters)
    """
    if len(text) <= limit:
        return repr(text)
    return f"{text[:limit]!r}… ({len(text)} characters)"


_QUOTES: Final = frozenset(
    {('"', '"'), ("'", "'"), ("\u201c", "\u201d"), ("\u00ab", "\u00bb"), ("\u201e", "\u201c")}
)


def _clean(text: object) -> str:
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    cleaned = text.strip().lstrip("\ufeff").strip()  # a byte-order mark from a file or a paste
    if len(cleaned) > 2 and (cleaned[0], cleaned[-1]) in _QUOTES:
        # a date in quotes, as a spreadsheet's cell is copied ('"2016-01-20"', a trial)
        cleaned = cleaned[1:-1].strip()
    if len(cleaned) > MAX_LENGTH:
        raise ParseError(
            f"{excerpt(cleaned)} is too long to be one date (at most {MAX_LENGTH} characters)",
            text=cleaned[:MAX_LENGTH],
            position=MAX_LENGTH,
            expected="one date",
        )
    if not cleaned:
        raise ParseError("no date given: the text is empty", text=text, position=0, expected="a date")
    return cleaned


def _numeric(text: str, order: DateOrder | None, months: Sequence[str]) -> tuple[int, int, int] | None:
    """(year, month, day) of a date written in digits and separators; None when the text
    has letters; an error when it is digits but not one date."""
    digits = text.translate(_DIGITS)
    if not _NUMERIC.fullmatch(digits):
        return None
    bare = digits.strip()
    if bare.endswith(".") and bare[:-1][-1:].isdigit():
        bare = bare[:-1]  # "2016.01.20.", "20.01.2016.": Hungarian and South Slavic dates end so
    if bare and not (bare[0].isdigit() and bare[-1].isdigit()):
        # "-2016-01-20" is no date (there are no negative years here), nor "2016-01-20/"
        sign = bare[0] if not bare[0].isdigit() else bare[-1]
        raise ParseError(
            f"{excerpt(text)} {'begins' if sign == bare[0] and not bare[0].isdigit() else 'ends'} with "
            f"{sign!r}: a date in digits begins and ends with a number",
            text=text,
            position=0 if not bare[0].isdigit() else len(text) - 1,
            expected="day, month and year",
        )
    groups = _GROUP.findall(digits)
    separators = {(match.group(1) or " ") for match in _SEPARATOR.finditer(digits.strip())}
    if len(groups) != 3:
        more = "; give one date at a time" if len(groups) > 3 else ""
        raise ParseError(
            f"{excerpt(text)} is not one date: a date in digits has three numbers (day, month and year), "
            f"this has {len(groups)}{more}",
            text=text,
            position=0,
            expected="day, month and year",
        )
    if len(separators) != 1:
        raise ParseError(
            f"{excerpt(text)} mixes separators ({' and '.join(sorted(repr(s) for s in separators))}); "
            "write the date with one, as 2016-01-20 or 20/01/2016",
            text=text,
            position=0,
            expected="one separator",
        )
    a, b, c = groups
    if len(a) == 4:
        return int(a), int(b), int(c)
    if len(c) != 4:
        raise ParseError(
            f"cannot tell the year in {excerpt(text)}: write it with four digits (2016, 1437, 0622)",
            text=text,
            position=0,
            expected="a four-digit year",
        )
    first, second = int(a), int(b)
    if order == "dayfirst" or (order is None and first > 12 >= second):
        return int(c), second, first
    if order == "monthfirst" or (order is None and second > 12 >= first) or first == second:
        return int(c), first, second
    if first > 12 and second > 12:
        raise InvalidDateError(
            f"neither {first} nor {second} in {excerpt(text)} can be a month",
            field="month",
            value=min(first, second),
            minimum=1,
            maximum=12,
            text=text,
        )
    if min(first, second) < 1:
        raise InvalidDateError(
            f"{excerpt(text)} is not a date: there is no day or month 0",
            field="day",
            value=0,
            minimum=1,
            maximum=31,
            text=text,
        )
    raise ParseError(
        f"ambiguous date {excerpt(text)}: it is {first} {months[second - 1]} day-first, or "
        f"{months[first - 1]} {second} month-first; say which (--dayfirst or --monthfirst)",
        text=text,
        position=0,
        expected="an unambiguous date",
    )


def read_gregorian(text: str, order: DateOrder | None = None) -> date:
    """A Gregorian date from digits (ISO, or numeric with a certain order), or written out
    in any language the reader knows.

    >>> read_gregorian("2016-01-20"), read_gregorian("20 Jan 2016"), read_gregorian("January 20, 2016")
    (datetime.date(2016, 1, 20), datetime.date(2016, 1, 20), datetime.date(2016, 1, 20))
    >>> read_gregorian("20/01/2016"), read_gregorian("01/02/2016", "monthfirst")
    (datetime.date(2016, 1, 20), datetime.date(2016, 1, 2))
    >>> read_gregorian("20 Januari 2016"), read_gregorian("٢٠ يناير ٢٠١٦")
    (datetime.date(2016, 1, 20), datetime.date(2016, 1, 20))
    >>> read_gregorian("01/02/2016")
    Traceback (most recent call last):
    ...
    datelines.errors.ParseError: ambiguous date '01/02/2016': it is 1 February day-first, or January 2 month-first; say which (--dayfirst or --monthfirst)
    >>> read_gregorian("20 Jan 2016 21")
    Traceback (most recent call last):
    ...
    datelines.errors.ParseError: cannot read '21' in '20 Jan 2016 21': give one date
    """
    text = _clean(text)
    iso = _iso_datetime(text)
    if iso is not None:
        return iso
    ymd = _numeric(text, order, GREGORIAN_MONTHS)
    if ymd is not None:
        return checked_date(text, *ymd)
    found = _written(text)
    if found is not None:
        part = _one_part(text, found, "gregorian")
        return part.to_date()
    return _dateutil(text, order)


def read_hijri(text: str, order: DateOrder | None = None) -> HijriDate:
    """A Hijri date in digits (``1437-04-10``, ``10/04/1437``, ``١٤٣٧/٤/١٠``) or written out
    (``10 Rabiul Akhir 1437``, ``١٠ ربيع الآخر ١٤٣٧ هـ``).

    The order rules are those of :func:`read_gregorian`: ``4/10/1437`` (as ICU writes it in
    English) is refused unless the order is given.

    >>> read_hijri("1437-04-10"), read_hijri("29/12/1437"), read_hijri("10 Rabiul Akhir 1437")
    (HijriDate(1437, 4, 10), HijriDate(1437, 12, 29), HijriDate(1437, 4, 10))
    """
    text = _clean(text)
    ymd = _numeric(text, order, HIJRI_MONTHS)
    if ymd is None:
        found = _written(text)
        if found is None:
            raise ParseError(
                f"expected a Hijri date (1437-04-10, 10/04/1437 or 10 Rabiul Akhir 1437), got {excerpt(text)}",
                text=text,
                position=0,
                expected="a Hijri date",
            )
        ymd = _ymd_of(_one_part(text, found, "hijri"))
    try:
        return HijriDate(*ymd)
    except InvalidDateError as err:
        raise InvalidDateError(
            f"{err.message} in {excerpt(text)}",
            field=err.field,
            value=err.value,
            minimum=err.minimum,
            maximum=err.maximum,
            text=text,
        ) from None


def read_date(
    text: str, source: Source = "auto", order: DateOrder | None = None, *, within: Calendar | None = None
) -> HijriDate | date:
    """A date in either calendar: a :class:`HijriDate` or a ``date``. With ``source="auto"``
    a Hijri month name means Hijri, a month of Bangladesh's Bengali calendar or of the Solar
    Hijri calendar that calendar's day (its Gregorian date), and anything else is read as
    Gregorian.

    >>> read_date("10 Rabiul Akhir 1437"), read_date("20 January 2016")
    (HijriDate(1437, 4, 10), datetime.date(2016, 1, 20))
    """
    if source == "hijri":
        return read_hijri(text, order)
    if source == "gregorian":
        return read_gregorian(text, order)
    if source == "rumi":
        from ..calendars.rumi import rumi_to_gregorian

        return rumi_to_gregorian(*read_rumi(text, order))
    if source != "auto":
        raise DatelineError(f"source must be auto, gregorian, hijri or rumi, got {source!r}")
    cleaned = _clean(text)
    if any(ch.isalpha() for ch in cleaned):
        found = _written(cleaned)
        if found is not None and found.hijri is not None and found.gregorian is None:
            return HijriDate(*_ymd_of(_one_part(cleaned, found, "hijri")))
        if found is not None and found.bangla is not None and found.hijri is None and found.gregorian is None:
            # a date of Bangladesh's Bengali calendar ("6 Magh 1430"): its Gregorian day
            from ..calendars import get_calendar

            bangla = HijriDate(*_ymd_of(_one_part(cleaned, found, "bangla")))
            return get_calendar("bangla").to_gregorian(bangla)
        if (
            found is not None
            and found.solar_hijri is not None
            and found.hijri is None
            and found.gregorian is None
        ):
            # a Solar Hijri date written out ("7 Mehr 1404", "۱ فروردین ۱۴۰۳"): its Gregorian day,
            # as a Bengali one is (a review: auto read the one, asked to be told the other)
            from ..calendars import get_calendar

            solar = HijriDate(*_ymd_of(_one_part(cleaned, found, "solar_hijri")))
            return get_calendar("solar-hijri").to_gregorian(solar)
        if found is not None and found.gregorian is not None and found.hijri is None:
            rumi = _rumi_reading(cleaned, found.gregorian, within)
            if rumi is not None:
                return rumi
    if not any(ch.isalpha() for ch in cleaned) and (hijri_like := _hijri_like_year(cleaned)) is not None:
        # "1446/09/01", "١٤٤٦/٠٩/٠١": a Hijri date of our centuries as likely as a Gregorian
        # one of the 15th century (two trials: it was read as AD 1446, and a user led to its
        # Hijri date). Read as Gregorian where the calendar it is converted in has that day (a
        # historian's "--calendar civil"; a review), else asked.
        gregorian = _gregorian_or_none(cleaned, order)
        if (
            within is None
            or gregorian is None
            or not within.first_gregorian <= gregorian <= within.last_gregorian
        ):
            persian = " or --from solar-hijri" if any("\u06f0" <= ch <= "\u06f9" for ch in cleaned) else ""
            raise ParseError(
                f"{excerpt(cleaned)} could be a Hijri date or a Gregorian one of the year {hijri_like}: "
                f"say which (--from hijri{persian} or --from gregorian)",
                text=cleaned,
                position=0,
                expected="a calendar",
            )
        return gregorian
    try:
        return read_gregorian(cleaned, order)
    except DatelineError as err:
        year = _GROUP.match(cleaned.translate(_DIGITS))
        two = isinstance(err, ParseError) and err.expected == "one date"  # (no hint for a dateline: a trial)
        if year is not None and len(year.group()) == 4 and 1 <= int(year.group()) <= 1700 and not two:
            # (not the year 0 of a spreadsheet's placeholder, "0000-00-00": no calendar's)
            # A numeric date in the Hijri years' range, read as Gregorian: say how to ask.
            err.message += f"; if {excerpt(cleaned)} is a Hijri date, say so (--from hijri)"
            err.args = (err.message,)
        raise


def rumi_marked(text: str) -> bool:
    """Whether ``text`` is a western date marked as the Rumi calendar's ("29 Ağustos 1324
    Rumi"), which ``read_date`` reads as one without being told."""
    try:
        found = _written(_clean(text))
    except DatelineError:
        return False  # (the reading says why, where the date is read)
    return (
        found is not None
        and found.hijri is None
        and found.gregorian is not None
        and is_rumi_mark(found.gregorian.era)
    )


def _rumi_reading(text: str, western: DatePart, within: Calendar | None) -> date | None:
    """The day of a western date written out that is a Rumi one: marked so ("29 Ağustos 1324
    Rumi"), its Gregorian day; None for any other. Its month named in Turkish in the Rumi
    calendar's years, unmarked ("29 Ağustos 1324"), it is as likely a Rumi date as a
    Gregorian one of the 14th century (a trial: a historian's Ottoman date was read as AD
    1324), and asked, unless the calendar it is converted in has the Gregorian day (a
    historian's "--calendar civil")."""
    from ..calendars.rumi import RUMI_YEARS, rumi_to_gregorian

    if is_rumi_mark(western.era) or _marked_apart(text, western):
        ymd = _ymd_of(western)
        try:
            day = rumi_to_gregorian(*ymd)
        except DatelineError as err:
            err.message = f"{err.message} in {excerpt(text)}"
            err.args = (err.message,)
            err.text = text
            raise
        # words left over, and a weekday that is not the day's, as for any date (a review:
        # "Pazartesi 29 Ağustos 1324 Rumi", a Friday, was converted without a word)
        _no_leftovers(
            text,
            replace(western, calendar="gregorian", year=day.year, month=day.month, day=day.day),
            marks=_RUMI_TYPED_MARKS,
        )
        return day
    if (
        western.era is not None
        or western.year not in RUMI_YEARS
        or western.day is None
        or not turkish_month(western.month_name)
    ):
        return None
    _no_leftovers(text, replace(western, calendar="rumi"))  # ("29 Ağustos 1324 Hicri": not asked)
    gregorian = _gregorian_or_none(text, None)
    if (
        within is not None
        and gregorian is not None
        and within.first_gregorian <= gregorian <= within.last_gregorian
    ):
        return None
    ymd = _ymd_of(western)
    try:
        day = rumi_to_gregorian(*ymd)
        said = f" ({day.day} {day:%B %Y})"
    except DatelineError:
        said = ""
    raise ParseError(
        f"{excerpt(text)} could be a Rumi date{said} or a Gregorian one of the year {western.year}: "
        "say which (--from rumi or --from gregorian)",
        text=text,
        position=0,
        expected="a calendar",
    )


def _marked_apart(text: str, western: DatePart) -> bool:
    """Whether a Rumi mark stands outside the date's words: "29 Ağustos 1324 (Rumi)", "1324
    Ağustos 29 Rumi", "29 Ağustos 1324 R." (a second review: each was refused as a word left
    over)."""
    if western.era is not None:
        return False
    start, end = western.span
    return any(
        fold(word.strip(".:/-–—")) in _RUMI_TYPED_MARKS
        for piece in (text[:start], text[end:])
        for word in re.findall(r"[^\s,;()\[\]|]+", piece)
    )


def _gregorian_or_none(text: str, order: DateOrder | None) -> date | None:
    try:
        return read_gregorian(text, order)
    except DatelineError:
        return None


def _hijri_like_year(text: str) -> int | None:
    """The year of a date in digits whose four-digit year is one of the Hijri calendar's in
    use (1300-1600): "1446/09/01", "01-09-1446". None for any other."""
    groups = _GROUP.findall(text.translate(_DIGITS))
    years = [int(g) for g in groups if len(g) == 4]
    if len(groups) != 3 or len(years) != 1 or not 1300 <= years[0] <= 1600:
        return None
    return years[0]


def read_solar_hijri(text: str, order: DateOrder | None = None) -> HijriDate:
    """A Solar Hijri date in digits (``1404-07-07``, ``۱۴۰۴/۰۷/۰۷``) or written out (``7
    Mehr 1404``, ``۷ مهر ۱۴۰۴``): its year, month and day, as the ``solar-hijri`` calendar
    takes them (checked there: Esfand has 29 days or 30). A lunar month name is refused.

    >>> read_solar_hijri("7 Mehr 1404"), read_solar_hijri("۱۴۰۴/۰۷/۰۷")
    (HijriDate(1404, 7, 7), HijriDate(1404, 7, 7))
    >>> read_solar_hijri("1 Ramadan 1404")
    Traceback (most recent call last):
    ...
    datelines.errors.ParseError: '1 Ramadan 1404' is a lunar Hijri date, not a Solar Hijri one (Farvardin … Esfand)
    """
    return _read_own(text, order, "solar_hijri", SOLAR_HIJRI_MONTHS, "1404-07-07 or 7 Mehr 1404")


def read_bangla(text: str, order: DateOrder | None = None) -> HijriDate:
    """A date of Bangladesh's Bengali calendar in digits (``1430-10-06``) or written out
    (``6 Magh 1430``, ``০৬ মাঘ ১৪৩০``): its year, month and day, as the ``bangla`` calendar
    takes them (checked there). Another calendar's month name is refused.

    >>> read_bangla("6 Magh 1430"), read_bangla("০৬ মাঘ ১৪৩০ বঙ্গাব্দ")
    (HijriDate(1430, 10, 6), HijriDate(1430, 10, 6))
    """
    return _read_own(text, order, "bangla", BANGLA_MONTHS, "1430-10-06 or 6 Magh 1430")


def read_rumi(text: str, order: DateOrder | None = None) -> tuple[int, int, int]:
    """A date of the Rumi calendar (the Ottoman fiscal one of 1840-1925) in digits
    (``1324-08-29``) or written out in Turkish (``29 Ağustos 1324``, ``10 Teşrin-i sani
    1298``): its year, month and day, its months counted as the Gregorian ones are (Mart is
    3), checked in ``datelines.calendars.rumi``.

    >>> read_rumi("29 Ağustos 1324"), read_rumi("1324-08-29"), read_rumi("10 Teşrin-i sani 1298 Rumi")
    ((1324, 8, 29), (1324, 8, 29), (1298, 11, 10))
    """
    from ..calendars.rumi import rumi_to_gregorian

    text = _clean(text)
    # (digits with a mark after them, "29.08.1324 R.": the digits are the date)
    ymd = _numeric(_RUMI_MARK_AFTER.sub("", text), order, GREGORIAN_MONTHS)
    if ymd is None:
        found = _written(text)
        if found is None:
            raise ParseError(
                f"expected a Rumi date (1324-08-29 or 29 Ağustos 1324), got {excerpt(text)}",
                text=text,
                position=0,
                expected="a Rumi date",
            )
        part = _one_part(text, found, "rumi")
        if part.era is not None and not is_rumi_mark(part.era):
            # "29 Ağustos 1324 M." (Milâdî): the text says it is Gregorian (a review)
            raise ParseError(
                f"{excerpt(text)} is marked {part.era!r}, a Gregorian date, not a Rumi one",
                text=text,
                position=part.span[0],
                expected="a Rumi date",
            )
        ymd = _ymd_of(part)
    try:
        rumi_to_gregorian(*ymd)
    except DatelineError as err:
        err.message = f"{err.message} in {excerpt(text)}"
        err.args = (err.message,)
        err.text = text
        raise
    return ymd


def _read_own(
    text: str,
    order: DateOrder | None,
    calendar: Literal["solar_hijri", "bangla"],
    months: tuple[str, ...],
    example: str,
) -> HijriDate:
    """A date of a calendar with its own month names (Solar Hijri, Bengali)."""
    text = _clean(text)
    title = _CALENDAR_NAMES[calendar]
    ymd = _numeric(text, order, months)
    if ymd is None:
        found = _written(text)
        if found is None:
            raise ParseError(
                f"expected a {title} date ({example}), got {excerpt(text)}",
                text=text,
                position=0,
                expected=f"a {title} date",
            )
        ymd = _ymd_of(_one_part(text, found, calendar))
    try:
        return HijriDate(*ymd)
    except InvalidDateError as err:
        raise InvalidDateError(
            f"{err.message} in {excerpt(text)}",
            field=err.field,
            value=err.value,
            minimum=err.minimum,
            maximum=err.maximum,
            text=text,
        ) from None


def _iso_datetime(text: str) -> date | None:
    """An ISO 8601 date and time ("2016-01-20T10:00", "20160120"), or one with a space for the
    "T", as RFC 3339 allows and pandas, spreadsheets and databases write it ("2016-01-20
    23:30:00"): its date."""
    from datetime import datetime

    spaced = text[4:5] == "-" and text[7:8] == "-" and text[10:11] == " " and text[13:14] == ":"
    if not (text.isascii() and ((len(text) == 8 and text.isdigit()) or "T" in text[8:11] or spaced)):
        return None
    try:
        return datetime.fromisoformat(text).date()
    except ValueError:
        return None


def _written(text: str) -> Dateline | None:
    """What the dateline reader makes of a written date; None when it finds no date."""
    from .api import parse

    try:
        return parse(text)
    except ParseError as err:
        if err.expected == "a Hijri or Gregorian date":
            return None
        raise


_CALENDAR_NAMES: Final = {
    "hijri": "Hijri", "gregorian": "Gregorian", "solar_hijri": "Solar Hijri", "bangla": "Bengali (Bangabda)",
    "rumi": "Rumi",
}  # fmt: skip


def _one_part(
    text: str, line: Dateline, calendar: Literal["hijri", "gregorian", "solar_hijri", "bangla", "rumi"]
) -> DatePart:
    """The one half of ``calendar`` that ``text`` states, whole, and nothing besides it
    (but a weekday that fits it, and punctuation). A Rumi date alone is read as a Gregorian
    one is, in the Turkish month names."""
    parts = {
        "hijri": line.hijri, "gregorian": line.gregorian, "solar_hijri": line.solar_hijri, "bangla": line.bangla
    }  # fmt: skip
    if calendar == "rumi":
        parts["rumi"] = parts.pop("gregorian")
    if sum(part is not None for part in parts.values()) > 1:
        raise ParseError(
            f"{excerpt(text)} holds two dates, the Hijri and Gregorian halves of a dateline: "
            "read datelines with parse or check (datelines parse, datelines check)",
            text=text,
            position=0,
            expected="one date",
        )
    part = parts[calendar]
    if part is None:
        other = next(name for name, found in parts.items() if found is not None)
        said = (
            "a lunar Hijri"
            if other == "hijri" and calendar == "solar_hijri"
            else f"a {_CALENDAR_NAMES[other]}"
        )
        hint = (
            " (Farvardin … Esfand)"
            if calendar == "solar_hijri"
            else "; say so (--from solar-hijri)"
            if other == "solar_hijri"
            else "; convert it in the Bengali calendar (--calendar bangla)"
            if other == "bangla"
            else ""
        )
        raise ParseError(
            f"{excerpt(text)} is {said} date, not a {_CALENDAR_NAMES[calendar]} one{hint}",
            text=text,
            position=0,
            expected=f"a {_CALENDAR_NAMES[calendar]} date",
        )
    _whole(text, [name for name in ("year", "month", "day") if getattr(part, name) is None])
    if calendar == "rumi":
        # its weekday is the Rumi day's, and its mark may stand apart (a second review:
        # "Cuma 29 Ağustos 1324", a Friday, was refused as AD 1324's Tuesday)
        _no_leftovers(text, _rumi_day_part(part), marks=_RUMI_TYPED_MARKS)
    else:
        _no_leftovers(text, part)
    return part


# Marks of a typed Rumi date, wherever they stand: the era's spellings, historians' "R.", and
# "Mali" (the fiscal year, which the Rumi one is).
_RUMI_TYPED_MARKS: Final = frozenset(
    fold(mark) for mark in ("Rumi", "Rûmî", "Rumî", "Rûmi", "R", "Mali", "Malî")
)


_RUMI_MARK_AFTER: Final = re.compile(r"\s*\(?(?:Rumi|Rûmî|Rumî|Rûmi|R\.|Mali|Malî)\)?\.?\s*$", re.IGNORECASE)


def _rumi_day_part(part: DatePart) -> DatePart:
    """A Rumi half as the Gregorian day it names, for its weekday; as it is where the
    calendar lacks the day (that error is the calendar's to give)."""
    from ..calendars.rumi import rumi_to_gregorian

    try:
        day = rumi_to_gregorian(*_ymd_of(part))
    except DatelineError:
        return replace(part, calendar="rumi")
    return replace(part, calendar="gregorian", year=day.year, month=day.month, day=day.day)


def _whole(text: str, missing: list[str]) -> None:
    """Refuse a date that lacks a field ("January 2016" has no day)."""
    if missing:
        raise ParseError(
            f"{excerpt(text)} has no {' or '.join(missing)}: give a whole date",
            text=text,
            position=0,
            expected="a day, a month and a year",
        )


def _ymd_of(part: DatePart) -> tuple[int, int, int]:
    """The fields of a half :func:`_one_part` found whole."""
    assert part.year is not None
    assert part.month is not None
    assert part.day is not None
    return part.year, part.month, part.day


def _no_leftovers(text: str, part: DatePart, marks: frozenset[str] = frozenset()) -> None:
    from .lexicon import LEXICON, WEEKDAY
    from .normalize import skeleton

    start, end = part.span
    for piece, at in ((text[:start], 0), (text[end:], end)):
        for match in re.finditer(r"[^\s,;()\[\]|]+", piece):
            word = match.group().strip(".:/-–—")
            if not word or fold(word) in marks:
                continue
            if at == 0 and fold(word) in _TIME_PREPOSITIONS:
                continue  # "في غرة شهر رمضان سنة ١٢٥٠", "on 20 January 2016": a colophon's "in" (a trial)
            found = LEXICON.entries.get(skeleton(word), ())
            weekday = next((e for e in found if e.kind == WEEKDAY), None)
            if weekday is None:
                raise ParseError(
                    f"cannot read {word!r} in {excerpt(text)}: give one date",
                    text=text,
                    position=at + match.start(),
                    expected="nothing more",
                )
            if part.day is None:  # a year or month alone (a period) is no one day
                raise ParseError(
                    f"{excerpt(text)} names a weekday ({word}) but no day: give the whole date",
                    text=text,
                    position=at + match.start(),
                    expected="a day",
                )
            if part.calendar == "gregorian":
                day = part.to_date()
                if day.weekday() != weekday.value:
                    from ..names.english import WEEKDAYS

                    raise InvalidDateError(
                        f"{excerpt(text)} is not a {word}: {day.day} {GREGORIAN_MONTHS[day.month - 1]} "
                        f"{day.year} is a {WEEKDAYS[day.weekday()]}",
                        field="weekday",
                        value=word,
                        minimum=0,
                        maximum=6,
                        text=text,
                    )


_TIME_PREPOSITIONS: Final = frozenset(fold(word) for word, _ in TIME_PREPOSITIONS)


def checked_date(text: str, year: int, month: int, day: int) -> date:
    """``date(year, month, day)``, or an :class:`InvalidDateError` that says which field of
    ``text`` is wrong and why ("day 30 does not exist: February 2016 has 29 days")."""
    try:
        return date(year, month, day)
    except ValueError as err:
        field, low, high = (
            ("year", 1, 9999) if not 1 <= year <= 9999
            else ("month", 1, 12) if not 1 <= month <= 12
            else ("day", 1, _days_in(year, month))
        )  # fmt: skip
        value = {"year": year, "month": month, "day": day}[field]
        what = (
            f"day {day} does not exist: {GREGORIAN_MONTHS[month - 1]} {year} has {high} days"
            if field == "day"
            else f"{field} must be in {low}..{high}, got {value}"
        )
        raise InvalidDateError(
            f"{excerpt(text)} is not a date: {what}",
            field=field,
            value=value,
            minimum=low,
            maximum=high,
            text=text,
        ) from err


def _days_in(year: int, month: int) -> int:
    import calendar

    return calendar.monthrange(year, month)[1]


def _dateutil(text: str, order: DateOrder | None) -> date:
    from datetime import datetime

    from dateutil.parser import ParserError, parse

    # Parse twice with different defaults: a field that changes was not in the text.
    defaults = (datetime(2000, 1, 1), datetime(2004, 3, 3))
    results = []
    for default in defaults:
        try:
            results.append(parse(text, default=default, dayfirst=order == "dayfirst"))
        except (ParserError, ValueError, OverflowError, TypeError) as err:
            message = str(err).split(":")[0] or "not a date"
            raise ParseError(
                f"cannot read {excerpt(text)} as a date ({message.lower()})",
                text=text,
                position=0,
                expected="a date",
            ) from None
    first, second = results
    missing = [
        name
        for name, a, b in (
            ("year", first.year, second.year),
            ("month", first.month, second.month),
            ("day", first.day, second.day),
        )
        if a != b
    ]
    _whole(text, missing)
    if first.time() != datetime.min.time() or first.tzinfo is not None:
        raise ParseError(
            f"{excerpt(text)} holds a time as well: give a date alone",
            text=text,
            position=0,
            expected="a date",
        )
    return first.date()
