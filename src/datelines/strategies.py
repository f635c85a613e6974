"""Hypothesis strategies for testing code that handles Hijri dates.

Install with the extra: ``pip install 'datelines[hypothesis]'``.

>>> from hypothesis import given
>>> from datelines import get_calendar
>>> from datelines.strategies import hijri_dates
>>> @given(hijri_dates(calendar="umalqura"))
... def test_round_trip(h):
...     cal = get_calendar("umalqura")
...     assert cal.to_hijri(cal.to_gregorian(h)) == h
>>> test_round_trip()
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from hypothesis import strategies as st

from .calendars import Calendar, get_calendar
from .hijri import HijriDate

__all__ = ["GeneratedDateline", "datelines", "gregorian_dates", "hijri_dates"]


def gregorian_dates(calendar: str | Calendar = "umalqura") -> st.SearchStrategy[date]:
    """Gregorian dates within the range ``calendar`` converts, edges included."""
    cal = get_calendar(calendar)
    first, last = cal.first_gregorian.toordinal(), cal.last_gregorian.toordinal()
    return st.integers(first, last).map(date.fromordinal)


def hijri_dates(calendar: str | Calendar = "umalqura") -> st.SearchStrategy[HijriDate]:
    """Hijri dates that exist in ``calendar`` (its own month lengths, edges included)."""
    cal = get_calendar(calendar)

    def days(year_month: tuple[int, int]) -> st.SearchStrategy[HijriDate]:
        year, month = year_month
        return st.builds(
            HijriDate, st.just(year), st.just(month), st.integers(1, cal.month_length(year, month))
        )

    months = st.tuples(st.integers(cal.years.start, cal.years.stop - 1), st.integers(1, 12))
    edges = st.sampled_from([cal.first, cal.last])
    return st.one_of(edges, months.flatmap(days).filter(cal.is_valid))


class GeneratedDateline:
    """A generated dateline: its ``text`` and the dates it states."""

    __slots__ = ("gregorian", "hijri", "text")

    def __init__(self, text: str, hijri: HijriDate, gregorian: date):
        self.text = text
        self.hijri = hijri
        self.gregorian = gregorian

    def __repr__(self) -> str:
        return f"GeneratedDateline({self.text!r}, {self.hijri!r}, {self.gregorian!r})"


# Digits of the scripts datelines are printed in: ASCII, Arabic-Indic, Extended
# Arabic-Indic (Persian, Urdu), Bengali, Devanagari.
DIGIT_SCRIPTS = ("0123456789", "٠١٢٣٤٥٦٧٨٩", "۰۱۲۳۴۵۶۷۸۹", "০১২৩৪৫৬৭৮৯", "०१२३४५६७८९")
SEPARATORS = (
    " / ", "/", " | ", " - ", " – ", " — ", " = ", ", ", "; ", " corresponding to ", " coinciding with ",
    " bertepatan dengan ", " bersamaan ", " atau ", " الموافق ", " موافق ", " مطابق ", " برابر با ",
)  # fmt: skip
BRACKETS = (("(", ")"), ("[", "]"))
HIJRI_ERA_MARKS = ("", " H", " AH", " A.H.", " Hijriah", " Hijriyah", " هـ", "هـ", " ھ", " ه.ق")
GREGORIAN_ERA_MARKS = ("", " M", " CE", " AD", " Masehi", " م", "م")


def _digits(draw: st.DrawFn, number: int) -> str:
    # One script for most numbers; sometimes a mix within one number, as OCR and careless
    # typing produce (14٤5).
    if draw(st.booleans()):
        script = draw(st.sampled_from(DIGIT_SCRIPTS))
        return "".join(script[int(c)] for c in str(number))
    return "".join(draw(st.sampled_from(DIGIT_SCRIPTS))[int(c)] for c in str(number))


def _half(draw: st.DrawFn, day: int, month_name: str, year: int, era: str, *, era_before: str = "") -> str:
    from .names.words import MONTHS_AFTER_A_DAY

    d, y = _digits(draw, day), _digits(draw, year)
    # (a name that is a month only after a day's number is written so: "1 marca 2076")
    if any(month_name == spelling for spelling, _ in MONTHS_AFTER_A_DAY) or draw(st.booleans()):
        return f"{d} {month_name} {era_before}{y}{era}"
    return f"{month_name} {d}, {era_before}{y}{era}"


def _thai_months() -> frozenset[str]:
    from .names.gregorian_months import MONTHS

    return frozenset(spelling for month in MONTHS for spelling, language in month if language == "th")


# A year of these after a Thai month is a year of the Buddhist era, ours plus 543, as Thai writes
# it ("23 มีนาคม 2566" is 23 March 2023): a year of ours so far ahead is written after "ค.ศ."
# (the Christian era), as Thai marks it.
_BUDDHIST_LOOKING_YEARS = range(2400, 2700)


def datelines(
    calendar: str | Calendar = "umalqura",
    *,
    style: str | None = None,
    language: str | None = None,
) -> st.SearchStrategy[GeneratedDateline]:
    """Dual datelines with the dates they state, which agree in ``calendar``.

    Without ``style``: built from the language tables, in any spelling of either month
    (only ``language``'s spellings, if given), either half first, any separator or
    brackets, digits of any script, era marks or none. With ``style`` (a name from
    :func:`datelines.style_names`, or ``"any"``): as that house style writes them, in
    ``language`` if given, with or without a place and an agency. An unknown calendar,
    style or language is refused when the strategy is made.

    >>> from hypothesis import given
    >>> from datelines import parse
    >>> @given(datelines())
    ... def test_reads_back(generated):
    ...     line = parse(generated.text)
    ...     assert line.hijri.to_hijri() == generated.hijri
    >>> test_reads_back()
    """
    from .errors import StyleError
    from .names import gregorian_months, hijri_months, output

    cal = get_calendar(calendar)
    if style is not None:
        from ._write.styles import get_style, style_names

        styles = style_names() if style == "any" else (get_style(style).name,)
        if language is not None and language not in output.GREGORIAN_MONTHS:
            raise StyleError(
                f"no names for language {language!r}; known: {', '.join(output.GREGORIAN_MONTHS)}",
                field="language",
            )
        return _styled(cal, styles, language)
    hijri_names = _spellings(hijri_months.MONTHS, language, output.HIJRI_MONTHS)
    gregorian_names = _spellings(gregorian_months.MONTHS, language, output.GREGORIAN_MONTHS)
    if hijri_names is None or gregorian_names is None:
        every = sorted({lang for spellings in hijri_months.MONTHS for _, lang in spellings})
        known = [
            lang
            for lang in every
            if _spellings(hijri_months.MONTHS, lang, output.HIJRI_MONTHS)
            and _spellings(gregorian_months.MONTHS, lang, output.GREGORIAN_MONTHS)
        ]
        raise StyleError(
            f"the tables do not name every month in language {language!r}; languages they do: {', '.join(known)}",
            field="language",
        )
    return _built(cal, hijri_names, gregorian_names)


def _spellings(
    table: tuple[tuple[tuple[str, str], ...], ...],
    language: str | None,
    written: Mapping[str, tuple[str, ...]],
) -> tuple[tuple[str, ...], ...] | None:
    """Every spelling of each month: ``language``'s own if given (and, for a month it
    shares with another language, "April", the name datelines writes in it); None when
    the language lacks a month."""
    own = written.get(language, ()) if language is not None else ()
    months = tuple(
        tuple(s for s, lang in spellings if language is None or lang == language)
        or ((own[number],) if own else ())
        for number, spellings in enumerate(table)
    )
    return months if all(months) else None


@st.composite
def _styled(
    draw: st.DrawFn, cal: Calendar, styles: tuple[str, ...], language: str | None
) -> GeneratedDateline:
    from ._write.format import format_dateline
    from ._write.styles import BANGLA_FIELDS, get_style
    from .calendars.bangla import BANGLA

    chosen = draw(st.sampled_from(styles))
    day = draw(gregorian_dates(cal))
    if BANGLA_FIELDS.intersection(get_style(chosen).compiled.fields) and day < BANGLA.first_gregorian:
        # a style that writes a Bengali date, in the years of Bangladesh's Bengali calendar
        day = draw(st.dates(max(cal.first_gregorian, BANGLA.first_gregorian), cal.last_gregorian))
    place = draw(st.sampled_from([None, "Jakarta", "Riyadh"]))
    agency = draw(st.sampled_from([None, "MINA", "SPA"]))
    text = format_dateline(day, chosen, language=language, calendar=cal, place=place, agency=agency)
    return GeneratedDateline(text, cal.to_hijri(day), day)


@st.composite
def _built(
    draw: st.DrawFn,
    cal: Calendar,
    hijri_names: tuple[tuple[str, ...], ...],
    gregorian_names: tuple[tuple[str, ...], ...],
) -> GeneratedDateline:
    day = draw(gregorian_dates(cal))
    hijri = cal.to_hijri(day)
    hijri_name = draw(st.sampled_from(hijri_names[hijri.month - 1]))
    gregorian_name = draw(st.sampled_from(gregorian_names[day.month - 1]))
    hijri_text = _half(draw, hijri.day, hijri_name, hijri.year, draw(st.sampled_from(HIJRI_ERA_MARKS)))
    thai_ahead = gregorian_name in _thai_months() and day.year in _BUDDHIST_LOOKING_YEARS
    gregorian_text = _half(
        draw,
        day.day,
        gregorian_name,
        day.year,
        draw(st.sampled_from(GREGORIAN_ERA_MARKS)),
        era_before="ค.ศ. " if thai_ahead else "",
    )
    first, second = (hijri_text, gregorian_text) if draw(st.booleans()) else (gregorian_text, hijri_text)
    if draw(st.integers(0, 4)) == 0:
        opening, closing = draw(st.sampled_from(BRACKETS))
        text = f"{first} {opening}{second}{closing}"
    else:
        text = first + draw(st.sampled_from(SEPARATORS)) + second
    return GeneratedDateline(text, hijri, day)
