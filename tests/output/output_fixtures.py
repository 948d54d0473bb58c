"""Helpers of the output tests: datasets written from the canonical tables."""

from pathlib import Path

import pandas as pd
from canonical import canonical_tables

from conflict_events.output.writer import DatasetWriter


def write_dataset(out: Path, tables=None, **kwargs) -> Path:
    """Write `tables` (default: the canonical ones) into `out` through DatasetWriter."""
    with DatasetWriter(out, build_info={"inputs": ["x"], "build_time": 1}, **kwargs) as w:
        w.write(*(tables or canonical_tables()))
    return out


def two_countries() -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """The canonical tables plus a second event in another country and year, with its mention and article."""
    events, mentions, articles, rejects = canonical_tables()
    other = events.assign(
        event_id_cnty="CIV7", event_date=pd.Timestamp("2024-02-29"), year=2024, country="Côte d'Ivoire",
        iso=384, region="Western Africa", actor1="Civilians (Guatemala)", actor2=None, assoc_actor_2=None,
        inter1="Civilians", inter2=None, interaction="Civilians only", fatalities=0, admin3=None,
    )  # fmt: skip
    mention = mentions.assign(event_id_cnty="CIV7", article_id="a2")
    article = articles.assign(article_id="a2", published=None, title=None)
    return (
        pd.concat([events, other], ignore_index=True),
        pd.concat([mentions, mention], ignore_index=True),
        pd.concat([articles, article], ignore_index=True),
        rejects,
    )
