"""The build: read -> extract -> derive -> validate -> write. The only module that imports every stage."""

from __future__ import annotations

import gc
import os
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any

import pandas as pd

from conflict_events import __version__
from conflict_events.builders.actors import ActorDictionary
from conflict_events.builders.corrections import Action, apply_corrections, read_corrections
from conflict_events.builders.dedupe import Merged, deduplicate
from conflict_events.builders.derive import event_row
from conflict_events.builders.extract import warm_up
from conflict_events.builders.ids import assign_ids
from conflict_events.builders.readers import read_inputs
from conflict_events.builders.records import CandidateEvent
from conflict_events.engines import map_records
from conflict_events.output.outcomes import outcome_json, read_outcomes, write_outcomes
from conflict_events.output.registry import Entry, read_registry, write_registry
from conflict_events.output.writer import DatasetWriter
from conflict_events.schema.columns import COLUMN_NAMES
from conflict_events.schema.tables import ARTICLE_COLUMNS, MENTION_COLUMNS, ArticleStatus
from conflict_events.steps import BuildOptions, Outcome, process_item, reuse_or_pass
from conflict_events.validation.validate import analyst_rejects, rejects_table, validate_events

Progress = Callable[[int], None]


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
    stale_corrections: tuple[str, ...] = ()  # corrections whose event is not in this build


@dataclass
class _Collected:
    articles: list[dict[str, Any]] = field(default_factory=list)
    candidates: list[tuple[str, CandidateEvent]] = field(default_factory=list)
    dated_by_today: int = 0  # articles with neither `published` nor a reference date
    reused: int = 0
    cache: dict[str, str] = field(default_factory=dict)  # fingerprint -> outcome as JSON


def collect(outcomes: Iterable[Outcome], progress: Progress | None) -> _Collected:
    """Gather the per-article outcomes, in input order."""
    out = _Collected()
    for n, o in enumerate(outcomes, 1):
        out.articles.append(o.article)
        out.candidates.extend(o.events)
        out.dated_by_today += o.dated_by_today
        out.reused += o.reused
        if o.fingerprint:
            out.cache[o.fingerprint] = outcome_json(o.to_json())  # as text: a fraction of the memory
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


def warm(options: BuildOptions) -> None:
    """Load every lexicon and the gazetteer now, with the cyclic garbage collector paused (loading makes
    millions of objects that live as long as the process: collections would walk them all, for nothing),
    then frozen out of its reach, so that later collections skip them."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        warm_up(ActorDictionary.load(options.actors_file))
    finally:
        gc.freeze()
        if enabled:
            gc.enable()


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
    started = options.now or int(os.environ.get("SOURCE_DATE_EPOCH") or time.time())
    today = date.today()
    cache = {} if options.full else read_outcomes(Path(out))
    records = reuse_or_pass(read_inputs(paths), cache, options, today)
    outcomes = map_records(
        process_item,
        records,
        options,
        today,
        jobs=options.jobs,
        engine=options.engine,
        scheduler=options.scheduler,
        prepare=partial(warm, options),  # each worker loads the lexicons and gazetteer; this process does not
    )
    col = collect(outcomes, progress)
    registry = {} if options.full else read_registry(Path(out))
    corrections = read_corrections(options.corrections) if options.corrections else []
    unmerge = {c.event_id for c in corrections if c.action == Action.UNMERGE}
    keep_apart = frozenset(k for k, e in registry.items() if e.event_id_cnty in unmerge)
    events, mentions, article_ids, entries = _tables(deduplicate(col.candidates, keep_apart), registry, started)
    applied = apply_corrections(events, corrections)
    article_ids = article_ids[events["event_id_cnty"].isin(applied.events["event_id_cnty"])].reset_index(drop=True)
    result = validate_events(applied.events)
    rejects = pd.concat(
        [rejects_table(applied.events, result.failures, article_ids), analyst_rejects(applied.rejected)],
        ignore_index=True,
    )
    valid = result.valid
    mentions = mentions[mentions["event_id_cnty"].isin(valid["event_id_cnty"])].reset_index(drop=True)
    articles = _finish_articles(col, valid, mentions)
    info = {"tool_version": __version__, "inputs": [str(p) for p in paths], "build_time": started}
    with DatasetWriter(Path(out), build_info=info, partition_by=options.partition_by) as writer:
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
        stale_corrections=tuple(c.origin + " " + c.event_id for c in applied.stale),
    )
