import os
import signal
import subprocess
import sys
import textwrap

import duckdb
import pandas as pd
import pytest
from canonical import canonical_event_row, canonical_tables

from conflict_events.output.load import connect, load
from conflict_events.output.writer import DatasetWriter


def write(out, tables=None):
    with DatasetWriter(out, build_info={"inputs": ["x"], "build_time": 1}) as w:
        w.write(*(tables or canonical_tables()))
    return out


def test_parquet_duckdb_pandas_round_trip_of_the_canonical_row(tmp_path):
    out = write(tmp_path / "ds")
    row = canonical_event_row()
    back = load(out).iloc[0].to_dict()
    for k, v in row.items():
        assert (str(back[k]) if k != "event_date" else back[k]) == (str(v) if k != "event_date" else v), k
    con = connect(out)
    got = con.execute("SELECT * FROM events").df().iloc[0].to_dict()
    assert (
        str(got["event_date"])[:10] == "2025-12-08"
        and got["latitude"] == 14.9644
        and got["assoc_actor_2"] == row["assoc_actor_2"]
    )
    assert con.execute("SELECT count(*) FROM mentions JOIN events USING (event_id_cnty)").fetchone()[0] == 1


def test_duckdb_has_enums_comments_views_and_build_info(tmp_path):
    con = connect(write(tmp_path / "ds"))
    types = dict(
        con.execute(
            "SELECT column_name, data_type FROM information_schema.columns WHERE table_name='events'"
        ).fetchall()
    )
    assert types["event_date"] == "DATE" and types["sub_event_type"].startswith("ENUM")
    comments = con.execute(
        "SELECT count(*) FROM duckdb_columns() WHERE table_name='events' AND comment IS NOT NULL"
    ).fetchone()[0]
    assert comments == 31
    for view in ("events_by_month", "actor_activity", "event_sources"):
        assert con.execute(f"SELECT count(*) FROM {view}").fetchone()[0] >= 1
    assert dict(con.execute("SELECT key, value FROM build_info").fetchall())["inputs"] == '["x"]'


def test_load_gives_datetimes_and_categoricals(tmp_path):
    events = load(write(tmp_path / "ds"))
    assert str(events["event_date"].dtype).startswith("datetime64")
    assert isinstance(events["event_type"].dtype, pd.CategoricalDtype)
    assert str(events["fatalities"].dtype) == "Int64"


def test_identical_input_gives_byte_identical_parquet(tmp_path):
    a, b = write(tmp_path / "a"), write(tmp_path / "b")
    for name in ("events", "mentions", "articles", "rejects"):
        assert (a / f"{name}.parquet").read_bytes() == (b / f"{name}.parquet").read_bytes()


def test_a_failed_build_leaves_the_previous_dataset_intact(tmp_path):
    out = write(tmp_path / "ds")
    (out / "review.csv").write_text("kept")
    with pytest.raises(RuntimeError), DatasetWriter(out, build_info={}) as w:
        w.write(*canonical_tables())
        raise RuntimeError("crash in the middle")
    assert len(load(out)) == 1 and not any(p.name.startswith(".ds.tmp") for p in tmp_path.iterdir())
    write(out)
    assert (out / "review.csv").read_text() == "kept"


def test_kill_9_while_writing_leaves_the_previous_dataset_valid(tmp_path):
    out = write(tmp_path / "ds")
    script = textwrap.dedent(f"""
        import sys, time
        sys.path.insert(0, {str(tmp_path.parent)!r})
        import pandas as pd
        from conflict_events.output.writer import DatasetWriter
        sys.path.insert(0, {os.path.dirname(__file__) + "/.."!r})
        from canonical import canonical_tables
        events, mentions, articles, rejects = canonical_tables()
        big = pd.concat([events] * 200000, ignore_index=True)
        big["event_id_cnty"] = ["GTM" + str(i) for i in range(len(big))]
        print("writing", flush=True)
        w = DatasetWriter(__import__("pathlib").Path({str(out)!r}), build_info={{}})
        w.write(big, mentions, articles, rejects)
        w.commit()
    """)
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE)
    assert proc.stdout is not None and proc.stdout.readline().strip() == b"writing"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert len(load(out)) == 1
    assert (
        duckdb.connect(str(out / "events.duckdb"), read_only=True).execute("SELECT count(*) FROM events").fetchone()[0]
        == 1
    )
