"""Events told without an agent, and nouns of what befell someone.

Passives ("X को गिरफ्तार किया गया"), a headline's bare participle ("X गिरफ्तार"), happenings
("X पर हमला हुआ"), nominal attacks told by their victims ("नक्सली हमले में तीन जवान शहीद") and
nouns of arrest or killing after their patient ("X की गिरफ्तारी"): the patient or victim is the
target; the source is the clause's agent, the partner of a fight, or the default actor of the
trigger's mode or type (``default_sources`` in event_roles.yaml).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from ghatna.document import Document, Entity
from ghatna.extraction.actors import (
    expand_form,
    generic_entity,
)
from ghatna.extraction.attacked_things import aimed_target, attacked
from ghatna.extraction.border_attacks import border_roles, counted_across, crosses_sides, not_own_force
from ghatna.extraction.event_roles import (
    Roles,
    adjacent,
    ends_clause,
    is_passive,
    reported_clause,
    speech_opening,
    told_passive,
    verb_follows,
)
from ghatna.extraction.fight_hits import fight_before, fight_owner
from ghatna.extraction.implicit_actors import holds_phrase, load_implicit_actors
from ghatna.extraction.implied_actors import (
    default_source,
    holding_state,
    implicit_actor,
    is_envoy,
    is_envoy_summons,
    is_state_deed,
)
from ghatna.extraction.lexicon import ergative_pronouns
from ghatna.extraction.named_doers import is_local_crime, local_doer, means_doer, participle_doer
from ghatna.extraction.nominal_roles import is_held, is_nominal
from ghatna.extraction.role_targets import NEAR_TARGET, other_side, raided_owner
from ghatna.extraction.roles import Slot, gap_has_break, is_place, load_role_words, role_word_set
from ghatna.extraction.sealed_areas import seals_area
from ghatna.extraction.triggers import TriggerMatch, load_triggers, word_after
from ghatna.extraction.victims_told import (
    befalls,
    counted_harm,
    counted_victims,
    crime_victim,
    is_count,
    is_harm,
)
from ghatna.resources import load_yaml

# Attacks and riots: the types an accident or disaster is mistaken for when told without an
# agent (an explosion or a "heart attack": ASSAULT, a fire: PROTEST, आगजनी), and the deeds that
# fall on an actor marked पर right before them (``aimed_target``).
ATTACKS_AND_RIOTS = frozenset({"ASSAULT", "PROTEST"})


def patient_roles(doc: Document, slots: list[Slot], trig: TriggerMatch, bounds: tuple[int, int]) -> Roles | None:
    """"X की गिरफ्तारी", "सुलेमानी की हत्या", "Y का दमन": the genitive before a noun of arrest,
    killing or release names whom it befell; the agent is the clause's (X ने), else the default."""
    if trig.trigger.roles != "patient":
        return None
    owner = [s for s in slots if s.marker in load_role_words().genitive and adjacent(doc, s.marker_end, trig.first)]
    if not owner:
        return None
    targets = owner[-1].entities
    if owner_is_cause(doc, trig, targets):
        return Roles(targets, [], "possessor")  # "पुलिस की पिटाई से युवक की मौत": the police beat him
    agents = [s for s in slots if s.last <= owner[-1].first and s.marker in load_role_words().agent]
    if told_passive(doc, slots, trig):  # "एसपी ने बताया कि व्यापारी की हत्या कर दी गई": not the SP's deed
        agents = [s for s in agents if s.first >= speech_opening(doc, slots, trig)]
    if agents and not is_nominal(doc, trig):  # "X ने Y की हत्या की निंदा की": X condemns, not kills
        return Roles(agents[-1].entities, targets, "agent")
    if is_nominal(doc, trig) and told_of(doc, trig.trigger.plover, targets):
        return None  # "सुलेमानी की हत्या के संबंध में": the killing told before, not a new one
    return Roles([implicit_actor(doc, default_source(trig, targets), bounds, targets)], targets, "implicit")


