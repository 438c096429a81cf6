"""Make src/ghatna/web/static/world.svg: country outlines for the event page's place map.

    python docs/make_world_svg.py countries-110m.json > src/ghatna/web/static/world.svg

Input: ``countries-110m.json`` of the npm package world-atlas 2 (Natural Earth 1:110m
Admin 0 boundaries as TopoJSON; Natural Earth is in the public domain, world-atlas is
ISC-licensed). Output: an equirectangular SVG, 360 by 180 units, one unit a degree
(x = longitude + 180, y = 90 - latitude), so a place is drawn at those coordinates.
"""

from __future__ import annotations

import json
import sys
from typing import Any


def decode_arcs(topology: dict[str, Any]) -> list[list[tuple[float, float]]]:
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def ring(indices: list[int], arcs: list[list[tuple[float, float]]]) -> list[tuple[float, float]]:
    points: list[tuple[float, float]] = []
    for index in indices:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        points.extend(arc[1:] if points else arc)
    return points


def path_of(points: list[tuple[float, float]]) -> str:
    """A ring as SVG path data; where it jumps across the antimeridian a new subpath starts,
    so no stripe is drawn across the map."""
    parts: list[list[str]] = [[]]
    for i, (lon, lat) in enumerate(points):
        if i and abs(lon - points[i - 1][0]) > 180:
            parts.append([])
        coord = f"{lon + 180:.1f} {90 - lat:.1f}"
        if not parts[-1] or parts[-1][-1] != coord:
            parts[-1].append(coord)
    return "".join("M" + "L".join(p) + "Z" for p in parts if len(p) > 2)


def polygons(geometry: dict[str, Any]) -> list[list[list[int]]]:
    if geometry["type"] == "Polygon":
        return [geometry["arcs"]]
    if geometry["type"] == "MultiPolygon":
        return list(geometry["arcs"])
    return []


def main(path: str) -> None:
    with open(path, encoding="utf-8") as handle:
        topology = json.load(handle)
    arcs = decode_arcs(topology)
    shapes = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        d = "".join(path_of(ring(r, arcs)) for polygon in polygons(geometry) for r in polygon)
        if d:
            shapes.append(f'<path d="{d}"/>')
    print('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 360 180" width="360" height="180">'
          '<!-- Natural Earth 1:110m Admin 0 (public domain), via world-atlas 2 (ISC) -->'
          '<g fill="#d9d4c7" stroke="#ffffff" stroke-width="0.3" stroke-linejoin="round">'
          + "".join(shapes) + "</g></svg>")


if __name__ == "__main__":
    main(sys.argv[1])
