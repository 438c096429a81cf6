"""Who did it to whom: the roles of an event's actors around its trigger.

The source is the agent (X ने, X द्वारा, the nearest bare subject of a verb), or the
participants of a nominal form (X और Y की मुलाकात, X की Y से मुलाकात, X और Y के बीच बैठक,
पुतिन की चीन यात्रा); the target is marked by को / से / के साथ / के खिलाफ / पर / a genitive,
named in a कि clause, or before the agent. Actors of one country may act on each other
(domestic events); an actor never acts on itself or on its own state.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from typing import Any

from ghatna.document import Document, Entity, Sentence
from ghatna.extraction.actors import (
    GenericActor,
    context_country,
    country_entity,
    generic_entity,
    unknown_actor,
)
from ghatna.extraction.modality import conditional_span, load_modality
from ghatna.extraction.roles import Slot, gap_has_break, load_role_words
from ghatna.extraction.triggers import TriggerMatch, load_triggers
from ghatna.resources import load_yaml
from ghatna.text.tokens import tok_index

NEAR_TARGET = 10
ANSWER_REACH = 3  # "X द्वारा लगाए गए आरोपों को": words between the maker of a statement and the statement
AUXILIARIES = frozenset({"है", "हैं", "था", "थे", "थी", "थीं", "हो", "रहा", "रही", "रहे", "चुका", "चुकी", "चुके", "और", "तथा"})
CLAUSE_TARGET_TYPES = frozenset({"THREATEN", "ACCUSE", "REQUEST", "REJECT", "SUPPORT"})
POSSESSED_TYPES = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "SANCTION", "THREATEN"})
SYMMETRIC = frozenset({"CONSULT", "AGREE", "COOPERATE"})
MODIFIER_RULES = frozenset({"kb:demonym", "generic"})  # "अमरीकी हवाई हमले", "नक्सली हमले"
MUTUAL = SYMMETRIC | {"RETREAT"}  # "X और Y ने संघर्षविराम …": a ceasefire is between the two


@dataclass(slots=True)
class Roles:
    sources: list[Entity]
    targets: list[Entity]
    rule: str

    @property
    def target(self) -> Entity | None:
        return self.targets[0] if self.targets else None


def index_range(doc: Document, sent: Sentence) -> tuple[int, int]:
    """The tokens of a sentence, as tokens[first:last] (a closing mark is no token)."""
    first, last = tok_index(doc.tokens, sent.start), tok_index(doc.tokens, sent.end - 1) + 1
    while last > first and doc.tokens[last - 1].start >= sent.end:
        last -= 1
    return first, last


def patient_roles(doc: Document, slots: list[Slot], trig: TriggerMatch, bounds: tuple[int, int]) -> Roles | None:
    """"X की गिरफ्तारी", "सुलेमानी की हत्या", "Y का दमन": the genitive before a noun of arrest,
    killing or release names whom it befell; the agent is the clause's (X ने), else the default."""
    if trig.trigger.roles != "patient":
        return None
    owner = [s for s in slots if s.marker in load_role_words().genitive and adjacent(doc, s.marker_end, trig.first)]
    if not owner:
        return None
    targets = owner[-1].entities
    agents = [s for s in slots if s.last <= owner[-1].first and s.marker in load_role_words().agent]
    if agents and not is_nominal(doc, trig):  # "X ने Y की हत्या की निंदा की": X condemns, not kills
        return Roles(agents[-1].entities, targets, "agent")
    if is_nominal(doc, trig) and told_of(doc, trig.trigger.plover, targets):
        return None  # "सुलेमानी की हत्या के संबंध में": the killing told before, not a new one
    return Roles([implicit_actor(doc, default_source(trig), bounds, targets)], targets, "implicit")


def told_of(doc: Document, plover: str, targets: list[Entity]) -> bool:
    """An event of this type befalling one of ``targets`` is already coded in the article."""
    keys = {e.key for e in targets}
    return any(e.type == plover and e.target is not None and e.target.key in keys for e in doc.events)


def participants(slots: list[Slot], trig: TriggerMatch, doc: Document) -> Roles | None:
    """Nominal forms: "X और Y की मुलाकात", "X की Y से मुलाकात", "X और Y के बीच", "X की Y यात्रा",
    "X-Y वार्ता", and for one-sided events the possessor: "रूस के ड्रोन हमलों से"."""
    words = load_role_words()
    before = [s for s in slots if s.marker_end <= trig.first]
    between = [s for s in before if s.marker == "के बीच" and len(s.entities) >= 2]
    if between and not any(s.marker in words.agent for s in before if s is not between[-1]):
        # "अमरीका और ईरान के बीच तनाव … और ईरान ने धमकी दी": an agent of its own comes first
        return Roles([between[-1].entities[0]], between[-1].entities[1:], "between")
    close = [s for s in before if adjacent(doc, s.marker_end, trig.first)]
    pair = [s for s in close if len(s.entities) >= 2 and (s.marker in words.genitive or s.marker == "")]
    if pair and pair[-1].marker == "" and in_a_list(doc, trig):
        pair = []  # "चीन-रूस साझेदारी और सहयोग के विकास का": a topic, not a happening
    if pair:
        return Roles([pair[-1].entities[0]], pair[-1].entities[1:], "nominal_pair")
    gen = [s for s in before if s.marker in words.genitive]
    if gen and gen[-1].entities[0].type == "PERSON" and trig.trigger.plover not in POSSESSED_TYPES:
        partner = [s for s in before if s.first > gen[-1].first and (
            s.marker in ("से", "के साथ") or (s.marker == "" and s.last == trig.first))]
        if partner:
            return Roles(gen[-1].entities[:1], partner[-1].entities[:1], "nominal")
    owner = [s for s in close if len(s.entities) == 1 and (s.marker in words.genitive or (
        s.marker == "" and s.last == trig.first and (s.rule in MODIFIER_RULES or s.entities[0].type == "ORG")))
        and not marked_between(doc, s.marker_end, trig.first)
        and not (trig.trigger.roles == "patient" and s.marker in words.genitive)]  # "X की हत्या": X is killed
    agent_before = any(s.marker in words.agent for s in before)
    if owner and trig.trigger.plover in POSSESSED_TYPES and (not agent_before or is_nominal(doc, trig)):
        return Roles(owner[-1].entities[:1], [], "possessor")
    return None


