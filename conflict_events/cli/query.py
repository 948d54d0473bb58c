"""`conflict-events query DIR "SQL"`: SQL over a built dataset's DuckDB file, read-only."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

FORMATS = ("table", "csv", "json", "parquet")


def register(sub: argparse._SubParsersAction) -> None:
    """Add the `query` command."""
    p = sub.add_parser("query", help="run SQL against a built dataset (read-only) and print the result")
    p.add_argument("dataset", type=Path, metavar="DIR", help="a built dataset folder")
    p.add_argument("sql", metavar="SQL", help='e.g. "SELECT event_type, count(*) FROM events GROUP BY 1"')
    p.add_argument("--format", choices=FORMATS, default="table", help="output format (default: table)")
    p.add_argument("--output", type=Path, default=None, metavar="FILE", help="write to FILE (required for parquet)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Exit 0 on success, 1 on a bad query (DuckDB's message), 2 when there is no dataset."""
    import duckdb

    from conflict_events.output.load import connect

    if args.format == "parquet" and args.output is None:
        print("error: --format parquet needs --output FILE", file=sys.stderr)
        return 2
    try:
        con = connect(args.dataset)
    except FileNotFoundError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    try:
        frame = con.execute(args.sql).df()
    except duckdb.Error as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    finally:
        con.close()
    if args.format == "parquet":
        frame.to_parquet(args.output, index=False)
        return 0
    text = {
        "table": lambda: frame.to_string(index=False, max_colwidth=60),
        "csv": lambda: frame.to_csv(index=False),
        "json": lambda: frame.to_json(orient="records", date_format="iso", indent=2),
    }[args.format]()
    if args.output:
        args.output.write_text(text + "\n", encoding="utf-8")
    else:
        print(text)
    return 0
