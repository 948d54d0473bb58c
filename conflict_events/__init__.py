"""conflict-events: news articles in, an ACLED-style conflict-event dataset out.

The public Python API:

    >>> import conflict_events
    >>> summary = conflict_events.build(["seeds"], out="dataset")  # doctest: +SKIP
    >>> events = conflict_events.load("dataset")  # doctest: +SKIP
    >>> events.groupby("event_type").fatalities.sum()  # doctest: +SKIP
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd

    from conflict_events.pipeline import BuildSummary

__version__ = "0.1.0"
__all__ = ["__version__", "build", "load"]


def build(
    inputs: Iterable[str | os.PathLike[str]], out: str | os.PathLike[str] = "dataset", **options: Any
) -> BuildSummary:
    """Build a dataset from article files or folders into `out`; `options` are BuildOptions fields.

    Example:
        >>> conflict_events.build(["articles/"], out="dataset", reference_date=date(2025, 12, 10))  # doctest: +SKIP
    """
    from conflict_events.pipeline import build as _build
    from conflict_events.steps import BuildOptions

    return _build(inputs, out, options=BuildOptions(**options))


def load(dataset: str | os.PathLike[str], table: str = "events") -> pd.DataFrame:
    """A table of a built dataset as a DataFrame with proper dtypes (dates, categoricals, integers).

    Example:
        >>> events = conflict_events.load("dataset")  # doctest: +SKIP
    """
    from conflict_events.output.load import load as _load

    return _load(dataset, table=table)
