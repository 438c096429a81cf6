"""Where reports place an event, and whether two places can be one event's place.

A place is read from the knowledge base's place data: the GeoNames-based gazetteer
(``data/kb/geo.tsv``: parents, country, first-level subdivision code) and the India
table (``data/kb/india.tsv``: states and union territories, district headquarters,
districts and capitals with their state's ISO 3166-2 code; ``data/kb/india_states.tsv``: every
state and union territory's code, under the name the knowledge base gives the place), and
``data/kb/geonames_admin1.tsv``, the state a GeoNames city's subdivision code is (Mumbai's "IN16"
is Maharashtra, "IN-MH": Mumbai is then another place than Tamil Nadu or Chennai, but may still be
Pune's report, as a place of unknown level). Every state code is read as ISO 3166-2 gives it now (``current``: the
tables keep the codes before 2023, "IN-OR" for Odisha, which is "IN-OD"). Two places fit when they
are equal, when one lies within the other, or when the data cannot tell them apart; they
are *different* only when the data shows it: other countries, other states (by codes of
one system), or two places both below a state (cities, districts) neither within the
other. A name the data does not know never blocks a merge.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from functools import cache

from ghatna.knowledge.geo import ancestors, country_of, place
from ghatna.resources import load_tsv

log = logging.getLogger(__name__)

STATE_KINDS = frozenset({"state", "union_territory"})
LOCAL_KINDS = frozenset({"district", "hq", "capital", "town", "city"})


@dataclass(frozen=True, slots=True)
class Region:
    """What the data knows of a place: its country, the codes of the state it is in (or is),
    whether it is a state or a place below one, and the places that contain it."""

    name: str
    country: str | None
    states: frozenset[str]
    level: str | None  # "country", "state", "local" or None (not known)
    within: tuple[str, ...]


@cache
def india_rows() -> dict[str, dict[str, str]]:
    """Place name -> its row of the India tables (a state's row wins over a town's)."""
    rows: dict[str, dict[str, str]] = {}
    for row in [*load_tsv("kb/india.tsv"), *load_tsv("kb/india_states.tsv")]:
        if row["name"] not in rows or row.get("kind") in STATE_KINDS:
            rows[row["name"]] = row
    return rows


@cache
def current_codes() -> dict[str, str]:
    """A state's code before ISO 3166-2's change of 2023 -> its code now ("IN-OR" -> "IN-OD"), from the
    two codes ``kb/india_states.tsv`` gives each state (the project's tables and offices keep the former)."""
    return {r["state"]: r["iso"] for r in load_tsv("kb/india_states.tsv") if r.get("iso") and r["iso"] != r["state"]}


def current(code: str) -> str:
    """A state's ISO 3166-2 code as it is now, whichever the data wrote."""
    return current_codes().get(code, code)


@cache
def geonames_states() -> dict[str, tuple[str, str]]:
    """A GeoNames first-level subdivision code -> that state's ISO 3166-2 code and name."""
    return {r["adm1"]: (current(r["iso"]), r["name"]) for r in load_tsv("kb/geonames_admin1.tsv")}


@cache
def state_names() -> dict[str, str]:
    """ISO 3166-2 code -> the name of the state or union territory the India table lists."""
    named = {code: name for code, name in geonames_states().values()}
    return named | {current(r["state"]): r["name"] for r in india_rows().values()
                    if r.get("kind") in STATE_KINDS and r.get("state")}


@cache
def region(name: str) -> Region | None:
    """What the place data knows of ``name``; None when it knows nothing."""
    known, row = place(name), india_rows().get(name)
    if known is None and row is None:
        return None
    states: set[str] = set()
    level = "country" if known is not None and known.kind == "country" else None
    within = list(ancestors(name)) if known is not None else []
    codes = []
    if known is not None and known.adm1:
        states.add(f"geonames:{known.adm1}")
        if (state := geonames_states().get(known.adm1)) is not None:
            codes.append(state[0])  # a city in its state (Mumbai); its level stays unknown: "New Delhi"
            # may be told for the whole capital, so it is not set against a district of Delhi
    if row is not None and row.get("state"):
        codes.append(current(row["state"]))
    for code in codes:
        states.add(f"iso:{code}")
        parent = state_names().get(code)
        if parent and parent != name and parent not in within:
            within.insert(0, parent)
    if row is not None:
        level = "state" if row.get("kind") in STATE_KINDS else "local" if row.get("kind") in LOCAL_KINDS else level
    country = country_of(name) if known is not None else (row or {}).get("country") or None
    return Region(name, country, frozenset(states), level, tuple(within))


def other_states(a: Region, b: Region) -> bool:
    """Codes of one system that differ: the two places lie in (or are) different states."""
    systems = {code.split(":")[0] for code in a.states} & {code.split(":")[0] for code in b.states}
    return any({c for c in a.states if c.startswith(f"{s}:")} != {c for c in b.states if c.startswith(f"{s}:")}
               for s in systems)


def places_fit(a: str, b: str) -> bool:
    """True unless the place data shows that ``a`` and ``b`` are different places."""
    if a == b:
        return True
    first, second = region(a), region(b)
    if first is None or second is None or a in second.within or b in first.within:
        return True
    if first.country and second.country and first.country != second.country:
        return False
    if other_states(first, second):
        return False
    return not (first.level == second.level and first.level in ("state", "local"))
