"""Roles for an event the detector is sure of where the rules' role finder read none.

The actors come from the sentence only: the role finder's sources and targets where it found
them, else the sentence's actors around the trigger (its slots, as the rules read them):
the source is the nearest actor before the trigger marked as an agent ("X ने"), else, of an
attack, the genitive right before its word ("हूती विद्रोहियों के ड्रोन हमले"), else the nearest
unmarked actor before it that is not a demonym inside a phrase marked पर or को ("भारतीय जहाज पर"); the target of a charge, threat or support of a deed is the
deed's doer (never whom it befell), else the actor nearest the trigger that is neither the
source nor the source's own country, nor who filed the complaint or petition acted on
("व्यापारी की शिकायत पर पुलिस ने मामला दर्ज किया": no charge of the trader). A deed told inside
reported speech is done by the doer its clause names and aimed at the actors of that clause, not
at the speaker nor at an audience told of it ("X ने संसद को बताया कि भारत मदद भेजेगा"). An event gets made only with both sides (or one side for one-sided types, as
the rules decide); its rule says ``roles:model``.
"""

from __future__ import annotations

from functools import cache

from ghatna.document import Document, Entity, Event
from ghatna.extraction.attack_events import anchored, condemned_doers
from ghatna.extraction.clause_openings import speech_opening
from ghatna.extraction.contents import files_paper
from ghatna.extraction.event_roles import Roles, addressee_types, audience, told_opening
from ghatna.extraction.events import SentenceView, clause_stop, find_roles, trigger_events
from ghatna.extraction.implicit_actors import load_implicit_actors, spoken_types
from ghatna.extraction.modality import condition_before, modality_of
from ghatna.extraction.pronouns import object_pronouns
from ghatna.extraction.role_completion import (
    across_border,
    fits_row_doers,
    names_people,
    names_persons,
    only_advised,
)
from ghatna.extraction.role_targets import deed_patient, is_laid_charge
from ghatna.extraction.roles import Slot, load_role_words
from ghatna.extraction.told_alone import names_recipient, sent_force
from ghatna.extraction.triggers import TriggerMatch
from ghatna.extraction.untold import implied_doer_untold, pronoun_antecedent, pronoun_doer
from ghatna.resources import load_yaml

ROLE_RULE = "model"
DEMONYM_REACH = 2  # "भारतीय जहाज पर", "भारतीय नौसेना के जहाज पर": the nouns of a demonym's phrase before its marker


def actor_slots(view: SentenceView, trig: TriggerMatch) -> list[Slot]:
    """The sentence's actors outside the trigger that an analyst can place; not, for a trigger after
    a condition's "तो", the condition's actors ("अगर X ने Y पर हमला किया तो सख्त कार्रवाई होगी": the
    consequence is neither X's nor aimed at Y)."""
    slots = [s for s in view.slots if s.entities and (s.last <= trig.first or s.first >= trig.last)
             and any(anchored(e) for e in s.entities)]
    span = condition_before(view.doc.tokens, slots[0].first, trig.first) if slots else None
    if span is None or span[1] >= trig.first:
        return slots
    return [s for s in slots if not span[0] <= s.first < span[1]]


def nearest_source(slots: list[Slot], trig: TriggerMatch, doc: Document | None = None) -> list[Entity]:
    """The nearest agent ("X ने") before the trigger; else, of an attack, the owner of its word (a
    genitive right before it: "हूती विद्रोहियों के ड्रोन हमले से"); else the nearest unmarked actor
    before it, not a demonym of a phrase aimed at or acted on ("भारतीय जहाज पर": ``in_marked_phrase``)."""
    before = [s for s in slots if s.last <= trig.first]
    words = load_role_words()
    agents = [s for s in before if s.marker in words.agent]
    if agents:
        return agents[-1].entities
    if trig.trigger.plover == "ASSAULT" and trig.trigger.roles not in ("patient", "persons"):
        owner = [s for s in before if s.marker in words.genitive and s.marker_end == trig.first]
        if owner:
            return owner[-1].entities
    bare = [s for s in before if not s.marker and not (doc and in_marked_phrase(doc, slots, s, trig))]
    return bare[-1].entities if bare else []


@cache
def demonym_phrase_markers() -> frozenset[str]:
    return frozenset(load_yaml("event_roles.yaml")["demonym_phrase_markers"])


