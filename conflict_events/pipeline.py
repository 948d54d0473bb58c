"""The build: read -> extract -> derive -> validate -> write. The only module that imports every stage."""

from __future__ import annotations

import hashlib
import os
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any

import pandas as pd

from conflict_events import __version__
from conflict_events.builders.actors import ActorDictionary
from conflict_events.builders.dedupe import Merged, deduplicate
from conflict_events.builders.derive import event_row
from conflict_events.builders.extract import DEFAULT_MIN_CONFIDENCE, EXTRACTOR, extract
from conflict_events.builders.ids import assign_ids, event_key
from conflict_events.builders.readers import read_inputs
from conflict_events.builders.records import Article, CandidateEvent, ReadFailure
from conflict_events.builders.serialize import from_dict, to_dict
from conflict_events.builders.sources import source_columns
from conflict_events.engines import map_records
from conflict_events.output.outcomes import read_outcomes, write_outcomes
from conflict_events.output.registry import Entry, read_registry, write_registry
from conflict_events.output.writer import DatasetWriter
from conflict_events.schema.columns import COLUMN_NAMES
from conflict_events.schema.tables import ARTICLE_COLUMNS, MENTION_COLUMNS, ArticleStatus
from conflict_events.validation.validate import rejects_table, validate_events

Progress = Callable[[int], None]


@dataclass(frozen=True)
class BuildOptions:
    """Everything a build can be told besides its inputs and output folder."""

    reference_date: date | None = None  # for articles without `published`; default: today
    min_confidence: float = DEFAULT_MIN_CONFIDENCE
    actors_file: Path | None = None
    full: bool = False  # ignore the previous dataset in `out` (ids and timestamps start afresh)
    jobs: int = 1  # worker processes for extraction; 0 = all cores
    engine: str = "local"  # "local" (processes on this machine) or "dask"
    scheduler: str | None = None  # Dask scheduler address; None starts a local cluster


@dataclass(frozen=True)
class BuildSummary:
    """What a build did, for the one-screen summary and for callers of the API."""

    out: Path
    articles: Counter[str]
    events: int
    rejects: int
    by_event_type: Counter[str] = field(default_factory=Counter)
    by_country: Counter[str] = field(default_factory=Counter)
    dated_by_today: int = 0
    reused: int = 0  # articles whose outcome was taken from the previous build


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
    ex = extract(rec, reference=reference, min_confidence=options.min_confidence, dictionary=dictionary)
    status = ArticleStatus.EVENTS if ex.events else ArticleStatus.NO_EVENT
    keyed = []
    for i, ev in enumerate(ex.events):
        src, scale = source_columns(rec.source, rec.url, ev.place.country)
        keyed.append((event_key(rec.text, i), replace(ev, source=src, source_scale=scale)))
    undated = rec.published is None and options.reference_date is None
    return Outcome(_article_row(rec, status, ex.message), tuple(keyed), undated, fingerprint(rec, options, today))


@dataclass
class _Collected:
    articles: list[dict[str, Any]] = field(default_factory=list)
    candidates: list[tuple[str, CandidateEvent]] = field(default_factory=list)
    dated_by_today: int = 0  # articles with neither `published` nor a reference date
    reused: int = 0
    cache: dict[str, dict[str, Any]] = field(default_factory=dict)


def collect(outcomes: Iterable[Outcome], progress: Progress | None) -> _Collected:
    """Gather the per-article outcomes, in input order."""
    out = _Collected()
    for n, o in enumerate(outcomes, 1):
        out.articles.append(o.article)
        out.candidates.extend(o.events)
        out.dated_by_today += o.dated_by_today
        out.reused += o.reused
        if o.fingerprint:
            out.cache[o.fingerprint] = o.to_json()
        if progress:
            progress(n)
    return out


