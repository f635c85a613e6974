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
