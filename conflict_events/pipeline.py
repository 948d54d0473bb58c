"""The build: read -> extract -> derive -> validate -> write. The only module that imports every stage."""

from __future__ import annotations

import os
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any

import pandas as pd

from conflict_events import __version__
from conflict_events.builders.actors import ActorDictionary
from conflict_events.builders.derive import event_row
from conflict_events.builders.extract import DEFAULT_MIN_CONFIDENCE, extract
from conflict_events.builders.ids import assign_ids, event_key
from conflict_events.builders.readers import read_inputs
from conflict_events.builders.records import Article, CandidateEvent, ReadFailure
from conflict_events.builders.sources import source_columns
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


@dataclass
class _Collected:
    articles: list[dict[str, Any]] = field(default_factory=list)
    candidates: list[tuple[Article, int, CandidateEvent]] = field(default_factory=list)
    dated_by_today: int = 0  # articles with neither `published` nor a reference date


def _article_row(rec: Article | ReadFailure, status: ArticleStatus, message: str) -> dict[str, Any]:
    is_article = isinstance(rec, Article)
    return {
        "article_id": rec.id if isinstance(rec, Article) else rec.article_id,
        "title": rec.title or None,
        "published": rec.published if isinstance(rec, Article) else None,
        "source": rec.source or None,
        "url": rec.url or None,
        "language": rec.language if isinstance(rec, Article) else None,
        "origin": rec.origin or None,
        "status": status.value,
        "n_events": 0,
        "message": message or None,
        "_ok": is_article,
    }


def collect(
    records: Iterable[Article | ReadFailure], options: BuildOptions, today: date, progress: Progress | None
) -> _Collected:
    """Run the per-article extraction over every input record."""
    dictionary = ActorDictionary.load(options.actors_file)
    out = _Collected()
    for n, rec in enumerate(records, 1):
        if isinstance(rec, ReadFailure):
            out.articles.append(_article_row(rec, ArticleStatus.REJECTED, rec.message))
            continue
        reference = rec.published or options.reference_date or today
        out.dated_by_today += rec.published is None and options.reference_date is None
        ex = extract(rec, reference=reference, min_confidence=options.min_confidence, dictionary=dictionary)
        status = ArticleStatus.EVENTS if ex.events else ArticleStatus.NO_EVENT
        out.articles.append(_article_row(rec, status, ex.message))
        for i, ev in enumerate(ex.events):
            src, scale = source_columns(rec.source, rec.url, ev.place.country)
            out.candidates.append((rec, i, replace(ev, source=src, source_scale=scale)))
        if progress:
            progress(n)
    return out


def _tables(col: _Collected, timestamp: int) -> tuple[pd.DataFrame, pd.DataFrame, pd.Series]:
    keyed = [
        (event_key(a.text, i), ev.place.country, f"{ev.event_date.isoformat()}|{a.id}|{i:04d}")
        for a, i, ev in col.candidates
    ]
    ids = assign_ids(keyed)
    rows: list[dict[str, Any]] = []
    mentions: list[dict[str, Any]] = []
    article_ids: list[str] = []
    for (key, _, _), (_a, _i, ev) in zip(keyed, col.candidates, strict=True):
        eid = ids[key]
        rows.append(event_row(ev, eid, timestamp))
        article_ids.append(ev.article_id)
        mentions.extend({"event_id_cnty": eid, **m.__dict__} for m in ev.mentions)
    events = pd.DataFrame(rows, columns=list(COLUMN_NAMES))
    events["event_date"] = pd.to_datetime(events["event_date"])
    ment = pd.DataFrame(mentions, columns=[c.name for c in MENTION_COLUMNS])
    return events, ment, pd.Series(article_ids, dtype=object)


def _finish_articles(col: _Collected, valid: pd.DataFrame, mentions: pd.DataFrame) -> pd.DataFrame:
    kept = mentions[mentions["event_id_cnty"].isin(valid["event_id_cnty"])]
    n_events = kept.groupby("article_id")["event_id_cnty"].nunique().to_dict()
    for row in col.articles:
        ok = row.pop("_ok")
        row["n_events"] = int(n_events.get(row["article_id"], 0))
        if ok and row["status"] == ArticleStatus.EVENTS.value and row["n_events"] == 0:
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
    inputs = [Path(p) for p in inputs]
    started = int(time.time())
    col = collect(read_inputs(inputs), options, date.today(), progress)
    events, mentions, article_ids = _tables(col, started)
    result = validate_events(events)
    rejects = rejects_table(events, result.failures, article_ids)
    valid = result.valid
    mentions = mentions[mentions["event_id_cnty"].isin(valid["event_id_cnty"])].reset_index(drop=True)
    articles = _finish_articles(col, valid, mentions)
    info = {"tool_version": __version__, "inputs": [str(p) for p in inputs], "build_time": started}
    with DatasetWriter(Path(out), build_info=info) as writer:
        writer.write(valid, mentions, articles, rejects)
    return BuildSummary(
        out=Path(out),
        articles=Counter(articles["status"]),
        events=len(valid),
        rejects=len(rejects),
        by_event_type=Counter(valid["event_type"]),
        by_country=Counter(valid["country"]),
        dated_by_today=col.dated_by_today,
    )
