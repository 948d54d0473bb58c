"""Deduplication benchmark: incidents reported by 1-4 articles each, built end to end.

    python benchmarks/dedupe.py [--incidents 500]

Prints the duplicate rate (output events that repeat an incident another output event already
covers) and the wrong-merge rate (output events whose articles report different incidents), both
over the output events, and how many incidents were found at all. It also counts the pairs of distinct
incidents close in time and space (same town, at most 3 days apart), which must stay apart, and how many
of them were merged: the corpus draws towns and days at random, so such near-collisions occur by chance.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).parent))
from corpus import reports, write_jsonl  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--incidents", type=int, default=500)
    ap.add_argument("--cli", default="conflict-events")
    args = ap.parse_args()
    pairs = list(reports(args.incidents))
    truth = {row["id"]: inc.incident_id for inc, row in pairs}
    incs = sorted({inc.incident_id: inc for inc, _ in pairs}.values(), key=lambda x: x.incident_id)
    close = {
        (a.incident_id, b.incident_id)
        for n, a in enumerate(incs)
        for b in incs[n + 1 :]
        if a.town == b.town and abs((a.day - b.day).days) <= 3
    }
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "reports.jsonl"
        write_jsonl((row for _, row in pairs), src)
        subprocess.run([args.cli, "build", str(src), "--out", f"{tmp}/out"], check=True, capture_output=True)
        mentions = pd.read_parquet(f"{tmp}/out/mentions.parquet")
    incidents_of: dict[str, set[int]] = defaultdict(set)
    for eid, aid in zip(mentions["event_id_cnty"], mentions["article_id"], strict=True):
        incidents_of[eid].add(truth[aid])
    events = len(incidents_of)
    wrong = sum(len(s) > 1 for s in incidents_of.values())
    covered: dict[int, int] = defaultdict(int)
    for s in incidents_of.values():
        for inc in s:
            covered[inc] += 1
    duplicates = sum(n - 1 for n in covered.values())
    print(f"{len(pairs)} articles about {args.incidents} incidents -> {events} events")
    print(f"  incidents found:   {len(covered)}/{args.incidents} ({len(covered) / args.incidents:.1%})")
    print(f"  duplicate rate:    {duplicates / max(events, 1):.2%}  ({duplicates} events repeat an incident)")
    print(f"  wrong-merge rate:  {wrong / max(events, 1):.2%}  ({wrong} events mix incidents)")
    merged_close = sum(any({a, b} <= s for s in incidents_of.values()) for a, b in close)
    print(f"  close pairs:       {len(close)} distinct incidents in one town within 3 days, {merged_close} merged")
    return 0


if __name__ == "__main__":
    sys.exit(main())
