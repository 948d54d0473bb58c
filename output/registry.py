"""The id registry kept beside a dataset: which event key got which id, and when it was first built.

It is what makes ids stable across rebuilds: a later build reads it from the previous dataset, gives
every surviving event its old id and timestamp, and writes the updated registry with the new dataset.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

REGISTRY_FILE = "registry.parquet"
SCHEMA = pa.schema(
    [
        pa.field("key", pa.string(), nullable=False),
        pa.field("event_id_cnty", pa.string(), nullable=False),
        pa.field("timestamp", pa.int64(), nullable=False),
    ]
)


@dataclass(frozen=True)
class Entry:
    """One registered event key."""

    event_id_cnty: str
    timestamp: int


def read_registry(dataset: Path) -> dict[str, Entry]:
    """The registry of a previous build in `dataset`, or an empty one when there is none."""
    path = dataset / REGISTRY_FILE
    if not path.is_file():
        return {}
    table = pq.read_table(path, schema=SCHEMA)
    cols = table.to_pydict()
    return {k: Entry(i, t) for k, i, t in zip(cols["key"], cols["event_id_cnty"], cols["timestamp"], strict=True)}


def registry_table(entries: dict[str, Entry]) -> pa.Table:
    """The registry as a table sorted by key (so identical registries give identical files)."""
    keys = sorted(entries)
    return pa.table(
        {
            "key": keys,
            "event_id_cnty": [entries[k].event_id_cnty for k in keys],
            "timestamp": [entries[k].timestamp for k in keys],
        },
        schema=SCHEMA,
    )


def write_registry(folder: Path, entries: dict[str, Entry]) -> None:
    """Write the registry into `folder` (the writer's temporary folder, before it is swapped in)."""
    pq.write_table(registry_table(entries), folder / REGISTRY_FILE, compression="zstd")
