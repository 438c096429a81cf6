"""Whom the referring words of a sentence stand for, and the sentence's actor slots with them.

``roles`` reads the actors a sentence names and the markers after them; this module
resolves what names no one and whose an unnamed actor is: an office told bare for the one holder
named before (``bare_offices``); pronouns ("उन्होंने", "उसने", "उन्हें", a pronoun opening reported
speech: ``pronouns``); "दोनों नेताओं/देशों" for a pair of actors (``pair_references``);
"सेना ने" bare for the last army named; "अपने नागरिकों" for the subject's people; "इस संगठन ने" for
the organisation named before (``demonstratives``). ``sentence_slots`` puts named, unnamed
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
    expand_form,
    group_context_country,
    home_countries,
    home_placed,
    located_at,
    mark_home_guess,
    match_generic,
    named_tokens,
    place_mentions,
)
from ghatna.extraction.bare_bodies import resolve_bodies
from ghatna.extraction.bare_offices import resolve_offices
from ghatna.extraction.bodies import link_context
from ghatna.extraction.coordination import coordinate, promote_inclusions
from ghatna.extraction.demonstratives import demonstrative_slots
from ghatna.extraction.demonym_doers import demonym_doers
from ghatna.extraction.home_bodies import rehome_bodies
from ghatna.extraction.pair_references import pair_slots, pairs_act
from ghatna.extraction.pronouns import listed, object_pronouns, other_person, pronoun_slots, speaker_subjects
from ghatna.extraction.role_targets import in_clause, said_place_countries
from ghatna.extraction.roles import (
    PUNCT_BREAK,
    Slot,
    absorb_modifiers,
    acts_as_government,
    all_mention_slots,
    generic_slots,
    government_of,
    load_role_words,
    mention_slots,
    of_possessor,
    promote_possessors,
    role_word_set,
    unnamed_agent_slots,
    with_country,
)
from ghatna.extraction.triggers import load_triggers
from ghatna.resources import load_yaml
from ghatna.text.tokens import word_key

OWNER_REACH = 2  # plain words that may stand between an owner's genitive and its office


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
    actors = frozenset(i for s in slots for i in range(s.first, s.last))
    for slot in slots:
        ent = slot.entities[0]
        if ent.kind not in ("generic", "unknown") or ent.country is not None or ent.role == "diplomats":
            continue
        if owned(doc, slot, "there_owners", actors):  # "वहां के प्रधानमंत्री": of the place named last
            there = last_place_country(doc, doc.tokens[slot.first].start)
            if there is not None:
                slot.entities = [with_country(ent, there)]
            continue
        bare = bare_countries().get(ent.role or "") if slot.rule == "generic" else None
        if bare and owned(doc, slot, actors=actors):
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
            if country is not None and acted_on_state(doc, slots, slot, country.country, first, last):
                country = None  # "सरकार ने अफगानिस्तान को गेहूं भेजा": not Afghanistan's (event_sides.doer_home)
        guess = country_entity(doc, own) if country is None and placed and named - said <= {own} else None
        if guess is not None:  # else the side it acts on gives it (events.of_one_country)
            slot.entities = [mark_home_guess(doc, with_country(ent, guess))]
        elif country is not None:
            slot.entities = [with_country(ent, country)]


def acted_on_state(doc: Document, slots: list[Slot], slot: Slot, code: str | None, first: int, last: int) -> bool:
    """The country ``code`` a group told as a doer ("X ने", or a verb's bare subject) has from its
    article is the state it then acts on in its clause, named as a whole and marked as acted on
    (``acted_on_markers``, or a genitive right before an event word): "सरकार ने अफगानिस्तान को गेहूं
    भेजा", "सेना ने पाकिस्तान पर हमला किया", "प्रदर्शनकारियों ने चीन के खिलाफ नारे लगाए"; and its
    sentence (tokens[first:last]) never places it there ("अफगानिस्तान में"). That is the state
    acted on, not the group's own (``event_sides.doer_home`` gives it its home country)."""
    if slot.marker not in ("ने", "") or not code:
        return False
    markers = role_word_set("acted_on_markers")
    genitive = load_role_words().genitive
    states = [s for s in slots if s.first >= slot.last and s.entities and all(e.kind == "country" for e in s.entities)
              and code in {e.country for e in s.entities} and in_clause(doc, slot.last, s.first)
              and (s.marker in markers or (s.marker in genitive and starts_event(doc, s.marker_end)))]
    if not states:
        return False
    lo, hi = doc.tokens[first].start, doc.tokens[last - 1].end
    return not any(lo <= start < hi and found == code and located_at(doc, end) for start, end, found in place_mentions(doc))


def starts_event(doc: Document, k: int) -> bool:
    """A lexicon phrase of an event begins at token k ("चीन की आलोचना", "भारत का विरोध")."""
    return any(t.first == k for t in load_triggers().find(doc.tokens, k, min(len(doc.tokens), k + 4)))


def owned(doc: Document, slot: Slot, owners: str = "unplaced_owners", actors: frozenset[int] = frozenset()) -> bool:
    """"सदस्य देशों के विदेश मंत्री", "कई देशों के राजदूत": an office owned in the genitive by states
    the text does not name (``unplaced_owners``) is theirs, not the office Hindi news tells bare
    for its own country; with ``there_owners``, "वहां के प्रधानमंत्री", an office or group of the
    place named before. Plain words may stand between, not one of another actor (``actors``, the
    tokens of the sentence's actors): in "वहां के मजदूर प्रधानमंत्री से मिले" the workers are owned."""
    words = load_role_words()
    k = slot.first
    for _ in range(OWNER_REACH + 1):  # "वहां के स्वास्थ्य मंत्री": plain words may qualify the office
        if k < 2 or doc.tokens[k - 1].text in PUNCT_BREAK:
            return False
        if doc.tokens[k - 1].text in words.genitive:
            return doc.tokens[k - 2].text in role_word_set(owners)
        if not is_plain_word(doc, k - 1) or k - 1 in actors:
            return False
        k -= 1
    return False


def is_plain_word(doc: Document, k: int) -> bool:
    """Token k may qualify an office after its owner ("स्वास्थ्य", "वरिष्ठ"): a word, no marker,
    conjunction or head of a postposition (``owner_breaks``), and in no name."""
    words = load_role_words()
    text = doc.tokens[k].text
    breaks = (words.agent, words.simple, words.conjunctions, words.genitive, words.compound, role_word_set("owner_breaks"))
    return any(ch.isalpha() for ch in text) and k not in named_tokens(doc) and not any(text in group for group in breaks)


def last_place_country(doc: Document, before: int) -> Entity | None:
    """The country of the last place named before offset ``before`` (what "वहां" points at)."""
    earlier = [code for start, _, code in place_mentions(doc) if start < before]
    return country_entity(doc, earlier[-1]) if earlier else None


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
        elif (before in role_word_set("reflexives") or is_own_people(doc, slot)) and \
                found[0].label not in role_word_set("other_side_roles"):
            subjects = [s for s in slots[:k] if s.marker in words.agent or (s.marker == "" and not listed(doc, s))]
            owner = country_entity(doc, subjects[-1].entities[0].country) if subjects else None
        elif before in role_word_set("state_possessives"):
            owner = possessing_state(doc, slots[:k], slot.first)
        else:
            continue
        if owner is not None:
            slot.entities = [with_country(slot.entities[0], owner)]


def is_own_people(doc: Document, slot: Slot) -> bool:
    """"देशवासियों": a group whose word names the subject's own people (``own_people``); "अपने देश
    के नागरिकों": a group owned by a reflexive through one's country (``own_country_words``)."""
    k, tokens = slot.first, doc.tokens
    return tokens[k].key in own_people_keys() or (
        k >= 3 and tokens[k - 3].text in role_word_set("reflexives")
        and tokens[k - 2].text in role_word_set("own_country_words")
        and tokens[k - 1].text in load_role_words().genitive)


@cache
def own_people_keys() -> frozenset[str]:
    """``own_people`` of event_roles.yaml, every inflection, as word keys."""
    return frozenset(word_key(f) for w in load_yaml("event_roles.yaml")["own_people"] for f in expand_form(w))


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
    named = demonym_doers(doc, named, taken)  # "रूसी विमानों ने": Russia's planes
    pronouns = pronoun_slots(doc, first, last)
    taken |= {s.first for s in pronouns}
    pool = sorted(named + generic, key=lambda s: s.first)
    slots = absorb_modifiers(doc, pool)
    resolve_offices(doc, slots)
    modifiers = frozenset(i for s in pool if s.absorbed for i in range(s.first, s.marker_end))
    groups = [s for s in pronouns if doc.tokens[s.first].text in object_pronouns() and s.entities[0].kind == "generic"]
    localise(doc, slots + groups, first, last)  # a group "उन्हें" stands for, as if named here
    resolve_bodies(doc, slots, pronouns, first, last)  # "पुलिस ने" in a story naming "दिल्ली पुलिस": that force
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
