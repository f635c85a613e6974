"""Write the Solar Hijri calendar's table: the Gregorian date of 1 Farvardin (Nowruz) for
each year, by the rule of Iran's official calendar, and check it against the table the
Iranian Calendar Center publishes (tests/data/nowruz-calendar-center.csv, 1206-1498).

The rule (the Calendar Center's, and the law of 1925): the year begins on the day whose
apparent noon at the meridian of 52.5 degrees east is the first at or after the moment of
the March equinox. The equinox and the Sun's transit come from astronomy-engine (the same
library the crescent criteria use); nothing is downloaded.

    python scripts/solar_hijri_table.py          # writes src/datelines/calendars/_solar_tables.py
    python scripts/solar_hijri_table.py --check  # fails if writing again would change it
"""

from __future__ import annotations

import csv
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import astronomy

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "datelines" / "calendars" / "_solar_tables.py"
PUBLISHED = ROOT / "tests" / "data" / "nowruz-calendar-center.csv"
FIRST, LAST = 1178, 1700  # Solar Hijri years: 1799 to 2321 CE
MERIDIAN = 52.5  # degrees east: Iran Standard Time's meridian, the law's reference
LATITUDE = 35.69  # Tehran; transit time does not depend on it


def nowruz(year: int) -> date:
    """The Gregorian date of 1 Farvardin of Solar Hijri ``year``."""
    return _nowruz_and_margin(year)[0]


def _nowruz_and_margin(year: int) -> tuple[date, float]:
    """Nowruz, and the minutes between the equinox and that day's apparent noon at 52.5 E
    (a year within a few minutes could fall either way with another estimate of Delta T)."""
    equinox = astronomy.Seasons(year + 621).mar_equinox
    # The day, at the meridian's mean solar time, on which the equinox falls.
    local = equinox.Utc() + timedelta(hours=MERIDIAN / 15)
    day = local.date()
    observer = astronomy.Observer(LATITUDE, MERIDIAN, 0)
    midnight_ut = datetime(day.year, day.month, day.day, tzinfo=UTC) - timedelta(hours=MERIDIAN / 15)
    noon = astronomy.SearchHourAngle(
        astronomy.Body.Sun,
        observer,
        0.0,
        astronomy.Time.Make(
            midnight_ut.year,
            midnight_ut.month,
            midnight_ut.day,
            midnight_ut.hour,
            midnight_ut.minute,
            midnight_ut.second,
        ),
        +1,
    ).time
    margin = (noon.ut - equinox.ut) * 24 * 60
    return (day if equinox.ut <= noon.ut else day + timedelta(days=1)), margin


def published() -> dict[int, date]:
    rows = [
        row for row in PUBLISHED.read_text(encoding="utf-8").splitlines() if row and not row.startswith("#")
    ]
    return {
        int(r["sh_year"]): date.fromisoformat(r["gregorian_date_of_1_farvardin"])
        for r in csv.DictReader(rows)
    }


def module() -> str:
    starts = [nowruz(year).toordinal() for year in range(FIRST, LAST + 2)]
    lines = [
        '"""Nowruz (1 Farvardin) of each Solar Hijri year, as Gregorian ordinals.',
        "",
        f"Years {FIRST}-{LAST} (and the start of {LAST + 1}), by Iran's official rule: the year begins on",
        "the day whose apparent noon at 52.5 E is the first at or after the March equinox.",
        "Computed with astronomy-engine by scripts/solar_hijri_table.py, which also checks every",
        "year against the Iranian Calendar Center's published table (1206-1498). Do not edit.",
        '"""',
        "",
        f"FIRST_YEAR = {FIRST}",
        "# fmt: off",
        "NOWRUZ: tuple[int, ...] = (",
    ]
    for i in range(0, len(starts), 10):
        lines.append("    " + ", ".join(str(s) for s in starts[i : i + 10]) + ",")
    lines += [")", "# fmt: on", ""]
    return "\n".join(lines)


def main() -> None:
    text = module()
    table = published()
    first = FIRST
    import re

    values = [int(v) for v in re.findall(r"\b\d{6}\b", text.split("NOWRUZ")[1])]
    wrong = [y for y, d in table.items() if values[y - first] != d.toordinal()]
    if wrong:
        sys.exit(f"the rule disagrees with the Calendar Center's table in {wrong}")
    print(f"rule = Calendar Center table in all {len(table)} years {min(table)}-{max(table)}")
    close = [(y, round(m, 1)) for y in range(FIRST, LAST + 1) if abs(m := _nowruz_and_margin(y)[1]) < 5]
    print(f"years whose equinox falls within 5 minutes of apparent noon (minutes before noon): {close}")
    if "--check" in sys.argv:
        if OUT.read_text(encoding="utf-8") != text:
            sys.exit(f"{OUT} is out of date: run python scripts/solar_hijri_table.py")
        return
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