def is_nominal(doc: Document, trig: TriggerMatch) -> bool:
    """"अमरीकी हमले में", "रूस के हमलों की": the trigger is a noun with a case marker after it, an
    event of its own beside what the clause's agent does."""
    words = load_role_words()
    nxt, after = (t.text for t in (doc.tokens[trig.last: trig.last + 2] + [doc.tokens[-1]] * 2)[:2])
    if trig.last >= len(doc.tokens) or ends_clause(doc, trig.last - 1):
        return False
    if nxt in words.simple:
        return True
    verbal = words.clause_goes_on | words.light_verbs | load_modality().past
    return nxt in words.genitive and not ends_clause(doc, trig.last) and after not in verbal


def marked_between(doc: Document, a: int, b: int) -> bool:
    """A case marker among tokens[a:b]: "X के काफिले पर हमला" — X owns what was attacked, not the
    attack; "X की हत्या का बदला" — X owns the killing, not the revenge."""
    words = load_role_words()
    return any(t.text in words.simple or t.text in words.genitive for t in doc.tokens[a:b])


def in_a_list(doc: Document, trig: TriggerMatch) -> bool:
    nxt = doc.tokens[trig.last].text if trig.last < len(doc.tokens) else ""
    return nxt in load_role_words().conjunctions or ends_clause(doc, trig.last - 1)


def adjacent(doc: Document, marker_end: int, trig_first: int) -> bool:
    """At most two plain words ("अहम", "भारी") between a marker and the trigger, no punctuation."""
    return 0 <= trig_first - marker_end <= 2 and not gap_has_break(doc.body, doc.tokens, marker_end, trig_first)


def speaker_roles(doc: Document, slots: list[Slot], trig: TriggerMatch) -> Roles | None:
    """"X ने कहा कि Y को माफी मांगनी चाहिए", "X ने कहा कि Y गुमराह कर रहा है": what the speaker
    says Y must do, or says Y does, is the speaker's demand of (or charge against) Y."""
    words = load_role_words()
    opening = speech_opening(doc, slots, trig)
    speakers = [s for s in slots if s.last <= opening and s.marker in words.agent | {"का"}]
    if not opening or not speakers:
        return None
    agents = speakers[-1].entities
    if any(t.text in load_implicit_actors().self_words for t in doc.tokens[opening: trig.first]):
        return None  # "कहा कि हमें लोगों को भरोसा दिलाना होगा": what the speaker's own side must do
    told = [s for s in slots if opening <= s.first and s.last <= trig.first]
    if doc.tokens[trig.first].text in load_implicit_actors().passive_should:
        # "X के खिलाफ कार्रवाई की जानी चाहिए": X is what is to be done to, no addressee is named;
        # "इस मुद्दे को … देखा जाना चाहिए" names no actor at all
        return Roles(agents, [], "speaker") if told else None
    for slot in (s for s in slots if opening <= s.first and s.last <= trig.first):
        if slot.rule == "pair" or any(not other_side(e, agents) for e in slot.entities):
            return None  # "दोनों देशों को … करना चाहिए": what the speaker's own side should do
        return Roles(agents, slot.entities, "speaker")
    return None


