"""Actors of a sentence and their roles, read from Hindi syntax.

Each actor mention becomes a Slot with the marker after it (ने, को, से, के साथ, के
खिलाफ, के बीच, a genitive के/की/का, or none). A country or organisation that only
modifies the person or body after it ("रूस के प्रधानमंत्री मिशुस्तिन") is absorbed;
coordinated actors ("X और Y ने") and lists included in a group ("X समेत कई देशों ने")
share one marker (``coordination``). Unnamed actors ("सेना ने") and agents the knowledge base lacks ("… कमेटी
ने") become slots too. Whom pronouns and group words stand for, and the sentence's slots all
together (``sentence_slots``), are in ``references``.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import cache
from itertools import pairwise

from ghatna.document import Document, Entity
from ghatna.extraction.actors import (
    GenericActor,
    country_entity,
    generic_entity,
    load_generic_table,
    match_generic,
)
from ghatna.resources import load_yaml
from ghatna.text.tokens import Token, tok_index, word_key

ABSORB_REACH = 5
GENERIC_BODY_KINDS = frozenset({"ministry", "executive"})  # "विदेश मंत्रालय" belongs to the state named before it
PUNCT_BREAK = set(",।.;:?!\"“”()")


@dataclass(frozen=True, slots=True)
class RoleWords:
    agent: frozenset[str]
    genitive: frozenset[str]
    compound: dict[str, str]
    simple: frozenset[str]
    conjunctions: frozenset[str]
    pronouns: dict[str, str]
    pair_words: dict[str, str]
    spellings: dict[str, str]
    pair_openers: frozenset[str]
    anaphora: frozenset[str]
    light_verbs: frozenset[str]
    reference_after: tuple[tuple[str, ...], ...]
    target_markers: dict[str, tuple[str, ...]]
    date_not_event: frozenset[str]
    leader_roles: frozenset[str]
    attribution: frozenset[str]
    announce: frozenset[str]
    target_before: frozenset[str]
    target_after: frozenset[str]
    relatives: frozenset[str]
    background: frozenset[str]
    date_anchors: frozenset[str]
    clause_goes_on: frozenset[str]
    speech_verbs: frozenset[str]


# RoleWords fields that are word sets, and the hindi_words.yaml list each is read from
ROLE_WORD_SETS = {
    "agent": "agent_markers", "genitive": "genitive_markers", "simple": "simple_markers",
    "conjunctions": "conjunctions", "pair_openers": "pair_openers", "anaphora": "anaphora",
    "light_verbs": "light_verbs", "date_not_event": "date_not_event", "leader_roles": "leader_roles",
    "attribution": "attribution_markers", "announce": "announce_words", "target_before": "target_before",
    "target_after": "target_after", "relatives": "relative_pronouns", "background": "background_words",
    "date_anchors": "date_anchor_words", "clause_goes_on": "clause_goes_on", "speech_verbs": "speech_verbs",
}


@cache
def load_role_words() -> RoleWords:
    d = load_yaml("hindi_words.yaml")
    return RoleWords(**{field: frozenset(d[key]) for field, key in ROLE_WORD_SETS.items()},
                     compound=dict(d["compound_markers"]), pronouns=dict(d["pronoun_markers"]),
                     pair_words=dict(d["pair_words"]), spellings=dict(d["marker_spellings"]),
                     reference_after=tuple(tuple(x) for x in d["reference_after"]),
                     target_markers={k: tuple(v) for k, v in d["target_markers"].items()})


def clause_goes_on_at(texts: list[str], i: int) -> bool:
    """Word ``i`` of ``texts`` shows that the "की" before it was the light verb (``clause_goes_on``),
    unless a word of time after it makes the two an adverb ("इससे पहले": ``clause_goes_on_but_before``)."""
    if i >= len(texts) or texts[i] not in load_role_words().clause_goes_on:
        return False
    unless = load_yaml("hindi_words.yaml").get("clause_goes_on_but_before", {}).get(texts[i], [])
    return not (i + 1 < len(texts) and texts[i + 1] in unless)


@cache
def agent_phrases() -> tuple[tuple[str, ...], ...]:
    """Words after a genitive that mark its owner as the agent (``event_roles.yaml``
    ``agent_phrases``: "की ओर से", "की तरफ़ से"), as look-up keys."""
    return tuple(tuple(word_key(w) for w in phrase.split()) for phrase in load_yaml("event_roles.yaml")["agent_phrases"])


@cache
def role_word_set(key: str) -> frozenset[str]:
    """A word list of ``event_roles.yaml`` as a set: ``reflexives``, ``anaphoric_sectors``,
    ``inclusion_words``, ``protest_sites``, ``clause_openers``, ``speech_audiences`` (each explained there)."""
    return frozenset(load_yaml("event_roles.yaml")[key])


def is_one_of_many(ent: Entity) -> bool:
    """A person told by a class of which there are many (``one_of_many``: "भाई", "युवक", "पड़ोसी"):
    another mention of the class is another person."""
    return ent.kind == "generic" and ent.role in role_word_set("one_of_many")


@cache
def role_word_map(key: str) -> dict[str, frozenset[str]]:
    """A table of word lists of ``event_roles.yaml`` keyed by PLOVER type (``first_target_markers``)."""
    return {k: frozenset(v) for k, v in load_yaml("event_roles.yaml")[key].items()}


@dataclass(slots=True)
class Slot:
    """One actor (or a coordinated group) in a sentence, with the marker after it."""

    entities: list[Entity]
    first: int
    last: int  # token index after the mention
    marker: str
    marker_end: int
    rule: str = "mention"
    absorbed: bool = False
    members: list[Slot] = field(default_factory=list)


def read_marker(tokens: list[Token], i: int, words: RoleWords) -> tuple[str, int]:
    """The role marker starting at token i and the index after it."""
    if i >= len(tokens):
        return "", i
    tok = words.spellings.get(tokens[i].text, tokens[i].text)  # "नें" is "ने"
    if tok in words.genitive:
        for phrase in agent_phrases():  # "X की ओर से", "X की तरफ़ से": by X
            if tuple(t.key for t in tokens[i + 1: i + 1 + len(phrase)]) == phrase:
                return "द्वारा", i + 1 + len(phrase)
    if tok in words.genitive and i + 1 < len(tokens) and tokens[i + 1].text in words.compound:
        return words.compound[tokens[i + 1].text], i + 2
    if tok in words.simple or tok in words.genitive:
        return tok, i + 1
    return "", i


def gap_has_break(body: str, tokens: list[Token], a: int, b: int) -> bool:
    """Punctuation between the end of token a-1 and the start of token b."""
    if a <= 0 or b >= len(tokens) or b <= a - 1:
        return False
    return any(c in PUNCT_BREAK for c in body[tokens[a - 1].end: tokens[b].start])


def all_mention_slots(doc: Document) -> list[Slot]:
    """A slot for every entity mention of the document, in text order (computed once)."""
    if "slots" not in doc.cache:
        words = load_role_words()
        slots = []
        for entity in doc.entities:
            for m in entity.mentions:
                a, b = tok_index(doc.tokens, m.start), tok_index(doc.tokens, m.end - 1) + 1
                marker, end = read_marker(doc.tokens, b, words)
                slots.append(Slot([entity], a, b, marker, end, rule=m.rule))
        doc.cache["slots"] = sorted(slots, key=lambda s: s.first)
    return doc.cache["slots"]


def mention_slots(doc: Document, first: int, last: int) -> list[Slot]:
    """Slots for entity mentions inside tokens[first:last], in text order (fresh copies)."""
    slots = [Slot(list(s.entities), s.first, s.last, s.marker, s.marker_end, s.rule)
             for s in all_mention_slots(doc) if first <= s.first < last]
    return collapse_repeats(slots)


def collapse_repeats(slots: list[Slot]) -> list[Slot]:
    """"ब्रिक्स (BRICS) का": the same entity twice in a row is one slot with the last marker."""
    out: list[Slot] = []
    for s in slots:
        prev = out[-1] if out else None
        if prev and prev.entities == s.entities and s.first - prev.last <= 1 and not prev.marker:
            prev.last, prev.marker, prev.marker_end = s.last, s.marker, s.marker_end
        else:
            out.append(s)
    return out


def promote_possessors(doc: Document, slots: list[Slot]) -> None:
    """"भारत और नेपाल के विदेश मंत्रियों ने": the states whose officials act are the agents; "विश्व
    बैंक के अध्यक्ष से", "यूरोपीय संघ के व्यापार प्रमुख से": a body whose head (``head_nouns``) is
    marked stands in that head's role, whatever the marker."""
    words = load_role_words()
    starts = {s.first for s in slots}
    for slot in slots:
        if slot.marker not in words.genitive:
            continue
        for k in range(slot.marker_end, min(slot.marker_end + 4, len(doc.tokens))):
            if k in starts or gap_has_break(doc.body, doc.tokens, k, k):
                break
            marker, end = read_marker(doc.tokens, k, words)
            if doc.tokens[k].text in words.agent or (marker and headed(doc, slot.marker_end, k)):
                slot.marker, slot.marker_end = (marker, end) if marker else (doc.tokens[k].text, k + 1)
                break


