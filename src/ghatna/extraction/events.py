"""Event stage: who did what to whom, when and where, with modality and evidence.

For each sentence: triggers from the lexicon (not inside direct quotes, not references
back such as "इस बैठक" or "बातचीत के बाद"); the source from the agent (X ने, X द्वारा,
the nearest bare subject of a verb), or the participants of a nominal form (X और Y की
मुलाकात, X की Y से मुलाकात, X और Y के बीच बैठक, पुतिन की चीन यात्रा); the target from
को / से / के साथ / के खिलाफ / पर / a genitive; modality from the words around the
trigger; the date nearest the trigger in its sentence (else the dateline's date for the
article's own, asserted events). The place is the ``event_places`` stage's, which runs later
and sets one only where the words tie it to the event. Reports of one happening inside one
article are merged.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cache

from ghatna.document import Document, Entity, Event, Sentence, Span
from ghatna.extraction.agentless import (
    agentless_roles,
    aimed_target,
    implicit_actor,
    local_doer,
    patient_roles,
    struck_crowd,
    victims,
)
from ghatna.extraction.article_reports import is_sports_report, merge_reports
from ghatna.extraction.attack_events import (
    aimed,
    anchored,
    as_words,
    claimed_roles,
    condemned_doers,
    deed_condemned,
    harm_follows,
    harm_told,  # noqa: F401  (the learned detector's veto reads it here)
    is_claimed,
    named_after,
    tells_no_attack,
    victims_of_deed,
)
from ghatna.extraction.dates import build_date_finder
from ghatna.extraction.event_dates import event_date
from ghatna.extraction.event_roles import (
    SYMMETRIC,
    Roles,
    accuses,
    agent_roles,
    ends_clause,
    index_range,
    participants,
    partner_marked,
    place_target,
    reported_clause,
    speaker_of,
    verb_follows,
)
from ghatna.extraction.event_sides import (
    as_actor,
    is_harmless_warning,
    of_one_country,
    placed,
)
from ghatna.extraction.felled import felled_matches, felled_roles, felled_word_in
from ghatna.extraction.implicit_actors import load_implicit_actors, retyped, spoken_types
from ghatna.extraction.lexicon import EntityResources, build_resources
from ghatna.extraction.modality import (
    conditional_role,
    conditional_span,
    denied_from,
    is_promise,
    load_modality,
    modality_of,
    with_promise,
)
from ghatna.extraction.paradigms import load_paradigms
from ghatna.extraction.quotes import quote_spans
from ghatna.extraction.references import sentence_slots
from ghatna.extraction.role_targets import recipients
from ghatna.extraction.roles import Slot, demands_of_centre, load_role_words
from ghatna.extraction.triggers import TriggerMatch, phrases_in
from ghatna.pipeline import Context, stage
from ghatna.resources import load_yaml
from ghatna.text.datewords import DateFinder

DENIAL_REACH = 7
ASKED_GAP = 2
CONTENT_REACH = 3  # "मांग की थी कि": the words between a demand and the "कि" that opens what it asks
PARTICIPLE_TYPES = frozenset({"COERCE", "CONCEDE"})  # गिरफ्तार, रिहा, नजरबंद …
ONE_SIDED = frozenset({"ASSAULT", "MOBILIZE", "PROTEST", "THREATEN", "RETREAT", "AID"})
PLACE_TARGET_TYPES = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "PROTEST"})
TRAVELLERS = frozenset({"CVL"})  # sectors whose visits are travel, not diplomacy


def is_called_for(doc: Document, trig: TriggerMatch) -> bool:
    """"सहयोग बढ़ाने पर जोर दिया": the event is urged, not done; "युद्धविराम की अपील",
    "नरसंहार का आरोप": it is what a demand or a charge is about."""
    rules = load_modality()
    after = tuple(t.text for t in doc.tokens[trig.last: trig.last + 2])
    if after in rules.called_for:
        return True
    if any(t.text in rules.subjunctive or t.text in rules.wish or t.text == "चाहिए"
           for t in doc.tokens[trig.last: trig.last + 3]):
        return True  # "मछुआरों को रिहा किया जाए", "विरोध करना चाहिए", "मिलकर काम करना चाहता है"
    asked = doc.tokens[max(trig.first - 1, 0): trig.first] + doc.tokens[trig.last - 1: trig.last + 1]
    if trig.last + 1 < len(doc.tokens) and doc.tokens[trig.last].text in rules.prohibitive:
        asked.append(doc.tokens[trig.last + 1])  # "आम जन इस टेस्ट की मांग न करें": asked not to be done
    if any(t.text in rules.requested_forms for t in asked):
        return True  # "अपील की कि वे सरकार के साथ सहयोग करें", "पीएम मोदी करें बैठक": asked for, not done
    if denied_after(doc, trig):
        return True  # "रासायनिक हमले में अपना हाथ होने से इनकार करती है": what is denied
    return embedded_under(doc, trig, rules.embedded_in)


def embedded_under(doc: Document, trig: TriggerMatch, nouns: frozenset[str]) -> bool:
    """The trigger tied to one of ``nouns`` after it in its clause: "युद्धविराम की अपील",
    "बातचीत शुरू करने की अपील", "हमले की निंदा"."""
    rules = load_modality()
    particles = load_paradigms().particles
    for k in range(trig.last, min(trig.last + rules.embedded_window, len(doc.tokens) - 2)):
        if k > trig.last and ends_clause(doc, k - 1):
            return False
        noun = k + 2 if doc.tokens[k + 1].text in particles else k + 1
        if doc.tokens[k].text in rules.embedded_markers and doc.tokens[noun].text in nouns:
            return True
    return False


def refers_back(doc: Document, trig: TriggerMatch) -> bool:
    """"फ्रांस ने भी इस हमले की निंदा की", "हत्या का बदला लेने की धमकी": a deed of a type the
    article has told before, named as what a condemnation, an inquiry or revenge is about, is
    that deed again, not a new one."""
    told = {e.type for e in doc.events}
    return trig.trigger.plover in told and embedded_under(doc, trig, load_modality().back_reference_in) \
        and not is_claimed(doc, trig)  # "हमले की जिम्मेदारी ली": the claim names who did it


def is_state(doc: Document, trig: TriggerMatch) -> bool:
    """"सुरक्षा बल भी तैनात हैं": a state, not a deed."""
    rules = load_modality()
    if trig.last - trig.first != 1 or doc.tokens[trig.first].text not in rules.stative_words:
        return False
    k = trig.last
    while k < len(doc.tokens) and doc.tokens[k].text in ("में", *load_paradigms().particles) and not ends_clause(doc, k - 1):
        k += 1
    return k < len(doc.tokens) and not ends_clause(doc, k - 1) and doc.tokens[k].text in rules.stative_after


def denied_after(doc: Document, trig: TriggerMatch) -> bool:
    """"X में (अपना) हाथ होने से इनकार": the trigger is what a denial is about (same clause)."""
    denial = load_modality().denial
    for k in range(trig.last, min(trig.last + DENIAL_REACH, len(doc.tokens) - 1)):
        if k > trig.last and ends_clause(doc, k - 1):
            return False
        if doc.tokens[k].text == "से" and doc.tokens[k + 1].text in denial:
            return True
    return False


def ends_in_genitive(doc: Document, trig: TriggerMatch) -> bool:
    """"सहयोग की सराहना": a light-verb pattern whose "की" is a genitive, not the verb."""
    words = load_role_words()
    if doc.tokens[trig.last - 1].text not in words.genitive or trig.last >= len(doc.tokens):
        return False
    nxt = doc.tokens[trig.last].text
    return not ends_clause(doc, trig.last - 1) and nxt not in words.clause_goes_on and nxt not in load_modality().past


def is_reference(doc: Document, trig: TriggerMatch, slots: list[Slot] | None = None) -> bool:
    """"इस बैठक में", "बातचीत के बाद": the trigger refers to an event told elsewhere; not
    "Y से फोन पर हुई बातचीत के दौरान", whose partner is named with it."""
    words = load_role_words()
    if trig.first > 0 and doc.tokens[trig.first - 1].text in words.anaphora:
        return not is_claimed(doc, trig)  # "इस हमले की जिम्मेदारी ली": who did it, told anew
    after = tuple(t.text for t in doc.tokens[trig.last: trig.last + 2])
    if any(after[: len(ref)] == ref for ref in words.reference_after):
        # "अमरीकी बलों पर ईरानी मिसाइल हमले के बाद": an attack with its target marked before it is told
        # anew; not "… हमले के बाद की स्थिति", a state after it. So is one whose harm the clause
        # goes on to tell ("मुठभेड़ के दौरान दो बदमाश घायल हो गए").
        told_anew = (aimed(doc, slots or [], trig) and not modifies_noun(doc, trig.last + 2)) \
            or harm_follows(doc, trig)
        return not (slots and (partner_marked(slots, trig) or told_anew))
    word = doc.tokens[trig.last - 1].text
    nxt = [t.text for t in doc.tokens[trig.last: trig.last + 2]]
    if nxt[1:] and nxt[1] in words.announce:
        return False
    if trig.first > 1 and doc.tokens[trig.first - 1].text in words.genitive:
        return False  # "रूस के हमलों": attacks someone made, not attacks in general
    return word.endswith("ों") and trig.trigger.tokens[-1].endswith("*") and not verb_follows(doc, trig) \
        and not harm_follows(doc, trig)


def modifies_noun(doc: Document, k: int) -> bool:
    """A genitive at token k: the phrase before it describes a noun ("हमले के बाद की स्थिति")."""
    return k < len(doc.tokens) and doc.tokens[k].text in load_role_words().genitive


def in_quote(start: int, quotes: list[tuple[int, int]]) -> bool:
    return any(a <= start < b for a, b in quotes)


def confidence_of(roles: Roles, trig: TriggerMatch, modality: str) -> float:
    score = 0.45 + (0.2 if roles.rule in ("agent", "between", "nominal", "nominal_pair") else 0.05)
    score += 0.2 if roles.target else 0.0
    score += 0.1 if len(trig.trigger.tokens) > 1 else 0.0
    return round(min(0.95, score - (0.1 if modality == "possible" else 0.0)), 3)


@dataclass(slots=True)
class SentenceView:
    """A sentence being coded and what all its triggers share."""

    doc: Document
    sent: Sentence
    first: int
    last: int
    slots: list[Slot]
    finder: DateFinder
    res: EntityResources

    @property
    def bounds(self) -> tuple[int, int]:
        return self.first, self.last


def sentence_view(doc: Document, sent: Sentence, finder: DateFinder, res: EntityResources) -> SentenceView:
    first, last = index_range(doc, sent)
    return SentenceView(doc, sent, first, last, sentence_slots(doc, first, last, unlinked=True), finder, res)


def telling_triggers(view: SentenceView, quotes: list[tuple[int, int]]) -> list[TriggerMatch]:
    """The sentence's lexicon phrases that tell an event: not in a direct quote, not a reference
    back, not what a demand, charge or denial is about, not a genitive, not an actor's word, not
    a participle describing an actor. Removes the actor words inside kept phrases from the slots."""
    doc = view.doc
    found = [with_promise(doc.tokens, t) for t in phrases_in(doc, view.first, view.last)]
    triggers = [t for t in found
                if not in_quote(t.start, quotes) and not is_reference(doc, t, view.slots) and not is_called_for(doc, t)
                and not ends_in_genitive(doc, t)]
    triggers, view.slots = separate_actor_words(triggers, view.slots)
    return [t for k, t in enumerate(triggers) if not asked_for(t, triggers[k + 1:]) and not demand_content(doc, t, triggers[:k])
            and not describes_actor(doc, t, view.slots) and not is_state(doc, t) and not refers_back(doc, t)
            and not tells_no_attack(doc, t, view.bounds) and not told_not_asked(doc, t, view.last)]


def told_not_asked(doc: Document, trig: TriggerMatch, last: int) -> bool:
    """"X ने Y से कहा कि वह …" asks Y only when what follows is asked ("… सुनिश्चित करे"): a
    clause that ends in a statement's or a promise's verb ("कि वह निर्दोष है", "कि वह मदद करेगा")
    tells, it asks nothing (rows whose ``roles`` column says ``asked``)."""
    if trig.trigger.roles != "asked":
        return False
    rules = load_modality()
    k = trig.last
    while k < last - 1 and not ends_clause(doc, k):
        k += 1
    word = doc.tokens[k].text if k < len(doc.tokens) else ""
    return word in rules.statement_endings or (len(word) > 3 and word.endswith(rules.future_suffixes))


def sentence_events(doc: Document, sent: Sentence, finder: DateFinder, quotes: list[tuple[int, int]],
                    res: EntityResources) -> list[Event]:
    first, last = index_range(doc, sent)
    if not phrases_in(doc, first, last) and not felled_word_in(doc, first, last):
        return []
    view = sentence_view(doc, sent, finder, res)
    triggers = telling_triggers(view, quotes)
    denied = denied_from(doc.tokens, first, last)
    condition = conditional_span(doc.tokens, first, last)
    triggers = [as_threat(t) if conditional_role(condition, t.first) == "consequence" else t
                for t in triggers if conditional_role(condition, t.first) != "condition"]
    events = []
    for k, trig in enumerate(triggers):
        if denied is not None and trig.first < denied and doc.tokens[trig.first].text in load_modality().denial:
            continue  # "इनकार किया कि …" is the denial itself, not a rejection event
        stop = triggers[k + 1].first if k + 1 < len(triggers) else last
        told = trigger_events(view, trig, stop, denied)
        told += riot_harm(view, trig, stop, denied, told)
        events += told + speech_charges(view, trig, told)
    for trig in felled_matches(doc, view.slots, view.bounds, triggers):  # "दो घुसपैठिए ढेर"
        events += trigger_events(view, trig, last, denied, roles_of=lambda v, t: felled_roles(v.doc, v.slots, t, v.bounds))
    return events


def riot_harm(view: SentenceView, trig: TriggerMatch, stop: int, denied: int | None, told: list[Event]) -> list[Event]:
    """"नूंह में हुई हिंसा में दो होमगार्ड मारे गए", "भीड़ ने थाने पर पथराव किया जिसमें तीन सिपाही
    घायल हो गए": a riot or clash told with people killed or wounded in it is an attack as well
    (the annotation rules R6 and R19), by the same side, on those harmed when no target is named
    (``riot_harm_modes`` in attacks.yaml); with no side named, by someone of the place
    (``local_doer``: "सूडान में झड़पों में 36 लोगों की मौत" was done by people of Sudan)."""
    if not told or trig.trigger.mode not in riot_harm_modes() or not harm_follows(view.doc, trig):
        return []
    assault = replace(trig.trigger, plover="ASSAULT", cameo="190", goldstein=-10.0, mode=None)
    events = trigger_events(view, replace(trig, trigger=assault), stop, denied)
    return [replace(e, source=local_doer(view.doc, view.bounds, [e.target] if e.target else []))
            if e.source is not None and e.source.kind == "unknown" and not e.source.country else e for e in events]


@cache
def riot_harm_modes() -> frozenset[str]:
    return frozenset(load_yaml("attacks.yaml")["riot_harm_modes"])


def speech_charges(view: SentenceView, trig: TriggerMatch, told: list[Event]) -> list[Event]:
    """"X ने कहा कि Y ने हमला किया": X's charge against Y, beside Y's attack."""
    if trig.trigger.plover not in load_implicit_actors().accused_in_speech:
        return []
    speaker = speaker_of(view.doc, view.slots, trig.first)
    if speaker is None:
        return []
    charges = []
    for event in told:
        if event.modality in ("asserted", "possible") and accuses(speaker, event.source):
            evidence = replace(event.evidence, rule=f"speech-charge:{event.evidence.rule}")
            charges.append(Event("ACCUSE", None, "112", -2.0, speaker, event.source, "asserted", evidence,
                                 event.trigger, event.date, event.date_evidence, event.location,
                                 round(event.confidence * 0.9, 3)))
    return charges


def find_roles(view: SentenceView, trig: TriggerMatch) -> Roles | None:
    doc, slots = view.doc, view.slots
    roles = (claimed_roles(doc, slots, trig) or patient_roles(doc, slots, trig, view.bounds)
             or participants(slots, trig, doc) or agent_roles(doc, slots, trig)
             or agentless_roles(doc, slots, trig, view.bounds))
    if roles is None or not complete_roles(doc, slots, trig, roles, view.bounds):
        return None
    return roles


def trigger_events(view: SentenceView, trig: TriggerMatch, stop: int, denied: int | None = None,
                   rule: str | None = None, confidence: float | None = None, min_roles: float = 0.0,
                   roles_of: Callable[[SentenceView, TriggerMatch], Roles | None] = find_roles) -> list[Event]:
    """The events one trigger tells: roles (``roles_of``, the role finder unless a learned
    component reads them otherwise), modality, date, place. ``rule`` and ``confidence``
    replace the lexicon's for events a learned component found."""
    doc = view.doc
    _opening, clause = reported_clause(doc, view.first, trig.first)
    if clause == "threat" and trig.trigger.plover != "THREATEN":
        return []  # "चेतावनी दी कि वह हमला करेगा": the threat's content, not an event
    roles = roles_of(view, trig)
    if roles is None or (trig.trigger.roles == "possessor" and roles.rule != "possessor"):
        return []  # "पुलिस की गोली से": only a doer named as the owner of the bullet tells an attack
    modality, _cue = modality_of(doc.tokens, trig.first, trig.last, clause_stop(doc, trig, stop), view.first)
    if denied is not None and trig.first >= denied:
        modality = "negated"
    elif clause == "claim" and modality == "asserted" and trig.trigger.roles != "speaker":
        modality = "possible"  # "दावा किया कि Y ने हमला किया": claimed, not told as fact
    elif modality == "planned" and is_threat_content(doc, trig):
        modality = "asserted"  # "तो अमरीका … निशाना बनाएगा", "भारी कीमत चुकानी पड़ेगी": the threat is made
    elif modality == "asserted" and is_promise(doc.tokens, trig):
        modality = "planned"  # "राहत पैकेज का आश्वासन दिया": the help is still to come
    when, when_span = event_date(doc, view.sent, trig, modality, view.finder)
    events = make_events(doc, view.sent, trig, roles, (modality, when, when_span), view.res, rule, confidence,
                         min_roles)
    return [as_words(doc, e) for e in events]  # "भाजपा ने सरकार पर हमला किया": a charge in words


