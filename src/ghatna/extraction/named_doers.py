"""Doers a deed told without an agent still names: someone of the place for a crime or riot
(``local_doers`` in attacks.yaml), and the doer of an attack noun after a participle of doing or
told with its target ("उग्रवादियों द्वारा किए गए हमले", "तुर्की के सीरिया पर हमले": ``done_by``)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from ghatna.document import Document, Entity
from ghatna.extraction.actors import (
    GenericActor,
    context_country,
    country_entity,
    expand_form,
    generic_entity,
    told_country,
    unknown_actor,
)
from ghatna.extraction.attacked_things import aimed_target
from ghatna.extraction.event_roles import Roles, ends_clause
from ghatna.extraction.implicit_actors import load_implicit_actors
from ghatna.extraction.role_targets import other_side
from ghatna.extraction.roles import Slot, gap_has_break, load_role_words
from ghatna.extraction.triggers import TriggerMatch, load_triggers
from ghatna.extraction.victims_told import is_count
from ghatna.resources import load_yaml


@dataclass(frozen=True, slots=True)
class LocalDoers:
    modes: frozenset[str]
    patterns: frozenset[str]
    actor: GenericActor


@cache
def local_doers() -> LocalDoers:
    data = load_yaml("attacks.yaml")["local_doers"]
    actor = GenericActor(str(data["actor"]["label"]), data["actor"].get("sector"), None, "unknown")
    return LocalDoers(frozenset(data["modes"]), frozenset(data["patterns"]), actor)


def is_local_crime(trig: TriggerMatch) -> bool:
    """A crime or riot among the people of a place ("बलात्कार", "पीट-पीटकर", "हिंसा": ``local_doers``)."""
    local = local_doers()
    return trig.trigger.mode in local.modes or trig.trigger.pattern in local.patterns


def local_doer(doc: Document, bounds: tuple[int, int], near: list[Entity]) -> Entity:
    """Who did a crime or riot the text tells with no doer: someone unknown of the country it
    happened in (the sentence's place, else that of those it befell where the text gives it:
    ``told_country``); unknown of no country when neither is known."""
    home = context_country(doc, *bounds) or country_entity(doc, told_country(doc, near))
    return generic_entity(local_doers().actor, home) if home is not None else unknown_actor()


@dataclass(frozen=True, slots=True)
class DoneBy:
    participles: tuple[tuple[str, ...], ...]
    markers: frozenset[str]
    between: frozenset[str]
    endings: tuple[str, ...]
    reach: int
    aimed_marker: str
    agent_markers: frozenset[str]
    aimed_reach: int
    doer_sectors: frozenset[str]
    agent_nouns: tuple[tuple[str, ...], ...]
    partner_marker: str
    persons_marker: str  # whom a deed done to persons (``roles`` column ``persons``) is done to
    persons_rows: frozenset[str]  # other rows done to the one marked so: "युवक से मारपीट"
    agent_noun_types: frozenset[str]
    recipient_marker: str
    aimed_types: frozenset[str] = frozenset()
    participle_words: frozenset[str] = frozenset()
    infinitive_ending: str = ""
    victim_marker: str = ""
    members_marker: str = ""
    owned_types: frozenset[str] = frozenset()
    imminent_after: frozenset[str] = frozenset()
    participle_rows: frozenset[str] = frozenset()
    side_participles: tuple[tuple[str, ...], ...] = ()  # "पाकिस्तान की ओर से हुई फायरिंग"
    side_markers: frozenset[str] = frozenset()
    qualifiers: frozenset[str] = frozenset()  # "की गई भारी गोलाबारी": between the participle and the noun


@cache
def done_by() -> DoneBy:
    data = load_yaml("attacks.yaml")["done_by"]
    return DoneBy(tuple(tuple(p.split()) for p in data["participles"]), frozenset(data["markers"]),
                  frozenset(data["between"]), tuple(data["endings"]), int(data["reach"]),
                  str(data["aimed_marker"]), frozenset(data["agent_markers"]), int(data["aimed_reach"]),
                  frozenset(data["doer_sectors"]), tuple(tuple(p.split()) for p in data["agent_nouns"]),
                  str(data["partner_marker"]), str(data["persons_marker"]),
                  frozenset(data["persons_rows"]), frozenset(data["agent_noun_types"]), str(data["recipient_marker"]),
                  frozenset(data["aimed_types"]), frozenset(data["participle_words"]), str(data["infinitive_ending"]),
                  str(data["victim_marker"]), str(data["members_marker"]), frozenset(data["owned_types"]),
                  frozenset(data["imminent_after"]), frozenset(data["participle_rows"]),
                  tuple(tuple(p.split()) for p in data["side_participles"]), frozenset(data["side_markers"]),
                  frozenset(data["qualifiers"]))


@cache
def attack_means() -> frozenset[tuple[str, ...]]:
    """The means of attack of ``done_by.means``, every inflected form, word by word."""
    return frozenset(tuple(form.split()) for noun in load_yaml("attacks.yaml")["done_by"]["means"]
                     for form in expand_form(noun))


def means_doer(doc: Document, slots: list[Slot], trig: TriggerMatch) -> list[Entity]:
    """"अमेरिकी ड्रोन के हमले में", "रूसी विमानों की बमबारी में": a demonym right before a means of
    attack (``done_by.means``) in the genitive right before the attack word is the doer's."""
    tokens, genitive = doc.tokens, load_role_words().genitive
    k = trig.first - 1
    if trig.trigger.plover != "ASSAULT" or k < 1 or tokens[k].text not in genitive:
        return []
    for means in attack_means():
        start = k - len(means)
        if start > 0 and tuple(t.text for t in tokens[start:k]) == means:
            owner = next((s for s in slots if s.rule == "kb:demonym" and s.marker == "" and s.last == start), None)
            if owner is not None:
                return owner.entities[:1]
    return []