def owner_is_cause(doc: Document, trig: TriggerMatch, owners: list[Entity]) -> bool:
    """"पुलिस की पिटाई से", "बदमाशों की पिटाई से": a noun of harm told as a cause (``cause_markers``
    right after it) is done by its owner when that is a force or criminals (``cause_owner_sectors``)."""
    after = word_after(doc, trig)
    sectors = role_word_set("cause_owner_sectors")
    return after in role_word_set("cause_markers") and bool(owners) and all(e.sector in sectors for e in owners)


def told_of(doc: Document, plover: str, targets: list[Entity]) -> bool:
    """An event of this type befalling one of ``targets`` is already coded in the article."""
    keys = {e.key for e in targets}
    return any(e.type == plover and e.target is not None and e.target.key in keys for e in doc.events)


def patients(doc: Document, slots: list[Slot], trig: TriggerMatch) -> list[Entity]:
    """Who a passive acts on: the nearest actor before the trigger marked as a patient (X को,
    bare X, X पर, X के खिलाफ: ``passive_patient_markers``), not one inside the charge or reason
    told between it and the trigger ("… के आरोप में")."""
    implicit = load_implicit_actors()
    before = [s for s in slots if s.last <= trig.first and s.marker in implicit.patient_markers
              and not any(is_place(e) for e in s.entities)]
    if len(before) > 1 and any(t.text in implicit.reasons for t in doc.tokens[before[-1].marker_end: trig.first]):
        before.pop()  # "A को B को हथियार बेचने के आरोप में गिरफ्तार किया गया": B is in A's charge
    return list(before[-1].entities) if before else holders(doc, slots, trig)


def holders(doc: Document, slots: list[Slot], trig: TriggerMatch) -> list[Entity]:
    """"ईरान, इटली और जापान के वीजा रद्द कर दिए गए": whose thing a deed done to holders
    (``nominal_roles.is_held``) befell, the actors in the genitive right before its trigger."""
    if not is_held(trig):
        return []
    owners = [s for s in slots if s.marker in load_role_words().genitive and adjacent(doc, s.marker_end, trig.first)
              and not any(is_place(e) for e in s.entities)]
    return list(owners[-1].entities) if owners else []


def victims(doc: Document, slots: list[Slot], trig: TriggerMatch, sources: list[Entity]) -> list[Entity]:
    """Who an attack harmed: an actor followed by a word of harm ("तीन जवान शहीद", "X की मौत"),
    or a bare subject before the attack when harm follows it ("X … हमले में मारे गये")."""
    harm_after_trigger = any(is_harm(doc, k) for k in range(trig.last, min(trig.last + 6, len(doc.tokens))))
    harm_right_after = any(is_harm(doc, k) for k in range(trig.last, min(trig.last + 2, len(doc.tokens))))
    cross = crosses_sides(doc, slots, trig, sources)
    for slot in slots:
        hit = any(is_harm(doc, k) for k in range(slot.last, min(slot.last + 4, len(doc.tokens)))) or (
            # not a demonym on the means of attack ("अमेरिकी ड्रोन के हमले में": the doer's), yet one on
            # the place attacked is ("अमेरिकी युद्धपोत पर हूतियों के हमले में दो नाविक घायल")
            slot.marker == "" and slot.last < trig.first and harm_after_trigger
            and not (slot.rule == "kb:demonym" and means_doer(doc, [slot], trig))) or (
            # "सुलेमानी की अमरीकी ड्रोन हमले में मौत": the genitive of the harm told right after the attack
            slot.marker in ("की", "के") and harm_right_after and adjacent(doc, slot.marker_end, trig.first)) or (
            member_harmed(doc, slots, slot))
        members = [not_own_force(doc, e, slot, sources, cross) for e in slot.entities if other_side(e, sources) and not is_place(e)]
        if hit and members:
            return members  # not "पुलवामा जिले के … गांव में … मारा गया": a place is harmed by no one
    return []


