"""Whom a sentence's pronouns stand for.

"उन्होंने" stands for the last person who acted (or an official of a state who acted unnamed after
him: ``last_agent_person``), "उसने" and a subject "वह" for the last actor (``last_actor``,
``last_subject``), "उनकी"/"उन्हें" for a person other than the subject or a group named in the
plural (``object_referent``), "उन पर" written apart from its marker for the last subject other than
the agent acting on it (``oblique_slots``), a pronoun opening reported speech for the speaker
(``speaker_subjects``), and a first-person subject ("मैंने", "हमने") for the speaker of the last
speech verb before it in its paragraph (``speaker_pronoun_slots``). ``references.sentence_slots`` puts these slots with the sentence's named ones.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from ghatna.document import Document, Entity
from ghatna.extraction.actors import country_entity
from ghatna.extraction.bare_offices import office_role, resolve_offices
from ghatna.extraction.roles import (
    Slot,
    gap_has_break,
    generic_slots,
    load_role_words,
    mention_slots,
    of_possessor,
    read_marker,
    unnamed_agent_slots,
    with_country,
)
from ghatna.extraction.triggers import case_nouns, phrases_in
from ghatna.resources import load_yaml

AGENT_REACH = 3  # words before an oblique pronoun in which the agent acting on it stands
ATTACK_REACH = 3  # words between a pronoun's marker and an attack told on it ("उन पर चाकू से हमला")
SUBJECT_REACH = 60  # tokens before an oblique pronoun in which its antecedent is sought
SPEAKER_REACH = 12  # tokens before a speech verb in which its speaker stands ("X ने अपने ट्विटर वॉल पर लिखा")
PLURAL_OBLIQUE = ("ों", "ओं")  # the oblique plural's endings: "विदेशियों", "मजदूरों", "सेनाओं"


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
    return slots + oblique_slots(doc, first, last) + speaker_pronoun_slots(doc, first, last)


@cache
def speaker_pronouns() -> dict[str, str]:
    """First-person subjects with the marker they carry ("हमने" → ने, "हम" → none)."""
    return dict(load_yaml("event_roles.yaml")["speaker_pronouns"])


def speaker_pronoun_slots(doc: Document, first: int, last: int) -> list[Slot]:
    """"X ने कहा कि … । हमने Y से मांग की है": a first-person subject stands for the speaker of the
    last speech verb before it in its paragraph (``last_speaker``); a bare "मैं"/"हम" only where
    it opens its clause. None where the paragraph names no speaker."""
    pronouns, slots = speaker_pronouns(), []
    for i in range(first, last):
        text = doc.tokens[i].text
        if text not in pronouns or not (pronouns[text] or opens_clause(doc, i)):
            continue
        actor = last_speaker(doc, i)
        if actor is not None:
            slots.append(Slot([actor], i, i + 1, pronouns[text], i + 1, rule="pronoun"))
    return slots


def last_speaker(doc: Document, at: int) -> Entity | None:
    """The speaker of the last speech verb before token ``at`` in its paragraph: its agent (X ने,
    "उन्होंने", an office whose holder the article named) or a bare or genitive subject named ("X
    कहते हैं", "X का कहना है") at most ``SPEAKER_REACH`` words before it; none where that speaker
    is no one named ("उनकी पत्नी ने कहा कि … मैंने", "वो कहती हैं") or the verb asks (``question_verbs``:
    "X ने Y से पूछा": the answer is another's)."""
    words = load_role_words()
    start = paragraph_start(doc, at)
    verb = next((k for k in range(at - 1, start - 1, -1) if doc.tokens[k].text in words.speech_verbs), None)
    if verb is None or doc.tokens[verb].text in speaker_pronoun_rules()["question_verbs"]:
        return None
    return speaker_of_verb(doc, max(start, verb - SPEAKER_REACH), verb)


@cache
def speaker_pronoun_rules() -> dict[str, frozenset[str]]:
    return {k: frozenset(v) for k, v in load_yaml("event_roles.yaml")["speaker_pronoun_rules"].items()}


def speaker_of_verb(doc: Document, first: int, verb: int) -> Entity | None:
    """Who speaks by the verb at token ``verb``: the last agent before it from token ``first`` (a
    name or a bare office with ने, "उन्होंने"; any other word with ने is no one named), else the
    name right before it bare or in the genitive ("X कहते हैं", "X का कहना है")."""
    words = load_role_words()
    marked = [k for k in range(first, verb) if doc.tokens[k].text in words.agent
              or words.pronouns.get(doc.tokens[k].text) in words.agent]
    slots = mention_slots(doc, first, verb)
    if marked and words.pronouns.get(doc.tokens[marked[-1]].text) in words.agent:
        return last_agent_person(doc, marked[-1])
    if marked:
        taken = {i for s in slots for i in range(s.first, s.last)}
        slots += office_agents(doc, first, verb, taken)  # "मुख्यमंत्री ने कहा": the holder named before
        named = [s for s in slots if s.marker in words.agent and s.last <= marked[-1] < s.marker_end]
        return named[-1].entities[0] if named else None
    bare = [s for s in slots if s.marker_end == verb and (s.marker == "" or s.marker in words.genitive)]
    return bare[-1].entities[0] if bare else None


def paragraph_start(doc: Document, at: int) -> int:
    """The first token of token ``at``'s paragraph (after the last line break before it)."""
    cut = doc.body.rfind("\n", 0, doc.tokens[at].start)
    k = at
    while k > 0 and doc.tokens[k - 1].start > cut:
        k -= 1
    return k


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
    for the speaker, named, generic or a pronoun itself, not for the last actor named before; so
    does a first-person one ("मंत्री ने कहा कि हमने …")."""
    words = load_role_words()
    for k, slot in enumerate(slots):
        first_person = doc.tokens[slot.first].text in speaker_pronouns()  # "X ने कहा कि हमने …": X
        if slot.rule != "pronoun" or (slot.marker and not first_person) or not opens_speech(doc, slot.first):
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