def participle_doer(doc: Document, slots: list[Slot], trig: TriggerMatch) -> list[Entity]:
    """"उग्रवादियों द्वारा किए गए हमले", "डकैतों के घात लगाकर किए गए हमले": an attack noun right after
    a participle of doing names its doer, the actor marked द्वारा or के before the participle with
    only words of manner between (``done_by`` in attacks.yaml); so does a row that opens on its own
    participle ("बदमाशों की ओर से चली गोली": ``participle_rows``), or a participle of happening after
    the side it came from ("पाकिस्तान की ओर से हुई फायरिंग": ``side_participles``, ``side_markers``);
    none for "थाने पर किए गए हमले"."""
    if trig.trigger.plover != "ASSAULT":
        return []
    rules, tokens = done_by(), doc.tokens
    k = trig.first - 1
    while k > 0 and tokens[k].text in rules.qualifiers and not ends_clause(doc, k - 1):
        k -= 1  # "पाकिस्तान की ओर से हुई भारी गोलाबारी"
    size = next((len(words) for words in rules.participles if ends_words(doc, k, words)), 0)
    if aimed := aimed_doer(doc, slots, k - size):
        return aimed
    side = 0 if size else next((len(words) for words in rules.side_participles if ends_words(doc, k, words)), 0)
    if not size + side and trig.trigger.pattern not in rules.participle_rows:
        return []
    markers = rules.side_markers if side else rules.markers
    k -= size + side
    for _ in range(rules.reach):
        if k < 0 or ends_clause(doc, k):
            return []
        if doer := marked_doer(slots, k, markers):
            return doer  # "पाकिस्तान की ओर से की गई": the marker's last word is one of the words between
        text = tokens[k].text
        if text not in rules.between and not text.endswith(rules.endings):
            break
        k -= 1
    return marked_doer(slots, k, markers)