MEMBER_REACH = 4  # words from a genitive to the harm its member suffered ("X का एक वरिष्ठ कमांडर मारा गया")


def member_harmed(doc: Document, slots: list[Slot], slot: Slot) -> bool:
    """"तालिबान का एक वरिष्ठ कमांडर मारा गया": a word of harm within ``MEMBER_REACH`` words after an
    actor's genitive, with no other actor nor lexicon phrase between (not "अमरीका के हवाई हमले में
    मारे गए", the doer's attack), befell a member of the actor: a person no actor list knows. Not a
    harm itself in the genitive ("X के कमांडर की हत्या का जिक्र", "… की मौत के बाद"): named in passing."""
    genitive = load_role_words().genitive
    if slot.marker not in genitive:
        return False
    end = min(slot.marker_end + MEMBER_REACH, len(doc.tokens))
    harm = next((k for k in range(slot.marker_end, end) if is_harm(doc, k)), None)
    if harm is None or any(slot.marker_end <= s.first < harm for s in slots):
        return False
    if harm + 1 < len(doc.tokens) and doc.tokens[harm + 1].text in genitive:
        return False
    return not load_triggers().find(doc.tokens, slot.marker_end, harm) and not any(
        ends_clause(doc, k) for k in range(slot.marker_end, harm))


def struck_crowd(doc: Document, trig: TriggerMatch, bounds: tuple[int, int], sources: list[Entity],
                 by_agent: bool = False) -> list[Entity]:
    """Whom an attack with no one named as hit struck: civilians of the sentence's country when a
    bare number of them was harmed ("…, 12 की मौत"), or when militants, criminals or unknown
    attackers bombed, fired on or attacked a place ("आतंकियों ने बाजार में बम विस्फोट किया",
    "बदमाशों ने गांव में हमला कर दिया": ``crowd_attacks``, its modes, and its patterns told with
    the doer as agent, ``by_agent``: not "आतंकी हमला कर सकते हैं"),
    not in a sentence telling an encounter (their firing is at the forces) nor in an article that
    told an attack before (the attackers' deed told again, "हमलावरों ने पहले … विस्फोट किया")."""
    spec = counted_victims()
    attackers = bool(sources) and all(e.sector in spec.doer_sectors or e.kind == "unknown" for e in sources)
    fight = any(t.text in load_implicit_actors().encounter_words for t in doc.tokens[bounds[0]: bounds[1]])
    kind = trig.trigger.mode in spec.modes or (by_agent and trig.trigger.pattern in spec.patterns)
    crowd = attackers and not fight and kind and not already_told(doc, "ASSAULT")
    if counted_harm(doc, trig, bounds) or crowd:
        return [implicit_actor(doc, spec.actor, bounds, [])]
    return []


@dataclass(frozen=True, slots=True)
class UnnamedVictims:
    markers: frozenset[str]
    persons: frozenset[str]
    not_doers: frozenset[str]
    not_modes: frozenset[str]
    no_civilians_by: frozenset[str]


@cache
def unnamed_victim_words() -> UnnamedVictims:
    spec = load_yaml("attacks.yaml")["unnamed_victims"]
    persons = frozenset(form for word in spec["persons"] for form in expand_form(word))
    return UnnamedVictims(frozenset(spec["markers"]), persons,
                          *(frozenset(spec[key]) for key in ("not_doers", "not_modes", "no_civilians_by")))


