"""Parquet files: schema from schema/arrow.py, dictionaries, metadata, batches, determinism."""

import json
from datetime import date

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
from canonical import canonical_event_row, canonical_tables
from output_fixtures import two_countries, write_dataset

from conflict_events.output.parquet import ROW_GROUP, SCHEMA_VERSION, categorical, to_table
from conflict_events.output.writer import DatasetWriter
from conflict_events.schema.arrow import EVENTS
from conflict_events.schema.columns import COLUMNS

TABLES = ("events", "mentions", "articles", "rejects")


def test_schema_is_the_one_of_schema_arrow_with_dictionaries_for_closed_vocabularies(dataset):
    schema = pq.read_schema(dataset / "events.parquet")
    assert schema.names == EVENTS.names
    for col, field, base in zip(COLUMNS, schema, EVENTS, strict=True):
        if categorical(col):
            assert pa.types.is_dictionary(field.type), col.name
        else:
            assert field.type == base.type, col.name
        assert field.metadata[b"description"] == base.metadata[b"description"]
    for name in ("event_type", "sub_event_type", "disorder_type", "inter1", "inter2", "interaction", "region"):
        assert pa.types.is_dictionary(schema.field(name).type)
    assert pa.types.is_dictionary(schema.field("country").type)


def test_pandas_reads_categoricals_back(dataset):
    frame = pd.read_parquet(dataset / "events.parquet")
    for name in ("event_type", "sub_event_type", "country", "region", "interaction"):
        assert isinstance(frame[name].dtype, pd.CategoricalDtype), name
    assert isinstance(pd.read_parquet(dataset / "articles.parquet")["status"].dtype, pd.CategoricalDtype)


def test_metadata_has_schema_version_and_build_info_but_no_build_time(dataset):
    for table in TABLES:
        meta = pq.read_schema(dataset / f"{table}.parquet").metadata
        assert meta[b"conflict_events.schema_version"].decode() == SCHEMA_VERSION
        assert json.loads(meta[b"conflict_events.build"]) == {"inputs": ["x"]}


def test_zstd_compression(dataset):
    meta = pq.ParquetFile(dataset / "events.parquet").metadata
    assert {meta.row_group(0).column(i).compression for i in range(meta.num_columns)} == {"ZSTD"}


def test_identical_input_gives_byte_identical_files(tmp_path):
    a = write_dataset(tmp_path / "a", two_countries(), partition_by=("country", "year"))
    b = write_dataset(tmp_path / "b", two_countries(), partition_by=("country", "year"))
    files = sorted(p.relative_to(a) for p in a.rglob("*.parquet"))
    assert len(files) == 4 + 2 and files == sorted(p.relative_to(b) for p in b.rglob("*.parquet"))
    for rel in files:
        assert (a / rel).read_bytes() == (b / rel).read_bytes(), rel


def test_each_write_appends_row_groups(tmp_path):
    events, mentions, articles, rejects = canonical_tables()
    with DatasetWriter(tmp_path / "ds", build_info={}) as w:
        for i in range(3):
            w.write(events.assign(event_id_cnty=f"GTM{i}"), mentions.iloc[:0], articles.iloc[:0], rejects)
    meta = pq.ParquetFile(tmp_path / "ds" / "events.parquet").metadata
    assert meta.num_row_groups == 3 and meta.num_rows == 3
    assert pq.ParquetFile(tmp_path / "ds" / "mentions.parquet").metadata.num_rows == 0
    assert pd.read_parquet(tmp_path / "ds" / "events.parquet")["event_id_cnty"].tolist() == ["GTM0", "GTM1", "GTM2"]


def test_large_batches_are_split_into_row_groups(tmp_path):
    events, mentions, articles, rejects = canonical_tables()
    big = events.loc[events.index.repeat(ROW_GROUP + 5)].reset_index(drop=True)
    big["event_id_cnty"] = [f"GTM{i}" for i in range(len(big))]
    with DatasetWriter(tmp_path / "ds", build_info={}) as w:
        w.write(big, mentions, articles, rejects)
    meta = pq.ParquetFile(tmp_path / "ds" / "events.parquet").metadata
    assert [meta.row_group(i).num_rows for i in range(meta.num_row_groups)] == [ROW_GROUP, 5]


def test_dates_as_python_dates_or_datetimes_and_every_kind_of_null():
    row = canonical_event_row()
    as_ts = pd.DataFrame([row])
    as_date = pd.DataFrame([row | {"event_date": date(2025, 12, 8)}])
    assert to_table(as_ts, COLUMNS, {}).equals(to_table(as_date, COLUMNS, {}))
    nulls = pd.DataFrame([row | {"actor2": None}, row | {"actor2": float("nan")}, row | {"actor2": pd.NA}])
    assert to_table(nulls, COLUMNS, {}).column("actor2").null_count == 3
    missing = to_table(as_ts.drop(columns=["tags"]), COLUMNS, {})
    assert missing.column("tags").null_count == 1 and missing.schema.names == EVENTS.names
