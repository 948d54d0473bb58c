"""`conflict-events places NAME [--country C]`: the gazetteer's candidates for a name, with scores."""

from __future__ import annotations

import argparse
import json


def register(sub: argparse._SubParsersAction) -> None:
    """Add the `places` command."""
    p = sub.add_parser("places", help="show the gazetteer's candidates for a place name, with scores")
    p.add_argument("name", help='a place name as an article writes it, e.g. "Huehuetango"')
    p.add_argument("--country", default=None, help="the ACLED country the text is about, as context")
    p.add_argument("--limit", type=int, default=10, help="how many candidates (default 10)")
    p.add_argument("--json", action="store_true", help="print JSON for machines")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Print the candidates; exit 1 when there are none."""
    from conflict_events.builders.gazetteer import Gazetteer

    found = Gazetteer.load().candidates(args.name, country=args.country, limit=args.limit)
    if args.json:
        print(json.dumps([c.as_dict() for c in found], ensure_ascii=False, indent=2))
        return 0 if found else 1
    if not found:
        print(f"no place matches {args.name!r}" + (f" in {args.country}" if args.country else ""))
        return 1
    print(f"{'score':>6}  {'kind':<8} {'location':<28} {'admin2':<24} {'admin1':<24} {'country':<18} lat/lon  (why)")
    for c in found:
        p = c.place
        admins = f"{(p.admin2 or '')[:24]:<24} {(p.admin1 or '')[:24]:<24}"
        where = f"{p.country[:18]:<18} {p.latitude:.4f},{p.longitude:.4f}"
        print(f"{c.score:6.2f}  {c.kind:<8} {p.location[:28]:<28} {admins} {where}  ({c.why})")
    return 0