def clause_stop(doc: Document, trig: TriggerMatch, stop: int) -> int:
    """Where the words that set a trigger's modality end: at the next trigger or the end of its
    clause ("निर्भर रहना होगा, आम जन … मांग न करें": the negation is the next clause's)."""
    return next((k + 1 for k in range(trig.last - 1, stop) if ends_clause(doc, k)), stop)


def is_threat_content(doc: Document, trig: TriggerMatch) -> bool:
    """A threat told by what will befall its target: the future is what is threatened, the
    threat itself is made. Not "चेतावनी जारी करेगा", a threat still to be made."""
    return trig.trigger.plover == "THREATEN" and doc.tokens[trig.first].text not in load_modality().threat_words


def demand_content(doc: Document, trig: TriggerMatch, earlier: list[TriggerMatch]) -> bool:
    """"X ने मांग की थी कि … कार्रवाई की जानी चाहिए": what someone should do, told in the clause a
    demand opens with "कि", is what that demand asks, not a demand of the one who reports it."""
    if trig.trigger.roles != "speaker" or trig.trigger.plover != "REQUEST" or not earlier \
            or earlier[-1].trigger.plover != "REQUEST":
        return False
    openers = load_modality().content_openers
    return any(doc.tokens[k].text in openers for k in range(earlier[-1].last, min(trig.first, earlier[-1].last + CONTENT_REACH)))


