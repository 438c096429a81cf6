"""Who took part in an event told as a noun: "X और Y की मुलाकात", "X की Y से मुलाकात", "X और Y के
बीच", "X की Y यात्रा", "X-Y वार्ता", and for one-sided events the possessor ("रूस के ड्रोन हमलों से"),
with the tests that tell a genitive owning the deed from one owning a thing, a partner or a patient.
"""

from __future__ import annotations

from ghatna.document import Document, Entity
from ghatna.extraction.clause_openings import bare_subject, ends_clause
from ghatna.extraction.coordination import OWNED_LIST
from ghatna.extraction.event_roles import Roles, is_passive
from ghatna.extraction.meetings import adjacent, pair_owns_a_thing, tight_partner
from ghatna.extraction.modality import load_modality
from ghatna.extraction.role_targets import other_side, raided_owner
from ghatna.extraction.roles import Slot, clause_goes_on_at, is_place, load_role_words, role_word_set
from ghatna.extraction.triggers import TriggerMatch, word_after
from ghatna.resources import load_yaml

POSSESSED_TYPES = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "SANCTION", "THREATEN"})
MODIFIER_RULES = frozenset({"kb:demonym", "generic"})  # "अमरीकी हवाई हमले", "नक्सली हमले"


def participants(slots: list[Slot], trig: TriggerMatch, doc: Document) -> Roles | None:
    """Nominal forms: "X और Y की मुलाकात", "X की Y से मुलाकात", "X और Y के बीच", "X की Y यात्रा",
    "X-Y वार्ता", and for one-sided events the possessor: "रूस के ड्रोन हमलों से"."""
    words = load_role_words()
    backed = backing_roles(doc, slots, trig)
    if backed is not None:
        return backed
    before = [s for s in slots if s.marker_end <= trig.first]
    between = [s for s in before if s.marker == "के बीच" and len(s.entities) >= 2]
    if between and not any(s.marker in words.agent for s in before if s is not between[-1]):
        # "अमरीका और ईरान के बीच तनाव … और ईरान ने धमकी दी": an agent of its own comes first
        return Roles([between[-1].entities[0]], between[-1].entities[1:], "between")
    close = [s for s in before if adjacent(doc, s.marker_end, trig.first)]
    pair = [s for s in close if len(s.entities) >= 2 and (s.marker in words.genitive or s.marker == "")
            and not any(is_place(e) for e in s.entities)  # "वाशिंगटन, न्यूयॉर्क … में": where, not who
            and s.rule != OWNED_LIST]  # "X और उसके परिवार की संपत्ति": one side with its own
    if pair and pair[-1].marker == "" and in_a_list(doc, trig):
        pair = []  # "भारत-जापान व्यापार और निवेश के विस्तार पर": a topic, not a happening
    holder = is_held(trig)
    if pair and pair[-1].marker in words.genitive and holder:
        pair = []  # "ईरान, इटली और जापान के वीजा रद्द किए गए": whose visas, not who cancelled them
    if pair and pair[-1].marker in words.genitive and trig.trigger.mode == "visit" \
            and all(e.kind == "country" for e in pair[-1].entities):
        pair = []  # "मोदी जापान और वियतनाम की यात्रा पर जाएंगे": the lands visited, not a meeting of theirs
    if pair and pair_owns_a_thing(doc, before, pair[-1], trig):
        pair = []  # "कुवैत ने भारत और श्रीलंका के यात्रियों पर पाबंदी लगाई": whose travellers; the agent acts
    if pair:
        return Roles([pair[-1].entities[0]], pair[-1].entities[1:], "nominal_pair")
    gen = [s for s in before if s.marker in words.genitive]
    agent_before = any(s.marker in words.agent for s in before)
    subject_before = agent_before or any(bare_subject(s) for s in before if gen and s.first < gen[-1].first)
    if gen and (is_owner_of_act(gen[-1].entities[0], subject_before) or tight_partner(doc, before, gen[-1], trig)) \
            and trig.trigger.plover not in POSSESSED_TYPES and not told_as_obligation(doc, trig):
        # "ईरान की सरकार ने ट्रूडो के वक्तव्य के बाद कनाडा से … आग्रह": after an agent, the genitive
        # owns the partner's noun only right before it
        owned = not any(s.marker == "ने" for s in before if s.first < gen[-1].first)
        partner = [s for s in before if s.first > gen[-1].first and (
            (s.marker in ("से", "के साथ") and (owned or adjacent(doc, gen[-1].marker_end, s.first)))
            or (s.marker == "" and s.last == trig.first))]
        if partner:
            return Roles(gen[-1].entities[:1], partner[-1].entities[:1], "nominal")
    owner = [s for s in close if len(s.entities) == 1 and (s.marker in words.genitive or (
        s.marker == "" and s.last == trig.first and (s.rule in MODIFIER_RULES or s.entities[0].type == "ORG")))
        and not marked_between(doc, s.marker_end, trig.first)
        and not (trig.trigger.roles == "patient" and s.marker in words.genitive)  # "X की हत्या": X is killed
        and not (s.marker in words.genitive and ends_in_converb(doc, trig))  # "X की गोली मारकर हत्या"
        and not undergoes(doc, s, trig) and not is_subject_of_deed(doc, s, trig)]
    if owner and trig.trigger.plover in POSSESSED_TYPES and not holder and (not agent_before or is_nominal(doc, trig)):
        # "X के दफ्तर पर सीबीआई का छापा": the raided place's owner is the target
        return Roles(owner[-1].entities[:1], raided_owner(doc, slots, trig), "possessor")
    return None


