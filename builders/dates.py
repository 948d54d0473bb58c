"""Dates: every date expression in a text, resolved against the publication date, with ACLED's precision.

ACLED's time precision (codebook section 4): 1 = the day is known; 2 = a week or similar span, coded to
its middle; 3 = only the month, coded to the 15th (the 1st or last day for "beginning"/"end of").

- Explicit days: "8 December 2025", "December 8, 2025", "Dec. 8", "8th of December", "Monday, December 8",
  "8-Dec-2025", "2025-12-08", "08/12/2025". Numeric dates are read day first unless that is impossible
  ("12/31/2024" is then read month first).
- Ranges ("1-5 March", "between 1 and 5 March", "from March 1 to March 5", "30 November to 2 December"):
  `first`..`last` with the middle as `value`, precision 2 up to a week and 3 beyond. A two-day range
  ("the night of 7 to 8 December") is one night: precision 1, coded to its first day.
- "around 20 June" (around, about, approximately...): precision 2, a week around that day.
- Relative days ("yesterday", "last night", "on Monday", "two days ago") are precision 1; "last week"
  (the previous calendar week, coded to its Wednesday), "over the weekend" (coded to the Saturday), "N
  weeks ago" are 2; months ("in January", "mid-January", "late last month", "in March 2019") are 3.
- A day or month without a year is the most recent one on or before `reference`; "on <weekday>" is the
  most recent such weekday on or before it ("last <weekday>" strictly before). Nothing after the
  reference is ever returned, and spans are cut at it. Years and decades alone ("in 2019") are not dates.
The words live in `data/<lang>/dates.yaml`.
"""

from __future__ import annotations

import re
from calendar import monthrange
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from importlib import resources
from typing import Any

from conflict_events.schema.taxonomy import TimePrecision

from .dates_patterns import ANCHOR_OF, ORDER, anchor_words, build_patterns
from .numbers import number_words, parse_number
from .wordscan import Window, automaton, lower, windows, word_spans
from .yamlfile import load_yaml


@dataclass(frozen=True)
class DateMention:
    """A date expression (char offsets into the text) and the date ACLED would code for it."""

    start: int
    end: int
    text: str
    value: date  # the coded day (the middle of a week-like span, the 15th for a month)
    first: date  # first day the expression covers
    last: date  # last day it covers (never after the reference)
    precision: TimePrecision
    explicit: bool  # the text names the day itself (not "yesterday", "on Monday", "in March")


@dataclass(frozen=True)
class _Lexicon:
    raw: dict[str, Any]
    months: dict[str, int]
    weekdays: dict[str, int]
    patterns: dict[str, re.Pattern[str]]  # for lower-cased text (wordscan.lower)
    approximate: re.Pattern[str]
    anchors: dict[str, Any]  # anchor group -> Aho-Corasick automaton of its words (see dates_patterns)


@cache
def _lexicon(lang: str) -> _Lexicon:
    raw = load_yaml(resources.files(__package__).joinpath(f"data/{lang}/dates.yaml").read_text("utf-8"))
    sources = build_patterns(raw, number_words(lang).pattern)
    approx = "|".join(re.escape(w) for w in sorted(raw["approximate"], key=len, reverse=True))
    return _Lexicon(
        raw,
        {w: int(m) for m, words in raw["months"].items() for w in words},
        {w: i for i, w in enumerate(raw["weekdays"])},
        {k: re.compile(v) for k, v in sources.items()},
        re.compile(rf"\b(?:{approx})\s+(?:the\s+)?$", re.IGNORECASE),
        {group: automaton(words) for group, words in anchor_words(raw).items()},
    )


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _recent(m: int, d: int, ref: date) -> date | None:
    """The most recent m/d on or before ref (looking back up to four years, for 29 February)."""
    for y in range(ref.year, ref.year - 5, -1):
        day = _safe_date(y, m, d)
        if day is not None and day <= ref:
            return day
    return None


def _mention(
    m: re.Match[str], text: str, span: tuple[date, date], precision: TimePrecision, value: date, explicit: bool
) -> DateMention:
    return DateMention(m.start(), m.end(), text[m.start() : m.end()], value, span[0], span[1], precision, explicit)


def _week(m: re.Match[str], text: str, centre: date, ref: date, first: date | None = None) -> DateMention:
    """A week-like span around `centre` (or from `first`), cut at the reference."""
    start = first or centre - timedelta(days=3)
    last = min(centre + timedelta(days=3) if first is None else ref, ref)
    return _mention(m, text, (start, max(last, centre)), TimePrecision.WEEK, centre, False)


