"""Classification accuracy on human-coded events: `python benchmarks/classify_accuracy.py GOLD.csv`.

For each row of an ACLED-style csv (columns notes, event_type, sub_event_type, inter1, inter2), runs
the classifier on the notes three times: with the row's own actor types (inter1/inter2, an oracle), with
the actor types the actors module finds in each sentence (as the extractor does), and with none. Prints,
for each run, the share of rows with an event detected,
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
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from conflict_events.builders.actors import find_actors
from conflict_events.builders.classify import ARMED_TYPES, Trigger, classify_sentence, classify_text, context_type
from conflict_events.builders.segment import split_sentences
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


def with_gold_actors(row: dict[str, str], notes: str) -> Trigger | None:
    """The best trigger given the row's own actor types (two gangs are two armed sides of one type)."""
    types = actors(row)
    return classify_text(notes, actor_types=frozenset(types), armed_sides=sum(t in ARMED_TYPES for t in types))


def with_found_actors(row: dict[str, str], notes: str) -> Trigger | None:
    """The best trigger given the actors the actors module finds in each sentence."""
    mentions = find_actors(notes, country=row["country"], on=date.fromisoformat(row["event_date"][:10]))
    triggers = []
    for sentence in split_sentences(notes):
        inside = [m for m in mentions if sentence.start <= m.start < sentence.end]
        types = frozenset(m.actor.actor_type for m in inside)
        armed = {m.actor.name for m in inside if m.actor.actor_type in ARMED_TYPES and m.kind != "government"}
        triggers += classify_sentence(sentence, actor_types=types, armed_sides=len(armed))
    if not triggers:
        return None
    best = context_type(triggers)
    first = next((t for t in triggers if t.sub_event_type == best), triggers[0])
    return Trigger(first.start, first.end, first.text, best, first.confidence)


def without_actors(row: dict[str, str], notes: str) -> Trigger | None:
    """The best trigger with no actor types known."""
    return classify_text(notes)


def score(rows: list[dict[str, str]], classify: Callable[[dict[str, str], str], Trigger | None]) -> Score:
    """Classify every row and count the hits."""
    s = Score()
    t0 = time.perf_counter()
    for row in rows:
        gold = row["sub_event_type"]
        found = classify(row, _SIZE.sub("", row["notes"]))
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
    oracle, found, blind = (score(rows, f) for f in (with_gold_actors, with_found_actors, without_actors))
    report("with gold actor types ", oracle)
    report("with found actor types", found)
    report("without actor types   ", blind)
    print(
        f"\n{'gold sub-event type':42s} {'rows':>6s} {'type':>6s} {'sub':>6s} {'sub (found)':>12s} {'sub (none)':>11s}"
    )
    for gold, (total, same_type, same_sub) in sorted(oracle.per_type.items(), key=lambda kv: -kv[1][0]):
        found_sub, blind_sub = found.per_type[gold][2] / total, blind.per_type[gold][2] / total
        figures = f"{same_type / total:6.3f} {same_sub / total:6.3f} {found_sub:12.3f} {blind_sub:11.3f}"
        print(f"{gold:42s} {total:6d} {figures}")
    for name, run in (("gold", oracle), ("found", found)):
        print(f"\nconfusions with {name} actor types (gold -> predicted):")
        for (gold, pred), count in run.confusions.most_common(args.confusions):
            ids = " ".join(run.examples[(gold, pred)][: args.misses])
            print(f"{count:6d}  {gold} -> {pred}  {ids}".rstrip())
    return 0


if __name__ == "__main__":
    sys.exit(main())