def agent_roles(doc: Document, slots: list[Slot], trig: TriggerMatch) -> Roles | None:
    """The ने/द्वारा agent nearest before the trigger, else the nearest bare subject of a verb."""
    if trig.trigger.roles == "speaker":
        return speaker_roles(doc, slots, trig)
    words = load_role_words()
    opening = max(speech_opening(doc, slots, trig), kicker_end(doc, slots, trig), relative_opening(doc, trig),
                  consequence_opening(doc, slots, trig))
    before = [s for s in slots if opening <= s.first and s.last <= trig.first]
    agents = [s for s in before if s.marker in words.agent and not of_participle(doc, s, trig)] \
        or converb_agent(doc, slots, trig) or claim_owner(doc, before, trig)
    rule = "agent"
    if not agents and not (trig.trigger.plover in load_implicit_actors().needs_target
                           and is_passive(doc, trig, len(doc.tokens))):
        agents = [s for s in before if s.marker == "" and s.rule != "kb:demonym"
                  and not all(is_place(e) for e in s.entities)][:1]  # "फ़ैसलाबाद जाने से पहले": no subject
        rule = "subject"
    speech = speech_opening(doc, slots, trig)
    spoken = trig.trigger.plover in spoken_types() and speech > 0 and opening in (
        speech, consequence_opening(doc, slots, trig))
    if not agents and opening and (partner_marked(slots, trig) or spoken):
        # "A ने बताया कि B के साथ बातचीत में …": the speaker is the one who talked with B;
        # "सेना ने कहा कि … मुंहतोड़ जवाब दिया जाएगा": a threat with no agent of its own is the speaker's,
        # also after a condition ("कहा कि अगर Y ने … तो उसे परिणाम भुगतने होंगे"), never the condition's actor
        limit = speech if spoken else opening
        agents = [s for s in slots if s.last <= limit and s.marker in words.agent]
        rule = "agent"
    if not agents or not is_predicate(doc, slots, trig, rule):
        return None
    agent = speaker_for_state(slots, agents[-1], opening)
    if len(agent.entities) >= 2 and (trig.trigger.plover in MUTUAL or trig.trigger.roles == "mutual") \
            and not partner_of_all(doc, slots, agent, trig):
        # "X, Y और Z ने बैठक की", "X और Y ने एक-दूसरे से …": X with each
        return Roles(agent.entities[:1], agent.entities[1:], "agent")
    if agent.first >= trig.last:  # a converb: its own objects stand before it, the main clause's after
        near = [s for s in slots if s.last <= trig.first and s.marker in words.target_before]
        return Roles(agent.entities, choose_targets(list(reversed(near)), agent.entities), rule)
    if trig.trigger.plover in load_implicit_actors().judged_types:
        slots = [s for s in slots if not deed_patient(doc, s, trig)]
    targets = (pick_target(doc, slots, agent, trig) or target_before_agent(doc, slots, agent, trig.trigger.plover)
               or target_in_clause(doc, slots, agent, trig) or target_of_relative(doc, slots, agent))
    if not targets and trig.trigger.plover in load_implicit_actors().place_recipients:
        targets = recipient_place(slots, agent, trig)
    if not targets and trig.trigger.plover == "THREATEN":
        targets = condition_actor(doc, slots, agent, trig)
    return Roles(agent.entities, targets, rule)


def condition_actor(doc: Document, slots: list[Slot], agent: Slot, trig: TriggerMatch) -> list[Entity]:
    """"(X ने कहा कि) अगर Y ने हमला किया तो (X) जवाबी कार्रवाई करेगा": what follows a condition
    threatens whoever the condition is about, not the actors of the condition themselves."""
    span = conditional_span(doc.tokens, slots[0].first if slots else trig.first, trig.first)
    if span is None or span[1] >= trig.first:
        return []
    inside = [s for s in slots if span[0] <= s.first < span[1] and (s.marker in load_role_words().agent or not s.marker)]
    return choose_targets(inside, agent.entities)


def recipient_place(slots: list[Slot], agent: Slot, trig: TriggerMatch) -> list[Entity]:
    """"भारत ने म्यांमार में राहत सामग्री भेजी": aid sent into another country goes to it."""
    into = [s for s in slots if agent.last <= s.first and s.last <= trig.first and s.marker == "में"]
    return choose_targets([s for s in reversed(into) if all(e.kind == "country" for e in s.entities)], agent.entities)


def deed_patient(doc: Document, slot: Slot, trig: TriggerMatch) -> bool:
    """"X की हत्या की निंदा करते हुए इसे खतरनाक बताया", "X की हत्या के अमरीकी कदम का समर्थन": X,
    whom a killing or arrest named before the trigger befell, is no target of a judgement of that
    deed (``judged_types``: its doer is)."""
    if slot.marker not in load_role_words().genitive or slot.marker_end >= trig.first:
        return False
    deeds = load_triggers().find(doc.tokens, slot.marker_end, trig.first)
    return any(d.first == slot.marker_end and d.trigger.roles == "patient" for d in deeds)


def partner_of_all(doc: Document, slots: list[Slot], agent: Slot, trig: TriggerMatch) -> bool:
    """"X, Y और Z ने W से सहमति जताई": a partner marked with से or के साथ between the group and
    the trigger meets each of them; not when they act on each other ("एक-दूसरे")."""
    reciprocal = load_implicit_actors().reciprocals
    if any(t.text in reciprocal for t in doc.tokens[agent.last: trig.first]):
        return False
    return any(agent.last <= s.first and s.last <= trig.first and s.marker in ("से", "के साथ")
               and any(other_side(e, agent.entities) for e in s.entities) for s in slots)


def claim_owner(doc: Document, before: list[Slot], trig: TriggerMatch) -> list[Slot]:
    """"X का आरोप है कि Y …", "X की मांग है कि …": whose charge or demand a कि clause tells."""
    owner = [s for s in before if s.marker in load_role_words().genitive and s.marker_end == trig.first]
    return owner[-1:] if owner and clause_follows(doc, trig) else []


def of_participle(doc: Document, slot: Slot, trig: TriggerMatch) -> bool:
    """"X की ओर से दी गई धमकी के मद्देनज़र … मांग कर रहे हैं", "X द्वारा लगाए गए आरोपों को": an
    agent followed by a participle that describes a noun acts in that participle, not in the clause."""
    passive = load_implicit_actors().passive
    for k in range(slot.marker_end, min(slot.marker_end + 3, trig.first)):
        if doc.tokens[k].text in passive:
            nxt = doc.tokens[k + 1].text if k + 1 < trig.first else ""
            return bool(nxt) and not ends_clause(doc, k) and nxt not in AUXILIARIES and nxt not in passive
    return False


