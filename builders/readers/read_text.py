"""Plain text and Markdown: the whole file is one article, with optional YAML front matter.

Front matter is a first line `---`, fields as YAML, and a closing line `---` (or `...`). It is read with
PyYAML's BaseLoader: no tag is ever executed or constructed, and every value stays text ("0012" stays
"0012", "no" stays "no"), so the date and id rules are those of every other format.
"""

from __future__ import annotations

from collections.abc import Iterator

import yaml

from ..records import Article, ReadFailure
from .fields import failure, to_article


class FrontMatterError(ValueError):
    """The front matter is there but cannot be used."""


def _parse(head: str) -> dict[str, object]:
    try:
        meta = yaml.load(head, Loader=yaml.BaseLoader)  # builds only str, list and dict: runs nothing
    except yaml.YAMLError as exc:
        raise FrontMatterError(f"front matter is not valid YAML ({str(exc).splitlines()[0]})") from None
    except RecursionError:
        raise FrontMatterError("front matter is nested too deeply") from None
    if meta is None:
        return {}
    if not isinstance(meta, dict):
        raise FrontMatterError("front matter is not a mapping of fields such as `title: ...`")
    for key, value in meta.items():
        if not isinstance(value, str):
            raise FrontMatterError(f"front matter field `{key}` must be one value, not a list or mapping")
    return {str(k).strip().lower(): v for k, v in meta.items()}


def split_front_matter(text: str) -> tuple[dict[str, object], str]:
    """(front matter fields, body); no front matter gives ({}, text). FrontMatterError when it is unusable."""
    lines = text.split("\n")
    if lines[0].rstrip() != "---":
        return {}, text
    for i, line in enumerate(lines[1:], start=1):
        if line.rstrip() in ("---", "..."):
            return _parse("\n".join(lines[1:i])), "\n".join(lines[i + 1 :])
    raise FrontMatterError("front matter is not closed: add a line `---` after the fields")


def read_text(origin: str, text: str, *, max_text_chars: int) -> Iterator[Article | ReadFailure]:
    """One article from a .txt or .md file."""
    try:
        fields, body = split_front_matter(text)
    except FrontMatterError as exc:
        yield failure(origin, str(exc))
        return
    if not body.strip():
        where = "after the front matter" if fields else "in the file"
        meta = {k: v for k in ("title", "source", "url") if isinstance(v := fields.get(k), str)}
        given_id = str(fields.get("id", "")).strip()
        yield failure(origin, f"no text {where} (it holds only white space)", article_id=given_id, **meta)
        return
    yield to_article({**fields, "text": body}, origin, max_text_chars=max_text_chars)
