"""The one-screen summary printed at the end of a build."""

from __future__ import annotations

from collections import Counter

from conflict_events.pipeline import BuildSummary


def _counts(title: str, counts: Counter[str], top: int = 8) -> list[str]:
    if not counts:
        return []
    lines = [f"  {title}:"]
    for name, n in counts.most_common(top):
        lines.append(f"    {n:>7,}  {name}")
    if len(counts) > top:
        lines.append(f"    {sum(counts.values()) - sum(n for _, n in counts.most_common(top)):>7,}  (other)")
    return lines


def render_summary(s: BuildSummary) -> str:
    """Articles read by status, events, rejects, and events by type and country."""
    read = sum(s.articles.values())
    status = ", ".join(f"{n:,} {k}" for k, n in sorted(s.articles.items()))
    lines = [
        f"built {s.out}/",
        f"  articles read: {read:,} ({status or 'none'})",
        f"  events: {s.events:,}   rejected candidates: {s.rejects:,}",
        f"  articles reused from the previous build: {s.reused:,}",
    ]
    lines += _counts("by event type", s.by_event_type)
    lines += _counts("by country", s.by_country)
    return "\n".join(lines)
