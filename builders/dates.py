"""Dates: every date expression in a text, resolved against the publication date, with ACLED's precision.

Explicit dates ("8 December 2025", "Dec. 8", "2025-12-08", "08/12/2025"), ranges ("1-5 March"),
weekdays ("on Monday"), relative days ("yesterday", "two days ago"), week-like spans ("last week",
"over the weekend": precision 2 at the middle) and months ("in January", "last month": precision 3).
A day or month without a year is the most recent one on or before the reference; nothing after the
reference date is ever returned. The words live in `data/<lang>/dates.yaml`.
"""

from __future__ import annotations

import re
from calendar import monthrange
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from importlib import resources
from typing import Any

import yaml

from conflict_events.schema.taxonomy import TimePrecision

from .prefilter import Prefilter


@dataclass(frozen=True)
class DateMention:
    """A date expression and the date ACLED would code for it."""

    start: int
    end: int
    text: str
    value: date  # the coded day (the middle of a week-like span, the 15th for a month)
    first: date  # first day the expression covers
    last: date  # last day it covers
    precision: TimePrecision
    explicit: bool  # the text names the day itself


@dataclass(frozen=True)
class _Lexicon:
    months: dict[str, int]
    weekdays: dict[str, int]
    relative_days: dict[str, int]
    relative_weeks: dict[str, Any]
    relative_months: dict[str, int]
    numbers: dict[str, int]
    patterns: dict[str, re.Pattern[str]]
    prefilter: Prefilter  # over the patterns in _ORDER


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@cache
def _lexicon(lang: str) -> _Lexicon:
    raw = yaml.safe_load(resources.files(__package__).joinpath(f"data/{lang}/dates.yaml").read_text("utf-8"))
    months = {w: int(m) for m, words in raw["months"].items() for w in words}
    weekdays = {w: i for i, w in enumerate(raw["weekdays"])}
    mon, wd, num = _alt(list(months)), _alt(list(weekdays)), _alt(list(raw["number_words"]))
    day = r"(?P<d>[0-3]?\d)(?:st|nd|rd|th)?"
    year = r"(?:,?\s+(?P<y>(?:19|20)\d\d))?"
    lead = _alt(raw["month_lead"])
    to = r"\s*(?:-|–|to|and|until)\s*"
    patterns = {
        "iso": r"\b(?P<y>(?:19|20)\d\d)-(?P<m>[01]?\d)-(?P<d>[0-3]?\d)\b",
        "numeric": r"\b(?P<d>[0-3]?\d)/(?P<m>[01]?\d)/(?P<y>(?:19|20)\d\d)\b",
        "range_dm": rf"\b(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?{to}{day}(?:\s+of)?\s+(?P<m>{mon})\b\.?{year}",
        "range_md": rf"\b(?P<m>{mon})\.?\s+(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?{to}{day}\b{year}",
        "dm": rf"\b(?:(?P<wd>{wd}),?\s+)?{day}(?:\s+of)?\s+(?P<m>{mon})\b\.?{year}",
        "md": rf"\b(?:(?P<wd>{wd}),?\s+)?(?P<m>{mon})\.?\s+{day}(?!\d)(?!\s*(?:%|km|people|percent)){year}",
        "month": rf"\b(?:(?P<lead>{lead})[\s-]+)?(?P<m>{mon})\b(?:\s+(?P<y>(?:19|20)\d\d))?",
        "ago": rf"\b(?P<n>\d+|{num})\s+(?P<unit>days?|weeks?)\s+ago\b",
        "weekday": rf"\b(?:(?P<lead>last|this past|on|early|late|this)\s+)?(?P<wd>{wd})\b",
        "rel_day": rf"\b(?P<rel>{_alt(list(raw['relative_days']))})\b",
        "rel_week": rf"\b(?P<rel>{_alt(list(raw['relative_weeks']))})\b",
        "rel_month": rf"\b(?P<rel>{_alt(list(raw['relative_months']))})\b",
    }
    return _Lexicon(
        months, weekdays, raw["relative_days"], raw["relative_weeks"], raw["relative_months"],
        raw["number_words"], {k: re.compile(v, re.IGNORECASE) for k, v in patterns.items()},
        Prefilter(patterns[k] for k in _ORDER),
    )  # fmt: skip


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _recent(m: int, d: int, ref: date) -> date | None:
    """The most recent m/d on or before ref (trying the previous year, and the one before for 29 Feb)."""
    for y in (ref.year, ref.year - 1, ref.year - 2, ref.year - 3, ref.year - 4):
        day = _safe_date(y, m, d)
        if day is not None and day <= ref:
            return day
    return None


def _day(value: date, m: re.Match[str], explicit: bool) -> DateMention:
    return DateMention(m.start(), m.end(), m.group(0), value, value, value, TimePrecision.DAY, explicit)


