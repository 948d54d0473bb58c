"""The DuckDB file of a dataset, built from its Parquet files: typed tables (DATE, ENUMs generated from
`schema/`), keys where they hold, a comment on every table and column, views for the common
questions, and a `build_info` table."""

from __future__ import annotations

import json
import time
from collections.abc import Mapping
from pathlib import Path

import duckdb

from conflict_events import __version__
from conflict_events.schema.columns import COLUMNS, Column
from conflict_events.schema.countries import REGIONS
from conflict_events.schema.tables import ARTICLE_COLUMNS, MENTION_COLUMNS, REJECT_COLUMNS, ArticleStatus
from conflict_events.schema.taxonomy import ACTOR_TYPE_LABELS, DisorderType, EventType, SubEventType, all_interactions

from .parquet import SCHEMA_VERSION

DUCKDB_FILE = "events.duckdb"
ENUMS: dict[str, tuple[str, ...]] = {
    "disorder_type": tuple(d.value for d in DisorderType),
    "event_type": tuple(e.value for e in EventType),
    "sub_event_type": tuple(s.value for s in SubEventType),
    "inter": tuple(ACTOR_TYPE_LABELS.values()),
    "interaction": tuple(all_interactions().values()),
    "region": REGIONS,
    "article_status": tuple(s.value for s in ArticleStatus),
}
TABLE_COMMENTS = {
    "events": "One row per event, the 31 ACLED columns in ACLED's order.",
    "mentions": "Evidence: one row per (event, article) with the sentence and the extractor's confidence.",
    "articles": "One row per input article: events, no_event or rejected, with a message.",
    "rejects": "Candidate events that failed validation, with the rule they broke (all fields as text).",
}
VIEWS = {
    "events_by_month": (
        "Events and fatalities per country, admin1, event type and month.",
        """SELECT country, admin1, event_type, date_trunc('month', event_date)::DATE AS month,
                  count(*) AS events, sum(fatalities)::BIGINT AS fatalities
           FROM events GROUP BY ALL ORDER BY month, country, admin1, event_type""",
    ),
    "actor_activity": (
        "Every actor, as actor1 or actor2: events, fatalities, first and last date.",
        """SELECT actor, inter, count(*) AS events, sum(fatalities)::BIGINT AS fatalities,
                  min(event_date) AS first_date, max(event_date) AS last_date
           FROM (SELECT actor1 AS actor, inter1 AS inter, fatalities, event_date FROM events
                 UNION ALL
                 SELECT actor2, inter2, fatalities, event_date FROM events WHERE actor2 IS NOT NULL)
           GROUP BY ALL ORDER BY events DESC, actor""",
    ),
    "event_sources": (
        "Events joined to the articles and sentences they were built from.",
        """SELECT e.event_id_cnty, e.event_date, e.event_type, e.sub_event_type, e.country, e.location,
                  m.article_id, a.title, a.source, a.url, m.sentence, m.confidence
           FROM events e JOIN mentions m USING (event_id_cnty) LEFT JOIN articles a USING (article_id)
           ORDER BY e.event_id_cnty, m.article_id, m.char_start""",
    ),
}


def sql_type(col: Column) -> str:
    """The DuckDB type of a column: an ENUM for closed vocabularies, else by kind."""
    if col.vocabulary in ENUMS and col.kind == "str":
        return col.vocabulary
    return {"str": "VARCHAR", "date": "DATE", "int": "BIGINT", "float": "DOUBLE"}[col.kind]


