"""Whom an agent acts on: choosing an event's target among the actors of its sentence.

The actor marked as the type's target (X से अनुरोध, X पर आरोप) between the agent and the
trigger, else the nearest one just after it in its clause; a demand's addressee; a partner,
the owner of an answered statement or the building a protest is held at, named before the
agent; the subject of a कि clause; a country aid is sent into; whoever a condition is about.
Never the agent itself or its own state (``other_side``), and an actor of another country
before one of the agent's own (``choose_targets``).
"""

from __future__ import annotations

from functools import cache

from ghatna.document import Document, Entity
from ghatna.extraction.actors import place_mentions
from ghatna.extraction.contents import action_promised_on, files_paper
from ghatna.extraction.implicit_actors import load_implicit_actors
from ghatna.extraction.modality import condition_before
from ghatna.extraction.roles import (
    Slot,
    gap_has_break,
    is_one_of_many,
    is_place,
    load_role_words,
    role_word_map,
    role_word_set,
)
from ghatna.extraction.triggers import TriggerMatch, load_triggers
from ghatna.resources import load_yaml
from ghatna.text.tokens import tok_index

NEAR_TARGET = 10
TALK_REACH = 5  # the words of the longest talk_channels entry

ANSWER_REACH = 3  # "X द्वारा लगाए गए आरोपों को": words between the maker of a statement and the statement

CLAUSE_TARGET_TYPES = frozenset({"THREATEN", "ACCUSE", "REQUEST", "REJECT", "SUPPORT"})
RECIPIENT_MARKERS = ("को", "में")  # help given "to" a place or handed out "in"/"among" a group


def condition_actor(doc: Document, slots: list[Slot], agent: Slot, trig: TriggerMatch) -> list[Entity]:
    """"(X ने कहा कि) अगर Y ने हमला किया तो (X) जवाबी कार्रवाई करेगा": what follows a condition
    threatens whoever the condition is about, not the actors of the condition themselves."""
    span = condition_before(doc.tokens, slots[0].first if slots else trig.first, trig.first)
    if span is None or span[1] >= trig.first:
        return []
    inside = [s for s in slots if span[0] <= s.first < span[1] and (s.marker in load_role_words().agent or not s.marker)]
    return choose_targets(inside, agent.entities)


def recipient_place(slots: list[Slot], agent: Slot, trig: TriggerMatch) -> list[Entity]:
    """"भारत ने म्यांमार में राहत सामग्री भेजी": aid sent into another country goes to it."""
    into = [s for s in slots if agent.last <= s.first and s.last <= trig.first and s.marker == "में"]
    return choose_targets([s for s in reversed(into) if all(e.kind == "country" for e in s.entities)], agent.entities)


def recipients(slots: list[Slot], trig: TriggerMatch) -> list[Entity]:
    """Help with no agent-side recipient (``recipient_place`` reads one after the agent) goes to a place it is given "to" ("केंद्र ने
    महाराष्ट्र को मदद का भरोसा दिलाया") or "in" ("म्यांमार में सहायता भेजी"), or to a group it is
    handed out "among" ("गरीबों में राशन वितरित किया"): the last such before the trigger."""
    given = [s for s in slots if s.marker in RECIPIENT_MARKERS and s.last <= trig.first]
    return [e for e in given[-1].entities if e.type in ("GPE", "LOC") or e.kind == "generic"][:1] if given else []


def deed_patient(doc: Document, slot: Slot, trig: TriggerMatch) -> bool:
    """"X की हत्या की निंदा करते हुए इसे खतरनाक बताया", "X की हत्या के अमरीकी कदम का समर्थन": X,
    whom a killing or arrest named before the trigger befell, is no target of a judgement of that
    deed (``judged_types``: its doer is)."""
    if slot.marker not in load_role_words().genitive or slot.marker_end >= trig.first:
        return False
    deeds = load_triggers().find(doc.tokens, slot.marker_end, trig.first)
    return any(d.first == slot.marker_end and d.trigger.roles == "patient" for d in deeds)


