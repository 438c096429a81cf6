"""Whom the referring words of a sentence stand for, and the sentence's actor slots with them.

``roles`` reads the actors a sentence names and the markers after them; this module
resolves what names no one: "उन्होंने" stands for the last person who acted (or an
official of a state who acted unnamed after him), "उसने" and a subject "वह" for the last
actor, "उनकी"/"उन्हें" for a person other than the subject, a pronoun opening reported
speech for the speaker; "दोनों नेताओं/देशों" for a pair of actors (``pair_references``);
"सेना ने" bare for the last army named; "अपने नागरिकों" for the subject's people; "इस संगठन ने" for the organisation named
before (``demonstratives``). ``sentence_slots`` puts named, unnamed
and referring actors of a sentence together.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache
from itertools import pairwise

from ghatna.document import Document, Entity
from ghatna.extraction.actors import (
    abroad_home,
    bare_countries,
    country_entity,
    group_context_country,
    home_countries,
    home_placed,
    mark_home_guess,
    match_generic,
    place_mentions,
)
from ghatna.extraction.bodies import link_context
from ghatna.extraction.demonstratives import demonstrative_slots
from ghatna.extraction.home_bodies import rehome_bodies
from ghatna.extraction.pair_references import pair_slots, pairs_act
from ghatna.extraction.role_targets import said_place_countries
from ghatna.extraction.roles import (
    Slot,
    absorb_modifiers,
    acts_as_government,
    all_mention_slots,
    coordinate,
    gap_has_break,
    generic_slots,
    government_of,
    load_role_words,
    mention_slots,
    of_possessor,
    promote_inclusions,
    promote_possessors,
    read_marker,
    role_word_set,
    unnamed_agent_slots,
    with_country,
)
from ghatna.extraction.triggers import case_nouns, phrases_in
from ghatna.resources import load_tsv, load_yaml

AGENT_REACH = 3  # words before an oblique pronoun in which the agent acting on it stands
ATTACK_REACH = 3  # words between a pronoun's marker and an attack told on it ("उन पर चाकू से हमला")
SUBJECT_REACH = 60  # tokens before an oblique pronoun in which its antecedent is sought
PLURAL_OBLIQUE = ("ों", "ओं")  # the oblique plural's endings: "विदेशियों", "मजदूरों", "सेनाओं"
NO_HOLDER_ROLES = frozenset({"honorific", "profession", "expert", "journalist", "activist", "leader",
                             "officer", "legislator", "aide", "diplomat", "judge", "police_officer"})


def localise(doc: Document, slots: list[Slot], first: int, last: int) -> None:
    """Unnamed actors still without a country get, for an office told bare, the country of the
    dateline, else the office's bare country (``bare_countries``: Hindi news tells its own country's
    offices bare also in a story abroad, "प्रधानमंत्री ने अमरीकी राष्ट्रपति से बात की");
    a group, the country of the force it takes up (``earlier_force``), else the
    sentence's (or the article's there), else, in a sentence that names no actor of a country,
    the group's home country (``home_countries``, or the country of a story abroad: ``abroad_home``;
    not for an attacker the text does not know, kind unknown: the text gives his country or none)."""
    home: Entity | None = None
    named = {e.country for s in slots for e in s.entities if e.country and e.kind not in ("generic", "unknown")}
    placed = home_placed(doc, first, last)
    for slot in slots:
        ent = slot.entities[0]
        if ent.kind not in ("generic", "unknown") or ent.country is not None or ent.role == "diplomats":
            continue
        if owned(doc, slot, "there_owners"):  # "वहां के प्रधानमंत्री": of the place named last
            there = last_place_country(doc, doc.tokens[slot.first].start)
            if there is not None:
                slot.entities = [with_country(ent, there)]
            continue
        bare = bare_countries().get(ent.role or "") if slot.rule == "generic" else None
        if bare and owned(doc, slot):
            continue  # an office of an owner the text does not place is of no country one knows
        own = abroad_home(doc, home_countries().get(ent.role or "")) if ent.kind == "generic" else None
        said = said_place_countries(doc, first, last, slot.first)
        if bare:
            country = country_entity(doc, (doc.dateline or {}).get("country") or bare)
        else:
            home = home or group_context_country(doc, first, last, named - said, own)
            country = earlier_force(doc, ent, slot.first) or home
            if country is not None and country.country in said:
                country = None  # "कंपनियों से कहा कि इटली से आने वाली उड़ानों …": a place in what is said
        guess = country_entity(doc, own) if country is None and placed and named - said <= {own} else None
        if guess is not None:  # else the side it acts on gives it (events.of_one_country)
            slot.entities = [mark_home_guess(doc, with_country(ent, guess))]
        elif country is not None:
            slot.entities = [with_country(ent, country)]


def owned(doc: Document, slot: Slot, owners: str = "unplaced_owners") -> bool:
    """"सदस्य देशों के विदेश मंत्री", "कई देशों के राजदूत": an office owned in the genitive by states
    the text does not name (``unplaced_owners``) is theirs, not the office Hindi news tells bare
    for its own country; with ``there_owners``, "वहां के प्रधानमंत्री", an office or group of the
    place named before."""
    k = slot.first
    return k > 1 and doc.tokens[k - 1].text in load_role_words().genitive \
        and doc.tokens[k - 2].text in role_word_set(owners)


def last_place_country(doc: Document, before: int) -> Entity | None:
    """The country of the last place named before offset ``before`` (what "वहां" points at)."""
    earlier = [code for start, _, code in place_mentions(doc) if start < before]
    return country_entity(doc, earlier[-1]) if earlier else None


def resolve_offices(doc: Document, slots: list[Slot]) -> None:
    """"प्रधानमंत्री ने", "पीएम ने", "विदेश मंत्री ने" with no name after the article named the holder
    ("प्रधानमंत्री नरेंद्र मोदी"): the office word stands for that person when one person of that
    office (of the country the words give, "पाकिस्तानी प्रधानमंत्री", where they give one) is named
    before it; two holders, or none, leave the office generic."""
    for slot in slots:
        ent = slot.entities[0]
        if slot.rule != "generic" or len(slot.entities) != 1 or ent.kind != "generic" or not told_bare(doc, slot):
            continue
        role = office_role(ent.role)
        holder = sole_holder(doc, role, ent.country, slot.first) if role else None
        if holder is not None:
            slot.entities = [holder]


def told_bare(doc: Document, slot: Slot) -> bool:
    """An office word with no name after it: a case marker, "और" or punctuation follows ("प्रधानमंत्री
    ने", "प्रधानमंत्री और गृह मंत्री"); not "उपराष्ट्रपति रिएक मचार पर", a title before the name of its
    holder."""
    if slot.marker or slot.last >= len(doc.tokens):
        return True
    return doc.tokens[slot.last].text in load_role_words().conjunctions or gap_has_break(
        doc.body, doc.tokens, slot.last, slot.last)


def office_role(label: str | None) -> str | None:
    """The title role (``titles.tsv``) a generic label names: "prime minister" → prime_minister."""
    role = (label or "").replace(" ", "_")
    return role if role in title_roles() else None


@cache
def title_roles() -> frozenset[str]:
    """The offices of ``titles.tsv`` that one person holds (not an honorific or a profession)."""
    return frozenset(row["role"] for row in load_tsv("titles.tsv")) - NO_HOLDER_ROLES


def sole_holder(doc: Document, role: str, country: str | None, before: int) -> Entity | None:
    """The one person of that office (and country, when given) named before token ``before``."""
    found = {s.entities[0].key: s.entities[0] for s in all_mention_slots(doc) if s.first < before
             and s.entities[0].type == "PERSON" and s.entities[0].role == role
             and (country is None or s.entities[0].country == country)}
    return next(iter(found.values())) if len(found) == 1 else None


def earlier_force(doc: Document, group: Entity, before: int) -> Entity | None:
    """"इज़राइली सेना ने … बमबारी की। सेना ने कहा …": an army or police named bare takes up the
    last force of its sector named before it (``anaphoric_sectors``) and is of that force's country."""
    if group.sector not in role_word_set("anaphoric_sectors"):
        return None
    earlier = [s.entities[0] for s in all_mention_slots(doc) if s.first < before
               and s.entities[0].sector == group.sector and s.entities[0].country]
    return country_entity(doc, earlier[-1].country) if earlier else None


def own_groups(doc: Document, slots: list[Slot], first: int) -> None:
    """"अमरीका ने अपने नागरिकों को …": a group owned with a reflexive is of the country of the
    subject before it, not of the country the sentence is set in; people owned by a person's
    pronoun ("उनका परिवार", "उनके समर्थकों": ``person_possessives``) are of the country of the
    person it stands for (``other_person``: not the sentence's agent), wherever the story is set;
    a group word that names its country itself ("नक्सली") keeps it."""
    words = load_role_words()
    for k, slot in enumerate(slots):
        found = match_generic(doc, slot.first) if slot.rule == "generic" else None
        if found is None or found[0].country or slot.first == 0:
            continue
        before = doc.tokens[slot.first - 1].text
        if before in role_word_set("person_possessives") and found[0].sector in role_word_set("kin_sectors"):
            person = other_person(doc, first, slot.first)  # "उनका परिवार", "उनके समर्थकों": his people
            owner = country_entity(doc, person.country) if person is not None else None
        elif before in role_word_set("reflexives") and found[0].label not in role_word_set("other_side_roles"):
            subjects = [s for s in slots[:k] if s.marker in words.agent or (s.marker == "" and not listed(doc, s))]
            owner = country_entity(doc, subjects[-1].entities[0].country) if subjects else None
        elif before in role_word_set("state_possessives"):
            owner = possessing_state(doc, slots[:k], slot.first)
        else:
            continue
        if owner is not None:
            slot.entities = [with_country(slot.entities[0], owner)]


def own_possessed_bodies(doc: Document, slots: list[Slot]) -> None:
    """"अमरीकी सेना और उसके रक्षा मंत्रालय", "ट्रंप ने उनकी सेना …": a state's body named by its
    bare word (sector of ``national_sectors``) right after a possessive pronoun (``state_possessives``,
    ``person_possessives``) is the body of the country the pronoun stands for, not the home
    country's body the bare word would name. Only a pronoun with one possible owner: after
    sides of two countries ("चीन ने भारत पर आरोप लगाया और उसकी सेना …") it is not told whose."""
    words = load_role_words()
    possessives = role_word_set("state_possessives") | role_word_set("person_possessives")
    sectors = link_context().national_sectors
    for k, (prev, slot) in enumerate(pairwise(slots)):
        ent, owner = slot.entities[0], prev.entities[0]
        if (len(slot.entities) != 1 or ent.type != "ORG" or ent.sector not in sectors or prev.last != slot.first
                or prev.marker not in words.genitive or doc.tokens[prev.first].text not in possessives
                or not owner.country or owner.country == ent.country):
            continue
        if not own_conjunct(doc, slots[:k], prev) and \
                {e.country for s in slots[:k] for e in s.entities if e.country} - {owner.country}:
            continue  # two states named before: the pronoun may stand for either
        home = country_entity(doc, owner.country)
        if home is not None:  # "Ministry of Defence (India)" → "United States Ministry of Defence"
            slot.entities = [with_country(replace(ent, name=ent.name.split(" (")[0]), home)]


def own_conjunct(doc: Document, earlier: list[Slot], pronoun: Slot) -> bool:
    """"अमेरिका और उसके रक्षा मंत्रालय": the pronoun right after "X और" stands for X, its own conjunct."""
    at = pronoun.first
    return (bool(earlier) and at >= 2 and doc.tokens[at - 1].text in load_role_words().conjunctions
            and earlier[-1].last == at - 1 and pronoun.entities[0].country in {e.country for e in earlier[-1].entities})


def possessing_state(doc: Document, earlier: list[Slot], at: int) -> Entity | None:
    """"दक्षिण कोरिया ने कहा कि उसके विदेश मंत्री ने …", "ईरान ने कहा कि इजराइल ने उसके वैज्ञानिक
    की …": a state's possessive pronoun (``state_possessives``) before an unnamed office or group
    stands for the state that is the agent before it, not the agent of its own clause (whose own
    is "अपने"): an agent with no "कि" between it and the pronoun is passed over."""
    agents = [s for s in earlier if s.marker in load_role_words().agent and len(s.entities) == 1]
    if agents and not any(t.text == "कि" for t in doc.tokens[agents[-1].last: at]):
        agents = agents[:-1]
    if not agents or agents[-1].entities[0].kind != "country":
        return None
    return country_entity(doc, agents[-1].entities[0].country)


def last_agent_person(doc: Document, before: int) -> Entity | None:
    """The last person named before token ``before`` as a subject (X ने, or X with no marker),
    or an official who acted after it unnamed ("ईरान के विदेशमंत्री ने …। उन्होंने …"; "प्रधानमंत्री
    ने" for the one prime minister named before), else the last person named."""
    words = load_role_words()
    agent, named, at = None, None, -1
    first = max(0, before - 400)
    slots = mention_slots(doc, first, before) if before > 0 else []
    for slot in slots:
        ent = slot.entities[0]
        if ent.type == "PERSON":
            named = ent
            if slot.marker in words.agent or (slot.marker == "" and not listed(doc, slot)):
                agent, at = ent, slot.first
    taken = {i for s in slots for i in range(s.first, s.last)}
    officials = (unnamed_officials(doc, slots, first, before) + office_agents(doc, first, before, taken)
                 + state_offices(doc, slots, first, before, taken))
    later = sorted((s for s in officials if s.first > at), key=lambda s: s.first)
    return later[-1].entities[0] if later else agent or named


def office_agents(doc: Document, first: int, last: int, taken: set[int]) -> list[Slot]:
    """Offices told bare that acted ("प्रधानमंत्री ने"), as the holder the article named before
    (``resolve_offices``): "उन्होंने" after them stands for that person."""
    words = load_role_words()
    slots = [s for s in generic_slots(doc, first, last, taken) if s.marker in words.agent
             and office_role(s.entities[0].role) and not (s.first > 0 and (
                 s.first - 1 in taken or doc.tokens[s.first - 1].text in words.genitive))]  # "पाकिस्तान के प्रधानमंत्री"
    resolve_offices(doc, slots)
    return [s for s in slots if s.entities[0].type == "PERSON"]


def state_offices(doc: Document, named: list[Slot], first: int, last: int, taken: set[int]) -> list[Slot]:
    """Offices told bare that acted, of the state named right before them in the genitive or as a
    demonym ("ईरान के विदेश मंत्री ने", "चीनी राजदूत ने"): "उन्होंने" after them stands for that
    office of that state, as for a named holder."""
    words = load_role_words()
    slots = [s for s in generic_slots(doc, first, last, taken)
             if s.marker in words.agent and office_role(s.entities[0].role)]
    found = []
    for slot in of_possessor(named, slots):
        home = country_entity(doc, slot.entities[0].country)
        if home is not None:
            found.append(replace(slot, entities=[with_country(slot.entities[0], home)]))
    return found


def unnamed_officials(doc: Document, named: list[Slot], first: int, last: int) -> list[Slot]:
    """Agents the knowledge base lacks, of the state named before them ("ईरान के विदेशमंत्री ने")."""
    taken = {i for s in named for i in range(s.first, s.last)}
    return [s for s in of_possessor(named, unnamed_agent_slots(doc, first, last, taken)) if s.entities[0].country]


def listed(doc: Document, slot: Slot) -> bool:
    """"कासिम सोलेमानी और … के मारे जाने पर": a bare name followed by "और" is a list's member,
    whose case marker comes after the list, not a subject."""
    return slot.last < len(doc.tokens) and doc.tokens[slot.last].text in load_role_words().conjunctions


def last_actor(doc: Document, before: int) -> Entity | None:
    """The last person, organisation or country named before token ``before`` (not a place)."""
    found = None
    for slot in mention_slots(doc, max(0, before - 400), before) if before > 0 else []:
        ent = slot.entities[0]
        if ent.type in ("PERSON", "ORG") or ent.kind == "country":
            found = ent
    return found


def last_subject(doc: Document, before: int) -> Entity | None:
    """The last person, organisation or state that acted (X ने) or was a bare subject before
    token ``before``: whom a subject "वह" or "वो" stands for."""
    words = load_role_words()
    found = None
    for slot in mention_slots(doc, max(0, before - 400), before) if before > 0 else []:
        ent = slot.entities[0]
        subject = slot.marker in words.agent or (slot.marker == "" and not listed(doc, slot))
        if subject and (ent.type in ("PERSON", "ORG") or ent.kind == "country"):
            found = ent
    return found


@cache
def actor_pronouns() -> dict[str, str]:
    """Pronouns that stand for any actor, a state or body as well as a person ("उसने" → ने)."""
    return dict(load_yaml("event_roles.yaml")["actor_pronouns"])


def pronoun_slots(doc: Document, first: int, last: int) -> list[Slot]:
    """"उन्होंने" for the last person who acted; "उसने" for the last actor named, of any kind."""
    words = load_role_words()
    slots = []
    for i in range(first, last):
        text = doc.tokens[i].text
        marker = actor_pronouns().get(text) or words.pronouns.get(text) or object_pronouns().get(text)
        if not marker and not (text in actor_pronouns() and opens_clause(doc, i)):
            continue  # "वह" is a subject where a clause opens ("वह … धमकी दे रहा है"), else "वह घटना"
        if text in actor_pronouns() and not marker:
            actor = last_subject(doc, i)
        elif text in actor_pronouns():
            actor = last_actor(doc, i)
        elif text in object_pronouns():
            actor = object_referent(doc, first, i)
        else:
            actor = last_agent_person(doc, i)
        if actor is not None:
            slots.append(Slot([actor], i, i + 1, marker or "", i + 1, rule="pronoun"))
    return slots + oblique_slots(doc, first, last)


@cache
def oblique_pronouns() -> frozenset[str]:
    return frozenset(load_yaml("attacks.yaml")["oblique_pronouns"])


def oblique_slots(doc: Document, first: int, last: int) -> list[Slot]:
    """"माओवादियों ने उन पर हमला किया": a pronoun written apart from its case marker
    (``oblique_pronouns`` in attacks.yaml) stands for the last subject before it other than the
    agent of its own clause, named or generic (``earlier_subject``); not "उन लोगों पर", where it
    points at a noun."""
    words = load_role_words()
    slots = []
    for i in range(first, last - 1):
        if doc.tokens[i].text not in oblique_pronouns():
            continue
        marker, end = read_marker(doc.tokens, i + 1, words)
        actor = earlier_subject(doc, first, i) if marker and (acted_on(doc, first, i) or attacked(doc, end, last)) else None
        if actor is not None:
            slots.append(Slot([actor], i, i + 1, marker, end, rule="pronoun"))
    return slots


def acted_on(doc: Document, first: int, at: int) -> bool:
    """An agent ("X ने") stands in the pronoun's sentence before it, in its clause: someone did
    something to "उन" ("लोगों ने उन पर हमला कर दिया"); a passive ("उन पर आरोप लगा") leaves the
    doer to be read from words the pronoun does not settle."""
    agents = load_role_words().agent
    return any(doc.tokens[k].text in agents for k in range(max(first, at - AGENT_REACH), at))


def attacked(doc: Document, after: int, last: int) -> bool:
    """An attack told right after the pronoun and its marker, however told ("उन पर हमला हो
    गया", "उन पर गोलियां चलाई गईं"): the pronoun is its target even without a doer."""
    return any(m.first - after <= ATTACK_REACH and m.trigger.plover == "ASSAULT"
               and not (m.last < len(doc.tokens) and doc.tokens[m.last].text in case_nouns())  # "मुठभेड़ मामले में"
               for m in phrases_in(doc, after, last))


def earlier_subject(doc: Document, first: int, at: int) -> Entity | None:
    """The last actor, named or generic, that was a subject (bare or with "ने") within
    ``SUBJECT_REACH`` tokens before token ``at``, passing over the agent of the pronoun's own
    sentence (from token ``first``: the one acting on it); else the last actor named or generic
    that was not that agent. A generic word right before a name is its title, no actor of its own
    ("आईपीएस अधिकारी राहुल शर्मा की")."""
    words = load_role_words()
    start = max(0, at - SUBJECT_REACH)
    named = [s for s in mention_slots(doc, start, at)
             if s.entities[0].type in ("PERSON", "ORG") or s.entities[0].kind == "country"]
    taken = {k for s in mention_slots(doc, start, at) for k in range(s.first, s.last)}
    heads = {s.first for s in named}
    generic = [s for s in generic_slots(doc, start, at, taken) if s.last not in heads]
    pool = sorted(named + generic, key=lambda s: s.first)
    agents = [s for s in pool if s.first >= first and s.marker in words.agent]
    doer = agents[-1].entities[0].key if agents else None
    others = [s for s in pool if s.entities[0].key != doer]
    subjects = [s for s in others if s.marker in words.agent or (s.marker == "" and not listed(doc, s))]
    chosen = subjects[-1] if subjects else (others[-1] if others else None)
    return chosen.entities[0] if chosen else None


def opens_clause(doc: Document, i: int) -> bool:
    """Token i starts its sentence or follows punctuation (``PUNCT_BREAK``), "और" or "कि"."""
    if i == 0 or gap_has_break(doc.body, doc.tokens, i, i):
        return True
    return doc.tokens[i - 1].text in load_role_words().conjunctions or doc.tokens[i - 1].text == "कि"


def speaker_subjects(doc: Document, slots: list[Slot]) -> None:
    """"सेना ने कहा कि वह … निशाना बना रही थी": a subject pronoun opening reported speech stands
    for the speaker, named, generic or a pronoun itself, not for the last actor named before."""
    words = load_role_words()
    for k, slot in enumerate(slots):
        if slot.rule != "pronoun" or slot.marker or not opens_speech(doc, slot.first):
            continue
        speakers = [s for s in slots[:k] if s.marker in words.agent]
        if speakers:
            slot.entities = list(speakers[-1].entities)


def opens_speech(doc: Document, i: int) -> bool:
    """Token i follows "कहा कि" (a speech verb at most three words before the "कि")."""
    if i < 2 or doc.tokens[i - 1].text != "कि":
        return False
    return any(t.text in load_role_words().speech_verbs for t in doc.tokens[max(0, i - 4): i - 1])


@cache
def object_pronouns() -> dict[str, str]:
    """Oblique pronouns of a person ("उनकी सराहना की", "उन्हें चेतावनी दी") with the marker they carry."""
    return dict(load_yaml("event_roles.yaml")["object_pronouns"])


def other_person(doc: Document, first: int, at: int) -> Entity | None:
    """The last person named before token ``at`` who is not the agent of the sentence (``first``
    on): "उनकी" and "उन्हें" stand for someone other than the subject."""
    slot = other_person_slot(doc, first, at)
    return slot.entities[0] if slot is not None else None


def other_person_slot(doc: Document, first: int, at: int) -> Slot | None:
    """The mention of ``other_person``."""
    agents = {s.entities[0].key for s in mention_slots(doc, first, at) if s.marker == "ने"}
    found = None
    for slot in mention_slots(doc, max(0, at - 400), at) if at > 0 else []:
        ent = slot.entities[0]
        if ent.type == "PERSON" and ent.key not in agents:
            found = slot
    return found


def object_referent(doc: Document, first: int, at: int) -> Entity | None:
    """Whom an oblique pronoun stands for: "उन्हें"/"उनको"/"इन्हें"/"इनको" (an object, marked को) for the nearer of
    the last person other than the agent (``other_person``) and the last group named in the
    plural (``plural_group``: "300 विदेशियों के वीजा रद्द … । उन्हें ब्लैकलिस्ट किया गया"); the
    possessives for the person."""
    person = other_person_slot(doc, first, at)
    group = plural_group(doc, first, at) if object_pronouns().get(doc.tokens[at].text) == "को" else None
    nearest = group if group is not None and (person is None or group.first > person.first) else person
    return nearest.entities[0] if nearest is not None else None


def plural_group(doc: Document, first: int, at: int) -> Slot | None:
    """The last unnamed group (``generic_actors.tsv``) in the oblique plural ("नागरिकों",
    "मजदूरों") within ``SUBJECT_REACH`` tokens before token ``at``: not the agent of the pronoun's
    sentence (from token ``first``), not a source ("अधिकारियों के अनुसार"), not a title before a name."""
    words = load_role_words()
    start = max(0, at - SUBJECT_REACH)
    named = mention_slots(doc, start, at)
    taken = {k for s in named for k in range(s.first, s.last)}
    heads = {s.first for s in named}
    groups = [s for s in generic_slots(doc, start, at, taken) if s.last not in heads
              and doc.tokens[s.last - 1].text.endswith(PLURAL_OBLIQUE) and s.marker not in words.attribution
              and not (s.first >= first and s.marker in words.agent)]
    return groups[-1] if groups else None


def sentence_slots(doc: Document, first: int, last: int, unlinked: bool = False) -> list[Slot]:
    """Every actor slot of a sentence: mentions, pronouns and pairs, modifiers absorbed, groups
    joined; with ``unlinked``, also agents the knowledge base lacks ("… कमेटी ने")."""
    named = mention_slots(doc, first, last)
    taken = {i for s in named for i in range(s.first, s.last)}
    pointing = [s for s in demonstrative_slots(doc, first, last) if s.first not in taken]  # "इस संगठन ने"
    starts = {s.first for s in pointing}
    named = [s for s in named if not (s.marker == "" and s.last in starts)] + pointing  # "X, इस संगठन ने": one actor
    pairs = pair_slots(doc, first, last)
    taken = {i for s in named + pairs for i in range(s.first, s.last)}
    generic = generic_slots(doc, first, last, taken)
    taken |= {i for s in generic for i in range(s.first, s.last)}
    pronouns = pronoun_slots(doc, first, last)
    taken |= {s.first for s in pronouns}
    pool = sorted(named + generic, key=lambda s: s.first)
    slots = absorb_modifiers(doc, pool)
    resolve_offices(doc, slots)
    modifiers = frozenset(i for s in pool if s.absorbed for i in range(s.first, s.marker_end))
    groups = [s for s in pronouns if doc.tokens[s.first].text in object_pronouns() and s.entities[0].kind == "generic"]
    localise(doc, slots + groups, first, last)  # a group "उन्हें" stands for, as if named here
    rehome_bodies(doc, slots, first, last)  # "लाहौर में सुप्रीम कोर्ट ने": Pakistan's court
    unnamed = of_possessor(slots, unnamed_agent_slots(doc, first, last, taken)) if unlinked else []
    slots += pronouns + pairs + unnamed
    slots = sorted(slots, key=lambda s: s.first)
    own_possessed_bodies(doc, slots)
    slots = coordinate(doc, slots, modifiers)
    slots = pairs_act(slots)
    promote_possessors(doc, slots)
    promote_inclusions(doc, slots)
    own_groups(doc, slots, first)
    speaker_subjects(doc, slots)
    for slot in slots:
        if slot.marker in load_role_words().agent:
            slot.entities = [government_of(e) if acts_as_government(e) else e for e in slot.entities]
    attribution = load_role_words().attribution
    return [s for s in slots if s.marker not in attribution]
