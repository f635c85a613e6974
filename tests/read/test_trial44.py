"""What a new user's trial of the command line and the service found in the reader (stop 44)."""

from __future__ import annotations

from datelines import extract


def _pairs(text: str) -> list[tuple[str | None, str | None]]:
    return [
        (
            line.hijri.isoformat() if line.hijri else None,
            line.gregorian.isoformat() if line.gregorian else None,
        )
        for line in extract(text)
    ]


def test_two_datelines_on_two_lines_are_not_paired_across_the_line_break() -> None:
    """ "11 March 2024\\nShawwal 1445" stand side by side, but each wants a half of its own line."""
    text = "Ramadan 1445 will begin on Monday, 11 March 2024\nShawwal 1445 will begin on Wednesday, 10 April 2024"
    assert _pairs(text) == [("1445-09", "2024-03-11"), ("1445-10", "2024-04-10")]
    again = (
        "Ramadan 1445 will begin on Monday, 11 March 2024\nRamadan 1445 will begin on Monday, 11 March 2024"
    )
    assert _pairs(again) == [("1445-09", "2024-03-11")] * 2


def test_a_date_ending_a_line_is_not_the_next_line_s_hijri_day() -> None:
    text = "Libur nasional 15 September 2024\n1 Syawal 1445H jatuh pada 10 April 2024"
    assert _pairs(text) == [("1445-10-01", "2024-04-10")]


def test_a_dateline_over_two_lines_still_pairs() -> None:
    """A masthead's two lines, each a calendar's date, with nothing else wanting them."""
    assert _pairs("الأحد 10 رمضان 1446 هـ\n9 مارس 2025 م") == [("1446-09-10", "2025-03-09")]


def test_a_masthead_date_alone_on_its_line_pairs_across_the_break() -> None:
    """A second review: the line rule had taken a later stamp on the Hijri line instead."""
    text = "Selasa, 12 Maret 2024\n2 Ramadhan 1445 H, diperbarui 14 Maret 2024"
    assert _pairs(text)[0] == ("1445-09-02", "2024-03-12")
    text = "Tuesday, 12 March 2024\n2 Ramadan 1445 — Ramadan began on 11 March 2024."
    assert _pairs(text) == [("1445-09-02", "2024-03-12"), ("--09", "2024-03-11")]


def test_the_new_hijri_year_after_of_the_year_is_still_read() -> None:
    """ "للعام الهجري الجديد 1446" (of the new Hijri year): the filler of the current year must
    not take its first word."""
    assert _pairs("غرة شهر محرم للعام الهجري الجديد 1446هـ توافق يوم الأحد 7 يوليو 2024") == [
        ("1446-01-01", "2024-07-07")
    ]


def test_another_spring_is_no_month() -> None:
    assert _pairs("مع بداية ربيع آخر في 20 مارس 2024 تتفتح الأزهار.") == []
    assert _pairs("12 ربيع آخر 1446 هـ الموافق 15 أكتوبر 2024 م") == [("1446-04-12", "2024-10-15")]


def test_a_sunset_in_the_story_after_the_line_is_not_its_evening() -> None:
    [line] = extract("Sunday, 10 March 2024 / 1 Ramadan 1445 — The sunset was spectacular.")
    assert line.time is None
    [line] = extract("Ramadan 1445 begins at sunset on Sunday, March 10, 2024.")
    assert line.time is not None
