"""The per-article step of a build: pure, picklable, run by whichever engine maps it over the inputs.

An input record becomes an `Outcome`: its `articles` row and its keyed candidate events. Outcomes of
unchanged articles are reused from the previous build through their fingerprint.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

from conflict_events import __version__
from conflict_events.builders.actors import ActorDictionary
from conflict_events.builders.extract import DEFAULT_MIN_CONFIDENCE, EXTRACTOR, extract
from conflict_events.builders.ids import event_key
from conflict_events.builders.records import Article, CandidateEvent, ReadFailure
from conflict_events.builders.serialize import from_dict, to_dict
from conflict_events.builders.sources import source_columns
from conflict_events.schema.tables import ArticleStatus


@dataclass(frozen=True)
class BuildOptions:
    """Everything a build can be told besides its inputs and output folder."""

    reference_date: date | None = None  # for articles without `published`; default: today
    min_confidence: float = DEFAULT_MIN_CONFIDENCE
    actors_file: Path | None = None
    corrections: Path | None = None  # an analyst's corrections CSV, applied by event id
    full: bool = False  # ignore the previous dataset in `out` (ids and timestamps start afresh)
    jobs: int = 1  # worker processes for extraction; 0 = all cores
    engine: str = "local"  # "local" (processes on this machine) or "dask"
    scheduler: str | None = None  # Dask scheduler address; None starts a local cluster
    partition_by: tuple[str, ...] = ()  # also write events/ partitioned by these columns (e.g. country, year)
    now: int | None = None  # the build's time (Unix seconds) for new events; default SOURCE_DATE_EPOCH, else the clock


@dataclass(frozen=True)
class Outcome:
    """What one input record became: its `articles` row and its keyed candidate events."""

    article: dict[str, Any]
    events: tuple[tuple[str, CandidateEvent], ...] = ()
    dated_by_today: bool = False
    fingerprint: str = ""  # empty for inputs that could not be read (never cached)
    reused: bool = False  # taken from the previous build's cache instead of extracted

    def to_json(self) -> dict[str, Any]:
        """The outcome as JSON-able data, for the incremental-build cache."""
        article = dict(self.article)
        if article["published"] is not None:
            article["published"] = article["published"].isoformat()
        return {
            "article": article,
            "events": [[k, to_dict(ev)] for k, ev in self.events],
            "dated_by_today": self.dated_by_today,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any], fingerprint: str) -> Outcome:
        """The outcome `to_json` described, marked as reused."""
        article = dict(data["article"])
        if article["published"] is not None:
            article["published"] = date.fromisoformat(article["published"])
        events = tuple((k, from_dict(ev)) for k, ev in data["events"])
        return cls(article, events, data["dated_by_today"], fingerprint, reused=True)


def _article_row(rec: Article | ReadFailure, status: ArticleStatus, message: str) -> dict[str, Any]:
    article = rec if isinstance(rec, Article) else None
    return {
        "article_id": article.id if article else rec.article_id,  # type: ignore[union-attr]
        "title": rec.title or None,
        "published": article.published if article else None,
        "source": rec.source or None,
        "url": rec.url or None,
        "language": article.language if article else None,
        "origin": rec.origin or None,
        "status": status.value,
        "n_events": 0,
        "message": message or None,
    }


def fingerprint(rec: Article, options: BuildOptions, today: date) -> str:
    """What the article's outcome depends on: the article, its reference date and the extraction settings."""
    reference = rec.published or options.reference_date or today
    actors = options.actors_file.read_bytes() if options.actors_file and options.actors_file.is_file() else b""
    parts = [
        __version__,
        EXTRACTOR,
        rec.id,
        rec.title,
        rec.text,
        rec.source,
        rec.url,
        rec.language,
        reference.isoformat(),
        repr(options.min_confidence),
        hashlib.sha256(actors).hexdigest(),
    ]
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()


def reuse_or_pass(
    records: Iterable[Article | ReadFailure], cache: dict[str, dict[str, Any]], options: BuildOptions, today: date
) -> Iterator[Article | ReadFailure | Outcome]:
    """Replace every article whose fingerprint is in the cache by its cached outcome."""
    for rec in records:
        if isinstance(rec, Article) and cache:
            fp = fingerprint(rec, options, today)
            if fp in cache:
                yield Outcome.from_json(cache[fp], fp)
                continue
        yield rec


def process_item(item: Article | ReadFailure | Outcome, options: BuildOptions, today: date) -> Outcome:
    """The task every engine maps: a cached outcome passes through, anything else is processed."""
    return item if isinstance(item, Outcome) else process(item, options, today)


def process(rec: Article | ReadFailure, options: BuildOptions, today: date) -> Outcome:
    """The pure per-article step: extraction, sources and event keys. Safe to run in any process."""
    if isinstance(rec, ReadFailure):
        return Outcome(_article_row(rec, ArticleStatus.REJECTED, rec.message))
    reference = rec.published or options.reference_date or today
    dictionary = ActorDictionary.load(options.actors_file)
    try:
        ex = extract(rec, reference=reference, min_confidence=options.min_confidence, dictionary=dictionary)
    except Exception as exc:  # a bug must cost one article, named, never the build
        message = f"{rec.origin or rec.id}: extraction failed ({type(exc).__name__}: {exc}); please report this"
        return Outcome(_article_row(rec, ArticleStatus.REJECTED, message))
    status = ArticleStatus.EVENTS if ex.events else ArticleStatus.NO_EVENT
    keyed = []
    for i, ev in enumerate(ex.events):
        src, scale = source_columns(rec.source, rec.url, ev.place.country)
        keyed.append((event_key(rec.id, rec.text, i), replace(ev, source=src, source_scale=scale)))
    undated = rec.published is None and options.reference_date is None
    return Outcome(_article_row(rec, status, ex.message), tuple(keyed), undated, fingerprint(rec, options, today))
