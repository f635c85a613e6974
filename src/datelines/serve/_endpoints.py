"""What each endpoint does, over the public API and :mod:`datelines.records` (so that an
answer has the shape ``datelines … --format json`` writes), and the table of endpoints:
:data:`OPERATIONS`, from which the app routes and the OpenAPI document is written.

Each function takes the request's checked fields and returns JSON-ready values; a
:class:`~datelines.DatelineError` it raises becomes a 422 answer with the library's
message. In a list (``dates``, ``texts``) an item the library refuses is answered in its
place, as ``{"input": …, "error": {…}}``, and the rest are still done."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date
from typing import NamedTuple, cast

import datelines

from .._convert import local_today
from .._html import page_text
from .._markdown import markdown_text
from .._read.parse import MAX_PARSE_LENGTH
from .._read.typed import DateOrder, Source, read_date
from ..calendars import (
    AUTHORITY_IDS,
    BANGLA_NAMES,
    CALENDAR_NAMES,
    COMPUTED_NAMES,
    SOLAR_NAMES,
    solar_calendar_kind,
)
from ..calendars.computed import FIRST_YEAR, LAST_YEAR
from ..calendars.offset import MAX_OFFSET
from ..errors import DatelineError, ParseError, StyleError
from ..hijri import HijriDate
from ..names import output
from ..records import (
    authority_record,
    calendar_record,
    convert_record,
    dateline_record,
    extraction_record,
    own_calendar,
    religious_day_record,
    style_record,
    today_record,
    verdict_record,
)
from ._errors import ServiceError, error_body, library_error
from ._schema import Field, Fields, Operation, Refused
from ._stop import go_on

TYPE_CHECKING = False
if TYPE_CHECKING:
    from .._types import Digits
    from ..records import ConversionSource, ConversionTarget

__all__ = ["OPERATION", "OPERATIONS"]


# --- fields that several endpoints take -----------------------------------------------------------

_CALENDAR = Field(
    "calendar", "string",
    "a calendar (umalqura, umalqura-icu, civil, astronomical, a computed one such as mabims or "
    "mabims@jakarta, a name with an offset such as umalqura-1) or an authority's id (SA, ID, MY, …); "
    "default: umalqura",
    example="ID",
)  # fmt: skip
# On /v1/check and /v1/extract no calendar means any authority's (a trial: the document said
# Umm al-Qura there too).
_CHECK_CALENDAR = replace(
    _CALENDAR,
    description=_CALENDAR.description.replace(
        "default: umalqura", "default: none, any authority's (see authority); not with authority"
    ),
)
MAX_TEMPLATE_CHARS = 300
_OFFSET = Field(
    "offset",
    "integer",
    "days the Hijri date runs ahead of the calendar's (-1: one behind)",
    example=-1,
    limits=(-MAX_OFFSET, MAX_OFFSET),
)
_ORDER = Field(
    "order", "string", "how to read 01/02/2016: dayfirst (1 February) or monthfirst (January 2)",
    choices=("dayfirst", "monthfirst"),
)  # fmt: skip
_FROM = Field(
    "from", "string",
    "the calendar the dates are in; auto (the default): a Hijri month name means Hijri, else Gregorian",
    choices=("auto", "gregorian", "hijri"),
)  # fmt: skip
_CONVERT_FROM = Field(
    "from", "string",
    "the calendar the dates are in; auto (the default): a Hijri month name means Hijri, a Solar Hijri or "
    "Bengali one that calendar, else Gregorian; solar-hijri: a Solar Hijri date (Iran's and Afghanistan's calendar), bangla: "
    "a date of Bangladesh's Bengali calendar, rumi: a date of the Ottoman Rumi calendar of 1840-1925 "
    "(\"29 Ağustos 1324\", 1324-08-29), each converted to Gregorian and lunar Hijri",
    choices=("auto", "gregorian", "hijri", "solar-hijri", "bangla", "rumi"),
)  # fmt: skip
_TO = Field(
    "to", "string",
    "the calendar to convert to: hijri (the default, in `calendar`), solar-hijri (alone: `solar_hijri` "
    "and `solar_hijri_text` in place of the lunar fields), bangla (alone: `bangla`, `bangla_text` and "
    "`bangla_month_length`; from 14 April 1987), rumi (alone: `rumi` and `rumi_text`; 1840-1925) or all "
    "(the Bengali and Rumi dates where their calendars have the day)",
    choices=("hijri", "solar-hijri", "bangla", "rumi", "all"),
)  # fmt: skip
_AUTHORITY = Field(
    "authority", "ids",
    "the authority whose calendar the datelines must follow, or a list of them a line may follow any of "
    "(default: any, the one the line's place, agency or language points to first); not with calendar or "
    "offset",
    choices=AUTHORITY_IDS,
    example="ID",
)  # fmt: skip
_JULIAN = Field("julian", "boolean", "read western dates as Julian (sources before 1582)")
_TZ = Field(
    "tz", "string", "an IANA time zone for today's date (default: the server's)", example="Asia/Jakarta"
)


def _one_text(name: str, description: str, example: str) -> Field:
    return Field(name, "text", description, example=example)


# --- the endpoints ----------------------------------------------------------------------------------


def _calendar(fields: Fields) -> datelines.Calendar:
    name = cast("str | None", fields.get("calendar"))
    offset = cast("int | None", fields.get("offset"))
    try:
        return datelines.get_calendar(name or "umalqura", offset=offset or 0)
    except DatelineError as err:
        raise library_error(err, field="calendar" if name is not None else "offset") from None


def _each(fields: Fields, one: str, many: str, answer: Callable[[str], dict[str, object]]) -> object:
    """``answer`` for the one value, or for each of the list, an error in its place."""
    if one in fields:
        try:
            return answer(cast("str", fields[one]))
        except DatelineError as err:
            raise library_error(err, field=one) from None

    def results() -> Iterator[dict[str, object]]:
        for text in cast("list[str | Refused]", fields[many]):
            go_on()
            if isinstance(text, Refused):  # not a string, or too long: its own error
                yield {"input": text.item, **error_body(text.error)}
                continue
            try:
                yield answer(text)
            except DatelineError as err:
                yield {"input": text, **error_body(library_error(err))}

    return {"results": list(results())}


def convert(fields: Fields) -> object:
    if fields.get("from") == "rumi" and "calendar" not in fields and "offset" not in fields:
        fields = {**fields, "calendar": "civil"}  # (as the command line does: 1840-1925)
    cal = _lunar(_calendar(fields))
    source = cast("ConversionSource", fields.get("from", "auto"))
    target = cast("ConversionTarget", fields.get("to", "hijri"))
    order = cast("DateOrder | None", fields.get("order"))
    chosen = "calendar" in fields or "offset" in fields

    def answer(text: str) -> dict[str, object]:
        # a Rumi or Bengali date is converted in its own lunar calendar unless one is named
        its_cal = (None if chosen else own_calendar(text, source)) or cal
        return convert_record(text, its_cal, source, order, target, lunar_fallback=not chosen)

    return _each(fields, "date", "dates", answer)


def _lunar(cal: datelines.Calendar) -> datelines.Calendar:
    """``cal``, a lunar calendar: the Solar Hijri one is asked for with "from" or "to", whose
    answers give its dates their own fields."""
    from ..calendars.solar import SolarHijriCalendar

    if isinstance(cal, SolarHijriCalendar):
        raise ServiceError(
            "invalid-value",
            f"{cal.name!r} is the Solar Hijri calendar, not a lunar one: convert with "
            '"to": "solar-hijri" or "from": "solar-hijri" (the lunar date is in "calendar", Umm al-Qura by default)',
            field="calendar",
        )
    return cal


def _one_dateline(text: str) -> str:
    """``text``, if it may be one dateline: a longer one is refused as the library refuses it,
    pointing to the endpoint that reads running text."""
    if len(text) > MAX_PARSE_LENGTH:
        raise ParseError(
            f"text of {len(text):,} characters is longer than any dateline (at most {MAX_PARSE_LENGTH:,}); "
            "/v1/extract reads the datelines in running text",
            text=text[:80],
            position=MAX_PARSE_LENGTH,
            expected="one dateline",
        )
    return text


def parse(fields: Fields) -> object:
    return _each(
        fields,
        "text",
        "texts",
        lambda text: {"input": text, **dateline_record(datelines.parse(_one_dateline(text)))},
    )


class _CheckOptions(NamedTuple):
    """What the checker is asked to follow: an authority, or a calendar; Julian or not."""

    authority: str | list[str] | None
    calendar: datelines.Calendar | None
    julian: bool

    def check(self, line: str | datelines.Dateline) -> datelines.Verdict:
        return datelines.check(line, authority=self.authority, calendar=self.calendar, julian=self.julian)


def _check_options(fields: Fields) -> _CheckOptions:
    authority = cast("str | list[str] | None", fields.get("authority"))
    given = "calendar" in fields or "offset" in fields
    if authority is not None and given:
        raise ServiceError(
            "invalid-value", "'authority' is not allowed with 'calendar' or 'offset'", field="authority"
        )
    calendar = _calendar(fields) if given else None
    if calendar is not None and (other := solar_calendar_kind(calendar)) is not None:
        raise ServiceError(
            "invalid-value",
            f"{calendar.name!r} is {other}, not a lunar one: the Hijri half is measured in a lunar "
            "calendar, and a Solar Hijri or Bengali half in its own",
            field="calendar",
        )
    return _CheckOptions(authority, calendar, cast("bool", fields.get("julian", False)))


def check(fields: Fields) -> object:
    options = _check_options(fields)

    def answer(text: str) -> dict[str, object]:
        verdict = options.check(_one_dateline(text))
        return {
            "input": text,
            "message": verdict.message,
            **verdict_record(verdict),
            "dateline": dateline_record(verdict.dateline),
        }

    return _each(fields, "text", "texts", answer)


def extract(fields: Fields) -> object:
    options = _check_options(fields)
    html = fields.get("input") == "html"
    markdown = fields.get("input") == "markdown"

    def answer(text: str) -> dict[str, object]:
        found, failing = [], 0
        if markdown:  # its prose, each character where it was (code and links' addresses blanked)
            text = markdown_text(text)
        # A page's visible text, as `extract --input html` reads it (a trial: a page sent as
        # text gave a "dateline" from inside a script, spans with markup in them): each span
        # then an offset in the page sent, with its line and column there.
        page = page_text(text) if html else None
        for line in datelines.extract(text if page is None else page.text):
            go_on()
            verdict = options.check(line)
            failing += not verdict.ok
            record = extraction_record(line, verdict)
            if page is not None:
                start, end = line.span
                line_number, column = page.position(start)
                record.update(
                    start=page.offset(start), end=page.end(end - 1), line=line_number, column=column
                )
            found.append({**record, "message": verdict.message})
        return {"count": len(found), "failing": failing, "datelines": found}

    # several stories at once, as /v1/check takes several lines (a trial: a CMS asked once a story)
    return _each(fields, "text", "texts", answer)


def format_(fields: Fields) -> object:
    try:
        style = datelines.get_style(cast("str", fields.get("style", "mina")))
    except DatelineError as err:
        raise library_error(err, field="style") from None
    if "template" in fields:  # a house template over HTTP, as --style-file gives one (a trial)
        if len(cast("str", fields["template"])) > MAX_TEMPLATE_CHARS:
            # a template is a line long; one of a text's length would be written out for each
            # date, an answer many times the request (a review: 99 MB for 100 KB)
            raise ServiceError(
                "invalid-value",
                f"'template' has {len(cast('str', fields['template'])):,} characters; a template is at most "
                f"{MAX_TEMPLATE_CHARS}",
                field="template",
            )
        try:
            style = replace(style, name="template", template=cast("str", fields["template"]))
        except StyleError as err:  # the template's own fault, not an unknown style
            found = library_error(err, field="template")
            found.code = "invalid-value"
            raise found from None
    from .._write.format import style_calendar

    given = "calendar" in fields or "offset" in fields
    try:
        # The calendar the Hijri half is written in, given or the style's own: the answer
        # names it, since it may differ from /v1/convert's (the iran style: Iran's calendar).
        calendar = style_calendar(
            style,
            cast("str | None", fields.get("calendar")),
            cast("int | None", fields.get("offset")),
            None,
        )
    except StyleError as err:  # a calendar the style cannot write its Hijri date in
        raise ServiceError("invalid-value", str(err), field="calendar") from None
    except DatelineError as err:
        raise library_error(err, field="calendar" if given else "style") from None
    source = cast("Source", fields.get("from", "auto"))
    order = cast("DateOrder | None", fields.get("order"))

    def answer(text: str) -> dict[str, object]:
        value: date | HijriDate = read_date(text, source, order)
        written = datelines.format(
            value, style, language=cast("str | None", fields.get("language")),
            calendar=calendar if given else None, offset=0 if given else None,
            place=cast("str | None", fields.get("place")),
            agency=cast("str | None", fields.get("agency")), digits=cast("Digits | None", fields.get("digits")),
            era=cast("bool", fields.get("era", True)), weekday=cast("bool | None", fields.get("weekday")),
        )  # fmt: skip
        return {"input": text, "dateline": written, "calendar": calendar.name}

    return _each(fields, "date", "dates", answer)


def _today(fields: Fields) -> date:
    try:
        return local_today(cast("str | None", fields.get("tz")))
    except DatelineError as err:
        raise library_error(err, field="tz") from None


def today(fields: Fields) -> object:
    day = _today(fields)
    names = cast("list[str]", fields.get("calendar") or list(CALENDAR_NAMES))
    records = []
    for name in names:
        try:
            cal = datelines.get_calendar(name)
            records.append(today_record(cal, day))
        except DatelineError as err:
            raise library_error(err, field="calendar") from None
    return {"gregorian": day.isoformat(), "tz": fields.get("tz"), "calendars": records}


def calendars(fields: Fields) -> object:
    kinds = [
        ("built-in", CALENDAR_NAMES), ("computed", COMPUTED_NAMES), ("authority", AUTHORITY_IDS),
        ("solar", SOLAR_NAMES), ("bengali", BANGLA_NAMES),
    ]  # fmt: skip
    return {"calendars": [calendar_record(name, kind) for kind, names in kinds for name in names]}


def authorities(fields: Fields) -> object:
    return {"authorities": [authority_record(found) for found in datelines.authorities()]}


def styles(fields: Fields) -> object:
    if "date" in fields:
        try:
            day = read_date(cast("str", fields["date"]), "gregorian")
        except DatelineError as err:
            raise library_error(err, field="date") from None
        assert isinstance(day, date)
    else:
        day = _today(fields)
    from .._write.format import format_dateline

    refused: list[DatelineError] = []
    for name in datelines.style_names():
        try:
            format_dateline(day, datelines.get_style(name))
        except DatelineError as err:
            refused.append(err)
    if refused and len(refused) == len(datelines.style_names()):
        # a day no style can write (outside every calendar): an error, as elsewhere, not a
        # list of examples that are each an error
        raise library_error(refused[0], field="date")
    return {
        "date": day.isoformat(),
        "styles": [style_record(name, datelines.get_style(name), day) for name in datelines.style_names()],
    }


def days(fields: Fields) -> object:
    year = cast("int", fields["year"])
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise ServiceError(
            "invalid-value",
            f"{year} is outside the authorities' calendars ({FIRST_YEAR}–{LAST_YEAR} AH)",
            field="year",
        )
    chosen = cast("list[str] | None", fields.get("authority"))
    try:
        found = datelines.religious_days(year, None if chosen is None else list(dict.fromkeys(chosen)))
    except DatelineError as err:
        raise library_error(err, field="authority") from None
    return {"year": year, "days": [religious_day_record(day) for day in found]}


# --- the table ---------------------------------------------------------------------------------------

_SEED = "Seoul, 10 Rabiul Akhir 1437/20 January 2016 (MINA)"

OPERATIONS: tuple[Operation, ...] = (
    Operation(
        "POST", "/v1/convert", "convert", "Convert dates between the Hijri and Gregorian calendars",
        "Each date is read as `datelines convert` reads it (ISO, numeric with a four-digit year, or written "
        "out in any language datelines reads) and converted to the other calendar, in any calendar or "
        "authority's calendar. Give `date` for one (the answer is its conversion) or `dates` for a list "
        "(the answer is `results`, an error in place of each date that cannot be read).",
        (
            Field("date", "string", "one date", example="2016-01-20"),
            Field("dates", "strings", "a list of dates", example=["2016-01-20", "10 Rabiul Akhir 1437"]),
            _CONVERT_FROM, _TO, _ORDER, _CALENDAR, _OFFSET,
        ),
        "Conversion", convert, one_of=("date", "dates"), example={"date": "2016-01-20", "calendar": "ID"},
    ),
    Operation(
        "POST", "/v1/parse", "parse", "Read datelines into their halves",
        "Each text is read as one dateline: its Hijri and Gregorian halves (each with its fields, ISO form, "
        "text and span), weekday, place, agency and the languages it was read in.",
        (
            _one_text("text", "one dateline", _SEED),
            Field("texts", "texts", "a list of datelines"),
        ),
        "Parsed", parse, one_of=("text", "texts"), example={"text": _SEED},
    ),
    Operation(
        "POST", "/v1/check", "check", "Check that a dateline's halves agree",
        "Each text is read as one dateline and checked: do its halves name the same day in the calendar "
        "of the authority it follows, does its weekday fit, does each date exist? The answer is the "
        "verdict (`ok`), the checker's sentence (`message`), its findings and explanations, and the "
        "dateline read.",
        (
            _one_text("text", "one dateline", _SEED),
            Field("texts", "texts", "a list of datelines"),
            _AUTHORITY, _CHECK_CALENDAR, _OFFSET, _JULIAN,
        ),
        "Checked", check, one_of=("text", "texts"), example={"text": _SEED},
    ),
    Operation(
        "POST", "/v1/extract", "extract", "Find and check every dateline in a text",
        "Every dual dateline and dual date in a story or any text, with its span (`start`, `end`: offsets "
        "in Unicode code points), both halves in ISO form, the verdict of /v1/check and its sentence.",
        (
            Field("text", "text", "a story, or any text", example=f"{_SEED} – The ministry said on Wednesday…"),
            Field("texts", "texts", "a list of stories, at most the text limit together: the answer is "
                  "{\"results\": [...]}, one for each, in order", together=True),
            Field("input", "string", "text (the default), or html: the text is a page, whose visible text is "
                  "read (no scripts, styles or navigation), each dateline's start and end then offsets in the "
                  "page with its line and column there; or markdown: the text's prose is read, its code "
                  "blocks and spans and links' addresses left out (offsets stay the text's)",
                  choices=("text", "html", "markdown")),
            _AUTHORITY, _CHECK_CALENDAR, _OFFSET, _JULIAN,
        ),
        "Extracted", extract, one_of=("text", "texts"),
        example={"text": f"{_SEED} – The ministry said on Wednesday…"},
    ),
    Operation(
        "POST", "/v1/format", "format", "Write dates as datelines in a house style",
        "Each date (Gregorian, or Hijri as /v1/convert reads it) written as a dual dateline in a house "
        "style (see /v1/styles), in its language or another, with a place and an agency.",
        (
            Field("date", "string", "one date", example="2016-01-20"),
            Field("dates", "strings", "a list of dates"),
            Field("style", "string", "a house style (default: mina)", example="mina"),
            Field("template", "string",
                  "a newsroom's own template, in place of the style's: {hday} {hmonth} {hyear} {gday} {gmonth} "
                  "{gyear} {weekday} … (see GET /v1/styles and docs/styles.md); the style gives the rest; "
                  "at most 300 characters",
                  example="{weekday}, {hday} {hmonth} {hyear} H / {gday} {gmonth} {gyear}"),
            Field("language", "string", "write the names in this language", choices=tuple(output.GREGORIAN_MONTHS)),
            Field("place", "string", "the place before the dateline", example="Seoul"),
            Field("agency", "string", "the agency after it", example="MINA"),
            Field("digits", "string", "the digits to write in", choices=tuple(output.DIGITS)),
            Field("era", "boolean", "write era marks (default: true)"),
            Field("weekday", "boolean", "true: put the weekday first; false: leave it out; default: the style's",
                  nullable=True),
            _FROM, _ORDER, _CALENDAR, _OFFSET,
        ),
        "Formatted", format_, one_of=("date", "dates"),
        example={"date": "2016-01-20", "style": "mina", "place": "Seoul", "agency": "MINA"},
    ),
    Operation(
        "GET", "/v1/today", "today", "Today's date in each calendar",
        "Today's Gregorian date (in `tz`), and its Hijri date in each calendar asked for (`calendar`, "
        "repeated; default: the built-in calendars).",
        (_TZ, Field("calendar", "strings", "a calendar or authority id; repeat for more", example=["SA", "ID"])),
        "Today", today,
    ),
    Operation(
        "GET", "/v1/calendars", "calendars", "The calendars and their ranges",
        "The built-in calendars, the computed ones (crescent criteria at their own place) and the "
        "authorities' calendars, each with the first and last dates it converts.",
        (), "Calendars", calendars,
    ),
    Operation(
        "GET", "/v1/authorities", "authorities", "The authorities whose calendars newsrooms follow",
        "Each authority: its id (for `authority` and `calendar`), who it is, how its months are decided, "
        "the rules for the months it did not announce, and the announced months shipped.",
        (), "Authorities", authorities,
    ),
    Operation(
        "GET", "/v1/styles", "styles", "The house styles, each with a date written in it",
        "Every house style with `date` (default: today, in `tz`) written in it.",
        (Field("date", "string", "a Gregorian date to write (default: today)", example="2016-01-20"), _TZ),
        "Styles", styles,
    ),
    Operation(
        "GET", "/v1/days/{year}", "days", "A Hijri year's religious days under each authority",
        "The first of Ramadan, the Eids, the Day of Arafah, the new year, Ashura, the Mawlid and Isra' "
        "and Mi'raj of a Hijri year, with the Gregorian date under each authority (or those asked for).",
        (Field("authority", "strings", "an authority id; repeat for more (default: all)", choices=AUTHORITY_IDS),),
        "Days", days,
        path_fields=(
            Field(
                "year", "integer", f"a Hijri year of the authorities' calendars ({FIRST_YEAR}–{LAST_YEAR} AH)",
                required=True, example=1447,
            ),
        ),
    ),
)  # fmt: skip

OPERATION = {operation.id: operation for operation in OPERATIONS}
