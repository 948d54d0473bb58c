"""`conflict-events query`: every output format, bad queries, missing datasets, read-only."""

import json

import pandas as pd
import pytest

from conflict_events.cli.main import main

SQL = "SELECT event_id_cnty, event_date, country, fatalities FROM events ORDER BY event_id_cnty"


def test_table(dataset, capsys):
    assert main(["query", str(dataset), SQL]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["event_id_cnty", "event_date", "country", "fatalities"]
    assert lines[2].split() == ["GTM1", "2025-12-08", "Guatemala", "2"]


def test_csv(dataset, capsys):
    assert main(["query", str(dataset), SQL, "--format", "csv"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "event_id_cnty,event_date,country,fatalities",
        "CIV7,2024-02-29,Côte d'Ivoire,0",
        "GTM1,2025-12-08,Guatemala,2",
    ]


def test_json_to_a_file(dataset, tmp_path, capsys):
    out = tmp_path / "q.json"
    assert main(["query", str(dataset), SQL, "--format", "json", "--output", str(out)]) == 0
    assert capsys.readouterr().out == ""
    rows = json.loads(out.read_text(encoding="utf-8"))
    assert rows[1] == {"event_id_cnty": "GTM1", "event_date": "2025-12-08", "country": "Guatemala", "fatalities": 2}


def test_parquet_needs_an_output_file(dataset, tmp_path, capsys):
    assert main(["query", str(dataset), SQL, "--format", "parquet"]) == 2
    assert "--output" in capsys.readouterr().err
    out = tmp_path / "q.parquet"
    assert (
        main(["query", str(dataset), "SELECT * FROM actor_activity", "--format", "parquet", "--output", str(out)]) == 0
    )
    frame = pd.read_parquet(out)
    assert list(frame.columns) == ["actor", "inter", "events", "fatalities", "first_date", "last_date"]
    assert len(frame) == 2


@pytest.mark.parametrize(
    "sql, words",
    [
        ("SELEC * FROM events", "syntax error"),
        ("SELECT * FROM battles", "battles"),
        ("DELETE FROM events", "read-only"),
        ("   ", "empty query"),
    ],
)
def test_a_bad_query_prints_duckdb_s_message_and_exits_1(dataset, capsys, sql, words):
    assert main(["query", str(dataset), sql]) == 1
    captured = capsys.readouterr()
    assert captured.err.startswith("error: ") and words in captured.err.lower() and "Traceback" not in captured.err
    assert captured.out == ""


def test_a_missing_dataset_exits_2(tmp_path, capsys):
    assert main(["query", str(tmp_path / "none"), "SELECT 1"]) == 2
    assert "no DuckDB file" in capsys.readouterr().err


def test_an_unwritable_output_exits_1(dataset, tmp_path, capsys):
    assert main(["query", str(dataset), SQL, "--format", "csv", "--output", str(tmp_path / "no" / "q.csv")]) == 1
    assert "cannot write" in capsys.readouterr().err


def test_the_query_cannot_change_the_dataset(dataset, capsys):
    assert main(["query", str(dataset), "CREATE TABLE t AS SELECT 1"]) == 1
    assert main(["query", str(dataset), "SELECT count(*) AS n FROM events", "--format", "csv"]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "2"
