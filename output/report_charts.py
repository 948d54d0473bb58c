"""The report's charts as PNG images (matplotlib, drawn off-screen): events and fatalities per month by
event type, the most active actors, and a world map of the events coloured by event type."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pandas as pd

from conflict_events.schema.taxonomy import EventType

if TYPE_CHECKING:
    from matplotlib.figure import Figure

#: One colour per event type, the same in every chart and on the map.
COLOURS: dict[str, str] = {
    EventType.BATTLES.value: "#d62728",
    EventType.EXPLOSIONS.value: "#ff7f0e",
    EventType.VIOLENCE_AGAINST_CIVILIANS.value: "#9467bd",
    EventType.PROTESTS.value: "#1f77b4",
    EventType.RIOTS.value: "#2ca02c",
    EventType.STRATEGIC_DEVELOPMENTS.value: "#7f7f7f",
}

_DPI = 110


class MissingPlotting(RuntimeError):
    """matplotlib is not installed (it comes with the `report` extra)."""


def _pyplot() -> Any:
    try:
        import matplotlib
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise MissingPlotting(
            "the report draws its charts with matplotlib: pip install 'conflict-events[report]'"
        ) from exc
    matplotlib.use("Agg")  # off-screen: no display needed
    import matplotlib.pyplot as plt

    return plt


@cache
def world_rings() -> list[list[list[float]]]:
    """Country outlines (Natural Earth 1:110m, public domain) as rings of [longitude, latitude]."""
    text = resources.files(__package__).joinpath("data/world_110m.json").read_text(encoding="utf-8")
    rings: list[list[list[float]]] = json.loads(text)["rings"]
    return rings


def _empty(ax: Any, message: str) -> None:
    ax.text(0.5, 0.5, message, ha="center", va="center", transform=ax.transAxes, color="#555555")
    ax.set_xticks([])
    ax.set_yticks([])


def monthly_table(events: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Events and fatalities per month (rows: every month from the first to the last, gaps included) by
    event type (columns, in COLOURS order)."""
    dated = events.dropna(subset=["event_date"])
    if dated.empty:
        return pd.DataFrame(), pd.DataFrame()
    month = pd.to_datetime(dated["event_date"]).dt.to_period("M")
    kind = dated["event_type"].astype(str)
    months = pd.period_range(month.min(), month.max(), freq="M")
    kinds = [t for t in COLOURS if t in set(kind)] + sorted(set(kind) - set(COLOURS))
    deaths = pd.to_numeric(dated["fatalities"]).fillna(0)
    counts = deaths.groupby([month, kind]).size().unstack(fill_value=0)
    sums = deaths.groupby([month, kind]).sum().unstack(fill_value=0)
    return (
        counts.reindex(index=months, columns=kinds, fill_value=0),
        sums.reindex(index=months, columns=kinds, fill_value=0),
    )


def monthly(events: pd.DataFrame) -> Figure:
    """Two stacked bar charts over the same months: events per month and fatalities per month, by event type."""
    plt = _pyplot()
    counts, deaths = monthly_table(events)
    if counts.empty:
        fig, ax = plt.subplots(figsize=(9, 1.6), dpi=_DPI)
        _empty(ax, "No events in this dataset")
        return fig
    fig, (top, low) = plt.subplots(2, 1, figsize=(9, 6), dpi=_DPI, sharex=True)
    labels = [str(p) for p in counts.index]
    for ax, table, name in ((top, counts, "events"), (low, deaths, "fatalities")):
        bottom = [0.0] * len(labels)
        for event_type in table.columns:
            values = [float(v) for v in table[event_type]]
            ax.bar(labels, values, bottom=bottom, color=COLOURS.get(event_type, "#bbbbbb"), label=event_type)
            bottom = [b + v for b, v in zip(bottom, values, strict=True)]
        ax.set_ylabel(f"{name} per month")
        ax.grid(axis="y", alpha=0.3)
    top.legend(fontsize=7, loc="upper left", ncol=3)
    top.set_title("Events and fatalities per month, by event type")
    low.tick_params(axis="x", labelrotation=45, labelsize=8)
    fig.tight_layout()
    return fig


