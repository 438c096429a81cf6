"""Who did it to whom: the roles of an event's actors around its trigger.

The source is the agent (X ने, X द्वारा, the nearest bare subject of a verb), or the
participants of a nominal form (X और Y की मुलाकात, X की Y से मुलाकात, X और Y के बीच बैठक,
पुतिन की चीन यात्रा); the target is marked by को / से / के साथ / के खिलाफ / पर / a genitive,
named in a कि clause, or before the agent. Actors of one country may act on each other
(domestic events); an actor never acts on itself or on its own state.

This module finds the agent and the speaker; the participants of an event told as a noun are
in nominal_roles; where a clause opens (reported
speech, a condition, a conjunction) is in clause_openings, the choice of a target in role_targets, events told without an agent (passives, happenings,
"X की गिरफ्तारी") are in agentless, who owns a meeting told as a noun and a talk told as a setting
in meetings, and the word sets all of them read are in implicit_actors.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from ghatna.document import Document, Entity, Sentence
from ghatna.extraction.actors import unknown_actor
from ghatna.extraction.clause_openings import (
    bare_subject,
    conjunct_opening,
    consequence_opening,
    ends_clause,
    fronted_agent,
    holds_infinitive,
    inverted_subject,
    kicker_end,
    nonfinite_agent,
    relative_opening,
    reported_clause,
    speech_opening,
)
from ghatna.extraction.implicit_actors import load_implicit_actors, spoken_types
from ghatna.extraction.meetings import (
    adjacent,
    is_meeting_setting,
    partner_marked,
)
from ghatna.extraction.role_targets import (
    choose_targets,
    clause_follows,
    condition_actor,
    deed_patient,
    in_clause,
    is_laid_charge,
    misread_answer,
    other_side,
    partner_of_all,
    pick_target,
    recipient_place,
    site_between,
    talk_channel,
    talk_with_channel,
    target_before_agent,
    target_in_clause,
    target_of_relative,
)
from ghatna.extraction.roles import Slot, clause_goes_on_at, load_role_words, role_word_set
from ghatna.extraction.triggers import TriggerMatch
from ghatna.plover import SYMMETRIC_TYPES
from ghatna.resources import load_yaml
from ghatna.text.tokens import tok_index

AUXILIARIES = frozenset({"है", "हैं", "था", "थे", "थी", "थीं", "हो", "रहा", "रही", "रहे", "चुका", "चुकी", "चुके", "और", "तथा"})


SYMMETRIC = SYMMETRIC_TYPES


MUTUAL = SYMMETRIC | {"RETREAT"}  # "X और Y ने संघर्षविराम …": a ceasefire is between the two


@dataclass(slots=True)
class Roles:
    sources: list[Entity]
    targets: list[Entity]
    rule: str
    forces: list[Entity] = field(default_factory=list)  # the force a deployment sends: told, no side

    @property
    def target(self) -> Entity | None:
        return self.targets[0] if self.targets else None


def index_range(doc: Document, sent: Sentence) -> tuple[int, int]:
    """The tokens of a sentence, as tokens[first:last] (a closing mark is no token)."""
    first, last = tok_index(doc.tokens, sent.start), tok_index(doc.tokens, sent.end - 1) + 1
    last = min(last, len(doc.tokens))  # a sentence of marks alone ("।") has no token
    while last > first and doc.tokens[last - 1].start >= sent.end:
        last -= 1
    return first, last


def speaker_roles(doc: Document, slots: list[Slot], trig: TriggerMatch) -> Roles | None:
    """"X ने कहा कि Y को माफी मांगनी चाहिए", "X ने कहा कि Y गुमराह कर रहा है": what the speaker
    says Y must do, or says Y does, is the speaker's demand of (or charge against) Y."""
    words = load_role_words()
    opening = speech_opening(doc, slots, trig)
    speakers = [s for s in slots if s.last <= opening and s.marker in words.agent | {"का"}] \
        or unmarked_speaker(doc, slots, opening)
    if not opening or not speakers:
        return None
    agents = speakers[-1].entities
    if any(t.text in load_implicit_actors().self_words for t in doc.tokens[opening: trig.first]):
        return None  # "कहा कि हमें लोगों को भरोसा दिलाना होगा": what the speaker's own side must do
    told = [s for s in slots if opening <= s.first and s.last <= trig.first]
    addressed = addressee_of_speech(slots, speakers[-1], opening, agents)
    if doc.tokens[trig.first].text in load_implicit_actors().passive_should:
        # "X के खिलाफ कार्रवाई की जानी चाहिए": X is what is to be done to, no addressee is named;
        # "इस मुद्दे को … देखा जाना चाहिए" names no actor at all; "Y से कहा कि … नहीं लगाया जाना
        # चाहिए": the one spoken to is asked
        if addressed:
            return Roles(agents, addressed, "speaker")
        return Roles(agents, [], "speaker") if told else None
    if trig.trigger.plover in load_implicit_actors().judged_types:
        told = charged_first(doc, told, trig, agents)
    if is_obligation(doc, trig):
        told = [s for s in told if s.marker in role_word_set("obligation_markers")]
        if told and all(is_advised(e) for e in told[0].entities):
            return None  # "लोगों को … बचना चाहिए": advice to the public, no demand
    for slot in told:
        if any(not other_side(e, agents) for e in slot.entities):
            return None  # "दोनों देशों को … करना चाहिए": what the speaker's own side should do
        return Roles(agents, slot.entities, "speaker")
    return Roles(agents, addressed, "speaker") if addressed else None