def headed(doc: Document, first: int, last: int) -> bool:
    """tokens[first:last] name the head of a body: a head noun ("प्रमुख", "अध्यक्ष", "प्रतिनिधिमंडल"),
    with only the words of a title beside it ("व्यापार प्रमुख", "विदेश नीति प्रमुख")."""
    heads, modifiers = role_word_set("head_nouns"), role_word_set("head_modifiers")
    texts = [t.text for t in doc.tokens[first:last]]
    return any(w in heads for w in texts) and all(w in heads or w in modifiers for w in texts)


def absorb_modifiers(doc: Document, slots: list[Slot]) -> list[Slot]:
    """Drop countries and bodies that only modify the actor after them; an unnamed actor
    ("पाकिस्तानी सेना") takes the country of the word before it."""
    words = load_role_words()
    for s, nxt in pairwise(slots):
        ent, other = s.entities[0], nxt.entities[0]
        if leads_government(s, nxt):
            s.absorbed = True  # "ट्रंप प्रशासन", "इमरान सरकार": the leader's government, of the leader's country
            home = country_of(doc, ent) or country_entity(doc, ent.country)
            nxt.entities = [with_country(other, home)] if home else nxt.entities
            continue
        if ent.type not in ("GPE", "ORG") or (s.marker and s.marker not in words.genitive):
            continue
        if s.marker == "" and s.last < len(doc.tokens) and (doc.tokens[s.last].text in words.conjunctions
                                                           or doc.tokens[s.last].text in role_word_set("inclusion_words")):
            continue  # "इज़राइल और हमास", "ओडिशा समेत कई राज्यों": actors of their own, not a modifier
        if owns_goods(doc, s):
            continue  # "चीनी उत्पादों के खिलाफ लोगों ने": whose goods, not whose people
        if foreign_neighbour(s, nxt):
            continue  # "ईरान हिज़्बुल्लाह को हथियार भेजता है": two actors, the state the subject
        if backs(doc, s, nxt):
            s.absorbed = True  # "ईरान समर्थित प्रदर्शनकारियों": who backs the group, not whose it is
            continue
        close = (nxt.first - s.last <= ABSORB_REACH and not gap_has_break(doc.body, doc.tokens, s.last, nxt.first)
                 and not any(t.text in words.simple or t.text in role_word_set("protest_sites")
                             for t in doc.tokens[s.marker_end: nxt.first]))
        civilians = ent.type == "ORG" and other.role == "civilians"  # "कांग्रेस लोगों को …": not the party's people
        if close and not civilians and other.type in ("PERSON", "ORG") and not (
                ent.type == "ORG" and other.type == "ORG" and other.kind != "generic"):
            s.absorbed = True
            if ent.kind in ("generic", "unknown") and other.kind in ("generic", "unknown"):
                s.absorbed = False  # "रूसी दूतावास के बाहर प्रदर्शनकारियों": two groups, not one
            elif other.kind == "generic" and other.role in role_word_set("state_envoys") and ent.kind == "country":
                nxt.entities = [ent]  # "पाकिस्तान के उच्चायुक्त को तलब किया": the envoy stands for the state
            elif other.role == "government" and acts_as_government(ent):
                nxt.entities = [government_of(ent)]  # "बिहार सरकार": Bihar's government, not India's
            elif other.kind in ("generic", "unknown") and other.country is None and ent.country:
                nxt.entities = [with_country(other, country_of(doc, ent) or ent)]
            elif other.kind in ("generic", "unknown") and ent.type == "ORG":
                nxt.entities = [ent]  # "आसियान के नेताओं ने", "संयुक्त राष्ट्र के अधिकारी": the body acts
            elif other.kind in GENERIC_BODY_KINDS and ent.kind == "country" and other.country != ent.country:
                nxt.entities = [body_of(other, ent)]
            elif other.country is None and other.kb_id is None and ent.country:
                # "सऊदी अरब के शाह", "कांग्रेस नेता X": an actor the KB lacks is of the state or body before it
                nxt.entities = [replace(other, country=ent.country)]
    return [s for s in slots if not s.absorbed]


