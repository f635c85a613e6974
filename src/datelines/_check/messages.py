"""The checker's English sentences, all in one place: what a copy editor reads.

Each function returns one sentence (or the words that go into one); the checker decides
which to say. Names of months, weekdays and calendars come from :mod:`datelines.names`.
"""

from __future__ import annotations

from datetime import date

from ..calendars import Calendar
from ..dateline import DatePart
from ..hijri import HijriDate
from ..names.english import CALENDAR_TITLES, GREGORIAN_MONTHS, HIJRI_MONTHS, NUMBER_WORDS, WEEKDAYS

TYPE_CHECKING = False
if TYPE_CHECKING:
    from .explain import Slip

__all__ = [
    "ambiguous_order",
    "authorities_differ",
    "boundary_missed",
    "boundary_missed_yearless",
    "calendar_title",
    "cannot_compare",
    "day_beyond_month",
    "days",
    "disagree",
    "evening_before",
    "evening_unsaid",
    "explained",
    "gregorian_words",
    "hijri_day_beyond_month",
    "hijri_words",
    "impossible_and_expected",
    "inferred_year",
    "julian",
    "month_boundary",
    "no_day",
    "no_month",
    "no_overlap",
    "not_a_year",
    "offset",
    "one_half",
    "out_of_range",
    "part_words",
    "slip",
    "tabular_day_apart",
    "too_many_hijri_days",
    "unknown_month",
    "weekday",
    "year_range",
    "yearless",
    "years_glossed",
    "years_only",
    "years_swapped",
]


# --- words ---------------------------------------------------------------------------


def days(n: int) -> str:
    """ "one day", "two days", "365 days"."""
    n = abs(n)
    word = NUMBER_WORDS[n] if n < len(NUMBER_WORDS) else str(n)
    return f"{word} day" if n == 1 else f"{word} days"


def gregorian_words(day: date) -> str:
    """ "20 January 2016"."""
    return f"{day.day} {GREGORIAN_MONTHS[day.month - 1]} {day.year}"


def hijri_words(day: HijriDate) -> str:
    """ "10 Rabi' al-Thani 1437"."""
    return f"{day.day} {HIJRI_MONTHS[day.month - 1]} {day.year}"


def part_words(part: DatePart) -> str:
    """A half in words, as far as it goes: "Ramadan 1437", "15 November"."""
    names = HIJRI_MONTHS if part.calendar == "hijri" else GREGORIAN_MONTHS
    if part.day is not None and part.month is None:  # a day-only half: "the 19th of the month"
        return f"day {part.day} of a month" + (f" of {part.year}" if part.year is not None else "")
    pieces = [
        str(part.day) if part.day is not None else "",
        names[part.month - 1] if part.month is not None and 1 <= part.month <= 12 else "",
        str(part.year) if part.year is not None else "",
    ]
    return " ".join(p for p in pieces if p) or part.text


def calendar_title(cal: Calendar) -> str:
    """How a copy editor knows the calendar: "Umm al-Qura", "Umm al-Qura -1", "Umm al-Qura
    with announced month starts"."""
    from ..calendars.authorities import AuthorityCalendar
    from ..calendars.computed import ComputedCalendar
    from ..calendars.offset import OffsetCalendar
    from ..calendars.sighting import SightingCalendar

    if isinstance(cal, OffsetCalendar):
        return f"{calendar_title(cal.base)} {cal.offset:+d}"
    if isinstance(cal, SightingCalendar):
        return f"{calendar_title(cal.base)} with announced month starts"
    if isinstance(cal, AuthorityCalendar):
        return f"{cal.authority.title} ({cal.authority.id})"
    if isinstance(cal, ComputedCalendar):
        return (
            f"the {cal.criterion} calendar at {cal.place.name}"
            if cal.place.name != "UTC"
            else f"the {cal.criterion} calendar"
        )
    return CALENDAR_TITLES.get(cal.name, cal.name)


def _which(part: DatePart) -> str:
    return "Hijri" if part.calendar == "hijri" else "Gregorian"


# --- explanations ----------------------------------------------------------------------


def offset(shift: int) -> str:
    """ "a -1 local-sighting offset"."""
    return f"a {shift:+d} local-sighting offset"


