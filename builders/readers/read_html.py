"""HTML: the visible text of the page (scripts, styles and other invisible parts dropped); <title> as title."""

from __future__ import annotations

from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

from ..records import Article, ReadFailure
from .fields import to_article

_INVISIBLE = {"script", "style", "noscript", "template", "head", "svg", "iframe"}
_BLOCK = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article", "header", "footer"}


class _Visible(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title: list[str] = []
        self.hidden = 0
        self.in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title":
            self.in_title = True
        elif tag in _INVISIBLE:
            self.hidden += 1
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        elif tag in _INVISIBLE:
            self.hidden = max(0, self.hidden - 1)
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title.append(data)
        elif not self.hidden:
            self.parts.append(data)


def visible_text(markup: str) -> tuple[str, str]:
    """(title, visible text) of an HTML page."""
    parser = _Visible()
    parser.feed(markup)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).split("\n"))
    return " ".join("".join(parser.title).split()), "\n\n".join(line for line in lines if line)


def read_html(path: Path, text: str, *, max_text_chars: int) -> Iterator[Article | ReadFailure]:
    """One article from an .html file."""
    title, body = visible_text(text)
    yield to_article({"title": title, "text": body}, str(path), max_text_chars=max_text_chars)
