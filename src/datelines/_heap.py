"""The C heap of a long run: glibc's settings that keep a batch's memory flat.

Elsewhere than Linux, or where the C library lacks the calls, each function does nothing.
"""

from __future__ import annotations

import sys
from typing import Any, Final

# glibc's malloc.h: mallopt's parameter for the size from which a block is mapped on its own.
_M_MMAP_THRESHOLD: Final = -3
# Blocks this large or larger are mapped on their own, and unmapped when freed: glibc's
# starting value, which it otherwise raises (up to 32 MB) each time such a block is freed.
BIG_BLOCK: Final = 128 * 1024


def _libc() -> Any | None:
    if not sys.platform.startswith("linux"):
        return None
    import ctypes

    try:
        # The C library this process already runs on: ctypes.util.find_library runs
        # "ldconfig -p", by vfork and exec, and until it execs that child shows this process's
        # whole memory as its own to whatever sums the tree's (bench_batch's peak doubled in
        # about half the runs: 150 MB, not 98; a helper's trace found the child).
        return ctypes.CDLL(None)
    except OSError:  # pragma: no cover - a Linux without a C library to open
        return None


def map_big_blocks() -> None:
    """Map every block of :data:`BIG_BLOCK` bytes or more on its own for the rest of the run.

    glibc raises its threshold for that each time a mapped block is freed, and then serves
    the next big blocks (an automaton's expression and program as it is built, a batch's
    text) from the heap, where what is freed stays resident among what is not. Over a
    200 MB archive, ``datelines extract --jobs 2`` peaked about 6 MB lower with the
    threshold held (bench_batch, stop 67). A command-line run's own choice: a library must
    not change its host's allocator (a program that runs the command line's ``main`` in its
    own process to extract or check files gets the setting too; glibc's own raising of the
    threshold, and any ``MALLOC_MMAP_THRESHOLD_`` set for it, give way to it).
    """
    libc = _libc()
    try:
        if libc is not None:
            libc.mallopt(_M_MMAP_THRESHOLD, BIG_BLOCK)
    except AttributeError:  # pragma: no cover - a C library without mallopt (musl)
        return


def trim() -> None:
    """Give the C heap's free pages back to the system (glibc's malloc_trim): before forking,
    building the tables and compiling the automata leaves some MB freed but resident in the
    parent, which every worker would map too (the tree's memory counts them)."""
    libc = _libc()
    try:
        if libc is not None:
            libc.malloc_trim(0)
    except AttributeError:  # pragma: no cover - a C library without malloc_trim (musl)
        return
