"""Attacks at a border: firing or shelling told at a border ("सीमा पर", "नियंत्रण रेखा पर", "सरहद पार
से") by a side the text names, and no one named as hit, is aimed across that border. Read by the
event stage (``role_completion.complete_roles``) and by the role finder of deeds told without an agent
(``agentless``: "सीमा पर पाकिस्तान की ओर से गोलीबारी की गई")."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from ghatna.document import Document, Entity
from ghatna.extraction.actors import (
    GenericActor,
    country_entity,
    generic_entity,
    home_countries,
    unknown_actor,
)
from ghatna.extraction.event_roles import Roles, ends_clause, index_range
from ghatna.extraction.fiction import told_of_fiction
from ghatna.extraction.implicit_actors import load_implicit_actors
from ghatna.extraction.named_doers import done_by
from ghatna.extraction.roles import Slot, agent_phrases, load_role_words, with_country
from ghatna.extraction.speakers import load_speech_words
from ghatna.extraction.triggers import TriggerMatch, word_after
from ghatna.resources import load_yaml


@dataclass(frozen=True, slots=True)
class BorderFire:
    borders: tuple[tuple[str, ...], ...]
    markers: tuple[tuple[str, ...], ...]
    reach: int
    inner_owners: frozenset[str]
    lines: tuple[tuple[tuple[str, ...], frozenset[str]], ...]
    home_of: str
    home_neighbours: frozenset[str]
    home_sectors: frozenset[str]
    question_words: frozenset[str]
    own_sectors: frozenset[str]
    people_sectors: frozenset[str]
    ceasefire_cameos: frozenset[str]


@cache
def border_fire() -> BorderFire:
    data = load_yaml("attacks.yaml")["border_fire"]
    lines = sorted(((tuple(name.split()), frozenset(sides)) for name, sides in data["lines"].items()),
                   key=lambda line: -len(line[0]))  # the longest first: "वास्तविक नियंत्रण रेखा" before "नियंत्रण रेखा"
    return BorderFire(tuple(tuple(b.split()) for b in data["borders"]), tuple(tuple(m.split()) for m in data["markers"]),
                      int(data["reach"]), frozenset(data["inner_owners"]), tuple(lines), str(data["home_of"]),
                      frozenset(data["home_neighbours"]), frozenset(data["home_sectors"]),
                      frozenset(data["question_words"]), frozenset(data["own_sectors"]),
                      frozenset(data["people_sectors"]), frozenset(data["ceasefire_cameos"]))


def at_border(doc: Document, trig: TriggerMatch, first: int) -> bool:
    """A border and a word of place ("सीमा पर", "एलओसी के पास", "सरहद पार से") at most ``reach``
    words before the attack word, in its clause (``border_fire`` in attacks.yaml)."""
    return border_phrase(doc, trig, first) is not None


def border_phrase(doc: Document, trig: TriggerMatch, first: int) -> tuple[int, int] | None:
    """The token range of the border words of ``at_border``; not a district's or a state's border
    ("जिले की सीमा पर": ``inner_owners``)."""
    rules = border_fire()
    start = max(first, trig.first - rules.reach)
    for k in range(trig.first - 1, start - 1, -1):
        if ends_clause(doc, k) and k < trig.first - 1:
            return None
        for border in rules.borders:
            if phrase_at(doc, k, border) and any(phrase_at(doc, k + len(border), m) for m in rules.markers) \
                    and not is_inner_border(doc, k):
                return k, k + len(border)
    return None


def is_inner_border(doc: Document, k: int) -> bool:
    """The border word at k is a district's, a state's or a town's: "जिले की सीमा", "राज्य सीमा" (with a genitive between: ``genitive_markers``)."""
    owners, tokens = border_fire().inner_owners, doc.tokens
    before = tokens[k - 1].text if k > 0 else ""
    return before in owners or (before in load_role_words().genitive and k > 1 and tokens[k - 2].text in owners)


def phrase_at(doc: Document, k: int, words: tuple[str, ...]) -> bool:
    """The tokens from index k on are ``words``."""
    return tuple(t.text for t in doc.tokens[k: k + len(words)]) == words


def line_sides(doc: Document, border: tuple[int, int] | None) -> frozenset[str]:
    """The countries a named line lies between ("नियंत्रण रेखा": India, Pakistan; ``lines``)."""
    if border is None:
        return frozenset()
    return next((sides for words, sides in border_fire().lines if phrase_at(doc, border[1] - len(words), words)),
                frozenset())


