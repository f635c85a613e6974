"""The OpenAPI 3.1 document of the service, for clients in other languages: each
endpoint's part written from :data:`~._endpoints.OPERATIONS` (the fields it checks), the
shapes of the answers (the records of :mod:`datelines.records`) and the error codes."""

from __future__ import annotations

from typing import Any

from .. import __version__
from ._errors import CODES
from ._schema import Field, Operation

__all__ = ["document"]

Schema = dict[str, Any]


def _ref(name: str) -> Schema:
    return {"$ref": f"#/components/schemas/{name}"}


def _object(properties: dict[str, Schema], *, optional: tuple[str, ...] = ()) -> Schema:
    required = [name for name in properties if name not in optional]
    return {"type": "object", "properties": properties, "required": required}


def _nullable(schema: Schema) -> Schema:
    return {"anyOf": [schema, {"type": "null"}]}


_STR: Schema = {"type": "string"}
_INT: Schema = {"type": "integer"}
_BOOL: Schema = {"type": "boolean"}
_SPAN: Schema = {"type": "array", "items": _INT, "minItems": 2, "maxItems": 2,
                 "description": "start and end offsets, in Unicode code points"}  # fmt: skip
_ISO: Schema = {"type": "string", "description": "YYYY-MM-DD"}


def _results(item: str) -> Schema:
    """The answer to a list: a result, or an error, for each item in order."""
    return _object({"results": {"type": "array", "items": {"anyOf": [_ref(item), _ref("ItemError")]}}})


# A half as the text writes it, in ISO form: partial where the text is ("1437-04", "--04-10"),
# and its numbers as written, so a day that cannot be ("2025-02-29") is kept for the verdict
# to report (a trial asked for the fields' forms to be said).
_HALF_ISO: Schema = {
    "type": "string",
    "description": "YYYY-MM-DD, or partial where the text is (YYYY-MM, YYYY, --MM-DD); the numbers as written, "
    "so a day that cannot be is kept for the verdict to report",
}
_WESTERN_ISO: Schema = {
    **_HALF_ISO,
    "description": "the Gregorian date, in the same form; for a Rumi or Julian half, the Gregorian day it is "
    "(null where it names no whole day)",
}
_RUMI_ISO: Schema = {
    **_HALF_ISO,
    "description": "the Rumi date as written (Mart is month 3), on Ottoman lines",
}
_JULIAN_ISO: Schema = {**_HALF_ISO, "description": "the Julian date as written, on lines marked Old Style"}

_CONVERSION: dict[str, Schema] = {
    "calendar": _STR,
    "gregorian": _ISO,
    "hijri": _ISO,
    "weekday": _STR,
    "gregorian_text": _STR,
    "hijri_text": _STR,
    "hijri_month_length": _INT,
    "month_source": {
        "type": "string",
        "description": "announced, published, listed (from a public-holiday list) or computed",
    },
    "month_source_detail": _nullable(_STR),
    "solar_hijri": {**_ISO, "description": "the Solar Hijri date (asked for, or read)"},
    "solar_hijri_text": _STR,
    "bangla": {**_ISO, "description": "the Bengali date, in a Bengali calendar (bangla, bangla-1987)"},
    "bangla_text": _STR,
    "bangla_month_length": _INT,
    "rumi": {**_ISO, "description": "the date in the Ottoman Rumi calendar (1840-1925), Mart being month 3"},
    "rumi_text": _STR,
}
# A conversion's lunar fields are left out where only the Solar Hijri date is asked for, and
# its Solar Hijri fields where it is not; in a Bengali calendar, its own fields stand in for
# the lunar ones.
_CONVERSION_OPTIONAL: tuple[str, ...] = (
    "hijri", "hijri_text", "hijri_month_length", "month_source", "month_source_detail",
    "solar_hijri", "solar_hijri_text", "bangla", "bangla_text", "bangla_month_length", "rumi", "rumi_text",
)  # fmt: skip
_DATELINE: dict[str, Schema] = {
    "hijri": _nullable(_ref("Part")),
    "gregorian": _nullable(_ref("Part")),
    "weekday": _nullable(_STR),
    "weekday_text": _nullable(_STR),
    "place": _nullable(_STR),
    "agency": _nullable(_STR),
    "text": _STR,
    "span": _SPAN,
    "languages": {"type": "array", "items": _STR},
    "time": _nullable(_ref("Time")),
    "solar_hijri": _nullable(_ref("Part")),
    "bangla": _nullable(_ref("Part")),
    "rumi": _nullable(_ref("Part")),  # an Ottoman line's Rumi date beside its Gregorian one
}
_VERDICT: dict[str, Schema] = {
    "ok": _BOOL,
    "agrees": _BOOL,
    "compared": _nullable(
        {
            "type": "string",
            "enum": ["day", "month", "year"],
            "description": "how finely the halves were compared: a line ok at 'year' says only "
            "that its years overlap",
        }
    ),
    "difference_days": _nullable(_INT),
    "calendar": _STR,
    "authority": _nullable(_STR),
    "expected": _nullable(_ISO),
    "findings": {"type": "array", "items": _ref("Finding")},
    "explanations": {"type": "array", "items": _ref("Explanation")},
}

