"""Why disagreeing halves disagree: the known causes, tried in order of likelihood.

A cause explains a line when, with it, the halves agree. The causes are: for western
dates before the Gregorian reform, the Julian calendar; a newsroom a day off the Saudi
calendar (a local-sighting offset); another calendar; two days off; and the slips of the
pen, from one generator of candidate halves (:func:`slips`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import suppress
from dataclasses import replace
from datetime import date
from typing import Final, NamedTuple

from ..calendars import AUTHORITY_IDS, CALENDAR_NAMES, Calendar, get_calendar
from ..calendars.julian import julian_month_length, julian_to_ordinal
from ..dateline import DatePart
from ..errors import DatelineError
from . import messages
from .compare import compare, valid_hijri
from .verdict import Explanation, ExplanationKind

__all__ = ["Slip", "digit_slips", "explanations", "slips"]


class Slip(NamedTuple):
    """A slip of the pen that could have made a half what it is: the explanation's kind,
    the value the half would have had, the value it has, and the half with the first."""

    kind: ExplanationKind
    value: int
    original: int
    candidate: DatePart
    weekday: int | None = None  # the line's weekday, where it is what points to the slip


def explanations(
    hijri: DatePart,
    gregorian: DatePart,
    cal: Calendar,
    julian: bool,
    *,
    weekday: int | None = None,
    others: Iterable[tuple[str, Calendar]] = (),
) -> tuple[Explanation, ...]:
    """Every known cause that makes the halves agree in ``cal``, most likely first; ``weekday``,
    the line's own (0 is Monday), points to a Gregorian day mistyped by a digit, in ``cal`` or
    the first of ``others`` (authorities' ids and calendars, in the order the line points to
    them) where the halves then agree."""
    found: list[Explanation] = []

    def agrees(h: DatePart, g: DatePart, calendar: Calendar, as_julian: bool = julian) -> bool:
        try:
            return bool(compare(h, g, calendar, as_julian).agrees) and (
                not h.complete or valid_hijri(h, calendar)
            )
        except DatelineError:
            return False

    if not julian and julian_reading(gregorian):
        if agrees(hijri, gregorian, cal, as_julian=True):
            found.append(Explanation("julian", messages.julian(gregorian, _julian_day(gregorian))))
        elif cal.name in _TABULAR_PAIR:
            # the other tabular calendar, as historians convert by either ("12 Rabi I 1250 / 6
            # July 1834", Old Style unmarked: "no known slip" in the civil one; a trial)
            twin = get_calendar(_TABULAR_PAIR[cal.name])
            if agrees(hijri, gregorian, twin, as_julian=True):
                said = (
                    f"{messages.julian(gregorian, _julian_day(gregorian))} in {messages.calendar_title(twin)}"
                )
                found.append(Explanation("julian", said, calendar=twin.name))
    if (flipped := _reversed_numbers(hijri, gregorian)) is not None and agrees(*flipped, cal):
        found.append(Explanation("reversed-digits", messages.reversed_digits(hijri, gregorian, *flipped)))
    # Another body's calendar of the same country first: an Indonesian line with
    # Muhammadiyah's date is checked against Indonesia's (a trial: its message named a
    # local-sighting offset and Umm al-Qura, not Muhammadiyah, which the line names).
    country = cal.name.split("-")[0]
    for name in AUTHORITY_IDS:
        if (
            name != cal.name
            and name.split("-")[0] == country
            and agrees(hijri, gregorian, get_calendar(name))
        ):
            found.append(Explanation("calendar", messages.calendar_title(get_calendar(name)), calendar=name))
    for shift in (1, -1):
        found.extend(_offset(hijri, gregorian, cal, shift, agrees))
    for name in CALENDAR_NAMES:
        if name != cal.name and agrees(hijri, gregorian, get_calendar(name)):
            found.append(Explanation("calendar", messages.calendar_title(get_calendar(name)), calendar=name))
    for shift in (2, -2):
        found.extend(_offset(hijri, gregorian, cal, shift, agrees))
    listed: tuple[tuple[str, Calendar], ...] | None = None
    evidenced: list[Explanation] = []
    for slip in slips(hijri, gregorian, None if julian else weekday):
        pair = (slip.candidate, gregorian) if slip.candidate.calendar == "hijri" else (hijri, slip.candidate)
        # (a year of our time put right is no Julian date: "… / 31 March 1446", 2025 meant)
        modern = slip.kind == "gregorian-year" and slip.value > _LAST_JULIAN[0]
        if agrees(*pair, cal, as_julian=julian and not modern):
            found.append(explained := Explanation(slip.kind, messages.slip(slip), value=slip.value))
            if slip.weekday is not None:
                evidenced.append(explained)
        elif (slip.weekday is not None or slip.kind == "hijri-year") and others:
            # The weekday is the evidence of the slip, whichever authority the line follows:
            # "Monday, June 29, 2023, to be the first day of Zul-Hijjah 1444" (Nigeria, whose 1
            # Dhu al-Hijjah was Umm al-Qura's, 19 June) is checked against the nearest calendar,
            # Malaysia's, where 19 June was still Dhu al-Qa'dah. So is a Hijri year with two
            # digits swapped, decades off: "Казань, 5 декабря 2026 г. / 25 джумада-ль-ахира 1484
            # г.х." is Umm al-Qura's day, a day before Russia's muftiates' (stop 59).
            asked = listed if listed is not None else (listed := tuple(others))  # a generator, read once
            other = next(((name, c) for name, c in asked if agrees(*pair, c)), None)
            if other is not None:
                described = f"{messages.slip(slip)} in {messages.calendar_title(get_calendar(other[0]))}"
                found.append(Explanation(slip.kind, described, calendar=other[0], value=slip.value))
    # A slip found twice (the day one off, and the day with a digit changed: 31 and 30) is
    # one explanation. A slip the line's weekday bears out is the likeliest: "الثلاثاء … 3
    # دجنبر" (a Wednesday) meant the 2nd, before any offset (a trial).
    found = [e for e in found if e.kind == "gregorian-day" and e in evidenced] + [
        e for e in found if not (e.kind == "gregorian-day" and e in evidenced)
    ]
    return tuple(dict.fromkeys(found))


_TABULAR_PAIR: Final = {"civil": "astronomical", "astronomical": "civil"}


def _reversed_numbers(hijri: DatePart, gregorian: DatePart) -> tuple[DatePart, DatePart] | None:
    """Both halves with the digits of each number in reverse, where a year cannot be as
    written and can be so: text copied out of a right-to-left page may keep its numbers
    backwards ("یکم شعبان المعظم۴۴۴۱ھ مطابق ۲۲فروری ۳۲۰۲", 1444 and 2023; a held-out line)."""
    if hijri.year is None or gregorian.year is None:
        return None
    if hijri.year <= _LAST_HIJRI_YEAR and gregorian.year <= _LAST_WESTERN_YEAR:
        return None  # both years may be as written: a slip is likelier than a page backwards

    def back(value: int | None) -> int | None:
        return None if value is None else int(str(value)[::-1])

    flipped = (
        replace(hijri, year=back(hijri.year), day=back(hijri.day)),
        replace(gregorian, year=back(gregorian.year), day=back(gregorian.day)),
    )
    for part in flipped:
        if (
            part.year is None
            or not 1 <= part.year <= _LAST_WESTERN_YEAR
            or (part.day is not None and not 1 <= part.day <= 31)
        ):
            return None
    return flipped


def _years_may_meet(hijri_year: int | None, gregorian_year: int | None) -> bool:
    """Whether a Hijri year and a Gregorian year can share a day, with a year to spare either
    way: the Gregorian years a Hijri year spans are those of its start and end (the Hijri year
    is 354 or 355 days; its start moves back 11 days a year from 622)."""
    if hijri_year is None or gregorian_year is None:
        return True
    start = hijri_year * 0.970229 + 621.5643
    return start - 2 <= gregorian_year <= start + 3


def _offset(
    hijri: DatePart,
    gregorian: DatePart,
    cal: Calendar,
    shift: int,
    agrees: Callable[[DatePart, DatePart, Calendar], bool],
) -> list[Explanation]:
    try:
        shifted = get_calendar(cal, offset=shift)
    except DatelineError:
        return []
    if not agrees(hijri, gregorian, shifted):
        return []
    return [Explanation("offset", messages.offset(shift), calendar=shifted.name, offset=shift)]


# The last Julian day anyone wrote as their country's date: Greece left the Julian calendar
# on 15 February 1923 (Britain and its empire in 1752, Russia in 1918, the Ottoman state's
# Rumi calendar in 1917). Before it, a western date may be Old Style: histories of British
# India, of Russia and the Caucasus give them so (a review).
_LAST_JULIAN: Final = (1923, 2, 15)


def julian_reading(gregorian: DatePart) -> bool:
    """Whether a whole western half names a day that exists in the Julian calendar, of the
    years it was written in (to 1923): one that may have been written in it."""
    if not gregorian.complete:
        return False
    assert gregorian.year is not None
    assert gregorian.month is not None
    assert gregorian.day is not None
    if not (1 <= gregorian.year <= _LAST_JULIAN[0] and 1 <= gregorian.month <= 12):
        return False
    if (gregorian.year, gregorian.month, gregorian.day) > _LAST_JULIAN:
        return False
    return (
        1 <= gregorian.day <= julian_month_length(gregorian.year, gregorian.month)
        and _julian_day(gregorian) >= 1
    )


def _julian_day(gregorian: DatePart) -> int:
    assert gregorian.year is not None
    assert gregorian.month is not None
    assert gregorian.day is not None
    return julian_to_ordinal(gregorian.year, gregorian.month, gregorian.day)


# The latest years a slip of the pen is taken to have meant: a line is of the past or of
# the next centuries, as the authorities' calendars are (to 1600 AH, 2174).
_LAST_HIJRI_YEAR: Final = 1700
_LAST_WESTERN_YEAR: Final = 2300


def slips(hijri: DatePart, gregorian: DatePart, weekday: int | None = None) -> Iterator[Slip]:
    """Each slip of the pen that could have made a half what it is: the Gregorian day one
    off; a day that cannot exist with a digit slipped ("100 Ramadan" for 10), or that can, where
    the line's weekday is not its day's and is the slipped day's ("Monday, June 29, 2023", a
    Thursday, for Monday 19 June: a held-out line); a year with a digit slipped, where it can
    share days with the other half's year; the month one off."""
    if gregorian.day is not None:
        for day in (gregorian.day - 1, gregorian.day + 1):
            yield Slip(
                "gregorian-day",
                day,
                gregorian.day,
                replace(gregorian, day=day),
                _fits(gregorian, day, weekday),
            )
        yield from _weekday_day_slips(gregorian, weekday)
        yield from _hijri_day_slips(hijri, gregorian, weekday)
    yield from _year_of_the_other_half(hijri, gregorian)
    for part in (hijri, gregorian):
        hijri_side = part.calendar == "hijri"
        if part.day is not None and not 1 <= part.day <= 30:
            for day in digit_slips(part.day, 1, 31):
                yield Slip(
                    "hijri-day" if hijri_side else "gregorian-day", day, part.day, replace(part, day=day)
                )
        if part.year is not None:
            other = gregorian.year if hijri_side else hijri.year
            # no year past the next centuries': a history's "571" is no slip of 5781 (set 14b)
            for year in digit_slips(part.year, 100, _LAST_HIJRI_YEAR if hijri_side else _LAST_WESTERN_YEAR):
                if not (_years_may_meet(year, other) if hijri_side else _years_may_meet(other, year)):
                    continue  # centuries off the other half's year: no slip that makes them one day
                yield Slip(
                    "hijri-year" if hijri_side else "gregorian-year",
                    year,
                    part.year,
                    replace(part, year=year),
                )
        turned = int(str(part.day)[::-1]) if part.day is not None and part.day >= 10 else 0
        if part.day is not None and turned != part.day and 1 <= turned <= 31:
            # the day's two digits swapped, the commonest slip ("21 ربيع الأول" for 12, "13
            # March" for 31, "71 September" for 17; a trial: named only with a weekday's help)
            yield Slip(
                "hijri-day" if hijri_side else "gregorian-day", turned, part.day, replace(part, day=turned)
            )
        if part.month is not None and 1 <= part.month <= 12:
            for month in (part.month - 1, part.month + 1):
                if 1 <= month <= 12:
                    yield Slip(
                        "hijri-month" if hijri_side else "gregorian-month",
                        month,
                        part.month,
                        replace(part, month=month),
                    )


