"""`conflict-events query DIR "SQL"`: SQL over a built dataset's DuckDB file, read-only."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import duckdb
    import pandas as pd

FORMATS = ("table", "csv", "json", "parquet")


def register(sub: argparse._SubParsersAction) -> None:
    """Add the `query` command."""
    p = sub.add_parser(
        "query",
        help="run SQL against a built dataset (read-only) and print the result",
        description="Tables: events, mentions, articles, rejects, build_info; "
        "views: events_by_month, actor_activity, event_sources.",
    )
    p.add_argument("dataset", type=Path, metavar="DIR", help="a built dataset folder")
    p.add_argument("sql", metavar="SQL", help='e.g. "SELECT event_type, count(*) FROM events GROUP BY 1"')
    p.add_argument("--format", choices=FORMATS, default="table", help="output format (default: table)")
    p.add_argument("--output", type=Path, default=None, metavar="FILE", help="write to FILE (required for parquet)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Exit 0 on success, 1 on a bad query (DuckDB's message) or unwritable output, 2 when there is no dataset."""
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
        frame = result(con, args.sql)
    except (duckdb.Error, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    finally:
        con.close()
    try:
        emit(frame, args.format, args.output)
    except OSError as exc:
        print(f"error: cannot write {args.output}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    return 0


def result(con: duckdb.DuckDBPyConnection, sql: str) -> pd.DataFrame:
    """The query's result; DATE columns hold dates (not midnight timestamps); empty for statements without rows."""
    import pandas as pd

    if not sql.strip():
        raise ValueError("empty query")
    cursor = con.execute(sql)
    if cursor.description is None:
        return pd.DataFrame()
    frame = cursor.df()
    for i, (_, type_code, *_rest) in enumerate(cursor.description):
        if str(type_code) == "DATE":
            col = frame.iloc[:, i]
            frame.isetitem(i, col.dt.date.astype(object).where(col.notna(), None))
    return frame


def emit(frame: pd.DataFrame, fmt: str, output: Path | None) -> None:
    """Write `frame` in `fmt` to `output`, or print it."""
    if fmt == "parquet":
        assert output is not None
        frame.to_parquet(output, index=False)
        return
    if fmt == "table":
        text = frame.to_string(index=False, max_colwidth=60)
    elif fmt == "csv":
        text = frame.to_csv(index=False).rstrip("\n")
    else:
        text = _iso_dates(frame).to_json(orient="records", indent=2, force_ascii=False)
    if output is not None:
        output.write_text(text + "\n", encoding="utf-8")
    else:
        print(text)


def _iso_dates(frame: pd.DataFrame) -> pd.DataFrame:
    """Dates and timestamps as ISO text (JSON has no date type); other columns unchanged."""
    import pandas as pd

    out = frame.copy()
    for i in range(out.shape[1]):
        col = out.iloc[:, i]
        if col.dtype == object or pd.api.types.is_datetime64_any_dtype(col):
            out.isetitem(i, [v.isoformat() if hasattr(v, "isoformat") and pd.notna(v) else v for v in col])
    return out
