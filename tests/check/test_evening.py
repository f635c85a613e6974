"""The Hijri day begins at sunset: a line of the evening may give the night's Hijri date.

The checker accepts it when the line says it is evening or night, or gives a clock time
after sunset at its place (computed), and says so in a note; a clock time before sunset
does not move the day, and a slip of two days is still a slip."""

from __future__ import annotations

import sys

import pytest

from datelines import check, parse


def _notes(text: str, **options: str) -> dict[str, str]:
    verdict = check(text, **options)  # type: ignore[arg-type]
    assert verdict.ok, verdict.message
    return {f.code: f.message for f in verdict.findings if f.severity == "note"}


def test_the_evening_of_the_29th_is_already_the_first() -> None:
    # Indonesia's 1 Syawal 1446 was Monday 31 March 2025: it began at sunset on the 30th.
    notes = _notes("Jakarta, Minggu malam, 1 Syawal 1446 H / 30 Maret 2025", authority="ID")
    assert notes["after-sunset"] == (
        "The line is of the evening of 30 March 2025 (“malam”): the Hijri day begins at sunset, "
        "and that evening was 1 Shawwal 1446 in Indonesia's calendar (ID)."
    )
    # and the day's own date is right too, with no note about the evening
    assert "after-sunset" not in _notes(
        "Jakarta, Minggu malam, 30 Ramadan 1446 H / 30 Maret 2025", authority="ID"
    )


def test_a_clock_time_after_sunset_at_the_place_moves_the_day() -> None:
    notes = _notes("Jakarta, 1 Syawal 1446 H / 30 Maret 2025 pukul 19.00 WIB", authority="ID")
    assert "(“19.00 WIB”, after sunset at 17:58 in Jakarta)" in notes["after-sunset"]


def test_a_clock_time_before_sunset_does_not() -> None:
    verdict = check("Jakarta, 1 Syawal 1446 H / 30 Maret 2025 pukul 10.00 WIB", authority="ID")
    assert not verdict.ok
    assert [f.code for f in verdict.findings] == ["disagree"]


def test_sunset_is_where_the_line_is() -> None:
    # 18:25 Arabia time on 20 April 2023: after sunset in Riyadh (18:17), before it in
    # Mecca (18:41), three degrees of longitude further west.
    line = "Riyadh, 1 Shawwal 1444 AH / 20 April 2023, 18:25 KSA"
    assert check(line, authority="SA").ok
    assert not check(line.replace("Riyadh", "Mecca"), authority="SA").ok


def test_with_no_known_place_the_authority_s_place_is_used() -> None:
    # Indonesia's months are computed at Banda Aceh, where the Sun set at 18:47 WIB on
    # 30 March 2025, fifty minutes after Jakarta.
    assert check("Jakarta, 1 Syawal 1446 H / 30 Maret 2025 pukul 18.30 WIB", authority="ID").ok
    assert not check("1 Syawal 1446 H / 30 Maret 2025 pukul 18.30 WIB", authority="ID").ok
    notes = _notes("1 Syawal 1446 H / 30 Maret 2025 pukul 19.00 WIB", authority="ID")
    assert "after sunset at 18:47 in Banda Aceh" in notes["after-sunset"]


@pytest.mark.parametrize(
    "text",
    [
        "Laylat al-Qadr, the night of 27 Ramadan (26 March 2025)",
        "ラマダーン月27日の夜（2025年3月26日）",
        "de nacht van 27 Ramadan (26 maart 2025)",
    ],
)
def test_the_evening_s_hijri_day_without_its_year_is_the_night_s(text: str) -> None:
    # 27 Ramadan 1446 began at sunset on 26 March 2025; the Hijri year is left unsaid
    notes = _notes(text)
    assert "that evening was 27 Ramadan 1446" in notes["after-sunset"]
    assert "it is 1446" in notes["inferred-year"]
    assert not check(text.replace("26", "25")).ok  # a day early is still a slip


def test_two_days_are_still_a_slip_in_the_evening() -> None:
    verdict = check("Jakarta, Minggu malam, 2 Syawal 1446 H / 30 Maret 2025", authority="ID")
    assert not verdict.ok
    assert verdict.difference_days == 2


