"""The Spark job: tasks over executors -> process_document -> Parquet partitioned by month.

    plan_tasks (driver) -> parallelize, one partition per task -> run_task (executors)
      -> reduceByKey on (table, id), keeping the first read -> three Parquet datasets:
    OUT/articles/month=YYYY-MM/*.parquet, OUT/statements/..., OUT/rejections/month=unknown/...

Accumulators count documents processed, rejected and duplicates dropped. The deduplicated
results are persisted so each accumulator update happens once per record.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from pyspark import RDD, StorageLevel
from pyspark.accumulators import Accumulator
from pyspark.sql import SparkSession
from pyspark.sql.types import BooleanType, LongType, StringType, StructField, StructType

from rawi.sources import SourceOptions
from rawi.spark.plan import Task, files_per_task, plan_tasks
from rawi.spark.tasks import PARTITION_COLUMN, Output, as_tuple, earliest, run_task
from rawi.tables import COLUMNS, TABLES

LOG_CONFIG = Path(__file__).with_name("log4j2.properties")
_SPARK_TYPES = {"string": StringType(), "int": LongType(), "bool": BooleanType()}


@dataclass(frozen=True)
class JobCounts:
    """What a run did: documents processed, rejected, duplicates dropped, rows written."""

    tasks: int
    processed: int
    rejected: int
    duplicates: int
    articles: int
    statements: int

    def summary(self) -> str:
        """One line for the end of a run."""
        return (
            f"{self.processed} documents in {self.tasks} tasks: {self.articles} articles, "
            f"{self.statements} statements, {self.rejected} rejected, {self.duplicates} duplicates"
        )


def build_session(master: str, *, shuffle_partitions: int = 4) -> SparkSession:
    """A SparkSession for rawi: no web UI, Python workers on this interpreter for local masters."""
    builder = (
        SparkSession.builder.master(master)
        .appName("rawi")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.driver.extraJavaOptions", f"-Dlog4j2.configurationFile={LOG_CONFIG.as_uri()}")
        .config("spark.sql.shuffle.partitions", str(shuffle_partitions))
        .config("spark.sql.sources.partitionOverwriteMode", "static")
    )
    if master.startswith("local"):
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    session = builder.getOrCreate()
    session.sparkContext.setLogLevel("ERROR")
    return session


def spark_schema(table: str) -> StructType:
    """The Spark schema of a rawi.tables table, with the `month` partition column last."""
    fields = [StructField(name, _SPARK_TYPES[kind], True) for name, kind in COLUMNS[table]]
    return StructType([*fields, StructField(PARTITION_COLUMN, StringType(), False)])


def _counted(
    processed: Accumulator, rejected: Accumulator, options: SourceOptions | None, task: Task
) -> Iterator[Output]:
    """run_task, adding each document to the processed and rejected accumulators."""
    for output in run_task(task, options):
        processed.add(1)
        if output.table == "rejections":
            rejected.add(1)
        yield output


def _keep_first(duplicates: Accumulator, left: Output, right: Output) -> Output:
    """earliest(), counting the one dropped as a duplicate."""
    duplicates.add(1)
    return earliest(left, right)


def _table_rows(table: str, written: Accumulator, output: Output) -> list[tuple[Any, ...]]:
    """The rows `output` gives one table (statements come with their article), counted as written."""
    if table == "statements":
        rows = [as_tuple(table, s) for s in output.statements]
    else:
        rows = [as_tuple(table, output.row)] if output.table == table else []
    written.add(len(rows))
    return rows


def _write(spark: SparkSession, unique: RDD[Output], table: str, out: Path) -> int:
    """Write one dataset partitioned by month (replacing an older run's); return its row count."""
    written = spark.sparkContext.accumulator(0)
    rows = unique.flatMap(partial(_table_rows, table, written))
    frame = spark.createDataFrame(rows, schema=spark_schema(table))
    frame.write.mode("overwrite").partitionBy(PARTITION_COLUMN).parquet(str(out / table))
    return int(written.value)


def run_job(
    spark: SparkSession,
    inputs: list[str],
    out: str | Path,
    *,
    options: SourceOptions | None = None,
    records_per_task: int = 20_000,
) -> JobCounts:
    """Run rawi over the inputs on the session's cluster and write OUT/{articles,statements,rejections}."""
    sc = spark.sparkContext
    group = files_per_task(inputs, sc.defaultParallelism)
    tasks = plan_tasks(inputs, files_per_task=group, records_per_task=records_per_task)
    processed, rejected, duplicates = (sc.accumulator(0) for _ in range(3))
    partitions = max(1, min(len(tasks), 2 * sc.defaultParallelism))
    unique = (
        sc.parallelize(tasks, max(1, len(tasks)))
        .flatMap(partial(_counted, processed, rejected, options))
        .map(lambda output: ((output.table, output.id), output))
        .reduceByKey(partial(_keep_first, duplicates), numPartitions=partitions)
        .values()
        .persist(StorageLevel.MEMORY_AND_DISK)
    )
    try:
        written = {table: _write(spark, unique, table, Path(out)) for table in TABLES}
    finally:
        unique.unpersist()
    counts = (processed.value, rejected.value, duplicates.value)
    return JobCounts(len(tasks), *counts, written["articles"], written["statements"])