SCHEMAS: dict[str, Schema] = {
    "ErrorDetail": _object(
        {"code": {"type": "string", "enum": list(CODES)}, "message": _STR, "field": _STR, "position": _INT},
        optional=("field", "position"),
    ),
    "Error": _object({"error": _ref("ErrorDetail")}),
    "ItemError": _object({
        "input": {"description": "the item as sent: a string, or the JSON value that is none"},
        "error": _ref("ErrorDetail"),
    }),
    "Part": _object({
        "calendar": {"type": "string", "enum": ["hijri", "gregorian", "solar_hijri", "bangla", "rumi", "julian"]},
        "year": _nullable(_INT), "month": _nullable(_INT), "day": _nullable(_INT), "iso": _STR, "text": _STR,
        "span": _SPAN, "month_name": _nullable(_STR), "era": _nullable(_STR), "inferred_year": _nullable(_INT),
        "boundary": _nullable({"type": "string", "enum": ["begins", "ends"]}),
        "year_end": _nullable(_INT),
    }),
    "Time": _object({"text": _STR, "span": _SPAN, "evening": _BOOL, "clock": _nullable(_STR),
                     "utc_offset": _nullable(_INT)}),
    "Finding": _object({
        "code": _STR, "severity": {"type": "string", "enum": ["error", "warning", "note"]},
        "message": {"type": "string", "description": "the checker's sentence, for a copy editor"},
        "half": _nullable({"type": "string", "enum": ["hijri", "gregorian", "solar_hijri", "bangla", "rumi", "julian"]}),
    }),
    "Explanation": _object(
        {"kind": _STR, "description": _STR, "calendar": _STR, "offset": _INT, "value": _INT},
        optional=("calendar", "offset", "value"),
    ),
    "ConversionRecord": _object(
        {"input": _STR, "from": {"type": "string", "enum": ["gregorian", "hijri", "solar-hijri", "bangla", "rumi"]},
         **_CONVERSION},
        optional=_CONVERSION_OPTIONAL,
    ),
    # A year or month alone ("Ramadan 1250", "2025"): its first and last days in both calendars
    "PeriodRecord": _object({
        "input": _STR, "from": {"type": "string", "enum": ["gregorian", "hijri"]}, "calendar": _STR,
        "period": {"type": "string", "enum": ["year", "month"]},
        "gregorian": {"type": "string", "description": "YYYY or YYYY-MM where the input is Gregorian, else the "
                      "interval of the period's first and last days, YYYY-MM-DD/YYYY-MM-DD (ISO 8601)"},
        "hijri": {"type": "string", "description": "YYYY or YYYY-MM where the input is Hijri, else the interval "
                  "of the period's first and last days, YYYY-MM-DD/YYYY-MM-DD (ISO 8601)"},
        "gregorian_text": _STR, "hijri_text": _STR, "gregorian_start": _ISO, "gregorian_end": _ISO,
        "hijri_start": _ISO, "hijri_end": _ISO, "days": _INT,
    }),
    "ConversionItem": {"anyOf": [_ref("ConversionRecord"), _ref("PeriodRecord")]},
    "Conversion": {"anyOf": [_ref("ConversionItem"), _results("ConversionItem")]},
    "Dateline": _object({"input": _STR, **_DATELINE}),
    "Parsed": {"anyOf": [_ref("Dateline"), _results("Dateline")]},
    "Verdict": _object({"input": _STR, "message": _STR, **_VERDICT, "dateline": _object(_DATELINE)}),
    "Checked": {"anyOf": [_ref("Verdict"), _results("Verdict")]},
    "Extraction": _object({
        "start": _INT, "end": _INT, "text": _STR, "hijri": _nullable(_HALF_ISO),
        "gregorian": _nullable(_WESTERN_ISO), "solar_hijri": _nullable(_HALF_ISO), "bangla": _nullable(_HALF_ISO),
        "rumi": _nullable(_RUMI_ISO), "julian": _nullable(_JULIAN_ISO),
        "verdict": _object(_VERDICT),
        "message": _STR,
        # with input=html: where the dateline stands in the page sent (start and end are then
        # offsets in the page, the text the page's visible text)
        "line": {"type": "integer", "description": "input=html: the page's line of the dateline's start, from 1"},
        "column": {"type": "integer", "description": "input=html: its column there, from 1"},
    }, optional=("line", "column")),
    "Story": _object({"count": _INT, "failing": _INT,
                      "datelines": {"type": "array", "items": _ref("Extraction")}}),
    "Extracted": {"anyOf": [_ref("Story"), _results("Story")]},
    "FormattedRecord": _object({"input": _STR, "dateline": _STR, "calendar": _STR}),
    "Formatted": {"anyOf": [_ref("FormattedRecord"), _results("FormattedRecord")]},
    "Today": _object({"gregorian": _ISO, "tz": _nullable(_STR),
                      "calendars": {"type": "array", "items": _object(_CONVERSION, optional=_CONVERSION_OPTIONAL)}}),
    "Calendars": _object({"calendars": {"type": "array", "items": _object({
        "kind": {"type": "string", "enum": ["built-in", "computed", "authority", "solar", "bengali"]}, "name": _STR,
        "first_hijri": _ISO, "last_hijri": _ISO, "first_gregorian": _ISO, "last_gregorian": _ISO,
    })}}),
    "Authorities": _object({"authorities": {"type": "array", "items": _object({
        "id": _STR, "name": _STR, "country": _STR, "title": _STR, "method": _STR,
        "rules": {"type": "array", "items": _STR},
        "announced_years": _nullable({"type": "array", "items": _INT, "minItems": 2, "maxItems": 2}),
        "announced_months": _INT, "data": _nullable(_STR), "first_hijri": _ISO, "last_hijri": _ISO,
    })}}),
    "Styles": _object({"date": _ISO, "styles": {"type": "array", "items": _object(
        {"name": _STR, "language": _STR, "example": _STR, "description": _STR}
    )}}),
    "Days": _object({"year": _INT, "days": {"type": "array", "items": _object({
        "name": _STR, "hijri": _ISO, "differ": _BOOL,
        "dates": {"type": "array", "items": _object({
            "authority": _STR, "gregorian": _ISO,
            "kind": {"type": "string", "enum": ["announced", "published", "listed", "computed"]},
        })},
    })}}),
    "Health": _object({"status": {"type": "string", "enum": ["ok"]}, "version": _STR}),
}  # fmt: skip


