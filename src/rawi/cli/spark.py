"""`rawi spark`: the extractor over a news archive on Apache Spark, written as Parquet."""

from __future__ import annotations

import argparse

from rawi.cli.extract import add_input_arguments, source_options
from rawi.errors import UsageError
from rawi.spark.plan import RECORDS_PER_TASK, SPLIT_BYTES


def run_spark(args: argparse.Namespace) -> int:
    """Run the Spark job over the inputs and print its counts; pyspark is imported only here.

    An active SparkSession (a notebook's, or a test's) is used as it is and left running.
    """
    from rawi.spark import java_missing, load_job

    job = load_job()
    if java_missing():
        raise UsageError("E010", "Spark needs a Java 17+ runtime: apt-get install default-jre-headless")
    active = job.active_session()
    session = active or job.build_session(args.master)
    try:
        counts = job.run_job(
            session,
            args.inputs,
            args.out,
            options=source_options(args),
            records_per_task=args.records_per_task,
            split_bytes=args.split_bytes,
        )
    finally:
        if active is None:
            session.stop()
    print(f"rawi spark: {counts.summary()}; wrote {args.out}/{{articles,statements,rejections}}")
    return 0


def register(commands: argparse._SubParsersAction) -> None:
    """Add `spark` to the command line."""
    spark = commands.add_parser("spark", help="run rawi on Apache Spark and write Parquet by month")
    add_input_arguments(spark)
    spark.add_argument("--out", required=True, help="output directory for the Parquet datasets")
    spark.add_argument(
        "--master", help="Spark master URL (default: spark-submit's, else local[2]): local[N], spark://, yarn"
    )
    spark.add_argument(
        "--records-per-task",
        type=int,
        default=RECORDS_PER_TASK,
        help=f"JSONL records per task (default: {RECORDS_PER_TASK:,})",
    )
    spark.add_argument(
        "--split-bytes",
        type=int,
        default=SPLIT_BYTES,
        help=f"a WARC or gzipped JSONL file over this many bytes is shared by tasks ({SPLIT_BYTES:,})",
    )
    spark.set_defaults(handler=run_spark)