def unnamed_victim(doc: Document, slots: list[Slot], trig: TriggerMatch, bounds: tuple[int, int],
                   roles: Roles) -> list[Entity]:
    """"दबंगों ने दूल्हे को पीटा", "युवक ने अपने दोस्त की हत्या कर दी": an attack its doer did (roles
    ``agent``) on a word marked right before the attack word (``unnamed_victims`` in attacks.yaml: को,
    के साथ, or the genitive of a deed told by its patient) that names a person no actor list knows
    (``persons``) is done to a member of the actor in a genitive before it, else to a person of the
    place: civilians of the sentence's country (``counted_victims.actor``). Not a thing, an idea, a
    day or a number ("मिसाइल को", "मानवता की हत्या", "होली को", "12 को"); not by a government, a party
    or the press, whose aim may be words, nor a deed of ``not_modes`` (a thing "निशाना बनाया" by
    thieves); never civilians by a force of the state (``no_civilians_by``: whom the police or the army
    "मार गिराया" is a wanted man)."""
    spec, k = unnamed_victim_words(), trig.first - 1
    if roles.rule != "agent" or not roles.sources or k < bounds[0] + 2 or trig.trigger.mode in spec.not_modes \
            or any(e.sector in spec.not_doers for e in roles.sources):
        return []
    words = load_role_words()
    marker, word = doc.tokens[k].text, k - 1
    if doc.tokens[k - 1].text in words.genitive and marker in words.compound:
        marker, word = words.compound[marker], k - 2  # "के साथ" (``compound_markers``)
    genitive = marker in words.genitive and trig.trigger.roles == "patient"
    if (marker not in spec.markers and not genitive) or word < bounds[0] or ends_clause(doc, word):
        return []
    if doc.tokens[word].text not in spec.persons or any(s.first <= word < s.marker_end for s in slots):
        return []
    members = members_of(doc, slots, word)
    if members or any(e.sector in spec.no_civilians_by for e in roles.sources):
        return members
    return [implicit_actor(doc, counted_victims().actor, bounds, [])]


def members_of(doc: Document, slots: list[Slot], word: int) -> list[Entity]:
    """"सुरक्षाबल के छह सदस्यों की हत्या": an unknown head noun after a genitive (a count may stand
    between) names members of the actor in the genitive, not a place."""
    k = word - 1
    while k > 0 and is_count(doc.tokens[k].text):
        k -= 1
    owner = [s for s in slots if s.marker in load_role_words().genitive and s.marker_end == k + 1]
    return [e for e in owner[-1].entities if not is_place(e)] if owner else []


def encountered(doc: Document, slots: list[Slot], trig: TriggerMatch, harmed: list[Entity]) -> list[Entity]:
    """"सेना के साथ मुठभेड़ में दो आतंकवादी मारे गए": the partner of a fight in which the
    others were harmed is who harmed them."""
    partner = [s for s in slots if s.marker == "के साथ" and adjacent(doc, s.marker_end, trig.first)]
    keys = {e.key for e in harmed}
    return [e for e in partner[-1].entities if e.key not in keys] if partner and harmed else []


def encounter_forces(doc: Document, trig: TriggerMatch, harmed: list[Entity], bounds: tuple[int, int]
                     ) -> list[Entity]:
    """"मुठभेड़ में तीन नक्सली मारे गए", "एनकाउंटर में दो बदमाश ढेर": militants or criminals who fell
    in an encounter with no partner named fell to the forces of their country (security forces for
    militants, the police for criminals: ``encounter`` in attacks.yaml)."""
    implicit = load_implicit_actors()
    if not any(t.text in implicit.encounter_words for t in doc.tokens[trig.first: trig.last]):
        return []
    fallen = next((e for e in harmed if e.sector in implicit.encounter_sources), None)
    if fallen is None or fallen.sector is None:
        return []
    return [implicit_actor(doc, implicit.encounter_sources[fallen.sector], bounds, [fallen])]