def is_obligation(doc: Document, trig: TriggerMatch) -> bool:
    """"… करना चाहिए", "माफी मांगनी चाहिए": the trigger tells what someone ought to do."""
    return any(t.text in role_word_set("obligation_words") for t in doc.tokens[trig.first: trig.last])


def is_advised(ent: Entity) -> bool:
    """The public at large (``advised_groups``): "लोगों को", "विद्यार्थियों को"."""
    return ent.kind == "generic" and ent.role in role_word_set("advised_groups")


def unmarked_speaker(doc: Document, slots: list[Slot], opening: int) -> list[Slot]:
    """"ब्रिटेन लगातार कह रहा है कि …", "विपक्ष कहता है कि …": the unmarked subject of a speech verb
    in the imperfective (``unmarked_speech_verbs``), the last actor before it."""
    verbs = load_implicit_actors().unmarked_speech
    before = [s for s in slots if s.last < opening]
    if not before or before[-1].marker:
        return []
    said = [t.text for t in doc.tokens[before[-1].last: opening]]
    return [before[-1]] if verbs & set(said) and "ने" not in said else []


def charged_first(doc: Document, told: list[Slot], trig: TriggerMatch, speakers: list[Entity]) -> list[Slot]:
    """A charge told in reported speech is against the doer of the deed: the clause's ergative
    subject of another side than the speaker comes first ("कहा कि युवाओं से भाजपा ने झूठे वादे
    किए": BJP, not the youths), else the bare subject right before the trigger ("कहा कि किसानों की
    बदहाली के लिए कांग्रेस जिम्मेदार है": Congress, not the farmers), and whom a deed befell is never
    charged ("कहा कि सुलेमानी की हत्या कर अमरीका ने गलती की": America). A "उन्होंने" read as the
    speaker keeps the order of the clause."""
    told = [s for s in told if not deed_patient(doc, s, trig)]
    doers = [s for s in told if s.marker == "ने" and all(other_side(e, speakers) for e in s.entities)]
    doers = doers[-1:] or [s for s in told if not s.marker and s.marker_end == trig.first]
    return doers + [s for s in told if s not in doers]


