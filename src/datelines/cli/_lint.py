"""``datelines check`` (the copy-desk linter) and ``datelines extract`` (datelines out of
archives): the command line over :mod:`datelines.batch`."""

from __future__ import annotations

import argparse
import sys

from ..calendars import solar_calendar_kind
from ..errors import DatelineError
from ._authorities import authority_ids
from ._console import Console
from ._format import style_file
from ._options import Deprecated, add_calendar, add_format, calendar_of, encoding, positive

__all__ = ["add_check", "add_extract"]


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "files",
        nargs="*",
        metavar="FILE",
        help="files to read (as --input says), a directory (every file under it), or - for standard input",
    )
    parser.add_argument(
        "--julian", action="store_true", help="read western dates as Julian (sources before 1582)"
    )
    parser.add_argument(
        "--authority", type=authority_ids, metavar="ID", action="extend",
        help="the authority whose calendar the datelines must follow; repeat it, or give several apart "
        "by commas, for a desk that prints any of their dates (ID,ID-muhammadiyah) (default: any known "
        "authority, the one the dateline's place, agency or language points to first)",
    )  # fmt: skip
    add_calendar(parser, default="none: the calendars of --authority")
    parser.add_argument(
        "--style-file", dest="style", type=style_file, metavar="FILE",
        help="a newsroom's house style (TOML): check by its authority or calendar (--authority and "
        "--calendar win over it)",
    )  # fmt: skip
    archive = parser.add_argument_group("input")
    archive.add_argument(
        "--input", choices=("text", "jsonl", "csv", "document", "html", "markdown", "auto"), default="text",
        help="text (each line of text files; the default), jsonl (an archive: a JSON object a line), "
        "csv (a spreadsheet's export: each row after the header, the text in --text-field's column), "
        "document (each file whole: a dateline may spread over lines, as a statement per calendar) "
        "or html (each file a web page: its visible text, a dateline's parts may stand in separate "
        "elements; reported at the page's own line and column) or markdown (each file whole, its prose: "
        "code blocks and spans and links' addresses left out), or auto (each file as its name says: "
        ".html and the like as html, .md as markdown, .jsonl, .csv, anything else as text; a directory's "
        "files of those kinds)",
    )  # fmt: skip
    archive.add_argument("--jsonl", dest="input", action=Deprecated, value="jsonl", instead="--input jsonl")
    archive.add_argument(
        "--encoding", type=encoding, default="utf-8", metavar="NAME",
        help="the files' encoding (default: utf-8; UTF-16 or UTF-32 wherever a file begins with their byte-order mark); cp1256 for older Arabic archives, latin-1, …: read where a line is not UTF-8; utf-16-le, …: whole files",
    )  # fmt: skip
    archive.add_argument(
        "--text-field",
        metavar="NAME",
        help="with --input jsonl: the field holding the text; with --input csv: the column, by its header or "
        "number (default: text)",
    )
    archive.add_argument(
        "--id-field",
        metavar="NAME",
        help="with --input jsonl or csv: a field (a column) to carry through as each record's id",
    )
    run = parser.add_argument_group("running")
    run.add_argument(
        "--jobs",
        type=positive,
        default=1,
        metavar="N",
        help="processes that read records: this one and N-1 workers (default: 1)",
    )
    run.add_argument(
        "--max-line-bytes", type=positive, metavar="N",
        help="longer lines are reported and skipped (default: 8 MiB)",
    )  # fmt: skip
    bar = run.add_mutually_exclusive_group()
    bar.add_argument(
        "--progress", dest="progress", action="store_const", const=True, help="always show progress"
    )
    bar.add_argument(
        "--no-progress", dest="progress", action="store_const", const=False, help="never show it"
    )


