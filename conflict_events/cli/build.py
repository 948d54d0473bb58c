"""`conflict-events build INPUT... [--out DIR]`: articles in, a validated dataset out."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from conflict_events.cli.progress import ProgressLine
from conflict_events.cli.summary import render_summary


def register(sub: argparse._SubParsersAction) -> None:
    """Add the `build` command."""
    p = sub.add_parser("build", help="build a dataset from article files or folders")
    p.add_argument("inputs", nargs="+", metavar="INPUT", help=".txt/.md/.json/.jsonl/.csv/.html files or folders")
    p.add_argument("--out", default="dataset", metavar="DIR", help="output folder (default: dataset/)")
    p.add_argument(
        "--reference-date",
        type=date.fromisoformat,
        metavar="YYYY-MM-DD",
        help="date that relative dates resolve against for articles without `published` (default: today)",
    )
    p.add_argument(
        "--min-confidence",
        type=float,
        default=None,
        metavar="X",
        help="drop events whose confidence is below X (default: 0.3)",
    )
    p.add_argument(
        "--actors",
        type=Path,
        default=None,
        metavar="FILE",
        help="your own actor dictionary (YAML) that adds to or overrides the built-in one",
    )
    p.add_argument(
        "--corrections",
        type=Path,
        default=None,
        metavar="FILE",
        help="an analyst's corrections CSV (see `conflict-events review`), applied by event id",
    )
    p.add_argument(
        "--full",
        action="store_true",
        help="rebuild from scratch: ignore the previous dataset in DIR (new ids, everything re-extracted)",
    )
    p.add_argument(
        "--partition-by",
        default="",
        metavar="COLUMNS",
        help="also write events/ as a hive-partitioned dataset by these columns, e.g. country,year",
    )
    p.add_argument(
        "--jobs",
        type=int,
        default=0,
        metavar="N",
        help="worker processes for extraction (default: all cores); output is the same for any N",
    )
    p.add_argument(
        "--engine",
        choices=("local", "dask"),
        default="local",
        help="run extraction on this machine (default) or on a Dask cluster (pip install 'conflict-events[dask]')",
    )
    p.add_argument(
        "--scheduler",
        default=None,
        metavar="ADDRESS",
        help="with --engine dask: the scheduler to connect to (default: a local cluster)",
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Build, print the summary, and return 0 unless nothing could be read."""
    from conflict_events.builders.extract import DEFAULT_MIN_CONFIDENCE
    from conflict_events.pipeline import BuildOptions, build

    options = BuildOptions(
        reference_date=args.reference_date,
        min_confidence=DEFAULT_MIN_CONFIDENCE if args.min_confidence is None else args.min_confidence,
        actors_file=args.actors,
        corrections=args.corrections,
        full=args.full,
        partition_by=tuple(c.strip() for c in args.partition_by.split(",") if c.strip()),
        jobs=args.jobs,
        engine=args.engine,
        scheduler=args.scheduler,
    )
    from conflict_events.builders.corrections import CorrectionsError

    try:
        with ProgressLine(sys.stderr, label="articles") as bar:
            summary = build(args.inputs, args.out, options=options, progress=bar.update)
    except CorrectionsError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if summary.dated_by_today:
        print(
            f"note: {summary.dated_by_today} article(s) had no publication date; their relative dates were "
            f"resolved against today ({date.today()}). Use --reference-date to choose another date.",
            file=sys.stderr,
        )
    for stale in summary.stale_corrections:
        print(f"warning: correction {stale}: no such event in this build; it no longer applies", file=sys.stderr)
    print(render_summary(summary))
    readable = sum(n for status, n in summary.articles.items() if status != "rejected")
    return 0 if readable or not sum(summary.articles.values()) else 1