def addressee_of_speech(slots: list[Slot], speaker: Slot, opening: int, agents: list[Entity]) -> list[Entity]:
    """"X ने Y से कहा कि …": Y, marked से or को between the speaker and the speech (``addressee_markers``),
    of another side than the speaker."""
    markers, audiences = load_implicit_actors().addressee_markers, role_word_set("speech_audiences")
    spoken_to = [s for s in slots if speaker.last <= s.first and s.last <= opening and s.marker in markers]
    if not spoken_to:
        return []
    return [e for e in spoken_to[-1].entities if other_side(e, agents) and e.sector not in audiences]


def agent_roles(doc: Document, slots: list[Slot], trig: TriggerMatch) -> Roles | None:
    """The ने/द्वारा agent nearest before the trigger, else the nearest bare subject of a verb."""
    if trig.trigger.plover == "ACCUSE" and is_laid_charge(doc, trig):
        return None  # "X ने Y पर लगे आरोपों को निराधार बताया": a charge told about, not X's
    if trig.trigger.roles == "speaker":
        return speaker_roles(doc, slots, trig)
    words = load_role_words()
    opening = max(speech_opening(doc, slots, trig), kicker_end(doc, slots, trig), relative_opening(doc, trig),
                  consequence_opening(doc, slots, trig), conjunct_opening(doc, slots, trig))
    before = [s for s in slots if opening <= s.first and s.last <= trig.first]
    marked = [s for s in before if s.marker in words.agent and not of_participle(doc, s, trig)]
    shared = nonfinite_agent(doc, slots, trig) if not marked else []
    agents = (ergative_first(doc, marked, trig) or converb_agent(doc, slots, trig) or shared
              or claim_owner(doc, before, trig) or frame_agent(doc, slots, trig) or fronted_agent(doc, slots, trig)
              or inverted_subject(doc, slots, trig))
    rule = "agent"
    if not agents and not (trig.trigger.plover in subjectless_in_passive()
                           and is_passive(doc, trig, len(doc.tokens))):
        agents = [s for s in before if bare_subject(s)][:1]
        rule = "subject"
    speech = speech_opening(doc, slots, trig)
    spoken = trig.trigger.plover in spoken_types() and speech > 0 and opening in (
        speech, consequence_opening(doc, slots, trig))
    if not agents and speech and opening == speech:
        agents, rule = unnamed_doer(doc, slots, speech, trig), "agent"  # "X ने बताया कि कई देशों ने Y से अनुरोध किया": not X
    if not agents and opening and ((partner_marked(slots, trig) and not told_passive(doc, slots, trig)) or spoken):
        # "A ने बताया कि B के साथ बातचीत में …": the speaker is the one who talked with B;
        # "सेना ने कहा कि … मुंहतोड़ जवाब दिया जाएगा": a threat with no agent of its own is the speaker's,
        # also after a condition ("कहा कि अगर Y ने … तो उसे परिणाम भुगतने होंगे"), never the condition's actor
        limit = speech if spoken else opening
        agents = [s for s in slots if s.last <= limit and s.marker in words.agent]
        rule = "agent"
    if not agents or not (is_predicate(doc, slots, trig, rule) or (agents == shared and holds_infinitive(doc, trig))):
        return None
    agent = speaker_for_state(slots, agents[-1], opening)
    if len(agent.entities) >= 2 and (trig.trigger.plover in MUTUAL or trig.trigger.roles == "mutual") \
            and not partner_of_all(doc, slots, agent, trig):
        # "X, Y और Z ने बैठक की", "X और Y ने एक-दूसरे से …": X with each
        return Roles(agent.entities[:1], agent.entities[1:], "agent")
    if talk_with_channel(doc, slots, trig):
        return None  # "एबीपी न्यूज से बातचीत में": the talk is the channel, no CONSULT with anyone else
    slots = [s for s in slots if not talk_channel(doc, s)]  # "पत्रकारों से बातचीत में": the channel
    if agent.first >= trig.last:  # a converb: its own objects stand before it, the main clause's after
        near = [s for s in slots if s.last <= trig.first and s.marker in words.target_before]
        return Roles(agent.entities, choose_targets(list(reversed(near)), agent.entities), rule)
    if trig.trigger.plover in load_implicit_actors().judged_types:
        slots = [s for s in slots if not deed_patient(doc, s, trig)]
    answers = [s for s in slots if not misread_answer(doc, s, agent, trig.trigger.plover)]
    told = in_reported_clause(answers, agent, speech)
    targets = (pick_target(doc, slots, agent, trig) or target_before_agent(doc, told, agent, trig.trigger.plover)
               or clause_target(doc, slots, agent, trig) or target_of_relative(doc, slots, agent))
    if not targets and len(told) < len(answers) and trig.trigger.plover in addressee_types():
        # "अमरीका ने उत्तर कोरिया से कहा कि … अमरीका हमला करेगा": a deed told with no target of its
        # own is aimed at the one told, unless that one is an audience (the press, a parliament)
        told_to = [s for s in answers if s.first >= speech or not (audience(s) or s.marker in words.agent)]
        targets = target_before_agent(doc, told_to, agent, trig.trigger.plover)
    if not targets and trig.trigger.plover in load_implicit_actors().place_recipients:
        targets = recipient_place(slots, agent, trig)
    if not targets and trig.trigger.plover == "THREATEN":
        targets = condition_actor(doc, slots, agent, trig)
    if not targets and trig.trigger.plover == "PROTEST":
        targets = site_between(doc, slots, agent, trig)
    return Roles(agent.entities, targets, rule)


