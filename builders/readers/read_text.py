"""Plain text and Markdown: the whole file is one article, with optional YAML front matter."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import yaml

from ..records import Article, ReadFailure
from .fields import origin_id, to_article


def split_front_matter(text: str) -> tuple[dict[str, object] | None, str, str | None]:
    """(front matter, body, error): front matter between leading `---` lines, parsed safely."""
    if not text.startswith("---"):
        return None, text, None
    lines = text.split("\n")
    for i, line in enumerate(lines[1:], start=1):
        if line.strip() in ("---", "..."):
            head, body = "\n".join(lines[1:i]), "\n".join(lines[i + 1 :])
            try:
                meta = yaml.safe_load(head)
            except yaml.YAMLError as exc:
                return None, body, f"front matter is not valid YAML ({str(exc).splitlines()[0]})"
            if meta is None:
                return {}, body, None
            if not isinstance(meta, dict):
                return None, body, "front matter is not a mapping of fields"
            return {str(k): v for k, v in meta.items()}, body, None
    return None, text, None


def read_text(path: Path, text: str, *, max_text_chars: int) -> Iterator[Article | ReadFailure]:
    """One article from a .txt or .md file."""
    meta, body, error = split_front_matter(text)
    origin = str(path)
    if error:
        yield ReadFailure(origin_id(origin), origin, f"{origin}: {error}")
        return
    fields = dict(meta or {})
    fields["text"] = body
    yield to_article(fields, origin, max_text_chars=max_text_chars)
