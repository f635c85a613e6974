"""Datelines out of an archive with Apache Spark: a pandas UDF around ``extract``.

    pip install 'datelines[spark]'      # pyspark, pandas, pyarrow; Spark needs Java 17+
    PYSPARK_PYTHON=$(which python) python docs/examples/spark_datelines.py archive.jsonl out/

(Spark's Python workers must run a Python that has datelines installed: on a cluster,
install it on every node, or ship it with ``--py-files``.)

The archive is JSON Lines (one story per line, with its text and id); the output is one
row per dateline found: the story's id, offsets, text, ISO halves and the verdict's
``ok`` and message. Rows Spark cannot read as JSON land in ``_corrupt_record``, and are
written as error rows, so nothing is lost.
"""

from __future__ import annotations

import json
import sys

import pandas as pd
from pyspark.sql import DataFrame, SparkSession
from pyspark.sql import functions as F
from pyspark.sql.functions import pandas_udf
from pyspark.sql.types import StringType

from datelines.records import extraction_records

# A UDF returns one JSON array per story: arrays of structs cross the Arrow boundary in
# every Spark version as plain strings, and from_json gives them their schema back.
FOUND = (
    "array<struct<start:int,end:int,text:string,hijri:string,gregorian:string,"
    "verdict:struct<ok:boolean,agrees:boolean,difference_days:int,calendar:string>>>"
)


@pandas_udf(StringType())  # type: ignore[call-overload]  # a type, not "string": no session needed to import
def datelines_json(texts: pd.Series) -> pd.Series:
    return texts.map(lambda text: json.dumps(extraction_records(text) if isinstance(text, str) else []))


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
    found = stories.where(F.col("_corrupt_record").isNull()).select(
        F.col(id_field).alias("id"),
        F.explode(F.from_json(datelines_json(F.col(text_field)), FOUND)).alias("d"),
    )
    rows = found.select(
        "id", "d.start", "d.end", "d.text", "d.hijri", "d.gregorian",
        F.col("d.verdict.ok").alias("ok"), F.col("d.verdict.difference_days").alias("difference_days"),
        F.lit(None).cast("string").alias("error"),
    )  # fmt: skip
    errors = stories.where(F.col("_corrupt_record").isNotNull()).select(
        F.lit(None).cast("string").alias("id"), *(F.lit(None).alias(c) for c in ("start", "end", "text", "hijri", "gregorian", "ok", "difference_days")),
        F.col("_corrupt_record").alias("error"),
    )  # fmt: skip
    return rows.unionByName(errors, allowMissingColumns=True)


if __name__ == "__main__":
    session = SparkSession.builder.appName("datelines").getOrCreate()
    extract_archive(session, sys.argv[1]).write.mode("overwrite").json(sys.argv[2])
    session.stop()
