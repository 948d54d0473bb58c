"""validate, query, places and review commands: outputs and exit codes."""

import json
from pathlib import Path

import pandas as pd
import pytest
from canonical import canonical_event_row

from conflict_events.cli.main import main

SEEDS = Path(__file__).parent.parent / "seeds"


@pytest.fixture(scope="module")
def dataset(tmp_path_factory):
    out = tmp_path_factory.mktemp("cmd") / "ds"
    assert main(["build", str(SEEDS), "--out", str(out), "--jobs", "1"]) == 0
    return out


def test_validate_exit_codes_table_and_json(tmp_path, dataset, capsys):
    assert main(["validate", str(dataset / "events.parquet")]) == 0
    broken = tmp_path / "broken.csv"
    pd.DataFrame([{**canonical_event_row(), "year": 2024, "inter1": "3", "interaction": "37"}]).to_csv(
        broken, index=False
    )
    capsys.readouterr()
    assert main(["validate", str(broken)]) == 1
    assert "year" in capsys.readouterr().out
    assert main(["validate", str(broken), "--json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["valid"] is False and {f["rule"] for f in report["failures"]} == {"year"}
    assert main(["validate", str(tmp_path / "missing.parquet")]) == 2


@pytest.mark.parametrize("fmt", ["table", "csv", "json"])
def test_query_formats(dataset, capsys, fmt):
    assert (
        main(["query", str(dataset), "SELECT location, fatalities FROM events ORDER BY location", "--format", fmt]) == 0
    )
    assert "Huehuetenango" in capsys.readouterr().out


def test_query_parquet_output_and_bad_query(dataset, tmp_path, capsys):
    out = tmp_path / "q.parquet"
    assert (
        main(["query", str(dataset), "SELECT * FROM events_by_month", "--format", "parquet", "--output", str(out)]) == 0
    )
    assert len(pd.read_parquet(out)) == 3  # two departments' clashes and the next day's deployment
    assert main(["query", str(dataset), "SELEC nonsense"]) == 1
    assert "syntax error" in capsys.readouterr().err.lower()
    assert main(["query", str(tmp_path / "none"), "SELECT 1"]) == 2


def test_places_shows_candidates_with_scores(capsys):
    assert main(["places", "Huehuetango", "--country", "Guatemala"]) == 0
    assert "Huehuetenango" in capsys.readouterr().out
    assert main(["places", "Qwxzzy"]) == 1


def test_review_sheet_and_corrections_survive_a_rebuild(dataset, tmp_path, capsys):
    sheet = tmp_path / "review.csv"
    assert main(["review", str(dataset), "--out", str(sheet)]) == 0
    rows = pd.read_csv(sheet, dtype=str, keep_default_na=False)
    assert {"event_id_cnty", "action", "evidence"} <= set(rows.columns)
    first = rows.sort_values("event_id_cnty").iloc[0]["event_id_cnty"]
    (tmp_path / "fix.csv").write_text(f"event_id_cnty,action,fatalities\n{first},,7\nGTM999,,1\n")
    extra = tmp_path / "more"
    extra.mkdir()
    (extra / "a.txt").write_text("On Tuesday, police arrested five gang members in Escuintla, Guatemala.")
    capsys.readouterr()
    assert main(["build", str(SEEDS), str(extra), "--out", str(dataset), "--corrections", str(tmp_path / "fix.csv"),
                 "--reference-date", "2025-12-10", "--jobs", "1"]) == 0  # fmt: skip
    events = pd.read_parquet(dataset / "events.parquet").set_index("event_id_cnty")
    assert events.loc[first, "fatalities"] == 7 and len(events) == 4
    assert "GTM999" in capsys.readouterr().err