def converb_agent(doc: Document, slots: list[Slot], trig: TriggerMatch) -> list[Slot]:
    """"इस हमले की निंदा करते हुए उन्होंने कहा …": a deed told as a converb ("करते हुए") before
    its clause has the agent of the clause after it."""
    converb = load_implicit_actors().converbs
    after = [t.text for t in doc.tokens[trig.last: trig.last + 3]]
    if not any(w in converb for w in after):
        return []
    reach = trig.last + load_implicit_actors().converb_reach
    return [s for s in slots if trig.last <= s.first < reach and s.marker in load_role_words().agent][:1]


def speaker_for_state(slots: list[Slot], agent: Slot, opening: int) -> Slot:
    """"पुतिन ने कहा कि रूस … करेगा": a state its own leader speaks for acts through the speaker."""
    ent = agent.entities[0]
    if not opening or len(agent.entities) > 1 or ent.kind != "country":
        return agent
    speakers = [s for s in slots if s.last <= opening and s.marker in load_role_words().agent]
    if speakers and len(speakers[-1].entities) == 1:
        speaker = speakers[-1].entities[0]
        if speaker.type == "PERSON" and speaker.country == ent.country:
            return Slot([speaker], agent.first, agent.last, agent.marker, agent.marker_end, rule=agent.rule)
    return agent


def consequence_opening(doc: Document, slots: list[Slot], trig: TriggerMatch) -> int:
    """"अगर X … तो Y …": the consequence after "तो" names its own agent."""
    first = slots[0].first if slots else trig.first
    condition = conditional_span(doc.tokens, min(first, trig.first), trig.first)
    return condition[1] + 1 if condition and condition[1] < trig.first else 0


def relative_opening(doc: Document, trig: TriggerMatch) -> int:
    """A relative clause ("…, जिसकी मांग कीव करता रहा है") has its own agent: look after the pronoun."""
    relatives = load_role_words().relatives | load_implicit_actors().relatives
    for k in range(trig.first - 1, max(trig.first - 4, 0) - 1, -1):
        if doc.tokens[k].text in relatives:
            return k + 1
    return 0


def target_of_relative(doc: Document, slots: list[Slot], agent: Slot) -> list[Entity]:
    """"X ने … आरोप लगाया, जिसे Y ने खारिज कर दिया": Y answers X, the agent of the clause before "जिसे"."""
    words = load_role_words()
    relative = next((k for k in range(agent.first - 1, max(agent.first - 4, 0) - 1, -1)
                     if doc.tokens[k].text in words.relatives), None)
    if relative is None:
        return []
    return choose_targets([s for s in slots if s.last <= relative and s.marker in words.agent], agent.entities)


def target_in_clause(doc: Document, slots: list[Slot], agent: Slot, trig: TriggerMatch) -> list[Entity]:
    """"X ने चेतावनी दी कि Y …": warnings, accusations and demands name their target in the कि clause."""
    if not clause_follows(doc, trig):
        return []
    for slot in (s for s in slots if s.first >= trig.last):
        members = [e for e in slot.entities if other_side(e, agent.entities)]
        if members:
            return members
    return []


def clause_follows(doc: Document, trig: TriggerMatch) -> bool:
    """A कि clause right after a warning, accusation or demand tells whom it is about."""
    return trig.trigger.plover in CLAUSE_TARGET_TYPES and "कि" in [t.text for t in doc.tokens[trig.last: trig.last + 4]]


def speech_opening(doc: Document, slots: list[Slot], trig: TriggerMatch) -> int:
    """The token after the last "कहा कि" (or "दावा किया कि", "चेतावनी दी कि") before the
    trigger: reported speech names its own agent."""
    first = slots[0].first if slots else trig.first
    opening, _kind = reported_clause(doc, first, trig.first)
    return opening


def reported_clause(doc: Document, first: int, at: int) -> tuple[int, str]:
    """The token after the last "… कि" before token ``at`` that reports speech, a claim or a
    threat, and which of the three ("speech", "claim", "threat"); (0, "") when there is none."""
    implicit = load_implicit_actors()
    for k in range(at - 1, max(first, 1) - 1, -1):
        if doc.tokens[k].text != "कि":
            continue
        before = {t.text for t in doc.tokens[max(0, k - 3): k]}
        for kind, words in (("threat", implicit.threat), ("claim", implicit.claim),
                            ("speech", load_role_words().speech_verbs)):
            if before & words:
                return k + 1, kind
    return 0, ""


def kicker_end(doc: Document, slots: list[Slot], trig: TriggerMatch) -> int:
    """The token after the last ":" before the trigger ("Russia China Visit: रूस के …")."""
    first = slots[0].first if slots else trig.first
    for k in range(trig.first - 1, first, -1):
        if ":" in doc.body[doc.tokens[k - 1].end: doc.tokens[k].start]:
            return k
    return 0