def _quote(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _parquet(folder: Path, table: str) -> str:
    """A `read_parquet(...)` expression for one table's file in `folder`."""
    return "read_parquet(" + _quote(str(folder / f"{table}.parquet")) + ")"


def _create(
    con: duckdb.DuckDBPyConnection, name: str, columns: tuple[Column, ...], folder: Path, keys: str = ""
) -> None:
    """Create, fill and comment one table; `keys` is extra constraint SQL (primary and foreign keys)."""
    cols = ", ".join(f'"{c.name}" {sql_type(c)}{"" if c.nullable else " NOT NULL"}' for c in columns)
    con.execute(f"CREATE TABLE {name} ({cols}{keys})")
    select = ", ".join(f'CAST("{c.name}" AS {sql_type(c)})' for c in columns)
    con.execute(f"INSERT INTO {name} SELECT {select} FROM {_parquet(folder, name)}")
    con.execute(f"COMMENT ON TABLE {name} IS {_quote(TABLE_COMMENTS[name])}")
    for c in columns:
        con.execute(f'COMMENT ON COLUMN {name}."{c.name}" IS {_quote(c.description)}')


def _holds(con: duckdb.DuckDBPyConnection, sql: str) -> bool:
    """Whether a boolean query over the Parquet files is true."""
    row = con.execute(sql).fetchone()
    return bool(row and row[0])


def _keys(con: duckdb.DuckDBPyConnection, folder: Path) -> dict[str, str]:
    """Constraint SQL per table: primary keys on unique ids, foreign keys from mentions where every
    mention's event and article exist (a key that does not hold is left out rather than failing the build)."""
    events, articles, mentions = (_parquet(folder, t) for t in ("events", "articles", "mentions"))
    unique_articles = _holds(con, f"SELECT count(*) = count(DISTINCT article_id) FROM {articles}")
    keys = {"events": ", PRIMARY KEY (event_id_cnty)", "articles": ", PRIMARY KEY (article_id)" * unique_articles}
    mention_keys = ""
    if _holds(con, f"SELECT count(*) = 0 FROM {mentions} m ANTI JOIN {events} e USING (event_id_cnty)"):
        mention_keys += ", FOREIGN KEY (event_id_cnty) REFERENCES events (event_id_cnty)"
    if unique_articles and _holds(
        con, f"SELECT count(*) = 0 FROM {mentions} m ANTI JOIN {articles} a USING (article_id)"
    ):
        mention_keys += ", FOREIGN KEY (article_id) REFERENCES articles (article_id)"
    return keys | {"mentions": mention_keys}


def _build_info(con: duckdb.DuckDBPyConnection, build_info: Mapping[str, object]) -> None:
    """The `build_info` table: versions, build time, inputs, row counts, and whatever the caller passed."""
    counts = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLE_COMMENTS}  # type: ignore[index]
    info = {
        "tool_version": __version__,
        "schema_version": SCHEMA_VERSION,
        "build_time": int(time.time()),
        **build_info,
        "counts": counts,
    }
    con.execute("CREATE TABLE build_info (key VARCHAR PRIMARY KEY, value VARCHAR)")
    rows = [(k, json.dumps(v, default=str, sort_keys=True)) for k, v in info.items()]
    con.executemany("INSERT INTO build_info VALUES (?, ?)", rows)
    con.execute(
        "COMMENT ON TABLE build_info IS 'How this dataset was built: versions, time, inputs, counts (values are JSON).'"
    )
    con.execute("COMMENT ON COLUMN build_info.key IS 'What is recorded.'")
    con.execute("COMMENT ON COLUMN build_info.value IS 'Its value, as JSON.'")


def write_duckdb(folder: Path, build_info: Mapping[str, object]) -> Path:
    """Create `folder/events.duckdb` from the Parquet files in `folder`; `build_time` defaults to now."""
    path = folder / DUCKDB_FILE
    path.unlink(missing_ok=True)
    con = duckdb.connect(str(path))
    try:
        for name, values in ENUMS.items():
            con.execute(f"CREATE TYPE {name} AS ENUM ({', '.join(_quote(v) for v in values)})")
        keys = _keys(con, folder)
        _create(con, "events", COLUMNS, folder, keys["events"])
        _create(con, "articles", ARTICLE_COLUMNS, folder, keys["articles"])
        _create(con, "mentions", MENTION_COLUMNS, folder, keys["mentions"])
        _create(con, "rejects", REJECT_COLUMNS, folder)
        for view, (comment, sql) in VIEWS.items():
            con.execute(f"CREATE VIEW {view} AS {sql}")
            con.execute(f"COMMENT ON VIEW {view} IS {_quote(comment)}")
        _build_info(con, build_info)
        con.execute("CHECKPOINT")
    finally:
        con.close()
    return path
