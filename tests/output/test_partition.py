import pandas as pd

from conflict_events.cli.main import main


def test_a_partitioned_build_reads_back_equal_to_the_unpartitioned_one(tmp_path):
    src = tmp_path / "a.jsonl"
    src.write_text(
        '{"text": "On Monday soldiers clashed with gunmen in Culiacan, Mexico.", "published": "2025-03-05"}\n'
        '{"text": "On Monday protesters marched in Lima, Peru.", "published": "2024-06-05"}\n'
    )
    out = tmp_path / "ds"
    assert main(["build", str(src), "--out", str(out), "--partition-by", "country,year", "--jobs", "1"]) == 0
    whole = pd.read_parquet(out / "events.parquet")
    parts = pd.read_parquet(out / "events")
    assert {p.name for p in (out / "events").iterdir()} == {"country=Mexico", "country=Peru"}
    cols = [c for c in whole.columns if c not in ("country", "year")]
    a = whole.sort_values("event_id_cnty")[cols].reset_index(drop=True).astype(str)
    b = parts.sort_values("event_id_cnty")[cols].reset_index(drop=True).astype(str)
    pd.testing.assert_frame_equal(a, b)
    assert sorted(parts["country"].astype(str)) == sorted(whole["country"].astype(str))
