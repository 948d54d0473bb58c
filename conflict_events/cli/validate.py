"""`conflict-events validate FILE`: check any events table (ours or an ACLED export) against the schema."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

#: Rows of the failure table printed before the summary by rule.
SHOWN = 50


def register(sub: argparse._SubParsersAction) -> None:
    """Add the `validate` command."""
    p = sub.add_parser("validate", help="check an events table (Parquet or CSV, ours or an ACLED export)")
    p.add_argument("file", type=Path, metavar="FILE", help="events.parquet, or an ACLED export as .csv")
    p.add_argument("--json", action="store_true", help="print every failure as JSON")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Exit 0 when valid, 1 when not, 2 when the file cannot be read."""
    from conflict_events.validation.exports import UnreadableTable, normalise_export, read_table
    from conflict_events.validation.validate import validate_events

    try:
        frame = normalise_export(read_table(args.file))
    except UnreadableTable as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    failures = validate_events(frame).failures
    if args.json:
        print(json.dumps({"file": str(args.file), "rows": len(frame), "valid": failures.empty,
                          "failures": failures.astype(object).where(failures.notna(), None).to_dict("records")},
                         default=str, indent=2))  # fmt: skip
        return 0 if failures.empty else 1
    if failures.empty:
        print(f"{args.file}: {len(frame):,} rows, all valid")
        return 0
    print(f"{'row':>6}  {'field':<20} {'rule':<18} message")
    for f in failures.head(SHOWN).itertuples(index=False):
        row = "-" if f.row is None else str(f.row)
        print(f"{row:>6}  {str(f.field or ''):<20} {f.rule:<18} {f.message}")
    if len(failures) > SHOWN:
        print(f"... and {len(failures) - SHOWN:,} more")
    bad_rows = failures["row"].nunique()
    print(f"\n{args.file}: {bad_rows:,} of {len(frame):,} rows invalid; failures by rule:")
    for rule, n in failures["rule"].value_counts().items():
        print(f"  {n:>7,}  {rule}")
    return 1
