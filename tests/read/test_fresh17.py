"""Lines of stop 53's blind held-out sets (17a: Russia, the Caucasus, Central Asia and the
Balkans; 17b: Africa, South and South-East Asia) that the reader or checker got wrong when
they were measured, each with its page (the sets are in the team's helpers' folder)."""

from __future__ import annotations

import pytest

import datelines


@pytest.mark.parametrize(
    ("text", "hijri", "gregorian"),
    [
        # aip.ci: "Zoul-Hijja"
        ("le vendredi 6 juin 2025, correspondant au 10 Zoul-Hijja 1446H.", (1446, 12, 10), (2025, 6, 6)),
        # thecitizen.co.tz: "Muslim New Year" as the new Hijri year's name
        ("The current Muslim New Year 1444 started on July 30, 2022, according to the Muslim Council of Tanzania",
         (1444, 1, 1), (2022, 7, 30)),
        # BBC Hausa (a mirror): "Zulhijjan", with the Hausa linker
        ("Muhammad Sa'ad Abubakar ya ayyana Laraba, 28 ga watan Mayun 2025 a matsayin ɗaya ga watan Zulhijjan "
         "shekara ta 1446 bayan Hijira.", (1446, 12, 1), (2025, 5, 28)),
    ],
)  # fmt: skip
def test_lines_of_the_held_out_sets_are_read_and_pass(
    text: str, hijri: tuple[int, int, int], gregorian: tuple[int, int, int]
) -> None:
    (found,) = datelines.extract(text)
    assert found.hijri is not None
    assert found.gregorian is not None
    assert (found.hijri.year, found.hijri.month, found.hijri.day) == hijri
    assert (found.gregorian.year, found.gregorian.month, found.gregorian.day) == gregorian
    assert datelines.check(found).ok


@pytest.mark.parametrize(
    "text",
    [
        # rijaset.ba's calendar (17a): the 27th night of Ramadan falls on the evening of 1 July 2016
        "Prema takvimu Rijaseta Islamske zajednice u Bosni i Hercegovini, 01. jula 2016. godine, pada 27. noć "
        "mjeseca ramazana koja se u muslimanskom kalendaru obilježava kao najodabranija noć u godini",
        # el-hidaje.ch (tests/data/running_datelines.jsonl), the same night in Albanian
        "nesër, më 01.07.2016, përkon nata e 27-të e muajit të bekuar të Ramazanit, natë e cila",
    ],
)
def test_the_night_of_a_hijri_day_is_the_evening_before_it(text: str) -> None:
    """The checker said "one day after 1 July 2016", a false alarm on each."""
    verdict = datelines.check(text)
    assert verdict.ok, verdict.message
    assert verdict.dateline.time is not None
    assert verdict.dateline.time.evening
