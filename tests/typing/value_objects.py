"""What a user's type checker says of the value objects: ``mypy --strict tests/typing``
(`.ci/run`). Each line marked ``type: ignore`` must be an error: ``--strict`` warns of an
ignore that is not needed, so a value object that became assignable to mypy fails the run
(a trial: ``h.year = 5`` passed mypy, then raised). Never called: mypy reads it, and the
test run's doctest collection imports it."""

from __future__ import annotations

import datelines


def _assignments() -> None:
    day = datelines.HijriDate(1447, 9, 1)
    day.year = 5  # type: ignore[misc]
    day.day = 2  # type: ignore[misc]
    line = datelines.parse("Seoul, 10 Rabiul Akhir 1437/20 January 2016 (MINA)")
    line.place = "Busan"  # type: ignore[misc]
    year: int = day.year
    keys: dict[datelines.HijriDate, str] = {day: "first of Ramadan"}
    assert keys[day]
    assert year
