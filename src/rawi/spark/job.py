"""The Spark job: tasks over executors -> process_document -> Parquet partitioned by month.

    plan_tasks (driver) -> parallelize, one partition per task -> run_task (executors)
      -> one combined frame (all results with their texts), cached in the JVM
      -> small Refs reduced by document id, then by (table, id): what `rawi ingest` keeps
      -> semi-join of the frame with the winners -> three Parquet datasets by month:
    OUT/articles/month=YYYY-MM/*.parquet, OUT/statements/..., OUT/rejections/month=unknown/...

Accumulators count documents processed, rejected and duplicates dropped; both frames are
persisted, so each accumulator update happens once per record (barring task retries).
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
from pyspark.sql import DataFrame, SparkSession
from pyspark.sql import functions as sql
from pyspark.sql.types import ArrayType, BooleanType, LongType, StringType, StructField, StructType

from rawi.sources import SourceOptions
from rawi.spark.dedupe import Ref, State, document_key, earliest, merge, results, size, state
from rawi.spark.plan import RECORDS_PER_TASK, SPLIT_BYTES, Task, files_per_task, plan_tasks
from rawi.spark.tasks import PARTITION_COLUMN, Output, combined, run_task
from rawi.tables import COLUMNS

LOG_CONFIG = Path(__file__).with_name("log4j2.properties")
DEFAULT_MASTER = "local[2]"
SUBMITTED = "PYSPARK_GATEWAY_PORT"  # set by spark-submit for the Python driver it starts
_SPARK_TYPES = {"string": StringType(), "int": LongType(), "bool": BooleanType()}


@dataclass(frozen=True)
class Counters:
    """The job's accumulators: documents read, rejections stored, duplicates dropped."""

    processed: Accumulator
    rejected: Accumulator
    duplicates: Accumulator


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


def build_session(master: str | None = None, *, shuffle_partitions: int = 4) -> SparkSession:
    """A SparkSession for rawi: no web UI, quiet logs, Python workers on this interpreter when local.

    With no `master`, spark-submit's is used (or local[2] when not under spark-submit).
    """
    if master is None and SUBMITTED not in os.environ:
        master = DEFAULT_MASTER
    builder = (
        SparkSession.builder.appName("rawi")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.driver.extraJavaOptions", f"-Dlog4j2.configurationFile={LOG_CONFIG.as_uri()}")
        .config("spark.sql.shuffle.partitions", str(shuffle_partitions))
        .config("spark.sql.sources.partitionOverwriteMode", "static")
    )
    if master is not None:
        builder = builder.master(master)
    if master is not None and master.startswith("local"):
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    session = builder.getOrCreate()
    session.sparkContext.setLogLevel("ERROR")
    return session


def active_session() -> SparkSession | None:
    """The SparkSession already running in this thread, if any."""
    return SparkSession.getActiveSession()


def spark_schema(table: str) -> StructType:
    """The Spark schema of a rawi.tables table, with the `month` partition column last."""
    return StructType([*_fields(table), StructField(PARTITION_COLUMN, StringType(), False)])


def _fields(table: str) -> list[StructField]:
    """The Spark fields of a rawi.tables table."""
    return [StructField(name, _SPARK_TYPES[kind], True) for name, kind in COLUMNS[table]]


ORDER = StructType([StructField("input", LongType(), False), StructField("number", LongType(), False)])
COMBINED = StructType(
    [
        *ORDER.fields,
        StructField("document_id", StringType(), True),
        StructField("table", StringType(), False),
        StructField("article", StructType(_fields("articles")), True),
        StructField("statements", ArrayType(StructType(_fields("statements")), False), False),
        StructField("rejection", StructType(_fields("rejections")), True),
        StructField(PARTITION_COLUMN, StringType(), False),
    ]
)


def _counted(processed: Accumulator, options: SourceOptions | None, task: Task) -> Iterator[Output]:
    """run_task, adding each document read to the processed accumulator."""
    for output in run_task(task, options):
        processed.add(1)
        yield output


def _merge_counted(duplicates: Accumulator, left: State, right: State) -> State:
    """dedupe.merge, counting the results it drops (documents an ingest skips) as duplicates."""
    merged = merge(left, right)
    duplicates.add(size(left) + size(right) - size(merged))
    return merged


def _count_rejected(rejected: Accumulator, ref: Ref) -> Ref:
    """Count a rejection that an ingest would store."""
    if ref.table == "rejections":
        rejected.add(1)
    return ref


def _keep_first(duplicates: Accumulator, left: Ref, right: Ref) -> Ref:
    """dedupe.earliest, counting a dropped article (one id from two documents) as a duplicate."""
    if left.table == "articles":
        duplicates.add(1)
    return earliest(left, right)