def target_before_agent(doc: Document, slots: list[Slot], agent: Slot, plover: str = "") -> list[Entity]:
    """"Y के साथ बातचीत में X ने … तारीफ की": a partner named before the agent; for a protest
    also the place of the other side it is held at ("Y दूतावास के बाहर")."""
    markers = ("के साथ", "से", "को", "पर") + (("के", "की", "का") if plover == "PROTEST" else ())
    before = [s for s in slots if s.last <= agent.first and (s.marker in markers or answered(doc, s))]
    return choose_targets(list(reversed(before)), agent.entities)


def answered(doc: Document, slot: Slot) -> bool:
    """"X के बयान पर Y ने पलटवार किया", "X के आरोपों को खारिज किया": the owner of a statement
    answered (``answered_words`` then पर/को/के खिलाफ) is the target."""
    implicit, words = load_implicit_actors(), load_role_words()
    if slot.marker not in words.genitive and slot.marker not in words.agent:
        return False
    nxt = [t.text for t in doc.tokens[slot.marker_end: slot.marker_end + ANSWER_REACH + 1]]
    for k, word in enumerate(nxt[:-1]):
        if word in implicit.answered:
            return nxt[k + 1] in implicit.answered_markers and (slot.marker in words.genitive) == (k == 0)
        if word in words.simple:
            return False
    return False


def is_predicate(doc: Document, slots: list[Slot], trig: TriggerMatch, rule: str) -> bool:
    """Is the trigger what the sentence tells, rather than a noun it mentions in passing?

    A trigger followed by a case marker ("साझेदारी के विकास की", "प्रतिबंधों से राहत") is a
    topic, unless a partner is tied to it ("Y के साथ बैठक में"); after an ergative agent
    (X ने) anything else is the predicate; a bare subject needs a verb after the trigger.
    """
    if partner_marked(slots, trig) or any(w.startswith("{") for w in trig.trigger.tokens[1:]):
        return True  # "Y के साथ बैठक में"; "निशाना बनाएगा": the pattern holds its own verb
    words = load_role_words()
    nxt = [t.text for t in doc.tokens[trig.last: trig.last + 2]] + ["", ""]
    light_ki = nxt[0] == "की" and (nxt[1] in words.clause_goes_on or ends_clause(doc, trig.last))
    announced = nxt[0] in words.genitive and nxt[1] in words.announce
    if (nxt[0] in words.simple or nxt[0] in words.genitive) and not light_ki and not announced:
        return False
    return verb_follows(doc, trig) or rule == "agent"


def ends_clause(doc: Document, k: int) -> bool:
    """Punctuation right after token k."""
    end = doc.tokens[k + 1].start if k + 1 < len(doc.tokens) else len(doc.body)
    return any(c in ",।.;:?!\"”" for c in doc.body[doc.tokens[k].end: end])


def partner_marked(slots: list[Slot], trig: TriggerMatch) -> bool:
    """"Y के साथ बैठक में", "Y से मुलाकात के दौरान": the partner's marker ties the noun to the actors."""
    return any(s.marker in ("के साथ", "से") and 0 <= trig.first - s.marker_end <= 3 for s in slots)


def verb_follows(doc: Document, trig: TriggerMatch) -> bool:
    """A verb form right after the trigger (or the trigger is itself a verb such as "पहुंचे")."""
    words = load_role_words()
    near = [t.text for t in doc.tokens[trig.last: trig.last + 4]]
    last = doc.tokens[trig.last - 1].text
    return any(w in words.light_verbs for w in near) or last in words.light_verbs


def pick_target(doc: Document, slots: list[Slot], agent: Slot, trig: TriggerMatch) -> list[Entity]:
    """The actor marked as this type's target (X से अनुरोध, X पर आरोप), else the nearest actor
    between agent and trigger, else just after the trigger; never the agent's own side."""
    words = load_role_words()
    between = [s for s in slots if agent.last <= s.first and s.last <= trig.first and s.marker in words.target_before]
    after = [s for s in slots if trig.last <= s.first <= trig.last + NEAR_TARGET and s.marker in words.target_after]
    if clause_follows(doc, trig):
        after = []  # "X ने आरोप लगाया कि Y …": the target is the clause's subject (target_in_clause)
    partner = load_implicit_actors().partner_markers.get(trig.trigger.mode or "")
    if partner is not None:  # "मजलिस ने अमरीकी हमले के खिलाफ विधेयक पर चर्चा की": a topic, no partner
        between = [s for s in between if s.marker in partner]
        after = [s for s in after if s.marker in partner]
    addressee = addressed(between, agent, trig)
    if addressee:
        return addressee
    preferred = words.target_markers.get(trig.trigger.plover, ())
    near = list(reversed(between))
    # an actor between agent and trigger before one after it ("पुलिस ने एक व्यक्ति को … गिरफ्तार
    # किया, जो फेसबुक के माध्यम से …"), even when the one after is foreign
    return (choose_targets([s for s in near if s.marker in preferred] + near, agent.entities)
            or choose_targets([s for s in after if s.marker in preferred] + after, agent.entities))


def addressed(between: list[Slot], agent: Slot, trig: TriggerMatch) -> list[Entity]:
    """"अमरीका ने अपने नागरिकों को इराक छोड़ने को कहा": a demand's addressee is the first actor
    marked को or से after the agent; actors after it belong to what is asked (``addressee_first``)."""
    implicit = load_implicit_actors()
    if trig.trigger.plover not in implicit.addressee_first:
        return []
    for slot in between:
        if slot.marker in implicit.addressee_markers:
            return [e for e in slot.entities if other_side(e, agent.entities)]
    return []