def ends_in_converb(doc: Document, trig: TriggerMatch) -> bool:
    """The trigger's verb is told as a converb ("गोली मारकर": ``converb_endings``), so a genitive
    before it belongs to the noun after it ("X की गोली मारकर हत्या")."""
    if not trig.trigger.pattern.split()[-1].startswith("{"):
        return False
    word = doc.tokens[trig.last - 1].text
    return any(word.endswith(end) and len(word) > len(end) for end in role_word_set("converb_endings"))


def backing_roles(doc: Document, slots: list[Slot], trig: TriggerMatch) -> Roles | None:
    """"फ्रांस और ब्रिटेन के समर्थन के साथ अमेरिका ने प्रस्ताव रखा", "रूस के समर्थन से सीरिया ने …":
    the owners of a backing told as the means of a deed (``backing``: the trigger, then से / के साथ
    …) back the agent of that deed, not each other."""
    rule = load_yaml("event_roles.yaml")["backing"]
    words = load_role_words()
    owner = next((s for s in slots if s.marker_end == trig.first and s.marker in words.genitive), None)
    if trig.trigger.plover not in rule["types"] or owner is None:
        return None
    means = next((len(m) for m in rule["after"]
                  if tuple(t.text for t in doc.tokens[trig.last: trig.last + len(m)]) == tuple(m)), None)
    if means is None:
        return None
    agent = next((s for s in slots if s.first >= trig.last + means and s.marker in words.agent), None)
    if agent is None or any(ends_clause(doc, k) for k in range(trig.last, agent.first)):
        return None
    named = [(m.start, m.end) for e in doc.entities for m in e.mentions]
    if any(doc.tokens[k].text not in rule["between"] and doc.tokens[k].text not in words.genitive
           and not any(a <= doc.tokens[k].start and doc.tokens[k].end <= b for a, b in named)
           for k in range(trig.last + means, agent.first)):
        return None  # "X के समर्थन से नाराज Z ने": Z angered by the backing, not backed
    targets = [e for e in agent.entities if other_side(e, owner.entities)]
    return Roles(owner.entities, targets, "nominal") if targets else None


def told_as_obligation(doc: Document, trig: TriggerMatch) -> bool:
    """"ई पास लेना होगा": the trigger ends in a verb of obligation (``obligation_endings``), no noun."""
    return doc.tokens[trig.last - 1].text in role_word_set("obligation_endings")


