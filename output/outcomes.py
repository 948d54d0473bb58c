"""The incremental-build cache kept beside a dataset: what each article gave last time.

One row per article that was read: a fingerprint of the article and of the settings that affect
extraction, and the article's outcome as JSON. A later build reuses the outcome of every article whose
fingerprint is unchanged instead of extracting it again.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
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


def outcome_json(outcome: dict[str, Any]) -> str:
    """An outcome as the cache stores it."""
    return json.dumps(outcome, sort_keys=True, default=str)


def write_outcomes(folder: Path, outcomes: Mapping[str, dict[str, Any] | str]) -> None:
    """Write the cache into `folder`, sorted by fingerprint so identical builds give identical files.
    An outcome may be given already as its JSON (`outcome_json`), which holds much less memory."""
    keys = sorted(outcomes)
    texts = [o if isinstance(o, str) else outcome_json(o) for o in map(outcomes.__getitem__, keys)]
    table = pa.table({"fingerprint": keys, "outcome": texts}, schema=SCHEMA)
    pq.write_table(table, folder / OUTCOMES_FILE, compression="zstd")
