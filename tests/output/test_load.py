"""load() and connect(): dtypes, tables, errors."""

import pandas as pd
import pytest

from conflict_events.output.load import connect, load
from conflict_events.schema.columns import COLUMNS
from conflict_events.schema.tables import ARTICLE_COLUMNS


def test_events_dtypes(dataset):
    events = load(dataset)
    assert list(events.columns) == [c.name for c in COLUMNS]
    assert str(events["event_date"].dtype).startswith("datetime64")
    for name in ("year", "time_precision", "iso", "geo_precision", "fatalities", "timestamp"):
        assert str(events[name].dtype) == "Int64", name
    for name in ("disorder_type", "event_type", "sub_event_type", "inter1", "inter2", "interaction", "region"):
        assert isinstance(events[name].dtype, pd.CategoricalDtype), name
    assert isinstance(events["country"].dtype, pd.CategoricalDtype)
    assert str(events["latitude"].dtype) == "float64"
    assert events.loc[events["event_id_cnty"] == "CIV7", "inter2"].isna().all()


def test_articles_with_a_missing_date(dataset):
    articles = load(dataset, "articles").set_index("article_id")
    assert list(articles.columns) == [c.name for c in ARTICLE_COLUMNS][1:]
    assert str(articles["published"].dtype).startswith("datetime64")
    assert pd.isna(articles.loc["a2", "published"]) and articles.loc["a1", "published"] == pd.Timestamp("2025-12-10")
    assert isinstance(articles["status"].dtype, pd.CategoricalDtype)


def test_a_table_file_can_be_given_directly(dataset):
    assert load(dataset / "events.parquet")["event_id_cnty"].tolist() == load(dataset)["event_id_cnty"].tolist()


def test_unknown_table_and_missing_dataset(dataset, tmp_path):
    with pytest.raises(ValueError, match="unknown table"):
        load(dataset, "actors")
    with pytest.raises(FileNotFoundError):
        load(tmp_path / "nothing")
    with pytest.raises(FileNotFoundError):
        connect(tmp_path / "nothing")


def test_connect_is_read_only_and_sees_every_table(dataset):
    with connect(dataset) as con:
        tables = {r[0] for r in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()}
        assert tables == {"events", "mentions", "articles", "rejects", "build_info"}
        assert con.execute("SELECT count(*) FROM events").fetchone() == (2,)
