"""``format``: a date written as a dual dateline in a house style."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from functools import cache
from typing import Final

from .._places import writing_authority
from ..calendars import Calendar, get_calendar
from ..dateline import Dateline, DatePart
from ..errors import OutOfRangeError, StyleError
from ..hijri import HijriDate
from ..names import output
from ..names.english import AFGHAN_MONTHS
from .styles import BANGLA_FIELDS, SOLAR_FIELDS, Style, get_style, lunar
from .template import Template

TYPE_CHECKING = False
if TYPE_CHECKING:
    from .._types import Digits, TableSource

__all__ = ["format_dateline", "style_calendar"]


def format_dateline(
    value: date | HijriDate | Dateline | str,
    style: str | Style = "mina",
    *,
    language: str | None = None,
    calendar: str | Calendar | None = None,
    offset: int | None = None,
    table: TableSource | None = None,
    place: str | None = None,
    agency: str | None = None,
    digits: Digits | None = None,
    era: bool = True,
    weekday: bool | None = None,
) -> str:
    """``value`` written as a dual dateline in ``style``.

    A ``date`` (or ``YYYY-MM-DD`` text) is converted to Hijri (a ``HijriDate`` to Gregorian) on the style's calendar,
    or ``calendar``/``offset``/``table``; a :class:`Dateline` is written with the halves it
    holds (a half without its year with the year the reader inferred from the other). ``language`` writes the names of another language into the style's template;
    ``digits`` is ``latn``, ``arab``, ``arabext``, ``beng`` or ``deva``; ``era=False`` leaves era marks out;
    ``weekday=True`` puts the weekday first where the style has none, ``False`` leaves it out.
    ``place`` is printed before the date, and, where neither the style nor the caller names a
    calendar, it chooses one: its authority's ("Rabat": Morocco's; a place of no known
    authority, Umm al-Qura).

    >>> import datetime
    >>> format_dateline(datetime.date(2016, 1, 20))
    '10 Rabiul Akhir 1437/20 January 2016'
    >>> format_dateline(datetime.date(2016, 1, 20), place="Seoul", agency="MINA")
    'Seoul, 10 Rabiul Akhir 1437/20 January 2016 (MINA)'
    >>> format_dateline(datetime.date(2016, 1, 20), "spa-en", place="Riyadh", agency="SPA")
    'Riyadh, Rabi Al-Thani 10, 1437, Jan 20, 2016, SPA'
    >>> format_dateline(datetime.date(2024, 9, 16), "french", place="Rabat", agency="MAP")
    'Rabat, 12 Rabia al awal 1446 / 16 septembre 2024 (MAP)'
    >>> format_dateline("2016-01-20", "iso")
    '1437-04-10/2016-01-20'
    """
    if isinstance(value, str):
        from .._convert import gregorian_iso

        value = gregorian_iso(value)
    chosen = style if type(style) is Style else get_style(style)
    if (
        (language is not None and type(language) is not str)
        or (place is not None and type(place) is not str)
        or (agency is not None and type(agency) is not str)
        or (digits is not None and type(digits) is not str)
    ):
        _wrong_type(language=language, place=place, agency=agency, digits=digits)
    if type(era) is not bool:  # "era=None" or "era='false'" would be taken by their truth
        raise TypeError(f"era must be True or False, not {type(era).__name__}")
    if weekday is not None and type(weekday) is not bool:
        raise TypeError(f"weekday must be True, False or None, not {type(weekday).__name__}")
    if (
        place
        and calendar is None
        and offset is None
        and table is None
        and (chosen.calendar, chosen.offset, chosen.table) == ("umalqura", 0, None)
        and chosen.name not in _UMM_AL_QURA_OUTLETS
    ):
        # A style of no country's calendar, placed: the calendar of the place's authority, as
        # its editors type the date ("Rabat, …": Morocco's; a trial: the line written said Saudi
        # Arabia's date, and the checker warned of it)
        calendar = writing_authority(place)
    fast = chosen.fast
    if (
        fast is not None
        and type(value) is date
        and calendar is None
        and offset is None
        and table is None
        and era
        and weekday is None
        and (language is None or language == chosen.language)
        and (digits is None or digits == chosen.digits)
    ):
        # The commonest call: every string comes from the style's precomputed tables.
        form, hdays, hmonths, hnums, gdays, gmonths, gshort, gnums, weekdays, years = fast
        hyear, hmonth, hday = chosen.resolved.ymd(value)
        month = value.month
        hijri_year: int | str = hyear
        gregorian_year: int | str = value.year
        if years is not None:
            hijri_year, gregorian_year = str(hyear).translate(years), str(value.year).translate(years)
        text = form.format(
            hdays[hday], hmonths[hmonth], hnums[hmonth], hijri_year, gdays[value.day],
            gmonths[month], gshort[month], gnums[month], gregorian_year, weekdays[value.weekday()],
        )  # fmt: skip
    else:
        text = _general(
            value, chosen, language=language, calendar=calendar, offset=offset, table=table, digits=digits,
            era=era, weekday=weekday,
        )  # fmt: skip
    # An agency that signs before the date stands in the place's field, the same dash after
    # each ("{place}- {agency}- ": "تهران- ایرنا- …", with no agency "تهران- …"), or in brackets
    # after the place ("{place} ({agency}) ": "کراچی (اسٹاف رپورٹر) …", with no agency "کراچی …")
    head, signed, after = chosen.place.partition("{agency}")
    bracketed = signed and head.endswith("(")
    if bracketed and not place:
        signed = ""  # no place to put it after: the agency where the style's agency field says
    elif bracketed:
        head, after = head[:-1], after[1:]  # "{place} " and " ": the brackets go with the agency
    before = ((f"({agency})" if bracketed else agency) + after) if signed and agency else ""
    if place and signed:
        text = place + (head.replace("{place}", "") if bracketed else after) + before + text
    elif place:
        text = head.replace("{place}", place) + before + text
    elif before:
        text = before + text
    elif text[:1].islower():
        # a line begins with a capital: "Суббота, 5 декабря …", "Samedi, …" (a review: the
        # weekday of a language that writes it in lower case began the line so)
        text = text[0].upper() + text[1:]
    if agency and not signed:
        text = text + chosen.agency.replace("{agency}", agency)
    return text


def _era_before_year(style: Style) -> str:
    """The style's own Hijri era mark where its template puts the mark before the year
    ("{hera} {hyear}-yil": "hijriy 1437-yil"), for a language that writes none (Turkish): it
    labels the year there, which is else read as the other half's; else nothing."""
    template = style.template
    at = template.find("{hera}")
    return output.HIJRI_ERA.get(style.language, "") if 0 <= at < template.find("{hyear}") else ""