def _span(
    m: re.Match[str], first: date, last: date, precision: TimePrecision, value: date | None = None
) -> DateMention:
    mid = value or first + timedelta(days=(last - first).days // 2)
    return DateMention(m.start(), m.end(), m.group(0), mid, first, last, precision, False)


def _month_span(y: int, month: int, m: re.Match[str], lead: str, ref: date) -> DateMention | None:
    last_day = monthrange(y, month)[1]
    first, last = date(y, month, 1), min(date(y, month, last_day), ref)
    if first > ref:
        return None
    lead = lead.lower().strip("-")
    value = {"early": first, "beginning of": first, "start of": first, "late": last, "end of": last}.get(lead)
    value = value or min(date(y, month, 15), ref)
    return _span(m, first, last, TimePrecision.MONTH, value)


def _explicit(kind: str, m: re.Match[str], lex: _Lexicon, ref: date) -> DateMention | None:
    g = m.groupdict()
    month = int(g["m"]) if g["m"].isdigit() else lex.months[g["m"].lower()]
    if kind in ("range_dm", "range_md"):
        d2 = int(g["d"])
        last = _safe_date(int(g["y"]), month, d2) if g.get("y") else _recent(month, d2, ref)
        first = _safe_date(last.year, month, int(g["d1"])) if last else None
        if not first or not last or first > last or last > ref:
            return None
        if (last - first).days <= 1:
            return DateMention(m.start(), m.end(), m.group(0), first, first, last, TimePrecision.DAY, True)
        precision = TimePrecision.WEEK if (last - first).days <= 7 else TimePrecision.MONTH
        return _span(m, first, last, precision)
    day = _safe_date(int(g["y"]), month, int(g["d"])) if g.get("y") else _recent(month, int(g["d"]), ref)
    return _day(day, m, True) if day and day <= ref else None


def _relative(kind: str, m: re.Match[str], lex: _Lexicon, ref: date) -> DateMention | None:
    g = m.groupdict()
    if kind == "weekday":
        back = (ref.weekday() - lex.weekdays[g["wd"].lower()]) % 7
        if back == 0 and (g.get("lead") or "").lower() in ("last", "this past"):
            back = 7
        return _day(ref - timedelta(days=back), m, False)
    if kind == "rel_day":
        return _day(ref - timedelta(days=lex.relative_days[g["rel"].lower()]), m, False)
    if kind == "ago":
        n = int(g["n"]) if g["n"].isdigit() else lex.numbers[g["n"].lower()]
        if g["unit"].startswith("week"):
            centre = ref - timedelta(days=7 * n)
            return _span(
                m, centre - timedelta(days=3), min(centre + timedelta(days=3), ref), TimePrecision.WEEK, centre
            )
        return _day(ref - timedelta(days=n), m, False)
    if kind == "rel_week":
        rule = lex.relative_weeks[g["rel"].lower()]
        if rule == "weekend":
            saturday = ref - timedelta(days=(ref.weekday() - 5) % 7)
            return _span(m, saturday, min(saturday + timedelta(days=1), ref), TimePrecision.WEEK, saturday)
        centre = ref - timedelta(days=int(rule))
        return _span(m, centre - timedelta(days=3), min(centre + timedelta(days=3), ref), TimePrecision.WEEK, centre)
    back = lex.relative_months[g["rel"].lower()]
    y, month = (
        (ref.year, ref.month) if back == 0 else ((ref.year - 1, 12) if ref.month == 1 else (ref.year, ref.month - 1))
    )
    lead = "late" if g["rel"].lower().startswith("late") else "early" if g["rel"].lower().startswith("early") else ""
    return _month_span(y, month, m, lead, ref)


def _month(m: re.Match[str], lex: _Lexicon, ref: date) -> DateMention | None:
    g = m.groupdict()
    word = g["m"]
    if not (g.get("lead") or g.get("y")) or not word[0].isupper() or len(word) < 3:
        return None  # a bare "May" or "march" is a verb or a noun, not a date
    if (g.get("lead") or "").lower() in ("this", "last") and not g.get("y"):
        return None
    month = lex.months[word.lower()]
    y = int(g["y"]) if g.get("y") else (ref.year if month <= ref.month else ref.year - 1)
    return _month_span(y, month, m, g.get("lead") or "", ref)


_APPROXIMATE = re.compile(r"\b(?:around|about|approximately|roughly|circa|on or about)\s+(?:the\s+)?$", re.IGNORECASE)


def _approximate(text: str, d: DateMention) -> DateMention:
    """'around 20 June' names a week-like span around that day: time precision 2."""
    if d.precision == TimePrecision.DAY and _APPROXIMATE.search(text, max(0, d.start - 20), d.start):
        return DateMention(
            d.start,
            d.end,
            d.text,
            d.value,
            d.value - timedelta(days=3),
            min(d.value + timedelta(days=3), max(d.value, d.last)),
            TimePrecision.WEEK,
            d.explicit,
        )
    return d


_ORDER = (
    "iso",
    "numeric",
    "range_dm",
    "range_md",
    "dm",
    "md",
    "ago",
    "rel_week",
    "rel_month",
    "rel_day",
    "weekday",
    "month",
)


def find_dates(text: str, reference: date, *, lang: str = "en") -> list[DateMention]:
    """Every date expression in `text`, in text order, resolved against `reference` (never after it)."""
    lex = _lexicon(lang)
    taken: list[tuple[int, int]] = []
    found: list[DateMention] = []
    maybe = lex.prefilter.candidates(text)
    for i, kind in enumerate(_ORDER):
        if i not in maybe:
            continue
        for m in lex.patterns[kind].finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            if kind in ("iso", "numeric", "range_dm", "range_md", "dm", "md"):
                mention = _explicit(kind, m, lex, reference)
            elif kind == "month":
                mention = _month(m, lex, reference)
            else:
                mention = _relative(kind, m, lex, reference)
            if mention is not None and mention.value <= reference:
                found.append(mention)
                taken.append((m.start(), m.end()))
    return sorted((_approximate(text, d) for d in found), key=lambda d: d.start)
