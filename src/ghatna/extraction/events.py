"""Event stage: who did what to whom, when and where, with modality and evidence.

For each sentence: triggers from the lexicon that tell an event (``telling``: not inside
direct quotes, not references back such as "इस बैठक" or "बातचीत के बाद"); the source from the agent (X ने, X द्वारा,
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
    patient_roles,
)
from ghatna.extraction.article_reports import is_sports_report, merge_reports, told_in_sports
from ghatna.extraction.attack_events import (
    anchored,
    as_words,
    attack_modifiers,
    claimed_roles,
    force_told,
    harm_follows,
    harm_told,  # noqa: F401  (the learned detector's veto reads it here)
    tells_no_attack,
)
from ghatna.extraction.compromises import is_compromise
from ghatna.extraction.contents import in_filed_paper, is_danger_warning
from ghatna.extraction.dates import build_date_finder
from ghatna.extraction.directives import directive_roles
from ghatna.extraction.event_dates import event_date
from ghatna.extraction.event_roles import (
    SYMMETRIC,
    Roles,
    accuses,
    agent_roles,
    ends_clause,
    index_range,
    reported_clause,
    speaker_of,
    speech_opening,
)
from ghatna.extraction.event_sides import (
    as_actor,
    is_harmless_warning,
    of_one_country,
    placed,
    told_sides,
    two_of_a_class,
)
from ghatna.extraction.felled import felled_matches, felled_roles, felled_word_in
from ghatna.extraction.group_clashes import fight_as_riot, group_clash_roles
from ghatna.extraction.headline_pairs import headline_roles
from ghatna.extraction.implicit_actors import load_implicit_actors, retyped
from ghatna.extraction.implied_actors import state_deeds
from ghatna.extraction.lexicon import EntityResources, build_resources
from ghatna.extraction.modality import (
    conditional_role,
    conditional_span,
    denied_from,
    is_announced,
    is_promise,
    last_conjunct,
    load_modality,
    modality_of,
    will_be_held,
    with_promise,
)
from ghatna.extraction.named_doers import doers_after, local_doer
from ghatna.extraction.nominal_roles import participants
from ghatna.extraction.protests import listed_doers, progressive_doers
from ghatna.extraction.quoted_acts import first_person_act, speaker_slots
from ghatna.extraction.quotes import quote_spans
from ghatna.extraction.references import sentence_slots
from ghatna.extraction.reviews import review_directions
from ghatna.extraction.role_completion import complete_roles, deployed_modes, deploys_itself
from ghatna.extraction.roles import Slot
from ghatna.extraction.row_contexts import is_drawdown, lacks_context
from ghatna.extraction.telling import (
    asked_content,
    asked_for,
    asked_side,
    asks_no_one,
    bans_a_practice,
    demand_content,
    describes_actor,
    ends_in_genitive,
    in_quote,
    is_called_for,
    is_reference,
    is_state,
    is_wished,
    names_a_stance,
    refers_back,
    separate_actor_words,
    told_not_asked,
)
from ghatna.extraction.titled_sources import one_person_sources
from ghatna.extraction.told_alone import refused_alone
from ghatna.extraction.triggers import TriggerMatch, phrases_in, shadowed_phrase
from ghatna.extraction.untold import (
    implied_doer_untold,
    is_asked_about,
    is_judged_performance,
    is_relation_to_strengthen,
    letter_tells,
    pronoun_antecedent,
    pronoun_doer,
)
from ghatna.extraction.visits import participle_visit
from ghatna.extraction.withdrawals import is_no_withdrawal
from ghatna.pipeline import Context, stage
from ghatna.resources import load_yaml
from ghatna.text.datewords import DateFinder

NOMINAL_RULES = frozenset({"nominal", "nominal_pair", "between"})  # sides read off a noun

# types told by their agent alone, whom they are aimed at left unsaid ("प्रस्ताव ठुकरा दिया": a refusal
# of a thing offered or of a concession, told_alone.refused_alone)
ONE_SIDED = frozenset({"ASSAULT", "MOBILIZE", "PROTEST", "THREATEN", "RETREAT", "AID", "REJECT"})
TRAVELLERS = frozenset({"CVL"})  # sectors whose visits are travel, not diplomacy


def confidence_of(roles: Roles, trig: TriggerMatch, modality: str) -> float:
    score = 0.45 + (0.2 if roles.rule in ("agent", "between", "nominal", "nominal_pair") else 0.05)
    score += 0.2 if roles.target or roles.forces else 0.0  # whom it is aimed at, or the force a deployment sends
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
    """The sentence's lexicon phrases that tell an event: not in a direct quote (but for a row whose
    agent is the speaker: "X ने कहा, 'सरकार को … करना चाहिए'", and the speaker's own act told in
    the first person: '"हम … निंदा करते हैं," X ने कहा', ``quoted_acts``), not a reference
    back, not what a demand, charge or denial is about, not a genitive, not an actor's word, not
    a participle describing an actor, not a warning of danger, not what a filed paper says.
    Removes the actor words inside kept phrases from the slots."""
    doc = view.doc
    found = [with_promise(doc.tokens, t) for t in phrases_in(doc, view.first, view.last)]
    spoken = [t for t in found if in_quote(t.start, quotes) and first_person_act(doc, t, view.slots, view.bounds)]
    if spoken:
        view.slots = speaker_slots(doc, view.slots, view.bounds, spoken)  # '"हम … निंदा करते हैं," X ने कहा': X
    triggers = [t for t in found
                if (not in_quote(t.start, quotes) or quoted_speaker_row(view, t) or t in spoken)
                and not is_reference(doc, t, view.slots) and not is_called_for(doc, t)
                and not ends_in_genitive(doc, t)]
    triggers, view.slots = separate_actor_words(doc, triggers, view.slots)
    return [t for k, t in enumerate(triggers) if not asked_for(doc, t, triggers[k + 1:]) and not demand_content(doc, t, triggers[:k])
            and not describes_actor(doc, t, view.slots) and not is_state(doc, t) and not refers_back(doc, t)
            and not tells_no_attack(doc, t, view.bounds) and not told_not_asked(doc, t, view.last)
            and not bans_a_practice(doc, t) and not names_a_stance(doc, t) and not is_wished(doc, t, view.first)
            and not asked_content(doc, t, triggers[:k], view.last) and not is_danger_warning(doc, t, view.last)
            and not in_filed_paper(doc, t, view.bounds) and not is_no_withdrawal(doc, t, view.slots)
            and not is_asked_about(doc, t, view.bounds) and not is_relation_to_strengthen(doc, t)
            and not letter_tells(doc, t, view.last) and not is_judged_performance(doc, t)
            and not is_compromise(doc, t, view.slots) and not asks_no_one(t, view.slots)
            and not is_drawdown(doc, t) and not lacks_context(doc, t, view.first, view.last)]


def quoted_speaker_row(view: SentenceView, trig: TriggerMatch) -> bool:
    """A row whose agent is the speaker, quoted after its speaker's verb ("X ने कहा, 'Y को माफी
    मांगनी चाहिए'"): the quote is X's words as "कहा कि" would report them. A quote whose speaker
    is named only after it tells nothing here."""
    return trig.trigger.roles == "speaker" and speech_opening(view.doc, view.slots, trig) > 0


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
        told = trigger_events(unmodified(view, trig), trig, stop, denied) or shadowed_events(view, trig, stop, denied)
        told = group_fight(view, trig, stop, denied, told) + riot_harm(view, trig, stop, denied, told)
        events += told + speech_charges(view, trig, told)
    for trig in felled_matches(doc, view.slots, view.bounds, triggers):  # "दो घुसपैठिए ढेर"
        events += trigger_events(view, trig, last, denied, roles_of=lambda v, t: felled_roles(v.doc, v.slots, t, v.bounds))
    return events


def shadowed_events(view: SentenceView, trig: TriggerMatch, stop: int, denied: int | None) -> list[Event]:
    """An ``abroad`` row that tells nothing (no country closes its border on another: "जिले की
    सीमाएं सील कर दीं") tells what the lexicon reads in its words without such rows: an area
    sealed is COERCE (R27); not a deed of one country on another, which is the row's (R24)."""
    inner = shadowed_phrase(view.doc, trig, view.first, view.last) if trig.trigger.roles == "abroad" else None
    told = trigger_events(view, with_promise(view.doc.tokens, inner), stop, denied) if inner else []
    return [e for e in told if e.source is None or e.target is None or e.source.country in (None, e.target.country)
            or e.target.country is None]


def unmodified(view: SentenceView, trig: TriggerMatch) -> SentenceView:
    """The view without the group words that only say whose attack an attack word is, for a trigger of
    another type (``attack_events.attack_modifiers``: "आतंकी हमले में शहीद जवानों को श्रद्धांजलि")."""
    modifiers = attack_modifiers(view.doc, view.slots, trig, view.bounds)
    return replace(view, slots=[s for s in view.slots if all(s is not m for m in modifiers)]) if modifiers else view


def group_fight(view: SentenceView, trig: TriggerMatch, stop: int, denied: int | None, told: list[Event]) -> list[Event]:
    """"दो गुटों में मारपीट हो गई": a scuffle between two groups the text counts and does not name is
    a riot, one group's on the other (GUIDELINES R19, ``group_clashes.fight_as_riot``); the attack
    stays beside it only when a weapon, a blow's instrument or harm is told (``force_told``)."""
    riot = fight_as_riot(view.doc, view.slots, trig, view.bounds) if told else None
    if riot is None or not all(e.evidence.rule.endswith(";roles:between") for e in told):
        return told
    return trigger_events(view, riot, stop, denied) + [e for e in told if force_told(view.doc, e)]


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
    roles = (claimed_roles(doc, slots, trig) or doers_after(doc, slots, trig) or participle_visit(doc, slots, trig)
             or patient_roles(doc, slots, trig, view.bounds)
             or headline_roles(doc, slots, trig) or group_clash_roles(doc, slots, trig, view.bounds)
             or participants(slots, trig, doc) or listed_doers(doc, slots, trig) or progressive_doers(doc, slots, trig)
             or review_directions(doc, slots, trig, view.bounds) or agent_roles(doc, slots, trig)
             or agentless_roles(doc, slots, trig, view.bounds) or directive_roles(doc, slots, trig, view.bounds))
    if roles is None:
        return None
    roles = asked_side(trig, slots, roles)  # "पत्रकारों से कहा कि राज्यों से कहा गया है कि …": the states
    return roles if complete_roles(doc, slots, trig, roles, view.bounds) else None


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
    if pronoun_doer(doc, trig, view.first, roles):
        roles = pronoun_antecedent(doc, trig, view.first, roles)  # "किसान पहुंचे। उन्होंने …": the farmers
        if roles is None:
            return []  # "उन्होंने एफडीआई का विरोध किया": the pronoun's referent did it, not an implied group
    modality, cue = told_modality(view, trig, stop)
    if denied is not None and trig.first >= denied:
        modality = "negated"
    elif clause == "claim" and modality == "asserted" and trig.trigger.roles != "speaker":
        modality = "possible"  # "दावा किया कि Y ने हमला किया": claimed, not told as fact
    elif clause == "hope" and modality in ("asserted", "planned"):
        modality = "possible"  # "उम्मीद है कि सरकार … आदेश देगी": hoped for, not told as to come
    elif modality == "planned" and is_threat_content(doc, trig):
        modality = "asserted"  # "तो अमरीका … निशाना बनाएगा", "भारी कीमत चुकानी पड़ेगी": the threat is made
    elif modality == "asserted" and (is_promise(doc.tokens, trig) or is_announced(doc.tokens, trig)):
        modality = "planned"  # "राहत पैकेज का आश्वासन दिया", "मुआवजा देने की घोषणा की": still to come
    elif modality == "asserted" and will_be_held(doc.tokens, trig.last, clause_stop(doc, trig, stop)):
        modality = "planned"  # "भारत की चीन से वार्ता कल होगी", "कहा कि चीन से वार्ता कल होगी": to come
    if implied_doer_untold(doc, trig, view.first, (modality, cue), roles):
        return []  # "उन्हें गिरफ्तार नहीं किया गया": no side named, nothing done
    when, when_span = event_date(doc, view.sent, trig, modality, view.finder)
    events = make_events(doc, view.sent, trig, roles, (modality, when, when_span), view.res, rule, confidence,
                         min_roles)
    return [as_words(doc, e) for e in events]  # "भाजपा ने सरकार पर हमला किया": a charge in words


def partners_abroad(sources: list[Entity], targets: list[Entity | None], plover: str) -> list[Entity | None]:
    """A body told bare that approves or joins a symmetric event between its own state and another
    ("मंत्रिमंडल ने भारत और जापान के बीच समझौते को मंजूरी दी") stands for its state's side: the
    partners of its own country drop out when partners of another country remain."""
    home = {e.country for e in sources}
    if plover not in SYMMETRIC or len(home) != 1 or None in home or any(e.kind != "generic" for e in sources):
        return targets
    abroad: list[Entity | None] = [a for a in targets if a is not None and a.country and a.country not in home]
    return abroad if abroad and len(abroad) < len(targets) else targets


def told_modality(view: SentenceView, trig: TriggerMatch, stop: int) -> tuple[str, str]:
    """The trigger's modality and the word that decided it; a bare noun the words around it tell
    nothing of shares the modality of the deeds coordinated after it ("कोई रैली या प्रदर्शन न करने
    का निर्णय", "धरना, प्रदर्शन या हड़ताल नहीं करेंगे": none is held; ``last_conjunct``)."""
    doc = view.doc
    told = modality_of(doc.tokens, trig.first, trig.last, clause_stop(doc, trig, stop), view.first)
    phrases = phrases_in(doc, view.first, view.last)
    k = next((i for i, p in enumerate(phrases) if p.first == trig.first), None)
    if told != ("asserted", "") or k is None or (j := last_conjunct(doc.body, doc.tokens, phrases, k)) == k:
        return told
    last_stop = phrases[j + 1].first if j + 1 < len(phrases) else view.last
    return modality_of(doc.tokens, phrases[j].first, phrases[j].last, clause_stop(doc, phrases[j], last_stop), view.first)


def clause_stop(doc: Document, trig: TriggerMatch, stop: int) -> int:
    """Where the words that set a trigger's modality end: at the next trigger or the end of its
    clause ("निर्भर रहना होगा, आम जन … मांग न करें": the negation is the next clause's)."""
    return next((k + 1 for k in range(trig.last - 1, stop) if ends_clause(doc, k)), stop)


def is_threat_content(doc: Document, trig: TriggerMatch) -> bool:
    """A threat told by what will befall its target: the future is what is threatened, the
    threat itself is made. Not "चेतावनी जारी करेगा", a threat still to be made."""
    return trig.trigger.plover == "THREATEN" and doc.tokens[trig.first].text not in load_modality().threat_words


def as_threat(trig: TriggerMatch) -> TriggerMatch:
    """A hostile deed told as what follows if a condition is met is a threat, not a deed."""
    if trig.trigger.plover not in load_modality().consequence_threat_types:
        return trig
    return replace(trig, trigger=replace(trig.trigger, plover="THREATEN", cameo="130", goldstein=-4.4, mode=None))


def make_events(doc: Document, sent: Sentence, trig: TriggerMatch, roles: Roles,
                told: tuple[str, str | None, Span | None], res: EntityResources, rule: str | None = None,
                score: float | None = None, min_roles: float = 0.0) -> list[Event]:
    """Events from one trigger's roles, one per source and target; ``told`` is the modality,
    date and date evidence. An event a learned component found (``score``) is made only when
    its roles are read at least as surely as ``min_roles``."""
    modality, when, when_span = told
    t = trig.trigger
    if deploys_itself(t.plover, roles):
        t = replace(t, mode=deployed_modes().get(roles.sources[0].sector or "", t.mode))  # "पुलिस की तैनाती": police
    bounds = index_range(doc, sent)
    sources = [placed(doc, a, bounds) for a in (as_actor(s, res, doer=True) for s in roles.sources) if a is not None]
    targets: list[Entity | None] = [placed(doc, a, bounds) for a in (as_actor(s, res) for s in roles.targets)
                                    if a is not None]
    sources = one_person_sources(doc, sources, bounds)  # "X के मुख्यमंत्री और Y के अध्यक्ष NAME ने": one
    targets = [*one_person_sources(doc, [a for a in targets if a is not None], bounds)]
    states = all(e.kind == "country" for e in roles.targets if e is not None and e.country)  # not a city's
    sources, targets = of_one_country(doc, sources, targets, t.plover in state_deeds(), bounds if states else None)
    if not roles.rule.startswith("implicit"):  # a state implied by a passive deed stays the story's: it blacklists foreigners
        sources, targets = told_sides(doc, sources, targets, bounds, t.plover)
    barred = load_implicit_actors().not_partners.get(t.plover, frozenset())
    targets = [a for a in targets if a is None or a.sector not in barred]  # talking to the press is no meeting
    targets = partners_abroad(sources, targets, t.plover)  # "मंत्रिमंडल ने भारत और फ्रांस के बीच समझौते को …"
    if not targets and len(sources) >= 2 and t.plover in SYMMETRIC:
        sources, targets = sources[:1], [sources[1]]
    if not targets and (t.plover not in ONE_SIDED or not refused_alone(doc, trig, bounds[0])
                        or (roles.rule not in ("agent", "implicit", "implicit_state")
                            and not deploys_itself(t.plover, roles))):
        return []
    surety = confidence_of(roles, trig, modality)
    if surety < (load_implicit_actors().min_confidence if score is None else min_roles):
        return []
    confidence = surety if score is None else score
    evidence = Span(sent.start, sent.end, sent.text, f"{rule or 'trigger:' + t.pattern};roles:{roles.rule}", confidence)
    trigger_span = Span(trig.start, trig.end, doc.body[trig.start: trig.end], f"{t.plover}:{t.cameo}:{t.pattern}")
    pairs: list[tuple[Entity, Entity | None]] = [(src, target) for src in sources for target in targets or [None]]
    modes, as_mode = clash_between()
    mode = t.mode
    if roles.rule == "between" and t.mode in modes:
        pairs, mode = clash_pairs(pairs, as_mode), as_mode
    events = []
    for src, target in pairs:
        plover, cameo, goldstein = retyped(t.plover, mode, t.cameo, t.goldstein, src, target)
        if ((target is None or src.key != target.key or two_of_a_class(doc, src, bounds))
                and (anchored(src) or anchored(target))
                and not is_travel(t.mode, src, target) and not is_harmless_warning(t.pattern, src, target)):
            events.append(Event(plover, t.mode, cameo, goldstein, src, target, modality, evidence, trigger_span,
                                when, when_span, None, confidence))
    return events


@cache
def clash_between() -> tuple[frozenset[str], str]:
    """The modes of a riot or clash told between two sides, and the retype rule that tells an armed side."""
    spec = load_yaml("event_roles.yaml")["clash_between"]
    return frozenset(spec["modes"]), str(spec["armed_by"])


def clash_pairs(pairs: list[tuple[Entity, Entity | None]], as_mode: str) -> list[tuple[Entity, Entity | None]]:
    """"X और Y के बीच झड़प/हिंसा": between two armed sides (the ``as_mode`` retype's sectors, or
    states) an attack each way; between a crowd and an armed side the crowd's protest against it,
    whichever is named first."""
    def armed(side: Entity) -> bool:
        return retyped("PROTEST", as_mode, "145", 0.0, side)[0] != "PROTEST"
    out: list[tuple[Entity, Entity | None]] = []
    for src, target in pairs:
        if target is None or not armed(src):
            out.append((src, target))
        else:
            out += [(src, target), (target, src)] if armed(target) else [(target, src)]
    return out


def is_travel(mode: str | None, source: Entity, target: Entity | None) -> bool:
    """A visit to a place in one's own country ("सेना प्रमुख ने अग्रिम चौकियों का दौरा किया") or
    by ordinary people ("कुछ लोग सिंगापुर की यात्रा पर गए थे") is travel, not a visit to an actor."""
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
    sports = is_sports_report(doc)
    if sports:
        doc.warnings.append("a sports report: only bans, arrests, demands and thanks coded")
    for sent in doc.sentences:
        doc.events += [e for e in sentence_events(doc, sent, finder, quotes, res) if not sports or told_in_sports(e)]
    doc.events = merge_reports(doc.events)
    return doc
