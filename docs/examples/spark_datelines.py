"""Datelines out of an archive with Apache Spark: a pandas UDF around ``extract_many``; and
columns of dates converted a batch at a time: pandas UDFs around ``to_hijri_many`` and
``to_gregorian_many``.

    pip install 'datelines[spark]'      # pyspark, pandas, pyarrow; Spark needs Java 17+
    PYSPARK_PYTHON=$(which python) python docs/examples/spark_datelines.py archive.jsonl out/

(Spark's Python workers must run a Python that has datelines installed: on a cluster,
install it on every node, or ship it with ``--py-files``.)

The archive is JSON Lines (one story per line, with its text and id); the output is one
row per dateline found: the story's id, offsets, text, ISO halves and the verdict's
``ok`` and message. Rows Spark cannot read as JSON land in ``_corrupt_record``, and are
written as error rows, as are stories without their text, so nothing is lost.

``hijri_udf(calendar)`` turns a column of dates (or timestamps) into a struct of Hijri
``year``, ``month`` and ``day``; ``gregorian_udf(calendar)`` turns three columns of Hijri
numbers back into dates. Spark hands each batch to pandas through Arrow, and datelines
converts the whole batch at once; a date that is missing or outside the calendar gives nulls.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable

import pandas as pd
from pyspark.sql import Column, DataFrame, SparkSession
from pyspark.sql import functions as F
from pyspark.sql.functions import pandas_udf
from pyspark.sql.types import DateType, IntegerType, StringType, StructField, StructType

from datelines import check, extract_many, to_gregorian_many
from datelines.records import extraction_record

# A UDF returns one JSON array per story: arrays of structs cross the Arrow boundary in
# every Spark version as plain strings, and from_json gives them their schema back.
FOUND = (
    "array<struct<start:int,end:int,text:string,hijri:string,gregorian:string,"
    "verdict:struct<ok:boolean,agrees:boolean,difference_days:int,calendar:string>>>"
)


def datelines_of(texts: pd.Series) -> pd.Series:
    """Each story's datelines as a JSON array of ``extraction_records``; a null story has none.
    The batch's stories are read together (``extract_many``), quicker than one at a time."""
    found = extract_many(text if isinstance(text, str) else "" for text in texts)
    return pd.Series(
        [json.dumps([extraction_record(line, check(line)) for line in lines]) for lines in found],
        index=texts.index,
        dtype=object,
    )


@pandas_udf(StringType())  # type: ignore[call-overload]  # a type, not "string": no session needed to import
def datelines_json(texts: pd.Series) -> pd.Series:
    return datelines_of(texts)


HIJRI = StructType([StructField(field, IntegerType()) for field in ("year", "month", "day")])


def hijri_dates(days: pd.Series, calendar: str = "umalqura") -> pd.DataFrame:
    """The work of ``hijri_udf`` on one batch: Spark gives a date column as ``datetime.date``
    objects and a timestamp column as ``datetime64`` (wall-clock time in the session's zone)."""
    # Here, not only at the top: Spark runs this in its own Python workers, which import
    # what the function imports, and the import registers Series.hijri there.
    import datelines.pandas  # noqa: F401

    return days.hijri(calendar, errors="coerce").to_frame()


def hijri_udf(calendar: str = "umalqura") -> Callable[..., Column]:
    """A pandas UDF: a column of dates to a struct of Hijri year, month and day.

    ``frame.withColumn("hijri", hijri_udf("ID")("published"))``, then ``hijri.year`` …
    """

    @pandas_udf(HIJRI)
    def hijri(days: pd.Series) -> pd.DataFrame:
        return hijri_dates(days, calendar)

    return hijri


def gregorian_dates(
    year: pd.Series, month: pd.Series, day: pd.Series, calendar: str = "umalqura"
) -> pd.Series:
    """The work of ``gregorian_udf`` on one batch (nulls arrive as NaN or as pandas' NA)."""
    return pd.Series(to_gregorian_many(year, month, day, calendar, errors="coerce"))


def gregorian_udf(calendar: str = "umalqura") -> Callable[..., Column]:
    """A pandas UDF: columns of Hijri year, month and day to a date column (null where a
    date does not exist in ``calendar``)."""

    @pandas_udf(DateType())
    def gregorian(year: pd.Series, month: pd.Series, day: pd.Series) -> pd.Series:
        return gregorian_dates(year, month, day, calendar)

    return gregorian


def extract_archive(
    spark: SparkSession, path: str, *, text_field: str = "body", id_field: str = "url"
) -> DataFrame:
    """A DataFrame with one row per dateline of the archive at ``path`` (and one per
    corrupt line, with its text in ``error``)."""
    stories = (
        spark.read.option("mode", "PERMISSIVE")
        .option("columnNameOfCorruptRecord", "_corrupt_record")
        .json(path)
    )
    if "_corrupt_record" not in stories.columns:
        stories = stories.withColumn("_corrupt_record", F.lit(None).cast("string"))
    stories = stories.cache()  # Spark refuses to query the corrupt-record column of an uncached read
    if text_field not in stories.columns:  # no line has the field: every one is an error row
        stories = stories.withColumn(text_field, F.lit(None).cast("string"))
    readable = stories.where(F.col("_corrupt_record").isNull())
    found = readable.where(F.col(text_field).isNotNull()).select(
        F.col(id_field).alias("id"),
        F.explode(F.from_json(datelines_json(F.col(text_field)), FOUND)).alias("d"),
    )
    rows = found.select(
        "id", "d.start", "d.end", "d.text", "d.hijri", "d.gregorian",
        F.col("d.verdict.ok").alias("ok"), F.col("d.verdict.difference_days").alias("difference_days"),
        F.lit(None).cast("string").alias("error"),
    )  # fmt: skip
    empty = ("start", "end", "text", "hijri", "gregorian", "ok", "difference_days")
    errors = stories.where(F.col("_corrupt_record").isNotNull()).select(
        F.lit(None).cast("string").alias("id"), *(F.lit(None).alias(c) for c in empty),
        F.col("_corrupt_record").alias("error"),
    )  # fmt: skip
    # A story without its text (the field missing or null) is an error row too, as the Dask
    # recipe writes it: nothing is lost.
    textless = readable.where(F.col(text_field).isNull()).select(
        F.col(id_field).cast("string").alias("id"), *(F.lit(None).alias(c) for c in empty),
        F.lit(f"not a JSON object with text in {text_field!r}").alias("error"),
    )  # fmt: skip
    return rows.unionByName(errors, allowMissingColumns=True).unionByName(textless, allowMissingColumns=True)


if __name__ == "__main__":
    session = SparkSession.builder.appName("datelines").getOrCreate()
    extract_archive(session, sys.argv[1]).write.mode("overwrite").json(sys.argv[2])
    session.stop()