def raided_owner(doc: Document, slots: list[Slot], trig: TriggerMatch) -> list[Entity]:
    """"X के फार्म हाउस पर छापा", "X के घर पर छापा मारा गया": a raid (``owner_target_modes``) on a
    place (``raided_places``) marked पर within ``raid_reach.marker`` words before it is aimed at
    the place's owner, the actor in the genitive right before the place (not a place itself)."""
    if trig.trigger.mode not in role_word_set("owner_target_modes"):
        return []
    reach = load_yaml("event_roles.yaml")["raid_reach"]
    marker = next((k for k in range(trig.first - 1, max(trig.first - 2 - int(reach["marker"]), -1), -1)
                   if doc.tokens[k].text == "पर"), None)
    if marker is None or marker < 1 or doc.tokens[marker - 1].text not in role_word_set("raided_places") \
            or gap_has_break(doc.body, doc.tokens, marker + 1, trig.first):
        return []
    words = load_role_words()
    owners = [s for s in slots if s.marker in words.genitive and s.marker_end < marker
              and marker - s.marker_end <= int(reach["place"]) and not any(is_place(e) for e in s.entities)]
    if not owners:
        return []
    gap = doc.tokens[owners[-1].marker_end: marker]
    if any(t.text in words.simple or t.text in words.genitive for t in gap) \
            or gap_has_break(doc.body, doc.tokens, owners[-1].marker_end, marker):
        return []
    return list(owners[-1].entities)


def partner_of_all(doc: Document, slots: list[Slot], agent: Slot, trig: TriggerMatch) -> bool:
    """"X, Y और Z ने W से सहमति जताई": a partner marked with से or के साथ between the group and
    the trigger meets each of them, as does the owner of what they accept ("दोनों पक्षों ने W की
    बात मान ली": ``owned_partner_types``); not when they act on each other ("एक-दूसरे")."""
    reciprocal = load_implicit_actors().reciprocals
    if any(t.text in reciprocal for t in doc.tokens[agent.last: trig.first]):
        return False
    owned = trig.trigger.plover in role_word_set("owned_partner_types")
    return any(agent.last <= s.first and s.last <= trig.first and (
        s.marker in ("से", "के साथ") or (owned and s.marker in load_role_words().genitive and s.marker_end == trig.first
                                         and not any(is_place(e) for e in s.entities)))  # "पेरिस के समझौते": where
        and any(other_side(e, agent.entities) for e in s.entities) for s in slots)


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
    for slot in (s for s in slots if s.first >= trig.last and not sets_the_clause(doc, s)):
        members = [e for e in slot.entities if other_side(e, agent.entities)]
        if members:
            return members
    return []


def sets_the_clause(doc: Document, slot: Slot) -> bool:
    """An actor in a कि clause told as where (``clause_setting_markers``: "… में") or whence: marked
    से (``clause_origin_markers``) before a verb of coming within ``origin_reach`` words ("जापान से
    आने वाले विमान", "बिहार से लौटे मजदूर") or a place that is no country ("मुंबई से"). Not a से of
    a partner: "… कि पुलिस से अपराधियों की सांठगांठ है" is about the police."""
    if slot.marker in role_word_set("clause_setting_markers"):
        return True
    if slot.marker not in role_word_set("clause_origin_markers"):
        return False
    if slot.entities and all(is_place(e) for e in slot.entities):
        return True
    reach = int(load_yaml("event_roles.yaml")["origin_reach"])
    coming = role_word_set("coming_verbs")
    return any(t.text in coming for t in doc.tokens[slot.marker_end: slot.marker_end + reach])


def said_place_countries(doc: Document, first: int, last: int, at: int) -> set[str]:
    """The countries a sentence (tokens[first:last]) names only as where or whence in a कि clause
    after token ``at`` ("… से कहा कि इटली और स्पेन से आने वाली उड़ानों …": marked as
    ``sets_the_clause`` reads them, a list sharing its last member's marker), when these are all
    the places it names; else none. They place what is said or asked, not who says it or is asked
    before the clause (an actor inside it is placed by them: "कि … ननकाना साहिब में परिवारों से मिलेंगे")."""
    opener = next((k for k in range(at, last) if doc.tokens[k].text == "कि"), None)
    if opener is None:
        return set()
    lo, hi = doc.tokens[first].start, doc.tokens[last - 1].end
    places = [(tok_index(doc.tokens, start), tok_index(doc.tokens, end - 1) + 1, code)
              for start, end, code in place_mentions(doc) if lo <= start < hi]
    if not places or places[0][0] < opener:
        return set()
    said: set[str] = set()
    for k, (_, end, code) in enumerate(reversed(places)):
        joined = k > 0 and code_joined(doc, end, places[len(places) - k][0])
        if not joined and not marks_setting(doc, end):
            return set()
        said.add(code)
    return said


def code_joined(doc: Document, end: int, nxt: int) -> bool:
    """A place ending at token ``end`` joined to the next place (at ``nxt``) by a conjunction only."""
    return nxt - end == 1 and doc.tokens[end].text in load_role_words().conjunctions


