"""The sides of an event as merging compares them: who each report says acted, and on whom.

An actor is named (a KB id or a name), a country, or generic (a kind of actor: "India police",
"officials"). Two named actors are one when their KB ids (else names) agree; a generic actor
fits a named one of its country and sector, and another generic one of them unless both are
of other places ("Government of Bihar", "Government of Odisha": ``local_group``); an office
told without a name ("India prime minister") is the one person the knowledge base says held
it on the mention's days (``knowledge.offices``), a named actor like any other.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import cache

from ghatna.extraction.article_reports import load_report_sides
from ghatna.knowledge.geo import place
from ghatna.knowledge.offices import (
    country_name,
    holder_on,
    ministries_on,
    office_of,
    seat_on,
    state_holder_on,
    state_office_of,
)
from ghatna.resources import load_tsv, load_yaml

from .places import current, current_codes, region
from .spans import Span

Kind = tuple[str | None, str | None, str | None]  # a generic actor's country, sector and name (``kind_of``)
COUNTRY_KINDS = frozenset({"GPE", "COUNTRY", "LOC"})
VAGUE_KINDS = frozenset({"generic", "unknown"})
STATE_SECTORS = frozenset({"GOV", "COP", "MIL", "JUD", "LEG"})  # a state's own bodies: a name of no sector is none of them
PLACE_GOVERNMENT = "Government of "  # how the extractor names a place's government (``roles.government_of``)
GOVERNMENT = "GOV"  # the sector of a state's government
WHOLE_GOVERNMENT = frozenset({"authorities", "government"})  # labels of ``generic_actors.tsv`` that tell a country's government as a whole


@dataclass(frozen=True, slots=True)
class Actor:
    name: str | None
    country: str | None
    kind: str | None = None
    sector: str | None = None
    kb_id: str | None = None
    seat: str | None = None  # the government it served on the mention's days (``seated``): "IND", "IN-MH"
    ministries: frozenset[str] = frozenset()  # the ministries a minister headed on the mention's days (``seated``)

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

    @property
    def state(self) -> bool:
        """The actor is a country itself ("ईरान ने": the state acting), not a group of it nor a body."""
        known = place(self.name) if self.name and not self.generic else None
        return known is not None and known.kind == "country"


def same_actor(a: Actor, b: Actor) -> bool:
    """Two named actors that are one: the same KB id, or the same name when either has none."""
    if a.kb_id and b.kb_id:
        return a.kb_id == b.kb_id
    return a.name == b.name


def same_body(a: Actor, b: Actor) -> bool:
    """Two named actors that may be one side of one event: the same actor, or a minister and the
    ministry he headed on the mention's days, one of several at once too (``Actor.ministries``):
    "Amit Shah" in one paper, "the Ministry of Home Affairs" in another. They fit; they are not named
    alike (``names_alike``), so within one country the words must still tell one event."""
    return same_actor(a, b) or (b.kb_id is not None and b.kb_id in a.ministries) \
        or (a.kb_id is not None and a.kb_id in b.ministries)


def kind_of(actor: Actor) -> Kind:
    """What a generic actor says: its country and sector (its name when it has no sector, or
    when the name places it below its country: ``local_group``)."""
    return (actor.country, actor.sector, local_group(actor) if actor.sector else actor.name)


def local_group(actor: Actor) -> str | None:
    """The name of a group of one place of a country ("Government of Bihar", "Nizamuddin police"),
    None for the country's own ("India police", "Government of India"): two states' governments
    are two actors, though both are the government sector of one country."""
    country = country_name(actor.country) if actor.country else None
    if not actor.name or country is None or actor.name.startswith(f"{country} ") \
            or actor.name in national_names(country) or actor.name in generic_labels():
        return None
    return actor.name


@cache
def national_names(country: str) -> frozenset[str]:
    """The names ``event_roles.yaml`` ``generic_names`` gives a country's own groups ("Government of India")."""
    templates = (load_yaml("event_roles.yaml").get("generic_names") or {}).values()
    return frozenset(str(t).format(country=country) for t in templates)


@cache
def generic_labels() -> frozenset[str]:
    """The labels of ``generic_actors.tsv`` ("police", "court"): a group told with no place, which
    merging reads as of its home country (``events_table.actor_from``)."""
    return frozenset(row["label"] for row in load_tsv("generic_actors.tsv"))


def government_of(actor: Actor) -> str | None:
    """The government the actor tells as a whole: its country's (the code) when it is the country itself
    ("ईरान ने": ``Actor.state``) or the country's authorities or government ("ईरान के अधिकारियों ने",
    "Government of Iran": ``WHOLE_GOVERNMENT``), a place's (its name) when it is that place's government
    ("Government of Delhi": ``local_group``); None for any other actor (officials, a minister, the police,
    a state government told without its state, a named body)."""
    if actor.state:
        return actor.country
    if not actor.generic or actor.sector != GOVERNMENT:
        return None
    group = local_group(actor)
    if group is not None:
        return group if group.startswith(PLACE_GOVERNMENT) else None
    country = country_name(actor.country) if actor.country else None
    label = (actor.name or "").removeprefix(f"{country} ") if country else actor.name
    return actor.country if label in WHOLE_GOVERNMENT or (country and actor.name in national_names(country)) else None


