"""What an attack told without its attacker is aimed at: the actor marked पर before it, or the
owner of a thing so marked (a base, a police station, a convoy: ``attacked_things`` in
attacks.yaml), named before the thing or going without saying ("थाने पर": the police)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from ghatna.document import Document, Entity
from ghatna.extraction.actors import GenericActor, context_country, expand_form, generic_entity
from ghatna.extraction.event_roles import ends_clause, index_range
from ghatna.extraction.roles import Slot, gap_has_break, is_place, load_role_words
from ghatna.extraction.triggers import TriggerMatch
from ghatna.resources import load_yaml


@dataclass(frozen=True, slots=True)
class AttackedThings:
    nouns: frozenset[str]
    owner_reach: int
    implied_owners: dict[str, GenericActor]


@cache
def attacked_things() -> AttackedThings:
    data = load_yaml("attacks.yaml")["attacked_things"]
    implied = {f: GenericActor(str(v["label"]), v.get("sector"), None, "generic")
               for n, v in (data.get("implied_owners") or {}).items() for f in expand_form(n)}
    return AttackedThings(frozenset(f for n in data["nouns"] for f in expand_form(n)), int(data["owner_reach"]),
                          implied)


def implied_owner(doc: Document, marker: int) -> list[Entity]:
    """"थाने पर हमला किया गया": the owner of a thing that goes without saying (``implied_owners``),
    of the country the sentence is set in."""
    spec = attacked_things().implied_owners.get(doc.tokens[marker - 1].text)
    sent = doc.sentence_at(doc.tokens[marker].start)
    if spec is None or sent is None:
        return []
    return [generic_entity(spec, context_country(doc, *index_range(doc, sent)))]


def thing_owner(doc: Document, slots: list[Slot], marker: int) -> list[Entity]:
    """"अमरीकी सैन्य ठिकानों पर", "पुलिस थाने पर", "अमरीकी सेनाओं के मुख्यालय पर": whose thing (a
    base, a building, a vehicle: ``attacked_things``) is marked पर at token ``marker``: the actor
    named right before it (a demonym, a bare group or a genitive), no case marker between; with
    none named, the owner that goes without saying ("थाने पर": ``implied_owner``)."""
    things, words = attacked_things(), load_role_words()
    if marker < 1 or doc.tokens[marker - 1].text not in things.nouns:
        return []
    owners = [s for s in slots if s.marker in ("", *words.genitive) and s.marker_end < marker
              and marker - s.marker_end <= things.owner_reach and not any(is_place(e) for e in s.entities)]
    if not owners:
        return implied_owner(doc, marker)
    gap = doc.tokens[owners[-1].marker_end: marker]
    if any(t.text in words.simple or t.text in words.genitive for t in gap) \
            or gap_has_break(doc.body, doc.tokens, owners[-1].marker_end, marker):
        return []
    return list(owners[-1].entities)


def aimed_target(doc: Document, slots: list[Slot], trig: TriggerMatch, reach: int = 2,
                 things: bool = True) -> list[Entity]:
    """Whom an attack marked पर within ``reach`` words before it is aimed at: the actor so marked
    ("अमरीकी बलों पर ईरानी मिसाइल हमला"), or (with ``things``) the owner of the thing so marked
    ("अमरीकी सैन्य ठिकानों पर ईरान के मिसाइल हमले"); none across a clause break."""
    for k in range(trig.first - 1, max(trig.first - 2 - reach, -1), -1):
        if ends_clause(doc, k):
            return []
        if doc.tokens[k].text == "पर":
            near = [s for s in slots if s.marker == "पर" and s.marker_end == k + 1
                    and not all(e.type == "LOC" and not e.country for e in s.entities)]  # "नियंत्रण रेखा पर": no side
            return list(near[-1].entities) if near else thing_owner(doc, slots, k) if things else []
    return []


def attacked(slots: list[Slot], trig: TriggerMatch, start: int = 0) -> list[Entity]:
    """"X पर हमला हुआ", "X के काफिले के पास धमाका": the actor named last before an attack
    with no attacker (not a place it happened in), from token ``start`` on: not one named before
    the "… कहा कि" that reports it ("X के सूत्रों के हवाले से कहा कि … हमला किया गया": who tells)."""
    before = [s for s in slots if start <= s.first and s.last <= trig.first and s.marker in ("पर", "को", "के", "की", "का")]
    return list(before[-1].entities) if before else []
