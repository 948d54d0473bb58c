"""partition_by: a hive-partitioned events/ folder that DuckDB and pandas read as one table."""

import duckdb
import pandas as pd
import pytest
from canonical import canonical_tables
from output_fixtures import two_countries, write_dataset

from conflict_events.output.load import load
from conflict_events.output.writer import DatasetWriter


@pytest.fixture(scope="module")
def partitioned(tmp_path_factory):
    return write_dataset(tmp_path_factory.mktemp("part") / "ds", two_countries(), partition_by=("country", "year"))


def test_folders_are_hive_partitions(partitioned):
    parts = sorted(str(p.relative_to(partitioned / "events")) for p in (partitioned / "events").rglob("*.parquet"))
    assert parts == [
        "country=C%C3%B4te%20d%27Ivoire/year=2024/part-0-0.parquet",
        "country=Guatemala/year=2025/part-0-0.parquet",
    ]


def test_partitioned_reads_back_equal_to_the_unpartitioned_file(partitioned):
    whole = load(partitioned).sort_values("event_id_cnty", ignore_index=True)
    parts = load(partitioned / "events").sort_values("event_id_cnty", ignore_index=True)
    pd.testing.assert_frame_equal(whole, parts, check_categorical=False)
    assert parts["country"].astype(str).tolist() == ["Côte d'Ivoire", "Guatemala"]


def test_duckdb_reads_the_folder_as_one_table(partitioned):
    glob = str(partitioned / "events" / "**" / "*.parquet")
    rows = duckdb.sql(
        f"SELECT event_id_cnty, country, year FROM read_parquet('{glob}', hive_partitioning=true) ORDER BY 1"
    ).fetchall()
    assert rows == [("CIV7", "Côte d'Ivoire", 2024), ("GTM1", "Guatemala", 2025)]


def test_batches_add_part_files(tmp_path):
    events, mentions, articles, rejects = canonical_tables()
    with DatasetWriter(tmp_path / "ds", build_info={}, partition_by=("year",)) as w:
        w.write(events, mentions, articles, rejects)
        w.write(events.assign(event_id_cnty="GTM2"), mentions.iloc[:0], articles.iloc[:0], rejects.iloc[:0])
    files = sorted(p.name for p in (tmp_path / "ds" / "events" / "year=2025").iterdir())
    assert files == ["part-0-0.parquet", "part-1-0.parquet"]
    assert sorted(load(tmp_path / "ds" / "events")["event_id_cnty"]) == ["GTM1", "GTM2"]


def test_an_unknown_partition_column_is_refused(tmp_path):
    with pytest.raises(ValueError, match="no such column"):
        DatasetWriter(tmp_path / "ds", build_info={}, partition_by=("continent",))
    assert list(tmp_path.iterdir()) == []


def test_build_partition_by_reads_back_equal_to_the_unpartitioned_file(tmp_path):
    from conflict_events.cli.main import main

    src = tmp_path / "a.jsonl"
    src.write_text(
        '{"text": "On Monday soldiers clashed with gunmen in Culiacan, Mexico.", "published": "2025-03-05"}\n'
        '{"text": "On Monday protesters marched in Lima, Peru.", "published": "2024-06-05"}\n'
    )
    out = tmp_path / "ds"
    assert main(["build", str(src), "--out", str(out), "--partition-by", "country,year", "--jobs", "1"]) == 0
    assert {p.name for p in (out / "events").iterdir()} == {"country=Mexico", "country=Peru"}
    whole = load(out).sort_values("event_id_cnty", ignore_index=True)
    parts = load(out / "events").sort_values("event_id_cnty", ignore_index=True)
    pd.testing.assert_frame_equal(whole, parts, check_categorical=False)
