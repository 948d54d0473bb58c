"""CSV: one article per row; columns id, title, text, published, source, url, language (only text required)."""

from __future__ import annotations

import csv
import sys
from collections.abc import Iterator
from pathlib import Path

from ..records import Article, ReadFailure
from .fields import origin_id, to_article

#: A header wider than this is refused (a CSV with thousands of columns is not an article table).
MAX_COLUMNS = 1000

csv.field_size_limit(min(sys.maxsize, 2**31 - 1))


def read_csv(path: Path, lines: Iterator[str], *, max_text_chars: int) -> Iterator[Article | ReadFailure]:
    """The articles of a .csv file; a bad row does not stop the others."""
    origin = str(path)
    reader = csv.reader(lines)
    try:
        header = next(reader, None)
    except csv.Error as exc:
        yield ReadFailure(origin_id(origin), origin, f"{origin}:1: malformed CSV header ({exc})")
        return
    if not header:
        yield ReadFailure(origin_id(origin), origin, f"{origin}: empty CSV file")
        return
    if len(header) > MAX_COLUMNS:
        yield ReadFailure(
            origin_id(origin), origin, f"{origin}:1: {len(header):,} columns; at most {MAX_COLUMNS} are read"
        )
        return
    names = [h.strip().lower().lstrip("\ufeff") for h in header]
    if "text" not in names:
        yield ReadFailure(origin_id(origin), origin, f"{origin}:1: no `text` column (columns: {', '.join(names[:10])})")
        return
    line = 1
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            where = f"{origin}:{reader.line_num}"
            yield ReadFailure(origin_id(where), where, f"{where}: malformed CSV row ({exc})")
            continue
        line = reader.line_num
        where = f"{origin}:{line}"
        if not any(cell.strip() for cell in row):
            continue
        yield to_article(dict(zip(names, row, strict=False)), where, max_text_chars=max_text_chars)