def other_side(ent: Entity, agents: list[Entity]) -> bool:
    """Not the agent itself, nor its own state, nor a place of its own state (which as an actor
    would stand for that state: "मिशुस्तिन ने साइबेरिया से … पाइपलाइन पर चर्चा की")."""
    if any(ent.key == a.key for a in agents):
        return False
    countries = {a.country for a in agents if a.country}
    place = ent.kind == "country" or (ent.type in ("GPE", "LOC") and ent.kind not in ("generic", "unknown"))
    return not (place and ent.country in countries)


def choose_targets(ordered: list[Slot], agents: list[Entity]) -> list[Entity]:
    """Every member of the first slot with an actor of another country; else of the first slot
    with any actor other than the agent's side (a domestic event)."""
    countries = {a.country for a in agents if a.country}
    for foreign_only in (True, False):
        for slot in ordered:
            members = [e for e in slot.entities if other_side(e, agents)
                       and (not foreign_only or (e.country is not None and e.country not in countries))]
            if members:
                return members
    return []


def place_target(slots: list[Slot], roles: Roles) -> list[Entity]:
    """Attacks and arrests "in X" (X में) fall on X when no other target is named; a place
    attacked "on" (X पर: a shrine, a base) is the target even in the attacker's own country."""
    countries = {e.country for e in roles.sources}
    for slot in slots:
        for ent in slot.entities:
            foreign = ent.country not in countries or (slot.marker == "पर" and ent.kind != "country")
            if slot.marker in ("में", "पर") and ent.type in ("GPE", "LOC") and ent.country and foreign:
                return [ent]
    return []




@dataclass(frozen=True, slots=True)
class ImplicitActors:
    passive: frozenset[str]
    victim: frozenset[str]
    sources: dict[str, GenericActor | None]
    targets: dict[str, GenericActor]
    needs_target: frozenset[str]
    retype: dict[str, dict[str, Any]]
    relatives: frozenset[str]
    claim: frozenset[str]
    threat: frozenset[str]
    min_confidence: float
    accused_in_speech: frozenset[str]
    speech_accuse_verbs: frozenset[str]
    condemns: frozenset[str] = frozenset()
    condemned_types: frozenset[str] = frozenset()
    condemned_words: frozenset[str] = frozenset()
    condemn_reach: int = 0
    self_words: frozenset[str] = frozenset()
    named_target_modes: frozenset[str] = frozenset()
    passive_should: frozenset[str] = frozenset()
    statement_words: frozenset[str] = frozenset()
    converbs: frozenset[str] = frozenset()
    converb_reach: int = 0
    not_partners: dict[str, frozenset[str]] = field(default_factory=dict)
    partner_markers: dict[str, frozenset[str]] = field(default_factory=dict)
    mode_sources: dict[str, GenericActor | None] = field(default_factory=dict)
    happened: frozenset[str] = frozenset()
    patient_markers: frozenset[str] = frozenset()
    happened_markers: frozenset[str] = frozenset()
    reciprocals: frozenset[str] = frozenset()
    reasons: frozenset[str] = frozenset()
    answered: frozenset[str] = frozenset()
    answered_markers: frozenset[str] = frozenset()
    place_recipients: frozenset[str] = frozenset()
    addressee_first: frozenset[str] = frozenset()
    judged_types: frozenset[str] = frozenset()
    addressee_markers: frozenset[str] = frozenset()


def actor_spec(spec: object) -> GenericActor | None:
    if not isinstance(spec, dict):
        return None  # "unknown"
    return GenericActor(str(spec["label"]), spec.get("sector"), spec.get("country"), "generic")


# ImplicitActors fields that are word or type sets, and the event_roles.yaml list each is read from
IMPLICIT_SETS = {
    "passive": "passive_words", "victim": "victim_words", "needs_target": "agentless_needs_target",
    "relatives": "relatives", "claim": "claim_words", "threat": "threat_words",
    "accused_in_speech": "accused_in_speech", "speech_accuse_verbs": "speech_accuse_verbs",
    "self_words": "self_words", "named_target_modes": "named_target_modes", "passive_should": "passive_should",
    "happened": "happened_words", "patient_markers": "passive_patient_markers",
    "happened_markers": "happened_markers", "reciprocals": "reciprocals",
    "reasons": "reason_words", "answered": "answered_words", "answered_markers": "answered_markers",
    "place_recipients": "place_recipient_types", "addressee_first": "addressee_first_types",
    "judged_types": "judged_types",
    "addressee_markers": "addressee_markers",
}


@cache
def load_implicit_actors() -> ImplicitActors:
    data = load_yaml("event_roles.yaml")
    condemnation, converb = data["condemnation"], data["converb"]
    return ImplicitActors(
        **{field: frozenset(data[key]) for field, key in IMPLICIT_SETS.items()},
        sources={k: actor_spec(v) for k, v in data["default_sources"].items()},
        mode_sources={k: actor_spec(v) for k, v in data["default_sources_by_mode"].items()},
        targets={k: a for k, v in data["default_targets"].items() if (a := actor_spec(v))},
        retype=dict(data["retype"]),
        min_confidence=float(data["min_confidence"]),
        condemns=frozenset(condemnation["types"]),
        condemned_types=frozenset(condemnation["of_types"]),
        condemned_words=frozenset(condemnation["words"]),
        condemn_reach=int(condemnation["reach"]),
        statement_words=frozenset(condemnation["statement_words"]),
        converbs=frozenset(converb["words"]),
        converb_reach=int(converb["reach"]),
        not_partners={k: frozenset(v) for k, v in data["not_partners"].items()},
        partner_markers={k: frozenset(v) for k, v in data["partner_markers"].items()},
    )


