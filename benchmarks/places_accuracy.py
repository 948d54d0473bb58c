"""Place-resolution accuracy and speed on human-coded events: `find_places` + `primary_place` per row.

    python benchmarks/places_accuracy.py /work/shared/eval/acled_dev.csv [--sample N] [--misses FILE]

Each row's `notes` is read as one article; the primary place found is compared with the row's
country, admin1, admin2 (where the row has one), location and coordinates (within 25 km). Names are
compared as the evaluation does: lower case, without accents or punctuation. The CSV is read at run
time and nothing from it is kept; `--misses` writes the misses to a file of your choice (outside the
repository) for reading.
"""

from __future__ import annotations

import argparse
import csv
import math
import re
import sys
import time
import unicodedata
from pathlib import Path

from conflict_events.builders.gazetteer import Gazetteer
from conflict_events.builders.places import find_places, primary_place
from conflict_events.builders.records import Place

FIELDS = ("country", "admin1", "admin2", "location", "within_25km")


def norm(value: object) -> str:
    """The comparison key of a name: lower case, no accents, punctuation as spaces."""
    s = unicodedata.normalize("NFKD", str(value or "")).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", " ", s.lower()).strip()


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(h)))


def compare(row: dict[str, str], place: Place | None) -> dict[str, bool | None]:
    """Which fields the place gets right (None where the row has no value to compare)."""
    if place is None:
        return {f: (None if f == "admin2" and not row["admin2"] else False) for f in FIELDS}
    return {
        "country": norm(place.country) == norm(row["country"]),
        "admin1": norm(place.admin1) == norm(row["admin1"]),
        "admin2": norm(place.admin2) == norm(row["admin2"]) if row["admin2"] else None,
        "location": norm(place.location) == norm(row["location"]),
        "within_25km": km(place.latitude, place.longitude, float(row["latitude"]), float(row["longitude"])) <= 25,
    }


def main() -> int:
    """Run the benchmark; prints one line per field and the timing."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("csv", type=Path)
    ap.add_argument("--sample", type=int, default=0, help="every n-th row only (0: all)")
    ap.add_argument("--misses", type=Path, default=None, help="write misses here (tab-separated)")
    args = ap.parse_args()
    with args.csv.open(encoding="utf-8", newline="") as f:
        rows = [r for r in csv.DictReader(f) if r["notes"]]
    if args.sample:
        rows = rows[:: args.sample]
    t0 = time.perf_counter()
    Gazetteer.load()
    load_s = time.perf_counter() - t0
    find_places("Warm-up: protesters gathered in Paris, France.")  # per-process caches (cue patterns)
    hits: dict[str, list[bool]] = {f: [] for f in FIELDS}
    misses = []
    chars, t_resolve = 0, 0.0
    for row in rows:
        t1 = time.perf_counter()
        place = primary_place(find_places(row["notes"]))
        t_resolve += time.perf_counter() - t1
        chars += len(row["notes"].encode("utf-8"))
        result = compare(row, place)
        for f, ok in result.items():
            if ok is not None:
                hits[f].append(ok)
        if not all(v for v in result.values() if v is not None):
            misses.append((row, place, result))
    print(f"rows {len(rows)}  gazetteer load {load_s:.2f} s")
    for f in FIELDS:
        print(f"{f:<12} {sum(hits[f]) / max(1, len(hits[f])):.3f}  (n={len(hits[f])})")
    ms_per_kb = 1000 * t_resolve / max(1, chars) * 1024
    print(f"resolve {t_resolve:.2f} s for {chars / 1e6:.1f} MB: {ms_per_kb:.3f} ms/KB")
    if args.misses:
        _write_misses(args.misses, misses)
    return 0


def _write_misses(path: Path, misses: list[tuple[dict[str, str], Place | None, dict[str, bool | None]]]) -> None:
    with path.open("w", encoding="utf-8") as f:
        for row, place, result in misses:
            wrong = ",".join(k for k, v in result.items() if v is False)
            gold = f"{row['country']}|{row['admin1']}|{row['admin2']}|{row['location']}|{row['geo_precision']}"
            got = "-"
            if place:
                got = f"{place.country}|{place.admin1}|{place.admin2}|{place.location}|{int(place.geo_precision)}"
            f.write(f"{wrong}\t{gold}\t{got}\t{row['notes'][:300]}\n")


if __name__ == "__main__":
    sys.exit(main())
