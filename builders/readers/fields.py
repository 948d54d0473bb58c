"""Raw article fields (from any format) to an Article, or a ReadFailure saying what is wrong."""

from __future__ import annotations

import hashlib
import html
import re
from collections.abc import Mapping
from datetime import date, datetime

from ..records import Article, ReadFailure

FIELDS = ("id", "title", "text", "published", "source", "url", "language")
_TAGS = re.compile(r"<[^>]{0,500}>")


def content_id(text: str) -> str:
    """A stable id for an article without one: the same text always gets the same id."""
    return "a" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def origin_id(origin: str) -> str:
    """The id of an input that could not be read: a hash of where it came from."""
    return "r" + hashlib.sha256(origin.encode("utf-8")).hexdigest()[:16]


def parse_published(value: object) -> date | None:
    """An ISO date or datetime ("2025-12-10", "2025-12-10T08:00:00Z") as a date; None when empty.

    Raises ValueError with a message naming the value when it is not a date.
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    try:
        if len(text) == 10:
            return date.fromisoformat(text)
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        raise ValueError(f"published {text[:40]!r} is not an ISO date (YYYY-MM-DD) or datetime") from None


def _text(value: object) -> str:
    if value is None:
        return ""
    return value.strip() if isinstance(value, str) else str(value).strip()


def to_article(raw: Mapping[str, object], origin: str, *, max_text_chars: int) -> Article | ReadFailure:
    """An Article from raw fields, or a ReadFailure naming `origin` and the problem."""
    if not isinstance(raw, Mapping):
        return ReadFailure(origin_id(origin), origin, f"{origin}: expected an article object, got {type(raw).__name__}")
    given_id = _text(raw.get("id"))
    text = _text(raw.get("text"))
    meta = {k: _text(raw.get(k)) for k in ("title", "source", "url")}
    fail_id = given_id or origin_id(origin)
    if not text:
        return ReadFailure(fail_id, origin, f"{origin}: no text (the `text` field is missing or empty)", **meta)
    if len(text) > max_text_chars:
        message = f"{origin}: text of {len(text):,} characters is over the limit of {max_text_chars:,}"
        return ReadFailure(fail_id, origin, message, **meta)
    if "<" in text and _TAGS.search(text):
        text = html.unescape(_TAGS.sub(" ", text))
    try:
        published = parse_published(raw.get("published"))
    except ValueError as exc:
        return ReadFailure(fail_id, origin, f"{origin}: {exc}", **meta)
    return Article(
        id=given_id or content_id(text),
        text=text,
        published=published,
        language=_text(raw.get("language")) or "en",
        origin=origin,
        **meta,
    )