def clause_target(doc: Document, slots: list[Slot], agent: Slot, trig: TriggerMatch) -> list[Entity]:
    """The target a कि clause names (``target_in_clause``), but for a trigger of a mode told only to
    whom it is addressed (``addressed_modes``: advice, GUIDELINES R8): "X ने सुझाव दिया कि जिन लोगों
    में … उन्हें पासपोर्ट जारी किया जाए" advises no one; "X ने सरकार को सुझाव दिया कि …" names its addressee."""
    if trig.trigger.mode in role_word_set("addressed_modes"):
        return []
    return target_in_clause(doc, slots, agent, trig)


def subjectless_in_passive() -> frozenset[str]:
    """Types whose bare subject before a passive trigger is no agent: those whose agentless form needs
    a target (a bare "युवक गिरफ्तार किया गया" is the one arrested) and ``passive_subjectless_types``
    (a bare subject of "… का अनुरोध किया गया है" is what is asked for or whom it is asked of)."""
    implicit = load_implicit_actors()
    return implicit.needs_target | implicit.passive_subjectless


def in_reported_clause(slots: list[Slot], agent: Slot, opening: int) -> list[Slot]:
    """An agent inside reported speech (after "कहा कि" / "बताया कि", token ``opening``) acts on the
    actors of its own clause: whom the speaker tells is no side of the deed told ("X ने बीबीसी को
    बताया कि Y ने Z पर हमला किया", "X ने Y के मंत्री से कहा कि Z …"). The slots before the opening are
    left out; an agent before it (the speaker's own deed) keeps them all."""
    if not opening or agent.first < opening:
        return slots
    return [s for s in slots if s.first >= opening]


def told_opening(opening: int, slots: list[Slot], sources: list[Entity]) -> int:
    """``opening``, the first token of the reported speech a trigger is told in, when a source is
    named in it ("X ने पत्रकारों को बताया कि भारत दवाएं भेजेगा": the deed is India's, told to the
    press), else 0: the slots from it on are the deed's own clause."""
    keys = {e.key for e in sources}
    return opening if opening and any(s.first >= opening and keys & {e.key for e in s.entities} for s in slots) else 0


@cache
def addressee_types() -> frozenset[str]:
    """Deeds told to someone that are aimed at the one told when the clause names no target: a
    threat, a promise of aid (``reported_speech.addressee_types`` in event_roles.yaml)."""
    return frozenset(load_yaml("event_roles.yaml")["reported_speech"]["addressee_types"])


