"""Places where a calendar's criterion is applied: observatories and capitals.

Coordinates are the places' usual published ones (degrees north and east, metres above
sea level), to the precision a crescent criterion needs: a few kilometres move a sunset
by seconds.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from types import MappingProxyType
from typing import NamedTuple

from ..errors import CalendarError

__all__ = ["PLACES", "Place", "get_place"]


class Place(NamedTuple):
    """A point on Earth: ``latitude`` and ``longitude`` in degrees (north and east
    positive), ``elevation`` in metres, and the IANA time zone of its civil day."""

    name: str
    latitude: float
    longitude: float
    elevation: float = 0.0
    timezone: str | None = None


PLACES: Mapping[str, Place] = MappingProxyType({
    place.name.lower().replace(" ", "-"): place
    for place in (
        Place("Mecca", 21.422487, 39.826206, 277.0, "Asia/Riyadh"),
        Place("Medina", 24.4672, 39.6111, 620.0, "Asia/Riyadh"),
        Place("Riyadh", 24.7136, 46.6753, 612.0, "Asia/Riyadh"),
        Place("Istanbul", 41.0082, 28.9784, 40.0, "Europe/Istanbul"),
        Place("Ankara", 39.9334, 32.8597, 938.0, "Europe/Istanbul"),
        Place("Jakarta", -6.2088, 106.8456, 8.0, "Asia/Jakarta"),
        Place("Banda Aceh", 5.5483, 95.3238, 10.0, "Asia/Jakarta"),
        Place("Yogyakarta", -7.7956, 110.3695, 113.0, "Asia/Jakarta"),
        Place("Kuala Lumpur", 3.139, 101.6869, 56.0, "Asia/Kuala_Lumpur"),
        Place("Bandar Seri Begawan", 4.9031, 114.9398, 10.0, "Asia/Brunei"),
        Place("Singapore", 1.3521, 103.8198, 15.0, "Asia/Singapore"),
        Place("Tehran", 35.6892, 51.389, 1190.0, "Asia/Tehran"),
        Place("Rabat", 34.0209, -6.8417, 46.0, "Africa/Casablanca"),
        Place("Cairo", 30.0444, 31.2357, 23.0, "Africa/Cairo"),
        Place("Karachi", 24.8607, 67.0011, 8.0, "Asia/Karachi"),
        Place("Islamabad", 33.6844, 73.0479, 540.0, "Asia/Karachi"),
        Place("Delhi", 28.6139, 77.209, 216.0, "Asia/Kolkata"),
        Place("Dhaka", 23.8103, 90.4125, 10.0, "Asia/Dhaka"),
        Place("Colombo", 6.9271, 79.8612, 5.0, "Asia/Colombo"),
        Place("Polokwane", -23.9045, 29.4689, 1230.0, "Africa/Johannesburg"),
        Place("Washington", 38.9072, -77.0369, 20.0, "America/New_York"),
    )
})  # fmt: skip


_COORDINATES = re.compile(r"([+-]?\d+(?:\.\d+)?)\s*,\s*([+-]?\d+(?:\.\d+)?)")


def get_place(place: str | Place | tuple[float, float]) -> Place:
    """A place by name ("Jakarta", "banda-aceh"), a :class:`Place`, or (latitude, longitude).

    >>> get_place("Banda Aceh").latitude, get_place((21.42, 39.83)).name, get_place("3.1,101.7").longitude
    (5.5483, '21.42,39.83', 101.7)
    """
    if isinstance(place, Place):
        return _checked(place)
    if isinstance(place, tuple) and len(place) == 2 and all(isinstance(x, (int, float)) for x in place):
        try:
            latitude, longitude = float(place[0]), float(place[1])
        except OverflowError:
            latitude = longitude = math.nan
        if not (-90 <= latitude <= 90 and -180 <= longitude <= 180):
            raise CalendarError(f"latitude must be in -90..90 and longitude in -180..180, got {place!r}")
        return Place(f"{latitude:g},{longitude:g}", latitude, longitude)
    if isinstance(place, str) and (numbers := _COORDINATES.fullmatch(place.strip())):
        return get_place((float(numbers.group(1)), float(numbers.group(2))))  # "3.1,101.7"
    if isinstance(place, str):
        found = PLACES.get(place.strip().lower().replace(" ", "-").replace("_", "-"))
        if found is None:
            raise CalendarError(
                f"unknown place {place!r}; known: {', '.join(p.name for p in PLACES.values())}, "
                "or give (latitude, longitude)",
                text=place,
            )
        return found
    raise TypeError(f"place must be a name, a Place or (latitude, longitude), not {type(place).__name__}")


def _checked(place: Place) -> Place:
    """A :class:`Place` made by the caller, its fields checked as a name's or a pair's are
    (a NaN elevation made the Sun never set, after twenty seconds of searching)."""
    name, latitude, longitude, elevation, zone = place
    numbers = (latitude, longitude, elevation)
    if not isinstance(name, str) or not all(
        isinstance(x, (int, float)) and not isinstance(x, bool) for x in numbers
    ):
        raise TypeError(
            "a Place is a name (str), latitude, longitude and elevation (numbers) and a time zone, "
            f"not {place!r}"
        )
    try:
        good = -90 <= latitude <= 90 and -180 <= longitude <= 180 and -500 <= elevation <= 9000
    except OverflowError:
        good = False
    if not good:
        raise CalendarError(
            "a Place's latitude must be in -90..90, longitude in -180..180 and elevation in "
            f"-500..9000 metres, got {place!r}"
        )
    if zone is not None:
        from zoneinfo import ZoneInfo

        try:
            ZoneInfo(zone)
        except (ValueError, TypeError, OSError) as err:  # ZoneInfoNotFoundError is a KeyError
            raise CalendarError(f"a Place's time zone must be an IANA name, got {zone!r}") from err
        except KeyError:
            raise CalendarError(f"a Place's time zone must be an IANA name, got {zone!r}") from None
    return place