def retyped(plover: str, mode: str | None, cameo: str, goldstein: float, source: Entity | None
            ) -> tuple[str, str, float]:
    """The type, CAMEO code and Goldstein value of a phrase whose type depends on who acts."""
    rule = load_implicit_actors().retype.get(mode or "")
    if rule is None or source is None:
        return plover, cameo, goldstein
    state = source.kind == "country" and bool(rule.get("states"))
    if state or (source.sector in rule["sectors"]):
        return str(rule["to"]), str(rule["cameo"]), float(rule["goldstein"])
    return plover, cameo, goldstein


@cache
def spoken_types() -> frozenset[str]:
    """Types a speaker performs by speaking (``speech_types`` in event_roles.yaml)."""
    return frozenset(load_yaml("event_roles.yaml")["speech_types"])


def is_passive(doc: Document, trig: TriggerMatch, last: int) -> bool:
    """"गिरफ्तार कर लिया गया", "हिरासत में लिया जाएगा", or a headline's bare participle ("X गिरफ्तार");
    not a participle that describes a noun ("हिरासत में रखे गए नागरिकों को", "पकड़े गए प्रवासियों")."""
    passive = load_implicit_actors().passive
    if trig.last >= last:
        return True
    k = next((k for k in range(trig.last, min(last, trig.last + 4)) if doc.tokens[k].text in passive), None)
    if k is None:
        return False
    nxt = doc.tokens[k + 1].text if k + 1 < last else ""
    return k + 1 >= last or ends_clause(doc, k) or nxt in AUXILIARIES or nxt in passive


def patients(doc: Document, slots: list[Slot], trig: TriggerMatch) -> list[Entity]:
    """Who a passive acts on: the nearest actor before the trigger marked as a patient (X को,
    bare X, X पर, X के खिलाफ: ``passive_patient_markers``), not one inside the charge or reason
    told between it and the trigger ("… के आरोप में")."""
    implicit = load_implicit_actors()
    before = [s for s in slots if s.last <= trig.first and s.marker in implicit.patient_markers
              and not any(is_place(e) for e in s.entities)]
    if len(before) > 1 and any(t.text in implicit.reasons for t in doc.tokens[before[-1].marker_end: trig.first]):
        before.pop()  # "A को B को हथियार बेचने के आरोप में गिरफ्तार किया गया": B is in A's charge
    return list(before[-1].entities) if before else []


def is_place(ent: Entity) -> bool:
    """A town, district or region (not a state as an actor): no one arrests or releases it."""
    return ent.type in ("GPE", "LOC") and ent.kind not in ("country", "generic", "unknown")


def victims(doc: Document, slots: list[Slot], trig: TriggerMatch, sources: list[Entity]) -> list[Entity]:
    """Who an attack harmed: an actor followed by a word of harm ("तीन जवान शहीद", "X की मौत"),
    or a bare subject before the attack when harm follows it ("X … हमले में मारे गये")."""
    harm = load_implicit_actors().victim
    harm_after_trigger = any(t.text in harm for t in doc.tokens[trig.last: trig.last + 6])
    harm_right_after = any(t.text in harm for t in doc.tokens[trig.last: trig.last + 2])
    for slot in slots:
        near = doc.tokens[slot.last: slot.last + 4]
        hit = any(t.text in harm for t in near) or (
            slot.marker == "" and slot.last < trig.first and harm_after_trigger) or (
            # "सुलेमानी की अमरीकी ड्रोन हमले में मौत": the genitive of the harm told right after the attack
            slot.marker in ("की", "के") and harm_right_after and adjacent(doc, slot.marker_end, trig.first))
        members = [e for e in slot.entities if other_side(e, sources) and not is_place(e)]
        if hit and members:
            return members  # not "पुलवामा जिले के … गांव में … मारा गया": a place is harmed by no one
    return []


def encountered(doc: Document, slots: list[Slot], trig: TriggerMatch, harmed: list[Entity]) -> list[Entity]:
    """"सुरक्षाबलों के साथ मुठभेड़ में एक आतंकवादी मारा गया": the partner of a fight in which the
    others were harmed is who harmed them."""
    partner = [s for s in slots if s.marker == "के साथ" and adjacent(doc, s.marker_end, trig.first)]
    keys = {e.key for e in harmed}
    return [e for e in partner[-1].entities if e.key not in keys] if partner and harmed else []


def attacked(slots: list[Slot], trig: TriggerMatch) -> list[Entity]:
    """"X पर हमला हुआ", "X के काफिले के पास धमाका": the actor named last before an attack
    with no attacker (not a place it happened in)."""
    before = [s for s in slots if s.last <= trig.first and s.marker in ("पर", "को", "के", "की", "का")]
    return list(before[-1].entities) if before else []