@cache
def audience_sectors() -> frozenset[str]:
    """Sectors of an audience told of a deed (``reported_speech.audience_sectors`` in event_roles.yaml)."""
    return frozenset(load_yaml("event_roles.yaml")["reported_speech"]["audience_sectors"])


def audience(slot: Slot) -> bool:
    """A slot that names an audience told of a deed, never its side (the press, a parliament)."""
    return any(e.kind == "media" or e.sector in audience_sectors() for e in slot.entities)


def told_passive(doc: Document, slots: list[Slot], trig: TriggerMatch) -> bool:
    """"एसएसपी ने बताया कि युवती के साथ छेड़खानी की गई": a deed told in the passive inside
    reported speech was done by someone the speaker does not name; the one who tells of it
    (police, doctor, official) is the speaker, never the doer."""
    return speech_opening(doc, slots, trig) > 0 and is_passive(doc, trig, len(doc.tokens))


def unnamed_doer(doc: Document, slots: list[Slot], opening: int, trig: TriggerMatch) -> list[Slot]:
    """"X ने कहा कि विमानों ने Y के ठिकानों को निशाना बनाया": a reported deed whose agent ("… ने")
    is no actor one can name was done by someone unknown, never by the speaker before "कहा कि";
    not "हमने"/"मैंने" (the speaker's own side) nor a relative ("जिन्होंने")."""
    implicit = load_implicit_actors()
    own = implicit.self_words | implicit.relatives | load_role_words().relatives
    covered = {k for s in slots for k in range(s.first, s.marker_end)}
    for k in range(trig.first - 1, opening, -1):
        if doc.tokens[k].text == "ने" and k not in covered and doc.tokens[k - 1].text not in own:
            return [Slot([unknown_actor()], k - 1, k, "ने", k + 1, rule="unnamed")]
    return []


def ergative_first(doc: Document, agents: list[Slot], trig: TriggerMatch) -> list[Slot]:
    """"ट्रम्प ने इराकी संसद द्वारा पारित प्रस्ताव के जवाब में … धमकी दी": beside an ergative
    "X ने" (the finite verb's agent), a "Y द्वारा" names the agent of a participle, not of the
    clause; unless it stands right before the trigger ("X ने … Y द्वारा सैन्य अभियान शुरू किए जाने …")."""
    ergative = [s for s in agents if s.marker == "ने"]
    if not ergative or (agents[-1].marker != "ने" and adjacent(doc, agents[-1].marker_end, trig.first)):
        return agents
    return ergative


def claim_owner(doc: Document, before: list[Slot], trig: TriggerMatch) -> list[Slot]:
    """"X का आरोप है कि Y …", "X की मांग है कि …": whose charge or demand a कि clause tells."""
    owner = [s for s in before if s.marker in load_role_words().genitive and s.marker_end == trig.first]
    return owner[-1:] if owner and clause_follows(doc, trig) else []


def of_participle(doc: Document, slot: Slot, trig: TriggerMatch) -> bool:
    """"X की ओर से दी गई धमकी को देखते हुए … मांग कर रहे हैं", "X द्वारा लगाए गए आरोपों को": an
    agent followed by a participle that describes a noun acts in that participle, not in the clause.
    Never an ergative "X ने", the agent of a finite verb only ("X ने इटली आने-जाने वाले विमानों पर रोक लगा दी")."""
    if slot.marker == "ने":
        return False
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
    after = [t.text for t in doc.tokens[trig.last: trig.last + load_implicit_actors().converb_after]]
    at = next((k for k, w in enumerate(after) if w in converb), -1)
    if at < 0 or set(after[:at]) & set(load_yaml("event_roles.yaml")["converb"]["not_own"]):
        return []  # "बैठक का बहिष्कार करते हुए": another deed done to the trigger
    reach = trig.last + load_implicit_actors().converb_reach
    return [s for s in slots if trig.last <= s.first < reach and s.marker in load_role_words().agent][:1]