def doers_after(doc: Document, slots: list[Slot], trig: TriggerMatch) -> Roles | None:
    """"पुलिस ने सिपाही पर हमला करने वाले दो युवकों को गिरफ्तार किया": an attack word followed by a
    participle of doing (``agent_nouns``) describes its doers, the actor right after it (a count
    of them allowed between), never the clause's agent; aimed as ``described_target`` says.
    With no actor after it ("हमला करने वालों के खिलाफ"), no side is named: roles with no source;
    with "में" after it, those listed next did it, read elsewhere ("घेराव करने वालों में X, Y मौजूद
    रहे": ``protests.listed_doers``). So too a riot ("पुलिस ने पथराव करने वालों की पहचान की": not the
    police's) and a supply ("नक्सलियों को हथियार मुहैया कराने वाले दो लोगों": ``agent_noun_types``),
    aimed at its recipient marked को right before its word."""
    if trig.trigger.plover not in done_by().agent_noun_types:
        return None
    start = agent_noun_end(doc, trig)
    if start < 0:
        return None
    if start < len(doc.tokens) and doc.tokens[start].text == done_by().members_marker:
        return None  # "घेराव करने वालों में X, Y मौजूद रहे": those listed after it (protests.listed_doers)
    k = start
    while k < len(doc.tokens) and is_count(doc.tokens[k].text) and not ends_clause(doc, k):
        k += 1  # "हमला करने वाले दस लोगों": a count before them
    slot = next((s for s in slots if s.first in (start, k)), None)
    doers = slot.entities[:1] if slot is not None else []
    if trig.trigger.plover not in done_by().aimed_types:
        given = [s for s in slots if s.marker_end == trig.first and s.marker == done_by().recipient_marker]
        return Roles(doers, list(given[-1].entities) if given else [], "agent")
    return Roles(doers, described_target(doc, slots, trig), "agent")


def agent_noun_end(doc: Document, trig: TriggerMatch) -> int:
    """Where the participle of doing that makes the deed at ``trig`` a description of its doers ends
    ("हमला करने वाले", "छेड़खानी करने वाले": the row's verb {करना} may be the participle's first word;
    "गोली चलाने वाले", "पीटने वाले": the row's own oblique infinitive before ``participle_words``); -1
    for none, or for a participle before an auxiliary (``imminent_after``: "मजदूर विरोध करने वाले हैं",
    about to protest)."""
    rules, tokens = done_by(), doc.tokens
    starts = (trig.last, trig.last - 1) if trig.last - 1 > trig.first else (trig.last,)
    found = next(((b, w) for b in starts for w in rules.agent_nouns if b + len(w) <= len(tokens)
                  and ends_words(doc, b + len(w) - 1, w)), None)
    end = found[0] + len(found[1]) if found is not None else -1
    k = trig.last
    if found is None and k < len(tokens) and tokens[k].text in rules.participle_words and tokens[k - 1].text.endswith(
            rules.infinitive_ending) and not ends_clause(doc, k - 1):
        end = k + 1
    if 0 <= end < len(tokens) and tokens[end].text in rules.imminent_after and not ends_clause(doc, end - 1):
        return -1  # "विरोध करने वाले हैं": a deed about to be done by the clause's subject
    return end


