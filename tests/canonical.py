"""One canonical row that fills every column, reused by schema, validation and output tests."""

from __future__ import annotations

from datetime import date

import pandas as pd

from conflict_events.schema.columns import COLUMN_NAMES
from conflict_events.schema.tables import ARTICLE_COLUMNS, MENTION_COLUMNS, REJECT_COLUMNS


def canonical_event_row() -> dict[str, object]:
    """A valid event with every one of the 31 columns filled."""
    row: dict[str, object] = {
        "event_id_cnty": "GTM1", "event_date": pd.Timestamp("2025-12-08"), "year": 2025, "time_precision": 1,
        "disorder_type": "Political violence", "event_type": "Explosions/Remote violence",
        "sub_event_type": "Remote explosive/landmine/IED", "actor1": "Unidentified Armed Group (Mexico)",
        "assoc_actor_1": "Unidentified Gang (Mexico)", "inter1": "Political militia", "actor2": "Civilians (Guatemala)",
        "assoc_actor_2": "Farmers (Guatemala); Women (Guatemala)", "inter2": "Civilians",
        "interaction": "Political militia-Civilians", "civilian_targeting": "Civilian targeting", "iso": 320,
        "region": "Central America", "country": "Guatemala", "admin1": "San Marcos", "admin2": "San Marcos",
        "admin3": "Aldea Uno", "location": "San Marcos", "latitude": 14.9644, "longitude": -91.7949, "geo_precision": 2,
        "source": "American Faith; Prensa Libre", "source_scale": "National-International",
        "notes": "On 8 December 2025, near San Marcos (San Marcos, San Marcos), a landmine killed two farmers.",
        "fatalities": 2, "tags": "women targeted: farmers", "timestamp": 1765200000,
    }  # fmt: skip
    assert tuple(row) == COLUMN_NAMES
    return row


def canonical_tables() -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """(events, mentions, articles, rejects) with one row each, every column filled."""
    events = pd.DataFrame([canonical_event_row()])
    mentions = pd.DataFrame(
        [{"event_id_cnty": "GTM1", "article_id": "a1", "sentence": "A landmine killed two farmers.", "char_start": 0,
          "char_end": 30, "extractor": "rules-en/0.1", "confidence": 0.9}],
        columns=[c.name for c in MENTION_COLUMNS],
    )  # fmt: skip
    articles = pd.DataFrame(
        [{"article_id": "a1", "title": "T", "published": pd.Timestamp(date(2025, 12, 10)), "source": "American Faith",
          "url": "https://example.org/a1", "language": "en", "origin": "a1.md", "status": "events", "n_events": 1,
          "message": "ok"}],
        columns=[c.name for c in ARTICLE_COLUMNS],
    )  # fmt: skip
    reject = {c.name: "x" for c in REJECT_COLUMNS} | {"row": 3}
    rejects = pd.DataFrame([reject], columns=[c.name for c in REJECT_COLUMNS])
    return events, mentions, articles, rejects