def top_actors(actors: pd.DataFrame) -> Figure:
    """Horizontal bars of the events of the most active actors (`actors`: actor, events)."""
    plt = _pyplot()
    fig, ax = plt.subplots(figsize=(9, 4.5), dpi=_DPI)
    if actors.empty:
        _empty(ax, "No actors in this dataset")
        return fig
    data = actors.iloc[::-1]
    ax.barh([str(a)[:60] for a in data["actor"]], data["events"], color="#4c72b0")
    ax.set_xlabel("events (as actor 1 or actor 2)")
    ax.set_title("Most active actors")
    ax.tick_params(axis="y", labelsize=7)
    fig.tight_layout()
    return fig


def world_map(events: pd.DataFrame) -> Figure:
    """The events on a world map (plate carrée), coloured by event type, sized by fatalities."""
    plt = _pyplot()
    fig, ax = plt.subplots(figsize=(10, 5.2), dpi=_DPI)
    for ring in world_rings():
        xs, ys = zip(*ring, strict=True)
        ax.fill(xs, ys, facecolor="#eeeeee", edgecolor="#999999", linewidth=0.4)
    west, east, south, north = extent(events)
    ax.set_xlim(west, east)
    ax.set_ylim(south, north)
    ax.set_aspect("equal")
    ax.set_xticks([])
    ax.set_yticks([])
    if events.empty:
        ax.set_title("No events in this dataset")
    else:
        for event_type, colour in COLOURS.items():
            sel = events[events["event_type"].astype(str) == event_type]
            if sel.empty:
                continue
            size = 6 + sel["fatalities"].clip(upper=50).astype(float) * 1.5
            ax.scatter(sel["longitude"], sel["latitude"], s=size, c=colour, alpha=0.7, linewidths=0, label=event_type)
        ax.legend(fontsize=7, loc="lower left", markerscale=1.5)
        ax.set_title(f"{len(events):,} events by event type (size: fatalities)")
    fig.tight_layout()
    return fig


#: Degrees of margin around the events on the map, and the smallest span it shows.
MAP_MARGIN = 8.0
MAP_MIN_SPAN = 30.0


def extent(events: pd.DataFrame) -> tuple[float, float, float, float]:
    """(west, east, south, north) of the map: the events' box plus a margin, at least MAP_MIN_SPAN degrees
    high and twice as wide as high where the world allows; the whole world (less Antarctica) when no event
    has coordinates."""
    placed = events.dropna(subset=["longitude", "latitude"]) if not events.empty else events
    if placed.empty:
        return -180.0, 180.0, -60.0, 85.0
    lon, lat = pd.to_numeric(placed["longitude"]), pd.to_numeric(placed["latitude"])
    south, north = _widen(float(lat.min()) - MAP_MARGIN, float(lat.max()) + MAP_MARGIN, MAP_MIN_SPAN, 90.0)
    # about twice as wide as high, like the figure, so the map fills it
    span = max(MAP_MIN_SPAN, 2 * (north - south))
    west, east = _widen(float(lon.min()) - MAP_MARGIN, float(lon.max()) + MAP_MARGIN, span, 180.0)
    return west, east, south, north


def _widen(lo: float, hi: float, span: float, limit: float) -> tuple[float, float]:
    """`lo`..`hi` widened to at least `span` around its middle, clipped to -limit..limit."""
    if hi - lo < span:
        mid = (lo + hi) / 2
        lo, hi = mid - span / 2, mid + span / 2
    return max(lo, -limit), min(hi, limit)


def save(fig: Figure, path: Path) -> bytes:
    """Write a figure as PNG and return its bytes (for embedding)."""
    plt = _pyplot()
    fig.savefig(path, format="png")
    plt.close(fig)
    return path.read_bytes()