def _month(m: re.Match[str], text: str, y: int, month: int, part: str, ref: date) -> DateMention | None:
    """A whole month (precision 3), coded to its 1st, 15th or last day, cut at the reference."""
    first = date(y, month, 1)
    if first > ref:
        return None
    last = min(date(y, month, monthrange(y, month)[1]), ref)
    value = {"first": first, "last": last}.get(part, min(date(y, month, 15), ref))
    return _mention(m, text, (first, last), TimePrecision.MONTH, value, False)


def _month_number(g: dict[str, str | None], key: str, lex: _Lexicon) -> int:
    word = (g[key] or "").lower().rstrip(".")
    return int(word) if word.isdigit() else lex.months[word]


def _capitalised(m: re.Match[str], text: str, lex: _Lexicon) -> bool:
    """False for an ambiguous month word written in lower case ("they may 5", "the march")."""
    for key in ("m", "m1"):
        if m.groupdict().get(key) and m.group(key).lower().rstrip(".") in lex.raw["ambiguous_months"]:
            if not text[m.start(key)].isupper():
                return False
    return True


def _numeric(m: re.Match[str], text: str, ref: date) -> DateMention | None:
    a, b, y = int(m["a"]), int(m["b"]), int(m["y"])
    day = _safe_date(y, b, a) or _safe_date(y, a, b)  # day first, month first only when day first is impossible
    return _mention(m, text, (day, day), TimePrecision.DAY, day, True) if day and day <= ref else None


def _single(m: re.Match[str], text: str, lex: _Lexicon, ref: date) -> DateMention | None:
    g = m.groupdict()
    month, d = _month_number(g, "m", lex), int(g["d"] or 0)
    day = _safe_date(int(g["y"]), month, d) if g.get("y") else _recent(month, d, ref)
    return _mention(m, text, (day, day), TimePrecision.DAY, day, True) if day and day <= ref else None


