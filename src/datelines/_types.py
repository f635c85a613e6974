"""Aliases for the types that recur in signatures across the package (read by type
checkers only: nothing here is imported at run time)."""

from __future__ import annotations

from os import PathLike
from typing import TypeAlias

from .calendars.sighting import SightingTable

__all__ = ["TableSource"]

# A table of announced month starts, or the path of a file that holds one.
TableSource: TypeAlias = SightingTable | str | PathLike[str]
