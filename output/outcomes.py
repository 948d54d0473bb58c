"""The incremental-build cache kept beside a dataset: what each article gave last time.

One row per article that was read: a fingerprint of the article and of the settings that affect
extraction, and the article's outcome as JSON. A later build reuses the outcome of every article whose
fingerprint is unchanged instead of extracting it again.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

OUTCOMES_FILE = "outcomes.parquet"
SCHEMA = pa.schema([pa.field("fingerprint", pa.string(), False), pa.field("outcome", pa.string(), False)])


def read_outcomes(dataset: Path) -> dict[str, dict[str, Any]]:
    """fingerprint -> outcome dict from a previous build in `dataset`; empty when absent or unreadable."""
    path = dataset / OUTCOMES_FILE
    if not path.is_file():
        return {}
    try:
        cols = pq.read_table(path, schema=SCHEMA).to_pydict()
    except (OSError, pa.ArrowInvalid):
        return {}
    return {f: json.loads(o) for f, o in zip(cols["fingerprint"], cols["outcome"], strict=True)}


def write_outcomes(folder: Path, outcomes: dict[str, dict[str, Any]]) -> None:
    """Write the cache into `folder`, sorted by fingerprint so identical builds give identical files."""
    keys = sorted(outcomes)
    table = pa.table(
        {"fingerprint": keys, "outcome": [json.dumps(outcomes[k], sort_keys=True, default=str) for k in keys]},
        schema=SCHEMA,
    )
    pq.write_table(table, folder / OUTCOMES_FILE, compression="zstd")