def office_label(actor: Actor) -> str | None:
    """A generic actor's label without its country's name ("India chief minister" -> "chief
    minister") when it is an office: it ends in one of ``report_sides.yaml`` offices ("minister",
    "governor"); None for a group ("India officials") or a named actor."""
    if not actor.generic:
        return None
    name, country = actor.name or "", country_name(actor.country) if actor.country else None
    label = name.removeprefix(f"{country} ") if country else name
    return label if label.endswith(load_report_sides().offices) else None


def kinds_agree(a: Kind, b: Kind) -> bool:
    """Two generic actors that may be one: one country and sector, and the same name when a
    name tells them (a group with no sector, or of one place: ``local_group``); a country's own
    group ("India state government") fits one of its places ("Government of Bihar")."""
    return a[:2] == b[:2] and (a[2] == b[2] or (a[1] is not None and (a[2] is None or b[2] is None)))


def kind_fits(kind: Kind, named: Actor, loose: bool = False) -> bool:
    """A generic actor fits a named one of its country and sector; a group of one place ("Government
    of Bihar": ``local_group``) not one of the country's own government (a Union minister, a ministry).
    ``loose`` (when the words already tell one event): a named actor the text gave no sector fits any
    group of his country but its state's own (``STATE_SECTORS``: government, police, military, courts,
    legislature): a man the text does not place is no police force or ministry."""
    if loose and named.sector is None and kind[0] is not None and kind[0] == named.country \
            and kind[1] not in STATE_SECTORS:
        return True
    return kind[1] is not None and kind[:2] == (named.country, named.sector) and seat_fits(kind[2], named, kind[0])


def seat_fits(group: str | None, named: Actor, country: str | None = None) -> bool:
    """A group of one place (``local_group``) is no actor of the country's own government (the
    Ministry of Railways is not "Government of Bihar"), nor a state's officer of another state the
    place data shows (Uddhav Thackeray, "IN-MH", is not "Government of Odisha"); unknown seats fit.
    Codes are compared as ISO 3166-2 gives them now (``places.current``)."""
    if not group or not named.seat:
        return True
    if named.seat == named.country:
        return False
    states = group_states(group, country)
    return not states or f"iso:{current(named.seat)}" in states


@cache
def group_states(group: str, country: str | None = None) -> frozenset[str]:
    """The ISO codes of the state a place's government ("Government of Nashik") is in, where known;
    a state's name two countries share ("Government of Punjab") by the group's country."""
    if not group.startswith(PLACE_GOVERNMENT):
        return frozenset()
    name = group.removeprefix(PLACE_GOVERNMENT)
    shared = shared_states().get((name, country or ""))
    if shared is not None:
        return frozenset({f"iso:{shared}"})
    found = region(name)
    return frozenset(code for code in found.states if code.startswith("iso:")) if found else frozenset()


@cache
def shared_states() -> dict[tuple[str, str], str]:
    """(a state's name, a country) -> its ISO code, for names of two countries' states (``kb/shared_state_names.tsv``)."""
    return {(r["name"], r["country"]): current(r["iso"]) for r in load_tsv("kb/shared_state_names.tsv")}


@dataclass
class Side:
    """Who one side of a cluster is: its one named actor, the kinds of its generic ones, and its
    actors' keys (their country, else their name: what a block is keyed on; a block that leaves
    the doer out, ``mentions.DOER_OPEN_TYPES``, holds doers of many keys)."""

    named: Actor | None = None
    kinds: set[Kind] = field(default_factory=set)
    keys: set[str] = field(default_factory=set)
    offices: set[str] = field(default_factory=set)  # the offices its generic actors are told as (``office_label``)
    governments: set[str | None] = field(default_factory=set)  # what government each actor told is (``government_of``)
    state: bool = False  # a report tells it as its country itself (``Actor.state``: "ईरान ने")

    @property
    def told(self) -> bool:
        """Some report of the cluster tells who this side is."""
        return bool(self.named or self.kinds or self.keys)

    def fits(self, actor: Actor | None, loose: bool = False) -> bool:
        if actor is None:
            return True
        if actor.key and self.keys and actor.key not in self.keys:
            return False  # another country's actor, or one of no country (in a block of many doers)
        if actor.generic:
            kind = kind_of(actor)
            return kind_fits(kind, self.named, loose) if self.named else all(kinds_agree(k, kind) for k in self.kinds)
        if actor.specific is None:
            return True  # a country: any actor of the block's country
        if self.named is not None and not same_body(self.named, actor):
            return False
        return all(kind_fits(kind, actor, loose) for kind in self.kinds)

    def told_alike(self, actor: Actor | None) -> bool:
        """The actor is named as this side is: its one named actor, or no one named in either (a
        country alone or a group of it: "Spain", "Spain civilians"); not a leader in one report and
        his country alone in the other, which fits but may be another of the country's deeds."""
        if actor is None or actor.generic or actor.specific is None:
            return self.named is None
        return self.names_alike(actor)

    def names_alike(self, actor: Actor | None) -> bool:
        return actor is not None and actor.specific is not None and self.named is not None \
            and same_actor(self.named, actor)

    def other_office(self, actor: Actor | None) -> bool:
        """Neither names anyone, and the actor is an office none of this side's generic actors is told
        as ("India chief minister" against "India minister", "India president" against "India prime
        minister"): two holders, not one addressee told two ways."""
        label = office_label(actor) if actor is not None and self.named is None else None
        return label is not None and bool(self.offices) and label not in self.offices

    def one_government(self, other: Side) -> bool:
        """Both sides are one government told as a whole, no one named in either: a place's government
        in both ("Government of Delhi"), or a country told as itself in one ("ईरान ने") and as itself or
        its authorities in the other ("ईरान के अधिकारियों ने"; two reports of "authorities" alone may be
        any of the country's offices): the state acting, told two ways (``government_of``)."""
        if self.named or other.named or len(self.governments) != 1 or self.governments != other.governments:
            return False
        told = next(iter(self.governments))
        return told is not None and (told.startswith(PLACE_GOVERNMENT) or self.state or other.state)

    def add(self, actor: Actor | None) -> None:
        if actor is not None:
            self.governments.add(government_of(actor))
            self.state = self.state or actor.state
        if actor is not None and actor.key:
            self.keys.add(actor.key)
        if actor is not None and actor.generic:
            self.kinds.add(kind_of(actor))
            self.offices.update(filter(None, [office_label(actor)]))
        elif actor is not None and actor.specific and self.named is None:
            self.named = actor


