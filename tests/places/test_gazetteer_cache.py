"""The per-user gazetteer cache keeps only the most recently used files."""

import os
from pathlib import Path

from conflict_events.builders.gazetteer import prune_cache


def test_only_the_most_recently_used_caches_are_kept(tmp_path: Path) -> None:
    for i in range(5):
        f = tmp_path / f"gazetteer-29-1.0-{i}.pickle"
        f.write_bytes(b"x")
        os.utime(f, (1_000_000 + i, 1_000_000 + i))
    (tmp_path / "notes.txt").write_text("not a cache")
    removed = prune_cache(tmp_path, keep=3)
    assert sorted(p.name for p in removed) == ["gazetteer-29-1.0-0.pickle", "gazetteer-29-1.0-1.pickle"]
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "gazetteer-29-1.0-2.pickle",
        "gazetteer-29-1.0-3.pickle",
        "gazetteer-29-1.0-4.pickle",
        "notes.txt",
    ]