def _range(m: re.Match[str], text: str, lex: _Lexicon, ref: date) -> DateMention | None:
    g = m.groupdict()
    m2 = _month_number(g, "m", lex)
    m1 = _month_number(g, "m1", lex) if g.get("m1") else m2
    last = _safe_date(int(g["y"]), m2, int(g["d"] or 0)) if g.get("y") else _recent(m2, int(g["d"] or 0), ref)
    first = _safe_date(last.year - (m1 > m2), m1, int(g["d1"] or 0)) if last else None
    if not first or not last or first > last or last > ref:
        return None
    days = (last - first).days
    if days <= 1:  # one night ("the night of 7 to 8 December") is coded to its first day
        return _mention(m, text, (first, last), TimePrecision.DAY, first, True)
    precision = TimePrecision.WEEK if days <= 7 else TimePrecision.MONTH
    return _mention(m, text, (first, last), precision, first + timedelta(days=days // 2), True)


def _named_month(m: re.Match[str], text: str, lex: _Lexicon, ref: date) -> DateMention | None:
    g = m.groupdict()
    word = text[m.start("m") : m.end("m")]
    if not (g.get("lead") or g.get("y")) or not word[:1].isupper() or len(word) < 3:
        return None  # a bare "May" or "march" is a verb or a noun, not a date
    lead = re.sub(r"[\s-]+", " ", (g.get("lead") or "").lower()).strip()
    part = lex.raw["month_leads"].get(lead, lex.raw["month_leads"].get(lead + "-", "mid"))
    month = lex.months[word.lower().rstrip(".")]
    if g.get("y"):
        y = int(g["y"])
    elif part == "previous":
        y = ref.year if month < ref.month else ref.year - 1
    else:
        y = ref.year if month <= ref.month else ref.year - 1
    return _month(m, text, y, month, part, ref)


def _ago(m: re.Match[str], text: str, lex: _Lexicon, lang: str, ref: date) -> DateMention | None:
    n = parse_number(m["n"], lang)
    if n is None or n > 3660:
        return None
    unit = int(lex.raw["ago_units"][m["unit"].lower()])
    centre = ref - timedelta(days=n * unit)
    if unit >= 7 or m["n"].lower() in number_words(lang).vague:
        return _week(m, text, centre, ref)
    return _mention(m, text, (centre, centre), TimePrecision.DAY, centre, False)


def _relative_week(m: re.Match[str], text: str, lex: _Lexicon, ref: date) -> DateMention:
    rule = lex.raw["relative_weeks"][m["rel"].lower()]
    monday = ref - timedelta(days=ref.weekday())
    if rule == "previous_week":
        first = monday - timedelta(days=7)
        return _mention(m, text, (first, first + timedelta(days=6)), TimePrecision.WEEK, first + timedelta(2), False)
    if rule == "this_week":
        return _week(m, text, monday + (ref - monday) // 2, ref, first=monday)
    if rule == "weekend":
        saturday = ref - timedelta(days=(ref.weekday() - 5) % 7)
        return _mention(m, text, (saturday, min(saturday + timedelta(1), ref)), TimePrecision.WEEK, saturday, False)
    return _week(m, text, ref - timedelta(days=int(rule)), ref)


def _relative(kind: str, m: re.Match[str], text: str, lex: _Lexicon, ref: date) -> DateMention | None:
    if kind == "weekday":
        back = (ref.weekday() - lex.weekdays[m["wd"].lower()]) % 7
        day = ref - timedelta(days=back or (7 if m["lead"] else 0))
        return _mention(m, text, (day, day), TimePrecision.DAY, day, False)
    if kind == "rel_day":
        day = ref - timedelta(days=int(lex.raw["relative_days"][m["rel"].lower()]))
        return _mention(m, text, (day, day), TimePrecision.DAY, day, False)
    if kind == "rel_week":
        return _relative_week(m, text, lex, ref)
    rule = lex.raw["relative_months"][m["rel"].lower()]
    y, month = ref.year, ref.month - int(rule["back"])
    while month < 1:
        y, month = y - 1, month + 12
    return _month(m, text, y, month, str(rule["part"]), ref)


def _approximate(text: str, d: DateMention, lex: _Lexicon, ref: date) -> DateMention:
    """'around 20 June' names a week-like span around that day: time precision 2."""
    if d.precision != TimePrecision.DAY or not lex.approximate.search(text, max(0, d.start - 30), d.start):
        return d
    first, last = d.value - timedelta(days=3), min(d.value + timedelta(days=3), ref)
    return DateMention(d.start, d.end, d.text, d.value, first, last, TimePrecision.WEEK, d.explicit)


def _resolve(kind: str, m: re.Match[str], text: str, lex: _Lexicon, lang: str, ref: date) -> DateMention | None:
    if kind == "numeric":
        return _numeric(m, text, ref)
    if kind in ("iso", "dm", "md"):
        return _single(m, text, lex, ref)
    if kind.startswith("range"):
        return _range(m, text, lex, ref)
    if kind == "month":
        return _named_month(m, text, lex, ref)
    if kind == "ago":
        return _ago(m, text, lex, lang, ref)
    return _relative(kind, m, text, lex, ref)


def find_dates(text: str, reference: date, *, lang: str = "en") -> list[DateMention]:
    """Every date expression in `text`, in text order, resolved against `reference` (never after it).

    >>> [str(d.value) for d in find_dates("Gunmen attacked on Monday, 8 December.", date(2025, 12, 10))]
    ['2025-12-08']
    """
    lex = _lexicon(lang)
    low = lower(text)  # offsets kept; the patterns run without IGNORECASE, several times faster
    taken: list[tuple[int, int]] = []
    found: list[DateMention] = []
    spans: dict[str, list[Window]] = {}
    for kind in ORDER:
        group = ANCHOR_OF[kind]
        if group not in spans:
            spans[group] = _windows(low, lex, group)
        for lo, hi in spans[group]:
            for m in lex.patterns[kind].finditer(low, lo, hi):
                if any(m.start() < e and s < m.end() for s, e in taken) or not _capitalised(m, text, lex):
                    continue
                taken.append((m.start(), m.end()))  # an impossible or future date hides no shorter one
                mention = _resolve(kind, m, text, lex, lang, reference)
                if mention is not None and mention.last <= reference:
                    found.append(_approximate(text, mention, lex, reference))
    return sorted(found, key=lambda d: d.start)


_NUMERIC = re.compile(r"\d[-/.]\d")  # all-digit dates ("2025-12-08", "08/12/2025"); others have a date word
_SPACE = re.compile(r"\s")
_BEFORE, _AFTER = 32, 25  # no date expression reaches further than this from a date word


def _windows(low: str, lex: _Lexicon, group: str) -> list[Window]:
    """The stretches of text that may hold a date of the kinds anchored by `group`: around its words (or
    all-digit dates), merged, never cutting a word. Each kind of pattern runs only there: several times
    faster than matching every pattern over the whole article."""
    if group == "numeric":
        hits = [(m.start(), m.end()) for m in _NUMERIC.finditer(low)]
    else:
        hits = word_spans(low, lex.anchors[group])
    out: list[Window] = []
    for lo, hi in windows(hits, _BEFORE, _AFTER, len(low)):
        space = _SPACE.search(low, hi)  # never cut a word: "May|field" is no month
        hi = space.start() if space else len(low)
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(hi, out[-1][1]))
        else:
            out.append((lo, hi))
    return out
