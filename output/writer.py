"""The one entry point the build writes through: all files go to a temporary sibling folder, which
`commit()` swaps into place, so a crash or `kill -9` at any moment leaves the previous dataset intact.

The swap is two renames: the old folder to `.<name>.old-<pid>`, the new one into place. Between them
(microseconds) the dataset path does not exist, and the previous dataset is whole under the `.old`
name, from which it can be renamed back. Files in the old folder that the build does not write (an
analyst's review sheet, a report) are carried over into the new one.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Mapping
from pathlib import Path
from types import TracebackType

import pandas as pd

from conflict_events.schema.columns import COLUMNS
from conflict_events.schema.tables import ARTICLE_COLUMNS, MENTION_COLUMNS, REJECT_COLUMNS

from .duckdb import write_duckdb
from .parquet import file_metadata, to_table, write_parquet, write_partitioned

TABLES = {"events": COLUMNS, "mentions": MENTION_COLUMNS, "articles": ARTICLE_COLUMNS, "rejects": REJECT_COLUMNS}
#: Files a build writes; everything else found in an old dataset folder is carried over.
MANAGED = frozenset({"events"}) | frozenset(
    {f"{t}.parquet" for t in TABLES} | {"events.duckdb", "events.duckdb.wal", "registry.parquet", "outcomes.parquet"}
)


class DatasetWriter:
    """Writes a dataset atomically into `out_dir` (see the module's doc)."""

    def __init__(self, out_dir: Path, *, build_info: Mapping[str, object], partition_by: tuple[str, ...] = ()) -> None:
        self.out = Path(out_dir)
        self.build_info = dict(build_info)
        self.partition_by = partition_by
        self.out.parent.mkdir(parents=True, exist_ok=True)
        self.folder = self.out.parent / f".{self.out.name}.tmp-{os.getpid()}"
        if self.folder.exists():
            shutil.rmtree(self.folder)
        self.folder.mkdir()

    def write(
        self, events: pd.DataFrame, mentions: pd.DataFrame, articles: pd.DataFrame, rejects: pd.DataFrame
    ) -> None:
        """Write the four tables as Parquet into the temporary folder."""
        meta = file_metadata({k: v for k, v in self.build_info.items() if k != "build_time"})
        for name, frame in (("events", events), ("mentions", mentions), ("articles", articles), ("rejects", rejects)):
            table = to_table(frame, TABLES[name], meta)
            write_parquet(table, self.folder / f"{name}.parquet")
            if name == "events" and self.partition_by:
                write_partitioned(table, self.folder / "events", self.partition_by)

    def commit(self) -> Path:
        """Build the DuckDB file from the Parquet files, then swap the new dataset into place."""
        write_duckdb(self.folder, self.build_info)
        if self.out.exists() and not self.out.is_dir():
            raise FileExistsError(f"{self.out} exists and is not a folder; choose another --out")
        old = self.out.parent / f".{self.out.name}.old-{os.getpid()}"
        if self.out.exists():
            for entry in self.out.iterdir():
                if entry.name not in MANAGED and not (self.folder / entry.name).exists():
                    os.link(entry, self.folder / entry.name) if entry.is_file() else shutil.copytree(
                        entry, self.folder / entry.name
                    )
            os.replace(self.out, old)
        os.replace(self.folder, self.out)
        if old.exists():
            shutil.rmtree(old, ignore_errors=True)
        return self.out

    def abort(self) -> None:
        """Drop the temporary folder; the previous dataset is untouched."""
        shutil.rmtree(self.folder, ignore_errors=True)

    def __enter__(self) -> DatasetWriter:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if exc_type is None:
            self.commit()
        else:
            self.abort()