def _year_of_the_other_half(hijri: DatePart, gregorian: DatePart) -> Iterator[Slip]:
    """One half's year written in the other ("1 Shawwal 1446 AH / 31 March 1446", "1 Shawwal
    2025ھ / 31 March 2025"): the years near the one the other half's year says (a trial: "211467
    days ahead", "cannot be compared")."""
    if hijri.year is None or gregorian.year is None or hijri.year != gregorian.year:
        return
    western = round(0.970229 * hijri.year + 621.5643)
    for year in (western, western - 1, western + 1):
        if 1 <= year <= _LAST_WESTERN_YEAR:
            yield Slip("gregorian-year", year, gregorian.year, replace(gregorian, year=year))
    lunar = round((gregorian.year - 621.5643) / 0.970229)
    for year in (lunar, lunar - 1, lunar + 1):
        if 1 <= year <= _LAST_HIJRI_YEAR:
            yield Slip("hijri-year", year, hijri.year, replace(hijri, year=year))


def _hijri_day_slips(hijri: DatePart, gregorian: DatePart, weekday: int | None) -> Iterator[Slip]:
    """The Hijri day with a digit slipped, where the line's weekday is the Gregorian day's: that
    half stands, and the Hijri day is the one to doubt. Not within four days, where a day
    miscounted or a calendar's offset is as likely as a slip ("Friday, 15 Ramadan 1445 / 22
    March 2024", the 12th: no slip is named) ("يوم الخميس 20 من جمادى الأولى 1447 هجرياً، الموافق 2025/11/20 م": Thursday 20
    November was the 29th; a held-out line)."""
    if weekday is None or not gregorian.complete or hijri.day is None or not 1 <= hijri.day <= 30:
        return
    assert gregorian.year is not None
    assert gregorian.month is not None
    assert gregorian.day is not None
    try:
        if date(gregorian.year, gregorian.month, gregorian.day).weekday() != weekday:
            return
    except ValueError:
        return
    for day in digit_slips(hijri.day, 1, 30):
        if abs(day - hijri.day) <= 4:
            continue
        if (day - hijri.day) % 7 == 0:
            # a week or weeks apart, the weekday fits the Gregorian day a slip the other way
            # makes as well, and tells neither half: both are named, the Gregorian one first
            # ("Saturday, 8 March 2025 / 1 Ramadan 1446": Saturday 1 March was 1 Ramadan; a review)
            other = gregorian.day - (day - hijri.day)
            if other in digit_slips(gregorian.day, 1, 31):
                with suppress(ValueError):
                    date(gregorian.year, gregorian.month, other)
                    yield Slip("gregorian-day", other, gregorian.day, replace(gregorian, day=other))
        yield Slip("hijri-day", day, hijri.day, replace(hijri, day=day))