def clash_sides(doc: Document, slots: list[Slot], trig: TriggerMatch, harmed: list[Entity]) -> Roles | None:
    """"पुलिस के साथ झड़प में दो प्रदर्शनकारी घायल", "चीनी सैनिकों के साथ झड़प में 20 जवान शहीद": a riot or
    clash (``clash_between`` modes) with a partner named right before it and people harmed in it is
    between the two, read as one told between them (a crowd's protest against an armed side, an
    attack each way between armed sides), not a protest of no one named against the government."""
    if trig.trigger.mode not in clash_between_modes():
        return None
    partner = encountered(doc, slots, trig, harmed)
    return Roles(harmed, partner, "between") if partner else None


@cache
def clash_between_modes() -> frozenset[str]:
    return frozenset(load_yaml("event_roles.yaml")["clash_between"]["modes"])


def fight_doers(doc: Document, slots: list[Slot], trig: TriggerMatch, harmed: list[Entity],
                bounds: tuple[int, int]) -> list[Entity]:
    """"पुलिस की जवाबी फायरिंग में बदमाश के पैर में गोली लगी", "मुठभेड़ के दौरान बदमाश को गोली लगी":
    a harm befalling its patient in a fight named before it in its clause was dealt by the fight's owner,
    or in an encounter by the forces that fight those who fell (``fight_hits`` in attacks.yaml)."""
    fight = fight_before(doc, trig, bounds) if befalls(trig) and harmed else None
    if fight is None:
        return []
    return fight_owner(doc, slots, fight) or encounter_forces(doc, fight, harmed, bounds)


def is_topic(doc: Document, trig: TriggerMatch) -> bool:
    """"हत्या के संबंध में", "हत्या की जांच", "विरोध प्रदर्शन पर 31 मार्च तक रोक": the deed is what an
    inquiry, a case, a plot or a ban right after it in its clause is about (``topic_nouns``)."""
    implicit = load_implicit_actors()
    reach = implicit.topic_reach
    marker = None
    for k in range(trig.last, min(trig.last + 2 * reach, len(doc.tokens))):
        if ends_clause(doc, k - 1):
            return False
        if marker is None and k < trig.last + reach and doc.tokens[k].text in implicit.topic_markers:
            marker = k
        elif marker is not None and k - marker <= reach and doc.tokens[k].text in implicit.topic_nouns:
            return True
    return False


def tells_accident(doc: Document, bounds: tuple[int, int]) -> bool:
    """"सिलेंडर फटने से घर में विस्फोट हुआ", "हार्ट अटैक से उसकी मौत": the sentence tells an accident,
    a disaster or an illness (``accident_words``) and names no weapon or attacker (``weapon_words``:
    "आईईडी फटने से दो जवान घायल" is an attack)."""
    implicit = load_implicit_actors()
    words = [t.text for t in doc.tokens[bounds[0]: bounds[1]]]
    if any(w in implicit.weapon_words for w in words):
        return False
    return holds_phrase(words, implicit.accident_words)


def already_told(doc: Document, plover: str) -> bool:
    """An event of this type is already coded in the article (the stage fills doc.events in order)."""
    return any(e.type == plover for e in doc.events)


