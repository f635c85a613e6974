"""`datelines extract` over a JSON Lines archive: peak memory and the gain from --jobs 2.

    python benchmarks/bench_batch.py [--mb 200] [--check]

Targets (issue #15): over a 200 MB archive made by ``../shared/bench/archive.py --jsonl``
(records {"id", "body"}: the generator's realistic stories in five languages, a dateline each,
written to a temporary directory), ``datelines extract --input jsonl --text-field body
--id-field id`` keeps the peak memory of the whole run under 100 MB, and its throughput with
``--jobs 2`` is at least 1.8 times that with ``--jobs 1``, measured back to back in one run.
Memory is sampled from /proc every 20 ms as the summed proportional set size of the command
and its worker processes (forked workers share the parent's pages until they write them: a
sum of resident sizes counts those pages once per process, and is printed beside it), and
cross-checked with the kernel's peak of the largest single process.
Times are wall-clock (the gain from a second worker is only seen there), taken in runs of
their own without the memory sampler: reading every process's page tables fifty times a second
costs this process CPU, and on a two-CPU machine that time is taken from ``--jobs 2``, whose
processes use both, while ``--jobs 1`` leaves it a CPU (the sampled runs measured a ratio about
0.1 to 0.3 lower than the same runs unobserved). Each run's output is
kept and counted: one dateline per record, every record's id among them. Beside the ratio,
the machine's own ceiling: two ``--jobs 1`` runs started together, each over half the
records, against one run over all of them (no worker passes anything: where the two CPUs
share caches or memory bandwidth, this is the most ``--jobs 2`` can gain).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import NamedTuple

sys.path.insert(0, str(Path(__file__).parent))

from corpus import ARCHIVE_SCRIPT


def make_archive(path: Path, megabytes: int) -> int:
    """``archive.py --mb megabytes --jsonl`` into ``path``; returns the number of records."""
    with path.open("wb") as out:
        subprocess.run(
            [sys.executable, str(ARCHIVE_SCRIPT), "--mb", str(megabytes), "--jsonl"], stdout=out, check=True
        )
    with path.open("rb") as archive:
        return sum(1 for _ in archive)


TICK = os.sysconf("SC_CLK_TCK")


def _pss(pid: int) -> int:
    """The proportional set size of a process: its private pages, and its share of the pages
    it shares (forked workers share the parent's lexicon and automaton until they write)."""
    try:
        rollup = Path(f"/proc/{pid}/smaps_rollup").read_text()
    except OSError:
        return 0
    return int(next((line.split()[1] for line in rollup.splitlines() if line.startswith("Pss:")), "0")) * 1024


def _tree(pid: int, cpu: dict[int, float]) -> tuple[int, int]:
    """Resident bytes of ``pid`` and its descendants, and their proportional set size; their
    CPU seconds so far go into ``cpu``."""
    total = proportional = 0
    stack = [pid]
    while stack:
        current = stack.pop()
        try:
            status = Path(f"/proc/{current}/status").read_text()
            total += (
                int(next(line.split()[1] for line in status.splitlines() if line.startswith("VmRSS:"))) * 1024
            )
            proportional += _pss(current)
            fields = Path(f"/proc/{current}/stat").read_text().rsplit(")", 1)[1].split()
            cpu[current] = (int(fields[11]) + int(fields[12])) / TICK  # utime + stime
            for task in Path(f"/proc/{current}/task").iterdir():
                stack.extend(int(child) for child in (task / "children").read_text().split())
        except (OSError, StopIteration, ValueError, IndexError):
            continue
    return total, proportional


class Run(NamedTuple):
    seconds: float  # wall clock
    peak: int  # summed resident bytes of the process tree, sampled (shared pages counted per process)
    peak_pss: int  # summed proportional set size of the tree, sampled (shared pages counted once)
    kernel: int  # the kernel's peak resident bytes of the largest single process so far
    output: Path
    main_cpu: float  # CPU seconds of the command's own process (last sample)
    workers_cpu: float  # ... and of its worker processes together


def run(archive: Path, jobs: int, *, sampled: bool) -> Run:
    """One ``datelines extract`` run; ``sampled``: its memory and each process's CPU are
    sampled as it runs (which costs this process CPU: see the module's docstring), else
    only its wall-clock time is taken."""
    command = [sys.executable, "-m", "datelines", "extract", "--input", "jsonl", "--text-field", "body",
               "--id-field", "id", "--no-progress", "--jobs", str(jobs), str(archive)]  # fmt: skip
    output = archive.with_name(f"found-{jobs}.jsonl")
    peak = peak_pss = 0
    cpu: dict[int, float] = {}
    started = time.perf_counter()
    with output.open("w") as sink:
        process = subprocess.Popen(command, stdout=sink, stderr=subprocess.PIPE)
        done = threading.Event()

        def sample() -> None:
            nonlocal peak, peak_pss
            while not done.is_set():
                rss, pss = _tree(process.pid, cpu)
                peak, peak_pss = max(peak, rss), max(peak_pss, pss)
                time.sleep(0.02)

        sampler = threading.Thread(target=sample)
        if sampled:
            sampler.start()
        _, err = process.communicate()
        seconds = time.perf_counter() - started
        done.set()
        if sampled:
            sampler.join()
    if process.returncode != 0:
        raise SystemExit(f"datelines extract failed ({process.returncode}): {err.decode()[-500:]}")
    kernel = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024
    main_cpu = cpu.pop(process.pid, 0.0)
    return Run(seconds, peak, peak_pss, kernel, output, main_cpu, sum(cpu.values()))


def side_by_side(archive: Path) -> float:
    """Wall-clock seconds of two ``--jobs 1`` runs started together, each over one half of
    the archive's records: what two independent processes do on this machine, with nothing
    shared and nothing passed between them. Its ratio to one run over the whole archive is
    the most a second worker could gain here (where two cores share caches or a host's
    memory bandwidth, each process is slower beside the other)."""
    lines = archive.read_bytes().splitlines(keepends=True)
    halves = [archive.with_name(f"half-{i}.jsonl") for i in (0, 1)]
    middle = len(lines) // 2
    halves[0].write_bytes(b"".join(lines[:middle]))
    halves[1].write_bytes(b"".join(lines[middle:]))
    del lines
    started = time.perf_counter()
    command = [sys.executable, "-m", "datelines", "extract", "--input", "jsonl", "--text-field", "body",
               "--id-field", "id", "--no-progress", "--jobs", "1"]  # fmt: skip
    processes = [
        subprocess.Popen([*command, str(half)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for half in halves
    ]
    for process in processes:
        if process.wait() != 0:
            raise SystemExit("datelines extract failed on half of the archive")
    seconds = time.perf_counter() - started
    for half in halves:
        half.unlink()
    return seconds


def count(output: Path, records: int) -> tuple[int, int, int, int]:
    """(datelines written, records with at least one, error records, datelines whose check
    is not ok) in ``extract``'s output. The archive's datelines are all right: one checked
    wrong is a false alarm."""
    written = errors = alarms = 0
    ids = set()
    with output.open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            if "error" in record:
                errors += 1
                continue
            written += 1
            alarms += not record["verdict"]["ok"]
            ids.add(record.get("id"))
    return written, len(ids & {f"story-{i}" for i in range(records)}), errors, alarms


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mb", type=int, default=200, help="archive size in MB (default: 200)")
    parser.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        archive = Path(folder) / "archive.jsonl"
        started = time.perf_counter()
        records = make_archive(archive, args.mb)
        megabytes = archive.stat().st_size / 1e6
        print(
            f"archive.py --jsonl: {records:,} records, {megabytes:,.0f} MB "
            f"(made in {time.perf_counter() - started:.0f} s)"
        )
        # Memory: one sampled run of each. Time: two rounds unobserved, in alternating order
        # (1, 2, then 2, 1), so that a noisy neighbour on this shared machine weighs on both
        # sides; the times are the better of each.
        sampled = {jobs: run(archive, jobs, sampled=True) for jobs in (1, 2)}
        found = {jobs: count(result.output, records) for jobs, result in sampled.items()}
        first = [run(archive, 1, sampled=False), run(archive, 2, sampled=False)]
        second = [run(archive, 2, sampled=False), run(archive, 1, sampled=False)]
        found_timed = {
            jobs: count(result.output, records) for jobs, result in ((1, second[1]), (2, second[0]))
        }
        apart = side_by_side(archive)
    one = min(first[0].seconds, second[1].seconds)
    two = min(first[1].seconds, second[0].seconds)
    peak_one, peak_two = sampled[1].peak, sampled[2].peak
    pss_one, pss_two = sampled[1].peak_pss, sampled[2].peak_pss
    kernel = max(result.kernel for result in (*sampled.values(), *first, *second))
    speedup = one / two
    memory_ok = max(pss_one, pss_two) < 100e6
    speed_ok = speedup >= 1.8
    complete = all(
        hit == records and errors == 0 for _, hit, errors, _ in (*found.values(), *found_timed.values())
    )
    for jobs, seconds, peak, pss, observed in (
        (1, one, peak_one, pss_one, sampled[1]),
        (2, two, peak_two, pss_two, sampled[2]),
    ):
        print(
            f"  --jobs {jobs}: {seconds:6.1f} s, {megabytes / seconds:5.1f} MB/s "
            f"(sampled: {observed.seconds:6.1f} s); peak {pss / 1e6:5.1f} MB "
            f"(tree, proportional; resident summed {peak / 1e6:5.1f} MB); "
            f"CPU s: main process {observed.main_cpu:.1f}, workers {observed.workers_cpu:.1f}"
        )
    print(f"  largest single process (kernel): {kernel / 1e6:.1f} MB")
    for jobs, (written, hit, errors, alarms) in found.items():
        print(
            f"  --jobs {jobs} output: {written:,} datelines, {hit:,} of {records:,} records with one, "
            f"{errors} error records, {alarms} checked wrong (each a false alarm)"
        )
    print(f"  peak memory (proportional set size of the tree) < 100 MB: {'PASS' if memory_ok else 'FAIL'}")
    print(f"  --jobs 2 / --jobs 1 throughput {speedup:.2f} (target >= 1.8): {'PASS' if speed_ok else 'FAIL'}")
    print(
        f"  this machine's ceiling: two --jobs 1 runs side by side, each over half the records, "
        f"{one / apart:.2f} times one run's throughput ({apart:.1f} s)"
    )
    print(f"  every record's dateline found: {'PASS' if complete else 'FAIL'}")
    print(f"  machine: {os.cpu_count()} CPUs, load {os.getloadavg()[0]:.2f}")
    return 0 if (memory_ok and speed_ok and complete) or not args.check else 1


if __name__ == "__main__":
    raise SystemExit(main())
