"""Who did a deed the text tells without naming its doer: the default actor of its kind
(``default_sources`` in event_roles.yaml: the police for an arrest, a court for a sentence, an
unknown attacker), placed in the country of the sentence, of those it acts on or of the story
(``implicit_actor``), and the state that imposed a state's deed, a sanction (``holding_state``).
Read by ``agentless`` and the stages that complete roles.
"""

from __future__ import annotations

from collections import Counter

from ghatna.document import Document, Entity
from ghatna.extraction.actors import (
    GenericActor,
    abroad_home,
    context_country,
    country_entity,
    generic_entity,
    group_context_country,
    home_countries,
    home_placed,
    located_at,
    place_mentions,
    unknown_actor,
)
from ghatna.extraction.implicit_actors import load_implicit_actors
from ghatna.extraction.role_targets import said_place_countries
from ghatna.extraction.roles import role_word_set
from ghatna.extraction.triggers import TriggerMatch


def state_deeds() -> frozenset[str]:
    """Deeds only a state does, to its own people or to foreigners (event_roles.yaml
    ``state_deeds``: a sanction, a visa cancelled, a blacklisting): told with no agent, the state
    is not read off the foreigners' demonyms (``holding_state``)."""
    return role_word_set("state_deeds")


def host_state_modes() -> frozenset[str]:
    """Modes of deeds a state does to another state's envoy (event_roles.yaml ``host_state_modes``:
    a summons): told with no agent, the host state is found as a state deed's (``holding_state``)."""
    return role_word_set("host_state_modes")


def is_envoy(ent: Entity) -> bool:
    """A state told as itself ("पाकिस्तान के उच्चायुक्त को": the country) or its envoy, named or not
    (event_roles.yaml ``envoy_roles``: "अमरीका के राजदूत माइकल मैकफॉल", "अमरीकी राजनयिकों")."""
    return ent.kind == "country" or ent.role in role_word_set("envoy_roles")


def is_envoy_summons(trig: TriggerMatch, targets: list[Entity]) -> bool:
    """A deed of ``host_state_modes`` done to an envoy (``is_envoy``); not to an official, a witness
    or an accused summoned at home ("लापरवाही पर थानाध्यक्ष को तलब किया गया": no state's deed)."""
    return (trig.trigger.mode or "") in host_state_modes() and any(is_envoy(e) for e in targets)


def is_state_deed(trig: TriggerMatch, targets: list[Entity]) -> bool:
    """A deed only a state does (``state_deeds``) or a state does to an envoy (``is_envoy_summons``)."""
    return trig.trigger.plover in state_deeds() or is_envoy_summons(trig, targets)


def implicit_actor(doc: Document, spec: GenericActor | None, bounds: tuple[int, int],
                   near: list[Entity], at: int | None = None) -> Entity:
    """The type's default actor, of the country of the sentence (else of the actors it acts on,
    else, where the text gives evidence of it, its home country: ``home_placed``, ``abroad_home``;
    not an attacker the text does not know, who has no country). Countries named only as where or
    whence in a कि clause after token ``at`` (``said_place_countries``) place what is said, not it.
    A sentence nothing places whose only countries are those of the named people or bodies acted on
    ("राणा को सज़ा सुनाई जाएगी": a Canadian) takes the force of its kind told just before
    (``earlier_of_sector``), not their country: a foreigner's court is as often the one abroad that
    tried him (a group acted on, "पाकिस्तानी नागरिक को गिरफ्तार किया गया", keeps the sentence's country)."""
    if spec is None:
        return unknown_actor()
    own = abroad_home(doc, home_countries().get(spec.label))
    named = {code for code in sentence_countries(doc, bounds) if code}
    said = said_place_countries(doc, *bounds, at) if at is not None else set()
    told = context_country(doc, *bounds) if spec.kind == "unknown" else \
        group_context_country(doc, *bounds, named - said, own)
    told = None if told is not None and told.country in said else told  # "… कहा कि इटली से आने वाले …"
    theirs = {e.country for e in near if e.country and e.kind not in ("generic", "unknown")}
    if spec.kind != "unknown" and (not named or (told is None and named <= theirs)) and not names_its_place(doc, bounds):
        told = country_entity(doc, earlier_of_sector(doc, spec, bounds)) or told
    home = told or country_entity(doc, next((e.country for e in near if e.country), None))
    if home is None and not spec.country and spec.kind != "unknown" and home_placed(doc, *bounds):
        home = country_entity(doc, own) if sentence_countries(doc, bounds) - said <= {own} else None
    return generic_entity(spec, home)