def agentless_roles(doc: Document, slots: list[Slot], trig: TriggerMatch, bounds: tuple[int, int]) -> Roles | None:
    """Events told without an agent: passives ("X को गिरफ्तार किया गया"), headlines ("X गिरफ्तार"),
    nominal attacks ("नक्सली हमले में तीन जवान शहीद"), happenings ("X पर हमला हुआ", "X की आलोचना
    हो रही है"), attacks and riots on an actor marked पर ("पुलिस पर पथराव"). The patient, victim
    or actor aimed at is the target; the source is the partner of a fight or the forces of an
    encounter, else the default actor of the trigger's mode or type (police for an arrest or a
    case filed, unknown for an attack; someone of the place for a crime or riot: ``local_doer``).
    None for a deed that is only what an inquiry or a ban is about (``is_topic``), an attack or
    riot word in a sentence telling an accident (``tells_accident``), or an event of a type the
    article already told, unless passive, fought, or aimed at a target of its own (a happening: "X
    पर हमला हुआ")."""
    implicit = load_implicit_actors()
    plover = trig.trigger.plover
    if is_compelled(doc, trig):
        return compelled_roles(doc, slots, trig, bounds)
    if not told_without_agent(trig) or is_topic(doc, trig) or (plover in ATTACKS_AND_RIOTS and tells_accident(doc, bounds)):
        return None
    passive, happened = is_passive(doc, trig, bounds[1]) or befalls(trig), occurred(doc, trig)
    if plover in happenings_only() and trig.trigger.mode not in implicit.mode_sources and not happened:
        return None  # "X पर लगे आरोपों को …": a charge told about (a case filed has its doer by its mode)
    harmed = victims(doc, slots, trig, []) if plover in ATTACKS_AND_RIOTS else []  # "हिंसा में दो घायल"
    if not harmed and plover == "ASSAULT" and counted_harm(doc, trig, bounds):  # "बम धमाका, 12 की मौत"
        harmed = struck_crowd(doc, trig, bounds, [])
    # "कहा कि हमने हमास के ठिकानों पर हमला किया": a doer the role finder could not name; whose the
    # things are is left to the learned detector's role filler
    things = not has_agent(doc, trig, bounds)
    aimed = aimed_target(doc, slots, trig, things=things) if plover in ATTACKS_AND_RIOTS else []
    headline = bool(aimed) and (trig.last >= bounds[1] or ends_clause(doc, trig.last - 1))  # "X पर पथराव, …"
    if not aimed and (named_victim := crime_victim(doc, slots, trig)):  # "नाबालिग से दुष्कर्म"
        aimed, headline = named_victim, not has_agent(doc, trig, bounds)
    counted = plover in ATTACKS_AND_RIOTS and counted_harm(doc, trig, bounds)  # "दो गुटों में पथराव, पांच घायल"
    if not (passive or happened or harmed or counted or headline or verb_follows(doc, trig)):
        return None  # "गिरफ्तारी के विरोध में", "नाजी कब्जे के दौर": a noun in passing
    targets = patients(doc, slots, trig) if passive else undergoers(doc, slots, trig) if happened else aimed
    targets = targets or raided_owner(doc, slots, trig)  # "X के फार्म हाउस पर छापा": the owner of the place
    if plover in happenings_only() and trig.trigger.mode not in implicit.mode_sources:
        targets = [e for e in targets if not of_a_profession(e)]  # "कप्तान X की आलोचना हो रही है": a player
    if happened and plover in ATTACKS_AND_RIOTS:  # "X पर हमला हुआ" names whom it befell, a report of its own
        targets = aimed = targets or aimed_target(doc, slots, trig, NEAR_TARGET, things)  # "अमरीकी सैन्य अड्डे पर … हमला हुआ"
    if plover == "ASSAULT" and not targets:  # "थाने पर हमला किया गया": the owner of the thing aimed at
        told_from = reported_clause(doc, bounds[0], trig.first)[0]  # "X ने कहा कि …": not X
        targets = harmed or aimed or (attacked(slots, trig, told_from) if passive or happened else [])
    if not targets and plover in implicit.targets and (trig.trigger.mode not in implicit.named_target_modes
                                                       or seals_area(doc, trig, bounds)):
        targets = [implicit_actor(doc, implicit.targets[plover], bounds, [], trig.first)]
    if plover == "ASSAULT" and not targets and (border := border_roles(doc, slots, trig, bounds)) is not None:
        return border  # "सीमा पर पाकिस्तान की ओर से गोलीबारी की गई"
    if not targets and plover in implicit.needs_target:
        return None
    if plover == "PROTEST" and (sides := clash_sides(doc, slots, trig, harmed)) is not None:
        return sides  # "पुलिस के साथ झड़प में दो प्रदर्शनकारी घायल": the protesters' clash with the police
    fighters = (encountered(doc, slots, trig, targets) or encounter_forces(doc, trig, targets, bounds)
                or fight_doers(doc, slots, trig, targets, bounds) if plover == "ASSAULT" else [])
    if not (passive or fighters or aimed) and already_told(doc, plover):
        return None  # "हमलों में 78 लोगों की मौत": the attack told before; not a fight or a target of its own
    if fighters:
        return Roles(fighters, targets, "encounter")
    return doer_roles(doc, slots, trig, bounds, targets, bool(harmed))


