"""`rawi spark`: the extractor over a news archive on Apache Spark, written as Parquet."""

from __future__ import annotations

import argparse

from rawi.errors import UsageError


def run_spark(args: argparse.Namespace) -> int:
    """Run the Spark job over the inputs and print its counts; pyspark is imported only here."""
    from rawi.spark import java_missing, load_job

    job = load_job()
    if java_missing():
        raise UsageError("E010", "Spark needs a Java 17+ runtime: apt-get install default-jre-headless")
    session = job.build_session(args.master)
    try:
        counts = job.run_job(session, args.inputs, args.out, records_per_task=args.records_per_task)
    finally:
        session.stop()
    print(f"rawi spark: {counts.summary()}; wrote {args.out}/{{articles,statements,rejections}}")
    return 0


def register(commands: argparse._SubParsersAction) -> None:
    """Add `spark` to the command line."""
    spark = commands.add_parser("spark", help="run rawi on Apache Spark and write Parquet")
    spark.add_argument("inputs", nargs="+", help="WARC, JSONL, feed, text or HTML files or directories")
    spark.add_argument("--out", required=True, help="output directory for the Parquet datasets")
    spark.add_argument("--master", default="local[2]", help="Spark master URL (default: local[2])")
    spark.add_argument(
        "--records-per-task", type=int, default=20_000, help="JSONL records per task (default: 20000)"
    )
    spark.set_defaults(handler=run_spark)