def _tables(
    merged: list[Merged], registry: dict[str, Entry], now: int
) -> tuple[pd.DataFrame, pd.DataFrame, pd.Series, dict[str, Entry]]:
    """Events, mentions and the article of each event; ids and timestamps from the registry."""
    ids = assign_ids(
        ((members, ev.place.country, f"{ev.event_date.isoformat()}|{key}") for key, ev, members in merged),
        {k: e.event_id_cnty for k, e in registry.items()},
    )
    first_seen = {e.event_id_cnty: e.timestamp for e in registry.values()}
    rows: list[dict[str, Any]] = []
    mentions: list[dict[str, Any]] = []
    entries: dict[str, Entry] = {}
    for eid, (_key, ev, members) in zip(ids, merged, strict=True):
        stamp = first_seen.get(eid, now)
        entries.update((k, Entry(eid, stamp)) for k in members)
        rows.append(event_row(ev, eid, stamp))
        mentions.extend({"event_id_cnty": eid, **asdict(m)} for m in ev.mentions)
    events = pd.DataFrame(rows, columns=list(COLUMN_NAMES))
    events["event_date"] = pd.to_datetime(events["event_date"])
    ment = pd.DataFrame(mentions, columns=[c.name for c in MENTION_COLUMNS])
    article_ids = pd.Series([ev.article_id for _, ev, _ in merged], dtype=object)
    return events, ment, article_ids, entries


def _finish_articles(col: _Collected, valid: pd.DataFrame, mentions: pd.DataFrame) -> pd.DataFrame:
    n_events = mentions.groupby("article_id")["event_id_cnty"].nunique().to_dict()
    for row in col.articles:
        row["n_events"] = int(n_events.get(row["article_id"], 0))
        if row["status"] == ArticleStatus.EVENTS.value and row["n_events"] == 0:
            row["status"] = ArticleStatus.NO_EVENT.value
            row["message"] = "every candidate event failed validation (see rejects)"
    frame = pd.DataFrame(col.articles, columns=[c.name for c in ARTICLE_COLUMNS])
    frame["published"] = pd.to_datetime(frame["published"])
    return frame


def build(
    inputs: Iterable[str | os.PathLike[str]],
    out: str | os.PathLike[str] = "dataset",
    *,
    options: BuildOptions | None = None,
    progress: Progress | None = None,
) -> BuildSummary:
    """Build a dataset from article files or folders and write it to `out`.

    Example:
        >>> from conflict_events import build
        >>> summary = build(["seeds"], out="dataset")  # doctest: +SKIP
        >>> summary.events  # doctest: +SKIP
        2
    """
    options = options or BuildOptions()
    paths = [Path(p) for p in inputs]
    started = int(time.time())
    today = date.today()
    cache = {} if options.full else read_outcomes(Path(out))
    records = reuse_or_pass(read_inputs(paths), cache, options, today)
    outcomes = map_records(
        process_item, records, options, today, jobs=options.jobs, engine=options.engine, scheduler=options.scheduler
    )
    col = collect(outcomes, progress)
    registry = {} if options.full else read_registry(Path(out))
    events, mentions, article_ids, entries = _tables(deduplicate(col.candidates), registry, started)
    result = validate_events(events)
    rejects = rejects_table(events, result.failures, article_ids)
    valid = result.valid
    mentions = mentions[mentions["event_id_cnty"].isin(valid["event_id_cnty"])].reset_index(drop=True)
    articles = _finish_articles(col, valid, mentions)
    info = {"tool_version": __version__, "inputs": [str(p) for p in paths], "build_time": started}
    with DatasetWriter(Path(out), build_info=info) as writer:
        writer.write(valid, mentions, articles, rejects)
        write_registry(writer.folder, entries)
        write_outcomes(writer.folder, col.cache)
    return BuildSummary(
        out=Path(out),
        articles=Counter(articles["status"]),
        events=len(valid),
        rejects=len(rejects),
        by_event_type=Counter(valid["event_type"]),
        by_country=Counter(valid["country"]),
        dated_by_today=col.dated_by_today,
        reused=col.reused,
    )