def in_marked_phrase(doc: Document, slots: list[Slot], slot: Slot, trig: TriggerMatch) -> bool:
    """An unmarked demonym whose noun phrase (``DEMONYM_REACH`` words, no other actor between) is
    marked as aimed at or acted on (``demonym_phrase_markers``): "भारतीय जहाज पर" is India's ship."""
    if slot.rule != "kb:demonym":
        return False
    tokens, markers = doc.tokens, demonym_phrase_markers()
    end = min(slot.last + DEMONYM_REACH + 1, trig.first)
    marker = next((i for i in range(slot.last + 1, end) if tokens[i].text in markers), None)
    return marker is not None and not any(slot.last <= other.first < marker for other in slots)


def own_country(ent: Entity, sources: list[Entity]) -> bool:
    """The source's own country ("इराक के विदेश मंत्रालय", "इराक की संप्रभुता"): no other side."""
    return ent.kind == "country" and ent.country in {s.country for s in sources}


def is_partner(slot: Slot, trig: TriggerMatch) -> bool:
    """Can the actor be the other side of a meeting or a talk (a trigger of a mode with
    ``partner_markers``)? Marked as a partner ("Y से", "Y के साथ"), joined to the trigger
    ("मुख्यमंत्रियों की बैठक"), or unmarked (a list of those met, "X, Y और Z के सदस्यों के साथ बैठक");
    not an actor marked otherwise: a topic ("किसानों की आय पर बात की"). Other triggers take any actor."""
    partner = load_implicit_actors().partner_markers.get(trig.trigger.mode or "")
    return partner is None or not slot.marker or slot.marker in partner or slot.marker_end == trig.first


def nearest_target(slots: list[Slot], trig: TriggerMatch, sources: list[Entity]) -> list[Entity]:
    """The actor nearest the trigger that is neither a source nor the source's own country; of a
    meeting or a talk, only a partner (``is_partner``), never a topic ("किसानों की आय पर बात की")."""
    keys = {e.key for e in sources}
    others = [s for s in slots if not keys & {e.key for e in s.entities}
              and not all(own_country(e, sources) for e in s.entities) and is_partner(s, trig)]
    if not others:
        return []
    best = min(others, key=lambda s: trig.first - s.last if s.last <= trig.first else s.first - trig.last + 1)
    return [e for e in best.entities if e.key not in keys]


def noun_owner(slots: list[Slot], trig: TriggerMatch) -> Slot | None:
    """The actor owning the trigger's noun: a genitive right before it ("ईरान की धमकी"), or an
    unmarked actor word joined to it ("अमरीकी हमले की धमकी"), across actors marked as addressed
    ("ईरान की अमरीका को धमकी")."""
    genitive, addressed = load_role_words().genitive, load_implicit_actors().addressee_markers
    edge = trig.first
    for slot in reversed([s for s in slots if s.last <= trig.first]):
        if slot.marker_end != edge:
            return None
        if slot.marker in genitive or (not slot.marker and edge == trig.first):
            return slot
        if slot.marker not in addressed:
            return None
        edge = slot.first
    return None


def owned_source(slots: list[Slot], trig: TriggerMatch) -> list[Entity] | None:
    """The source of a type whose noun names its doer as its owner (``owner_doer_types``): the
    owner; [] when another agent acts on the owned noun (a threat rejected or opposed, told
    before); None when the noun has no owner."""
    if trig.trigger.plover not in load_implicit_actors().owner_doers:
        return None
    owner = noun_owner(slots, trig)
    if owner is None:
        return None
    agents = load_role_words().agent
    if any(s.marker in agents and s is not owner for s in slots if s.last <= trig.first):
        return []
    return owner.entities


def sentence_roles(view: SentenceView, trig: TriggerMatch) -> Roles | None:
    """The role finder's roles completed from the sentence's actors; None without a source, and
    None for a charge told about rather than laid ("X ने Y पर लगे आरोपों को निराधार बताया")."""
    if (trig.trigger.plover == "ACCUSE" and is_laid_charge(view.doc, trig)) or trig.trigger.roles == "pair":
        return None  # a pair row ("मोदी और सुनक मिले") tells an event only with the sides the rules read
    found = find_roles(view, trig)
    if found is not None and pronoun_doer(view.doc, trig, view.first, found):
        found = pronoun_antecedent(view.doc, trig, view.first, found)  # "किसान पहुंचे। उन्होंने …": the farmers
        if found is None:
            return None
    if found is not None and implied_doer_refused(view, trig, found):
        return None
    slots = actor_slots(view, trig)
    owned = None if found and found.sources else owned_source(slots, trig)
    sources = found.sources if found and found.sources else owned if owned is not None else \
        nearest_source(speech_clause(view, slots, trig), trig, view.doc)
    if not sources:
        return None
    filers = [s for s in slots if not files_paper(view.doc, s)]  # "X की शिकायत पर मामला दर्ज": X filed it
    targets = found.targets if found and found.targets else \
        judged_target(view, told_clause(view, filers, trig, sources), trig, sources)
    if found is not None:  # "बीएसएफ की दो टुकड़ियां तैनात कीं": the force its agent sends is no target
        sent = sent_force(view.doc, slots, trig, Roles(list(sources), list(targets), found.rule))
        targets = [t for t in targets if t not in sent]
    if trig.trigger.roles == "people" and not names_people(targets):
        return None  # a law laid on a land detains no one, whichever component reads the sentence
    if trig.trigger.roles == "persons" and not names_persons(targets):
        return None  # tampering with what an office holds molests no one
    if trig.trigger.roles == "received" and not names_recipient(slots, trig, list(targets)):
        return None  # grain sent to no one named is no aid
    if only_advised(trig.trigger.plover, list(sources), list(targets)):
        return None  # children are advised, not asked
    roles = Roles(list(sources), list(targets), ROLE_RULE)
    if trig.trigger.roles == "abroad" and not across_border(roles):
        return None  # sealing one's own districts closes no border on another country
    return roles if fits_row_doers(trig, roles) else None  # a row's doers are of its kind ("आतंकी … घुस गए": no riot)


