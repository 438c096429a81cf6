"""Pair words: "दोनों नेताओं/देशों/दलों/पक्षों" stand for the two sides of the last two-sided event
told before them, else for the two actors last named together as a pair ("भारत और चीन के बीच"),
else for the two people or countries the article names most (two parties: the last two named).
``pair_slots`` gives a sentence's pair words as slots; ``pairs_act`` hands "दोनों देशों के विदेश
मंत्रियों ने" the marker of the officials named after the pair. Used by ``references.sentence_slots``.
"""

from __future__ import annotations

from collections import Counter
from functools import cache
from itertools import pairwise

from ghatna.document import Document, Entity
from ghatna.extraction.actors import country_entity
from ghatna.extraction.roles import Slot, country_of, load_role_words, read_marker, role_word_set
from ghatna.resources import load_yaml


def top_two(doc: Document, before_offset: int, kind: str) -> list[Entity]:
    """The two people or countries most named before an offset (recency breaks ties); two
    parties ("इन दोनों दलों"): the last two named."""
    counts: Counter[str] = Counter()
    latest: dict[str, int] = {}
    by_key = {}
    for ent in doc.entities:
        if not fits_pair_kind(ent, kind):
            continue
        for m in ent.mentions:
            if m.start < before_offset:
                counts[ent.key] += 1
                latest[ent.key] = max(latest.get(ent.key, -1), m.start)
                by_key[ent.key] = ent
    rank = (lambda k: (-counts[k], -latest[k])) if kind != "PARTY" else (lambda k: -latest[k])
    return [by_key[k] for k in sorted(counts, key=rank)[:2]]


def fits_pair_kind(ent: Entity, kind: str) -> bool:
    if kind == "PERSON":
        return ent.type == "PERSON"
    if kind == "PARTY":
        return ent.type == "ORG" and ent.kind == "party"
    if kind in ("GPE", "SIDE"):
        return ent.kind == "country"
    return ent.type == "PERSON" or ent.kind == "country"


def last_event_pair(doc: Document, before_offset: int, kind: str) -> list[Entity] | None:
    """The two sides of the last two-sided event between two distinct actors told before an
    offset, as people or as their countries (an event between two people of one country gives
    no pair of countries: the one before it may)."""
    for ev in reversed(doc.events):
        if ev.evidence.start >= before_offset or ev.source is None or ev.target is None:
            continue
        if kind == "SIDE" and not sides_of_states(ev.source, ev.target):
            return []
        sides = event_sides(doc, [ev.source, ev.target], kind)
        if sides is None:
            return None
        if not distinct(sides):
            continue
        return sides if all(fits_event_kind(s, kind) for s in sides) else None
    return None


def sides_of_states(source: Entity, target: Entity) -> bool:
    """Whether an event's two sides can be "दोनों पक्ष" of a pair: not actors of one country
    (a government and rebels of one country, or two people of one country, are a dispute at
    home: "दोनों पक्ष" then stands for no pair of states); Israel and Hamas are."""
    return not (source.country and source.country == target.country)


def event_sides(doc: Document, sides: list[Entity], kind: str) -> list[Entity] | None:
    """An event's sides as the pair words of ``kind`` mean them: people as they are, else
    their countries, named or not ("दोनों पक्षों", SIDE, keeps an organisation: Israel and Hamas)."""
    if kind in ("PERSON", "PARTY"):
        return sides
    if not all(s.country for s in sides):
        return None
    return [s if kind == "SIDE" and s.type == "ORG" else country_of(doc, s) or country_entity(doc, s.country) or s
            for s in sides]


def fits_event_kind(ent: Entity, kind: str) -> bool:
    """A side fit for the pair: two leaders for "दोनों नेताओं", two parties for "दोनों दलों"."""
    if kind == "PERSON":
        return ent.type == "PERSON" and ent.role in load_role_words().leader_roles
    return fits_pair_kind(ent, kind) if kind == "PARTY" else True


@cache
def pair_phrase_words() -> tuple[frozenset[str], frozenset[str]]:
    """``hindi_words.yaml`` ``pair_joiners`` and ``pair_nouns``: the words that may join two
    actors named as a pair, and the nouns of what is between them."""
    d = load_yaml("hindi_words.yaml")
    return frozenset(d["pair_joiners"]), frozenset(d["pair_nouns"])


def last_named_pair(doc: Document, before_offset: int, kind: str) -> list[Entity] | None:
    """The two actors last named together as a pair before an offset ("भारत और चीन के बीच",
    "मोदी के जापान दौरे", "भारत-चीन सीमा"): two mentions with only joining words (or a hyphen)
    between them and a pair noun within three words after the second; as people, or as their
    countries for "दोनों देशों". Two parties are the last two named (``top_two``), not this."""
    if kind == "PARTY":
        return None
    joiners, nouns = pair_phrase_words()
    mentions = sorted(((m.start, m.end, ent) for ent in doc.entities for m in ent.mentions
                       if m.field == "body" and m.end <= before_offset), key=lambda t: (t[0], t[1]))
    for (_, end1, first), (start2, end2, second) in reversed(list(pairwise(mentions))):
        if start2 < end1 or first.key == second.key:
            continue
        between = doc.body[end1:start2].replace("-", " ").split()
        if not all(w in joiners for w in between) or (not between and "-" not in doc.body[end1:start2]):
            continue
        after = doc.body[end2:end2 + 80].split("।")[0].replace("-", " ").split()[:3]
        if not any(w.strip(",;:\"'()") in nouns for w in after):
            continue
        if kind == "PERSON":
            if first.type == second.type == "PERSON":
                return [first, second]
            continue
        if kind == "SIDE" and not first.kind == second.kind == "country":
            continue
        sides = event_sides(doc, [first, second], kind)
        if sides is not None and distinct(sides):
            return sides
    return None


def distinct(pair: list[Entity]) -> bool:
    """Two different actors, not one country twice ("दोनों देशों" after a meeting of two Indians)."""
    return len(pair) == 2 and pair[0].key != pair[1].key


def pair_slots(doc: Document, first: int, last: int) -> list[Slot]:
    """"दोनों नेताओं ने" and the like, resolved to the two actors of the article."""
    words = load_role_words()
    slots = []
    for i in range(first, last - 1):
        if doc.tokens[i].text not in words.pair_openers:
            continue
        kind = words.pair_words.get(doc.tokens[i + 1].text)
        if kind is None:
            continue
        at = doc.tokens[i].start
        pair = last_event_pair(doc, at, kind)
        if pair is None:
            pair = last_named_pair(doc, at, kind) or top_two(doc, at, kind)
        if distinct(pair):
            marker, end = read_marker(doc.tokens, i + 2, words)
            slots.append(Slot(pair, i, i + 2, marker, end, rule="pair"))
    return slots


def pairs_act(slots: list[Slot]) -> list[Slot]:
    """"दोनों देशों के विदेश मंत्रियों ने", "दोनों देशों की सेनाओं के बीच": the two states whose
    officials, leaders or forces (a group of ``pair_agent_sectors``, whatever country the sentence
    would give it) are marked right after them are the sides, with that group's marker."""
    out: list[Slot] = []
    for slot in slots:
        prev = out[-1] if out else None
        ent = slot.entities[0]
        if prev is not None and prev.rule == "pair" and prev.marker in load_role_words().genitive \
                and prev.marker_end == slot.first and all(e.type == "GPE" for e in prev.entities) \
                and ent.kind == "generic" and ent.sector in role_word_set("pair_agent_sectors"):
            prev.marker, prev.marker_end = slot.marker, slot.marker_end
            continue
        out.append(slot)
    return out