def julian(gregorian: DatePart, ordinal: int) -> str:
    """The western half read as a Julian date, and the day that is."""
    return (
        f"the western half read as a Julian date ({part_words(gregorian)} Julian is "
        f"{gregorian_words(date.fromordinal(ordinal))})"
    )


def reversed_digits(hijri: DatePart, gregorian: DatePart, *flipped: DatePart) -> str:
    """ "the numbers' digits in reverse order (4441 for 1444, 3202 for 2023), as text copied
    out of a right-to-left page may have them"."""
    pairs = [
        f"{was} for {now}"
        for part, turned in zip((hijri, gregorian), flipped, strict=True)
        for was, now in ((part.year, turned.year), (part.day, turned.day))
        if was is not None and was != now
    ]
    return (
        f"the numbers' digits in reverse order ({', '.join(pairs)}), as text copied out of a "
        "right-to-left page may have them"
    )


def slip(found: Slip) -> str:
    """ "a Hijri year of 1445 rather than 14445", "a Gregorian month of March rather than April"."""
    calendar, field = found.kind.split("-")
    word = "Hijri" if calendar == "hijri" else "Gregorian"
    if field == "month":
        names = HIJRI_MONTHS if calendar == "hijri" else GREGORIAN_MONTHS
        return f"a {word} month of {names[found.value - 1]} rather than {names[found.original - 1]}"
    if found.weekday is not None:
        # "a Gregorian day of 19 rather than 29 (a Monday, as the line says)"
        return (
            f"a {word} {field} of {found.value} rather than {found.original} "
            f"(a {WEEKDAYS[found.weekday]}, as the line says)"
        )
    return f"a {word} {field} of {found.value} rather than {found.original}"


def explained(message: str, descriptions: list[str]) -> str:
    """A finding's sentence with the causes that explain it, or the word that none does."""
    if descriptions:
        return message[:-1] + "; it matches " + ", or ".join(descriptions[:3]) + "."
    return message[:-1] + "; no known slip or calendar variant explains it."


# --- findings --------------------------------------------------------------------------


def one_half() -> str:
    return "Only one calendar's half is stated; there is nothing to compare it with."


def unknown_month(part: DatePart) -> str:
    return (
        f"{part.text!r}: {part.month_name!r} is not a {_which(part)} month name datelines knows, so only "
        f"the year {part.year} was compared; if it is a spelling we lack, please report it."
    )


def no_month(part: DatePart) -> str:
    return f"{part.text!r}: there is no month {part.month}."


def no_day(part: DatePart) -> str:
    return f"{part.text!r}: there is no day {part.day}."


def before_common_era(part: DatePart) -> str:
    return (
        f"{part.text!r} is before the common era ({part.era}): no Hijri date falls then, the "
        "Hijri calendar beginning in 622 CE."
    )


def not_a_year(part: DatePart) -> str:
    return f"{part.text!r}: {part.year} cannot be a year ({len(str(part.year))} digits)."


def day_beyond_month(part: DatePart, length: int, julian: bool) -> str:
    assert part.month is not None
    year = "" if part.year is None else f" {part.year}"
    return (
        f"{part_words(part)} does not exist: {GREGORIAN_MONTHS[part.month - 1]}{year}"
        f"{' (Julian)' if julian else ''} has {length} days."
    )


def out_of_range(part: DatePart, cal: Calendar) -> str:
    return (
        f"Hijri year {part.year} is outside {calendar_title(cal)} ({cal.years[0]}–{cal.years[-1]} AH), "
        "so the halves cannot be compared."
    )


def _outside(
    part: DatePart, years: range, western: tuple[int, range] | None, computed_only: bool = False
) -> str:
    """Why a date is compared in a tabular calendar. ``western``: where the Hijri year is not
    stated or the authorities' calendars know it, the western half's year and the western
    years the authorities' calendars cover. ``computed_only``: the Hijri year is before
    every month an authority announced or published (``years`` from the first of them)."""
    if computed_only:
        return (
            f"Hijri year {part.year} is before {years[0]} AH, the first year in which an authority "
            "announced or published a month: the authorities' calendars are only computed before it"
        )
    if part.year is None and western is not None:
        year, covered = western
        return (
            f"The Hijri year is not stated, and {year} is outside the years the authorities' calendars "
            f"cover ({covered[0]}–{covered[-1]})"
        )
    if western is not None:
        year, covered = western
        return f"The year {year} is outside the years the authorities' calendars cover ({covered[0]}–{covered[-1]})"
    return f"Hijri year {part.year} is outside the authorities' calendars ({years[0]}–{years[-1]} AH)"


