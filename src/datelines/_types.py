"""Aliases for the types that recur in signatures across the package (read by type
checkers only: nothing here is imported at run time)."""

from __future__ import annotations

from os import PathLike
from typing import Literal, TypeAlias

from .calendars.sighting import SightingTable

__all__ = ["Digits", "TableSource"]

# A table of announced month starts, or the path of a file that holds one.
TableSource: TypeAlias = SightingTable | str | PathLike[str]

# The digits a dateline is written in: ASCII, Arabic-Indic, Extended Arabic-Indic (Persian,
# Urdu); the keys of datelines.names.output.DIGITS, which a test holds to these.
Digits: TypeAlias = Literal["latn", "arab", "arabext", "beng", "deva"]