def marks_setting(doc: Document, end: int) -> bool:
    """The marker after a place ending at token ``end`` sets a clause: "में", or "से" before a verb of
    coming (``clause_setting_markers``, ``clause_origin_markers``, ``coming_verbs``)."""
    if end >= len(doc.tokens):
        return False
    marker = doc.tokens[end].text
    if marker in role_word_set("clause_setting_markers"):
        return True
    reach = int(load_yaml("event_roles.yaml")["origin_reach"])
    coming = role_word_set("coming_verbs")
    return marker in role_word_set("clause_origin_markers") and \
        any(t.text in coming for t in doc.tokens[end + 1: end + 1 + reach])


def clause_follows(doc: Document, trig: TriggerMatch) -> bool:
    """A कि clause right after a warning, accusation or demand tells whom it is about."""
    return trig.trigger.plover in CLAUSE_TARGET_TYPES and "कि" in [t.text for t in doc.tokens[trig.last: trig.last + 4]]


def target_before_agent(doc: Document, slots: list[Slot], agent: Slot, plover: str = "") -> list[Entity]:
    """"Y के साथ बातचीत में X ने … तारीफ की": a partner named before the agent; for a protest
    also the place of the other side it is held at ("Y दूतावास के बाहर")."""
    markers = ("के साथ", "से", "को", "पर")
    before = [s for s in slots if s.last <= agent.first and (
        s.marker in markers or answered(doc, s) or (plover == "PROTEST" and protest_site(doc, s)))]
    return choose_targets(list(reversed(before)), agent.entities)


def protest_site(doc: Document, slot: Slot) -> bool:
    """"Y दूतावास के बाहर", "Y के आवास के सामने", "Y उच्चायोग के पास": a genitive before a word of
    place (``protest_sites``), or a marker ending in one; not "Y के एक बयान के अनुसार"."""
    sites = role_word_set("protest_sites")
    if slot.marker.startswith("के ") and slot.marker.split()[-1] in sites:
        return True
    nxt = doc.tokens[slot.marker_end].text if slot.marker_end < len(doc.tokens) else ""
    return slot.marker in load_role_words().genitive and nxt in sites


def site_between(doc: Document, slots: list[Slot], agent: Slot, trig: TriggerMatch) -> list[Entity]:
    """"X ने Y उच्चायोग के पास प्रदर्शन किया": the other side's building a protest is held at,
    named between the protesters and the protest, is its target."""
    sites = [s for s in slots if agent.last <= s.first and s.last <= trig.first and protest_site(doc, s)]
    return choose_targets(list(reversed(sites)), agent.entities)


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


def misread_answer(doc: Document, slot: Slot, agent: Slot, plover: str) -> bool:
    """"भारत के कदम की जानकारी मिलने पर पाकिस्तान ने बैठक बुलाई": the owner of a statement or step
    is the target of an answer only when the answer's marker stands right before its agent ("X के
    कदम की Y ने निंदा की", "X के बयान के खिलाफ Y ने") and the deed is one that answers
    (``answer_types`` in event_roles.yaml)."""
    if slot.marker not in load_role_words().genitive or not answered(doc, slot):
        return False
    if plover == "PROTEST" and protest_site(doc, slot):
        return False
    gap = agent.first - slot.marker_end - 2  # the word answered, its marker
    compound = gap == 1 and doc.tokens[slot.marker_end + 1].text == "के"  # "के खिलाफ", "के जवाब"
    return not (gap == 0 or compound) or plover not in role_word_set("answer_types")


def talk_channel(doc: Document, slot: Slot) -> bool:
    """"X ने पत्रकारों से बातचीत में Y पर निशाना साधा", "बीबीसी को दिए इंटरव्यू में": the press
    (``speech_audiences``) with its marker and the words of a talk or interview after it
    (``talk_channels``) is where something is said, never whom it is aimed at."""
    return talk_end(doc, slot) > 0


def talk_end(doc: Document, slot: Slot) -> int:
    """The token index after the talk or interview (``talk_channels``) told right after the press
    ``slot``, 0 when it is none."""
    if not slot.entities or any(e.sector not in role_word_set("speech_audiences") for e in slot.entities):
        return 0
    after = [t.text for t in doc.tokens[slot.last: slot.last + TALK_REACH]]
    return max((slot.last + len(phrase) for phrase in talk_channels() if after[:len(phrase)] == phrase), default=0)


def talk_with_channel(doc: Document, slots: list[Slot], trig: TriggerMatch) -> bool:
    """"X ने एबीपी न्यूज से बातचीत में Y को चेतावनी दी": the trigger is the talk with the press itself
    (a word of its ``talk_channels`` entry), a channel of what is said, no meeting with anyone; its
    partner is not sought elsewhere."""
    return any(s.last <= trig.first and trig.last <= talk_end(doc, s) for s in slots)


