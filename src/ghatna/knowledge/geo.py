"""Where the knowledge base's places are: coordinates, GeoNames feature ids, FIPS codes, parents.

Read from ``data/kb/geo.tsv`` (built by ``training/kb/build_geo.py`` from GeoNames). GDELT
exports take their geography from here; event merging asks whether one place lies within
another (the Kremlin is in Moscow, Moscow in Russia).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from ghatna.resources import load_tsv

MAX_DEPTH = 8


@dataclass(frozen=True, slots=True)
class Place:
    """One place: its kind (country, place, landmark), country (ISO alpha-3 and FIPS 10-4),
    ADM1 code, coordinates and parent."""

    name: str
    kind: str
    country: str | None
    iso2: str | None
    fips: str | None
    adm1: str | None
    lat: float | None
    long: float | None
    feature_id: str | None
    parent: str | None


def to_float(text: str) -> float | None:
    return float(text) if text else None


@cache
def gazetteer() -> dict[str, Place]:
    """Place name (countries by their canonical English name) -> Place, loaded once."""
    places = {}
    for row in load_tsv("kb/geo.tsv"):
        places[row["name"]] = Place(
            name=row["name"], kind=row.get("kind") or "place", country=row.get("country") or None, iso2=row.get("iso2") or None, fips=row.get("fips") or None,
            adm1=row.get("adm1") or None, lat=to_float(row.get("lat", "")), long=to_float(row.get("long", "")),
            feature_id=row.get("feature_id") or None, parent=row.get("parent") or None)
    return places


def place(name: str | None) -> Place | None:
    return gazetteer().get(name) if name else None


@cache
def countries() -> dict[str, Place]:
    return {p.country: p for p in gazetteer().values() if p.kind == "country" and p.country}


def country_place(iso3: str | None) -> Place | None:
    return countries().get(iso3) if iso3 else None


def fips_of(iso3: str | None) -> str | None:
    """The FIPS 10-4 code GDELT uses for a country given by its ISO alpha-3 code."""
    found = countries().get(iso3) if iso3 else None
    return found.fips if found else None


def ancestors(name: str) -> list[str]:
    """The places that contain ``name``, nearest first (its country, by name, last)."""
    chain, current = [], place(name)
    for _ in range(MAX_DEPTH):
        if current is None or not current.parent or current.parent in chain:
            break
        chain.append(current.parent)
        current = place(current.parent)
    iso3 = country_of(name)
    country = countries().get(iso3) if iso3 else None
    if country and country.name != name and country.name not in chain:
        chain.append(country.name)
    return chain


def country_of(name: str) -> str | None:
    """The ISO alpha-3 code of the country a place lies in, following its parents."""
    current = place(name)
    for _ in range(MAX_DEPTH):
        if current is None:
            return None
        if current.country:
            return current.country
        current = place(current.parent)
    return None