def _field_schema(field: Field, *, null_as_absent: bool = False) -> Schema:
    """A field's schema; ``null_as_absent``: an optional field of a body, where null is taken
    for the field left out."""
    kinds: dict[str, Schema] = {
        "string": {"type": "string"}, "text": {"type": "string"}, "integer": {"type": "integer"},
        "boolean": {"type": "boolean"}, "strings": {"type": "array", "items": {"type": "string"}},
        "texts": {"type": "array", "items": {"type": "string"}},
    }  # fmt: skip
    if field.kind == "ids":  # one id, or a list of them, in any case ("ID", "id")
        ids = [*field.choices, *(c.lower() for c in field.choices if c.lower() != c)]
        one: Schema = {"type": "string", **({"enum": ids} if field.choices else {})}
        base: Schema = {"anyOf": [one, {"type": "array", "items": dict(one), "minItems": 1}]}
        if null_as_absent:
            base["anyOf"].append({"type": "null"})
        base["description"] = field.description
        if field.example is not None:
            base["examples"] = [field.example]
        return base
    base = kinds[field.kind]
    if field.choices:
        if field.kind in ("strings", "texts"):
            base["items"] = {"type": "string", "enum": list(field.choices)}
        else:
            base["enum"] = list(field.choices)
    if field.limits is not None:
        base["minimum"], base["maximum"] = field.limits
    if field.nullable or null_as_absent:
        base = {"anyOf": [base, {"type": "null"}]}
    base["description"] = field.description
    if field.example is not None:
        base["examples"] = [field.example]
    return base


