"""The rules by which bodies decide that a month has begun, computed from the Sun and the Moon.

A *local* criterion is tested on the evening of the 29th of the month at one place: when it
is met, the next day begins the new month; when not, the month has 30 days. A *global*
criterion is met when the crescent could be seen anywhere on Earth before a deadline; the
month then begins the next day everywhere.

=================  ======================================================  ============
name               rule                                                    where
=================  ======================================================  ============
``umalqura-rule``  conjunction before sunset and moonset after sunset      Mecca
                   (1420–1422 AH: moonset after sunset only)
``mabims``         Moon's altitude ≥ 3° and elongation ≥ 6.4° at sunset    a place
                   (MABIMS 2021; before 1443 AH: altitude ≥ 2°, and
                   elongation ≥ 3° or age ≥ 8 hours)
``wujudul-hilal``  conjunction before sunset and the Moon above the        Yogyakarta
                   horizon at sunset (Muhammadiyah until 1446; Egypt's
                   statements, at Cairo)
``odeh``           Odeh's crescent visibility to the naked eye (V ≥ 5.65)  a place
``odeh-b``         Odeh's zone B or better (V ≥ 2): seen with optical aid, a place
                   and perhaps by the naked eye (Morocco's sighting)
``khgt``           altitude ≥ 5° and elongation ≥ 8° anywhere before       the world
                   0h UT, or in mainland America after it with the
                   conjunction before dawn in New Zealand (Istanbul 2016,
                   Muhammadiyah's KHGT from 1447, Diyanet)
``fcna``           altitude ≥ 5° and elongation ≥ 8° anywhere at sunset,   the world
                   the day counted in North America (FCNA since 2017)
=================  ======================================================  ============
"""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import date, timedelta
from typing import Final, Literal, NamedTuple

from . import astro
from .places import Place, get_place

__all__ = ["CRITERIA", "Criterion"]


class Criterion(NamedTuple):
    """A rule: ``kind`` is ``local`` (tested on the 29th at ``place``) or ``global`` (tested
    on the days after each conjunction); ``test`` says whether the month begins the next
    day, given the evening's civil day, the place and the Hijri year of the month ending."""

    name: str
    kind: Literal["local", "global"]
    place: Place
    test: Callable[[date, Place, int], bool]
    description: str


def _umalqura(day: date, place: Place, year: int) -> bool:
    evening = astro.evening(day, place)
    sets_after = evening.moonset is not None and evening.moonset > evening.sunset
    if year < 1423:  # the rule of 1420–1422 AH: moonset after sunset alone
        return sets_after
    return evening.conjunction <= evening.sunset and sets_after


def _mabims(day: date, place: Place, year: int) -> bool:
    evening = astro.evening(day, place)
    if year < MABIMS_2021_FROM:
        # The criterion the four ministries computed by before (imkanur rukyah, "2-3-8"):
        # altitude 2°, and elongation 3° or the Moon 8 hours old.
        return evening.altitude >= 2 and (
            evening.elongation >= 3 or evening.sunset - evening.conjunction >= 8 / 24
        )
    return evening.conjunction <= evening.sunset and evening.altitude >= 3 and evening.elongation >= 6.4


# The Hijri year from whose months on (the month that ends being of it) MABIMS's 2021
# criterion decides: Indonesia's ministry applied it from 1443 AH (2022), as did Malaysia,
# Brunei and Singapore. Before it, announced months follow the old one: of the 29th's
# decisions between two announced months of 1420-1442, the old criterion gives ID 24 of 25
# (the new 20), MY 35 of 42 (32), BN 38 of 45 (33); from 1443 the new does better (ID 11 of
# 11, the old 9; MY 26 of 29, 24; BN 10 of 11, 8; ID-nu 27 of 31, 24).
MABIMS_2021_FROM: Final = 1443


def _wujudul_hilal(day: date, place: Place, year: int) -> bool:
    evening = astro.evening(day, place)
    return (
        evening.conjunction <= evening.sunset
        and evening.moonset is not None
        and evening.moonset > evening.sunset
    )


def _odeh(day: date, place: Place, year: int) -> bool:
    visibility = astro.odeh_visibility(day, place)
    return visibility is not None and visibility >= 5.65


def _odeh_b(day: date, place: Place, year: int) -> bool:
    visibility = astro.odeh_visibility(day, place)
    return visibility is not None and visibility >= 2