def foreign_neighbour(slot: Slot, nxt: Slot) -> bool:
    """A state named in full and unmarked ("ईरान", not the demonym "ईरानी") right before a person
    or body the knowledge base places elsewhere or in no state ("ईरान हिज़्बुल्लाह को …", "रूस नेटो
    पर …", "ईरान ट्रंप के बयान को …") is no modifier of it: the state is the unmarked subject of a
    verb in the imperfective or future, the other an actor of its own."""
    ent, other = slot.entities[0], nxt.entities[0]
    return (not slot.marker and nxt.first == slot.last and ent.kind == "country" and slot.rule != "kb:demonym"
            and other.kb_id is not None
            and other.kind not in ("generic", "unknown", "country") and other.country != ent.country)


def backs(doc: Document, slot: Slot, group: Slot) -> bool:
    """A word of backing (``backing_words``) right after a state or body and before the group
    it backs ("ईरान समर्थित मिलिशिया", "अमेरिका-समर्थित लड़ाके")."""
    between = doc.tokens[slot.last: group.first]
    return 0 < len(between) <= 2 and any(t.text in role_word_set("backing_words") for t in between)


def owns_goods(doc: Document, slot: Slot) -> bool:
    """A demonym or state right before a noun of goods (``goods_nouns``: "चीनी सामान", "भारतीय उत्पादों"):
    it tells whose goods they are and names no actor of its own."""
    return slot.marker == "" and slot.last < len(doc.tokens) and doc.tokens[slot.last].text in role_word_set("goods_nouns")


