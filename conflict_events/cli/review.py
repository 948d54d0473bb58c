"""`conflict-events review DIR`: write a review sheet (CSV) of a dataset's events for an analyst."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def register(sub: argparse._SubParsersAction) -> None:
    """Add the `review` command."""
    p = sub.add_parser(
        "review",
        help="write a CSV of the events with their evidence, to correct and pass back with build --corrections",
    )
    p.add_argument("dataset", type=Path, metavar="DIR", help="a built dataset folder")
    p.add_argument(
        "--out", type=Path, default=None, metavar="FILE", help="the sheet to write (default: DIR/review.csv)"
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Write the sheet; exit 2 when DIR holds no dataset."""
    from conflict_events.builders.corrections import EDITABLE
    from conflict_events.output.review import write_review_sheet

    if not (args.dataset / "events.parquet").is_file():
        print(f"error: {args.dataset} holds no dataset (no events.parquet); build one first", file=sys.stderr)
        return 2
    out = args.out or args.dataset / "review.csv"
    n = write_review_sheet(args.dataset, out, EDITABLE)
    print(f"wrote {out}: {n:,} events. Edit fields, or set action to reject or unmerge, then run")
    print(f"  conflict-events build ... --out {args.dataset} --corrections {out}")
    return 0
