"""CSV: one article per row; columns id, title, text, published, source, url, language (only text required).

The header names the columns (any case, any order; other columns are ignored). The separator is the
first of DELIMITERS whose header has a `text` column, so semicolon- and tab-separated exports read too.
A row's origin is the line it starts on. A row with more cells than the header is refused: its text
was cut at an unquoted separator. A row over the size limit (an unclosed quote swallowing the file)
ends the file, with a failure saying where it began.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator

from ..records import Article, ReadFailure
from .fields import failure, to_article
from .lines import Line

#: A header wider than this is refused (a table of thousands of columns is not a table of articles).
MAX_COLUMNS = 1000
#: Column separators, in the order they are tried.
DELIMITERS = (",", ";", "\t", "|")
Record = Article | ReadFailure


class RowTooLarge(Exception):
    """The row being read is over the size limit."""


class _Feed:
    """The lines csv.reader reads; it remembers where the current row began and what was wrong with it."""

    def __init__(self, lines: Iterator[Line], max_row_chars: int) -> None:
        self.lines = lines
        self.max_row_chars = max_row_chars
        self.begin()

    def begin(self) -> None:
        """Start a new row."""
        self.start, self.size, self.problems = 0, 0, list[str]()

    def __iter__(self) -> _Feed:
        return self

    def __next__(self) -> str:
        line = next(self.lines)
        self.start = self.start or line.number
        self.size += len(line.text)
        if line.problem:
            self.problems.append(f"line {line.number}: {line.problem}")
        if self.size > self.max_row_chars:
            raise RowTooLarge
        return line.text


def _columns(header: str) -> tuple[str, list[str]]:
    """(separator, lower-case column names) of the header line; the separator with a `text` column wins."""
    first: list[str] = []
    for delimiter in DELIMITERS:
        names = [c.strip().lower() for c in next(csv.reader([header], delimiter=delimiter), [])]
        first = first or names
        if "text" in names:
            return delimiter, names
    return ",", first


def _header(origin: str, feed: _Feed) -> tuple[str, list[str]] | ReadFailure:
    line = next((line for line in feed.lines if line.text.strip() or line.problem), None)
    if line is None:
        return failure(origin, "empty CSV file: no header line")
    where = f"{origin}:{line.number}"
    if line.problem:
        return failure(where, f"the header {line.problem}")
    delimiter, names = _columns(line.text)
    if len(names) > MAX_COLUMNS:
        problem = f"{len(names):,} columns, over the limit of {MAX_COLUMNS:,}; keep id, title, text, ..."
        return failure(where, problem)
    if "text" not in names:
        shown = ", ".join(names[:10]) + (", ..." if len(names) > 10 else "")
        return failure(where, f"no `text` column (the header has: {shown}); name the article column `text`")
    return delimiter, names


def _row(origin: str, feed: _Feed, names: list[str], row: list[str], max_text_chars: int) -> Record:
    where = f"{origin}:{feed.start}"
    if feed.problems:
        return failure(where, "; ".join(feed.problems))
    if len(row) > len(names):
        problem = f"the row has {len(row)} cells, the header {len(names)}; quote values holding the separator"
        return failure(where, problem)
    fields: dict[str, str] = {}
    for name, cell in zip(names, row, strict=False):
        fields.setdefault(name, cell)
    return to_article(fields, where, max_text_chars=max_text_chars)


def read_csv(origin: str, lines: Iterator[Line], *, max_text_chars: int, max_row_chars: int) -> Iterator[Record]:
    """The articles of a .csv file; a bad row does not stop the others. A header alone holds no article."""
    feed = _Feed(lines, max_row_chars)
    header = _header(origin, feed)
    if isinstance(header, ReadFailure):
        yield header
        return
    delimiter, names = header
    csv.field_size_limit(max(csv.field_size_limit(), max_row_chars))  # process-wide, and only ever raised
    reader = csv.reader(feed, delimiter=delimiter)
    while True:
        feed.begin()
        try:
            row = next(reader)
        except StopIteration:
            return
        except RowTooLarge:
            problem = f"a row over the limit of {max_row_chars:,} characters (an unclosed quote?); the rest"
            problem += " of the file is not read"
            yield failure(f"{origin}:{feed.start}", problem)
            return
        except csv.Error as exc:
            yield failure(f"{origin}:{feed.start}", f"malformed CSV row ({exc})")
            continue
        if len(row) > 1 or "".join(row).strip():  # a blank line is no row
            yield _row(origin, feed, names, row, max_text_chars)
