"""datelines.batch from Python: options, records, counts and progress (the command line
over it is tested in tests/cli/test_lint.py)."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from datelines import DatelineError, batch
from datelines.batch import BatchOptions, Record, Result, run_batch, summary_line

STORY = (
    "Seoul, 10 Rabiul Akhir 1437/20 January 2016 (MINA) - The ministry said.\n"
    "No date on this line.\n"
    "Jakarta, 10 Rabiul Akhir 1437/24 January 2016 (MINA) - days off.\n"
    "الرياض 10 ربيع الآخر 1437 هـ الموافق 20 يناير 2016 م واس\n"
    "Friday, 10 Rabiul Akhir 1437/20 January 2016\n"
)


@pytest.fixture
def story(tmp_path: Path) -> Path:
    path = tmp_path / "story.txt"
    path.write_text(STORY, encoding="utf-8")
    return path


def test_options_are_checked_and_the_old_spelling_still_works() -> None:
    for fields, message in [
        ({"mode": "lint"}, "mode must be one of check, extract, got 'lint'"),
        ({"output": "xml"}, "output must be one of text, json, jsonl, github, got 'xml'"),
        (
            {"input": "xml"},
            "input must be one of text, jsonl, document, html, markdown, csv, auto, got 'xml'",
        ),
        (
            {"text_field": "body"},
            "text_field and id_field apply to JSON Lines archives and CSV files: set input='jsonl' or 'csv'",
        ),
        ({"max_line_bytes": 0}, "max_line_bytes must be a whole number of at least 1, got 0"),
    ]:
        with pytest.raises(DatelineError, match=message.replace("(", r"\(")):
            BatchOptions(**fields)  # type: ignore[arg-type]
    with pytest.warns(DeprecationWarning, match="use input='jsonl'"):
        old = BatchOptions(jsonl=True, text_field="body")
    assert old.input == "jsonl"


def test_the_summary_in_a_copy_editors_words(story: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.txt"
    other.write_text("Seoul, 10 Rabiul Akhir 1437/20 January 2016\n", encoding="utf-8")
    summary = run_batch([str(story), str(other)], BatchOptions(mode="check", output="text"), io.StringIO())
    assert (
        summary_line(summary, "text")
        == "5 datelines in 6 lines of 2 files: 2 with errors, 0 lines unreadable"
    )
    assert summary_line(summary, "jsonl") == "5 datelines in 6 records: 2 with errors, 0 records unreadable"


# --- the worker pool ---------------------------------------------------------------------

_forked = pytest.mark.skipif(
    not batch._forking(), reason="the pool's own function reaches forked workers only"
)


def _slow_in_a_worker(parent: int, line: int, seconds: float) -> object:
    def process(records: list[Record], options: BatchOptions) -> list[Result]:
        if os.getpid() != parent and any(r.line == line for r in records):
            time.sleep(seconds)
        return [Result((str(r.line),)) for r in records]

    return process


@_forked
@pytest.mark.parametrize("jobs", [2, 3])
def test_one_slow_batch_does_not_let_the_run_read_on_without_bound(
    monkeypatch: pytest.MonkeyPatch, jobs: int
) -> None:
    # Three workers answer out of order: while one sits on a slow batch, the others'
    # answers must not each let the run read one batch more.
    monkeypatch.setattr(batch, "process_batch", _slow_in_a_worker(os.getpid(), 55, 2.0))
    monkeypatch.setattr(batch, "_warm_up", lambda options: None)
    monkeypatch.setattr(batch, "FIRST_BYTES", 0)
    monkeypatch.setattr(batch, "BATCH_RECORDS", 10)
    read = 0

    def records() -> object:
        nonlocal read
        for line in range(1, 5001):
            read += 1
            yield Record("x", line, b"abc\n")

    written = ahead = 0
    for _, result in batch.results(records(), BatchOptions(), jobs):  # type: ignore[arg-type]
        written += 1
        assert result.lines == (str(written),)
        ahead = max(ahead, read - written)
    assert written == 5000
    bound = (batch.IN_FLIGHT * (jobs - 1) + batch.IN_FLIGHT + 1) * 10  # the batches allowed ahead
    assert ahead <= bound


@_forked
def test_ctrl_c_while_a_dead_worker_is_replaced_ends_the_run(tmp_path: Path) -> None:
    # A worker dies, and Ctrl-C arrives as the pool stops the others: the run ends with
    # KeyboardInterrupt at once, leaving no process behind (it used to wait for ever on the
    # old queue, with Ctrl-C and SIGTERM held).
    script = tmp_path / "interrupted.py"
    script.write_text(
        textwrap.dedent("""
            import multiprocessing, os, time
            from datelines import batch
            from datelines.batch import BatchOptions, Record, Result

            PARENT = os.getpid()

            def process(records, options):
                if os.getpid() != PARENT and any(r.line == 15 for r in records):
                    os._exit(9)
                time.sleep(0.01)
                return [Result((str(r.line),)) for r in records]

            stop = batch._Workers.stop

            def interrupted(self):
                stop(self)
                raise KeyboardInterrupt

            batch.process_batch = process
            batch._warm_up = lambda options: None
            batch.FIRST_BYTES, batch.BATCH_RECORDS = 0, 10
            batch._Workers.stop = interrupted
            records = (Record("x", line, b"x" * 20000 + b"\\n") for line in range(1, 2001))
            try:
                for _ in batch.results(records, BatchOptions(), 3):
                    pass
            except KeyboardInterrupt:
                batch._Workers.stop = stop
                time.sleep(0.5)
                print("interrupted", multiprocessing.active_children())
        """),
        encoding="utf-8",
    )
    done = subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.stdout.strip() == "interrupted []", done.stderr


_RECORDS = [
    b'{"id": 1, "text": "Seoul, 10 Rabiul Akhir 1437/20 January 2016 (MINA) - The ministry said."}',
    b"",
    b'{"id": 2, "text": "No date here."}',
    b"not json",
    b'{"id": 3, "body": "no text field"}',
    b'{"id": 4, "text": "Jakarta, 10 Rabiul Akhir 1437/24 January 2016 (MINA) - days off."}',
    b'{"id": 5, "text": "BOOM Doha, 1 Shawwal 1446/30 March 2025"}',
    b'{"id": 6, "text": "\\u0627\\u0644\\u0631\\u064a\\u0627\\u0636 10 \\u0631\\u0628\\u064a\\u0639 \\u0627\\u0644\\u0622\\u062e\\u0631 1437 \\u0647\\u0640 \\u0627\\u0644\\u0645\\u0648\\u0627\\u0641\\u0642 20 \\u064a\\u0646\\u0627\\u064a\\u0631 2016 \\u0645"}',
    b"\xff\xfe",
]


def _records() -> list[Record]:
    return [Record("archive.jsonl", number, data) for number, data in enumerate(_RECORDS, 1)]


@pytest.mark.parametrize("mode", ["check", "extract"])
def test_a_batch_of_records_gives_what_each_record_gives_alone(mode: str) -> None:
    # A batch's datelines are found together (extract_many); each record's result is what
    # it gives alone, blank lines, unreadable records and records without a dateline included.
    options = BatchOptions(mode=mode, input="jsonl", id_field="id", all=True)  # type: ignore[arg-type]
    together = batch.process_batch(_records(), options)
    assert together == [batch.process(record, options) for record in _records()]
    assert [result.datelines for result in together] == [1, 0, 0, 0, 0, 1, 1, 1, 0]
    assert [result.errors for result in together] == [0, 0, 0, 1, 1, 0, 0, 0, 1]


def test_a_fault_of_ours_on_one_record_of_a_batch_loses_no_other(monkeypatch: pytest.MonkeyPatch) -> None:
    # Finding the batch's datelines together trips it; each record is then read alone, and
    # only the record that trips it gives an error record ("internal error").
    real = batch.extract

    def faulty(text: str) -> object:
        if "BOOM" in text:
            raise ZeroDivisionError("a fault of ours")
        return real(text)

    def faulty_many(texts: list[str]) -> object:
        return [list(faulty(text)) for text in texts]  # type: ignore[call-overload]

    monkeypatch.setattr(batch, "extract", faulty)
    monkeypatch.setattr(batch, "extract_many", faulty_many)
    options = BatchOptions(mode="extract", input="jsonl", id_field="id")
    results = batch.process_batch(_records(), options)
    assert [result.datelines for result in results] == [1, 0, 0, 0, 0, 1, 0, 1, 0]
    assert [result.errors for result in results] == [0, 0, 0, 1, 1, 0, 1, 0, 1]
    (error,) = results[6].lines
    assert "internal error, please report it: ZeroDivisionError: a fault of ours" in error
    assert '"line": 7' in error


def test_the_heaps_settings_start_no_process(monkeypatch: pytest.MonkeyPatch) -> None:
    # ctypes.util.find_library runs "ldconfig -p" by vfork and exec: until it execs, that child
    # shows the parent's whole memory as its own, and bench_batch's summed peak doubled (150
    # MB, not 98) whenever a sample fell in that moment (stop 58, a helper's trace).
    # (datelines._heap opens the C library this process runs on instead.)
    import subprocess

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("a process was started")

    monkeypatch.setattr(subprocess.Popen, "__init__", refuse)
    from datelines import _heap

    _heap.trim()
    _heap.map_big_blocks()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's allocator")
def test_big_blocks_are_given_back_once_freed() -> None:
    # glibc raises its threshold for mapping a block on its own when such a block is freed
    # (here one of 8 MB); after that, 1 MB blocks come from the heap, and freed among blocks
    # still held (64 KB ones, below any threshold) they stay resident. With the threshold
    # held, each is unmapped when freed.
    program = """
import sys
from datelines import _heap
if sys.argv[1] == "held":
    _heap.map_big_blocks()
def resident():
    with open("/proc/self/status") as status:
        return next(int(line.split()[1]) for line in status if line.startswith("VmRSS:")) // 1024
big = b"x" * (8 << 20)
del big
blocks, pins = [], []
for _ in range(32):
    blocks.append(b"x" * (1 << 20))
    pins.append(bytearray(64000))
before = resident()
del blocks
print(before - resident())
"""
    given_back = {
        how: int(
            subprocess.run(
                [sys.executable, "-c", program, how], capture_output=True, text=True, check=True
            ).stdout
        )
        for how in ("held", "glibc's")
    }
    assert given_back["held"] >= 30
    assert given_back["glibc's"] <= 8
