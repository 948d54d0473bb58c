"""HTML: one article per page, its visible text (see `markup`); <title> as title.

The page's own metadata fills what it can: the language from <html lang>, the URL from the canonical
link or og:url, the source from og:site_name, the publication date from the usual <meta> names. A
metadata date that is not an ISO date is left out (the page is still read), unlike a `published` field
given by the user, which must parse.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..records import Article, ReadFailure
from .fields import failure, parse_published, to_article
from .markup import Page, visible_text

#: <meta> names (or properties) that give the publication date, in order of preference.
DATE_META = ("article:published_time", "datepublished", "og:published_time", "pubdate", "date", "dc.date")


def _published(page: Page) -> str:
    for key in DATE_META:
        value = page.meta.get(key, "")
        try:
            if parse_published(value):
                return value
        except ValueError:
            continue
    return ""


def read_html(origin: str, text: str, *, max_text_chars: int) -> Iterator[Article | ReadFailure]:
    """One article from an .html file."""
    page = visible_text(text)
    if not page.text:
        yield failure(origin, "no visible text in the page", title=page.title)
        return
    fields = {
        "title": page.title,
        "text": page.text,
        "url": page.meta.get("canonical") or page.meta.get("og:url", ""),
        "source": page.meta.get("og:site_name", ""),
        "language": page.meta.get("lang", ""),
        "published": _published(page),
    }
    yield to_article(fields, origin, max_text_chars=max_text_chars)
