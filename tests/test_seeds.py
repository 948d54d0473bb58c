"""The seed articles build into exactly the events of their golden files."""

from pathlib import Path

import pandas as pd
import pytest

from conflict_events.output.load import load
from conflict_events.pipeline import build
from conflict_events.schema.model import events_schema
from conflict_events.steps import BuildOptions

SEEDS = Path(__file__).parent.parent / "seeds"
FIELDS = ["event_date", "time_precision", "disorder_type", "event_type", "sub_event_type", "actor1", "inter1",
          "actor2", "inter2", "interaction", "civilian_targeting", "country", "admin1", "admin2", "location",
          "geo_precision", "fatalities", "source", "source_scale"]  # fmt: skip


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("seeds") / "dataset"
    summary = build([SEEDS], out, options=BuildOptions(jobs=1))
    return out, summary


def test_seed_events_match_the_golden_file(built):
    out, _ = built
    golden = pd.read_csv(
        SEEDS / "guatemala-kaibiles-2025-12-10.expected.tsv", sep="\t", dtype=str, keep_default_na=False
    )
    events = pd.read_parquet(out / "events.parquet")
    got = events[FIELDS].astype(object).where(events[FIELDS].notna(), "").astype(str)
    got["event_date"] = got["event_date"].str[:10]
    sort = ["event_date", "location", "sub_event_type"]
    pd.testing.assert_frame_equal(
        got.sort_values(sort).reset_index(drop=True), golden[FIELDS].sort_values(sort).reset_index(drop=True)
    )


def test_seed_build_is_valid_and_accounts_for_every_article(built):
    out, summary = built
    events_schema().validate(
        load(out).astype({"event_date": "datetime64[ns]"}).astype(object).infer_objects(), lazy=True
    )
    articles = pd.read_parquet(out / "articles.parquet")
    assert list(articles["status"]) == ["events"] and summary.rejects == 0
    events = pd.read_parquet(out / "events.parquet")
    battles = events[events["event_type"] == "Battles"]
    assert len(battles) == 2 and all(n.startswith("On 8 December 2025, ") for n in battles["notes"])