def described_target(doc: Document, slots: list[Slot], trig: TriggerMatch) -> list[Entity]:
    """Whom an attack its doers are described by was aimed at: the actor marked पर (a few words of
    manner allowed between: "पुलिस बल पर लाठी-डंडों से हमला करने वाले"), the one marked के साथ right
    before it ("डॉक्टरों के साथ मारपीट करने वाले") or ``victim_marker`` ("व्यापारी को गोली मारने वाले"),
    or ``persons_marker`` for a deed done to persons ("युवती से छेड़छाड़ करने वाला"), or, for a deed told
    by its patient or a protest (``owned_types``), the genitive right before it ("व्यापारी की हत्या करने
    वाले", "पार्षदों का घेराव करने वाले")."""
    rules, roles = done_by(), trig.trigger.roles
    near = [s for s in slots if s.marker_end == trig.first and (
        s.marker in (rules.partner_marker, rules.victim_marker) or (s.marker == rules.persons_marker and (
            roles == "persons" or trig.trigger.pattern in rules.persons_rows))
        or ((roles == "patient" or trig.trigger.plover in rules.owned_types) and s.marker in load_role_words().genitive))]
    if not near:
        return aimed_target(doc, slots, trig, rules.aimed_reach // 2)
    # "महिला यात्री से": a generic noun right before the marked one tells who more nearly
    kind = [s for s in slots if s.marker == "" and s.marker_end == near[-1].first and s.rule == "generic"]
    return aimed_target(doc, slots, trig, rules.aimed_reach // 2) or list((kind or near)[-1].entities)


def marked_doer(slots: list[Slot], k: int, markers: frozenset[str] | None = None) -> list[Entity]:
    """The actor of a slot marked as a doer (``markers``, else ``done_by`` markers) that ends at token k."""
    markers = done_by().markers if markers is None else markers
    slot = next((s for s in slots if s.marker in markers and s.marker_end - 1 == k), None)
    return slot.entities[:1] if slot is not None else []


def aimed_doer(doc: Document, slots: list[Slot], k: int) -> list[Entity]:
    """The doer of an attack noun told with its target marked पर (token k ends the target): "तुर्की
    के सीरिया पर हमले", "नक्सलियों के पुलिस दल पर किए गए हमले" (a genitive right before another side
    aimed at, or before the demonym of the thing aimed at: not its owner), "उग्रवादियों द्वारा सेना के शिविर पर किए गए हमले" (``agent_markers``
    within ``aimed_reach`` words, no clause break); not "सेना के शिविर पर" (a genitive owns a thing)."""
    rules = done_by()
    if k < 0 or doc.tokens[k].text != rules.aimed_marker:
        return []
    aimed = next((s for s in slots if (s.marker == rules.aimed_marker and s.marker_end - 1 == k) or (
        s.rule == "kb:demonym" and s.marker == "" and 0 <= k - s.marker_end <= 2)), None)  # "इजरायली चौकियों पर"
    owner = next((s for s in slots if aimed is not None and s.marker_end == aimed.first), None)
    if aimed is not None and owner is not None and owner.marker in rules.markers:
        doer = owner.entities[0]
        owned = all(e.kind == "generic" for e in aimed.entities) and doer.sector not in rules.doer_sectors
        return [doer] if other_side(doer, aimed.entities) and not owned else []  # not "पुलिस के जवानों पर"
    doers = [s for s in slots if s.marker in rules.agent_markers and 0 <= k - s.marker_end < rules.aimed_reach
             and not gap_has_break(doc.body, doc.tokens, s.marker_end, k)]
    return doers[-1].entities[:1] if doers else []


def ends_words(doc: Document, k: int, words: tuple[str, ...]) -> bool:
    """The tokens ending at index k are ``words``, with no clause break among them."""
    first = k - len(words) + 1
    if first < 0 or any(ends_clause(doc, j) for j in range(first, k)):
        return False
    return tuple(t.text for t in doc.tokens[first: k + 1]) == words


def told_doer(doc: Document, trig: TriggerMatch, agents: list[Entity], slots: list[Slot], start: int) -> list[Entity]:
    """The doer named with the last hostile deed between ``start`` and the condemnation, marked
    द्वारा or की ओर से before a participle of doing ("पाकिस्तान की ओर से की गई गोलीबारी"), when of
    another side than the condemning one."""
    deeds = [m for m in load_triggers().find(doc.tokens, start, trig.first)
             if m.trigger.plover in load_implicit_actors().condemned_types]
    doers = participle_doer(doc, slots, deeds[-1]) if deeds else []
    return [d for d in doers if other_side(d, agents)]
