"""Which lexicon phrases of a sentence tell an event, and which only look like one.

A phrase tells no event when it is in a direct quote; refers to an event told elsewhere
("इस बैठक में", "बातचीत के बाद") or back to a deed of its type ("इस हमले की निंदा"); is what
a demand, a charge, a denial or a plan is about ("युद्धविराम की अपील", "रिहा किया जाए"); ends
in a genitive ("सहयोग की सराहना"); tells a state ("तैनात हैं"); is an actor's word or a
participle describing an actor ("गिरफ्तार छात्रों की रिहाई"); is what a request right after it
asks for; is a statement, not something asked ("कहा कि वह निर्दोष है"); or is a ban on a
gathering or a practice, a policy with no actor it is aimed at ("शादी समारोहों पर रोक").
``events.telling_triggers`` applies these tests; the words they read are data
(``modality.yaml``, ``event_roles.yaml``).
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache
from typing import NamedTuple

from ghatna.document import Document, Entity
from ghatna.extraction.actors import MAX_WORDS, match_generic
from ghatna.extraction.attack_events import aimed, harm_follows, is_claimed
from ghatna.extraction.event_roles import Roles, ends_clause, verb_follows
from ghatna.extraction.meetings import is_held_before, is_meeting_setting, partner_marked
from ghatna.extraction.modality import CLAUSE_MARKS, is_future, is_negation, load_modality
from ghatna.extraction.paradigms import load_paradigms
from ghatna.extraction.roles import Slot, all_mention_slots, clause_goes_on_at, load_role_words, read_marker
from ghatna.extraction.triggers import TriggerMatch
from ghatna.knowledge.geo import place
from ghatna.resources import load_yaml

DENIAL_REACH = 7
ASKS_ROW = "asks"  # a lexicon row's ``roles``: a request whose clause must ask (``asks_in_clause``)
OBJECT_ROW = "object"  # a lexicon row's ``roles``: the actor word inside it is its object (``separate_actor_words``)
ASKED_GAP = 2
CONTENT_REACH = 3  # "मांग की थी कि": the words between a demand and the "कि" that opens what it asks
PARTICIPLE_TYPES = frozenset({"COERCE", "CONCEDE"})  # गिरफ्तार, रिहा, नजरबंद …
OWNER_TYPES = frozenset({"PERSON", "ORG"})  # who owns a banned gathering ("दिल्ली के मेले": a place's, no actor's)


def is_called_for(doc: Document, trig: TriggerMatch) -> bool:
    """"सहयोग बढ़ाने पर जोर दिया": the event is urged, not done; "युद्धविराम की अपील",
    "नरसंहार का आरोप": it is what a demand or a charge is about."""
    rules = load_modality()
    after = tuple(t.text for t in doc.tokens[trig.last: trig.last + 2])
    if after in rules.called_for or is_habitual(doc, trig) or is_practice(doc, trig):
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
        return True  # "गैस हमले में उसका हाथ होने से सेना ने इनकार किया": what is denied
    if is_meeting_setting(doc, trig):
        return False  # "Y से बातचीत में … का भरोसा दिलाया": the talk held, what was said in it follows
    return embedded_under(doc, trig, rules.embedded_in) or is_incident_topic(doc, trig)


def is_habitual(doc: Document, trig: TriggerMatch) -> bool:
    """"जो … के आरोप में गिरफ्तार की जाती हैं": a trigger, the light verb after it, then a habitual
    passive (``habitual_light_verbs`` and the passive pairs of ``called_for``) tells a practice, no deed."""
    rules = load_modality()
    k = trig.last
    if k >= len(doc.tokens) or doc.tokens[k].text not in rules.habitual_light_verbs:
        return False
    return tuple(t.text for t in doc.tokens[k + 1: k + 3]) in rules.called_for


def is_practice(doc: Document, trig: TriggerMatch) -> bool:
    """"माओवादी हमेशा चुनावों का बहिष्कार करते हैं": a word of frequency (``practice_words``) before
    the trigger in its clause and an imperfective verb at or just after its end (a participle in
    ``practice_endings``, then one of ``practice_auxiliaries``) tell what someone does as a rule."""
    return imperfective_after(doc, trig) and frequency_before(doc, trig)


def imperfective_after(doc: Document, trig: TriggerMatch) -> bool:
    """"बहिष्कार करते हैं", "आरोप लगाता था": the trigger's own last word (a verb of the pattern) or
    one of the two after it is a participle in -ता/-ते/-ती with an auxiliary right after it."""
    rules = load_modality()
    tokens = doc.tokens
    first = trig.last - 1 if trig.last - 1 > trig.first else trig.last
    for j in range(first, min(trig.last + 2, len(tokens) - 1)):
        if j > trig.last and ends_clause(doc, j - 1):
            return False
        word = tokens[j].text
        if len(word) > 2 and word.endswith(rules.practice_endings) and tokens[j + 1].text in rules.practice_auxiliaries:
            return True
    return False


def frequency_before(doc: Document, trig: TriggerMatch) -> bool:
    """A word of ``practice_words`` within ``practice_reach`` words before the trigger, in its clause."""
    rules = load_modality()
    for k in range(trig.first - 1, max(trig.first - 1 - rules.practice_reach, -1), -1):
        if ends_clause(doc, k):
            return False
        if doc.tokens[k].text in rules.practice_words:
            return True
    return False


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
            return not came_to_light(doc, noun)
    return False


def came_to_light(doc: Document, noun: int) -> bool:
    """"हमला करने का मामला सामने आया": a case noun followed by a word of coming to light
    (``come_to_light``) reports the deed, it is no case at law about it."""
    rules = load_modality()
    after = doc.tokens[noun + 1].text if noun + 1 < len(doc.tokens) else ""
    return doc.tokens[noun].text in rules.come_to_light and after in rules.come_to_light_after


def refers_back(doc: Document, trig: TriggerMatch) -> bool:
    """"फ्रांस ने भी इस हमले की निंदा की", "हत्या का बदला लेने की धमकी": a deed of a type the
    article has told before, named as what a condemnation, an inquiry or revenge is about, is
    that deed again, not a new one."""
    told = {e.type for e in doc.events}
    return trig.trigger.plover in told and embedded_under(doc, trig, load_modality().back_reference_in) \
        and not is_claimed(doc, trig)  # "हमले की जिम्मेदारी ली": the claim names who did it


@cache
def incident_words() -> tuple[frozenset[str], frozenset[tuple[str, ...]]]:
    data = load_yaml("modality.yaml")
    return frozenset(data["incident_nouns"]), frozenset(tuple(t) for t in data["incident_topics"])


def is_incident_topic(doc: Document, trig: TriggerMatch) -> bool:
    """"गोलीबारी की घटना पर विरोध दर्ज कराया", "हमले की घटना की निंदा": a deed named as the
    incident a reaction is about (``incident_nouns``), an earlier event, not a deed of who reacts."""
    nouns, topics = incident_words()
    k = trig.last
    if k + 2 >= len(doc.tokens) or doc.tokens[k].text not in load_role_words().genitive \
            or doc.tokens[k + 1].text not in nouns:
        return False
    after = tuple(t.text for t in doc.tokens[k + 2: k + 4])
    if any(after[: len(topic)] == topic for topic in topics):
        return True
    return after[0] in load_role_words().genitive and after[1:] != () \
        and after[1] in load_modality().back_reference_in


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
    goes_on = clause_goes_on_at([t.text for t in doc.tokens[trig.last: trig.last + 2]], 0)
    return not ends_clause(doc, trig.last - 1) and not goes_on and nxt not in load_modality().past


def is_reference(doc: Document, trig: TriggerMatch, slots: list[Slot] | None = None) -> bool:
    """"इस बैठक में", "बातचीत के बाद": the trigger refers to an event told elsewhere; not
    "Y से फोन पर हुई बातचीत के दौरान", whose partner is named with it."""
    words = load_role_words()
    if trig.first > 0 and doc.tokens[trig.first - 1].text in words.anaphora:
        return not is_claimed(doc, trig)  # "इस हमले की जिम्मेदारी ली": who did it, told anew
    after = tuple(t.text for t in doc.tokens[trig.last: trig.last + 2])
    if any(after[: len(ref)] == ref for ref in words.reference_after):
        # "सीमा चौकी पर ड्रोन हमले के बाद": an attack with its target marked before it is told
        # anew; not "… हमले के बाद की स्थिति", a state after it. So is one whose harm the clause
        # goes on to tell ("मुठभेड़ के दौरान दो बदमाश घायल हो गए").
        told_anew = (aimed(doc, slots or [], trig) and not modifies_noun(doc, trig.last + 2)) \
            or harm_follows(doc, trig)
        return not (slots and (partner_marked(slots, trig) or told_anew)) and not is_meeting_setting(doc, trig)
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


def told_not_asked(doc: Document, trig: TriggerMatch, last: int) -> bool:
    """"X ने Y से कहा कि वह …" asks Y only when what follows is asked ("… सुनिश्चित करे"): a
    clause that ends in a statement's or a promise's verb ("कि वह निर्दोष है", "कि वह मदद करेगा")
    tells, it asks nothing (rows whose ``roles`` column says ``asked``). A row that says ``asks``
    ("Y से कहा कि …", no pronoun) needs a verb that asks (``asks_in_clause``)."""
    if trig.trigger.roles == ASKS_ROW:
        return not asks_in_clause(doc, trig, last)
    if trig.trigger.roles != "asked":
        return False
    rules = load_modality()
    k = trig.last
    while k < last - 1 and not ends_clause(doc, k):
        k += 1
    word = doc.tokens[k].text if k < len(doc.tokens) else ""
    return word in rules.statement_endings or (len(word) > 3 and word.endswith(rules.future_suffixes))


class AskingVerbs(NamedTuple):
    """``asking_verbs`` in modality.yaml: the forms that ask and the words that tell they do not."""

    words: frozenset[str]
    endings: tuple[str, ...]
    not_words: frozenset[str]
    not_after: frozenset[str]
    before: frozenset[str]
    wish_verbs: frozenset[str]


@cache
def asking_verbs() -> AskingVerbs:
    data = load_yaml("modality.yaml")["asking_verbs"]
    return AskingVerbs(frozenset(data["words"]), tuple(data["endings"]), frozenset(data["not"]),
                       frozenset(data["not_after"]), frozenset(data["before"]), frozenset(data["wish_verbs"]))


def is_asking_verb(word: str, previous: str = "") -> bool:
    """करें, दें, बढ़ाएं, कीजिए: a form that asks (``asking_verbs`` in modality.yaml); not a pronoun
    (उन्हें), nor a plural noun after a genitive or a quantifier ("की नई योजनाएं": ``not_after``)."""
    verbs = asking_verbs()
    if word in verbs.not_words:
        return False
    return word in verbs.words or (len(word) > 2 and word.endswith(verbs.endings) and previous not in verbs.not_after)


def asks_in_clause(doc: Document, trig: TriggerMatch, last: int) -> bool:
    """"Y से कहा (गया है) कि … करें": the word before the first purpose or consequence opener after
    the trigger ("… साझा करें ताकि …"; what follows one is subjunctive whatever is asked: "… जिससे वे
    हमले करें"), else the sentence's last word, asks (``is_asking_verb``), and is no wish told after a
    statement ("… मजबूत हैं और आगे भी बने रहें": ``is_wish``)."""
    verbs = asking_verbs()
    words = [t.text for t in doc.tokens[trig.last: last] if any(ch.isalpha() for ch in t.text)]
    end = next((k for k in range(1, len(words)) if words[k] in verbs.before), len(words))
    if end == 0:
        return False
    return is_asking_verb(words[end - 1], words[end - 2] if end > 1 else "") and not is_wish(words[:end])


def is_wish(words: list[str]) -> bool:
    """A clause (its words) ending in a subjunctive of being or staying (``wish_verbs``) after a
    statement joined to it by a conjunction: "… रिश्ते पुराने हैं और आगे भी बने रहें" wishes, it asks nothing."""
    if words[-1] not in asking_verbs().wish_verbs:
        return False
    statements, joins = load_modality().statement_endings, load_role_words().conjunctions
    return any(words[k] in statements and words[k + 1] in joins for k in range(len(words) - 2))


def asked_side(trig: TriggerMatch, slots: list[Slot], roles: Roles) -> Roles:
    """An ``asks`` row asks the actor right before its own "से" (``asks_no_one`` wants one there):
    "मंत्री ने पत्रकारों से कहा कि राज्यों से कहा गया है कि …" asks the states, not the journalists
    told of it; and the addressee of another telling verb in the sentence asks nothing of them."""
    if trig.trigger.roles != ASKS_ROW:
        return roles
    asked = next((s for s in slots if s.last == trig.first), None)
    if asked is None:
        return roles
    told = {e.key for s in slots if s is not asked and s.marker == "से" for e in s.entities}
    sources = [e for e in roles.sources if e.key not in told]
    return replace(roles, sources=sources, targets=list(asked.entities))


def asks_no_one(trig: TriggerMatch, slots: list[Slot]) -> bool:
    """"अस्पतालों से कहा कि …": an ``asks`` row with no actor right before its "से" names no one
    asked, and sides read from its clause would be those of what is asked; it tells no request. A
    seat of office named by its building is where one speaks from ("व्हाइट हाउस से कहा कि …":
    a landmark of the gazetteer), no one asked."""
    return trig.trigger.roles == ASKS_ROW and not any(
        s.last == trig.first and not all(is_building(e) for e in s.entities) for s in slots)


def is_building(ent: Entity) -> bool:
    """An actor named by the building that seats it (White House, Kremlin: a gazetteer landmark)."""
    found = place(ent.name)
    return found is not None and found.kind == "landmark"


def demand_content(doc: Document, trig: TriggerMatch, earlier: list[TriggerMatch]) -> bool:
    """"X ने मांग की थी कि … कार्रवाई की जानी चाहिए": what someone should do, told in the clause a
    demand opens with "कि", is what that demand asks, not a demand of the one who reports it."""
    if trig.trigger.roles != "speaker" or trig.trigger.plover != "REQUEST" or not earlier \
            or earlier[-1].trigger.plover != "REQUEST":
        return False
    openers = load_modality().content_openers
    return any(doc.tokens[k].text in openers for k in range(earlier[-1].last, min(trig.first, earlier[-1].last + CONTENT_REACH)))


def is_wished(doc: Document, trig: TriggerMatch, first: int) -> bool:
    """"ईरान चाहता है कि अमेरिका प्रतिबंध हटा ले": a deed in the clause a wish opens ("चाहता/चाहते
    है कि", ``wish`` in modality.yaml) is what someone wants, no deed of the clause's subject."""
    wish = load_modality().wish
    for k in range(trig.first - 1, first, -1):
        if ends_clause(doc, k):
            return False
        if doc.tokens[k].text == "कि":
            return any(t.text in wish for t in doc.tokens[max(first, k - 3): k])
    return False


def asked_content(doc: Document, trig: TriggerMatch, earlier: list[TriggerMatch], last: int) -> bool:
    """"भारत ने चीन से कहा कि वह अपनी सेना वापस बुलाए": a deed in the clause a request opens
    (a row whose ``roles`` say ``asked``) is what is asked, unless that clause tells a statement
    (``told_not_asked``: then no request is made, and the deed is told)."""
    if not earlier or earlier[-1].trigger.roles not in ("asked", ASKS_ROW) or told_not_asked(doc, earlier[-1], last):
        return False
    return not any(ends_clause(doc, k) for k in range(earlier[-1].last - 1, trig.first))


def asked_for(doc: Document, trig: TriggerMatch, later: list[TriggerMatch]) -> bool:
    """"छात्रों को रिहा करने को कहा": what a request right after it asks for is no deed; not the
    talk a request was made in ("Y से बातचीत में अनुरोध किया", ``is_meeting_setting``) nor one held
    before it ("Y से मुलाकात कर मांगें रखीं", ``is_held_before``)."""
    return bool(later) and later[0].trigger.plover == "REQUEST" and later[0].first - trig.last <= ASKED_GAP \
        and not is_meeting_setting(doc, trig) and not is_held_before(doc, trig)


def describes_actor(doc: Document, trig: TriggerMatch, slots: list[Slot]) -> bool:
    """"गिरफ्तार छात्रों की रिहाई": a one-word participle right before an actor describes it;
    "मौके पर पहुंचे पुलिसकर्मियों", "स्टेशन पर तैनात पुलिस": so does a trigger ending in a
    participle right before a group."""
    if trig.last - trig.first == 1 and trig.trigger.plover in PARTICIPLE_TYPES:
        return any(s.first == trig.last for s in slots)
    if doc.tokens[trig.last - 1].text not in load_modality().participles or ends_clause(doc, trig.last - 1):
        return False
    return any(s.first == trig.last and is_group(s) for s in slots)


def separate_actor_words(doc: Document, triggers: list[TriggerMatch],
                         slots: list[Slot]) -> tuple[list[TriggerMatch], list[Slot]]:
    """A one-word trigger that is an actor's word ("प्रदर्शनकारियों", "हमलावरों") is no trigger;
    an actor's word inside a longer trigger ("सैनिक भेजे", "सेना हटाई") is no actor, but in a row
    whose ``roles`` column says ``object`` it names whom the deed is done to (``past_object``)."""
    actor_words = {i for s in slots if is_group(s) for i in range(s.first, s.last)}
    kept = [t for t in triggers if t.last - t.first > 1 or t.first not in actor_words]
    kept = [past_object(doc, t, slots) if t.trigger.roles == OBJECT_ROW else t for t in kept]
    inside = {i for t in kept for i in range(t.first, t.last)}
    return kept, [s for s in slots if not is_group(s) or not inside & set(range(s.first, s.last))]


def past_object(doc: Document, trig: TriggerMatch, slots: list[Slot]) -> TriggerMatch:
    """"भारत के 20 मछुआरों को छोड़ दिया": the captives a release row names are whom it frees, an
    actor ("India civilians") and no part of the phrase, which is read from the marker after them."""
    ends = [s.last for s in slots if is_group(s) and s.first <= trig.first < s.last < trig.last]
    if not ends:
        return trig
    first = max(ends)
    return replace(trig, first=first, start=doc.tokens[first].start)


def is_group(slot: Slot) -> bool:
    return any(e.kind in ("generic", "unknown") for e in slot.entities)


def bans_a_practice(doc: Document, trig: TriggerMatch) -> bool:
    """"मेले में भीड़ के जमा होने पर रोक रहेगी", "परेड के आयोजन पर पाबंदी": a ban whose
    object, the nearest word marked "पर" before the ban word in its clause, is a gathering, a
    public event or a practice (``banned_practices``) is a policy with no actor it is aimed at,
    no SANCTION; "विदेशियों के आने पर रोक" is aimed at the foreigners and stays, and so does a
    ban on an actor's own gathering ("भाजपा की रैली पर रोक": ``owned_by_actor``)."""
    rules = load_modality()
    if trig.trigger.plover != "SANCTION":
        return False
    at = next((k for k in range(trig.first, trig.last) if doc.tokens[k].text in rules.ban_words), None)
    if at is None:
        return False
    for k in range(at - 1, max(at - rules.ban_reach, 0), -1):
        if ends_clause(doc, k):
            return False
        if doc.tokens[k].text == "पर":
            word = k - 2 if doc.tokens[k - 1].text in rules.light_infinitives else k - 1
            return word >= 0 and doc.tokens[word].text in rules.banned_practices and not owned_by_actor(doc, word)
    return False


def owned_by_actor(doc: Document, word: int) -> bool:
    """"भाजपा की रैली", "दलाई लामा के कार्यक्रमों", "किसानों के धरने": a person, an
    organisation or a generic group in the genitive right before the practice word (a quantifier
    of ``ban_owner_gap`` may stand between: "की सभी गतिविधियों") owns it, and the ban is aimed at
    that actor; the public at large (``ban_public_groups``: "लोगों के जमा होने") is no owner."""
    rules, words = load_modality(), load_role_words()
    gap, public = rules.ban_owner_gap, rules.ban_public_groups
    end = word - 1 if word > 0 and doc.tokens[word - 1].text in gap else word
    if any(s.marker in words.genitive and s.marker_end == end and s.entities[0].type in OWNER_TYPES
           for s in all_mention_slots(doc)):
        return True
    for i in range(max(end - 1 - MAX_WORDS, 0), end - 1):
        found = match_generic(doc, i)
        if found is not None and found[0].label not in public:
            marker, after = read_marker(doc.tokens, found[1], words)
            if marker in words.genitive and after == end:
                return True
    return False


@cache
def stance_nouns() -> tuple[frozenset[str], frozenset[str]]:
    """The modes whose doers a participle in -वाला names as holders of a stance, and those words."""
    spec = load_yaml("event_roles.yaml")["stance_nouns"]
    return frozenset(spec["modes"]), frozenset(spec["words"])


def names_a_stance(doc: Document, trig: TriggerMatch) -> bool:
    """"कानून का विरोध करने वालों को …", "सरकार का विरोध करने वाले नेता": an infinitive of
    opposing followed by वाले/वालों names the people who hold that view (the opponents), no
    deed done at a time; "… विरोध करने वाले हैं" (going to) is left to the modality. Of any deed, the
    doers a warning is aimed at (``warns_doers``) are anyone who does it."""
    modes, _words = stance_nouns()
    k = trig.last
    if trig.trigger.mode in modes:
        return doers_named_at(doc, k)
    if k < len(doc.tokens) and doc.tokens[k].text in load_modality().light_infinitives:
        k += 1  # "हमला करने वालों": the trigger's light verb
    return doers_named_at(doc, k) and warns_doers(doc, k + 1)


def doers_named_at(doc: Document, k: int) -> bool:
    """Token k is वाले/वालों after an infinitive ("… करने वालों"), not "करने वाले हैं" (going to)."""
    _modes, words = stance_nouns()
    if k >= len(doc.tokens) or doc.tokens[k].text not in words or not doc.tokens[k - 1].text.endswith("ने"):
        return False
    return k + 1 >= len(doc.tokens) or doc.tokens[k + 1].text not in load_modality().after_infinitive_then


def warns_doers(doc: Document, start: int) -> bool:
    """"महिलाओं पर अत्याचार करने वालों को बख्शा नहीं जाएगा": after the participle that names the
    doers, the sentence says, negated and in the future, what will (not) be done to them: a warning
    to whoever does the deed, no deed told."""
    rules, negated = load_modality(), False
    for k in range(start, len(doc.tokens)):
        if doc.tokens[k].text in CLAUSE_MARKS:
            return False
        negated = negated or is_negation(doc.tokens, k, rules)
        if negated and is_future(doc.tokens, k, rules):
            return True
    return False
