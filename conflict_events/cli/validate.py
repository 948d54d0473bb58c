"""`conflict-events validate FILE`: check any events table (ours or an ACLED export) against the schema."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import pandas as pd

#: Rows of the failure table printed before the summary by rule.
SHOWN = 50


def register(sub: argparse._SubParsersAction) -> None:
    """Add the `validate` command."""
    p = sub.add_parser(
        "validate",
        help="check an events table (Parquet or CSV, ours or an ACLED export)",
        description="Check an events table against every rule; exit 0 when valid, 1 when not, 2 when unreadable. "
        "Rows are numbered from 0 in file order (a CSV's header line not counted).",
    )
    p.add_argument("file", type=Path, metavar="FILE", help="events.parquet, or an ACLED export as .csv")
    p.add_argument("--json", action="store_true", help="print the result and every failure as JSON")
    p.set_defaults(func=run)


def _print_table(file: Path, rows: int, failures: pd.DataFrame) -> None:
    print(f"{'row':>6}  {'field':<20} {'rule':<18} message")
    for rec in failures.head(SHOWN).astype(object).where(failures.notna(), None).to_dict("records"):
        row = "-" if rec["row"] is None else str(rec["row"])
        print(f"{row:>6}  {str(rec['field'] or ''):<20} {rec['rule']:<18} {rec['message']}")
    if len(failures) > SHOWN:
        print(f"... and {len(failures) - SHOWN:,} more")
    print(f"\n{file}: {failures['row'].nunique():,} of {rows:,} rows invalid; failures by rule:")
    for rule, n in failures["rule"].value_counts().items():
        print(f"  {n:>7,}  {rule}")


def run(args: argparse.Namespace) -> int:
    """Exit 0 when valid, 1 when not, 2 when the file cannot be read."""
    from conflict_events.validation.exports import UnreadableTable, normalise_export, read_table, waived_rules
    from conflict_events.validation.validate import validate_events

    try:
        frame = normalise_export(read_table(args.file))
    except UnreadableTable as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    waived = sorted(waived_rules(frame))
    failures = validate_events(frame, waive=waived).failures
    if args.json:
        records = failures.astype(object).where(failures.notna(), None).to_dict("records")
        doc = {"file": str(args.file), "rows": len(frame), "valid": failures.empty,
               "invalid_rows": int(failures["row"].nunique()), "waived": [str(r) for r in waived],
               "by_rule": {str(k): int(v) for k, v in failures["rule"].value_counts().items()},
               "failures": records}  # fmt: skip
        print(json.dumps(doc, default=str, indent=2))
        return 0 if failures.empty else 1
    for rule in waived:
        print(f"note: rule {rule} waived: the table predates the column it checks", file=sys.stderr)
    if failures.empty:
        print(f"{args.file}: {len(frame):,} rows, all valid")
        return 0
    _print_table(args.file, len(frame), failures)
    return 1