def leads_government(leader: Slot, group: Slot) -> bool:
    """A person named bare right before a generic government word: "ट्रंप प्रशासन", "बाइडन प्रशासन"."""
    person, government = leader.entities[0], group.entities[0]
    return (len(leader.entities) == 1 and person.type == "PERSON" and leader.marker == "" and group.first == leader.last
            and government.kind == "generic" and government.sector == "GOV")


def body_of(org: Entity, country: Entity) -> Entity:
    """"अल्जीरिया के विदेश मंत्रालय": a government body named generically belongs to the state before it."""
    base = org.name.split(" (")[0]
    return Entity(key=f"body:{country.country}:{base}", name=f"{base} of {country.name}", type="ORG", kb_id=None,
                  country=country.country, sector=org.sector, role=org.role, kind=org.kind)


def is_place(ent: Entity) -> bool:
    """A town, district or region (not a state as an actor): no one arrests or releases it."""
    return ent.type in ("GPE", "LOC") and ent.kind not in ("country", "generic", "unknown")


def acts_as_government(ent: Entity) -> bool:
    """A state, province or city of a known country named as an agent ("बिहार, तेलंगाना और पंजाब ने")."""
    return is_place(ent) and ent.country is not None


def government_of(place: Entity) -> Entity:
    """"तेलंगाना ने … मांग की": a place that acts is its government (GOV of the place's country)."""
    return Entity(key=f"government:{place.key}", name=f"Government of {place.name}", type="ORG", kb_id=None,
                  country=place.country, sector="GOV", role="government", kind="generic")


def demands_of_centre(ent: Entity, cameo: str) -> bool:
    """The government of a state or city of a country ("बिहार ने", "राज्य सरकारों ने"), not its
    national government, making a demand (CAMEO ``state_demand_cameos``): made of no one named, it
    is made of the Centre ("… समेत कई राज्यों ने और टीकों की मांग की"); its orders are to its own."""
    state = ent.key.startswith("government:") or ent.role in role_word_set("state_governments")
    return ent.sector == "GOV" and state and cameo.startswith(tuple(role_word_set("state_demand_cameos")))


def load_generic_actors() -> dict[tuple[str, ...], tuple[str, str]]:
    """Generic word forms → (label, sector), for the rules that must not take them for names."""
    return {key: (actor.label, actor.sector or "") for key, actor in load_generic_table().items()}


