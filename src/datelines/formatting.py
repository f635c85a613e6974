"""``format``: a date written as a dual dateline in a house style."""

from __future__ import annotations

from datetime import date
from os import PathLike

from .calendars import Calendar, get_calendar
from .dateline import Dateline
from .errors import StyleError
from .hijri import HijriDate
from .names import output
from .styles import Style, get_style

TYPE_CHECKING = False
if TYPE_CHECKING:
    from .calendars.sighting import SightingTable

__all__ = ["format_dateline"]


def format_dateline(
    value: date | HijriDate | Dateline,
    style: str | Style = "mina",
    *,
    language: str | None = None,
    calendar: str | Calendar | None = None,
    offset: int | None = None,
    table: SightingTable | str | PathLike[str] | None = None,
    place: str | None = None,
    agency: str | None = None,
    digits: str | None = None,
    era: bool = True,
) -> str:
    """``value`` written as a dual dateline in ``style``.

    A ``date`` is converted to Hijri (a ``HijriDate`` to Gregorian) on the style's calendar,
    or ``calendar``/``offset``/``table``; a :class:`Dateline` is written with the halves it
    holds. ``language`` writes the names of another language into the style's template;
    ``digits`` is ``latn``, ``arab`` or ``arabext``; ``era=False`` leaves era marks out.

    >>> import datetime
    >>> format_dateline(datetime.date(2016, 1, 20))
    '10 Rabiul Akhir 1437/20 January 2016'
    >>> format_dateline(datetime.date(2016, 1, 20), place="Seoul", agency="MINA")
    'Seoul, 10 Rabiul Akhir 1437/20 January 2016 (MINA)'
    >>> format_dateline(datetime.date(2016, 1, 20), "spa-en", place="Riyadh", agency="SPA")
    'Riyadh, Rabi Al-Thani 10, 1437, Jan 20, 2016, SPA'
    """
    chosen = get_style(style)
    hijri, day = _halves(value, chosen, calendar, offset, table)
    language = chosen.language if language is None else language
    if language not in output.GREGORIAN_MONTHS:
        raise StyleError(
            f"no names for language {language!r}; known: {', '.join(output.GREGORIAN_MONTHS)}",
            field="language",
        )
    own = language == chosen.language
    hijri_names = chosen.hijri_months if own and chosen.hijri_months else output.HIJRI_MONTHS[language]
    gregorian_names = (
        chosen.gregorian_months if own and chosen.gregorian_months else output.GREGORIAN_MONTHS[language]
    )
    short = output.GREGORIAN_MONTHS_SHORT.get(language, gregorian_names)
    values: dict[str, object] = {
        "hday": hijri.day,
        "hmonth": hijri_names[hijri.month - 1],
        "hmonth_num": hijri.month,
        "hyear": hijri.year,
        "hera": output.HIJRI_ERA[language] if era else "",
        "gday": day.day,
        "gmonth": gregorian_names[day.month - 1],
        "gmonth_short": short[day.month - 1],
        "gmonth_num": day.month,
        "gyear": day.year,
        "gera": output.GREGORIAN_ERA[language] if era else "",
        "weekday": output.WEEKDAYS[language][day.weekday()],
    }
    text = chosen.compiled.render(values)
    if place:
        text = chosen.place.replace("{place}", place) + text
    if agency:
        text = text + chosen.agency.replace("{agency}", agency)
    script = chosen.digits if digits is None else digits
    if script not in output.DIGITS:
        raise StyleError(f"digits must be one of {', '.join(output.DIGITS)}, got {script!r}", field="digits")
    if script != "latn":
        text = text.translate(str.maketrans("0123456789", output.DIGITS[script]))
    return text


def _halves(
    value: date | HijriDate | Dateline,
    style: Style,
    calendar: str | Calendar | None,
    offset: int | None,
    table: SightingTable | str | PathLike[str] | None,
) -> tuple[HijriDate, date]:
    def cal() -> Calendar:
        return get_calendar(
            style.calendar if calendar is None else calendar,
            offset=style.offset if offset is None else offset,
            table=table,
        )

    if isinstance(value, Dateline):
        hijri = value.hijri.to_hijri() if value.hijri is not None and value.hijri.complete else None
        day = value.gregorian.to_date() if value.gregorian is not None and value.gregorian.complete else None
        if hijri is None and day is None:
            raise StyleError("the dateline holds no whole date to write", field="value")
        return (hijri or cal().to_hijri(day)), (day or cal().to_gregorian(hijri))  # type: ignore[arg-type]
    if isinstance(value, HijriDate):
        return value, cal().to_gregorian(value)
    if isinstance(value, date):
        return cal().to_hijri(value), value
    raise TypeError(f"value must be a date, HijriDate or Dateline, not {type(value).__name__}")
