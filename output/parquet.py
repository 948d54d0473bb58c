"""Parquet files of a dataset: schemas from `schema/arrow.py`, zstd, dictionary-encoded closed vocabularies,
the schema version and build information in the key-value metadata, byte-identical for identical data.

`TableWriter` appends: every `write()` adds row groups to the table's file (and, when the events are
partitioned, new part files to the hive folder), so a streaming build can write batch by batch.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.dataset as ds
import pyarrow.parquet as pq

from conflict_events.schema.arrow import arrow_schema as base_schema
from conflict_events.schema.columns import Column

#: Bumped whenever a column is added, removed or changes type.
SCHEMA_VERSION = "1"
#: Open-ended text columns with few distinct values, also stored as dictionaries (read back as categoricals).
CATEGORICAL_EXTRA = frozenset({"country", "region", "source_scale", "language", "rule", "extractor"})
#: Rows per row group: large enough for good compression, small enough to stream.
ROW_GROUP = 100_000
COMPRESSION = "zstd"
_DICT = pa.dictionary(pa.int32(), pa.string())


def categorical(col: Column) -> bool:
    """Whether a column is a closed vocabulary (or nearly one) stored as a dictionary."""
    return col.kind == "str" and (col.vocabulary is not None or col.name in CATEGORICAL_EXTRA)


def arrow_schema(columns: tuple[Column, ...], metadata: Mapping[str, str]) -> pa.Schema:
    """The schema of `schema/arrow.py` with dictionary types for categorical columns and file metadata."""
    fields = [f.with_type(_DICT) if categorical(c) else f for f, c in zip(base_schema(columns), columns, strict=True)]
    return pa.schema(fields, metadata=dict(metadata))


def to_table(frame: pd.DataFrame, columns: tuple[Column, ...], metadata: Mapping[str, str]) -> pa.Table:
    """A DataFrame with these columns (a missing one is all null) as an arrow table of the table's schema."""
    schema = arrow_schema(columns, metadata)
    data = [_array(frame[c.name] if c.name in frame else pd.Series([None] * len(frame)), c) for c in columns]
    return pa.Table.from_arrays(data, schema=schema)


def _array(values: pd.Series, col: Column) -> pa.Array:
    """One column's values as an arrow array; dates may be datetime64, Timestamps or python dates."""
    if col.kind == "date":
        dates = pd.to_datetime(values.astype(object)).dt.date
        return pa.array(_nullable(dates.astype(object)), type=pa.date32())
    if col.kind == "str":
        py = [None if _missing(v) else str(v) for v in values.astype(object).tolist()]
        arr = pa.array(py, type=pa.string())
        return arr.dictionary_encode() if categorical(col) else arr
    if col.kind == "int":
        return pa.array(_nullable(values.astype(object)), type=pa.int64())
    return pa.array(_nullable(values.astype(object)), type=pa.float64())


def _missing(value: object) -> bool:
    """None, NaN, NaT and pd.NA are all missing."""
    return value is None or (not isinstance(value, str) and bool(pd.isna(value)))  # type: ignore[call-overload]


def _nullable(values: pd.Series) -> list[object]:
    """Python values with None for missing ones."""
    return [None if _missing(v) else v for v in values.tolist()]


def file_metadata(build_info: Mapping[str, object]) -> dict[str, str]:
    """Key-value metadata: the schema version and the build information (JSON, keys sorted)."""
    return {
        "conflict_events.schema_version": SCHEMA_VERSION,
        "conflict_events.build": json.dumps(dict(build_info), sort_keys=True, default=str),
    }


def write_parquet(table: pa.Table, path: Path) -> None:
    """Write one whole table: zstd, row groups of ROW_GROUP rows, statistics on."""
    pq.write_table(table, path, compression=COMPRESSION, row_group_size=ROW_GROUP, write_statistics=True)


class TableWriter:
    """Appends batches of one table to `path` as row groups; optionally also to a hive-partitioned folder."""

    def __init__(
        self,
        path: Path,
        columns: tuple[Column, ...],
        metadata: Mapping[str, str],
        partition_by: tuple[str, ...] = (),
    ) -> None:
        self.columns, self.metadata, self.partition_by = columns, dict(metadata), partition_by
        unknown = [c for c in partition_by if c not in {col.name for col in columns}]
        if unknown:
            raise ValueError(f"cannot partition by {', '.join(unknown)}: no such column")
        self.folder = path.with_suffix("")
        self.batches = 0
        self.rows = 0
        self._writer = pq.ParquetWriter(
            path, arrow_schema(columns, metadata), compression=COMPRESSION, write_statistics=True
        )

    def write(self, frame: pd.DataFrame) -> None:
        """Append the rows of `frame` (no-op for an empty frame)."""
        if frame.empty:
            return
        table = to_table(frame, self.columns, self.metadata)
        self._writer.write_table(table, row_group_size=ROW_GROUP)
        if self.partition_by:
            write_partitioned(table, self.folder, self.partition_by, batch=self.batches)
        self.batches += 1
        self.rows += table.num_rows

    def close(self) -> None:
        """Finish the file (writes the footer); a table never written to is a valid empty file."""
        self._writer.close()


def write_partitioned(table: pa.Table, folder: Path, columns: tuple[str, ...], *, batch: int = 0) -> None:
    """Add `table` to a hive-partitioned dataset (`country=Mexico/year=2025/part-<batch>-0.parquet`), which
    DuckDB (`read_parquet('events/**/*.parquet', hive_partitioning=true)`) and pandas read as one table.
    Path segments are URI-encoded (`C%C3%B4te%20d%27Ivoire`), which both readers decode."""
    plain = table
    for name in columns:  # partition keys are written as plain values, not dictionary codes
        field = plain.schema.field(name)
        if pa.types.is_dictionary(field.type):
            i = plain.column_names.index(name)
            plain = plain.set_column(i, field.with_type(pa.string()), plain.column(name).cast(pa.string()))
    partitioning = ds.partitioning(pa.schema([plain.schema.field(c) for c in columns]), flavor="hive")
    ds.write_dataset(
        plain,
        str(folder),
        format="parquet",
        partitioning=partitioning,
        basename_template=f"part-{batch}-{{i}}.parquet",
        existing_data_behavior="overwrite_or_ignore",
        preserve_order=True,
        use_threads=False,
        max_partitions=1_000_000,
        file_options=ds.ParquetFileFormat().make_write_options(compression=COMPRESSION),
    )