def asked_for(trig: TriggerMatch, later: list[TriggerMatch]) -> bool:
    """"छात्रों को रिहा करने को कहा": what a request right after it asks for is no deed."""
    return bool(later) and later[0].trigger.plover == "REQUEST" and later[0].first - trig.last <= ASKED_GAP


def describes_actor(doc: Document, trig: TriggerMatch, slots: list[Slot]) -> bool:
    """"गिरफ्तार छात्रों की रिहाई": a one-word participle right before an actor describes it;
    "मौके पर पहुंचे पुलिसकर्मियों", "स्टेशन पर तैनात पुलिस": so does a trigger ending in a
    participle right before a group."""
    if trig.last - trig.first == 1 and trig.trigger.plover in PARTICIPLE_TYPES:
        return any(s.first == trig.last for s in slots)
    if doc.tokens[trig.last - 1].text not in load_modality().participles or ends_clause(doc, trig.last - 1):
        return False
    return any(s.first == trig.last and is_group(s) for s in slots)


def as_threat(trig: TriggerMatch) -> TriggerMatch:
    """A hostile deed told as what follows if a condition is met is a threat, not a deed."""
    if trig.trigger.plover not in load_modality().consequence_threat_types:
        return trig
    return replace(trig, trigger=replace(trig.trigger, plover="THREATEN", cameo="130", goldstein=-4.4, mode=None))