DEMONYM_REACH = 2  # "भारतीय पायलट को", "भारतीय वायुसेना के पायलट को": the nouns of a demonym's phrase before को


@cache
def compelled_rule() -> dict[str, frozenset[str]]:
    return {key: frozenset(words) for key, words in load_yaml("event_roles.yaml")["compelled"].items()}


def is_compelled(doc: Document, trig: TriggerMatch) -> bool:
    """"X को रिहा करना पड़ा": a deed of a ``compelled`` mode someone had to do, told with the infinitive
    of its light verb and a form of पड़ना."""
    rule, after = compelled_rule(), [t.text for t in doc.tokens[trig.last: trig.last + 2]]
    return (trig.trigger.mode in rule["modes"] and len(after) == 2 and after[0] in rule["infinitives"]
            and after[1] in rule["verbs"])


def compelled_roles(doc: Document, slots: list[Slot], trig: TriggerMatch, bounds: tuple[int, int]) -> Roles | None:
    """Whom a deed one had to do befell (the actor marked को nearest the trigger) and who had to do
    it (one marked को before that, else the type's default actor); None when the only one marked को
    is of a sector that does such deeds ("पुलिस को रिहा करना पड़ा": whom is untold)."""
    marked = [s for s in slots if s.last <= trig.first and (s.marker == "को" or demonym_marked(doc, slots, s, trig))
              and not any(is_place(e) for e in s.entities)
              and not gap_has_break(doc.body, doc.tokens, s.marker_end, trig.first)]
    if len(marked) >= 2:
        return Roles(list(marked[-2].entities), list(marked[-1].entities), "compelled")
    if not marked or any(e.sector in compelled_rule()["doer_sectors"] for e in marked[-1].entities):
        return None
    return doer_roles(doc, slots, trig, bounds, list(marked[-1].entities), False)


def demonym_marked(doc: Document, slots: list[Slot], slot: Slot, trig: TriggerMatch) -> bool:
    """"पाकिस्तान को भारतीय पायलट को रिहा करना पड़ा": a demonym whose noun phrase is marked को
    (within ``DEMONYM_REACH`` words, no other actor between) stands for that phrase, whom the
    deed befell."""
    if slot.rule != "kb:demonym" or slot.marker:
        return False
    end = min(slot.last + DEMONYM_REACH + 1, trig.first)
    marker = next((i for i in range(slot.last + 1, end) if doc.tokens[i].text == "को"), None)
    return marker is not None and not any(slot.last <= other.first < marker for other in slots)


def doer_roles(doc: Document, slots: list[Slot], trig: TriggerMatch, bounds: tuple[int, int],
               targets: list[Entity], harmed: bool) -> Roles | None:
    """The doer of a deed told without an agent: one named by a participle ("X की ओर से की गई"), else
    the state holding a state's deed, else someone of the place for a local crime, else the default
    actor of the trigger's mode or type. None for an envoy's summons whose host the text does not
    give (``summoned_by_own``)."""
    named = participle_doer(doc, slots, trig) or means_doer(doc, slots, trig)
    if named and not any(e in targets for e in named):
        harmed_ones = (victims(doc, slots, trig, named) if harmed else []) or \
            counted_across(doc, slots, trig, bounds, named, targets)  # "… हुई गोलीबारी में दो चरवाहे घायल"
        return Roles(named, harmed_ones, "agent")
    spec, state_deed = default_source(trig, targets), is_state_deed(trig, targets)
    if spec is not None and state_deed and (state := holding_state(doc, bounds, targets)) is not None:
        return None if summoned_by_own(trig, state, targets) else \
            Roles([generic_entity(spec, state)], targets, "implicit_state")
    if is_envoy_summons(trig, targets):
        return None  # "पाकिस्तान के उच्चायुक्त को तलब किया गया" in a text placing it nowhere: no host known
    near = [] if state_deed else targets  # "अमेरिका चीनी सामान पर शुल्क लगाएगा": not China's own authorities
    doer = local_doer(doc, bounds, targets) if spec is None and is_local_crime(trig) else implicit_actor(doc, spec, bounds, near)
    return Roles([doer], targets, "implicit")


