"""The scale-out recipes of docs/scale-out.md, run: Dask on a local cluster, Spark in local
mode (extraction, and columns of dates through pandas UDFs; those UDFs' pandas functions
are also run without Spark, where Java is missing). Each needs its extra (`datelines[dask]`, `datelines[spark]`, and Java for Spark) and
is skipped with the reason when it is missing, unless DATELINES_REQUIRE lists it (CI
installs the Dask extra and sets DATELINES_REQUIRE=dask, so that test cannot skip there)."""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import sys
from collections.abc import Iterator
from datetime import date
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
        if part == 1:  # stories without their text: error records, not dropped (a trial)
            lines += [json.dumps({"url": "e", "body": None}), json.dumps({"url": "f"})]
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
    errors = sorted(row["error"] for row in rows if "error" in row)
    assert len(errors) == 3
    assert errors[0] == errors[1] == "not a JSON object with text in 'body'"
    assert errors[2].startswith("not valid JSON")
    assert sorted(key(r) for r in rows if "error" not in r) == sorted(key(r) for r in expected)
    assert len(expected) == 4


def test_the_dask_recipe_reads_a_partition_as_it_reads_each_line() -> None:
    dask_recipe = recipe("dask", "dask.bag", "distributed")
    lines = [json.dumps(story, ensure_ascii=False) for story in STORIES]
    lines[2:2] = ["{not json", '{"url": "e"}', "[1, 2]"]
    together = dask_recipe.datelines_in(iter(lines))
    assert together == [found for line in lines for found in dask_recipe.datelines_of(line)]
    assert [row.get("id", "error") for row in together] == ["a", "error", "error", "error", "c", "c", "d"]


@pytest.fixture(scope="module")
def spark() -> Iterator[object]:
    """A Spark session in local mode, shared by the Spark tests (each start costs seconds)."""
    if shutil.which("java") is None and not os.environ.get("JAVA_HOME"):
        if "spark" in REQUIRED:
            pytest.fail("the spark recipe is required here but Java is not installed")
        pytest.skip("the spark recipe needs Java (Spark runs on the JVM)")
    recipe("spark", "pyspark", "pandas", "pyarrow")
    from pyspark.sql import SparkSession

    before = os.environ.get("PYSPARK_PYTHON")
    os.environ["PYSPARK_PYTHON"] = sys.executable  # workers need the Python that has datelines
    session = (
        SparkSession.builder.master("local[2]").appName("datelines-test")
        .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2").getOrCreate()
    )  # fmt: skip
    try:
        yield session
    finally:
        session.stop()
        if before is None:
            os.environ.pop("PYSPARK_PYTHON", None)
        else:
            os.environ["PYSPARK_PYTHON"] = before


@pytest.mark.filterwarnings("ignore")
def test_the_spark_recipe_in_local_mode(tmp_path: Path, spark: object) -> None:
    spark_recipe = recipe("spark", "pyspark", "pandas", "pyarrow")
    expected = write_archive(tmp_path / "archive")
    rows = [row.asDict() for row in spark_recipe.extract_archive(spark, str(tmp_path / "archive")).collect()]
    errors = [row for row in rows if row["error"] is not None]
    assert sorted((row["id"] or "", row["error"]) for row in errors) == [
        ("", "{not json"),
        ("e", "not a JSON object with text in 'body'"),
        ("f", "not a JSON object with text in 'body'"),
    ]
    found = [{**row, "id": row["id"]} for row in rows if row["error"] is None]
    assert sorted(key(r) for r in found) == sorted(key(r) for r in expected)
    assert {r["id"]: r["ok"] for r in found}["a"] is True


PUBLISHED = [date(2016, 1, 20), None, date(1800, 1, 1), date(2025, 3, 31)]


@pytest.mark.filterwarnings("ignore")
def test_the_spark_recipe_converts_columns_of_dates(spark: object) -> None:
    spark_recipe = recipe("spark", "pyspark", "pandas", "pyarrow")
    from pyspark.sql import functions as F

    frame = spark.createDataFrame([(d,) for d in PUBLISHED], "published date")  # type: ignore[attr-defined]
    hijri = frame.withColumn("hijri", spark_recipe.hijri_udf("ID")("published"))
    back = hijri.withColumn(
        "again", spark_recipe.gregorian_udf("ID")("hijri.year", "hijri.month", "hijri.day")
    )
    rows = back.select("published", "hijri.year", "hijri.month", "hijri.day", "again").collect()
    assert [tuple(row) for row in rows] == [
        (date(2016, 1, 20), 1437, 4, 10, date(2016, 1, 20)),
        (None, None, None, None, None),
        (date(1800, 1, 1), None, None, None, None),  # outside ID's calendar (1300-1600 AH)
        (date(2025, 3, 31), 1446, 10, 1, date(2025, 3, 31)),
    ]
    # Timestamps count by their wall-clock day in the session's time zone.
    moments = frame.select(F.to_timestamp(F.col("published")).alias("at"))
    days = moments.select(spark_recipe.hijri_udf()("at").alias("h")).select("h.day").collect()
    assert [row.day for row in days] == [10, None, None, 2]


@pytest.mark.filterwarnings("ignore")  # pyspark's notice on the pandas release, when the recipe is loaded
def test_the_spark_recipes_pandas_functions_without_spark() -> None:
    # What each UDF runs on a batch, as Spark hands it over: dates as objects, integer
    # columns with nulls as floats with NaN.
    spark_recipe = recipe("spark", "pyspark", "pandas", "pyarrow")
    import pandas as pd

    found = spark_recipe.hijri_dates(pd.Series(PUBLISHED, dtype=object), "ID")
    assert found.astype(object).where(found.notna(), None).values.tolist() == [
        [1437, 4, 10], [None, None, None], [None, None, None], [1446, 10, 1]
    ]  # fmt: skip
    # A batch of stories: each one's records, as extraction_records gives them one at a time.
    texts = [str(story["body"]) for story in STORIES]
    stories = pd.Series([texts[0], None, *texts[1:]], index=[5, 6, 7, 8, 9])
    written = spark_recipe.datelines_of(stories)
    assert list(written.index) == [5, 6, 7, 8, 9]
    assert [json.loads(one) for one in written] == [
        extraction_records(text) if isinstance(text, str) else [] for text in stories
    ]
    assert [len(json.loads(one)) for one in written] == [1, 0, 0, 2, 1]
    back = spark_recipe.gregorian_dates(found["year"].astype(float), found["month"], found["day"], "ID")
    assert [None if pd.isna(v) else v.date() for v in back] == [
        date(2016, 1, 20),
        None,
        None,
        date(2025, 3, 31),
    ]
