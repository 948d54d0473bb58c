"""Lazy validation of an events table: every failure of every row, as data.

`validate_events` runs the pandera model (column rules, `lazy=True`) and every cross-field check of
`rules.py`, and splits the frame into valid rows and a failures table (row, field, rule, message).
`rejects_table` turns failures into the `rejects` table the build writes.
"""

from __future__ import annotations

from collections.abc import Collection, Hashable
from dataclasses import dataclass

import numpy as np
import pandas as pd
import pandera.errors as pe

from conflict_events.schema.columns import COLUMN_NAMES
from conflict_events.schema.model import events_schema
from conflict_events.schema.tables import REJECT_COLUMNS

from .exports import normalise_export
from .rules import CHECKS, Rule, column_rule

__all__ = ["FAILURE_COLUMNS", "ValidationResult", "analyst_rejects", "normalise_export", "rejects_table",
           "validate_events"]  # fmt: skip

#: Columns of `ValidationResult.failures`.
FAILURE_COLUMNS = ["row", "field", "rule", "message"]


@dataclass(frozen=True)
class ValidationResult:
    """Rows that pass every rule, and one row per (row, field, rule) failure."""

    valid: pd.DataFrame
    failures: pd.DataFrame

    @property
    def ok(self) -> bool:
        """True when no rule failed."""
        return self.failures.empty


def _concat(parts: list[pd.DataFrame]) -> pd.DataFrame:
    """Failure tables stacked (an empty table with the failure columns when there are none)."""
    parts = [p for p in parts if not p.empty]
    return pd.concat(parts, ignore_index=True) if parts else pd.DataFrame(columns=FAILURE_COLUMNS)


_TABLE_MESSAGES = {
    "column_in_dataframe": "column {} is missing",
    "column_in_schema": "column {} is not an events column",
    "column_ordered": "column {} is out of order",
}


def _table_failures(cases: pd.DataFrame) -> pd.DataFrame:
    """Failures about the table's columns (missing, extra, out of order): no row, field = the column."""
    checks = cases["check"].astype(str)
    messages = [
        _TABLE_MESSAGES.get(k, k + " failed for {}").format(repr(v))
        for k, v in zip(checks, cases["failure_case"], strict=True)
    ]
    return pd.DataFrame({"row": None, "field": cases["failure_case"].astype(str), "rule": Rule.COLUMNS.value,
                         "message": messages})  # fmt: skip


def _column_failures(df: pd.DataFrame) -> pd.DataFrame:
    """Failures of the pandera model, one row per failure case, with our rule codes.

    A value check that could not run because the column's type is wrong (pandera reports it with no
    row) is dropped, and the model runs again without the mistyped rows so that the others are checked.
    """
    try:
        events_schema().validate(df, lazy=True)
    except pe.SchemaErrors as exc:
        cases = exc.failure_cases
        table = cases["schema_context"] == "DataFrameSchema"
        col = cases[~table]
        checks = col["check"].astype(str)
        rules = [column_rule(c, k).value for c, k in zip(col["column"], checks, strict=True)]
        messages = [
            f"{c}: {k} failed for {v!r}" for c, k, v in zip(col["column"], checks, col["failure_case"], strict=True)
        ]
        found = pd.DataFrame({"row": col["index"].to_numpy(dtype=object), "field": col["column"].to_numpy(),
                              "rule": rules, "message": messages})  # fmt: skip
        mistyped = set(found.loc[found["rule"] == Rule.COLUMN_TYPE.value, "field"])
        found = found[found["row"].notna() | ~found["field"].isin(mistyped)]
        parts = [_table_failures(cases[table]), found]
        mistyped_rows = set(found.loc[found["rule"] == Rule.COLUMN_TYPE.value, "row"])
        if mistyped_rows and len(mistyped_rows) < len(df):
            parts.append(_column_failures(df[~df.index.isin(mistyped_rows)]))
        return _concat(parts)
    return pd.DataFrame(columns=FAILURE_COLUMNS)


def _rule_failures(df: pd.DataFrame, waive: Collection[Rule]) -> pd.DataFrame:
    """Failures of the cross-field checks (only when every column is there)."""
    parts = []
    for check in CHECKS:
        for f in check(df):
            if f.rule in waive:
                continue
            idx = df.index[f.failing.fillna(False).astype(bool).to_numpy()]
            if len(idx):
                parts.append(pd.DataFrame({"row": idx, "field": f.field, "rule": f.rule.value, "message": f.message}))
    return _concat(parts)


def validate_events(df: pd.DataFrame, waive: Collection[Rule] = ()) -> ValidationResult:
    """Validate every row against every rule (lazily: all failures are collected).

    `waive` names rules not to apply (see `exports.waived_rules` for exports that predate a column).
    Rows are identified by the frame's index; a table-level failure (missing or extra columns) has
    no row and makes every row invalid.
    """
    column = _column_failures(df)
    column = column[~column["rule"].isin([str(r) for r in waive])]
    parts = [column]
    if set(COLUMN_NAMES) <= set(df.columns):
        parts.append(_rule_failures(df, waive))
    table = _concat(parts)
    table = table.drop_duplicates(["row", "field", "rule"]).reset_index(drop=True)
    if table["row"].isna().any():
        return ValidationResult(df.iloc[0:0], table)
    return ValidationResult(df[~df.index.isin(table["row"])], table)


def _as_text(column: pd.Series) -> pd.Series:
    """Cells as text (dates as YYYY-MM-DD), None for missing values."""
    if pd.api.types.is_datetime64_any_dtype(column):
        text = column.dt.strftime("%Y-%m-%d")
    else:
        text = column.astype(object).map(str)
    return text.astype(object).where(column.notna(), None)


def rejects_table(df: pd.DataFrame, failures: pd.DataFrame, article_ids: pd.Series | None = None) -> pd.DataFrame:
    """The rejects table (`schema.tables.REJECT_COLUMNS`): one row per failure, the row's fields as text.

    `row` is the position of the failing row in `df` (-1 for a table-level failure); `article_ids`,
    aligned by position with `df`, names the article each row was built from.
    """
    positions = {idx: n for n, idx in enumerate(df.index)}
    pos = np.array([positions.get(r, -1) if isinstance(r, Hashable) else -1 for r in failures["row"]], dtype=int)
    found = pos >= 0

    def pick(values: np.ndarray) -> np.ndarray:
        out = np.full(len(pos), None, dtype=object)
        out[found] = values[pos[found]]
        return out

    table: dict[str, object] = {
        "article_id": pick(article_ids.to_numpy(dtype=object)) if article_ids is not None else None,
        "row": pos,
        "field": failures["field"].to_numpy(dtype=object),
        "rule": failures["rule"].astype(str).to_numpy(),
        "message": failures["message"].to_numpy(dtype=object),
    }
    for name in COLUMN_NAMES:
        table[name] = pick(_as_text(df[name]).to_numpy(dtype=object)) if name in df else None
    return pd.DataFrame(table, index=range(len(pos)), columns=[c.name for c in REJECT_COLUMNS])


def analyst_rejects(rejected: pd.DataFrame) -> pd.DataFrame:
    """Rejects rows for the events an analyst's corrections rejected."""
    failures = pd.DataFrame(
        {"row": rejected.index, "field": None, "rule": Rule.ANALYST_REJECT.value, "message": "rejected by an analyst"},
        columns=FAILURE_COLUMNS,
    )
    return rejects_table(rejected, failures)