def implicit_actor(doc: Document, spec: GenericActor | None, bounds: tuple[int, int],
                   near: list[Entity]) -> Entity:
    """The type's default actor, of the country of the sentence (else of the actors it acts on)."""
    if spec is None:
        return unknown_actor()
    home = context_country(doc, *bounds) or country_entity(doc, next((e.country for e in near if e.country), None))
    return generic_entity(spec, home)


def already_told(doc: Document, plover: str) -> bool:
    """An event of this type is already coded in the article (the stage fills doc.events in order)."""
    return any(e.type == plover for e in doc.events)


def agentless_roles(doc: Document, slots: list[Slot], trig: TriggerMatch, bounds: tuple[int, int]) -> Roles | None:
    """Events told without an agent: passives ("X को गिरफ्तार किया गया"), headlines ("X गिरफ्तार"),
    nominal attacks ("नक्सली हमले में तीन जवान शहीद"), happenings ("X पर हमला हुआ", "X की आलोचना
    हो रही है"). The patient or victim is the target; the source is the default actor of the
    trigger's mode or type (police for an arrest or a case filed, unknown for an attack)."""
    implicit = load_implicit_actors()
    plover = trig.trigger.plover
    if not told_without_agent(trig):
        return None
    passive, happened = is_passive(doc, trig, bounds[1]), occurred(doc, trig)
    harmed = victims(doc, slots, trig, []) if plover == "ASSAULT" else []
    if not (passive or happened or harmed or verb_follows(doc, trig)):
        return None  # "गिरफ्तारी के विरोध में", "नाजी कब्जे के दौर": a noun in passing
    if not passive and already_told(doc, plover):
        return None  # "हमलों में 78 लोगों की मौत": the attack told before, not a new one
    targets = patients(doc, slots, trig) if passive else undergoers(doc, slots, trig) if happened else []
    if plover == "ASSAULT" and not targets:
        targets = harmed or (attacked(slots, trig) if passive or happened else [])
    if not targets and plover in implicit.targets and trig.trigger.mode not in implicit.named_target_modes:
        targets = [implicit_actor(doc, implicit.targets[plover], bounds, [])]
    if not targets and plover in implicit.needs_target:
        return None
    fighters = encountered(doc, slots, trig, targets) if plover == "ASSAULT" else []
    if fighters:
        return Roles(fighters, targets, "encounter")
    return Roles([implicit_actor(doc, default_source(trig), bounds, targets)], targets, "implicit")


def default_source(trig: TriggerMatch) -> GenericActor | None:
    """Who does an agentless event of this trigger: by its mode ("मामला दर्ज किया गया": police,
    "सजा सुनाई गई": a court), else by its type; None for an unknown actor."""
    implicit = load_implicit_actors()
    if trig.trigger.mode in implicit.mode_sources:
        return implicit.mode_sources[trig.trigger.mode or ""]
    return implicit.sources.get(trig.trigger.plover)


def told_without_agent(trig: TriggerMatch) -> bool:
    """Types (and modes) an event can be told of with no agent (``default_sources``)."""
    implicit = load_implicit_actors()
    return trig.trigger.mode in implicit.mode_sources or trig.trigger.plover in implicit.sources


def occurred(doc: Document, trig: TriggerMatch) -> bool:
    """"हमला हुआ", "आलोचना हो रही है", "मामला दर्ज हुआ": the event told as a happening, no agent named."""
    nxt = doc.tokens[trig.last].text if trig.last < len(doc.tokens) else ""
    return nxt in load_implicit_actors().happened and not ends_clause(doc, trig.last - 1)


def undergoers(doc: Document, slots: list[Slot], trig: TriggerMatch) -> list[Entity]:
    """Whom a happening befell: the actor marked as undergoing it right before it (``happened_markers``:
    "X पर हमला हुआ", "X की आलोचना हो रही है"; not a place, "X में"), with no clause break between."""
    markers = load_implicit_actors().happened_markers
    near = [s for s in slots if s.last <= trig.first and s.marker in markers
            and trig.first - s.marker_end <= NEAR_TARGET and not gap_has_break(doc.body, doc.tokens, s.marker_end, trig.first)]
    return list(near[-1].entities) if near else []


def speaker_of(doc: Document, slots: list[Slot], at: int) -> Entity | None:
    """Who says the reported speech that token ``at`` is in ("X ने कहा कि …", "X ने आरोप लगाया कि …")."""
    first = slots[0].first if slots else at
    opening, kind = reported_clause(doc, first, at)
    if not opening or kind == "threat":
        return None
    verbs = load_implicit_actors().speech_accuse_verbs
    if not any(t.text in verbs for t in doc.tokens[max(0, opening - 4): opening]):
        return None
    speakers = [s for s in slots if s.last <= opening and s.marker in load_role_words().agent]
    return speakers[-1].entities[0] if speakers and len(speakers[-1].entities) == 1 else None


def accuses(speaker: Entity, doer: Entity | None) -> bool:
    """Does telling that ``doer`` did a hostile deed charge it? Yes when it is of another country,
    or a party the speaker's party opposes."""
    if doer is None or doer.kind == "unknown" or not other_side(doer, [speaker]):
        return False
    if speaker.country and doer.country and speaker.country != doer.country:
        return True
    return speaker.sector in ("PTY", "OPP") and doer.sector in ("PTY", "OPP") and speaker.key != doer.key