def summoned_by_own(trig: TriggerMatch, state: Entity, targets: list[Entity]) -> bool:
    """A summons (``host_state_modes``) of an envoy standing for their state whose host would be that
    very state: the text names no host ("पाकिस्तान के उच्चायुक्त को तलब किया गया" alone)."""
    return is_envoy_summons(trig, targets) and any(is_envoy(e) and e.country == state.country for e in targets)


@cache
def ergative_words() -> frozenset[str]:
    return ergative_pronouns() | load_role_words().agent


def has_agent(doc: Document, trig: TriggerMatch, bounds: tuple[int, int]) -> bool:
    """An agent marker or a pronoun that carries it ("हमने", "उन्होंने": ``ergative_pronouns`` of hindi_words.yaml) before
    the trigger in its clause, after any "… कहा कि": the deed has a doer, named or not."""
    start = max(bounds[0], reported_clause(doc, bounds[0], trig.first)[0])
    return any(t.text in ergative_words() for t in doc.tokens[start: trig.first])


@cache
def happenings_only() -> frozenset[str]:
    """Types told without an agent only as a happening (``agentless_happenings_only``)."""
    return frozenset(load_yaml("event_roles.yaml")["agentless_happenings_only"])


def of_a_profession(ent: Entity) -> bool:
    """A person the text names by a trade, not an office (``agentless_unpolitical_roles``: a player,
    an actor, a singer), whom the knowledge base does not know: criticism of them told with no
    critic ("कप्तान X की आलोचना हो रही है") is of a game or a show, not a side of politics."""
    return ent.type == "PERSON" and ent.kb_id is None and ent.role in unpolitical_roles()


@cache
def unpolitical_roles() -> frozenset[str]:
    """Roles of people named by a trade (``agentless_unpolitical_roles``)."""
    return frozenset(load_yaml("event_roles.yaml")["agentless_unpolitical_roles"])


def told_without_agent(trig: TriggerMatch) -> bool:
    """Types (and modes) an event can be told of with no agent (``default_sources``)."""
    implicit = load_implicit_actors()
    return trig.trigger.mode in implicit.mode_sources or trig.trigger.plover in implicit.sources


def occurred(doc: Document, trig: TriggerMatch) -> bool:
    """"हमला हुआ", "आलोचना हो रही है", "मामला दर्ज हुआ": the event told as a happening, no agent named."""
    nxt = word_after(doc, trig)
    return nxt in load_implicit_actors().happened and not ends_clause(doc, trig.last - 1)


def undergoers(doc: Document, slots: list[Slot], trig: TriggerMatch) -> list[Entity]:
    """Whom a happening befell: the actor marked as undergoing it right before it (``happened_markers``:
    "X पर हमला हुआ", "X की आलोचना हो रही है"; not a place, "X में"), with no clause break between."""
    markers = load_implicit_actors().happened_markers
    near = [s for s in slots if s.last <= trig.first and s.marker in markers
            and trig.first - s.marker_end <= NEAR_TARGET and not gap_has_break(doc.body, doc.tokens, s.marker_end, trig.first)]
    return list(near[-1].entities) if near else []