@cache
def talk_channels() -> tuple[list[str], ...]:
    """``talk_channels`` of event_roles.yaml, each as its words."""
    return tuple(phrase.split() for phrase in load_yaml("event_roles.yaml")["talk_channels"])


def pick_target(doc: Document, slots: list[Slot], agent: Slot, trig: TriggerMatch) -> list[Entity]:
    """The actor marked as this type's target (X से अनुरोध, X पर आरोप), else the nearest actor
    between agent and trigger, else just after the trigger in its clause (``in_clause``); never
    the agent's own side, nor who filed the petition or complaint acted on (``files_paper``), nor
    whom an assurance promises action against (``action_promised_on``)."""
    words = load_role_words()
    between = [s for s in slots if agent.last <= s.first and s.last <= trig.first and s.marker in words.target_before
               and not files_paper(doc, s) and not action_promised_on(doc, s, trig) and not origin_of(doc, s, trig)]
    after = [s for s in slots if trig.last <= s.first <= trig.last + NEAR_TARGET and s.marker in words.target_after
             and in_clause(doc, trig.last, s.first) and not files_paper(doc, s) and not origin_of(doc, s, trig)]
    if clause_follows(doc, trig):
        after = []  # "X ने आरोप लगाया कि Y …": the target is the clause's subject (target_in_clause)
    if trig.trigger.plover in role_word_set("denial_types"):
        owned = trig.trigger.plover in role_word_set("owned_denial_types")
        between = [s for s in between if not is_accused(doc, s, trig if owned else None)]
        after = [s for s in after if not is_accused(doc, s, trig if owned else None)]
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
    plover, mode = trig.trigger.plover, trig.trigger.mode
    return (choose_targets(by_marker(near, plover, preferred, mode) + near, agent.entities)
            or choose_targets(by_marker(after, plover, preferred, mode) + after, agent.entities))


@cache
def origin_words() -> dict[str, frozenset[str]]:
    """``origins`` of event_roles.yaml: the words that tell where a group came from."""
    return {key: frozenset(words) for key, words in load_yaml("event_roles.yaml")["origins"].items()}


def origin_of(doc: Document, slot: Slot, trig: TriggerMatch) -> bool:
    """The slot tells only where the actor after it came back from ("चीन से लौटे छात्रों से मुलाकात की",
    "दुबई से वापस आए मजदूरों की सराहना", "इटली की यात्रा से लौटे लोगों से अपील"): marked से, or a genitive
    of a journey noun then से, right before a form of returning (``origins``), it is no target of the
    trigger's type, unless the type's target is whence people come (``origins.types``: a ban on those
    coming from a country, "भारत से आने वाली उड़ानों पर रोक", is aimed at that country)."""
    words = origin_words()
    if trig.trigger.plover in words["types"]:
        return False
    tokens, k = doc.tokens, slot.marker_end
    if slot.marker in load_role_words().genitive and k + 1 < len(tokens) and tokens[k].text in words["journeys"] \
            and tokens[k + 1].text == "से":
        k += 2
    elif slot.marker != "से":
        return False
    back = k < len(tokens) and tokens[k].text in words["back"]
    k += back
    if k >= len(tokens) or tokens[k].text not in (words["comings"] if back else words["returns"]):
        return False
    return tokens[k].text not in words["infinitives"] or (k + 1 < len(tokens) and tokens[k + 1].text in words["holders"])


@cache
def charge_reach() -> int:
    """How many words a charge word may stand from the accused (``charge_reach`` in event_roles.yaml)."""
    return int(load_yaml("event_roles.yaml")["charge_reach"])


def is_accused(doc: Document, slot: Slot, owner: TriggerMatch | None = None) -> bool:
    """"Y पर लगे/लगाए जा रहे आरोप": Y, marked पर before a form of लगना/लगाना (``charge_laid_verbs``)
    and a charge word (``charge_words``), is the one charged, not the maker of the charge. With an
    ``owner`` trigger, only when that charge word owns it (``charges_own``)."""
    if slot.marker != "पर":
        return False
    nxt = [t.text for t in doc.tokens[slot.marker_end: slot.marker_end + charge_reach() + 1]]
    charges = role_word_set("charge_words")
    if not nxt or nxt[0] not in role_word_set("charge_laid_verbs"):
        return False
    at = [slot.marker_end + i for i, w in enumerate(nxt) if i and w in charges]
    return bool(at) and (owner is None or charges_own(doc, at[-1], owner))