def add_check(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "check",
        help="lint the datelines in text files: do their halves agree?",
        description="Find every dateline in each FILE and report, like a compiler, each one whose halves "
        "disagree, whose weekday does not fit, or whose date does not exist. Exit status 0 when every "
        "dateline is consistent, 1 when any is not or an input cannot be read, 2 on a usage error.",
    )
    _common(parser)
    add_format(parser, ("text", "json", "jsonl", "github"), old=[("--json", "json")])
    parser.add_argument("--notes", action="store_true", help="also report notes (inferred years, evenings)")
    parser.add_argument(
        "--strict",
        action="store_true",
        help="a warning fails its dateline as an error does (exit status 1): a misspelt month, a weekday "
        "of the evening before, another authority's date than the place's",
    )
    parser.add_argument(
        "--all", action="store_true", help="also report each line (or record) in which no dateline was read"
    )
    parser.set_defaults(run=_run, parser=parser, mode="check")


def add_extract(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "extract",
        help="write every dateline in text files or archives as a JSON record",
        description="Find every dateline in each FILE and write one record per dateline: file, line, "
        "column, offsets, text, both halves in ISO form and the verdict of 'datelines check'. A record "
        "that cannot be read gives an error record; the exit status is then 1.",
    )
    _common(parser)
    add_format(parser, ("jsonl", "json", "text"), default="jsonl", old=[("--json", "json")])
    parser.add_argument("--all", action="store_true", help="also write records that contain no dateline")
    parser.set_defaults(run=_run, parser=parser, mode="extract", notes=False, strict=False)


def _files(paths: list[str], suffixes: tuple[str, ...] = (), skipped: list[str] | None = None) -> list[str]:
    """The files to read: each path given, and for a directory every file under it, in name
    order, hidden ones (".git") left out (a trial: "datelines check stories/" was an error);
    with ``suffixes``, only a directory's files that end so (a saved site's pages, not its
    scripts, styles and images: a review), the others added to ``skipped``. A file named is
    read whatever its name."""
    import os

    found: list[str] = []
    for path in paths:
        if path == "-" or not os.path.isdir(path):
            found.append(path)  # a file, or one that cannot be opened: its error record says why
            continue
        # A directory that cannot be listed is given as a path, so that its error record says
        # so (a review: it was left out without a word); a directory linked to is walked, once.
        seen: set[str] = set()
        for root, dirs, names in os.walk(
            path, onerror=lambda err: found.append(err.filename), followlinks=True
        ):
            real = os.path.realpath(root)
            if real in seen:
                dirs[:] = []
                continue
            seen.add(real)
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            # files only: a named pipe or a device found there would be waited on for ever (a
            # review); named on the command line, it is read as asked
            for name in sorted(names):
                file = os.path.join(root, name)
                if name.startswith(".") or not os.path.isfile(file):
                    continue
                if suffixes and not name.casefold().endswith(suffixes):
                    if skipped is not None:
                        skipped.append(file)
                    continue
                found.append(file)
    return found


def _skipped_note(skipped: list[str], input: str) -> str:
    """What a run says of the files a directory held that its input kind does not read, so
    that none is left out without a word (a review: "e.log" and a file without an ending
    were skipped silently under --input auto)."""
    shown = ", ".join(skipped[:3]) + (f" and {len(skipped) - 3} more" if len(skipped) > 3 else "")
    files = "file" if len(skipped) == 1 else "files"
    return (
        f"skipped {len(skipped)} {files} in the directories given, not of a kind --input {input} reads: "
        f"{shown} (name a file to read it, or use --input {'text' if input == 'auto' else 'auto'})"
    )


def _directory_suffixes(input: str) -> tuple[str, ...]:
    """The names of a directory's files to read: a web page's for --input html, a Markdown
    file's for markdown, any kind's that --input auto knows (and text files') for auto; every
    file's otherwise."""
    from ..batch import MARKDOWN_SUFFIXES, PAGE_SUFFIXES

    if input == "html":
        return PAGE_SUFFIXES
    if input == "markdown":
        return MARKDOWN_SUFFIXES
    if input == "auto":
        return (*PAGE_SUFFIXES, *MARKDOWN_SUFFIXES, ".jsonl", ".ndjson", ".csv", ".txt", ".text")
    return ()


def _calendar_given(args: argparse.Namespace) -> bool:
    return args.calendar is not None or args.offset is not None or args.table is not None


