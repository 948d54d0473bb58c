"""The DuckDB file: typed tables, enums from the taxonomy, keys, comments, views, build_info."""

import json

import duckdb
import pandas as pd
import pytest
from canonical import canonical_event_row, canonical_tables
from output_fixtures import write_dataset

from conflict_events.output.load import connect
from conflict_events.schema.columns import COLUMNS
from conflict_events.schema.countries import REGIONS
from conflict_events.schema.tables import ARTICLE_COLUMNS, MENTION_COLUMNS, REJECT_COLUMNS
from conflict_events.schema.taxonomy import SubEventType

TABLES = {"events": COLUMNS, "mentions": MENTION_COLUMNS, "articles": ARTICLE_COLUMNS, "rejects": REJECT_COLUMNS}


@pytest.fixture(scope="module")
def con(dataset):
    con = connect(dataset)
    yield con
    con.close()


def test_canonical_row_round_trips_parquet_duckdb_pandas_unchanged(tmp_path):
    out = write_dataset(tmp_path / "ds")
    with connect(out) as con:
        got = con.execute("SELECT * FROM events").df()
    assert list(got.columns) == [c.name for c in COLUMNS] and len(got) == 1
    back = got.iloc[0].to_dict()
    for name, value in canonical_event_row().items():
        got_value = pd.Timestamp(back[name]) if name == "event_date" else back[name]
        got_value = str(got_value) if isinstance(value, str) else got_value  # enums come back as categoricals
        assert got_value == value, name


def test_column_types_dates_and_enums(con):
    types = dict(
        con.execute("SELECT column_name, data_type FROM duckdb_columns() WHERE table_name='events'").fetchall()
    )
    assert types["event_date"] == "DATE" and types["fatalities"] == "BIGINT" and types["latitude"] == "DOUBLE"
    for name in ("event_type", "sub_event_type", "disorder_type", "inter1", "inter2", "interaction", "region"):
        assert types[name].startswith("ENUM("), name
    assert types["actor1"] == "VARCHAR"
    status = con.execute(
        "SELECT data_type FROM duckdb_columns() WHERE table_name='articles' AND column_name='status'"
    ).fetchone()[0]
    assert status.startswith("ENUM(")


def test_enums_hold_the_whole_taxonomy(con):
    def labels(enum):
        return set(con.execute(f"SELECT unnest(enum_range(NULL::{enum}))").df().iloc[:, 0])

    assert labels("sub_event_type") == {s.value for s in SubEventType} and len(labels("sub_event_type")) == 25
    assert labels("region") == set(REGIONS)
    assert labels("article_status") == {"events", "no_event", "rejected"}
    assert len(labels("event_type")) == 6 and len(labels("inter")) == 8


def test_an_unknown_label_cannot_be_stored(con):
    with pytest.raises(duckdb.ConversionException):
        con.execute("SELECT 'Skirmish'::sub_event_type").fetchall()


def test_primary_and_foreign_keys(con):
    rows = con.execute(
        "SELECT table_name, constraint_type, constraint_column_names, referenced_table FROM duckdb_constraints()"
        " WHERE constraint_type IN ('PRIMARY KEY', 'FOREIGN KEY')"
    ).fetchall()
    keys = {(t, k, tuple(c), r) for t, k, c, r in rows}
    assert ("events", "PRIMARY KEY", ("event_id_cnty",), None) in keys
    assert ("articles", "PRIMARY KEY", ("article_id",), None) in keys
    assert ("mentions", "FOREIGN KEY", ("event_id_cnty",), "events") in keys
    assert ("mentions", "FOREIGN KEY", ("article_id",), "articles") in keys


def test_a_foreign_key_that_does_not_hold_is_left_out(tmp_path):
    events, mentions, articles, rejects = canonical_tables()
    out = write_dataset(tmp_path / "ds", (events, mentions.assign(article_id="gone"), articles, rejects))
    with connect(out) as con:
        fks = con.execute(
            "SELECT constraint_column_names FROM duckdb_constraints() WHERE constraint_type='FOREIGN KEY'"
        ).fetchall()
    assert fks == [(["event_id_cnty"],)]


def test_every_table_and_column_has_its_comment(con):
    for table, columns in TABLES.items():
        assert con.execute(f"SELECT comment FROM duckdb_tables() WHERE table_name='{table}'").fetchone()[0]
        comments = dict(
            con.execute(f"SELECT column_name, comment FROM duckdb_columns() WHERE table_name='{table}'").fetchall()
        )
        assert comments == {c.name: c.description for c in columns}, table


def test_views(con):
    by_month = con.execute("SELECT country, month, events, fatalities FROM events_by_month ORDER BY month").fetchall()
    assert [(c, str(m), e, f) for c, m, e, f in by_month] == [
        ("Côte d'Ivoire", "2024-02-01", 1, 0),
        ("Guatemala", "2025-12-01", 1, 2),
    ]
    actors = {r[0]: r[1:] for r in con.execute("SELECT * FROM actor_activity").fetchall()}
    civilians = actors["Civilians (Guatemala)"]  # actor2 of the first event, actor1 of the second
    assert civilians[0] == "Civilians" and civilians[1:3] == (2, 2)
    assert (str(civilians[3]), str(civilians[4])) == ("2024-02-29", "2025-12-08")
    sources = con.execute("SELECT event_id_cnty, article_id, url, sentence FROM event_sources").fetchall()
    assert [(e, a) for e, a, _, _ in sources] == [("CIV7", "a2"), ("GTM1", "a1")]
    assert all(u.startswith("https://") and s for _, _, u, s in sources)


def test_build_info(con):
    info = {k: json.loads(v) for k, v in con.execute("SELECT key, value FROM build_info").fetchall()}
    assert info["inputs"] == ["x"] and info["build_time"] == 1 and info["schema_version"] == "1"
    assert info["counts"] == {"events": 2, "mentions": 2, "articles": 2, "rejects": 1}
    assert isinstance(info["tool_version"], str)


def test_the_connection_is_read_only(con):
    with pytest.raises(duckdb.Error):
        con.execute("DELETE FROM events")