# Where the crescent is easiest to see at a latitude is where sunset comes latest: the
# western edge of the day. The global criteria test each latitude there.
_LATITUDES = tuple(range(-60, 65, 5))
# Mainland America's western edge, for the Istanbul rule's American clause.
_AMERICA = ((65, -165), (60, -150), (55, -132), (50, -125), (45, -124), (40, -124), (35, -121), (30, -116),
            (25, -110), (20, -105), (15, -92), (10, -85), (5, -78), (0, -80), (-5, -81), (-10, -78),
            (-15, -75), (-20, -70), (-25, -70), (-30, -71), (-35, -72), (-40, -73), (-45, -74),
            (-50, -75))  # fmt: skip
_WELLINGTON = Place("Wellington", -41.2865, 174.7762, 0.0)


def _western_edge(day: date, latitude: float) -> float:
    """The longitude at ``latitude`` whose sunset on ``day`` is at 0h UT of the next day."""
    declination = -23.44 * math.cos(math.radians(360 / 365 * (day.timetuple().tm_yday + 10)))
    cosine = (
        math.sin(math.radians(astro.HORIZON))
        - math.sin(math.radians(latitude)) * math.sin(math.radians(declination))
    ) / (math.cos(math.radians(latitude)) * math.cos(math.radians(declination)))
    hour_angle = math.degrees(math.acos(max(-1.0, min(1.0, cosine))))
    return max(-179.9, min(179.9, hour_angle - 180 + 2))  # two degrees east, to be before 0h UT


def _seen(day: date, latitude: float, longitude: float, conjunction: float, deadline: float | None) -> bool:
    place = Place("", latitude, longitude)
    try:
        sunset, altitude, elongation = astro.moon_at_sunset(day, place)
    except Exception:
        return False
    if deadline is not None and sunset > deadline:
        return False
    return conjunction <= sunset and altitude >= 5 and elongation >= 8


def _khgt(day: date, place: Place, year: int) -> bool:
    midnight = astro.to_ut(day + timedelta(days=1))
    conjunction = astro.new_moon_near(midnight)
    if any(_seen(day, lat, _western_edge(day, lat), conjunction, midnight) for lat in _LATITUDES):
        return True
    # The American clause: seen in mainland America after 0h UT, the conjunction before
    # dawn in New Zealand.
    if conjunction > astro.dawn(day + timedelta(days=1), _WELLINGTON):
        return False
    return any(_seen(day, lat, lon, conjunction, None) for lat, lon in _AMERICA)


def _fcna(day: date, place: Place, year: int) -> bool:
    conjunction = astro.new_moon_near(astro.to_ut(day + timedelta(days=1)))
    return any(_seen(day, lat, -179.5, conjunction, None) for lat in _LATITUDES) or any(
        _seen(day, lat, lon, conjunction, None) for lat, lon in _AMERICA
    )


CRITERIA = {
    criterion.name: criterion
    for criterion in (
        Criterion("umalqura-rule", "local", get_place("Mecca"), _umalqura,
                  "the Umm al-Qura rule: conjunction before sunset and moonset after sunset at Mecca"),
        Criterion("mabims", "local", get_place("Banda Aceh"), _mabims,
                  "MABIMS 2021: altitude at least 3° and elongation at least 6.4° at sunset "
                  "(before 1443 AH: altitude 2°, and elongation 3° or age 8 hours)"),
        Criterion("wujudul-hilal", "local", get_place("Yogyakarta"), _wujudul_hilal,
                  "wujudul hilal: conjunction before sunset and the Moon above the horizon at sunset"),
        Criterion("odeh", "local", get_place("Mecca"), _odeh,
                  "Odeh (2004): the crescent visible to the naked eye at the best time"),
        Criterion("odeh-b", "local", get_place("Mecca"), _odeh_b,
                  "Odeh (2004), zone B or better: visible with optical aid, and perhaps by the naked eye"),
        Criterion("khgt", "global", Place("UTC", 0.0, 0.0), _khgt,
                  "Istanbul 2016 / KHGT: altitude 5° and elongation 8° anywhere before 0h UT"),
        Criterion("fcna", "global", get_place("Washington"), _fcna,
                  "FCNA: altitude 5° and elongation 8° anywhere at sunset, the day of North America"),
    )
}  # fmt: skip
