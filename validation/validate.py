"""Lazy validation of an events table: every failure of every row, as data.

`validate_events` runs the pandera model (column rules) and every cross-field check of `rules.py`,
and splits the frame into valid rows and a failures table (row, field, rule, message). `rejects_table`
turns failures into the `rejects` table the build writes.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
import pandera.errors as pe

from conflict_events.schema.columns import COLUMN_NAMES
from conflict_events.schema.model import events_schema
from conflict_events.schema.tables import REJECT_COLUMNS

from .rules import CHECKS, Rule

FAILURE_COLUMNS = ["row", "field", "rule", "message"]
_PANDERA_RULES = {
    "isin": Rule.VOCABULARY,
    "str_matches": Rule.FORMAT,
    "in_range": Rule.RANGE,
    "greater_than_or_equal_to": Rule.RANGE,
    "str_length": Rule.NOT_NULL,
    "not_nullable": Rule.NOT_NULL,
    "field_uniqueness": Rule.UNIQUE,
}


@dataclass(frozen=True)
class ValidationResult:
    """Rows that pass every rule, and one row per (row, rule) failure."""

    valid: pd.DataFrame
    failures: pd.DataFrame

    @property
    def ok(self) -> bool:
        return self.failures.empty


def _rule_of(check: object) -> Rule:
    name = str(check).split("(")[0]
    if name in _PANDERA_RULES:
        return _PANDERA_RULES[name]
    if name.startswith(("dtype", "coerce")):
        return Rule.COLUMN_TYPE
    return Rule.COLUMNS


def _column_failures(df: pd.DataFrame) -> list[dict[str, object]]:
    try:
        events_schema().validate(df, lazy=True)
    except pe.SchemaErrors as exc:
        out = []
        for rec in exc.failure_cases.to_dict("records"):
            row = rec.get("index")
            column = rec.get("column") if isinstance(rec.get("column"), str) else None
            rule = _rule_of(rec.get("check"))
            message = f"{column or 'table'}: {rec.get('check')} failed for {rec.get('failure_case')!r}"
            out.append({"row": None if pd.isna(row) else row, "field": column, "rule": rule.value, "message": message})
        return out
    return []


def validate_events(df: pd.DataFrame) -> ValidationResult:
    """Validate every row against every rule (lazily: all failures are collected)."""
    failures = _column_failures(df)
    if list(df.columns) == list(COLUMN_NAMES):
        for check in CHECKS:
            for finding in check(df):
                failures.extend(
                    {"row": idx, "field": finding.field, "rule": finding.rule.value, "message": finding.message}
                    for idx in df.index[finding.failing.fillna(False).astype(bool)]
                )
    table = pd.DataFrame(failures, columns=FAILURE_COLUMNS)
    if table["row"].isna().any():  # a table-level failure (missing or extra columns): no row is valid
        return ValidationResult(df.iloc[0:0], table)
    bad = set(table["row"])
    return ValidationResult(df[~df.index.isin(bad)], table)


def _as_text(value: object) -> str | None:
    if value is None or (isinstance(value, float) and value != value) or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, pd.Timestamp):
        return value.date().isoformat()
    return str(value)


def rejects_table(df: pd.DataFrame, failures: pd.DataFrame, article_ids: pd.Series | None = None) -> pd.DataFrame:
    """The rejects table: one row per failure, with the rejected row's fields as text."""
    names = [c.name for c in REJECT_COLUMNS]
    rows = []
    positions = {idx: pos for pos, idx in enumerate(df.index)}
    for f in failures.itertuples(index=False):
        pos = positions.get(f.row)
        fields = {c: _as_text(df.iloc[pos][c]) if pos is not None and c in df else None for c in COLUMN_NAMES}
        article = (
            article_ids.iloc[pos] if article_ids is not None and pos is not None and pos < len(article_ids) else None
        )
        rows.append({"article_id": article, "row": -1 if pos is None else pos, "field": f.field, "rule": f.rule,
                     "message": f.message, **fields})  # fmt: skip
    return pd.DataFrame(rows, columns=names)


def analyst_rejects(rejected: pd.DataFrame) -> pd.DataFrame:
    """Rejects rows for the events an analyst's corrections rejected."""
    failures = pd.DataFrame(
        [{"row": idx, "field": None, "rule": Rule.ANALYST_REJECT.value, "message": "rejected by an analyst"}
         for idx in rejected.index],
        columns=FAILURE_COLUMNS,
    )  # fmt: skip
    return rejects_table(rejected, failures)