def frame_agent(doc: Document, slots: list[Slot], trig: TriggerMatch) -> list[Slot]:
    """"Y के साथ बैठक में X ने कहा", "Y से मुलाकात के दौरान X ने …": a meeting with its partner
    marked before it, told as the frame of a clause (``meeting_frame`` in event_roles.yaml), was
    held by the agent of that clause."""
    frame = load_yaml("event_roles.yaml")["meeting_frame"]
    if trig.trigger.plover not in frame["types"] or not partner_marked(slots, trig):
        return []
    after = [t.text for t in doc.tokens[trig.last: trig.last + 2]]
    if not any(" ".join(after[:len(m.split())]) == m for m in frame["markers"]):
        return []
    reach = trig.last + int(frame["reach"])
    agents = [s for s in slots if trig.last <= s.first < reach and s.marker in load_role_words().agent]
    return agents[:1] if agents and in_clause(doc, trig.last, agents[0].first) else []


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


def is_predicate(doc: Document, slots: list[Slot], trig: TriggerMatch, rule: str) -> bool:
    """Is the trigger what the sentence tells, rather than a noun it mentions in passing?

    A trigger followed by a case marker ("साझेदारी के विकास की", "प्रतिबंधों से राहत") is a
    topic, unless a partner is tied to it ("Y के साथ बैठक में"); after an ergative agent
    (X ने) anything else is the predicate; a bare subject needs a verb after the trigger.
    """
    if partner_marked(slots, trig) or any(w.startswith("{") for w in trig.trigger.tokens[1:]) \
            or is_meeting_setting(doc, trig):
        return True  # "Y के साथ बैठक में"; "निशाना बनाएगा": the pattern holds its own verb
    words = load_role_words()
    nxt = [t.text for t in doc.tokens[trig.last: trig.last + 2]] + ["", ""]
    goes_on = clause_goes_on_at([t.text for t in doc.tokens[trig.last + 1: trig.last + 3]], 0)
    light_ki = nxt[0] == "की" and (goes_on or ends_clause(doc, trig.last))
    announced = nxt[0] in words.genitive and nxt[1] in words.announce
    if (nxt[0] in words.simple or nxt[0] in words.genitive) and not light_ki and not announced:
        return False
    return verb_follows(doc, trig) or rule == "agent"


def verb_follows(doc: Document, trig: TriggerMatch) -> bool:
    """A verb form right after the trigger (or the trigger is itself a verb such as "पहुंचे")."""
    words = load_role_words()
    near = [t.text for t in doc.tokens[trig.last: trig.last + 4]]
    last = doc.tokens[trig.last - 1].text
    return any(w in words.light_verbs for w in near) or last in words.light_verbs


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


def is_passive(doc: Document, trig: TriggerMatch, last: int) -> bool:
    """"गिरफ्तार कर लिया गया", "हिरासत में लिया जाएगा", or a headline's bare participle ("X गिरफ्तार",
    not a finite verb: "X भारत पर शुल्क लगाएंगे");
    not a participle that describes a noun ("हिरासत में रखे गए नागरिकों को", "पकड़े गए प्रवासियों")."""
    passive = load_implicit_actors().passive
    if trig.last >= last:
        return not doc.tokens[trig.last - 1].text.endswith(finite_endings())
    k = next((k for k in range(trig.last, min(last, trig.last + 4)) if doc.tokens[k].text in passive), None)
    if k is None:
        return False
    nxt = doc.tokens[k + 1].text if k + 1 < last else ""
    return k + 1 >= last or ends_clause(doc, k) or nxt in AUXILIARIES or nxt in passive


@cache
def finite_endings() -> tuple[str, ...]:
    """Endings of a finite future verb (``finite_endings`` in event_roles.yaml): "लगाएंगे", "करेगा"."""
    return tuple(load_yaml("event_roles.yaml")["finite_endings"])


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
