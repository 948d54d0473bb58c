"""Parquet files of a dataset: schemas from `schema/`, zstd, dictionary-encoded closed vocabularies,
the schema version and build information in the key-value metadata, byte-identical for identical data."""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from conflict_events.schema.columns import Column

#: Bumped whenever a column is added, removed or changes type.
SCHEMA_VERSION = "1"
#: Columns stored dictionary-encoded (pandas reads them back as categoricals).
CATEGORICAL_EXTRA = frozenset({"country", "region", "source_scale", "language", "rule", "extractor"})
ROW_GROUP = 100_000


def categorical(col: Column) -> bool:
    """Whether a column is a closed vocabulary (or nearly one) stored as a dictionary."""
    return col.kind == "str" and (col.vocabulary is not None or col.name in CATEGORICAL_EXTRA)


def arrow_schema(columns: tuple[Column, ...], metadata: Mapping[str, str]) -> pa.Schema:
    """The table's arrow schema: dictionary types for categorical columns, descriptions as field metadata."""
    types = {"str": pa.string(), "date": pa.date32(), "int": pa.int64(), "float": pa.float64()}
    fields = []
    for c in columns:
        t = pa.dictionary(pa.int32(), pa.string()) if categorical(c) else types[c.kind]
        fields.append(pa.field(c.name, t, nullable=c.nullable, metadata={"description": c.description}))
    return pa.schema(fields, metadata=dict(metadata))


def to_table(frame: pd.DataFrame, columns: tuple[Column, ...], metadata: Mapping[str, str]) -> pa.Table:
    """A DataFrame with exactly these columns as an arrow table of the table's schema."""
    data: dict[str, pa.Array] = {}
    for c in columns:
        values = frame[c.name] if c.name in frame else pd.Series([None] * len(frame), dtype=object)
        if c.kind == "date":
            values = pd.to_datetime(values).dt.date
            arr = pa.array(values.astype(object).where(values.notna(), None).tolist(), type=pa.date32())
        elif c.kind == "str":
            py = [None if v is None or (isinstance(v, float) and pd.isna(v)) else str(v) for v in values.astype(object)]
            arr = pa.array(py, type=pa.string())
            if categorical(c):
                arr = arr.dictionary_encode()
        elif c.kind == "int":
            arr = pa.array(_nullable(values.astype("Int64")), type=pa.int64())
        else:
            arr = pa.array(_nullable(values.astype("Float64")), type=pa.float64())
        data[c.name] = arr
    return pa.Table.from_pydict(data, schema=arrow_schema(columns, metadata))


def _nullable(values: pd.Series) -> list[object]:
    """Python values with None for missing ones."""
    return [None if pd.isna(v) else v for v in values.tolist()]


def file_metadata(build_info: Mapping[str, object]) -> dict[str, str]:
    """Key-value metadata: the schema version and the build information (JSON)."""
    return {
        "conflict_events.schema_version": SCHEMA_VERSION,
        "conflict_events.build": json.dumps(dict(build_info), sort_keys=True, default=str),
    }


def write_parquet(table: pa.Table, path: Path) -> None:
    """Write one table: zstd, row groups of ROW_GROUP rows, statistics on."""
    pq.write_table(table, path, compression="zstd", row_group_size=ROW_GROUP, write_statistics=True)


def write_partitioned(table: pa.Table, folder: Path, columns: tuple[str, ...]) -> None:
    """The table again as a hive-partitioned dataset (`country=Mexico/year=2025/part-0.parquet`), which
    DuckDB (`read_parquet('events/**/*.parquet', hive_partitioning=true)`) and pandas read as one table."""
    unknown = [c for c in columns if c not in table.column_names]
    if unknown:
        raise ValueError(f"cannot partition by {', '.join(unknown)}: no such column")
    plain = table
    for c in columns:  # partition keys are written as plain values, not dictionary codes
        i = plain.column_names.index(c)
        if pa.types.is_dictionary(plain.schema.field(c).type):
            plain = plain.set_column(i, plain.schema.field(c).with_type(pa.string()), plain.column(c).cast(pa.string()))
    pq.write_to_dataset(
        plain, root_path=str(folder), partition_cols=list(columns), compression="zstd",
        basename_template="part-{i}.parquet", existing_data_behavior="delete_matching",
    )  # fmt: skip
