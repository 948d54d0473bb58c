"""Actor accuracy on human-coded events: `python benchmarks/actors_accuracy.py GOLD.csv [--misses N]`.

For each row of an ACLED-style csv (columns notes, country, event_date, sub_event_type, actor1, inter1,
inter2), runs `find_actors` on the notes with the row's country and date, then `assign_roles` with the
row's own sub-event type, and prints two figures, overall and by event type:
- inter_pair: the sorted pair of actor types equals the row's (0 for a missing actor2);
- actor1_named: the row's actor1 is our actor1 or actor2 (names compared lower-case, alphanumerics only).
The csv is read at run time; nothing from it is stored. `--misses N` prints N missed rows per figure
(row id, gold and predicted values), for study.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
import time
import unicodedata
from collections import defaultdict
from datetime import date
from pathlib import Path

from conflict_events.builders.actors import ActorDictionary, Roles, assign_roles, find_actors
from conflict_events.schema.taxonomy import SubEventType


def norm(s: str) -> str:
    """A name lower-cased, accents dropped, non-alphanumerics as single spaces."""
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", " ", s.lower()).strip()


def code(v: str) -> str:
    """An inter code as a string, 0 for none ("3.0" -> "3")."""
    v = (v or "").strip().removesuffix(".0")
    return v if v else "0"


def predict(row: dict[str, str], dictionary: ActorDictionary) -> Roles:
    """Our roles for one row, from its notes, country, date and sub-event type."""
    on = date.fromisoformat(row["event_date"][:10])
    notes = re.sub(r"\s*\[size=[^\]]*\]\s*$", "", row["notes"])  # the crowd-size remark is not article text
    mentions = find_actors(notes, country=row["country"], on=on, dictionary=dictionary)
    return assign_roles(notes, SubEventType(row["sub_event_type"]), mentions, country=row["country"], on=on)


def main(argv: list[str] | None = None) -> int:
    """Score the csv and print the figures."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", type=Path)
    ap.add_argument("--misses", type=int, default=0, help="print this many misses of each figure")
    ap.add_argument("--type", default="", help="only rows of this event type")
    args = ap.parse_args(argv)
    dictionary = ActorDictionary.load()
    hits: dict[str, dict[str, list[bool]]] = defaultdict(lambda: defaultdict(list))
    misses: dict[str, list[str]] = defaultdict(list)
    t0, n_chars = time.perf_counter(), 0
    with args.gold.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            if not row["notes"] or (args.type and row["event_type"] != args.type):
                continue
            n_chars += len(row["notes"])
            roles = predict(row, dictionary)
            ours = [roles.actor1, roles.actor2]
            p_pair = sorted(str(int(a.actor_type)) if a else "0" for a in ours)
            pair = sorted([code(row["inter1"]), code(row["inter2"])]) == p_pair
            named = norm(row["actor1"]) in {norm(a.name) for a in ours if a}
            for key, ok in (("inter_pair", pair), ("actor1_named", named)):
                hits[key]["all"].append(ok)
                hits[key][row["event_type"]].append(ok)
                if not ok and len(misses[key]) < args.misses:
                    gold = f"{row['actor1']} [{row['inter1']}] | {row['actor2']} [{row['inter2']}]"
                    mine = " | ".join(f"{a.name} [{int(a.actor_type)}]" if a else "-" for a in ours)
                    misses[key].append(
                        f"{row['event_id_cnty']} {row['sub_event_type']}\n  gold: {gold}\n  ours: {mine}"
                    )
    elapsed = time.perf_counter() - t0
    for key, groups in hits.items():
        for group, oks in sorted(groups.items(), key=lambda kv: (kv[0] != "all", kv[0])):
            print(f"{key:13s} {group:28s} {sum(oks) / len(oks):.3f}  (n={len(oks)})")
    print(f"{elapsed:.1f}s for {n_chars / 1e3:.0f} KB: {1e3 * elapsed / max(n_chars / 1e3, 1):.3f} ms/KB")
    for key, rows in misses.items():
        print(f"\n--- {key} misses ---")
        print("\n".join(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
