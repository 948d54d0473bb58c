"""`conflict-events report DIR`: a self-contained HTML report with charts and a map, plus the charts as PNG."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def register(sub: argparse._SubParsersAction) -> None:
    """Add the `report` command."""
    p = sub.add_parser(
        "report",
        help="write an HTML report (summary, charts, map, rejects) of a built dataset",
        description="Writes DIR/report/report.html (self-contained: opens without a network) and the charts "
        "as PNG files beside it. Needs matplotlib: pip install 'conflict-events[report]'.",
    )
    p.add_argument("dataset", type=Path, metavar="DIR", help="a built dataset folder")
    p.add_argument(
        "--output",
        type=Path,
        default=None,
        metavar="FOLDER|FILE.html",
        help="a folder, or the page's path ending in .html; the PNG charts go beside it (default DIR/report)",
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Exit 0 when written, 1 when matplotlib is missing or the folder is unwritable, 2 when there is no dataset."""
    from conflict_events.output.report import write_report
    from conflict_events.output.report_charts import MissingPlotting

    try:
        report = write_report(args.dataset, args.output)
    except FileNotFoundError as exc:
        print(f"error: no built dataset in {args.dataset}: {exc}", file=sys.stderr)
        return 2
    except MissingPlotting as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"error: cannot write the report: {exc}", file=sys.stderr)
        return 1
    print(f"wrote {report.html}")
    for image in report.images:
        print(f"wrote {image}")
    return 0