def tabular(
    part: DatePart,
    years: range,
    cal: Calendar,
    *,
    julian: bool = False,
    western: tuple[int, range] | None = None,
    computed_only: bool = False,
) -> str:
    as_julian = ", the western half read as a Julian date, as dates before 1582 are" if julian else ""
    return (
        f"{_outside(part, years, western, computed_only)}; the halves agree in {calendar_title(cal)}{as_julian}, by which "
        "dates of that time are converted."
    )


def compared_in_tabular(
    part: DatePart,
    years: range,
    cal: Calendar,
    *,
    julian: bool = False,
    western: tuple[int, range] | None = None,
) -> str:
    as_julian = ", the western half read as a Julian date, as dates before 1582 are" if julian else ""
    return (
        f"{_outside(part, years, western)}: the halves are compared in {calendar_title(cal)}{as_julian}, "
        "by which dates of that time are converted."
    )


def before_the_hijra(western: DatePart, cal: Calendar, *, julian: bool = False) -> str:
    first = gregorian_words(cal.first_gregorian)
    if julian:
        from ..calendars.julian import ordinal_to_julian

        year, month, day = ordinal_to_julian(cal.first_gregorian.toordinal())
        first = f"{day} {GREGORIAN_MONTHS[month - 1]} {year} in the Julian calendar"
    return (
        f"{part_words(western)} is before the Hijra (the Hijri calendar begins on "
        f"{first}): its lunar months were the Arabs' before Islam, "
        "which intercalated months, and no calendar converts them, so the halves are not compared."
    )


def gregorian_odd(western: DatePart, day: date, solar: DatePart, hijri: DatePart, calendar: str) -> str:
    from ..calendars import get_calendar

    said = (
        f"Gregorian half {western.text!r} is not the day the Solar Hijri and Hijri halves name, "
        f"{gregorian_words(day)} ({solar.text!r}; {part_words(hijri)} in "
        f"{calendar_title(get_calendar(calendar))})"
    )
    if (day.year, day.month) == (western.year, western.month):
        return f"{said}: it matches a Gregorian day of {day.day} rather than {western.day}."
    return f"{said}."


def old_style(western: DatePart, day: date) -> str:
    return f"{western.text!r} is marked Old Style: a date of the Julian calendar, {gregorian_words(day)}, compared so."


def rumi(western: DatePart, day: date, *, tabular: bool) -> str:
    how = " in the tabular calendars, by which dates of that time are converted" if tabular else ""
    return (
        f"{western.text!r} is a date of the Rumi calendar, the Ottoman fiscal one of 1840-1925: "
        f"{gregorian_words(day)}, compared so{how}."
    )


def rumi_beside(rumi: DatePart, day: date) -> str:
    return (
        f"{rumi.text!r} is a date of the Rumi calendar, the Ottoman fiscal one of 1840-1925: "
        f"{gregorian_words(day)}, the line's Gregorian date too, compared in the tabular calendars, by "
        "which dates of that time are converted."
    )


def rumi_odd(rumi: DatePart, day: date, western: date) -> str:
    when = "before" if day < western else "after"
    return (
        f"The Rumi date, {rumi.text!r}, is {gregorian_words(day)}: {days((western - day).days)} {when} "
        f"the day the line's other dates name, {gregorian_words(western)}."
    )


def gregorian_not_rumi(western: DatePart, day: date, rumi: DatePart) -> str:
    stated = western.to_date()
    when = "before" if stated < day else "after"
    return (
        f"The Gregorian date, {western.text!r}, is {days((stated - day).days)} {when} the day the Hijri "
        f"and Rumi dates name: {rumi.text!r} is {gregorian_words(day)}."
    )


def rumi_and_gregorian_differ(rumi: DatePart, day: date, western: date) -> str:
    return (
        f"The Rumi date, {rumi.text!r}, is {gregorian_words(day)}, not the line's Gregorian date, "
        f"{gregorian_words(western)}: {days((western - day).days)} apart."
    )


