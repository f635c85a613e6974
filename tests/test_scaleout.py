"""The scale-out recipes of docs/scale-out.md, run: Dask on a local cluster, Spark in local
mode. Each needs its extra (`datelines[dask]`, `datelines[spark]`, and Java for Spark) and
is skipped with the reason when it is missing, unless DATELINES_REQUIRE lists it (CI
installs the Dask extra and sets DATELINES_REQUIRE=dask, so that test cannot skip there)."""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import sys
from pathlib import Path
from types import ModuleType

import pytest

from datelines.records import extraction_records

EXAMPLES = Path(__file__).resolve().parents[1] / "docs" / "examples"
REQUIRED = set(filter(None, os.environ.get("DATELINES_REQUIRE", "").split(",")))
STORIES = [
    {"url": "a", "body": "Seoul, 10 Rabiul Akhir 1437/20 January 2016 (MINA) - The ministry said ..."},
    {"url": "b", "body": "No dateline in this one."},
    {"url": "c", "body": "Jakarta, 29 Ramadan 1437/4 July 2016 (MINA) and 1 Syawal 1437 H / 7 Juli 2016 M"},
    {"url": "d", "body": "الرياض 10 ربيع الآخر 1437 هـ الموافق 20 يناير 2016 م واس"},
]


def recipe(name: str, *modules: str) -> ModuleType:
    missing = [m for m in modules if importlib.util.find_spec(m.partition(".")[0]) is None]
    if missing:
        if name in REQUIRED:
            pytest.fail(f"the {name} recipe is required here but {', '.join(missing)} is not installed")
        pytest.skip(f"the {name} recipe needs {', '.join(missing)} (pip install 'datelines[{name}]')")
    spec = importlib.util.spec_from_file_location(f"{name}_datelines", EXAMPLES / f"{name}_datelines.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def write_archive(folder: Path, parts: int = 3) -> list[dict[str, object]]:
    """The stories over several files, with one broken line; the records expected back."""
    folder.mkdir()
    for part in range(parts):
        lines = [json.dumps(story, ensure_ascii=False) for story in STORIES[part::parts]]
        if part == 0:
            lines.append("{not json")
        (folder / f"part-{part}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return [{"id": s["url"], **found} for s in STORIES for found in extraction_records(s["body"])]


def key(record: dict[str, object]) -> tuple[object, ...]:
    return (
        record["id"],
        record["start"],
        record["end"],
        record["text"],
        record["hijri"],
        record["gregorian"],
    )


@pytest.mark.filterwarnings("ignore")  # the cluster's own deprecation notices are not ours
def test_the_dask_recipe_on_a_local_cluster(tmp_path: Path) -> None:
    dask_recipe = recipe("dask", "dask.bag", "distributed")
    from distributed import Client, LocalCluster

    expected = write_archive(tmp_path / "archive")
    with (
        LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster,
        Client(cluster),
    ):
        written = dask_recipe.extract_archive(
            str(tmp_path / "archive" / "*.jsonl"), str(tmp_path / "out" / "*.jsonl")
        )
    rows = [
        json.loads(line) for path in written for line in Path(path).read_text(encoding="utf-8").splitlines()
    ]
    errors = [row for row in rows if "error" in row]
    assert len(errors) == 1
    assert errors[0]["error"].startswith("not valid JSON")
    assert sorted(key(r) for r in rows if "error" not in r) == sorted(key(r) for r in expected)
    assert len(expected) == 4


@pytest.mark.filterwarnings("ignore")
def test_the_spark_recipe_in_local_mode(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    if shutil.which("java") is None and not os.environ.get("JAVA_HOME"):
        if "spark" in REQUIRED:
            pytest.fail("the spark recipe is required here but Java is not installed")
        pytest.skip("the spark recipe needs Java (Spark runs on the JVM)")
    spark_recipe = recipe("spark", "pyspark", "pandas", "pyarrow")
    from pyspark.sql import SparkSession

    monkeypatch.setenv("PYSPARK_PYTHON", sys.executable)  # workers need the Python that has datelines
    expected = write_archive(tmp_path / "archive")
    session = (
        SparkSession.builder.master("local[2]").appName("datelines-test")
        .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2").getOrCreate()
    )  # fmt: skip
    try:
        rows = [
            row.asDict() for row in spark_recipe.extract_archive(session, str(tmp_path / "archive")).collect()
        ]
    finally:
        session.stop()
    errors = [row for row in rows if row["error"] is not None]
    assert [row["error"] for row in errors] == ["{not json"]
    found = [{**row, "id": row["id"]} for row in rows if row["error"] is None]
    assert sorted(key(r) for r in found) == sorted(key(r) for r in expected)
    assert {r["id"]: r["ok"] for r in found}["a"] is True