def separate_actor_words(triggers: list[TriggerMatch], slots: list[Slot]) -> tuple[list[TriggerMatch], list[Slot]]:
    """A one-word trigger that is an actor's word ("प्रदर्शनकारियों", "हमलावरों") is no trigger;
    an actor's word inside a longer trigger ("सैनिक भेजे", "सेना हटाई") is no actor."""
    actor_words = {i for s in slots if is_group(s) for i in range(s.first, s.last)}
    kept = [t for t in triggers if t.last - t.first > 1 or t.first not in actor_words]
    inside = {i for t in kept for i in range(t.first, t.last)}
    return kept, [s for s in slots if not is_group(s) or not inside & set(range(s.first, s.last))]


def is_group(slot: Slot) -> bool:
    return any(e.kind in ("generic", "unknown") for e in slot.entities)


def complete_roles(doc: Document, slots: list[Slot], trig: TriggerMatch, roles: Roles,
                   bounds: tuple[int, int]) -> bool:
    """Fill a missing target: the victims of an attack, whom it was aimed at ("अमरीकी बलों पर", the
    owner of a thing attacked: "अमरीकी सैन्य ठिकानों पर"), the place attacked ("X में"), the
    default target of the type (a protest's government); False when none can be had for
    an event told by its possessor ("रूस के हमले") alone."""
    plover = trig.trigger.plover
    if not roles.targets and plover == "ASSAULT":
        roles.targets = (victims(doc, slots, trig, roles.sources) or aimed_target(doc, slots, trig)
                         or struck_crowd(doc, trig, bounds, roles.sources))
    if not roles.targets and plover in PLACE_TARGET_TYPES:
        roles.targets = place_target(slots, roles)
    if not roles.targets and plover == "AID":
        roles.targets = recipients(slots, trig)
    if plover in load_implicit_actors().condemns and (not roles.targets or victims_of_deed(doc, slots, trig, roles)):
        roles.targets = condemned_doers(doc, trig, roles.sources, bounds[0])  # never whom the deed befell
    elif plover in load_implicit_actors().condemns and deed_condemned(doc, trig) and named_after(slots, trig, roles):
        roles.targets = condemned_doers(doc, trig, roles.sources, bounds[0]) or roles.targets
    default = load_implicit_actors().targets.get(plover)
    if trig.trigger.mode in load_implicit_actors().named_target_modes:
        default = None  # a curfew or a sealed area with no one named is a policy, not an act on someone
    if not roles.targets and default is not None:
        implied = implicit_actor(doc, default, bounds, roles.sources)
        speech = plover in spoken_types()  # a state's demand is its government's; a protest "in" it is its people's
        if not any(s.country == implied.country and not demands_of_centre(s, trig.trigger.cameo)
                   and (s.sector == implied.sector or (speech and s.kind == "country")) for s in roles.sources):
            roles.targets = [implied]  # a government's own demand is not aimed at itself
    return bool(roles.targets) or roles.rule != "possessor"


