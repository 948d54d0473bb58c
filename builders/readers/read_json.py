"""JSON (one article object or a list of them) and JSON Lines (one article object per line)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..records import Article, ReadFailure
from .fields import origin_id, to_article

#: Deeper nesting than this is refused before parsing (a JSON nesting bomb).
MAX_DEPTH = 64


def _too_deep(text: str) -> bool:
    depth = 0
    in_string = escaped = False
    for c in text:
        if in_string:
            escaped, in_string = (False, True) if escaped else (c == "\\", c != '"')
            continue
        if c == '"':
            in_string = True
        elif c in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                return True
        elif c in "]}":
            depth -= 1
    return False


def _parse(text: str, where: str) -> tuple[object, str | None]:
    if _too_deep(text):
        return None, f"{where}: JSON nested deeper than {MAX_DEPTH} levels"
    try:
        return json.loads(text), None
    except (json.JSONDecodeError, RecursionError) as exc:
        return None, f"{where}: malformed JSON ({exc})"


def _as_mapping(value: object) -> Any:
    """JSON values go to `to_article` as they are; it reports anything that is not an object."""
    return value


def read_json(path: Path, text: str, *, max_text_chars: int) -> Iterator[Article | ReadFailure]:
    """The articles of a .json file: an object, or a list of objects."""
    origin = str(path)
    data, error = _parse(text, origin)
    if error:
        yield ReadFailure(origin_id(origin), origin, error)
        return
    items = data if isinstance(data, list) else [data]
    for n, item in enumerate(items, start=1):
        where = f"{origin}:{n}" if isinstance(data, list) else origin
        yield to_article(_as_mapping(item), where, max_text_chars=max_text_chars)


def read_jsonl(path: Path, lines: Iterator[str], *, max_text_chars: int) -> Iterator[Article | ReadFailure]:
    """The articles of a .jsonl file, one per non-empty line; a bad line does not stop the others."""
    for n, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{path}:{n}"
        data, error = _parse(line, where)
        if error:
            yield ReadFailure(origin_id(where), where, error)
            continue
        yield to_article(_as_mapping(data), where, max_text_chars=max_text_chars)