def test_the_default_check_reads_the_evening_too() -> None:
    verdict = check("Riyadh, 1 Shawwal 1444 AH / 20 April 2023, 7:30 pm")
    assert verdict.ok
    assert verdict.authority == "SA"
    notes = {f.code: f.message for f in verdict.findings}
    assert "after sunset at 18:17 in Riyadh" in notes["after-sunset"]
    assert "1 Shawwal 1444 began on Friday 21 April 2023" in notes["follows-authority"]


@pytest.mark.parametrize("day", [29, 30])
def test_without_a_time_the_evening_s_date_is_a_slip(day: int) -> None:
    assert not check(f"Jakarta, 1 Syawal 1446 H / {day} Maret 2025", authority="ID").ok


def test_the_time_is_in_the_records() -> None:
    from datelines.records import dateline_record

    record = dateline_record(parse("1 Syawal 1446 H / 30 Maret 2025, 18:30 GMT+7"))
    assert record["time"] == {"text": "18:30 GMT+7", "span": [33, 44], "evening": False, "clock": "18:30",
                              "utc_offset": 420}  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "Jakarta, malam Senin, 1 Syawal 1446 H / 30 Maret 2025",
        "Jakarta, malam Senin, 30 Ramadan 1446 H / 30 Maret 2025",
    ],
)
def test_the_night_before_a_weekday_is_that_weekday_s_eve(text: str) -> None:
    notes = _notes(text, authority="ID")
    assert notes["night-before"] == (
        "“malam Senin” is the night before Monday: the evening of 30 March 2025 (a Sunday), so this can be right."
    )


def test_a_zone_that_makes_the_time_daytime_there_does_not_move_the_day() -> None:
    # 20:00 at UTC+7 is 16:00 in Mecca, before sunset
    assert not check("Mecca, 1 Shawwal 1446 / 29 March 2025 at 20:00 +0700", authority="SA").ok
    # 19:00 at UTC-12 on the 30th is the 31st in Banda Aceh: not the evening of the 30th there
    verdict = check("1 Syawal 1446 H / 30 Maret 2025 pukul 19.00 GMT-12", authority="ID")
    assert "after-sunset" not in [f.code for f in verdict.findings]


def test_without_the_astronomy_extra_a_clock_time_that_would_decide_is_named(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Sunset cannot be computed: the line is judged on its day (an error, as without a time),
    # and a note says what would settle it, not a silent other verdict.
    monkeypatch.setitem(sys.modules, "astronomy", None)  # import astronomy: ImportError
    verdict = check("Jakarta, 1 Syawal 1446 H / 30 Maret 2025 pukul 19.05 WIB", authority="ID")
    assert not verdict.ok
    warnings = {f.code: f.message for f in verdict.findings if f.severity == "warning"}
    assert warnings["sunset-unknown"] == (
        "The line gives the time “19.05 WIB”: if that is after sunset, the Hijri day had begun and "
        "the evening of 30 March 2025 was 1 Shawwal 1446 in Indonesia's calendar (ID), as the line "
        "says. Whether it is cannot be told here: computing sunset needs pip install "
        "'datelines[astronomy]'."
    )
    # A time that could not make the line right, or words of the evening, need no such note.
    wrong = check("Jakarta, 3 Syawal 1446 H / 30 Maret 2025 pukul 19.05 WIB", authority="ID")
    assert "sunset-unknown" not in {f.code for f in wrong.findings}
    assert check("Jakarta, Minggu malam, 1 Syawal 1446 H / 30 Maret 2025", authority="ID").ok


def test_a_day_past_a_month_s_end_in_another_calendar_is_not_that_calendar_s_evening() -> None:
    # With a clock time, the default check tries each authority's calendar, evening included.
    # In Muhammadiyah's, Rajab 1465 has 29 days and 7 July 2043 is 1 Sha'ban: "30 Rajab"
    # counted on past the month's end is that day, but no day of that calendar. It was
    # chosen, and the right line (Umm al-Qura's 30 Rajab) reported impossible (found in the
    # benchmark archive: "… (Antara) - 12:31 …", the time of the story's first sentence).
    verdict = check("Semarang, Selasa, 30 Rajab 1465 H / 7 Juli 2043 M (Antara) - 12:31")
    assert verdict.ok, verdict.message
    assert verdict.authority == "SA"
    assert not any(f.code == "impossible-date" for f in verdict.findings)