def tabular_day_apart(
    part: DatePart,
    years: range,
    cal: Calendar,
    apart: int,
    *,
    julian: bool = False,
    western: tuple[int, range] | None = None,
    computed_only: bool = False,
) -> str:
    as_julian = ", the western half read as a Julian date, as dates before 1582 are" if julian else ""
    direction = "ahead of" if apart > 0 else "behind"
    return (
        f"{_outside(part, years, western, computed_only)}; the Hijri half is a day {direction} {calendar_title(cal)}"
        f"{as_julian}, as a month begun by the crescent's sighting may be: the tabular calendars "
        "approximate those to a day."
    )


def month_boundary(month: DatePart, gregorian: DatePart | None) -> str:
    assert month.month is not None
    name = HIJRI_MONTHS[month.month - 1] + ("" if month.year is None else f" {month.year}")
    on = "" if gregorian is None else f" on {part_words(gregorian)}"
    if month.boundary == "begins":
        return f"The line says {name} begins{on}: compared as its first day."
    return f"The line says {name} ends{on}: compared as its last day, or the day after, when it is over."


def boundary_missed(month: DatePart, day: date, there: HijriDate, boundary: date, cal: Calendar) -> str:
    name = HIJRI_MONTHS[there.month - 1] + f" {there.year}"
    verb, when = ("begins", "began") if month.boundary == "begins" else ("ends", "ends")
    return (
        f"The line says {name} {verb} on {gregorian_words(day)}, but in {calendar_title(cal)} that day is "
        f"{hijri_words(there)}: the month {when} on {gregorian_words(boundary)}. Right only if the line "
        f"means another thing {verb} then."
    )


def boundary_missed_yearless(month: DatePart, gregorian: DatePart, cal: Calendar) -> str:
    assert month.month is not None
    verb, end = ("begins", "first") if month.boundary == "begins" else ("ends", "last")
    return (
        f"The line says {HIJRI_MONTHS[month.month - 1]} {verb} on {part_words(gregorian)}, which is not "
        f"its {end} day in {calendar_title(cal)} in any year it could be (no year is stated). Right only "
        f"if the line means another thing {verb} then."
    )


def hijri_day_beyond_month(part: DatePart, cal: Calendar, length: int) -> str:
    assert part.month is not None
    return (
        f"{part_words(part)} does not exist in {calendar_title(cal)}: "
        f"{HIJRI_MONTHS[part.month - 1]} {part.year} has {length} days."
    )


def too_many_hijri_days(part: DatePart) -> str:
    return f"{part_words(part)} does not exist: a Hijri month has at most 30 days."


def ambiguous_order(part: DatePart) -> str:
    assert part.day is not None
    assert part.month is not None
    names = GREGORIAN_MONTHS if part.calendar == "gregorian" else HIJRI_MONTHS
    return (
        f"{part.text!r} is ambiguous: read day-first it is {part.day} {names[part.month - 1]}, "
        f"which disagrees with the other half; read month-first it is {part.month} "
        f"{names[part.day - 1]}, which agrees. Write the month as a word, or the date in ISO form."
    )


def yearless(count: int, cal: Calendar, pairs: list[tuple[int, int]]) -> str:
    shown = ", ".join(f"{h}/{g}" for h, g in pairs[:3])
    return (
        f"No year is stated on either side; the halves agree in {count} year{'s' if count != 1 else ''} of "
        f"{calendar_title(cal)} between 1800 and 2200 (such as {shown})."
    )


def year_range(
    hijri: DatePart, gregorian: DatePart, said: tuple[int, int], spanned: tuple[int, int], cal: Calendar
) -> str:
    range_said, range_spanned = f"{said[0]}–{said[1]}", f"{spanned[0]}–{spanned[1]}"
    if spanned[0] == spanned[1]:
        range_spanned = f"{spanned[0]} alone"
    return f"In {calendar_title(cal)}, {hijri.year} AH spans the Gregorian years {range_spanned}, not {range_said}."


def registers_range(hijri: DatePart, said: tuple[int, int], spanned: tuple[int, int]) -> str:
    return (
        f"The Hijri years {hijri.year}–{hijri.year_end} AH span the Gregorian years {spanned[0]}–{spanned[1]}, "
        f"not {said[0]}–{said[1]}: each end of a range is compared with the other's."
    )


