"""The Sun and the Moon at sunset, as crescent criteria need them, from ``astronomy-engine``.

``astronomy-engine`` (MIT, pure Python, no data to download) computes positions to about
an arcminute and rise and set times to seconds; chosen beside ``ephem`` and ``skyfield``
(see docs/authorities.md): on the Umm al-Qura rule it reproduces 971 of the 972 printed
months of 1420–1500 AH. It is imported on first use, and installed with the extra
``datelines[astronomy]``; the calendars that ship precomputed month starts never need it.

Times are in days since J2000 (12:00 UT on 1 January 2000), as the library counts them.
"""

from __future__ import annotations

import math
from datetime import UTC, date, datetime, timedelta
from types import ModuleType
from typing import NamedTuple

from ..errors import CalendarError
from .places import Place

__all__ = [
    "HORIZON",
    "Evening",
    "civil_day",
    "dawn",
    "evening",
    "moon_at_sunset",
    "new_moon_near",
    "odeh_visibility",
    "sunset",
    "sunset_after",
    "to_ut",
    "ut_to_datetime",
]

# Days from the proleptic Gregorian ordinal of a date to J2000 days at its 00:00 UT.
_J2000 = date(2000, 1, 1).toordinal() + 0.5
# The altitude of the centre of the Sun, or the Moon, when its upper limb meets the horizon
# through an average atmosphere: refraction 34' and a semidiameter of 16'.
HORIZON = -0.8333
_MOON_RADIUS_KM = 1737.4
_AU_KM = 149_597_870.7


def _engine() -> ModuleType:
    try:
        import astronomy as engine
    except ImportError:
        raise CalendarError(
            "computing the Sun and the Moon (sunsets, a calendar computed from the Moon) needs astronomy-engine: pip install 'datelines[astronomy]'"
        ) from None
    module: ModuleType = engine
    return module


def to_ut(day: date) -> float:
    """00:00 UT of ``day``, in J2000 days."""
    return day.toordinal() - _J2000


def ut_to_datetime(ut: float) -> datetime:
    """A J2000 day count as an aware UTC ``datetime``."""
    return datetime(2000, 1, 1, 12, tzinfo=UTC) + timedelta(days=ut)


class Evening(NamedTuple):
    """The sky at sunset on one civil day at one place: the times (J2000 days) of sunset,
    moonset (``None`` if the Moon does not set within the day) and of the conjunction
    nearest it; and, at sunset, the Moon's topocentric altitude and its
    elongation from the Sun (degrees)."""

    sunset: float
    moonset: float | None
    conjunction: float
    altitude: float
    elongation: float


def _observer(place: Place) -> object:
    return _engine().Observer(place.latitude, place.longitude, place.elevation)


def sunset(day: date, place: Place) -> float:
    """Sunset (upper limb with refraction) of the civil day ``day`` at ``place``, in J2000 days."""
    engine = _engine()
    # From local midday, whatever the longitude: the next sunset is that day's.
    noon = engine.Time(to_ut(day) + 0.5 - place.longitude / 360)
    found = engine.SearchAltitude(engine.Body.Sun, _observer(place), engine.Direction.Set, noon, 1, HORIZON)
    if found is None:
        observer = _observer(place)
        sun = engine.Equator(engine.Body.Sun, noon, observer, True, True)
        up = engine.Horizon(noon, observer, sun.ra, sun.dec, engine.Refraction.Normal).altitude > 0
        why = "it is above the horizon all day" if up else "it does not rise that day"
        raise CalendarError(
            f"the Sun does not set at {place.name} on {day.isoformat()}: {why} (polar {'day' if up else 'night'})"
        )
    return float(found.ut)


def civil_day(moment: datetime, place: Place) -> date:
    """The civil day of an aware ``moment`` at ``place``: by the place's time zone, or by
    its mean solar time where it has none."""
    if place.timezone is not None:
        from zoneinfo import ZoneInfo

        return moment.astimezone(ZoneInfo(place.timezone)).date()
    return (moment.astimezone(UTC) + timedelta(hours=place.longitude / 15)).date()


