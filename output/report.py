"""A self-contained HTML report of a built dataset, plus its charts as PNG files.

`write_report(DIR)` reads the dataset's tables (`load`), draws three charts (events and fatalities per
month by event type, the most active actors, a world map of the events coloured by event type with
Natural Earth's country outlines shipped in the package) and writes `DIR/report/report.html` with the
charts embedded as data URIs, so the file opens anywhere without a network: nothing in it is fetched.
The summary, the top actors, the events by country and the rejects (rule and message) are HTML tables.
An empty build gives a report that says so.

Example:
    >>> from conflict_events.output.report import write_report
    >>> write_report("dataset").html  # doctest: +SKIP
    PosixPath('dataset/report/report.html')
"""

from __future__ import annotations

import base64
import html
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd

from . import report_charts as charts
from .load import load

#: How many actors and rejects the report lists.
TOP_ACTORS = 15
MAX_REJECTS = 200

_CSS = """
body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:2em auto;max-width:1000px;color:#222;
padding:0 1em}h1{font-size:1.6em;margin-bottom:.2em}h2{font-size:1.2em;margin-top:2em;border-bottom:1px solid #ddd}
table{border-collapse:collapse;font-size:.85em;margin:.5em 0}td,th{border:1px solid #ddd;padding:.25em .6em;
text-align:left;vertical-align:top}th{background:#f4f4f4}td.n{text-align:right}img{max-width:100%;height:auto}
.muted{color:#666;font-size:.85em}
"""


@dataclass(frozen=True)
class Report:
    """The files a report wrote."""

    html: Path
    images: tuple[Path, ...]


def write_report(dataset: str | os.PathLike[str], out: str | os.PathLike[str] | None = None) -> Report:
    """Write the report of a built dataset into `out` (default `DIR/report/`); return the files.

    `out` is a folder (the page is `out/report.html`) or the page's own path ending in `.html`; the
    charts' PNG files go beside the page either way.

    Raises FileNotFoundError when `dataset` holds no built dataset, and charts.MissingPlotting when
    matplotlib is not installed.
    """
    folder = Path(dataset)
    events = load(folder)
    articles = load(folder, "articles")
    rejects = load(folder, "rejects")
    page_path = Path(out) if out is not None else folder / "report"
    if page_path.suffix.lower() not in (".html", ".htm"):
        page_path = page_path / "report.html"
    target = page_path.parent
    target.mkdir(parents=True, exist_ok=True)
    actors = actor_counts(events)
    figures = {
        "events_per_month.png": charts.monthly(events),
        "top_actors.png": charts.top_actors(actors),
        "map.png": charts.world_map(events),
    }
    images = {name: charts.save(fig, target / name) for name, fig in figures.items()}
    page = render(folder, events, articles, rejects, actors, images)
    page_path.write_text(page, encoding="utf-8")
    return Report(page_path, tuple(target / name for name in images))


def actor_counts(events: pd.DataFrame, top: int = TOP_ACTORS) -> pd.DataFrame:
    """The most active actors: events in which each is actor1 or actor2 (columns actor, events)."""
    names = pd.concat([events["actor1"], events["actor2"]]).dropna().astype(str)
    names = names[names != ""]
    counts = names.value_counts().head(top)
    return pd.DataFrame({"actor": counts.index, "events": counts.to_numpy()})


def summary(events: pd.DataFrame, articles: pd.DataFrame, rejects: pd.DataFrame) -> list[tuple[str, str]]:
    """The summary table's rows."""
    status = articles["status"].astype(str).value_counts() if not articles.empty else pd.Series(dtype=int)
    rows = [
        ("Articles", f"{len(articles):,}"),
        ("Articles with events", f"{int(status.get('events', 0)):,}"),
        ("Articles with no event", f"{int(status.get('no_event', 0)):,}"),
        ("Articles rejected (unreadable)", f"{int(status.get('rejected', 0)):,}"),
        ("Events", f"{len(events):,}"),
        ("Fatalities", f"{int(events['fatalities'].sum()) if not events.empty else 0:,}"),
    ]
    if not events.empty:
        first, last = events["event_date"].min(), events["event_date"].max()
        rows.append(("Dates", f"{first:%Y-%m-%d} to {last:%Y-%m-%d}"))
        rows.append(("Countries", f"{events['country'].nunique():,}"))
    rows.append(("Rejected candidate events", f"{len(rejects):,}"))
    return rows


def _table(header: list[str], rows: list[list[object]], numeric: set[int] | None = None) -> str:
    numeric = numeric or set()
    head = "".join(f"<th>{html.escape(h)}</th>" for h in header)
    body = "".join(
        "<tr>"
        + "".join(
            f'<td class="n">{html.escape(str(v))}</td>' if i in numeric else f"<td>{html.escape(str(v))}</td>"
            for i, v in enumerate(row)
        )
        + "</tr>"
        for row in rows
    )
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _image(data: bytes, alt: str) -> str:
    return f'<img alt="{html.escape(alt)}" src="data:image/png;base64,{base64.b64encode(data).decode("ascii")}">'


def render(
    folder: Path,
    events: pd.DataFrame,
    articles: pd.DataFrame,
    rejects: pd.DataFrame,
    actors: pd.DataFrame,
    images: dict[str, bytes],
) -> str:
    """The report's HTML: one file, styles inline, charts as data URIs."""
    now = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f"<title>conflict-events report: {html.escape(folder.name)}</title>",
        f"<style>{_CSS}</style></head><body>",
        "<h1>Conflict events report</h1>",
        f'<p class="muted">Dataset <code>{html.escape(str(folder))}</code>, report written {now}.</p>',
        "<h2>Summary</h2>",
        _table(["", "Count"], [list(r) for r in summary(events, articles, rejects)], {1}),
        "<h2>Events and fatalities per month</h2>",
        _image(images["events_per_month.png"], "Events and fatalities per month by event type"),
        "<h2>Map</h2>",
        _image(images["map.png"], "Map of events coloured by event type"),
        '<p class="muted">Country outlines: Natural Earth (public domain).</p>',
        "<h2>Most active actors</h2>",
        _image(images["top_actors.png"], "Most active actors"),
    ]
    if actors.empty:
        parts.append("<p>No actors.</p>")
    else:
        parts.append(_table(["Actor", "Events"], actors.to_numpy().tolist(), {1}))
    parts.append("<h2>Events by country and event type</h2>")
    if events.empty:
        parts.append("<p>No events in this dataset.</p>")
    else:
        by = events.groupby([events["country"].astype(str), events["event_type"].astype(str)], observed=True)
        table = by.agg(events=("event_id_cnty", "size"), fatalities=("fatalities", "sum")).reset_index()
        table = table.sort_values(["events", "country"], ascending=[False, True]).head(40)
        parts.append(_table(["Country", "Event type", "Events", "Fatalities"], table.to_numpy().tolist(), {2, 3}))
    parts.append("<h2>Rejects</h2>")
    if rejects.empty:
        parts.append("<p>No candidate event was rejected by validation.</p>")
    else:
        shown = rejects.head(MAX_REJECTS)
        cells = shown[["article_id", "rule", "field", "message"]].astype(object)
        rows = cells.where(cells.notna(), "").to_numpy().tolist()
        parts.append(_table(["Article", "Rule", "Field", "Message"], rows))
        if len(rejects) > MAX_REJECTS:
            parts.append(f"<p class='muted'>First {MAX_REJECTS} of {len(rejects):,} rejects.</p>")
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"
