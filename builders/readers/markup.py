"""HTML to the text a reader of the page sees: the title, the visible text in paragraphs, the metadata.

Dropped: scripts, styles and other invisible elements, elements marked `hidden` or `aria-hidden`, and the
page's furniture (navigation, asides, footers, forms). When the page has <article> elements, their text
is the article and the rest of the page (lists of other stories, menus) is left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

#: Elements whose content is never shown as text.
INVISIBLE = frozenset("script style noscript template svg math iframe object canvas".split())
#: Page furniture: shown, but not part of the article.
FURNITURE = frozenset({"nav", "aside", "footer", "form", "button", "select", "dialog", "menu"})
#: Elements that end a line of text.
BLOCKS = frozenset(
    "p div br li dd dt h1 h2 h3 h4 h5 h6 tr td th section article header main figure figcaption "
    "blockquote pre table ul ol dl hr address".split()
)
#: Elements with no end tag: they cannot hold hidden content.
VOID = frozenset("area base br col embed hr img input link meta source track wbr".split())
#: Elements allowed in <head>; any other start tag means the body has begun.
HEAD = frozenset({"title", "meta", "link", "base", "script", "style", "noscript", "template"})
_TAG = re.compile(
    r"</?(?:p|br|div|span|a|b|i|em|strong|script|style|h[1-6]|li|ul|ol|table|tr|td|article|section|html|body|img"
    r"|figure|blockquote)\b[^<>]{0,2000}>",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Page:
    """What a page holds: its title, its visible text (paragraphs separated by blank lines), its metadata."""

    title: str
    text: str
    meta: dict[str, str] = field(default_factory=dict)  # <meta> name/property -> content; "lang", "canonical"


def looks_like_html(text: str) -> bool:
    """True when the text holds HTML tags (a scraped page given as an article's text)."""
    return "<" in text and _TAG.search(text) is not None


def _hidden(tag: str, attrs: dict[str, str | None]) -> bool:
    style = (attrs.get("style") or "").replace(" ", "").lower()
    return (
        tag in INVISIBLE
        or tag in FURNITURE
        or "hidden" in attrs
        or (attrs.get("aria-hidden") or "").lower() == "true"
        or "display:none" in style
    )


class _Visible(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.page: list[str] = []
        self.article: list[str] = []
        self.title: list[str] = []
        self.meta: dict[str, str] = {}
        self.skip_tag = ""
        self.skip_nest = 0
        self.in_head = self.in_title = False
        self.in_article = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.skip_tag:
            self.skip_nest += tag == self.skip_tag
            return
        found = dict(attrs)
        self.in_head = (self.in_head or tag == "head") and tag in HEAD | {"head"}
        self._metadata(tag, found)
        if tag == "title":
            self.in_title = True
        elif _hidden(tag, found) and tag not in VOID:
            self.skip_tag, self.skip_nest = tag, 1
        elif tag == "article":
            self.in_article += 1
        if tag in BLOCKS:
            self._add("\n")

    def handle_endtag(self, tag: str) -> None:
        if self.skip_tag:
            self.skip_nest -= tag == self.skip_tag
            if not self.skip_nest:
                self.skip_tag = ""
            return
        if tag == "title":
            self.in_title = False
        elif tag == "head":
            self.in_head = False
        elif tag == "article":
            self.in_article = max(0, self.in_article - 1)
        if tag in BLOCKS:
            self._add("\n")

    def handle_data(self, data: str) -> None:
        if self.in_title and not self.skip_tag:
            self.title.append(data)
        elif not (self.skip_tag or self.in_head):
            self._add(data)

    def _add(self, data: str) -> None:
        self.page.append(data)
        if self.in_article:
            self.article.append(data)

    def _metadata(self, tag: str, attrs: dict[str, str | None]) -> None:
        if tag == "html" and attrs.get("lang"):
            self.meta["lang"] = attrs["lang"] or ""
        elif tag == "meta" and attrs.get("content"):
            key = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").lower()
            if key:
                self.meta.setdefault(key, attrs["content"] or "")
        elif tag == "link" and (attrs.get("rel") or "").lower() == "canonical" and attrs.get("href"):
            self.meta["canonical"] = attrs["href"] or ""


def _paragraphs(parts: list[str]) -> str:
    lines = (" ".join(line.split()) for line in "".join(parts).split("\n"))
    return "\n\n".join(line for line in lines if line)


def visible_text(markup: str) -> Page:
    """The title, visible text and metadata of an HTML page (or of an HTML fragment)."""
    parser = _Visible()
    parser.feed(markup)
    parser.close()
    article = _paragraphs(parser.article)
    title = " ".join("".join(parser.title).split()) or " ".join(parser.meta.get("og:title", "").split())
    return Page(title, article or _paragraphs(parser.page), parser.meta)
