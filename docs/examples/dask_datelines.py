"""Datelines out of an archive larger than one machine, with Dask.

    pip install 'datelines[dask]'
    python docs/examples/dask_datelines.py 'archive/*.jsonl' 'out/*.jsonl'

Each line of the archive is a JSON object with the story's text and id; each output line is
one dateline found (id, offsets, text, ISO halves, verdict), or an error record for a line
that is not a JSON object with text: nothing is lost, as with ``datelines extract``.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable

import dask.bag as db

from datelines import check, extract_many
from datelines.records import extraction_record, extraction_records


def _story(line: str, text_field: str, id_field: str) -> tuple[object, str] | dict[str, object]:
    """An archive line's id and text, or its error record."""
    try:
        record = json.loads(line)
    except ValueError as err:
        return {"error": f"not valid JSON: {err}", "line": line[:200]}
    if not isinstance(record, dict) or not isinstance(record.get(text_field), str):
        return {"error": f"not a JSON object with text in {text_field!r}", "line": line[:200]}
    return record.get(id_field), record[text_field]


def datelines_of(line: str, text_field: str = "body", id_field: str = "url") -> list[dict[str, object]]:
    """The datelines of one archive line, or one error record."""
    story = _story(line, text_field, id_field)
    if isinstance(story, dict):
        return [story]
    ident, text = story
    return [{"id": ident, **found} for found in extraction_records(text)]


def datelines_in(
    lines: Iterable[str], text_field: str = "body", id_field: str = "url"
) -> list[dict[str, object]]:
    """The datelines of a partition's archive lines, in order, and an error record for each
    line that is not a JSON object with text: what :func:`datelines_of` gives line by line,
    the stories read together (``extract_many``), which is quicker."""
    stories = [_story(line, text_field, id_field) for line in lines]
    found = extract_many(story[1] for story in stories if isinstance(story, tuple))
    out: list[dict[str, object]] = []
    for story in stories:
        if isinstance(story, dict):
            out.append(story)
        else:
            out.extend({"id": story[0], **extraction_record(line, check(line))} for line in next(found))
    return out


def extract_archive(pattern: str, out: str, *, text_field: str = "body", id_field: str = "url") -> list[str]:
    """Read every file matching ``pattern`` in blocks across the cluster, and write the
    datelines as JSON Lines files named by ``out`` (a pattern with ``*``)."""
    bag = db.read_text(pattern, blocksize="64MiB").filter(str.strip)
    found = bag.map_partitions(datelines_in, text_field=text_field, id_field=id_field)
    return found.map(json.dumps, ensure_ascii=False).to_textfiles(out)  # type: ignore[no-any-return]


if __name__ == "__main__":
    from dask.distributed import Client

    with Client():  # a local cluster; pass the scheduler's address for a real one
        print("\n".join(extract_archive(sys.argv[1], sys.argv[2])))