def speech_clause(view: SentenceView, slots: list[Slot], trig: TriggerMatch) -> list[Slot]:
    """The actors of reported speech and after it when the speech names a doer of its own before the
    trigger, marked as an agent or bare ("X ने संसद को बताया कि भारत राहत सामग्री भेजेगा": India, not
    the teller); all of them else ("X ने कहा कि नेपाल को राहत भेजी जाएगी": the teller's side sends it),
    and always for a type the speaker performs by speaking (``spoken_types``: "X ने ट्वीट किया, 'सरकार
    हमें खतरे में डाल रही है'" is X's charge)."""
    if trig.trigger.plover in spoken_types():
        return slots
    opening = speech_opening(view.doc, view.slots, trig)
    told = [s for s in slots if s.first >= opening]
    agents = load_role_words().agent
    doer = any(s.last <= trig.first and (not s.marker or s.marker in agents) for s in told)
    return told if opening and doer else slots


def told_clause(view: SentenceView, slots: list[Slot], trig: TriggerMatch, sources: list[Entity]) -> list[Slot]:
    """A deed whose doer is told inside reported speech ("X ने संसद को बताया कि भारत मदद भेजेगा") is
    aimed at the actors of its own clause: the speaker is its target only when the clause points
    back at someone by an object pronoun (``object_pronouns``: "उनसे", "उन्हें"), and whom the speaker
    tells only for a deed aimed at the one told (``addressee_types``: "X ने Y से कहा कि वह मदद
    भेजेगा"), never an audience (a parliament, the press), as the rules read it
    (``event_roles.agent_roles``)."""
    opening = told_opening(speech_opening(view.doc, view.slots, trig), slots, sources)
    if not opening:
        return slots
    if any(t.text in object_pronouns() for t in view.doc.tokens[opening: view.last]):
        return slots  # "X ने उम्मीद जताई कि सरकार उनसे बातचीत करेगी": the clause points back at the speaker
    agents = load_role_words().agent
    told_to = trig.trigger.plover in addressee_types()
    return [s for s in slots if s.first >= opening
            or (told_to and not (audience(s) or s.marker in agents))]


def implied_doer_refused(view: SentenceView, trig: TriggerMatch, found: Roles) -> bool:
    """The rules refused the implied doer they read (``untold``: a deed not done); the sentence's
    other actors do not stand in for it."""
    doc = view.doc
    told = modality_of(doc.tokens, trig.first, trig.last, clause_stop(doc, trig, view.last), view.first)
    return implied_doer_untold(doc, trig, view.first, told, found)


def judged_target(view: SentenceView, slots: list[Slot], trig: TriggerMatch, sources: list[Entity]) -> list[Entity]:
    """A charge, threat or support of a deed ("X की हत्या का बदला लेने को कहा") is aimed at the deed's
    doer, not at whom it befell; other events at the actor nearest the trigger."""
    if trig.trigger.plover not in load_implicit_actors().judged_types:
        return nearest_target(slots, trig, sources)
    slots = [s for s in slots if not deed_patient(view.doc, s, trig)]
    doers = condemned_doers(view.doc, trig, sources, view.first) \
        if trig.trigger.plover in load_implicit_actors().condemns else []
    return doers or nearest_target(slots, trig, sources)


def events_from_sentence(view: SentenceView, trig: TriggerMatch, rule: str, probability: float) -> list[Event]:
    """Events at a trigger with roles read from the sentence, told as the rules tell modality and date."""
    return trigger_events(view, trig, view.last, rule=rule, confidence=probability, roles_of=sentence_roles)
