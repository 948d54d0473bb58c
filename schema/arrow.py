"""pyarrow schemas derived from the column tables."""

from __future__ import annotations

import pyarrow as pa

from .columns import COLUMNS, Column
from .tables import ARTICLE_COLUMNS, MENTION_COLUMNS, REJECT_COLUMNS

_TYPES: dict[str, pa.DataType] = {
    "str": pa.string(),
    "date": pa.date32(),
    "int": pa.int64(),
    "float": pa.float64(),
}


def arrow_schema(columns: tuple[Column, ...]) -> pa.Schema:
    """A pyarrow schema with one field per column, its description kept as field metadata."""
    return pa.schema(
        [
            pa.field(c.name, _TYPES[c.kind], nullable=c.nullable, metadata={"description": c.description})
            for c in columns
        ]
    )


EVENTS: pa.Schema = arrow_schema(COLUMNS)
MENTIONS: pa.Schema = arrow_schema(MENTION_COLUMNS)
ARTICLES: pa.Schema = arrow_schema(ARTICLE_COLUMNS)
REJECTS: pa.Schema = arrow_schema(REJECT_COLUMNS)