def _run(args: argparse.Namespace, console: Console) -> int:
    from .._heap import map_big_blocks

    map_big_blocks()  # before the tables and automata are built (see its docstring)
    from ..batch import MAX_LINE_BYTES, BatchOptions, Summary, run_batch, summary_line, summary_record
    from ._options import PROG

    parser: argparse.ArgumentParser = args.parser
    if not args.files:
        # Not standard input unasked, as parse, convert and format have it: a CI step whose
        # file list came out empty would pass, having read nothing (a review).
        parser.error("the following arguments are required: FILE (- reads standard input)")
    if args.files.count("-") > 1:
        parser.error("standard input (-) can be read only once")
    if "-" in args.files and sys.stdin is None:
        parser.error("standard input (-) is closed")
    if args.authority is not None and _calendar_given(args):
        parser.error("argument --authority: not allowed with --calendar, --offset or --table")
    if args.input not in ("jsonl", "csv", "auto") and (
        args.text_field is not None or args.id_field is not None
    ):
        parser.error(
            "--text-field and --id-field name fields of JSON records or CSV columns: add --input jsonl, csv or auto"
        )
    authority: str | tuple[str, ...] | None = None
    if args.authority is not None:
        chosen = tuple(dict.fromkeys(args.authority))
        authority = chosen[0] if len(chosen) == 1 else chosen
    calendar = None
    if _calendar_given(args) and args.style is not None:
        # Each option replaces the style's own, as `datelines format` has it: a house style
        # of Malaysia's calendar with --offset 1 checks in Malaysia's calendar, a day on.
        from .._write.format import style_calendar

        try:
            calendar = style_calendar(args.style, args.calendar, args.offset, args.table)
        except DatelineError as err:
            parser.error(f"argument --calendar/--offset/--table: {err}")
    elif _calendar_given(args):
        calendar = calendar_of(args)
        if (other := solar_calendar_kind(calendar)) is not None:
            parser.error(
                f"argument --calendar: {calendar.name} is {other}, not a lunar one: the Hijri half is "
                "measured in a lunar calendar, and a Solar Hijri or Bengali half in its own"
            )
    if args.style is not None and authority is None and calendar is None:
        from .._write.format import style_calendar
        from ..calendars import AUTHORITY_IDS

        style = args.style
        if style.calendar in AUTHORITY_IDS and not style.offset and style.table is None:
            authority = style.calendar  # the house follows an authority: its months, and the notes
        else:
            calendar = style_calendar(style, None, None, None)
    options = BatchOptions(
        mode=args.mode,
        output=args.output,
        calendar=calendar,
        authority=authority,
        input=args.input,
        text_field="text" if args.text_field is None else args.text_field,
        id_field=args.id_field,
        all=args.all,
        notes=args.notes,
        max_line_bytes=MAX_LINE_BYTES if args.max_line_bytes is None else args.max_line_bytes,
        ascii=console.ascii,
        julian=args.julian,
        encoding=args.encoding,
        strict=args.strict,
    )
    skipped: list[str] = []
    files = _files(args.files, _directory_suffixes(args.input), skipped)
    if not files:
        parser.error(
            f"no files under {', '.join(args.files)}"
            + (f"; {_skipped_note(skipped, args.input)}" if skipped else "")
        )
    if skipped:
        console.message(f"{PROG}: {_skipped_note(skipped, args.input)}")
    stdin = sys.stdin.buffer if "-" in args.files and sys.stdin is not None else None
    show = (sys.stderr is not None and sys.stderr.isatty()) if args.progress is None else args.progress
    summary = Summary()
    try:
        run_batch(
            files, options, console, jobs=args.jobs, progress=sys.stderr if show else None,
            stdin=stdin, summary=summary,
        )  # fmt: skip
    finally:
        console.status = (
            1
            if summary.errors or summary.unreadable_files or (args.mode == "check" and summary.failing)
            else 0
        )
    console.flush()
    words = summary_line(summary, args.input, strict=args.strict)
    if args.mode == "check" and args.output in ("text", "github"):
        console.line(words)
    elif args.mode == "check" and args.output == "jsonl":
        console.json({"summary": summary_record(summary)})
    elif args.mode == "check":
        pass  # --format json: the summary is in the document
    else:
        console.message(f"{PROG}: {words}")
    return console.status
