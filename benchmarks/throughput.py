"""Throughput benchmark: `conflict-events build` end to end on a generated corpus of news-like articles.

    python benchmarks/throughput.py [--sizes 1000 10000 100000] [--jobs 0]

For each corpus size it prints articles/s and MB/s of the whole build (reading, extraction,
validation, Parquet and DuckDB writing), the peak memory of the build process and of its largest
worker, and, as the floor to compare with, the time of one pass of the project's place-name matcher
alone over the same text. The ratio build/floor says how much the whole build costs over the
cheapest pass any geocoding coder must make.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from corpus import articles, write_jsonl  # noqa: E402

_MEASURE = """
import json, resource, sys, time
from conflict_events.pipeline import build
from conflict_events.steps import BuildOptions
t0 = time.perf_counter()
s = build([sys.argv[1]], sys.argv[2], options=BuildOptions(jobs=int(sys.argv[3])))
dt = time.perf_counter() - t0
print(json.dumps({"seconds": dt, "events": s.events,
                  "self_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "worker_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}))
"""

_FLOOR = """
import json, sys, time
from conflict_events.builders.places import match_names
texts = [json.loads(line)["text"] for line in open(sys.argv[1], encoding="utf-8")]
match_names("warm up in Paris")
t0 = time.perf_counter()
n = sum(len(match_names(t)) for t in texts)
print(json.dumps({"seconds": time.perf_counter() - t0, "matches": n}))
"""


def run_json(code: str, *args: str) -> dict[str, float]:
    out = subprocess.run([sys.executable, "-c", code, *args], check=True, capture_output=True, text=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    ap.add_argument("--jobs", type=int, default=0, help="worker processes (default: all cores)")
    args = ap.parse_args()
    print(
        f"{'articles':>9} {'MB':>7} {'build s':>8} {'art/s':>7} {'MB/s':>6} {'events':>7} "
        f"{'peak MB':>8} {'worker MB':>9} {'floor s':>8} {'build/floor':>11}"
    )
    for n in args.sizes:
        with tempfile.TemporaryDirectory() as tmp:
            src = Path(tmp) / "corpus.jsonl"
            mb = write_jsonl(articles(n), src) / 1e6
            t0 = time.perf_counter()
            m = run_json(_MEASURE, str(src), f"{tmp}/out", str(args.jobs))
            wall = time.perf_counter() - t0
            floor = run_json(_FLOOR, str(src))
        print(
            f"{n:>9,} {mb:>7.1f} {m['seconds']:>8.2f} {n / m['seconds']:>7.0f} {mb / m['seconds']:>6.2f} "
            f"{int(m['events']):>7,} {m['self_mb']:>8.0f} {m['worker_mb']:>9.0f} {floor['seconds']:>8.2f} "
            f"{m['seconds'] / max(floor['seconds'], 1e-9):>11.1f}   (process wall {wall:.1f}s)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
