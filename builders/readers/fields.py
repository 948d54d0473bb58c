"""Raw article fields (from any format) to an Article, or a ReadFailure saying what is wrong.

The fields are id, title, text, published, source, url and language; only `text` is required, and any
other field is ignored. Values are stripped; `text` holding HTML markup is reduced to its visible text;
line breaks become "\\n"; a missing `id` is a hash of the text; `published` is an ISO date or date-time
kept as a date (the date as written, whatever its time zone); `language` is a lower-case primary
language subtag ("en-GB" -> "en"), English when absent.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Mapping
from datetime import date, datetime

from ..records import Article, ReadFailure
from .markup import looks_like_html, visible_text

_META = ("title", "source", "url")
_LANGUAGE_TAG = re.compile(r"[a-z]{2,3}(?=$|[-_])")
_NEWLINES = re.compile(r"\r\n?")
_SURROGATES = re.compile("[\ud800-\udfff]")  # a lone one (JSON "\\ud800") is no character: Parquet refuses it


class FieldError(ValueError):
    """A field holds a value of the wrong kind."""


def content_id(text: str) -> str:
    """A stable id for an article without one: the same text always gets the same id."""
    return "a" + hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def origin_id(origin: str) -> str:
    """The id of an input that could not be read: a hash of where it came from."""
    return "r" + hashlib.sha256(origin.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def shown(path: str | os.PathLike[str]) -> str:
    """The path as origins and messages show it; bytes of a name that are not UTF-8 are escaped."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def failure(origin: str, problem: str, *, article_id: str = "", **meta: str) -> ReadFailure:
    """A ReadFailure whose message starts with `origin` (the file, and line when there is one)."""
    return ReadFailure(article_id or origin_id(origin), origin, f"{origin}: {problem}", **meta)


def parse_published(value: object) -> date | None:
    """An ISO date or date-time ("2025-12-10", "2025-12-10T08:00:00Z") as a date; None when empty.

    Raises ValueError with a message naming the value when it is not one.
    """
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        raise ValueError(f"published date must be text such as 2025-12-10, not a {type(value).__name__}")
    text = value.strip()
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except (ValueError, OverflowError):
        pass
    try:
        return datetime.fromisoformat(text).date()
    except (ValueError, OverflowError):
        shown = text if len(text) <= 40 else text[:40] + "..."
        raise ValueError(
            f"published date {shown!r} is not an ISO date (YYYY-MM-DD) or date-time (YYYY-MM-DDTHH:MM:SSZ)"
        ) from None


def text_field(raw: Mapping[str, object], name: str) -> str:
    """The field as stripped text ("" when absent); FieldError when it is a list, an object or a boolean."""
    value = raw.get(name)
    if value is None:
        return ""
    if isinstance(value, str):
        return _SURROGATES.sub("\ufffd", value).strip()
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    raise FieldError(f"`{name}` must be a single text value, not a {type(value).__name__}")


def normalize_language(value: str) -> str:
    """The lower-case primary subtag of a language tag ("EN-gb" -> "en"); English when empty."""
    tag = value.strip().lower()
    match = _LANGUAGE_TAG.match(tag)
    return match.group(0) if match else (tag or "en")


def clean_text(text: str) -> str:
    """Article text as the pipeline wants it: visible text of any markup, "\\n" line breaks, stripped."""
    text = _NEWLINES.sub("\n", text).strip()
    if looks_like_html(text):
        text = visible_text(text).text
    return text


def to_article(raw: object, origin: str, *, max_text_chars: int) -> Article | ReadFailure:
    """An Article from raw fields, or a ReadFailure naming `origin` and the problem."""
    if not isinstance(raw, Mapping):
        return failure(origin, f"expected an article object with a `text` field, got a {type(raw).__name__}")
    try:
        given_id = text_field(raw, "id")
    except FieldError as exc:
        return failure(origin, str(exc))
    meta = {k: _SURROGATES.sub("\ufffd", v).strip() for k in _META if isinstance(v := raw.get(k), str)}
    try:
        fields = {name: text_field(raw, name) for name in ("text", "language", *_META)}
        published = parse_published(raw.get("published"))
    except ValueError as exc:
        return failure(origin, str(exc), article_id=given_id, **meta)
    text = fields["text"]
    if not text:
        return failure(origin, "no text (the `text` field is missing or empty)", article_id=given_id, **meta)
    if len(text) > max_text_chars:
        problem = f"text of {len(text):,} characters is over the limit of {max_text_chars:,}"
        return failure(origin, problem, article_id=given_id, **meta)
    text = clean_text(text)
    if not text:
        return failure(origin, "no visible text in the `text` markup", article_id=given_id, **meta)
    return Article(
        id=given_id or content_id(text),
        text=text,
        title=fields["title"],
        published=published,
        source=fields["source"],
        url=fields["url"],
        language=normalize_language(fields["language"]),
        origin=origin,
    )