def _errors(operation: Operation) -> dict[str, Any]:
    statuses = sorted({status for status, _ in CODES.values() if status in (400, 413, 422)})
    if operation.method == "GET":
        statuses = [s for s in statuses if s == 422]
    meaning = {400: "the body cannot be read as JSON", 413: "over a limit (the body, a text, a list's number of items; a list's item over the length limit is answered in its place)",
               422: "not what the endpoint takes, or a value the library refuses"}  # fmt: skip
    content = {"application/json": {"schema": _ref("Error")}}
    found = {str(status): {"description": meaning[status], "content": content} for status in statuses}
    found["405"] = {
        "description": "another method than this path's (the Allow header names it)",
        "content": content,
    }
    # (a trial: a client written from the document met a 503 it did not list)
    found["503"] = {
        "description": "the server stopped before the answer was ready (its graceful timeout): ask again",
        "content": content,
    }
    return found


def _operation(operation: Operation) -> dict[str, Any]:
    found: dict[str, Any] = {
        "operationId": operation.id,
        "summary": operation.summary,
        "description": operation.description,
        "responses": {
            "200": {
                "description": "the answer",
                "content": {"application/json": {"schema": _ref(operation.response)}},
            },
            **_errors(operation),
        },
    }
    parameters = [
        {
            "name": f.name,
            "in": "path",
            "required": True,
            "description": f.description,
            "schema": _field_schema(f),
        }
        for f in operation.path_fields
    ]
    if operation.method == "GET":
        parameters += [
            {
                "name": f.name, "in": "query", "required": f.required, "description": f.description,
                "schema": _field_schema(f), **({"explode": True} if f.kind == "strings" else {}),
            }
            for f in operation.fields
        ]  # fmt: skip
    elif operation.fields:
        body: Schema = {
            "type": "object",
            "properties": {f.name: _field_schema(f, null_as_absent=not f.required) for f in operation.fields},
            "required": [f.name for f in operation.fields if f.required],
            "additionalProperties": False,
        }
        if operation.one_of is not None:
            # exactly one given, null being the field left out (the service takes {"text": null,
            # "texts": […]}; a review)
            body["oneOf"] = [
                {"required": [name], "properties": {name: {"not": {"type": "null"}}}}
                for name in operation.one_of
            ]
        media: dict[str, Any] = {"schema": body}
        if operation.example is not None:
            media["example"] = dict(operation.example)
        found["requestBody"] = {"required": True, "content": {"application/json": media}}
    if parameters:
        found["parameters"] = parameters
    return found


def document(operations: tuple[Operation, ...]) -> dict[str, Any]:
    """The OpenAPI document of ``operations``, with the health check and the error codes.

    >>> from datelines.serve._endpoints import OPERATIONS
    >>> doc = document(OPERATIONS)
    >>> doc["openapi"], sorted(doc["paths"])[:3]
    ('3.1.0', ['/healthz', '/v1/authorities', '/v1/calendars'])
    """
    paths: dict[str, dict[str, Any]] = {
        "/healthz": {
            "get": {
                "operationId": "health",
                "summary": "Whether the service is up",
                "responses": {
                    "200": {"description": "up", "content": {"application/json": {"schema": _ref("Health")}}},
                    "405": {
                        "description": "another method than GET (the Allow header names it)",
                        "content": {"application/json": {"schema": _ref("Error")}},
                    },
                },
            }
        }
    }
    for operation in operations:
        paths.setdefault(operation.path, {})[operation.method.lower()] = _operation(operation)
    codes = "\n".join(f"- `{code}` ({status}): {meaning}" for code, (status, meaning) in CODES.items())
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "datelines",
            "version": __version__,
            "summary": "Read, write, check and convert dual-calendar (Hijri and Gregorian) datelines",
            "description": 'Every error is `{"error": {"code", "message", "field"?, "position"?}}` '
            "with one of these codes:\n\n" + codes,
            "license": {"name": "MIT", "identifier": "MIT"},
        },
        # relative: the document is served by the service it describes, wherever it runs
        "servers": [{"url": "/"}],
        "paths": paths,
        "components": {"schemas": SCHEMAS},
    }