def _winners(refs: RDD, counters: Counters, partitions: int) -> RDD:
    """(input, number) of the results an ingest keeps: two keyed merges over small Refs."""
    return (
        refs.map(lambda ref: (document_key(ref), state(ref)))
        .reduceByKey(partial(_merge_counted, counters.duplicates), numPartitions=partitions)
        .flatMap(lambda keyed: results(keyed[1]))
        .map(partial(_count_rejected, counters.rejected))
        .map(lambda ref: ((ref.table, ref.id), ref))
        .reduceByKey(partial(_keep_first, counters.duplicates), numPartitions=partitions)
        .map(lambda keyed: keyed[1].order)
    )


def _ref(row: Any) -> Ref:
    """The Ref of a row of the job's frame."""
    return Ref(row["table"], row["id"], (row["input"], row["number"]), row["document_id"])


def _deduplicated(frame: DataFrame, counters: Counters, partitions: int) -> tuple[DataFrame, DataFrame]:
    """The rows of `frame` an ingest keeps, and the cached (input, number) frame that picks them.

    Only Refs cross the Python shuffles (from a few partitions: the frame is cached by now);
    the texts stay in the JVM's cache and are picked by a semi-join on (input, number).
    """
    ids = sql.coalesce(sql.col("article.id"), sql.col("rejection.id")).alias("id")
    refs = frame.select("input", "number", "table", ids, "document_id").rdd.coalesce(partitions).map(_ref)
    spark = frame.sparkSession
    winners = spark.createDataFrame(_winners(refs, counters, partitions), ORDER).persist(
        StorageLevel.MEMORY_AND_DISK
    )
    return frame.join(winners, ["input", "number"], "left_semi"), winners


def _tables(frame: DataFrame) -> dict[str, DataFrame]:
    """The three datasets, selected out of the job's combined frame."""
    month = sql.col(PARTITION_COLUMN)
    return {
        "articles": frame.where(sql.col("table") == "articles").select("article.*", month),
        "statements": frame.select(sql.explode("statements").alias("s"), month).select("s.*", month),
        "rejections": frame.where(sql.col("table") == "rejections").select("rejection.*", month),
    }


def _write(frame: DataFrame, out: str) -> dict[str, int]:
    """Write each dataset partitioned by month, replacing an older run's; return the row counts.

    The rebalance hint lets adaptive execution gather each month's rows into few files,
    splitting a big month over several tasks, instead of one file per month per partition.
    """
    for table, rows in _tables(frame).items():
        balanced = rows.hint("rebalance", PARTITION_COLUMN)
        balanced.write.mode("overwrite").partitionBy(PARTITION_COLUMN).parquet(f"{out.rstrip('/')}/{table}")
    articles = sql.sum(sql.when(sql.col("table") == "articles", 1).otherwise(0))
    statements = sql.sum(sql.size("statements"))
    counts = frame.agg(articles.alias("articles"), statements.alias("statements")).first()
    if counts is None:  # an aggregate always has its one row; an empty frame still counts zeros
        return {"articles": 0, "statements": 0}
    return {"articles": int(counts["articles"] or 0), "statements": int(counts["statements"] or 0)}


def run_job(
    spark: SparkSession,
    inputs: list[str],
    out: str | Path,
    *,
    options: SourceOptions | None = None,
    records_per_task: int = RECORDS_PER_TASK,
    split_bytes: int = SPLIT_BYTES,
) -> JobCounts:
    """Run rawi over the inputs on the session's cluster and write OUT/{articles,statements,rejections}.

    `out` is a local path or any URI Spark writes to (hdfs://, s3a://, ...).
    """
    sc = spark.sparkContext
    group = files_per_task(inputs, sc.defaultParallelism)
    tasks = plan_tasks(
        inputs, files_per_task=group, records_per_task=records_per_task, split_bytes=split_bytes
    )
    counters = Counters(sc.accumulator(0), sc.accumulator(0), sc.accumulator(0))
    outputs = sc.parallelize(tasks, max(1, len(tasks))).flatMap(
        partial(_counted, counters.processed, options)
    )
    frame = spark.createDataFrame(outputs.map(combined), COMBINED, verifySchema=False)
    frame = frame.persist(StorageLevel.MEMORY_AND_DISK)
    frame.count()  # process every task, at full parallelism, into the cache
    kept, winners = _deduplicated(frame, counters, max(1, min(len(tasks), 2 * sc.defaultParallelism)))
    try:
        written = _write(kept, str(out))
    finally:
        winners.unpersist()
        frame.unpersist()
    counts = (counters.processed.value, counters.rejected.value, counters.duplicates.value)
    return JobCounts(len(tasks), *counts, written["articles"], written["statements"])