def sunset_after(moment: datetime, place: Place, day: date | None = None) -> tuple[bool, datetime]:
    """Whether an aware ``moment`` is after sunset at ``place`` on its civil day there (or
    on ``day``, the day the moment was written with), and that sunset (UTC)."""
    day = civil_day(moment, place) if day is None else day
    instant = (moment - datetime(2000, 1, 1, 12, tzinfo=UTC)) / timedelta(days=1)
    when = sunset(day, place)
    return instant >= when, ut_to_datetime(when)


def dawn(day: date, place: Place, depression: float = 18.0) -> float:
    """Dawn (the Sun ``depression`` degrees below the horizon: 18°, fajr) of ``day`` at ``place``."""
    engine = _engine()
    midnight = engine.Time(to_ut(day) - place.longitude / 360)
    found = engine.SearchAltitude(
        engine.Body.Sun, _observer(place), engine.Direction.Rise, midnight, 1, -depression
    )
    if found is None:
        raise CalendarError(f"no dawn at {place.name} on {day.isoformat()}")
    return float(found.ut)


def new_moon_near(ut: float) -> float:
    """The conjunction (geocentric, in ecliptic longitude) nearest ``ut``: for an evening
    near the end of a month, the one that begins the new lunation, before or after it."""
    engine = _engine()
    found = engine.SearchMoonPhase(0, engine.Time(ut - 15), 30)
    if found is None:  # pragma: no cover - there is a new moon in every 30 days
        raise CalendarError("no new moon found")
    return float(found.ut)


def evening(day: date, place: Place) -> Evening:
    """The sky at sunset on ``day`` at ``place``."""
    engine = _engine()
    observer = _observer(place)
    at = sunset(day, place)
    time = engine.Time(at)
    moonset = engine.SearchAltitude(
        engine.Body.Moon, observer, engine.Direction.Set, time.AddDays(-0.5), 1, HORIZON
    )
    altitude, elongation = _moon(engine, time, observer)
    return Evening(
        at, None if moonset is None else float(moonset.ut), new_moon_near(at), altitude, elongation
    )


def moon_at_sunset(day: date, place: Place) -> tuple[float, float, float]:
    """(sunset, the Moon's altitude, its elongation) on ``day`` at ``place``: what a
    criterion tested at many places needs, and no more."""
    engine = _engine()
    at = sunset(day, place)
    return (at, *_moon(engine, engine.Time(at), _observer(place)))


def _moon(engine: ModuleType, time: object, observer: object) -> tuple[float, float]:
    """The Moon's topocentric altitude (centre, no refraction) and its geocentric
    elongation from the Sun, in degrees."""
    moon = engine.Equator(engine.Body.Moon, time, observer, True, True)
    altitude = engine.Horizon(time, observer, moon.ra, moon.dec, engine.Refraction.Airless).altitude
    return float(altitude), float(engine.AngleFromSun(engine.Body.Moon, time))


def odeh_visibility(day: date, place: Place) -> float | None:
    """Odeh's (2004) visibility parameter V at the best time of the evening of ``day`` (four
    ninths of the lag after sunset), or None when the Moon sets first or the conjunction is
    yet to come. V ≥ 5.65: visible to the naked eye; 2 ≤ V < 5.65: with optical aid."""
    engine = _engine()
    observer = _observer(place)
    at = sunset(day, place)
    conjunction = new_moon_near(at)
    moonset = engine.SearchAltitude(
        engine.Body.Moon, observer, engine.Direction.Set, engine.Time(at - 0.5), 1, HORIZON
    )
    if moonset is None or moonset.ut <= at or conjunction > at:
        return None
    best = engine.Time(at + 4 / 9 * (moonset.ut - at))
    moon = engine.Equator(engine.Body.Moon, best, observer, True, True)
    sun = engine.Equator(engine.Body.Sun, best, observer, True, True)
    moon_altitude = engine.Horizon(best, observer, moon.ra, moon.dec, engine.Refraction.Airless).altitude
    sun_altitude = engine.Horizon(best, observer, sun.ra, sun.dec, engine.Refraction.Airless).altitude
    arcv = moon_altitude - sun_altitude
    arcl = engine.AngleBetween(moon.vec, sun.vec)
    semidiameter = math.degrees(math.asin(_MOON_RADIUS_KM / (moon.dist * _AU_KM))) * 60  # arcminutes
    width = semidiameter * (1 - math.cos(math.radians(arcl)))
    return float(arcv - (-0.1018 * width**3 + 0.7319 * width**2 - 6.3226 * width + 7.1651))
