"""Classification accuracy on human-coded events: `python benchmarks/classify_accuracy.py GOLD.csv`.

For each row of an ACLED-style csv (columns notes, event_type, sub_event_type, inter1, inter2), runs
`classify_text` on the notes twice: with the row's own actor types (inter1/inter2, an oracle standing in
for the actors module) and with none. Prints, for both runs, the share of rows with an event detected,
with the right event type and with the right sub-event type, overall and per gold sub-event type, then
the most frequent confusions (gold -> predicted) of the oracle run, and the time per row. `--misses N`
prints the ids of N missed rows per confusion, for study. The csv is read at run time; nothing from it is
stored.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from conflict_events.builders.classify import ARMED_TYPES, classify_text
from conflict_events.schema.taxonomy import ActorType, event_type_of

_SIZE = re.compile(r"\s*\[size=[^\]]*\]\s*$")  # the crowd-size remark of ACLED notes is not article text


@dataclass
class Score:
    """Counts of one run, overall and per gold sub-event type."""

    rows: int = 0
    detected: int = 0
    event_type: int = 0
    sub_event_type: int = 0
    per_type: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0, 0]))
    confusions: Counter[tuple[str, str]] = field(default_factory=Counter)
    examples: dict[tuple[str, str], list[str]] = field(default_factory=lambda: defaultdict(list))
    seconds: float = 0.0


def actors(row: dict[str, str]) -> list[ActorType]:
    """The row's inter1/inter2 as actor types (0 or empty for none)."""
    codes = ((row.get(k) or "").strip().removesuffix(".0") for k in ("inter1", "inter2"))
    return [ActorType(int(c)) for c in codes if c and c != "0"]


def score(rows: list[dict[str, str]], *, oracle: bool) -> Score:
    """Classify every row and count the hits."""
    s = Score()
    t0 = time.perf_counter()
    for row in rows:
        gold = row["sub_event_type"]
        types = actors(row) if oracle else []
        armed = sum(t in ARMED_TYPES for t in types)  # two gangs are two armed sides of one type
        found = classify_text(_SIZE.sub("", row["notes"]), actor_types=frozenset(types), armed_sides=armed)
        pred = found.sub_event_type.value if found else "(none)"
        same_type = found is not None and event_type_of(found.sub_event_type).value == row["event_type"]
        s.rows += 1
        s.detected += found is not None
        s.event_type += same_type
        s.sub_event_type += pred == gold
        counts = s.per_type[gold]
        counts[0] += 1
        counts[1] += same_type
        counts[2] += pred == gold
        if pred != gold:
            s.confusions[(gold, pred)] += 1
            s.examples[(gold, pred)].append(row.get("event_id_cnty", "?"))
    s.seconds = time.perf_counter() - t0
    return s


def report(name: str, s: Score) -> None:
    """Print the overall and per-type figures of one run."""
    n = max(s.rows, 1)
    print(f"{name}: detected {s.detected / n:.3f}  event_type {s.event_type / n:.3f}  "
          f"sub_event_type {s.sub_event_type / n:.3f}  ({s.rows} rows, {1000 * s.seconds / n:.2f} ms/row)")  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    """Score the csv and print the figures."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", type=Path)
    ap.add_argument("--confusions", type=int, default=30, help="how many confusions to list")
    ap.add_argument("--misses", type=int, default=0, help="row ids to list per confusion")
    args = ap.parse_args(argv)
    with args.gold.open(newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    oracle, blind = score(rows, oracle=True), score(rows, oracle=False)
    report("with gold actor types", oracle)
    report("without actor types  ", blind)
    print(f"\n{'gold sub-event type':42s} {'rows':>6s} {'type':>6s} {'sub':>6s} {'sub (no actors)':>16s}")
    for gold, (total, same_type, same_sub) in sorted(oracle.per_type.items(), key=lambda kv: -kv[1][0]):
        blind_sub = blind.per_type[gold][2]
        print(f"{gold:42s} {total:6d} {same_type / total:6.3f} {same_sub / total:6.3f} {blind_sub / total:16.3f}")
    print("\nconfusions with gold actor types (gold -> predicted):")
    for (gold, pred), count in oracle.confusions.most_common(args.confusions):
        ids = " ".join(oracle.examples[(gold, pred)][: args.misses])
        print(f"{count:6d}  {gold} -> {pred}  {ids}".rstrip())
    return 0


if __name__ == "__main__":
    sys.exit(main())
