"""Render a dataset's report in headless Chromium and save a screenshot (a documented visual check).

    python benchmarks/report_render.py DATASET [--screenshot docs/report.png] [--height 2600]
    python benchmarks/report_render.py DATASET --export ../shared/eval/acled_dev.csv --screenshot shot.png

Writes the report (`conflict-events report DATASET`) and opens it with Debian's chromium
(`apt-get install chromium`) in headless mode, with no network, then saves a PNG of the page. With
`--export CSV` (an ACLED-style export: event_id_cnty, event_date, notes, source), each row's notes are
first built into DATASET as one article, published one to three days after the event as the scorer does
(../shared/eval/score.py). Look at the screenshot and at DATASET/report/map.png: the map must show the
events on the right continents. Nothing here runs in CI.
"""

from __future__ import annotations

import argparse
import csv
import json
import shutil
import subprocess
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

from conflict_events.output.report import write_report
from conflict_events.pipeline import build

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--no-first-run", "--hide-scrollbars"]  # fmt: skip


def export_articles(export: Path, target: Path) -> int:
    """Write an ACLED-style export's notes as a JSON Lines file of articles; return how many."""
    n = 0
    with export.open(encoding="utf-8", newline="") as f, target.open("w", encoding="utf-8") as out:
        for row in csv.DictReader(f):
            if not row.get("notes"):
                continue
            lag = 1 + sum(map(ord, row["event_id_cnty"])) % 3
            published = date.fromisoformat(row["event_date"][:10]) + timedelta(days=lag)
            article = {"id": row["event_id_cnty"], "text": row["notes"], "published": published.isoformat()}
            out.write(json.dumps(article | {"source": row.get("source", "")}, ensure_ascii=False) + "\n")
            n += 1
    return n


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dataset", type=Path)
    ap.add_argument("--screenshot", type=Path, default=Path("report-screenshot.png"))
    ap.add_argument("--width", type=int, default=1100)
    ap.add_argument("--height", type=int, default=2600)
    ap.add_argument("--export", type=Path, default=None, help="first build this ACLED-style CSV into DATASET")
    args = ap.parse_args(argv)
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if browser is None:
        print("chromium not found: apt-get install chromium", file=sys.stderr)
        return 2
    if args.export is not None:
        with tempfile.TemporaryDirectory() as tmp:
            articles = Path(tmp) / "articles.jsonl"
            n = export_articles(args.export, articles)
            summary = build([articles], args.dataset)
        print(f"built {n:,} articles from {args.export} into {args.dataset}: {summary.events:,} events")
    report = write_report(args.dataset)
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [browser, *FLAGS, f"--user-data-dir={profile}", f"--screenshot={args.screenshot.resolve()}",
             f"--window-size={args.width},{args.height}", report.html.resolve().as_uri()],
            check=True, capture_output=True, timeout=180,
        )  # fmt: skip
    print(f"report {report.html}, screenshot {args.screenshot} ({args.screenshot.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
