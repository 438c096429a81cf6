"""The sides of an event as merging compares them: who each report says acted, and on whom.

An actor is named (a KB id or a name), a country, or generic (a kind of actor: "India police",
"officials"). Two named actors are one when their KB ids (else names) agree; a generic actor
fits a named one of its country and sector; an office told without a name ("India prime
minister") is the one person the knowledge base says held it on the mention's days
(``knowledge.offices``), a named actor like any other.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ghatna.knowledge.geo import place
from ghatna.knowledge.offices import holder_on, office_of

from .spans import Span

COUNTRY_KINDS = frozenset({"GPE", "COUNTRY", "LOC"})
VAGUE_KINDS = frozenset({"generic", "unknown"})


@dataclass(frozen=True, slots=True)
class Actor:
    name: str | None
    country: str | None
    kind: str | None = None
    sector: str | None = None
    kb_id: str | None = None

    @property
    def key(self) -> str:
        return self.country or self.name or ""

    @property
    def generic(self) -> bool:
        """A kind of actor (the police, officials), not one named actor."""
        return (self.kind or "") in VAGUE_KINDS

    @property
    def specific(self) -> str | None:
        """The actor's name when it is more than its country (a person, an organisation)."""
        if not self.name or (self.kind or "").upper() in COUNTRY_KINDS or self.generic:
            return None
        known = place(self.name)
        return None if known is not None and known.kind == "country" else self.name


def same_actor(a: Actor, b: Actor) -> bool:
    """Two named actors that are one: the same KB id, or the same name when either has none."""
    if a.kb_id and b.kb_id:
        return a.kb_id == b.kb_id
    return a.name == b.name


def kind_of(actor: Actor) -> tuple[str | None, str | None, str | None]:
    """What a generic actor says: its country and sector (its name when it has no sector)."""
    return (actor.country, actor.sector, None if actor.sector else actor.name)


def kind_fits(kind: tuple[str | None, str | None, str | None], named: Actor) -> bool:
    """A generic actor fits a named one of its country and sector."""
    return kind[1] is not None and kind[:2] == (named.country, named.sector)


@dataclass
class Side:
    """Who one side of a cluster is: its one named actor, and the kinds of its generic ones."""

    named: Actor | None = None
    kinds: set[tuple[str | None, str | None, str | None]] = field(default_factory=set)

    def fits(self, actor: Actor | None) -> bool:
        if actor is None:
            return True
        if actor.generic:
            kind = kind_of(actor)
            return kind_fits(kind, self.named) if self.named else self.kinds <= {kind}
        if actor.specific is None:
            return True  # a country: any actor of the block's country
        if self.named is not None and not same_actor(self.named, actor):
            return False
        return all(kind_fits(kind, actor) for kind in self.kinds)

    def names_alike(self, actor: Actor | None) -> bool:
        return actor is not None and actor.specific is not None and self.named is not None \
            and same_actor(self.named, actor)

    def add(self, actor: Actor | None) -> None:
        if actor is not None and actor.generic:
            self.kinds.add(kind_of(actor))
        elif actor is not None and actor.specific and self.named is None:
            self.named = actor


def office_holder(actor: Actor | None, span: Span) -> Actor | None:
    """A side told as an office without a name ("India prime minister") as the one person the
    knowledge base says held it on every day the mention can be on; None otherwise."""
    if actor is None or not actor.generic or actor.country is None or not span.anchored:
        return None
    role = office_of(actor.name, actor.country)
    if role is None:
        return None
    first, last = (holder_on(actor.country, role, day) for day in (span.lo, span.hi))  # type: ignore[arg-type]
    if first is None or last is None or first.kb_id != last.kb_id:
        return None
    return Actor(first.name, actor.country, "PERSON", actor.sector, first.kb_id)