def across_border(doc: Document, sources: list[Entity], bounds: tuple[int, int],
                  border: tuple[int, int] | None = None) -> Entity:
    """The side across the border from the attackers: the other country a named line lies between
    (``line_sides``), else the one other country the sentence names, else the home country Hindi
    news gives an army (``home_of``) when the attackers are the state or the army of a country that
    faces it (``home_neighbours``, ``home_sectors``; not its police); an unknown side when none is. Never a country
    named only in other sentences of the article."""
    theirs = {e.country for e in sources if e.country}
    across = set(line_sides(doc, border)) - theirs
    if len(across) == 1:
        return country_entity(doc, across.pop()) or unknown_actor()
    lo, hi = doc.tokens[bounds[0]].start, doc.tokens[bounds[1] - 1].end
    named = {e.country for e in doc.entities if e.country and e.country not in theirs
             for m in e.mentions if lo <= m.start < hi}
    if len(named) == 1:
        return country_entity(doc, named.pop()) or unknown_actor()
    rules = border_fire()
    armed = any(e.country in rules.home_neighbours and (e.sector is None or e.sector in rules.home_sectors)
                for e in sources)  # the state, its army, or a body of no known sector ("पाकिस्तानी रेंजर्स")
    code = home_countries().get(rules.home_of) if armed and not named else None
    return (country_entity(doc, code) if code else None) or unknown_actor()


def untold(doc: Document, trig: TriggerMatch, bounds: tuple[int, int]) -> bool:
    """The attack is asked about ("क्या X ने सीमा पर गोलीबारी की?") or told of a work of fiction
    ("फिल्म में X की सेना सीमा पर गोलीबारी करती है"): ``question_words``, ``fiction.told_of_fiction``."""
    rules, tokens = border_fire(), doc.tokens
    sent = doc.sentence_at(tokens[trig.first].start)
    if tokens[bounds[0]].text in rules.question_words or (sent is not None and sent.text.rstrip().endswith("?")):
        return True
    return told_of_fiction(doc, trig, bounds)


def border_target(doc: Document, trig: TriggerMatch, bounds: tuple[int, int], sources: list[Entity]) -> list[Entity]:
    """"पाकिस्तानी सेना ने सीमा पर गोलीबारी की": an attack at a border by a named side, no one named
    as hit, falls on the side across it (``across_border``); so does a ceasefire violated
    (``ceasefire_cameos``: "पाकिस्तान ने फिर संघर्ष विराम का उल्लंघन किया"), on the other party: the
    country named as its place in its clause ("X ने कहा कि Y ने लेबनान में …"), else the side across."""
    if trig.trigger.plover != "ASSAULT" or not sources or untold(doc, trig, bounds):
        return []
    border = border_phrase(doc, trig, bounds[0])
    if trig.trigger.cameo in border_fire().ceasefire_cameos:
        place = place_in_clause(doc, sources, told_clause(doc, trig, bounds), trig)  # "लेबनान में"
        return [place or across_border(doc, sources, bounds, border)]
    if not (told_done(doc, trig) and border):
        return []
    return [across_border(doc, sources, bounds, border)]


def told_clause(doc: Document, trig: TriggerMatch, bounds: tuple[int, int]) -> tuple[int, int]:
    """The clause a report tells the trigger in: the sentence from after the last complementizer
    before the trigger on (``speech_complementizers``: "X ने कहा कि Y ने …")."""
    comps = load_speech_words().complementizers
    start = next((k + 1 for k in range(trig.first - 1, bounds[0] - 1, -1) if doc.tokens[k].text in comps), bounds[0])
    return start, bounds[1]


def place_in_clause(doc: Document, sources: list[Entity], clause: tuple[int, int],
                    trig: TriggerMatch) -> Entity | None:
    """The one other country named as the place of the trigger's clause before it ("लेबनान में")."""
    theirs = {e.country for e in sources if e.country}
    at = {doc.tokens[k].end: k for k in range(clause[0], trig.first - 1)}  # a word that ends a mention
    places = {e.country for e in doc.entities if e.type in ("GPE", "LOC") and e.country and e.country not in theirs
              for m in e.mentions if m.end in at and doc.tokens[at[m.end] + 1].text == "में"}
    return country_entity(doc, places.pop()) if len(places) == 1 else None


def told_done(doc: Document, trig: TriggerMatch) -> bool:
    """The attack word told as done: a verb phrase of its own ("गोले दागे") or a noun right before a
    light verb or a verb of happening ("गोलीबारी की", "गोलीबारी हुई"); not "फायरिंग रोकने के उपाय"."""
    if len(trig.trigger.tokens) > 1:
        return True
    nxt = word_after(doc, trig)
    return nxt in load_role_words().light_verbs or nxt in load_implicit_actors().happened or verb_first(doc, trig)