def years_glossed(hijri: DatePart, gregorian: DatePart) -> str:
    if hijri.year_end is not None:
        return (
            f"Only the years are stated: {hijri.year} AH shares days with {gregorian.year} and "
            f"{hijri.year_end} AH with {gregorian.year_end}, and no month or day is there to compare."
        )
    return (
        f"Only the years are stated: {hijri.year} AH falls within {gregorian.year}–{gregorian.year_end}, "
        "and no month or day is there to compare."
    )


def years_only(hijri: int, gregorian: int) -> str:
    return (
        f"Only the years are stated: {hijri} AH and {gregorian} share days, and no month or day is "
        "there to compare."
    )


def inferred_year(part: DatePart, year: int) -> str:
    other = "Gregorian" if part.calendar == "hijri" else "Hijri"
    return f"The {_which(part)} year is not stated; it is {year}, inferred from the {other} half."


def impossible_and_expected(said: str, gregorian: DatePart, expected: HijriDate) -> str:
    """A Hijri day its month does not have, with the day the western half names."""
    return f"{said[:-1]} ({part_words(gregorian)} is {hijri_words(expected)})."


def years_swapped(said: str, gregorian: DatePart) -> str:
    return (
        f"{said[:-1]}; {gregorian.year} is a Hijri year, not the Gregorian half's: "
        "the two halves' years may be the wrong way round."
    )


def cannot_compare(cal: Calendar) -> str:
    return (
        f"The halves cannot be compared in {calendar_title(cal)}, which covers "
        f"{gregorian_words(cal.first_gregorian)} to {gregorian_words(cal.last_gregorian)}."
    )


def disagree(gregorian: DatePart, expected: HijriDate, difference: int, cal: Calendar, julian: bool) -> str:
    direction = "ahead of" if difference > 0 else "behind"
    said = part_words(gregorian) + (" (Julian)" if julian else "")
    return (
        f"Hijri half is {days(difference)} {direction} {calendar_title(cal)} "
        f"({said} is {hijri_words(expected)})."
    )


def no_overlap(
    hijri: DatePart, gregorian: DatePart, cal: Calendar, difference: int | None, *, where: str, single: bool
) -> str:
    other = part_words(gregorian)
    apart = (
        "" if difference is None else f"{days(difference)} {'after' if difference > 0 else 'before'} {other}"
    )
    title = calendar_title(cal)
    if single:
        return f"In {title}, {part_words(hijri)} is {where}, {apart or 'not ' + other}."
    return f"In {title}, {part_words(hijri)}{where} does not overlap {other}" + (
        f" (it is {apart})." if apart else "."
    )


def other_authority(followed: str, pointed: str, why: str, day: date, there: HijriDate) -> str:
    return (
        f"Follows {followed}, not {pointed}, which the line's {why} points to: there "
        f"{gregorian_words(day)} was {hijri_words(there)}. Right only if the story gives that "
        "other authority's date."
    )


def no_authority(place: str, country: str, followed: str | None) -> str:
    measured = (
        f"the first whose dates it keeps is {followed}" if followed is not None else "it keeps none's dates"
    )
    return (
        f"{place} is in {country}, for which datelines knows no authority's calendar: the line "
        f"was measured against every known authority's, and {measured}. To check it by the "
        "months announced there, give them as a table (load_sighting_table, --table)."
    )


def authorities_differ(day: date, dates: str) -> str:
    return f"The authorities' calendars differ on {gregorian_words(day)}: {dates}."


def evening_before(said: int, day: date) -> str:
    return (
        f"{WEEKDAYS[said]} is the evening before {gregorian_words(day)} (a {WEEKDAYS[day.weekday()]}); "
        "the Hijri day begins at sunset, so this can be right."
    )


def evening_unsaid(said: int, day: date) -> str:
    return (
        f"{WEEKDAYS[said]} is the day before {gregorian_words(day)} (a {WEEKDAYS[day.weekday()]}). "
        f"That is right only if the line means {WEEKDAYS[said]} evening, when the Hijri day has "
        "begun, and it does not say so: check the weekday."
    )


def night_before(words: str, weekday: str, said: int, day: date) -> str:
    return (
        f"“{words} {weekday}” is the night before {WEEKDAYS[said]}: the evening of "
        f"{gregorian_words(day)} (a {WEEKDAYS[day.weekday()]}), so this can be right."
    )


