"""The same files whatever runs the extraction, and incremental builds that keep ids."""

import json
from datetime import date, timedelta
from pathlib import Path

import pandas as pd
import pytest

from conflict_events.pipeline import build
from conflict_events.steps import BuildOptions

NOW = 1_765_000_000
PARQUETS = ("events", "mentions", "articles", "rejects")
TEMPLATES = [
    "On {day}, soldiers clashed with gunmen near {town}, killing {n} people.",
    "Hundreds of teachers marched through {town} on {day} to demand unpaid salaries.",
    "Gunmen shot dead {n} farmers in {town} on {day}, residents said.",
    "The central bank kept interest rates unchanged on {day}.",
]
TOWNS = ["Maiduguri, Nigeria", "Goma, DR Congo", "Culiacan, Mexico", "Kharkiv, Ukraine", "Mosul, Iraq", "Lima, Peru"]


def corpus(folder: Path, n: int, start: int = 0) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    with (folder / f"batch-{start}.jsonl").open("w") as f:
        for i in range(start, start + n):
            text = TEMPLATES[i % 4].format(day="Monday", town=TOWNS[i % 6], n=i % 5 + 1)
            published = (date(2024, 1, 1) + timedelta(days=20 * i)).isoformat()  # far apart: no two reports merge
            f.write(json.dumps({"id": f"art-{i}", "text": text, "published": published}) + "\n")
    return folder


def same_files(a: Path, b: Path) -> bool:
    return all((a / f"{t}.parquet").read_bytes() == (b / f"{t}.parquet").read_bytes() for t in PARQUETS)


@pytest.fixture(scope="module")
def articles(tmp_path_factory):
    return corpus(tmp_path_factory.mktemp("corpus"), 300)


def test_jobs_1_and_2_give_identical_files(articles, tmp_path):
    one = tmp_path / "one"
    build([articles], one, options=BuildOptions(jobs=1, now=NOW))
    two = tmp_path / "two"
    build([articles], two, options=BuildOptions(jobs=2, now=NOW))
    assert same_files(one, two) and len(pd.read_parquet(one / "events.parquet")) > 150


def test_dask_engine_gives_identical_files(articles, tmp_path):
    pytest.importorskip("distributed")
    one = tmp_path / "one"
    build([articles], one, options=BuildOptions(jobs=1, now=NOW))
    dask = tmp_path / "dask"
    build([articles], dask, options=BuildOptions(engine="dask", now=NOW))
    assert same_files(one, dask)


def test_incremental_build_processes_only_new_articles_and_keeps_ids(tmp_path):
    src = corpus(tmp_path / "in", 40)
    out = tmp_path / "ds"
    build([src], out, options=BuildOptions(jobs=1, now=NOW))
    before = pd.read_parquet(out / "events.parquet")[["event_id_cnty", "notes", "timestamp"]]
    corpus(src, 10, start=40)
    summary = build([src], out, options=BuildOptions(jobs=1, now=NOW))
    assert summary.reused == 40
    after = pd.read_parquet(out / "events.parquet")
    kept = before.merge(after, on="event_id_cnty", suffixes=("", "_new"))
    assert len(kept) == len(before) and (kept["notes"] == kept["notes_new"]).all()
    assert (kept["timestamp"] == kept["timestamp_new"]).all()
    full = tmp_path / "full"
    build([src], full, options=BuildOptions(jobs=1, full=True, now=NOW))
    a, b = pd.read_parquet(out / "events.parquet"), pd.read_parquet(full / "events.parquet")
    cols = [c for c in a.columns if c not in ("event_id_cnty", "timestamp")]
    pd.testing.assert_frame_equal(
        a.sort_values("notes")[cols].reset_index(drop=True), b.sort_values("notes")[cols].reset_index(drop=True)
    )


def test_removed_and_changed_articles(tmp_path):
    src = corpus(tmp_path / "in", 12)
    out = tmp_path / "ds"
    build([src], out, options=BuildOptions(jobs=1, now=NOW))
    n_before = len(pd.read_parquet(out / "articles.parquet"))
    lines = (src / "batch-0.jsonl").read_text().splitlines()[:6]
    (src / "batch-0.jsonl").write_text("\n".join(lines) + "\n")
    summary = build([src], out, options=BuildOptions(jobs=1, now=NOW))
    assert summary.reused == 6 and len(pd.read_parquet(out / "articles.parquet")) == n_before - 6


class _Done:
    def __init__(self, value):
        self.value = value

    def get(self):
        return self.value


class _InlinePool:
    """A pool that runs each chunk at once, to watch how far ahead of the results the input is read."""

    def apply_async(self, fn, args):
        return _Done(fn(*args))


def test_the_pool_reads_the_input_only_a_few_chunks_ahead():
    from conflict_events.engines import CHUNK, bounded_imap

    read = []

    def records():
        for i in range(50 * CHUNK):
            read.append(i)
            yield i

    out = bounded_imap(_InlinePool(), lambda r: r * 2, records(), ahead=3)
    first = [next(out) for _ in range(CHUNK)]
    assert first == [2 * i for i in range(CHUNK)] and len(read) == 3 * CHUNK  # not 50 chunks
    assert first + list(out) == [2 * i for i in range(50 * CHUNK)]