def charges_own(doc: Document, charge: int, trig: TriggerMatch) -> bool:
    """"आरोपों की जांच की मांग", "आरोपों की जांच के आदेश": the charge word at ``charge`` owns the
    trigger: a genitive right after it (``charge_owner_marks``), the trigger within
    ``charge_owner_reach`` words, no word of another link between (``charge_owner_breaks``:
    "आरोपों के बाद उनके इस्तीफे की मांग")."""
    data = load_yaml("event_roles.yaml")
    gap = [t.text for t in doc.tokens[charge + 1: trig.first]]
    return bool(gap) and gap[0] in data["charge_owner_marks"] and len(gap) <= int(data["charge_owner_reach"]) \
        and not set(gap) & set(data["charge_owner_breaks"])


def is_laid_charge(doc: Document, trig: TriggerMatch) -> bool:
    """"Y पर लगे आरोपों को", "Y पर लगाए जा रहे आरोप": a charge named by the participle of its laying
    after the accused (``charge_stuck_verbs``, or ``charge_laid_verbs`` with an auxiliary)."""
    reach = charge_reach()
    words = [t.text for t in doc.tokens[max(0, trig.first - reach): trig.first]]
    if "पर" not in words:
        return False
    laid = words[len(words) - words[::-1].index("पर"):]
    return bool(laid) and (laid[0] in role_word_set("charge_stuck_verbs") or (
        laid[0] in role_word_set("charge_laid_verbs") and laid[1:2] != []
        and laid[1] in role_word_set("charge_laid_auxiliaries")))


def by_marker(slots: list[Slot], plover: str, preferred: tuple[str, ...], mode: str | None = None) -> list[Slot]:
    """The slots marked as the type's target, nearest first; a slot marked as the first target of
    the trigger's mode, or else of its type (``first_target_markers`` in event_roles.yaml), before
    them all: "X ने Y पर किसानों की अनदेखी का आरोप लगाया" accuses Y (पर), not the farmers of the
    charge (की); "X ने Y को किसानों की मौत के लिए दोषी ठहराया" blames Y (को)."""
    table = role_word_map("first_target_markers")
    first = table.get(mode or "", table.get(plover, frozenset()))
    marked = [s for s in slots if s.marker in preferred]
    return [s for s in marked if s.marker in first] + [s for s in marked if s.marker not in first]


def in_clause(doc: Document, a: int, b: int) -> bool:
    """No clause ends between tokens a and b: no punctuation, no "और", "कि", "लेकिन" or relative
    pronoun ("… इनकार किया और इन्हें बांग्लादेश से आए …": Bangladesh is not refused)."""
    words = load_role_words()
    ends = words.conjunctions | words.relatives | role_word_set("clause_openers") | {"कि"}
    return not gap_has_break(doc.body, doc.tokens, a, b) and not any(t.text in ends for t in doc.tokens[a:b])


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
    would stand for that state: "भारतीय मंत्री ने असम से … सड़क परियोजना पर चर्चा की")."""
    if any(ent.key == a.key for a in agents) and not is_one_of_many(ent):
        return False  # "भाई ने भाई की हत्या की": another of a class of many is another person
    countries = {a.country for a in agents if a.country}
    place = ent.kind == "country" or is_place(ent)
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


def attacked_before(doc: Document, slots: list[Slot], slot: Slot, trig: TriggerMatch) -> bool:
    """"यूक्रेन पर रूस के हमले की निंदा", "यूक्रेन पर हुए रूसी हमले की निंदा": the actor an attack
    condemned right after was made on, with the attack's doer named (a genitive) or the attack told
    as a happening ("हुए") between them; not a charge laid on the actor ("X पर घुसपैठ का आरोप")."""
    genitive, reach = load_role_words().genitive, int(load_yaml("event_roles.yaml")["condemnation"]["attacked_reach"])
    if slot.marker_end >= trig.first or trig.trigger.tokens[:1] and trig.trigger.tokens[0] in role_word_set("charge_words"):
        return False
    for deed in load_triggers().find(doc.tokens, slot.marker_end, trig.first):
        if deed.trigger.plover != "ASSAULT" or deed.last >= trig.first or doc.tokens[deed.last].text not in genitive \
                or trig.first - deed.last > reach:
            continue
        doer = any(s.marker in genitive and slot.marker_end <= s.first and s.marker_end <= deed.first for s in slots)
        happened = any(t.text in role_word_set("happened_words") for t in doc.tokens[slot.marker_end: deed.first])
        if doer or happened:
            return True
    return False
