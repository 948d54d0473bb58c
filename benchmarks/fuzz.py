"""Fuzz run: N generated inputs of every format through the readers and the per-article extraction.

    python benchmarks/fuzz.py [--n 10000] [--seed 1]

Each input is written to a file of a random format: random bytes, random text, text with front matter,
JSON and JSON Lines with random fields and nesting, CSV with random columns, HTML with scripts. The
invariants checked: nothing raises; every file yields at least one record, each an Article or a
ReadFailure naming the file; every article's extraction gives events that validate, or none.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from conflict_events.builders.extract import extract
from conflict_events.builders.readers import read_file
from conflict_events.builders.records import Article, ReadFailure

WORDS = ("gunmen", "killed", "three", "soldiers", "protesters", "marched", "in", "Kabul", "on", "Monday", "police",
         "arrested", "dozens", "near", "Goma", "airstrike", "December", "8", "2025", "riot", "the", "Huehuetango",
         "Mexico", "\u00e9", "\u202e", "<script>", "---", "{", "]", "\x00", ",", "\"", "\n")  # fmt: skip


def _text(rng: random.Random) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(0, 60)))


def _content(rng: random.Random) -> tuple[str, bytes]:
    kind = rng.randrange(7)
    if kind == 0:
        return ".txt", rng.randbytes(rng.randint(0, 400))
    if kind == 1:
        return (
            ".md",
            f"---\ntitle: {_text(rng)[:20]}\npublished: {rng.choice(['2025-12-10', 'bad', ''])}\n---\n{_text(rng)}".encode(),
        )
    if kind == 2:
        obj: object = {"text": _text(rng), "published": rng.choice(["2025-01-02", "x", None, 3])}
        for _ in range(rng.randint(0, 80)):
            obj = [obj]
        return ".json", json.dumps(obj).encode()
    if kind == 3:
        lines = [json.dumps({"id": str(i), "text": _text(rng)}) if rng.random() < 0.8 else _text(rng) for i in range(5)]
        return ".jsonl", "\n".join(lines).encode("utf-8", "replace")
    if kind == 4:
        cols = rng.sample(["id", "title", "text", "published", "source", "x"], rng.randint(1, 6))
        rows = [",".join(_text(rng)[:30].replace(",", " ") for _ in cols) for _ in range(4)]
        return ".csv", "\n".join([",".join(cols), *rows]).encode("utf-8", "replace")
    if kind == 5:
        return ".html", f"<html><script>{_text(rng)}</script><p>{_text(rng)}</p></html>".encode("utf-8", "replace")
    return ".txt", _text(rng).encode("cp1252", "replace")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=10_000)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    counts = {"files": 0, "articles": 0, "failures": 0, "events": 0}
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(args.n):
            suffix, data = _content(rng)
            path = Path(tmp) / f"input-{i}{suffix}"
            path.write_bytes(data)
            records = list(read_file(path))
            assert records, f"{path}: no record"
            for rec in records:
                assert isinstance(rec, Article | ReadFailure)
                if isinstance(rec, ReadFailure):
                    assert str(path) in rec.message, rec.message
                    counts["failures"] += 1
                    continue
                counts["articles"] += 1
                counts["events"] += len(extract(rec, reference=date(2025, 12, 10)).events)
            counts["files"] += 1
            path.unlink()
    print(f"{counts['files']:,} inputs, {counts['articles']:,} articles, {counts['failures']:,} rejected, "
          f"{counts['events']:,} events, no crash, {time.perf_counter() - started:.1f}s")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