def _fits(gregorian: DatePart, day: int, weekday: int | None) -> int | None:
    """``weekday`` where it is the weekday of the Gregorian half with ``day`` for its day and
    not the half's own: the line's weekday is then the evidence of that slip."""
    if weekday is None or gregorian.year is None or gregorian.month is None or gregorian.day is None:
        return None
    try:
        said = date(gregorian.year, gregorian.month, gregorian.day).weekday()
        meant = date(gregorian.year, gregorian.month, day).weekday()
    except ValueError:
        return None
    return weekday if meant == weekday != said else None


def _weekday_day_slips(gregorian: DatePart, weekday: int | None) -> Iterator[Slip]:
    """The Gregorian day with a digit slipped (not one off: :func:`slips` tries those) whose
    weekday is the line's, where the day said is not that weekday."""
    if weekday is None or not gregorian.complete:
        return
    assert gregorian.year is not None
    assert gregorian.month is not None
    assert gregorian.day is not None
    try:
        if date(gregorian.year, gregorian.month, gregorian.day).weekday() == weekday:
            return
    except ValueError:
        pass  # a day its month has not: the weekday may still point to the day meant
    for day in digit_slips(gregorian.day, 1, 31):
        if abs(day - gregorian.day) == 1:
            continue
        try:
            fits = date(gregorian.year, gregorian.month, day).weekday() == weekday
        except ValueError:
            continue
        if fits:
            yield Slip("gregorian-day", day, gregorian.day, replace(gregorian, day=day), weekday)


def digit_slips(value: int, low: int, high: int) -> list[int]:
    """Numbers in low..high one slip of the finger from ``value``: off by one, one digit
    wrong, two neighbouring digits swapped, a digit doubled, dropped or left out (1434 for
    1444, 14445 for 1445, 145 for 1445, 100 for 10).

    >>> 1445 in digit_slips(145, 100, 9999), 1445 in digit_slips(14445, 100, 9999), digit_slips(100, 1, 31)
    (True, True, [10])
    """
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
