import json
import subprocess
import sys
from pathlib import Path

import pandas as pd

from conflict_events.cli.main import main

SEEDS = Path(__file__).parent.parent / "seeds"


def test_build_command_writes_the_five_files_and_a_summary(tmp_path, capsys):
    out = tmp_path / "ds"
    assert main(["build", str(SEEDS), "--out", str(out), "--jobs", "1"]) == 0
    assert {p.name for p in out.iterdir()} >= {
        "events.parquet",
        "mentions.parquet",
        "articles.parquet",
        "rejects.parquet",
        "events.duckdb",
    }
    printed = capsys.readouterr().out
    assert "events: 3" in printed and "Battles" in printed


def test_bad_inputs_are_rejected_articles_and_the_build_goes_on(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "good.jsonl").write_text(
        json.dumps(
            {"text": "On Monday, soldiers clashed with gunmen in Maiduguri, Nigeria.", "published": "2025-06-04"}
        )
        + "\n{bad\n"
    )
    (src / "empty.txt").write_text("")
    (src / "nothing.txt").write_text("The central bank kept rates unchanged.")
    out = tmp_path / "ds"
    assert main(["build", str(src), "--out", str(out), "--jobs", "1"]) == 0
    articles = pd.read_parquet(out / "articles.parquet")
    assert sorted(articles["status"]) == ["events", "no_event", "rejected", "rejected"]
    assert all(str(src) in m for m in articles.loc[articles.status == "rejected", "message"])


def test_exit_code_is_non_zero_only_when_nothing_could_be_read(tmp_path):
    (tmp_path / "empty.txt").write_text("")
    assert main(["build", str(tmp_path / "empty.txt"), "--out", str(tmp_path / "ds"), "--jobs", "1"]) == 1


def test_relative_dates_without_publication_date_say_so(tmp_path):
    (tmp_path / "a.txt").write_text("Yesterday soldiers clashed with rebels in Goma, DR Congo.")
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "conflict_events.cli.main",
            "build",
            str(tmp_path / "a.txt"),
            "--out",
            str(tmp_path / "ds"),
            "--reference-date",
            "2025-03-02",
            "--jobs",
            "1",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    events = pd.read_parquet(tmp_path / "ds" / "events.parquet")
    assert str(events["event_date"].iloc[0])[:10] == "2025-03-01" and "no publication date" not in proc.stderr
