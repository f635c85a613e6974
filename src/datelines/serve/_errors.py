"""The service's errors: every answer that is not a result is ``{"error": {...}}`` with a
stable ``code`` a client can switch on, the library's own ``message``, and a status that
says whose fault it is (400: the body cannot be read; 413: over a limit; 422: read, but
not what the endpoint takes, or a date the library refuses). The codes are listed here
once, and the OpenAPI document lists them from here."""

from __future__ import annotations

from typing import Final, Literal

from ..errors import (
    CalendarError,
    DatelineError,
    InvalidDateError,
    OutOfRangeError,
    ParseError,
    StyleError,
)

__all__ = ["CODES", "ErrorCode", "ServiceError", "error_body", "library_error"]

ErrorCode = Literal[
    # 400: the body is not JSON we can read
    "malformed-json",
    "not-utf-8",
    "bad-content-length",
    # 413: over a limit
    "body-too-large",
    "text-too-long",
    "too-many-items",
    # 422: JSON, but not what the endpoint takes
    "not-an-object",
    "unknown-field",
    "missing-field",
    "wrong-type",
    "invalid-value",
    # 422: the library refuses the value (its message says why)
    "unreadable-date",
    "invalid-date",
    "out-of-range",
    "unknown-calendar",
    "unknown-style",
    "invalid-input",
    # routing
    "not-found",
    "method-not-allowed",
    # never expected: a fault of ours, logged, without details in the answer
    "internal-error",
    # 503: the server stopped (Ctrl-C, SIGTERM) before the answer was ready
    "unavailable",
]

# Each code, its status and what it means, for the reference page.
CODES: dict[ErrorCode, tuple[int, str]] = {
    "malformed-json": (400, "the body is not JSON"),
    "not-utf-8": (400, "the body is not UTF-8 text"),
    "bad-content-length": (400, "the Content-Length header is not a number"),
    "body-too-large": (413, "the body is longer than the service's limit"),
    "text-too-long": (413, "a text is longer than the service's limit"),
    "too-many-items": (413, "a list has more items than the service's limit"),
    "not-an-object": (422, "the body is JSON, but not an object"),
    "unknown-field": (422, "a field or query parameter the endpoint does not take"),
    "missing-field": (422, "a field the endpoint needs is missing"),
    "wrong-type": (422, "a field has the wrong JSON type"),
    "invalid-value": (422, "a field's value is not one of those allowed"),
    "unreadable-date": (422, "the text could not be read as a date or dateline (ParseError)"),
    "invalid-date": (
        422,
        "a date that does not exist, such as 30 Safar in a 29-day month (InvalidDateError)",
    ),
    "out-of-range": (422, "a date outside the calendar's range (OutOfRangeError)"),
    "unknown-calendar": (422, "a calendar or authority that cannot be built as asked (CalendarError)"),
    "unknown-style": (422, "an unknown house style, language or digits (StyleError)"),
    "invalid-input": (422, "any other value the library refuses, such as an unknown time zone"),
    "not-found": (404, "no such path"),
    "method-not-allowed": (405, "the path does not take this method"),
    "internal-error": (500, "a fault of the service's: please report it"),
    "unavailable": (503, "the server stopped before the answer was ready (its graceful timeout): ask again"),
}


class ServiceError(DatelineError):
    """A request the service cannot answer: its ``code`` (see :data:`CODES`, which gives
    the HTTP status) and, where one field is at fault, its name in ``field``.

    >>> err = ServiceError("too-many-items", "'dates' has 1001 items; the limit is 1000", field="dates")
    >>> err.status, error_body(err)
    (413, {'error': {'code': 'too-many-items', 'message': "'dates' has 1001 items; the limit is 1000", 'field': 'dates'}})
    """

    def __init__(self, code: ErrorCode, message: str, *, field: str | None = None):
        super().__init__(message)
        self.code: ErrorCode = code
        self.field = field

    @property
    def status(self) -> int:
        return CODES[self.code][0]


def library_error(err: DatelineError, *, field: str | None = None) -> ServiceError:
    """The library's error as the service says it: its message, a code for its class.

    >>> library_error(ParseError("no date here", text="hello", position=0)).code
    'unreadable-date'
    """
    if isinstance(err, ServiceError):
        return err
    code: ErrorCode = "invalid-input"
    for kind, named in _LIBRARY_CODES:
        if isinstance(err, kind):
            code = named
            break
    message = str(err)
    for hint, said in _FIELD_HINTS:  # the library's hints name the command line's options
        message = message.replace(hint, said)
    found = ServiceError(code, message, field=field)
    found.position = err.position
    return found


# What a message says to do on the command line, as the service's fields say it.
_FIELD_HINTS: Final = (
    ("(--dayfirst or --monthfirst)", '("order": "dayfirst" or "monthfirst")'),
    ("(--from hijri or --from gregorian)", '("from": "hijri" or "gregorian")'),
    (
        "(--from hijri or --from solar-hijri or --from gregorian)",
        '("from": "hijri", "solar-hijri" or "gregorian")',
    ),
    ("(--from rumi or --from gregorian)", '("from": "rumi" or "gregorian")'),
    ("(--from hijri) or a Rumi one (--from rumi)", '("from": "hijri") or a Rumi one ("from": "rumi")'),
    ("(--from hijri)", '("from": "hijri")'),
    ("; say so (--from solar-hijri)", '; /v1/convert reads it with "from": "solar-hijri"'),
    ("(--to hijri)", '("to": "hijri")'),
)


# Subclasses before their bases (SightingTableError is a CalendarError).
_LIBRARY_CODES: tuple[tuple[type[DatelineError], ErrorCode], ...] = (
    (ParseError, "unreadable-date"),
    (InvalidDateError, "invalid-date"),
    (OutOfRangeError, "out-of-range"),
    (CalendarError, "unknown-calendar"),
    (StyleError, "unknown-style"),
)


def error_body(err: ServiceError) -> dict[str, object]:
    """The JSON of an error answer: code, message, and the field and position where the
    error has them."""
    body: dict[str, object] = {"code": err.code, "message": err.message}
    if err.field is not None:
        body["field"] = err.field
    if err.position is not None:
        body["position"] = err.position
    return {"error": body}
