"""The review sheet: a CSV of a dataset's events with their evidence, for an analyst to correct.

Its editable columns are those `builders.corrections` applies; the context columns (sources,
articles, evidence) are there to read and are ignored when the sheet is used as a corrections file.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

#: Columns of the sheet, in order: the id, the analyst's action, the editable fields, the context.
CONTEXT: tuple[str, ...] = ("source", "article_ids", "evidence")


def review_sheet(events: pd.DataFrame, mentions: pd.DataFrame, editable: tuple[str, ...]) -> pd.DataFrame:
    """One row per event: id, an empty action, its editable fields, and its sources and evidence."""
    grouped = mentions.sort_values(["event_id_cnty", "article_id", "char_start"]).groupby("event_id_cnty")
    context = pd.DataFrame(
        {
            "article_ids": grouped["article_id"].agg(lambda s: "; ".join(dict.fromkeys(s))),
            "evidence": grouped["sentence"].agg(lambda s: " | ".join(s)),
        }
    )
    sheet = events[["event_id_cnty", *editable, "source"]].copy()
    sheet["event_date"] = pd.to_datetime(sheet["event_date"]).dt.strftime("%Y-%m-%d")
    sheet.insert(1, "action", "")
    sheet = sheet.join(context, on="event_id_cnty")
    return sheet[["event_id_cnty", "action", *editable, *CONTEXT]]


def write_review_sheet(dataset: Path, out: Path, editable: tuple[str, ...]) -> int:
    """Write the review sheet of the dataset in `dataset` to `out`; returns the number of events."""
    events = pd.read_parquet(dataset / "events.parquet")
    mentions = pd.read_parquet(dataset / "mentions.parquet")
    sheet = review_sheet(events, mentions, editable)
    sheet.to_csv(out, index=False)
    return len(sheet)