def _wrong_type(**given: object) -> None:
    for name, value in given.items():
        if value is not None and not isinstance(value, str):
            raise TypeError(f"{name} must be a str, not {type(value).__name__}")


def _general(
    value: date | HijriDate | Dateline,
    chosen: Style,
    *,
    language: str | None,
    calendar: str | Calendar | None,
    offset: int | None,
    table: TableSource | None,
    digits: Digits | None,
    era: bool,
    weekday: bool | None,
) -> str:
    """Every other call: the template rendered field by field."""
    hijri, day = _halves(value, chosen, calendar, offset, table)
    hijri_names, gregorian_names, short, weekdays, eras = (
        chosen.names if language is None or language == chosen.language else chosen.names_in(language)
    )
    values: dict[str, object] = {
        "hday": hijri.day,
        "hmonth": hijri_names[hijri.month - 1],
        "hmonth_num": hijri.month,
        "hyear": hijri.year,
        "hera": (eras[0] or _era_before_year(chosen)) if era else "",
        "gday": day.day,
        "gmonth": gregorian_names[day.month - 1],
        "gmonth_short": short[day.month - 1],
        "gmonth_num": day.month,
        "gyear": day.year,
        "gera": eras[1] if era else "",
        "weekday": weekdays[day.weekday()],
    }
    template = chosen.compiled
    if language is not None and language != chosen.language:
        template = _in_language(template, language)
    if SOLAR_FIELDS.intersection(template.fields):
        # Iran's official calendar, 1799-2321: outside it, an OutOfRangeError names the
        # 33-year calendar, which a style may name instead in a template of its own.
        try:
            solar = get_calendar("solar-hijri").to_hijri(day)
        except OutOfRangeError as err:
            # Its hint names a calendar a style cannot choose for its Solar Hijri date.
            raise OutOfRangeError(
                f"{day.isoformat()} is outside Iran's official Solar Hijri calendar, which covers "
                f"{err.first} to {err.last}: the style {chosen.name!r} writes a Solar Hijri date "
                "only in those years",
                calendar=err.calendar,
                value=err.value,
                first=err.first,
                last=err.last,
            ) from None
        names = output.SOLAR_HIJRI_MONTHS
        # The style's own Solar Hijri names, unless it is written in another language.
        own = language is None or language == chosen.language
        key = (chosen.solar_names if own else None) or (language or chosen.language)
        # Arabic and Urdu lines write Iran's month names, in their script, not the Latin ones
        key = key if key in names else _SOLAR_NAMES_OF.get(key, "en")
        month_names = names[key]
        if not own and chosen.solar_names in _AFGHAN_NAMES:
            # Afghanistan's style in another language keeps its zodiac names: "11 Hamal 1404",
            # as Afghan outlets in English write them (and the checker answers), not "Farvardin"
            month_names = names["fa-AF"] if key != "en" else AFGHAN_MONTHS
        values.update(
            sday=solar.day,
            smonth=month_names[solar.month - 1],
            smonth_num=solar.month,
            syear=solar.year,
            sera=output.SOLAR_HIJRI_ERA.get(key, "SH") if era else "",
        )
    if BANGLA_FIELDS.intersection(template.fields):
        values.update(_bangla_fields(day, chosen, language or chosen.language, era))
    if weekday is False and "weekday" in template.fields:
        template = template.without("weekday")
    writing = language or chosen.language
    text = template.render(values, language=writing)
    if writing in _WEEKDAY_COMMA and chosen.language not in _WEEKDAY_COMMA:
        # a Latin-script style's commas in the Arabic script's: "1 شوال، 1446 ھ (مارچ 31، 2025)"
        # (a trial: the pakistan style in Urdu kept its Latin commas)
        text = text.replace(",", "،")
    if weekday and "weekday" not in template.fields:
        text = f"{values['weekday']}{_WEEKDAY_COMMA.get(writing, ', ')}{text}"
    script = chosen.digits if digits is None else digits
    native = _WRITTEN_IN.get(script, ())
    if digits is None and language is not None and chosen.language in native and language not in native:
        # a style's digits that are its language's own: another language asked for writes ASCII
        # ones (a trial: "bangladesh-masthead" in English kept Bengali digits), unless digits are
        # asked for; digits a style chose against its language (Indonesian in Arabic-Indic) stay
        script = "latn"
    if script == "latn":
        return text
    digit_table = output.DIGIT_TABLES.get(script)
    if digit_table is None:
        raise StyleError(f"digits must be one of {', '.join(output.DIGITS)}, got {script!r}", field="digits")
    return text.translate(digit_table)