def generic_slots(doc: Document, first: int, last: int, taken: set[int]) -> list[Slot]:
    """Unnamed actors that act or are acted on ("सेना ने", "प्रदर्शनकारियों पर", "दो आतंकी मारे गए")."""
    words = load_role_words()
    slots = []
    i = first
    while i < last:
        found = None if i in taken else match_generic(doc, i)
        if found is None:
            i += 1
            continue
        actor, end = found
        if qualifies(doc, i, end, last):
            i = end  # "संदिग्ध आतंकियों": the group after it
            continue
        marker, marker_end = read_marker(doc.tokens, end, words)
        slots.append(Slot([generic_entity(actor, None)], i, end, marker, marker_end, rule="generic"))
        i = end
    return slots


def qualifies(doc: Document, i: int, end: int, last: int) -> bool:
    """The group word from token i to ``end`` only qualifies an armed or criminal group right after it
    ("संदिग्ध आतंकियों", "संदिग्ध नक्सलियों": ``actor_modifiers``, ``modifier_heads`` in event_roles.yaml)."""
    if end - i != 1 or end >= last or doc.tokens[i].text not in role_word_set("actor_modifiers"):
        return False
    head = match_generic(doc, end)
    return head is not None and head[0].sector in role_word_set("modifier_heads")


def with_country(ent: Entity, country: Entity) -> Entity:
    actor = GenericActor(ent.role or ent.name, ent.sector, None, ent.kind or "generic")
    return generic_entity(actor, country)


@cache
def stop_words() -> frozenset[str]:
    """``stop_words`` of hindi_words.yaml (as ``lexicon.load_words`` reads them), read once."""
    from ghatna.extraction.lexicon import load_words

    return load_words().stop


def unnamed_agent_slots(doc: Document, first: int, last: int, taken: set[int]) -> list[Slot]:
    """"बोस्टन कन्सलिटंग ग्रुप ने", "जी एन राव कमेटी ने": an agent the knowledge base lacks is
    still an agent; its words before "ने" (up to three, no punctuation, no stop word) name it."""
    stop = stop_words()
    slots = []
    for k in range(first + 1, last):
        if doc.tokens[k].text not in load_role_words().agent or k - 1 in taken:
            continue
        j = k
        while j > max(first, k - 3) and doc.tokens[j - 1].text not in stop and j - 1 not in taken and (
                j == k or not gap_has_break(doc.body, doc.tokens, j, j)):
            j -= 1
        common = all(t.key in never_names() for t in doc.tokens[j: k])  # "संगठन ने", "एजेंसी ने": no name
        if j < k and not common and not doc.tokens[k - 1].text.endswith(("ों", "ाओं")):  # "विमानों ने": a group
            text = doc.body[doc.tokens[j].start: doc.tokens[k - 1].end]
            ent = Entity(key=f"unlinked:{text}", name=text, type="ORG", kb_id=None, country=None,
                         sector=None, kind="unlinked")  # named in Latin letters when it becomes an actor
            slots.append(Slot([ent], j, k, doc.tokens[k].text, k + 1, rule="unlinked"))
    return slots


def of_possessor(named: list[Slot], unnamed: list[Slot]) -> list[Slot]:
    """"ईरान के विदेशमंत्री ने", "सऊदी शाह ने": an agent the KB lacks, right after a state or body
    in the genitive or a demonym, is of that state."""
    genitive = load_role_words().genitive
    ends = {s.marker_end: s.entities[0] for s in named if s.marker in genitive and len(s.entities) == 1}
    ends |= {s.last: s.entities[0] for s in named if s.marker == "" and s.rule == "kb:demonym"}
    for slot in unnamed:
        owner = ends.get(slot.first)
        if owner is not None and owner.country and owner.type in ("GPE", "ORG"):
            slot.entities = [replace(slot.entities[0], country=owner.country)]
    return unnamed


@cache
def never_names() -> frozenset[str]:
    """Look-up keys of words that are never a name (``data/kb/never_names.yaml``)."""
    lists = load_yaml("kb/never_names.yaml")
    return frozenset(word_key(w) for w in lists["words"] + lists["not_people"])


def country_of(doc: Document, ent: Entity) -> Entity | None:
    if ent.kind == "country":
        return ent
    return next((e for e in doc.entities if e.kind == "country" and e.country == ent.country), None)


