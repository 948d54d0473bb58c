"""JSON (one article object or a list of them) and JSON Lines (one article object per line).

A list is read item by item, so each article's origin is the line its object starts on, and a list
broken part way (a truncated download) still gives the articles before the break. Nesting deeper than
MAX_DEPTH is refused before parsing.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import replace

from ..records import Article, ReadFailure
from .fields import failure, origin_id, to_article
from .lines import Line

#: Deeper nesting than this is refused before parsing (a JSON nesting bomb). Articles need 2 or 3 levels.
MAX_DEPTH = 64
_TOKENS = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"|[\[\]{}]', re.DOTALL)  # strings (skipped) and brackets
_SPACE = re.compile(r"[ \t\n\r]*")
_DECODER = json.JSONDecoder()
Record = Article | ReadFailure


class JsonError(ValueError):
    """Malformed JSON at a character offset."""

    def __init__(self, problem: str, pos: int) -> None:
        super().__init__(problem)
        self.pos = pos


def too_deep(text: str) -> bool:
    """True when brackets nest deeper than MAX_DEPTH (strings skipped)."""
    if text.count("[") + text.count("{") <= MAX_DEPTH:  # too few brackets to nest that deep: no scan
        return False
    depth = 0
    for match in _TOKENS.finditer(text):
        token = match.group()
        if token in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                return True
        elif token in "]}":
            depth -= 1
    return False


def _value(text: str, pos: int) -> tuple[object, int]:
    try:
        return _DECODER.raw_decode(text, pos)
    except json.JSONDecodeError as exc:
        raise JsonError(f"malformed JSON ({exc.msg})", exc.pos) from None
    except (ValueError, RecursionError) as exc:  # e.g. a number of more than 4300 digits
        raise JsonError(f"malformed JSON ({exc})", pos) from None


def _skip(text: str, pos: int) -> int:
    return _SPACE.match(text, pos).end()  # type: ignore[union-attr]


def single(text: str) -> object:
    """The one JSON value `text` holds; JsonError when it holds none or more."""
    value, end = _value(text, _skip(text, 0))
    if _skip(text, end) != len(text):
        raise JsonError("extra data after the first JSON value (one object per line is a .jsonl file)", end)
    return value


def _items(text: str) -> Iterator[tuple[int, object]]:
    """(offset, value) of each item of the top-level list `text` holds."""
    pos = _skip(text, _skip(text, 0) + 1)
    if text.startswith("]", pos):
        pos += 1
    else:
        while True:
            value, end = _value(text, pos)
            yield pos, value
            pos = _skip(text, end)
            if not text.startswith((",", "]"), pos):
                raise JsonError("malformed JSON (expected ',' or ']' after a list item)", pos)
            pos += 1
            if text[pos - 1] == "]":
                break
            pos = _skip(text, pos)
    if _skip(text, pos) != len(text):
        raise JsonError("extra data after the end of the list", pos)


def read_json(origin: str, text: str, *, max_text_chars: int) -> Iterator[Record]:
    """The articles of a .json file: an object, or a list of objects (an empty list holds no article)."""
    if too_deep(text):
        yield failure(origin, f"JSON nested deeper than {MAX_DEPTH} levels; an article is a flat object")
        return
    if not text.lstrip().startswith("["):
        try:
            yield to_article(single(text), origin, max_text_chars=max_text_chars)
        except JsonError as exc:
            yield _malformed(origin, text, exc, 1, 0, "")
        return
    yield from _list(origin, text, max_text_chars)


def _list(origin: str, text: str, max_text_chars: int) -> Iterator[Record]:
    """The articles of a top-level list, each with the line its object starts on."""
    line, counted, n = 1, 0, 0
    try:
        for n, (pos, item) in enumerate(_items(text), start=1):
            line, counted = line + text.count("\n", counted, pos), pos
            where = f"{origin}:{line}"
            record = to_article(item, where, max_text_chars=max_text_chars)
            yield _numbered(record, where, n) if isinstance(record, ReadFailure) else record
    except JsonError as exc:
        yield _malformed(origin, text, exc, line, counted, "; the items after it are not read" if n else "")


def _numbered(record: ReadFailure, where: str, n: int) -> ReadFailure:
    """The failure of list item `n`, told apart from other items on its line by its number (and id)."""
    message = record.message.replace(f"{where}: ", f"{where}: item {n}: ", 1)
    given = record.article_id != origin_id(where)
    return replace(record, message=message, article_id=record.article_id if given else origin_id(f"{where}#{n}"))


def _malformed(origin: str, text: str, exc: JsonError, line: int, counted: int, rest: str) -> ReadFailure:
    line += text.count("\n", counted, exc.pos)
    column = exc.pos - text.rfind("\n", 0, exc.pos)
    return failure(f"{origin}:{line}", f"{exc} at column {column}{rest}")


def read_jsonl(origin: str, lines: Iterator[Line], *, max_text_chars: int) -> Iterator[Record]:
    """The articles of a .jsonl file, one per non-empty line; a bad line does not stop the others."""
    seen = False
    for line in lines:
        where = f"{origin}:{line.number}"
        if line.problem:
            seen = True
            yield failure(where, line.problem)
            continue
        if not line.text.strip():
            continue
        seen = True
        if too_deep(line.text):
            yield failure(where, f"JSON nested deeper than {MAX_DEPTH} levels; an article is a flat object")
            continue
        try:
            value = single(line.text)
        except JsonError as exc:
            yield failure(where, str(exc))
            continue
        yield to_article(value, where, max_text_chars=max_text_chars)
    if not seen:
        yield failure(origin, "no article: the file holds only blank lines")
