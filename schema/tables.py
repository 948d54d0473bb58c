"""The companion tables written beside `events`: mentions, articles and rejects.

Like `columns.COLUMNS` for events, these tuples are the only place their columns are listed.
"""

from __future__ import annotations

from enum import StrEnum

from .columns import COLUMNS, Column


class ArticleStatus(StrEnum):
    """What became of an input article: every article ends in exactly one of these."""

    EVENTS = "events"
    NO_EVENT = "no_event"
    REJECTED = "rejected"


MENTION_COLUMNS: tuple[Column, ...] = (
    Column("event_id_cnty", "str", False, "The event this evidence supports."),
    Column("article_id", "str", False, "The article the evidence comes from."),
    Column("sentence", "str", False, "The evidence text."),
    Column("char_start", "int", False, "Offset of the evidence's first character in the article text."),
    Column("char_end", "int", False, "Offset just past the evidence's last character."),
    Column("extractor", "str", False, "Name and version of the extractor that found it."),
    Column("confidence", "float", False, "How sure the extractor is, in [0, 1]."),
)

ARTICLE_COLUMNS: tuple[Column, ...] = (
    Column("article_id", "str", False, "Article id: given in the input, else a hash of the content."),
    Column("title", "str", True, "Title, when given."),
    Column("published", "date", True, "Publication date, when given."),
    Column("source", "str", True, "Outlet name."),
    Column("url", "str", True, "URL, when given."),
    Column("language", "str", True, "Language code (en, es, ...)."),
    Column("origin", "str", True, "File (and line) the article was read from."),
    Column("status", "str", False, "events, no_event or rejected.", "article_status"),
    Column("n_events", "int", False, "Number of events in `events` built from the article."),
    Column("message", "str", True, "Why the article was rejected or produced no event."),
)

#: A rejected candidate: where it came from, which rule it broke, and its fields as text.
REJECT_COLUMNS: tuple[Column, ...] = (
    Column("article_id", "str", True, "Article the candidate was built from."),
    Column("row", "int", False, "Position of the candidate in the build's candidate table."),
    Column("field", "str", True, "Column the failed rule is about, when it is about one."),
    Column("rule", "str", False, "Rule code from validation's closed set."),
    Column("message", "str", False, "What is wrong, in words."),
) + tuple(Column(c.name, "str", True, c.description) for c in COLUMNS)
