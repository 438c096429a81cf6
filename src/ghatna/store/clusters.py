"""A cluster: the reports merged so far as one event, and what a report must share with it to join.

A cluster holds its members, the days they all allow, each side's actors (``sides.Side``), the
places and the near-duplicate groups they come from. ``refusal`` tells the first rule that keeps a
report out (a side that does not fit, a place the data shows is another, no date to place it,
days that do not meet); the rest asks whether more than fitting makes it one event: a side named
alike (``named_alike``), a named actor at all (``names_one_side``), two reports dated by their own
words in one district or town (``dated``, ``same_locality``).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date

from .mentions import Mention, oriented
from .places import places_fit, region
from .sides import Side, same_actor
from .spans import Span, intersect


@dataclass
class Cluster:
    block: tuple[str, ...]
    members: list[Mention] = field(default_factory=list)
    span: Span = field(default_factory=Span)
    sides: tuple[Side, Side] = field(default_factory=lambda: (Side(), Side()))
    places: set[str] = field(default_factory=set)
    copies: set[str] = field(default_factory=set)
    modalities: set[str | None] = field(default_factory=set)  # what its reports say of it (planned, asserted)

    @property
    def id(self) -> str:
        """Derived from the first member: what a new event is called (a stored one keeps its id)."""
        return event_id(min(m.key for m in self.members))


def event_id(key: tuple[str, int]) -> str:
    return "ev" + hashlib.sha1(f"{key[0]}:{key[1]}".encode()).hexdigest()[:16]


def place_fits(places: set[str], location: str | None) -> bool:
    return not location or all(places_fit(location, p) for p in places)


def refusal(cluster: Cluster, mention: Mention, span: Span) -> str | None:
    """The first rule that keeps the mention out of the cluster ("source", "target", "place",
    "undated", "dates"), or None when it may join (``why_apart`` reports it)."""
    for name, side, actor in zip(("source", "target"), cluster.sides, oriented(mention), strict=True):
        if not side.fits(actor):
            return name
    if not place_fits(cluster.places, mention.location):
        return "place"
    if not span.anchored and mention.copies not in cluster.copies:
        return "undated"  # no year and no publication date: only its own copies
    return "dates" if intersect(cluster.span, span) is None else None


def fits(cluster: Cluster, mention: Mention, span: Span) -> Span | None:
    """The cluster's narrowed date span if the mention can join it, else None."""
    return None if refusal(cluster, mention, span) else intersect(cluster.span, span)


def names_one_side(cluster: Cluster, mention: Mention) -> bool:
    """The cluster or the mention names an actor (more than a country or a kind): the
    figures of two generic reports ("police arrested 7 and seized 9 vehicles") never make
    them one event."""
    return any(side.named is not None for side in cluster.sides) or \
        any(actor is not None and actor.specific is not None for actor in oriented(mention))


def named_alike(cluster: Cluster, mention: Mention) -> bool:
    return any(side.names_alike(actor) for side, actor in zip(cluster.sides, oriented(mention), strict=True))


def join(cluster: Cluster, mention: Mention, span: Span) -> None:
    cluster.members.append(mention)
    cluster.span = span
    cluster.copies.add(mention.copies)
    cluster.modalities.add(mention.modality)
    for side, actor in zip(cluster.sides, oriented(mention), strict=True):
        side.add(actor)
    if mention.location:
        cluster.places.add(mention.location)


def union(first: Cluster, second: Cluster, span: Span) -> Cluster:
    """One event of two: the first's sides stay (a reworded report does not rename them)."""
    return Cluster(first.block, first.members + second.members, span, first.sides,
                   first.places | second.places, first.copies | second.copies, first.modalities | second.modalities)


def sides_fit(first: Cluster, second: Cluster, loose: bool = False) -> bool:
    """Every report of each cluster fits the other's sides (a generic side a named one of its kind)."""
    return all(side.fits(actor, loose) for one, other in ((first, second), (second, first)) for mention in other.members
               for side, actor in zip(one.sides, oriented(mention), strict=True))


def both_named_alike(first: Cluster, second: Cluster) -> bool:
    """Each side of the two clusters is one actor in both, one side named (the same leader visiting
    the same country): a side named alike, or a country told alone in both (the block's country)."""
    return one_named_alike(first, second) and all(
        (same_actor(a.named, b.named) if a.named and b.named else not (a.named or b.named or a.kinds or b.kinds))
        for a, b in zip(first.sides, second.sides))


def one_named_alike(first: Cluster, second: Cluster) -> bool:
    """A side of the two clusters names one actor in both (the same leader)."""
    return any(a.named and b.named and same_actor(a.named, b.named) for a, b in zip(first.sides, second.sides))


def government_alike(first: Cluster, second: Cluster) -> bool:
    """A side of the two clusters is one government told as a whole in both, no one named: "ईरान ने"
    and "ईरान के अधिकारियों ने", "दिल्ली सरकार ने" in both (``Side.one_government``)."""
    return any(a.one_government(b) for a, b in zip(first.sides, second.sides, strict=True))


def dated(mention: Mention) -> bool:
    """The report gives a day of its own, not only its publication or dateline day."""
    return mention.date is not None and mention.date_basis != "dateline"


def same_locality(first: str, second: str | None) -> bool:
    """Two places that are one district, town or village: the same name, or one within the other
    as the place data shows, neither a state nor a country (two attacks in one state that day may
    be two)."""
    if not second:
        return False
    if first != second and not within(first, second) and not within(second, first):
        return False
    return all(is_local(name) for name in (first, second))


def within(narrow: str, wide: str) -> bool:
    found = region(narrow)
    return found is not None and wide in found.within


def is_local(name: str) -> bool:
    """A place below a state: a district, a town, or a name the place data does not know (a village)."""
    found = region(name)
    return found is None or found.level not in ("state", "country")


def day_range(lo: date, hi: date) -> Iterator[int]:
    yield from range(lo.toordinal(), hi.toordinal() + 1)