def verb_first(doc: Document, trig: TriggerMatch) -> bool:
    """"पाकिस्तान ने की भारी गोलीबारी": a headline puts the light verb right after the agent, before
    the attack word (one word of manner may stand between)."""
    words = load_role_words()
    return any(k > 0 and doc.tokens[k].text in words.light_verbs and doc.tokens[k - 1].text in words.agent
               for k in range(max(trig.first - 2, 1), trig.first))


def off_border(doc: Document, trig: TriggerMatch, bounds: tuple[int, int], targets: list[Entity]) -> list[Entity]:
    """The targets of an attack at a border but the line itself ("नियंत्रण रेखा पर", "डूरंड रेखा पर":
    a place of no country, no side), so that the side across it is found (``border_target``)."""
    if not targets or not told_done(doc, trig) or not at_border(doc, trig, bounds[0]):
        return targets
    return [e for e in targets if e.type != "LOC" or e.country]


def border_roles(doc: Document, slots: list[Slot], trig: TriggerMatch, bounds: tuple[int, int]) -> Roles | None:
    """"सीमा पर पाकिस्तान की ओर से गोलीबारी की गई": an attack at a border told without an agent, its
    doer marked द्वारा or की ओर से right before the attack word (``marked_before``)."""
    if trig.trigger.plover != "ASSAULT" or not told_done(doc, trig) or not at_border(doc, trig, bounds[0]) \
            or untold(doc, trig, bounds):
        return None
    doers = marked_before(doc, slots, trig)
    return Roles(doers, border_target(doc, trig, bounds, doers), "agent") if doers else None


def marked_before(doc: Document, slots: list[Slot], trig: TriggerMatch) -> list[Entity]:
    """The actor marked as a doer (``done_by`` agent markers: द्वारा, की ओर से) right before the attack
    word, only words of manner between ("पाकिस्तानी सेना द्वारा भारी गोलाबारी की गई")."""
    rules = done_by()
    k = trig.first
    while True:
        slot = next((s for s in slots if s.marker in rules.agent_markers and s.marker_end == k), None)
        if slot is not None:
            return slot.entities[:1]  # checked at every step: "की ओर से" ends in one of the words between
        if k == 0 or doc.tokens[k - 1].text not in rules.between or ends_clause(doc, k - 1):
            return []
        k -= 1


def not_own_force(doc: Document, victim: Entity, slot: Slot, sources: list[Entity], cross: bool = False) -> Entity:
    """"पाकिस्तानी सेना की गोलाबारी में एक जवान शहीद हो गया": a soldier or policeman told bare (no word
    of his country right before him), harmed by a state or its force, took that force's country
    only by being named after it; a force does not shell its own men: he is of the side across
    (``across_border``), else of no country. Not "इजरायली सेना की गोलीबारी में एक इजरायली सैनिक".
    ``cross``: the attack crosses sides (``crosses_sides``)."""
    if victim.kind == "generic" and victim.sector in border_fire().people_sectors:
        return people_across(doc, victim, slot, sources, cross)
    if victim.kind != "generic" or victim.sector not in border_fire().own_sectors or victim.country is None:
        return victim
    if victim.country not in forces_of(sources):
        return victim
    if told_with_country(doc, victim, slot):
        return victim  # his country told with him
    across = across_border(doc, sources, slot_bounds(doc, slot))
    if across.kind == "country" and across.country != victim.country:
        return with_country(victim, across)
    return generic_entity(GenericActor(victim.role or victim.name, victim.sector, None, "generic"), None)


def people_across(doc: Document, victim: Entity, slot: Slot, sources: list[Entity], cross: bool = False) -> Entity:
    """"सीमा पर पाकिस्तानी सेना की गोलाबारी में ग्रामीण घायल": people told bare (``people_sectors``)
    harmed by a state or its force are of the side across when the sentence names a border or a
    place of another country and ``across_border`` finds one; else they keep their country ("सीरियाई सेना के हमले में नागरिक मारे गए": the army's own),
    unless the attack crosses sides (``cross``: "पाकिस्तान की ओर से हुई गोलाबारी में ग्रामीण घायल"):
    then they are of the side across, or of no country when none is found."""
    forces = forces_of(sources)
    if not forces or (victim.country is not None and victim.country not in forces) or told_with_country(doc, victim, slot):
        return victim
    bounds = slot_bounds(doc, slot)
    if home_place_named(doc, forces, bounds):
        return victim  # "पाकिस्तानी सेना ने बलूचिस्तान में …": the attack is told in the force's own land
    if not cross and not border_named(doc, bounds) and not place_named(doc, forces, bounds):
        return victim  # "पाकिस्तानी सेना के हवाई हमले में ग्रामीणों की मौत": nothing tells a side across
    across = across_border(doc, sources, bounds)
    if across.kind == "country" and across.country not in forces:
        return with_country(victim, across)
    return no_side(victim) if cross else victim


