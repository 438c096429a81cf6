"""What the merge tests build their cases from: hand-built mentions (``mention``), the generic actors
most cases name, and how many events a set of mentions gives in every order (``events``): the
result of ``merge_events`` must not depend on the order of its input."""

from __future__ import annotations

from itertools import permutations

from ghatna.store import Actor, Mention, merge_events

PEOPLE = Actor("India civilians", "IND", "generic", "CVL")
WORKERS = Actor("India workers", "IND", "generic", "CVL")
GOVERNMENT = Actor("Government of India", "IND", "generic", "GOV")
STATES = Actor("India state government", "IND", "generic", "GOV")
CRPF = Actor("Central Reserve Police Force", "IND", "ORG", "MIL", "Q1054233")
MAOISTS = Actor("Communist Party of India (Maoist)", "IND", "ORG", "REB", "Q1129506")
MINISTRY = Actor("Ministry of Home Affairs (India)", "IND", "ORG", "GOV", "ghatna:org:ministry-of-home-affairs-india")


def mention(article: str, kind: str, source: Actor | None, target: Actor | None, evidence: str,
            day: str | None = None, published: str | None = None, *, idx: int = 0,
            place: str | None = None, country: str | None = None) -> Mention:
    """One asserted mention; a place is of ``country`` (default: the target's, else India)."""
    where = (country or (target.country if target is not None else None) or "IND") if place else None
    return Mention(article, idx, kind, "asserted", source, target, day, published,
                   location=place, location_country=where, evidence=evidence)


def events(mentions: list[Mention]) -> set[int]:
    """The number of events of every order the mentions can be given in."""
    return {len(merge_events(order)) for order in permutations(mentions)}
