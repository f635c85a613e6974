"""HijriDate, the value type."""

from __future__ import annotations

import copy
import pickle

import pytest
from hypothesis import given
from hypothesis import strategies as st

from datelines import DatelineError, HijriDate, InvalidDateError, ParseError

valid = st.builds(HijriDate, st.integers(1, 9999), st.integers(1, 12), st.integers(1, 31))


@given(valid)
def test_isoformat_round_trip(h: HijriDate) -> None:
    assert HijriDate.fromisoformat(h.isoformat()) == h
    assert str(h) == h.isoformat()


@given(valid, valid)
def test_order_is_that_of_year_month_day(a: HijriDate, b: HijriDate) -> None:
    key = lambda h: (h.year, h.month, h.day)  # noqa: E731
    assert (a < b) == (key(a) < key(b))
    assert (a <= b) == (key(a) <= key(b))
    assert (a > b) == (key(a) > key(b))
    assert (a >= b) == (key(a) >= key(b))
    assert (a == b) == (key(a) == key(b))
    if a == b:
        assert hash(a) == hash(b)


@given(valid)
def test_pickle_and_copy_round_trip(h: HijriDate) -> None:
    for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
        assert pickle.loads(pickle.dumps(h, protocol)) == h
    assert copy.copy(h) == h
    assert copy.deepcopy(h) == h


def test_immutable() -> None:
    h = HijriDate(1437, 4, 10)
    with pytest.raises(AttributeError, match="immutable"):
        h.day = 11  # type: ignore[misc]
    with pytest.raises(AttributeError, match="immutable"):
        del h.day  # type: ignore[misc]
    with pytest.raises(AttributeError):
        h.other = 1  # type: ignore[attr-defined]


def test_not_equal_to_tuples_or_dates() -> None:
    import datetime

    assert HijriDate(1437, 4, 10) != (1437, 4, 10)
    assert HijriDate(1437, 4, 10) != datetime.date(1437, 4, 10)
    with pytest.raises(TypeError):
        _ = HijriDate(1437, 4, 10) < (1437, 4, 11)  # type: ignore[operator]


def test_repr_replace_and_match() -> None:
    h = HijriDate(1437, 4, 10)
    assert repr(h) == "HijriDate(1437, 4, 10)"
    assert h.replace(month=9, day=1) == HijriDate(1437, 9, 1)
    match h:
        case HijriDate(year, month, day):
            assert (year, month, day) == (1437, 4, 10)


@pytest.mark.parametrize(
    ("args", "field", "bounds"),
    [
        ((0, 1, 1), "year", (1, 9999)),
        ((10000, 1, 1), "year", (1, 9999)),
        ((1437, 0, 1), "month", (1, 12)),
        ((1437, 13, 1), "month", (1, 12)),
        ((1437, 1, 0), "day", (1, 31)),
        ((1437, 1, 32), "day", (1, 31)),
    ],
)
def test_bounds_are_checked_at_construction(
    args: tuple[int, int, int], field: str, bounds: tuple[int, int]
) -> None:
    with pytest.raises(InvalidDateError) as err:
        HijriDate(*args)
    assert isinstance(err.value, DatelineError)
    assert isinstance(err.value, ValueError)
    assert err.value.field == field
    assert (err.value.minimum, err.value.maximum) == bounds
    assert f"{field} must be in {bounds[0]}..{bounds[1]}" in str(err.value)


@pytest.mark.parametrize("bad", [1437.0, "1437", None, True])
def test_wrong_types_raise_type_error_naming_the_field(bad: object) -> None:
    with pytest.raises(TypeError, match=r"^year must be an int, not "):
        HijriDate(bad, 1, 1)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "position"),
    [("1437-4-10", 0), ("1437/04/10", 0), ("١٤٣٧-٠٤-١٠", 0), ("14x7-04-10", 0), ("1437-0a-10", 5), ("", 0)],
)
def test_fromisoformat_refuses_other_forms(text: str, position: int) -> None:
    with pytest.raises(ParseError) as err:
        HijriDate.fromisoformat(text)
    assert err.value.text == text
    assert err.value.position == position
    assert err.value.expected == "YYYY-MM-DD"


def test_fromisoformat_checks_bounds() -> None:
    with pytest.raises(InvalidDateError, match=r"month must be in 1\.\.12, got 13"):
        HijriDate.fromisoformat("1437-13-01")


def test_errors_pickle_with_their_fields() -> None:
    with pytest.raises(InvalidDateError) as caught:
        HijriDate(1437, 13, 1)
    again = pickle.loads(pickle.dumps(caught.value))
    assert type(again) is InvalidDateError
    assert (str(again), again.field, again.maximum) == (str(caught.value), "month", 12)
