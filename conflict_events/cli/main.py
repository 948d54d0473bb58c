"""Entry point of the `conflict-events` command: one module per command, imported lazily.

Each command module exposes `register(subparsers)` which adds its parser and sets `func`, a
function `(argparse.Namespace) -> int` returning the exit code.
"""

from __future__ import annotations

import argparse
import importlib
import sys

from conflict_events import __version__

#: Command modules under conflict_events.cli, in the order `--help` lists them.
COMMANDS: tuple[str, ...] = ("build", "validate", "query", "places", "review", "report")


def parser() -> argparse.ArgumentParser:
    """The full argument parser, with every command registered."""
    ap = argparse.ArgumentParser(
        prog="conflict-events",
        description="Turn news articles into an ACLED-style conflict-event dataset (Parquet + DuckDB).",
    )
    ap.add_argument("--version", action="version", version=f"conflict-events {__version__}")
    sub = ap.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name in COMMANDS:
        importlib.import_module(f"conflict_events.cli.{name}").register(sub)
    return ap


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    args = parser().parse_args(argv)
    try:
        return int(args.func(args))
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