def _in_language(template: Template, language: str) -> Template:
    """The template's connector in ``language`` ("بمطابق" → "corresponding to", "و" → "and";
    a slash where the language has no word in the tables), where a text between two fields
    is that word alone (a newsroom's own words elsewhere stay as written: "Trinidad and
    Tobago", a review), and its era marks set off by a space where ``language`` writes them
    as words, not glued to the year as Urdu does ("{hyear}{hera}": "1446ھ", "1446 AH")."""
    return _translated(template.source, language)


@cache
def _translated(source: str, language: str) -> Template:
    corresponding = output.CORRESPONDING.get(language, "/")
    conjunction = output.AND.get(language, "/")
    words = dict.fromkeys((*output.CORRESPONDING.values(), *output.CORRESPONDING_ALSO), corresponding)
    words.update((word, conjunction) for word in output.AND.values())
    parts = Template(source).parts
    pieces = []
    for index, (kind, name, modifiers) in enumerate(parts):
        if kind == "field":
            pieces.append("{" + name + (":" + ",".join(modifiers) if modifiers else "") + "}")
            continue
        between = 0 < index < len(parts) - 1 and parts[index - 1][0] == parts[index + 1][0] == "field"
        pieces.append((_connector_in(name, words) if between else name).replace("{", "{{").replace("}", "}}"))
    joined = "".join(pieces)
    if language not in _WEEKDAY_COMMA:  # a language of another script writes its own comma
        joined = joined.replace("،", ",")
    for era, year, marks in (("hera", "hyear", output.HIJRI_ERA), ("gera", "gyear", output.GREGORIAN_ERA)):
        mark = marks.get(language, "").replace("ـ", "")
        # glued only as Urdu and Arabic glue a letter ("1446ھ", "2025م"), not a word ("میلادی")
        if mark and (not _is_arabic_script(mark[0]) or len(mark) > 2):
            joined = joined.replace(f"{{{year}}}{{{era}}}", f"{{{year}}} {{{era}}}")
    return Template(joined)


def _connector_in(text: str, words: dict[str, str]) -> str:
    """A template's text between two fields, its connector word in the language asked for:
    " بمطابق " → " corresponding to ", "، مطابق " → "، corresponding to " (its comma the
    language's, later), " H bertepatan dengan " → " H corresponding to " (an era written as
    text before it); " / " for a language with no word ("، مطابق " is no ", / "); any other
    text as it is (a newsroom's own words: "Trinidad and Tobago")."""
    core = text.strip()
    for word in sorted(words, key=len, reverse=True):
        if core != word and not core.endswith(" " + word):
            continue
        head = core[: len(core) - len(word)].rstrip()  # a comma, an era written out, or nothing
        said = words[word]
        lead = text[: len(text) - len(text.lstrip())]
        trail = text[len(text.rstrip()) :]
        if said == "/":
            head = head.rstrip(",،").rstrip()
            return (f" {head} / " if head else " / ") if lead or trail else f"{head} / " if head else "/"
        return lead + (head + " " if head else "") + said + trail
    return text


