"""Areas sealed: a restriction laid on a place where people live is done to them.

"प्रशासन ने चार मोहल्लों को सील कर दिया", "15 जिलों के हॉटस्पॉट सील", "गांव को पूरी तरह सील
करने का आदेश": no one is named, but the people of the area are whom it befalls (the annotation
rules R27 and R28: sealing an area is COERCE), and so are the people of an area whose borders
are sealed ("जिले की सीमाएं सील कर दीं"). A curfew or a sealing with no area named, or of a shop or
a border closed on another country (R24's), is left as before: a policy with no one it is done to
(``named_target_modes`` in event_roles.yaml).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from ghatna.document import Document
from ghatna.extraction.actors import place_mentions
from ghatna.extraction.clause_openings import ends_clause
from ghatna.extraction.triggers import TriggerMatch
from ghatna.resources import load_yaml
from ghatna.text.tokens import word_key


@dataclass(frozen=True, slots=True)
class SealedAreas:
    modes: frozenset[str]
    areas: frozenset[str]
    buildings: frozenset[str]
    property_rules: frozenset[str]
    skip: frozenset[str]
    reach: int
    powers: frozenset[str]
    power_reach: int
    borders: frozenset[str]
    genitive: frozenset[str]


@cache
def load_sealed_areas() -> SealedAreas:
    data = load_yaml("sealed_areas.yaml")
    return SealedAreas(modes=frozenset(data["modes"]), areas=frozenset(word_key(str(w)) for w in data["areas"]),
                       buildings=frozenset(word_key(str(w)) for w in data["buildings"]),
                       property_rules=frozenset(word_key(str(w)) for w in data["property_rules"]),
                       skip=frozenset(word_key(str(w)) for w in data["skip"]), reach=int(data["reach"]),
                       powers=frozenset(word_key(str(w)) for w in data["powers"]), power_reach=int(data["power_reach"]),
                       borders=frozenset(word_key(str(w)) for w in data["borders"]),
                       genitive=frozenset(word_key(str(w)) for w in data["genitive"]))


def seals_area(doc: Document, trig: TriggerMatch, bounds: tuple[int, int]) -> bool:
    """The trigger, of a mode of ``modes``, restricts an area the sentence (tokens ``bounds``)
    names right before it: its head noun (``areas``; ``buildings`` but where the sentence tells a
    breach of property rules) or a place's name ("जमालपुर को सील") is the
    word before the trigger, past a को and the adverbs of ``skip``, with no clause break between; not a power to seal (``powers``
    right after it: "सील कर सकेंगे"); a trigger of the bare word (no verb: a headline's "चार मोहल्ले
    सील") only at the end of its clause (``bare_final``)."""
    spec = load_sealed_areas()
    first = bounds[0]
    if trig.trigger.mode not in spec.modes or is_power(doc, trig, spec) or not bare_final(doc, trig, bounds):
        return False
    bordered = False  # "जिले की सीमाएं सील", "दिल्ली के बॉर्डर सील": the area whose borders are sealed
    for k in range(trig.first - 1, max(first, trig.first - spec.reach) - 1, -1):
        if ends_clause(doc, k):
            return False
        key = doc.tokens[k].key
        if key in spec.areas or names_place(doc, k, inland=bordered):
            return True
        if key in spec.borders or (bordered and key in spec.genitive):
            bordered = True
            continue
        if key in spec.buildings:
            return not breaks_property_rules(doc, bounds, spec)
        if key not in spec.skip:
            return False
    return False


def breaks_property_rules(doc: Document, bounds: tuple[int, int], spec: SealedAreas) -> bool:
    """The sentence tells a breach of property or building rules (``property_rules``: "अवैध रूप से
    बनी", "टैक्स बकाया"): a building sealed for it is a property shut, not its people confined."""
    return any(t.key in spec.property_rules for t in doc.tokens[bounds[0]:bounds[1]])


def is_power(doc: Document, trig: TriggerMatch, spec: SealedAreas) -> bool:
    """A word of a power or an ability right after the trigger ("सील कर सकेंगे"), in its clause."""
    for k in range(trig.last, min(len(doc.tokens), trig.last + spec.power_reach)):
        if doc.tokens[k].key in spec.powers:
            return True
        if ends_clause(doc, k):
            return False
    return False


def names_place(doc: Document, k: int, inland: bool = False) -> bool:
    """A place's name (a town, a district, a colony the knowledge base knows) ends at token k;
    with ``inland`` not a country's (a border closed on another country is R24's: "नेपाल सीमा सील")."""
    end = doc.tokens[k].end
    if inland:
        return any(e.type in ("GPE", "LOC") and e.kind != "country" and any(m.end == end for m in e.mentions)
                   for e in doc.entities)
    return any(stop == end for _, stop, _ in place_mentions(doc))


def bare_final(doc: Document, trig: TriggerMatch, bounds: tuple[int, int]) -> bool:
    """A trigger of one word with no verb ends its clause, as a headline's participle does ("… गांव
    सील"); not "सील नहीं किया", "सील होने के बाद" or "सील इलाकों में". A trigger with its verb is
    not asked."""
    if " " in trig.trigger.pattern or "{" in trig.trigger.pattern or trig.last - trig.first != 1:
        return True
    return trig.last >= bounds[1] or ends_clause(doc, trig.last - 1)