def forces_of(sources: list[Entity]) -> set[str]:
    """The countries of the doers that are a state or its force (not a group of its people)."""
    return {s.country for s in sources if s.country and s.kind in ("country", "military")}


def counted_across(doc: Document, slots: list[Slot], trig: TriggerMatch, bounds: tuple[int, int],
                   sources: list[Entity], targets: list[Entity]) -> list[Entity]:
    """"चीन की ओर से हुई गोलीबारी में दो चरवाहे घायल": people counted with no actor named (civilians
    of the sentence's country, ``people_sectors``) harmed by an attack from one side on another
    (``crosses_sides``) are not of the doer's country: of the side across (``across_border``), else of none."""
    forces = forces_of(sources)
    if not forces or not crosses_sides(doc, slots, trig, sources) or home_place_named(doc, forces, bounds):
        return targets
    across = across_border(doc, sources, bounds)
    side = across if across.kind == "country" and across.country not in forces else None
    people = border_fire().people_sectors
    return [t if t.kind != "generic" or t.sector not in people or t.country not in forces
            else with_country(t, side) if side is not None else no_side(t) for t in targets]


def no_side(victim: Entity) -> Entity:
    """People harmed from across sides whose side the text does not give: of no country, and of a
    kind no later step gives the doer's country to (``event_sides.with_home`` skips the unknown)."""
    return generic_entity(GenericActor(victim.role or victim.name, victim.sector, None, "unknown"), None)


def crosses_sides(doc: Document, slots: list[Slot], trig: TriggerMatch, sources: list[Entity]) -> bool:
    """The attack is told as one from one side on another: a ceasefire violated (``ceasefire_cameos``)
    or a doer named by the side it came from ("पाकिस्तान की ओर से हुई फायरिंग", ``agent_phrases``)."""
    if trig.trigger.cameo in border_fire().ceasefire_cameos:
        return True
    tokens = doc.tokens
    return any(s.marker == "द्वारा" and any(e in sources for e in s.entities)
               and any(tuple(t.key for t in tokens[s.last + 1: s.last + 1 + len(p)]) == p for p in agent_phrases())
               for s in slots)


def border_named(doc: Document, bounds: tuple[int, int]) -> bool:
    """The sentence names a border between sides (``border_fire.borders``), not a district's or a
    state's (``inner_owners`` right before it or before its genitive)."""
    rules, tokens = border_fire(), doc.tokens
    for k in range(bounds[0], bounds[1]):
        for border in rules.borders:
            if tuple(t.text for t in tokens[k: k + len(border)]) != border:
                continue
            before = [t.text for t in tokens[max(bounds[0], k - 2): k]]
            if not any(w in rules.inner_owners for w in before):
                return True
    return False


def place_named(doc: Document, countries: set[str], bounds: tuple[int, int]) -> bool:
    """The sentence names a place of a country not among ``countries`` ("पुंछ में")."""
    lo, hi = doc.tokens[bounds[0]].start, doc.tokens[bounds[1] - 1].end
    return any(e.country and e.country not in countries and e.type in ("GPE", "LOC")
               for e in doc.entities for m in e.mentions if lo <= m.start < hi)


def home_place_named(doc: Document, countries: set[str], bounds: tuple[int, int]) -> bool:
    """The sentence names a place of one of ``countries`` below the country itself (a province, a town)."""
    lo, hi = doc.tokens[bounds[0]].start, doc.tokens[bounds[1] - 1].end
    return any(e.country in countries and e.kind != "country" and e.type in ("GPE", "LOC")
               for e in doc.entities for m in e.mentions if lo <= m.start < hi)


def told_with_country(doc: Document, victim: Entity, slot: Slot) -> bool:
    """The word right before the group names its own country ("इजरायली सैनिक")."""
    before = doc.tokens[slot.first - 1].end if slot.first > 0 else -1
    return any(m.end == before for e in doc.entities if e.country and e.country == victim.country for m in e.mentions)


def slot_bounds(doc: Document, slot: Slot) -> tuple[int, int]:
    sent = doc.sentence_at(doc.tokens[slot.first].start)
    return index_range(doc, sent) if sent is not None else (slot.first, slot.last)