def after_sunset(why: str, day: date, night: HijriDate, cal: Calendar) -> str:
    return (
        f"The line is of the evening of {gregorian_words(day)} ({why}): the Hijri day begins at "
        f"sunset, and that evening was {hijri_words(night)} in {calendar_title(cal)}."
    )


def sunset_unknown(said: str, day: date, night: HijriDate, cal: Calendar) -> str:
    return (
        f"The line gives the time “{said}”: if that is after sunset, the Hijri day had begun and "
        f"the evening of {gregorian_words(day)} was {hijri_words(night)} in {calendar_title(cal)}, "
        "as the line says. Whether it is cannot be told here: computing sunset needs "
        "pip install 'datelines[astronomy]'."
    )


def weekday(said: int, day: date) -> str:
    return (
        f"The stated weekday, {WEEKDAYS[said]}, fits neither {gregorian_words(day)} "
        f"(a {WEEKDAYS[day.weekday()]}) nor the evening before it."
    )


# --- the Bengali half ----------------------------------------------------------------------


def bangla_words(day: HijriDate) -> str:
    """ "6 Magh 1430 BS"."""
    from ..names.english import BANGLA_MONTHS

    return f"{day.day} {BANGLA_MONTHS[day.month - 1]} {day.year} BS"


def bangla_agrees(day: date, expected: HijriDate) -> str:
    return f"The Bengali half agrees: {gregorian_words(day)} is {bangla_words(expected)} in Bangladesh's calendar."


def bangla_disagrees(part: DatePart, day: date, expected: HijriDate, difference: int | None) -> str:
    apart = ""
    if (
        part.year is not None
        and part.year != expected.year
        and part.month in (None, expected.month)
        and part.day in (None, expected.day)
    ):
        apart = f": its year should be {expected.year}, not {part.year}"
    elif difference:
        apart = f"; it is {days(difference)} {'ahead' if difference > 0 else 'behind'}"
    return (
        f"Bengali half {part.text!r} is not {gregorian_words(day)}, which is {bangla_words(expected)} "
        f"in Bangladesh's calendar{apart}."
    )


def bangla_and_hijri_disagree(
    part: DatePart, hijri: DatePart, day: date, expected: HijriDate, *, difference: int | None, cal: Calendar
) -> str:
    """A line of a Bengali and a Hijri date alone whose days differ: either may be the wrong one."""
    apart = (
        f"; the Bengali date is {days(difference)} {'ahead' if difference > 0 else 'behind'}"
        if difference
        else ""
    )
    return (
        f"The Bengali and Hijri halves name different days: {part_words(hijri)} is {gregorian_words(day)} in "
        f"{calendar_title(cal)}, and {bangla_words(expected)} in Bangladesh's Bengali calendar, not "
        f"{part.text!r}{apart}."
    )


def bangla_1987(part: DatePart, day: date, old: HijriDate, expected: HijriDate) -> str:
    return (
        f"Bengali half {part.text!r} is a day ahead of Bangladesh's calendar, where {gregorian_words(day)} "
        f"is {bangla_words(expected)}: it is the date by the 1987 rule ({bangla_words(old)}), which "
        "Bangladesh left in 1426 BS (Ashwin has had 31 days since, Falgun 29 or 30)."
    )


def bangla_impossible(part: DatePart, cal: Calendar) -> str:
    from ..names.english import BANGLA_MONTHS

    assert part.year is not None
    assert part.month is not None
    assert part.day is not None
    if not 1 <= part.month <= 12 or part.day < 1:
        return f"Bengali half {part.text!r} does not exist: there is no month {part.month} or day {part.day}."
    length = cal.month_length(part.year, part.month)
    return (
        f"Bengali half {part.text!r} does not exist: {BANGLA_MONTHS[part.month - 1]} {part.year} BS has "
        f"{length} days in Bangladesh's calendar."
    )


def bangla_of_india(part: DatePart, why: str) -> str:
    return (
        f"Bengali half {part.text!r} is not checked: the line's {why} is in India, whose Bengali press "
        "prints West Bengal's traditional calendar, which is not computed here."
    )


def bangla_unchecked(part: DatePart, day: date) -> str:
    return (
        f"Bengali half {part.text!r} is not checked: {gregorian_words(day)} is before 14 April 1987 "
        "(1 Boishakh 1394 BS), when Bangladesh adopted its revised calendar; the traditional calendar "
        "it kept before is not computed here."
    )
