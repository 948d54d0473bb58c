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


def monthly(events: pd.DataFrame) -> Figure:
    """Stacked bars of events per month by event type, with the month's fatalities as a line."""
    plt = _pyplot()
    fig, ax = plt.subplots(figsize=(9, 4), dpi=_DPI)
    if events.empty:
        _empty(ax, "No events in this dataset")
        return fig
    month = events["event_date"].dt.to_period("M")
    counts = events.groupby([month, events["event_type"].astype(str)], observed=True).size().unstack(fill_value=0)
    counts = counts.reindex(columns=[t for t in COLOURS if t in counts.columns])
    labels = [str(p) for p in counts.index]
    bottom = [0] * len(labels)
    for event_type in counts.columns:
        values = counts[event_type].tolist()
        ax.bar(labels, values, bottom=bottom, color=COLOURS[event_type], label=event_type)
        bottom = [b + v for b, v in zip(bottom, values, strict=True)]
    ax.set_ylabel("events")
    deaths = events.groupby(month, observed=True)["fatalities"].sum().reindex(counts.index, fill_value=0)
    ax2 = ax.twinx()
    ax2.plot(labels, deaths.tolist(), color="black", marker="o", linewidth=1.5, label="fatalities")
    ax2.set_ylabel("fatalities")
    ax2.set_ylim(bottom=0)
    handles, names = ax.get_legend_handles_labels()
    h2, n2 = ax2.get_legend_handles_labels()
    ax.legend(handles + h2, names + n2, fontsize=7, loc="upper left", ncol=2)
    ax.set_title("Events and fatalities per month")
    ax.tick_params(axis="x", labelrotation=45, labelsize=8)
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
    ax.set_xlim(-180, 180)
    ax.set_ylim(-60, 85)
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


def save(fig: Figure, path: Path) -> bytes:
    """Write a figure as PNG and return its bytes (for embedding)."""
    plt = _pyplot()
    fig.savefig(path, format="png")
    plt.close(fig)
    return path.read_bytes()