def make_events(doc: Document, sent: Sentence, trig: TriggerMatch, roles: Roles,
                told: tuple[str, str | None, Span | None], res: EntityResources, rule: str | None = None,
                score: float | None = None, min_roles: float = 0.0) -> list[Event]:
    """Events from one trigger's roles, one per source and target; ``told`` is the modality,
    date and date evidence. An event a learned component found (``score``) is made only when
    its roles are read at least as surely as ``min_roles``."""
    modality, when, when_span = told
    t = trig.trigger
    bounds = index_range(doc, sent)
    sources = [placed(doc, a, bounds) for a in (as_actor(s, res) for s in roles.sources) if a is not None]
    targets: list[Entity | None] = [placed(doc, a, bounds) for a in (as_actor(s, res) for s in roles.targets)
                                    if a is not None]
    sources, targets = of_one_country(doc, sources, targets)
    barred = load_implicit_actors().not_partners.get(t.plover, frozenset())
    targets = [a for a in targets if a is None or a.sector not in barred]  # talking to the press is no meeting
    if not targets and len(sources) >= 2 and t.plover in SYMMETRIC:
        sources, targets = sources[:1], [sources[1]]
    if not targets and (t.plover not in ONE_SIDED or roles.rule not in ("agent", "implicit", "implicit_state")):
        return []
    surety = confidence_of(roles, trig, modality)
    if surety < (load_implicit_actors().min_confidence if score is None else min_roles):
        return []
    confidence = surety if score is None else score
    evidence = Span(sent.start, sent.end, sent.text, f"{rule or 'trigger:' + t.pattern};roles:{roles.rule}", confidence)
    trigger_span = Span(trig.start, trig.end, doc.body[trig.start: trig.end], f"{t.plover}:{t.cameo}:{t.pattern}")
    events = []
    for src in sources:
        plover, cameo, goldstein = retyped(t.plover, t.mode, t.cameo, t.goldstein, src)
        events += [Event(plover, t.mode, cameo, goldstein, src, target, modality, evidence, trigger_span,
                         when, when_span, None, confidence)
                   for target in targets or [None]
                   if (target is None or src.key != target.key) and (anchored(src) or anchored(target))
                   and not is_travel(t.mode, src, target) and not is_harmless_warning(t.pattern, src)]
    return events


def is_travel(mode: str | None, source: Entity, target: Entity | None) -> bool:
    """A visit to a place in one's own country ("सेना प्रमुख ने अग्रिम चौकियों का दौरा किया") or
    by ordinary people ("कुछ लोग यूएई की यात्रा पर आए थे") is travel, not a visit to an actor."""
    if mode != "visit":
        return False
    home = target is not None and target.kind == "country" and target.country == source.country
    return home or source.sector in TRAVELLERS


@stage("events", needs=["entities", "dates", "sentences"], adds=["events"], hindi_only=True)
def events_stage(doc: Document, ctx: Context) -> Document:
    finder = ctx.resource("dates", build_date_finder)
    res: EntityResources = ctx.resource("entities", build_resources)
    quotes = [(q.start, q.end) for q in quote_spans(doc)]
    doc.events = []  # filled sentence by sentence: "दोनों नेताओं" looks back at the events told so far
    if is_sports_report(doc):
        doc.warnings.append("a sports report: no events coded")
        return doc
    for sent in doc.sentences:
        doc.events += sentence_events(doc, sent, finder, quotes, res)
    doc.events = merge_reports(doc.events)
    return doc