def _is_arabic_script(ch: str) -> bool:
    return "\u0600" <= ch <= "\u06ff"


# The languages that write each set of digits other than ASCII.
_WRITTEN_IN: Final = {
    "beng": ("bn",), "arab": ("ar",), "arabext": ("fa", "fa-AF", "ur", "ps", "ckb"), "deva": ("hi",),
}  # fmt: skip


def _bangla_fields(day: date, chosen: Style, language: str, era: bool) -> dict[str, object]:
    """The Bengali date's fields: Bangladesh's calendar, from 14 April 1987 (1394 BS); its
    names in Bengali for a Bengali line, romanised for any other."""
    try:
        bangla = get_calendar("bangla").to_hijri(day)
    except OutOfRangeError as err:
        raise OutOfRangeError(
            f"{day.isoformat()} is outside Bangladesh's Bengali calendar, which covers {err.first} "
            f"to {err.last}: the style {chosen.name!r} writes a Bengali date only in those years",
            calendar=err.calendar,
            value=err.value,
            first=err.first,
            last=err.last,
        ) from None
    key = language if language in output.BANGLA_MONTHS else "en"
    return {
        "bday": bangla.day,
        "bmonth": output.BANGLA_MONTHS[key][bangla.month - 1],
        "bmonth_num": bangla.month,
        "byear": bangla.year,
        "bera": output.BANGLA_ERA[key] if era else "",
    }


def style_calendar(
    style: Style, calendar: str | Calendar | None, offset: int | None, table: TableSource | None
) -> Calendar:
    """The calendar a style writes in, with what the caller gives in its place: each of
    ``calendar``, ``offset`` and ``table`` replaces the style's own, except that another
    calendar leaves the style's table (made for its own calendar) behind. A Solar Hijri
    calendar is refused: a style's Hijri fields are the lunar date's (its Solar Hijri date
    has fields of its own)."""
    return lunar(
        get_calendar(
            style.calendar if calendar is None else calendar,
            offset=style.offset if offset is None else offset,
            table=style.table if table is None and calendar is None else table,
        )
    )


def _halves(
    value: date | HijriDate | Dateline,
    style: Style,
    calendar: str | Calendar | None,
    offset: int | None,
    table: TableSource | None,
) -> tuple[HijriDate, date]:
    def cal() -> Calendar:
        return style_calendar(style, calendar, offset, table)

    if isinstance(value, Dateline):
        # A half whose year the text leaves out is written with the year the reader inferred
        # from the other half ("13 Muharram (12 August 2022)": 1444), as the checker takes it:
        # its day is the text's, not the calendar's for the other half.
        hijri_part = _with_inferred_year(value.hijri)
        gregorian_part = _with_inferred_year(value.gregorian)
        day = gregorian_part.to_date() if gregorian_part is not None else None
        if hijri_part is not None:
            hijri = hijri_part.to_hijri()
            return hijri, day or cal().to_gregorian(hijri)
        if day is not None:
            return cal().to_hijri(day), day
        raise StyleError("the dateline holds no whole date to write", field="value")
    if isinstance(value, HijriDate):
        return value, cal().to_gregorian(value)
    if isinstance(value, date):
        return cal().to_hijri(value), value
    raise TypeError(f"value must be a date, HijriDate or Dateline, not {type(value).__name__}")


def _with_inferred_year(part: DatePart | None) -> DatePart | None:
    """``part`` as a whole date, its year the inferred one where the text leaves it out;
    None where it is not a whole date."""
    if part is None or part.month is None or part.day is None:
        return None
    if part.year is None:
        if part.inferred_year is None:
            return None
        return replace(part, year=part.inferred_year)
    return part


# The Solar Hijri month names a language without its own writes.
_SOLAR_NAMES_OF: Final = {"ar": "fa", "ur": "fa"}
_AFGHAN_NAMES: Final = frozenset({"fa-AF", "ps"})

# The comma after a weekday put before the line (weekday=True), in the script's own form.
# Styles of outlets that print Umm al-Qura's date wherever a story is placed: the Saudi Press
# Agency's, the Gulf papers' mastheads (a review: "Tehran, …" in SPA's style had Iran's date).
_UMM_AL_QURA_OUTLETS: Final = frozenset({"spa-en", "spa-ar", "gulf-masthead"})
_WEEKDAY_COMMA: Final = {"ar": "، ", "fa": "، ", "ur": "، "}
