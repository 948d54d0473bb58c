"""The regular expressions of builders/dates.py, built once per language from `data/<lang>/dates.yaml`.

The patterns are written for lower-cased text (dates.py lower-cases once, then matches without
IGNORECASE, which is several times faster). Every pattern starts at a word boundary and repeats nothing
unbounded, so matching stays linear in the length of the text.
"""

from __future__ import annotations

import re
from typing import Any

#: The order patterns are tried in: a longer, more specific form claims its text before a shorter one.
ORDER = (
    "iso",
    "numeric",
    "range2_dm",
    "range2_md",
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


def _alt(words: Any) -> str:
    return "|".join(re.escape(str(w).lower()) for w in sorted(words, key=lambda w: len(str(w)), reverse=True))


def build_patterns(raw: dict[str, Any], number: str) -> dict[str, str]:
    """Pattern sources by kind (see ORDER); `number` is the number-expression regex of numbers.py."""
    full = [max(words, key=len) for words in raw["months"].values()]
    abbr = [w for words in raw["months"].values() for w in words if w not in full]
    mon = rf"(?:(?:{_alt(full)})\b|(?:{_alt(abbr)})\b\.?)"  # only an abbreviation takes a dot: "Dec."
    wd, sfx, of = _alt(raw["weekdays"]), _alt(raw["day_suffixes"]), _alt(raw["day_of"])
    year = r"(?P<y>(?:19|20)\d\d)(?!\d)"
    opt_year = rf"(?:(?:,\s*|\s+|-){year})?"
    sep = rf"(?:\s+(?:{of})\s+|\s+|-)"  # between a day and its month: "8 December", "8th of December", "8-Dec"
    lead = rf"(?:(?:{_alt(raw['range_leads'])})\s+)?"
    to = rf"\s*(?:{_alt(raw['range_joiners'])})\s*"
    wdp = rf"(?:(?P<wd>{wd}),?\s+)?"

    def day(name: str) -> str:
        return rf"(?P<{name}>[0-3]?\d)(?:{sfx})?(?!\d)"

    leads = "|".join(
        re.escape(w.rstrip("-")) for w in sorted(raw["month_leads"], key=len, reverse=True) if w.rstrip("-")
    )
    return {
        "iso": rf"\b{year}-(?P<m>[01]?\d)-(?P<d>[0-3]?\d)(?!\d)",
        "numeric": rf"\b(?P<a>[0-3]?\d)[/.](?P<b>[0-3]?\d)[/.]{year}",
        "range2_dm": rf"\b{lead}{day('d1')}{sep}(?P<m1>{mon}){to}{day('d')}{sep}(?P<m>{mon}){opt_year}",
        "range2_md": rf"\b{lead}(?P<m1>{mon})\s+{day('d1')}{to}(?P<m>{mon})\s+{day('d')}{opt_year}",
        "range_dm": rf"\b{lead}{day('d1')}{to}{day('d')}{sep}(?P<m>{mon}){opt_year}",
        "range_md": rf"\b{lead}(?P<m>{mon})\s+{day('d1')}{to}{day('d')}{opt_year}",
        "dm": rf"\b{wdp}{day('d')}{sep}(?P<m>{mon}){opt_year}",
        "md": rf"\b{wdp}(?P<m>{mon})\s+{day('d')}(?!\s*(?:%|,\d|\d)){opt_year}",
        "ago": rf"\b(?P<n>{number})\s+(?P<unit>{_alt(raw['ago_units'])})\s+(?:{_alt(raw['ago'])})\b",
        "rel_week": rf"\b(?P<rel>{_alt(raw['relative_weeks'])})\b",
        "rel_month": rf"\b(?P<rel>{_alt(raw['relative_months'])})\b",
        "rel_day": rf"\b(?P<rel>{_alt(raw['relative_days'])})\b",
        "weekday": rf"\b(?:(?P<lead>{_alt(raw['weekday_previous'])})\s+)?(?P<wd>{wd})\b",
        "month": rf"\b(?:(?P<lead>{leads})(?:\s*-\s*|\s+))?(?P<m>{mon})(?:\s+{year})?",
    }


#: The anchor words each kind of expression always contains (see `anchor_words`); "numeric" anchors are
#: all-digit dates, found by a regex rather than by words.
ANCHOR_OF = {
    "iso": "numeric",
    "numeric": "numeric",
    **{k: "months" for k in ("range2_dm", "range2_md", "range_dm", "range_md", "dm", "md", "month")},
    "ago": "ago_units",
    "rel_week": "relative_weeks",
    "rel_month": "relative_months",
    "rel_day": "relative_days",
    "weekday": "weekdays",
}


def anchor_words(raw: dict[str, Any]) -> dict[str, set[str]]:
    """For each anchor group of ANCHOR_OF, lower-case words one of which every expression of its kinds
    contains: month or weekday names, the longest word of each relative phrase, the units of "N days ago"."""
    words = {
        "months": {str(w).lower() for ws in raw["months"].values() for w in ws},
        "weekdays": {w.lower() for w in raw["weekdays"]},
        "ago_units": {str(w).lower() for w in raw["ago_units"]},
    }
    for key in ("relative_days", "relative_weeks", "relative_months"):
        words[key] = {max(str(phrase).lower().split(), key=len) for phrase in raw[key]}
    return words
