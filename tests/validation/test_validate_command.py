"""`conflict-events validate FILE`: exit codes 0/1/2, the table, the summary by rule and --json."""

import json

import pandas as pd
from canonical import canonical_event_row

from conflict_events.cli.main import main


def events(**changes: object) -> pd.DataFrame:
    rows = [canonical_event_row(), {**canonical_event_row(), "event_id_cnty": "GTM2", **changes}]
    return pd.DataFrame(rows)


def export_csv(path, **changes: object):
    """The events as an ACLED export: numeric inter codes, long dates, text cells."""
    df = events(**changes)
    df["event_date"] = df["event_date"].dt.strftime("%d %B %Y")
    df[["inter1", "inter2", "interaction"]] = ["3", "7", "37"]
    df.to_csv(path, index=False)
    return path


def test_a_valid_parquet_file_exits_0(tmp_path, capsys):
    path = tmp_path / "events.parquet"
    events().to_parquet(path)
    assert main(["validate", str(path)]) == 0
    assert "2 rows, all valid" in capsys.readouterr().out


def test_a_valid_acled_export_exits_0(tmp_path):
    assert main(["validate", str(export_csv(tmp_path / "export.csv"))]) == 0


def test_an_invalid_file_exits_1_with_the_failures_and_a_count_by_rule(tmp_path, capsys):
    path = export_csv(tmp_path / "export.csv", year=2024, fatalities=-2)
    assert main(["validate", str(path)]) == 1
    table, _, summary = capsys.readouterr().out.partition("failures by rule:")
    rows = [line.split()[:3] for line in table.splitlines()[1:] if line.strip()][:-1]
    assert sorted(rows) == [["1", "fatalities", "fatalities"], ["1", "year", "year"]]
    assert "1 of 2 rows invalid" in table
    assert sorted(line.split() for line in summary.splitlines() if line.strip()) == [["1", "fatalities"], ["1", "year"]]


def test_json_lists_every_failure(tmp_path, capsys):
    path = tmp_path / "events.parquet"
    events(iso=999, source_scale="Blog").to_parquet(path)
    assert main(["validate", str(path), "--json"]) == 1
    doc = json.loads(capsys.readouterr().out)
    assert (doc["rows"], doc["valid"], doc["invalid_rows"]) == (2, False, 1)
    assert doc["by_rule"] == {"country_table": 1, "source_scale": 1}
    assert {(f["row"], f["field"], f["rule"]) for f in doc["failures"]} == {
        (1, "iso", "country_table"), (1, "source_scale", "source_scale")}  # fmt: skip


def test_json_of_a_valid_file(tmp_path, capsys):
    path = tmp_path / "events.parquet"
    events().to_parquet(path)
    assert main(["validate", str(path), "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert (doc["valid"], doc["failures"], doc["waived"]) == (True, [], [])


def test_a_table_without_a_column_exits_1_with_a_table_level_failure(tmp_path, capsys):
    path = tmp_path / "events.parquet"
    events().drop(columns=["notes"]).to_parquet(path)
    assert main(["validate", str(path), "--json"]) == 1
    doc = json.loads(capsys.readouterr().out)
    assert [(f["row"], f["field"], f["rule"]) for f in doc["failures"]] == [(None, "notes", "columns")]


def test_unreadable_files_exit_2_naming_the_file(tmp_path, capsys):
    garbage = tmp_path / "garbage.parquet"
    garbage.write_bytes(b"not parquet at all")
    text = tmp_path / "events.txt"
    text.write_text("hello", encoding="utf-8")
    for path in (tmp_path / "missing.csv", garbage, text):
        assert main(["validate", str(path)]) == 2
        assert str(path) in capsys.readouterr().err
