"""Render a dataset's report in headless Chromium and save a screenshot (a documented visual check).

    python benchmarks/report_render.py DATASET [--screenshot docs/report.png] [--height 2600]

Writes the report (`conflict-events report DATASET`) and opens it with Debian's chromium
(`apt-get install chromium`) in headless mode, with no network, then saves a PNG of the page. To check
the report of the development set: build ../shared/eval/acled_dev.csv's notes as articles (see
benchmarks/accuracy.md), then run this script on the build and look at the screenshot: the map must show
the events on the right continents. Nothing here runs in CI.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from conflict_events.output.report import write_report

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--no-first-run", "--hide-scrollbars"]  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dataset", type=Path)
    ap.add_argument("--screenshot", type=Path, default=Path("report-screenshot.png"))
    ap.add_argument("--width", type=int, default=1100)
    ap.add_argument("--height", type=int, default=2600)
    args = ap.parse_args(argv)
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if browser is None:
        print("chromium not found: apt-get install chromium", file=sys.stderr)
        return 2
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