def office_holder(actor: Actor | None, span: Span) -> Actor | None:
    """A side told as an office without a name ("India prime minister") as the one person the
    knowledge base says held it on every day the mention can be on; None otherwise."""
    if actor is None or not actor.generic or actor.country is None or not span.anchored:
        return None
    role = office_of(actor.name, actor.country)
    if role is None:
        return state_office_holder(actor, span)
    first, last = (holder_on(actor.country, role, day) for day in (span.lo, span.hi))  # type: ignore[arg-type]
    if first is None or last is None or first.kb_id != last.kb_id:
        return None
    return Actor(first.name, actor.country, "PERSON", actor.sector, first.kb_id)


def state_office_holder(actor: Actor, span: Span) -> Actor | None:
    """A state's office told with its state and no name ("Odisha chief minister", "उत्तर प्रदेश के
    मुख्यमंत्री") as the one person the knowledge base says held it on every day the mention can be
    on; a bare "chief minister" (many states) stays generic."""
    found = state_office_of(actor.name)
    if found is None or span.lo is None or span.hi is None:
        return None
    states = state_codes(found[0], actor.country)
    first, last = (state_holder_on(states, found[1], day) for day in (span.lo, span.hi))
    if first is None or last is None or first.kb_id != last.kb_id:
        return None
    return Actor(first.name, actor.country, "PERSON", actor.sector, first.kb_id)


def state_codes(name: str, country: str | None) -> frozenset[str]:
    """A state's ISO 3166-2 codes, now and before 2023 (the offices keep "IN-OR", the place data "IN-OD")."""
    codes = {code.removeprefix("iso:") for code in group_states(PLACE_GOVERNMENT + name, country)}
    return frozenset(codes | {old for old, new in current_codes().items() if new in codes})


def seated(actor: Actor | None, span: Span) -> Actor | None:
    """A named actor with the government it served on every day the mention can be on
    (``knowledge.offices.seat_on``) and the ministries a minister headed (``ministries_on``); None
    when neither is known."""
    if actor is None or actor.generic or not actor.kb_id or not span.anchored:
        return None
    seat = seat_on(actor.kb_id, span.lo, span.hi)  # type: ignore[arg-type]
    ministries = ministries_on(actor.kb_id, span.lo, span.hi)  # type: ignore[arg-type]
    return replace(actor, seat=seat, ministries=ministries) if seat or ministries else None


def other_keys(first: tuple[Side, Side], second: tuple[Side, Side]) -> bool:
    """A side of each cluster is of a country (or a name) the other's is not (doers of two countries)."""
    return any(a.keys and b.keys and not a.keys & b.keys for a, b in zip(first, second, strict=True))


def other_places(first: tuple[Side, Side], second: tuple[Side, Side]) -> bool:
    """A side of each cluster holds a group of one sector of other places ("Government of Gujarat",
    "Government of Bihar": ``local_group``): one sentence telling two states' bans is two events."""
    return any(x[1] is not None and x[:2] == y[:2] and not kinds_agree(x, y)
               for a, b in zip(first, second, strict=True) for x in a.kinds for y in b.kinds)


def told_alike(sides: tuple[Side, Side], actors: tuple[Actor | None, Actor | None]) -> bool:
    """Each actor is named as its side is: the same actor, or no one in either ("India authorities
    -> Spain civilians" and "-> Spain"; not "Narendra Modi" and "India")."""
    return all(side.told_alike(actor) for side, actor in zip(sides, actors, strict=True))
