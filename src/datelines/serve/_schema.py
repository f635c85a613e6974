"""What each endpoint takes, said once: the fields of its body (or its query), their JSON
types, allowed values and limits. The same :class:`Field` list checks each request and
writes the endpoint's part of the OpenAPI document, so the two cannot drift apart."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Final, Literal, NamedTuple

from ._errors import ServiceError
from ._settings import Limits

__all__ = ["Field", "Fields", "Kind", "Operation", "read_fields", "read_query"]

# "text" is a string held to the text limit, "texts" and "strings" lists held to the items
# limit (and each item to the text limit); every string is held to the text limit.
Kind = Literal["string", "text", "integer", "boolean", "strings", "texts", "ids"]
Fields = dict[str, object]


@dataclass(frozen=True, slots=True)
class Field:
    """One field of a request: its ``name``, JSON ``kind``, what it means, the values it
    may take (``choices``, or ``limits`` for an integer), whether it may be ``null``, and an
    ``example``."""

    name: str
    kind: Kind
    description: str
    choices: tuple[str, ...] = ()
    required: bool = False
    nullable: bool = False
    example: object = None
    limits: tuple[int, int] | None = None  # an integer's least and greatest values
    # texts held to the text limit together, as one text is (stories: one request no more work
    # than one story at the limit; a review)
    together: bool = False


@dataclass(frozen=True, slots=True)
class Operation:
    """An endpoint: its method and path, its name in the OpenAPI document (``id``), what it
    takes (``fields``; exactly one of the pair ``one_of`` where there is one), the schema of
    its answer (``response``, a component of the document) and the function that answers."""

    method: Literal["GET", "POST"]
    path: str
    id: str
    summary: str
    description: str
    fields: tuple[Field, ...]
    response: str
    run: Callable[[Fields], object]
    one_of: tuple[str, str] | None = None
    example: Mapping[str, object] | None = None
    path_fields: tuple[Field, ...] = ()


_JSON_TYPES = {str: "a string", int: "a number", float: "a number", bool: "a boolean", list: "an array",
               dict: "an object", type(None): "null"}  # fmt: skip


def _json_type(value: object) -> str:
    return _JSON_TYPES.get(type(value), type(value).__name__)


def _check_text(name: str, value: str, limits: Limits) -> None:
    if len(value) > limits.text_chars:
        raise ServiceError(
            "text-too-long",
            f"{name!r} has {len(value):,} characters; the limit is {limits.text_chars:,}",
            field=name,
        )


def _value(spec: Field, value: object, limits: Limits, *, in_place: bool = False) -> object:
    """``value`` checked against ``spec``: its type, its choices, its limits. With
    ``in_place`` (the list of items an endpoint answers one by one), an item at fault is kept
    as :class:`Refused`, to be answered with its error in its place."""
    name = spec.name
    if value is None:
        if spec.nullable:
            return None
        raise ServiceError("wrong-type", f"{name!r} must be {_expected(spec)}, not null", field=name)
    if spec.kind == "ids":  # one id, or a list of them ("authority": "ID" or ["ID", "ID-muhammadiyah"])
        if isinstance(value, str):
            return _value(replace(spec, kind="string"), value, limits)
        if isinstance(value, list) and not value:
            raise ServiceError("invalid-value", f"{name!r} must name at least one", field=name)
        if not isinstance(value, list):
            raise ServiceError(
                "wrong-type", f"{name!r} must be {_expected(spec)}, not {_json_type(value)}", field=name
            )
        return _value(replace(spec, kind="strings"), value, limits)
    if spec.kind in ("string", "text"):
        if not isinstance(value, str):
            raise ServiceError(
                "wrong-type", f"{name!r} must be a string, not {_json_type(value)}", field=name
            )
        _check_text(name, value, limits)
        if spec.choices:
            return _choice(spec, name, value)
        return value
    if spec.kind == "integer":
        # JSON has one number type: 3.0 is not a whole number of days here, and true is no number.
        if type(value) is not int:
            said = repr(value) if type(value) is float else _json_type(value)  # "not 1.5", "not a string"
            raise ServiceError("wrong-type", f"{name!r} must be a whole number, not {said}", field=name)
        if spec.limits is not None and not spec.limits[0] <= value <= spec.limits[1]:
            raise ServiceError(
                "invalid-value",
                f"{name!r} must be in {spec.limits[0]}..{spec.limits[1]}; got {value}",
                field=name,
            )
        return value
    if spec.kind == "boolean":
        if type(value) is not bool:
            raise ServiceError(
                "wrong-type", f"{name!r} must be true or false, not {_json_type(value)}", field=name
            )
        return value
    # strings, texts
    if not isinstance(value, list):
        raise ServiceError(
            "wrong-type", f"{name!r} must be an array of strings, not {_json_type(value)}", field=name
        )
    if len(value) > limits.items:
        raise ServiceError(
            "too-many-items", f"{name!r} has {len(value):,} items; the limit is {limits.items:,}", field=name
        )
    checked: list[object] = []
    for index, item in enumerate(value):
        try:
            if not isinstance(item, str):
                raise ServiceError(
                    "wrong-type", f"{name}[{index}] must be a string, not {_json_type(item)}", field=name
                )
            _check_text(f"{name}[{index}]", item, limits)
            checked.append(_choice(spec, f"{name}[{index}]", item) if spec.choices else item)
        except ServiceError as err:
            if not in_place:
                raise
            checked.append(Refused(item, err))  # answered in its place; the others still are
    return checked


def _choice(spec: Field, name: str, value: str) -> str:
    """The choice ``value`` names, in any case ("id" for "ID", "DayFirst" for "dayfirst"), as
    the library takes its names."""
    for choice in spec.choices:
        if choice.casefold() == value.casefold():
            return choice
    raise ServiceError(
        "invalid-value",
        f"{name if '[' in name else repr(name)} must be one of {', '.join(spec.choices)}; got {value!r}",
        field=spec.name,
    )


class Refused(NamedTuple):
    """An item of a list that cannot be read (not a string, too long): the answer for it is
    this error, in its place in the results, and the other items are still answered."""

    item: object
    error: ServiceError


def _expected(spec: Field) -> str:
    return {"string": "a string", "text": "a string", "integer": "a whole number", "boolean": "true or false",
            "strings": "an array of strings", "texts": "an array of strings",
            "ids": "a string or an array of strings"}[spec.kind]  # fmt: skip


def read_fields(payload: object, operation: Operation, limits: Limits) -> Fields:
    """The fields of a JSON body, each checked; a :class:`ServiceError` (422, or 413 for a
    limit) names the first field at fault.

    >>> from datelines.serve._endpoints import OPERATION
    >>> read_fields({"date": "2016-01-20"}, OPERATION["convert"], Limits())
    {'date': '2016-01-20'}
    >>> read_fields({"date": 20160120}, OPERATION["convert"], Limits())
    Traceback (most recent call last):
    ...
    datelines.serve._errors.ServiceError: 'date' must be a string, not a number
    >>> read_fields({"dates": ["2016-01-20"] * 3}, OPERATION["convert"], Limits(items=2))
    Traceback (most recent call last):
    ...
    datelines.serve._errors.ServiceError: 'dates' has 3 items; the limit is 2
    """
    if not isinstance(payload, dict):
        raise ServiceError("not-an-object", f"the body must be a JSON object, not {_json_type(payload)}")
    specs = {spec.name: spec for spec in operation.fields}
    found: Fields = {}
    for name, value in payload.items():
        spec = specs.get(name)
        if spec is None:
            raise ServiceError(
                "unknown-field",
                f"unknown field {name!r}; {operation.path} takes {', '.join(specs)}",
                field=name,
            )
        if value is None and not spec.required and not spec.nullable:
            # null for a field left out, as many serializers send it (a trial: Jackson, PHP,
            # Go's pointers): as if absent
            continue
        in_place = operation.one_of is not None and name == operation.one_of[1]
        found[name] = _value(spec, value, limits, in_place=in_place)
        if spec.together and isinstance(value, list):
            total = sum(len(item) for item in value if isinstance(item, str))
            if total > limits.text_chars:
                raise ServiceError(
                    "text-too-long",
                    f"{name!r} have {total:,} characters together; the limit is {limits.text_chars:,}",
                    field=name,
                )
    _required(found, operation)
    return found


def read_query(params: Sequence[tuple[str, str]], operation: Operation, limits: Limits) -> Fields:
    """The query parameters of a GET request, checked like a body's fields: a parameter of
    kind ``strings`` may repeat (``?calendar=SA&calendar=ID``), another may not.

    >>> from datelines.serve._endpoints import OPERATION
    >>> read_query([("calendar", "SA"), ("calendar", "ID"), ("tz", "Asia/Jakarta")], OPERATION["today"], Limits())
    {'calendar': ['SA', 'ID'], 'tz': 'Asia/Jakarta'}
    """
    specs = {spec.name: spec for spec in operation.fields}
    gathered: dict[str, list[str]] = {}
    for name, value in params:
        spec = specs.get(name)
        if spec is None:
            takes = f"takes {', '.join(specs)}" if specs else "takes no parameters"
            raise ServiceError(
                "unknown-field", f"unknown parameter {name!r}; {operation.path} {takes}", field=name
            )
        if spec.kind not in ("strings", "texts", "ids") and name in gathered:
            raise ServiceError("invalid-value", f"parameter {name!r} is given more than once", field=name)
        gathered.setdefault(name, []).append(value)
    found: Fields = {}
    for name, values in gathered.items():
        spec = specs[name]
        many = spec.kind in ("strings", "texts") or (spec.kind == "ids" and len(values) > 1)
        raw: object = values if many else values[0]
        if spec.kind == "integer":
            try:
                raw = int(values[0])
            except ValueError:
                raise ServiceError(
                    "wrong-type", f"parameter {name!r} must be a whole number, got {values[0]!r}", field=name
                ) from None
        elif spec.kind == "boolean":
            if values[0] not in ("true", "false"):
                raise ServiceError(
                    "wrong-type", f"parameter {name!r} must be true or false, got {values[0]!r}", field=name
                )
            raw = values[0] == "true"
        found[name] = _value(spec, raw, limits)
    _required(found, operation)
    return found


def _required(found: Fields, operation: Operation) -> None:
    for spec in operation.fields:
        if spec.required and spec.name not in found:
            raise ServiceError(
                "missing-field", f"{operation.path} needs the field {spec.name!r}", field=spec.name
            )
    if operation.one_of is not None:
        one, many = operation.one_of
        if (one in found) == (many in found):
            raise ServiceError(
                "missing-field" if one not in found else "invalid-value",
                f"{operation.path} takes {one!r} (one) or {many!r} (a list), exactly one of them",
                field=one,
            )


# No field takes a number of more digits than this; a longer one is said by its length.
MAX_DIGITS: Final = 20
