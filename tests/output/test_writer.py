"""DatasetWriter: atomic replacement, crash and kill -9 safety, recovery, carried-over files."""

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import duckdb
import pytest
from canonical import canonical_tables
from output_fixtures import two_countries, write_dataset

from conflict_events.output.load import load
from conflict_events.output.writer import DatasetWriter, recover

HERE = Path(__file__).parent


def assert_valid(out: Path, n_events: int) -> None:
    """The dataset at `out` is whole: Parquet and DuckDB both readable, with `n_events` events."""
    assert len(load(out)) == n_events
    with duckdb.connect(str(out / "events.duckdb"), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM events").fetchone() == (n_events,)


def dead_pid() -> int:
    """The id of a process that has exited."""
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def test_commit_replaces_the_dataset_and_leaves_no_temporary_folders(tmp_path):
    out = write_dataset(tmp_path / "ds")
    write_dataset(out, two_countries())
    assert_valid(out, 2)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ds"]


def test_an_exception_before_commit_leaves_the_previous_dataset_intact(tmp_path):
    out = write_dataset(tmp_path / "ds")
    with pytest.raises(RuntimeError), DatasetWriter(out, build_info={}) as w:
        w.write(*two_countries())
        raise RuntimeError("crash in the middle")
    assert_valid(out, 1)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ds"]


def test_a_failing_commit_leaves_the_previous_dataset_intact(tmp_path):
    out = write_dataset(tmp_path / "ds")
    events, mentions, articles, rejects = canonical_tables()
    w = DatasetWriter(out, build_info={})
    w.write(events, mentions, articles, rejects)
    w.write(events, mentions.iloc[:0], articles.iloc[:0], rejects.iloc[:0])  # a duplicate event id
    with pytest.raises(duckdb.ConstraintException):
        w.commit()
    assert_valid(out, 1)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ds"]
    with pytest.raises(RuntimeError):
        w.write(events, mentions, articles, rejects)


def test_a_failing_swap_puts_the_previous_dataset_back(tmp_path, monkeypatch):
    out = write_dataset(tmp_path / "ds")
    real = os.replace

    def failing(src, dst):
        if ".tmp-" in str(src):
            raise OSError(5, "Input/output error")
        real(src, dst)

    monkeypatch.setattr(os, "replace", failing)
    with pytest.raises(OSError):
        write_dataset(out, two_countries())
    monkeypatch.undo()
    assert_valid(out, 1)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ds"]


def test_files_the_build_does_not_write_are_carried_over(tmp_path):
    out = write_dataset(tmp_path / "ds")
    (out / "review.csv").write_text("kept")
    (out / "notes").mkdir()
    (out / "notes" / "a.txt").write_text("also kept")
    write_dataset(out, partition_by=("country",))
    write_dataset(out)  # a build without partitions drops the stale events/ folder
    assert (out / "review.csv").read_text() == "kept" and (out / "notes" / "a.txt").read_text() == "also kept"
    assert not (out / "events").exists()


def test_a_swap_cut_between_its_renames_is_recovered(tmp_path):
    out = write_dataset(tmp_path / "ds")
    os.replace(out, tmp_path / f".ds.old-{dead_pid()}")  # killed after the first rename
    (tmp_path / f".ds.tmp-{dead_pid()}-x").mkdir()  # and a temporary folder of another killed writer
    assert recover(out) == out
    assert_valid(out, 1)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ds"]


def test_a_running_writer_s_folders_are_left_alone(tmp_path):
    out = tmp_path / "ds"
    (tmp_path / f".ds.old-{os.getppid()}").mkdir()
    (tmp_path / f".ds.tmp-{os.getppid()}-x").mkdir()
    assert recover(out) is None
    assert len(list(tmp_path.iterdir())) == 2


SLOW_WRITER = """
    import sys
    from pathlib import Path
    sys.path.insert(0, {tests!r})
    import pandas as pd
    from canonical import canonical_tables
    from conflict_events.output.writer import DatasetWriter
    events, mentions, articles, rejects = canonical_tables()
    batch = events.loc[events.index.repeat(20_000)].reset_index(drop=True)
    w = DatasetWriter(Path({out!r}), build_info={{}})
    for i in range(10_000):  # far more than the test waits for
        batch["event_id_cnty"] = [f"GTM{{i}}-{{j}}" for j in range(len(batch))]
        w.write(batch, mentions.iloc[:0], articles.iloc[:0], rejects.iloc[:0])
        print(i, flush=True)
    w.commit()
"""


def test_kill_9_in_the_middle_of_a_large_write_leaves_the_previous_dataset_valid(tmp_path):
    out = write_dataset(tmp_path / "ds")
    script = textwrap.dedent(SLOW_WRITER.format(tests=str(HERE.parent), out=str(out)))
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE)
    assert proc.stdout is not None
    for _ in range(3):  # three batches written, more on the way
        assert proc.stdout.readline()
    tmp = next(tmp_path.glob(".ds.tmp-*"))
    assert (tmp / "events.parquet").stat().st_size > 0
    proc.send_signal(signal.SIGKILL)
    assert proc.wait() == -signal.SIGKILL
    assert_valid(out, 1)
    write_dataset(out, two_countries())  # the next build cleans up after the killed one
    assert_valid(out, 2)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ds"]


def test_commit_of_a_large_dataset_takes_seconds(tmp_path):
    events, mentions, articles, rejects = canonical_tables()
    big = events.loc[events.index.repeat(50_000)].reset_index(drop=True)
    big["event_id_cnty"] = [f"GTM{i}" for i in range(len(big))]
    write_dataset(tmp_path / "ds", (big, mentions.iloc[:0], articles.iloc[:0], rejects.iloc[:0]))
    assert_valid(tmp_path / "ds", 50_000)