EARLIER_SENTENCES = 3  # sentences before an implied actor in which the one of its kind is sought


def earlier_of_sector(doc: Document, spec: GenericActor, bounds: tuple[int, int]) -> str | None:
    """The country of the actor of the implied actor's sector that did the last event told in the
    sentences just before ("लाहौर की एक अदालत ने … दोषी ठहराया। उन्हें सजा सुनाई गई": that court), when one
    country's. ``implicit_actor`` asks it only for a sentence that names no country of its own
    ("भारतीय अधिकारियों ने बताया कि … गिरफ्तार किया गया": India's police, whoever arrested before; a
    demonym of the one arrested counts too), and for any implied actor of the sector, a doer or a
    target."""
    lo = doc.tokens[bounds[0]].start
    before = [s for s in doc.sentences if s.end <= lo][-EARLIER_SENTENCES:]
    if not before or not spec.sector:
        return None
    start = before[0].start
    codes = [e.source.country for e in doc.events if e.source is not None and start <= e.evidence.start < lo
             and e.source.sector == spec.sector and e.source.country]
    return codes[-1] if codes and len(set(codes)) == 1 else None


def sentence_countries(doc: Document, bounds: tuple[int, int]) -> set[str | None]:
    """The countries of the places, people and bodies (demonyms too) the sentence names: where one
    is not a group's home country, the group is not placed there by default ("ईरानी न्यायिक प्रमुख …
    कैदियों को रिहा किया": no Indian authorities)."""
    lo, hi = doc.tokens[bounds[0]].start, doc.tokens[bounds[1] - 1].end
    return {e.country for e in doc.entities if e.country for m in e.mentions if lo <= m.start < hi}


def holding_state(doc: Document, bounds: tuple[int, int], holders: list[Entity]) -> Entity | None:
    """The country whose authorities imposed, with no agent named, a deed of ``state_deeds`` (a
    sanction): the sentence's (``context_country``), unless nothing in the sentence places it and
    that country is none or one of the targets' own ("सात इतालवी और दो जापानी यात्रियों को
    ब्लैकलिस्ट किया गया" in a story set in India, "ईरान और जापान के वीजा रद्द किए गए": the
    foreigners' demonyms or countries do not make their own state the one that acts); then the
    country the article names most (a live report's first dateline may be abroad), or the
    dateline's when the article names no place. When that country too is none or one of the targets' own, the sentence's country
    stays, even if it is theirs or none (a story about the targets' own country: "दो थानेदार
    निलंबित" is India's)."""
    home = context_country(doc, *bounds)
    theirs = {e.country for e in holders if e.country}
    if names_its_place(doc, bounds) or (home is not None and home.country not in theirs):
        return home
    named = Counter(code for _, _, code in place_mentions(doc) if code).most_common(1)
    main = named[0][0] if named else (doc.dateline or {}).get("country")
    return country_entity(doc, main) if main and main not in theirs else home


def names_its_place(doc: Document, bounds: tuple[int, int]) -> bool:
    """The sentence (tokens[first:last]) says where it happened ("कराची में")."""
    lo, hi = doc.tokens[bounds[0]].start, doc.tokens[bounds[1] - 1].end
    return any(lo <= start < hi and located_at(doc, end) for start, end, _ in place_mentions(doc))


def default_source(trig: TriggerMatch, targets: list[Entity]) -> GenericActor | None:
    """Who does an agentless event of this trigger done to the targets: by its mode ("मामला दर्ज किया
    गया": police, "सजा सुनाई गई": a court; a summons only of an envoy, ``is_envoy_summons``), else by
    its type; None for an unknown actor."""
    implicit = load_implicit_actors()
    mode = trig.trigger.mode or ""
    if mode in implicit.mode_sources and (mode not in host_state_modes() or is_envoy_summons(trig, targets)):
        return implicit.mode_sources[mode]
    return implicit.sources.get(trig.trigger.plover)