def is_subject_of_deed(doc: Document, slot: Slot, trig: TriggerMatch) -> bool:
    """"Y को उग्रवादी निशाना बना रहे हैं", "Y पर नक्सली हमला कर रहे थे": a bare group right before a
    noun its verb of doing follows (``doing_verbs``; not "नक्सली हमला हुआ", "नक्सली हमले में") is
    the subject of that verb, not the owner of the noun."""
    if slot.marker or is_nominal(doc, trig) or is_passive(doc, trig, len(doc.tokens)):
        return False  # "दूतावास पर आतंकी हमला किया गया": the attack is the group's, told in the passive
    doing = role_word_set("doing_verbs")
    held = [w.strip("{}") for w in trig.trigger.tokens[1:] if w.startswith("{")]
    nxt = word_after(doc, trig)
    return any(w in doing for w in held) or (not held and nxt in doing)


def is_held(trig: TriggerMatch) -> bool:
    """A deed done to the holders of a thing (``holder_modes``: a visa cancelled): the actors in the
    genitive right before it are whose the thing is, not its doer nor two sides of it."""
    return trig.trigger.mode in role_word_set("holder_modes")


def undergoes(doc: Document, slot: Slot, trig: TriggerMatch) -> bool:
    """"54 लोग गिरफ्तार किए गए हैं", "छात्र गिरफ्तार कर लिए गए": a bare group of a sector that does no such
    deed (``passive_patient_sectors``) right before a passive is whom it befell, not its owner."""
    words = load_role_words()
    nxt = word_after(doc, trig)
    return (slot.marker == "" and all(e.sector in role_word_set("passive_patient_sectors") for e in slot.entities)
            and nxt not in words.genitive and nxt not in words.simple  # not "जनता कर्फ्यू का ऐलान किया गया"
            and is_passive(doc, trig, len(doc.tokens)))


def is_owner_of_act(ent: Entity, subject_before: bool) -> bool:
    """Who may own a demand or a meeting told as a noun ("X की Y से मांग"): a person, or a group
    the text does not name when the clause has no agent and no subject before it ("इन मजदूरों की
    सरकार से मांग है कि …"; not "मोदी सभी राज्यों के मुख्यमंत्रियों के साथ बैठक करेंगे", where the
    group owns the partner, nor "विभाग के सचिव X ने Y से बात की");
    not a state or body, whose genitive more often owns something else ("ईरान की सरकार")."""
    return ent.type == "PERSON" or (ent.kind == "generic" and not subject_before)


def is_nominal(doc: Document, trig: TriggerMatch) -> bool:
    """"अमरीकी हमले में", "रूस के हमलों की": the trigger is a noun with a case marker after it, an
    event of its own beside what the clause's agent does."""
    words = load_role_words()
    nxt, after = (t.text for t in (doc.tokens[trig.last: trig.last + 2] + [doc.tokens[-1]] * 2)[:2])
    if trig.last >= len(doc.tokens) or ends_clause(doc, trig.last - 1):
        return False
    if nxt in words.simple:
        return True
    verbal = words.light_verbs | load_modality().past
    goes_on = clause_goes_on_at([t.text for t in doc.tokens[trig.last + 1: trig.last + 3]], 0)
    return nxt in words.genitive and not ends_clause(doc, trig.last) and after not in verbal and not goes_on


def marked_between(doc: Document, a: int, b: int) -> bool:
    """A case marker among tokens[a:b]: "X के काफिले पर हमला" — X owns what was attacked, not the
    attack; "X की हत्या का बदला" — X owns the killing, not the revenge."""
    words = load_role_words()
    return any(t.text in words.simple or t.text in words.genitive for t in doc.tokens[a:b])


def in_a_list(doc: Document, trig: TriggerMatch) -> bool:
    nxt = word_after(doc, trig)
    return nxt in load_role_words().conjunctions or ends_clause(doc, trig.last - 1)
