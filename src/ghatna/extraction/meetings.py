"""Meetings told as nouns: who owns a talk told with its partner, and a talk told as a setting.

- "भारत की ईरान से बातचीत चल रही है": a state or body in the genitive right before the partner of
  a meeting noun owns the meeting (``tight_partner``; ``partner_owner_types`` in event_roles.yaml).
- "X ने Y से फोन पर हुई बातचीत में मदद मांगी": a talk with its partner before it and a
  postposition of setting after it was held (``is_meeting_setting``; ``meeting_settings``); so was
  one with a converb after it ("Y से मुलाकात कर मांगें रखीं": ``is_held_before``).
- "X ने एक बैठक आयोजित की, जिसमें Y शामिल थे": those who took part are its other side
  (``attendees``; ``meeting_attendees``).
- "कुवैत ने भारत और श्रीलंका के यात्रियों पर पाबंदी लगाई", "X ने भारत और पाकिस्तान की गोलाबारी की
  निंदा की": a pair whose genitive governs a thing of its own (words ending in another marker, or
  its own act) is not the two sides of the agent's act (``pair_owns_a_thing``); right before the
  trigger ("भारत और पाकिस्तान की गोलाबारी") or after "कहा कि" the pair's act is its own.

event_roles reads these when it finds an event's roles, telling when it decides whether a
meeting noun is told as done.
"""

from __future__ import annotations

from functools import cache

from ghatna.document import Document, Entity
from ghatna.extraction.clause_openings import ends_clause
from ghatna.extraction.roles import Slot, gap_has_break, load_role_words, role_word_set
from ghatna.extraction.triggers import TriggerMatch, phrases_in
from ghatna.plover import SYMMETRIC_TYPES
from ghatna.resources import load_yaml


def adjacent(doc: Document, marker_end: int, trig_first: int) -> bool:
    """At most two plain words ("अहम", "भारी") between a marker and the trigger, no punctuation."""
    return 0 <= trig_first - marker_end <= 2 and not gap_has_break(doc.body, doc.tokens, marker_end, trig_first)


def topic_between(doc: Document, marker_end: int, trig_first: int) -> bool:
    """"ईरान से तेल खरीद पर बातचीत": a phrase of what the talk is about, ending in a word of
    ``meeting_topic_ends`` right before the trigger, at most ``meeting_topic_reach`` words, one clause."""
    reach = int(load_yaml("event_roles.yaml")["meeting_topic_reach"])
    return (0 < trig_first - marker_end <= reach and doc.tokens[trig_first - 1].text in role_word_set("meeting_topic_ends")
            and not gap_has_break(doc.body, doc.tokens, marker_end, trig_first)
            and not any(ends_clause(doc, k) for k in range(marker_end, trig_first)))


def begins_at(doc: Document, slot: Slot, at: int) -> bool:
    """The slot begins at token ``at``, or its country's name or demonym there is all that stands
    before it ("भारत की ईरानी अधिकारियों से": the Iranian officials)."""
    if slot.first == at:
        return True
    country = slot.entities[0].country
    if not country or not 0 < slot.first - at <= 2:
        return False
    start, end = doc.tokens[at].start, doc.tokens[slot.first - 1].end
    return any(e.kind == "country" and e.country == country and (m.start, m.end) == (start, end)
               for e in doc.entities for m in e.mentions)


def tight_partner(doc: Document, before: list[Slot], gen: Slot, trig: TriggerMatch) -> bool:
    """"भारत की ईरान से बातचीत चल रही है", "अमेरिका की चीन के साथ वार्ता": a state or body in the
    genitive right before a partner (से, के साथ) right before the trigger, or before what the talk is
    about (``topic_between``: "भारत की ईरान से तेल खरीद पर बातचीत"), owns the meeting (a
    two-sided type, ``partner_owner_types``); with a noun between ("ईरान की सरकार") it owns that.
    Its marker agrees with the meeting noun (की, का), not with an oblique partner it owns ("सभी
    राज्यों के मुख्यमंत्रियों से बातचीत": the chief ministers of the states), and a group the text
    does not name owns no meeting so (``is_owner_of_act``)."""
    if trig.trigger.plover not in role_word_set("partner_owner_types") or gen.marker not in role_word_set("meeting_owner_markers") \
            or gen.entities[0].kind in ("generic", "unknown"):
        return False
    return any(begins_at(doc, s, gen.marker_end) and s.marker in role_word_set("meeting_partner_markers")
               and (adjacent(doc, s.marker_end, trig.first) or topic_between(doc, s.marker_end, trig.first))
               for s in before)


@cache
def meeting_settings() -> tuple[frozenset[tuple[str, str]], tuple[tuple[str, ...], ...], frozenset[str],
                                frozenset[str], int, int]:
    rule = load_yaml("event_roles.yaml")["meeting_settings"]
    kinds = frozenset((plover, mode) for plover in rule["types"] for mode in rule["modes"])
    return (kinds, tuple(tuple(a) for a in rule["after"]), frozenset(rule["partner"]),
            frozenset(rule["joining"]), int(rule["partner_reach"]), int(rule["reach"]))


@cache
def meeting_converbs() -> frozenset[str]:
    return frozenset(load_yaml("event_roles.yaml")["meeting_settings"]["converbs"])


def is_held_before(doc: Document, trig: TriggerMatch) -> bool:
    """"Y से मुलाकात कर मांगों को उठाया", "Y के साथ बैठक कर जरूरी हिदायत दी": a talk with its partner
    marked before it (or as the first word of its phrase: "साथ बैठक") and a converb right after it
    (``meeting_settings.converbs``) was held, and the act after it followed; not what a request asks for."""
    kinds, _after, partner, _joining, partner_reach, _reach = meeting_settings()
    if (trig.trigger.plover, trig.trigger.mode) not in kinds or trig.last >= len(doc.tokens):
        return False
    return doc.tokens[trig.last].text in meeting_converbs() and partner_before(doc, trig.first + 1, partner, partner_reach)


def partner_before(doc: Document, first: int, partner: frozenset[str], reach: int) -> bool:
    """A partner's marker among the ``reach`` words before token ``first``, in its clause."""
    for k in range(first - 1, max(-1, first - 1 - reach), -1):
        if ends_clause(doc, k):
            return False
        if doc.tokens[k].text in partner:
            return True
    return False


def is_meeting_setting(doc: Document, trig: TriggerMatch) -> bool:
    """"X ने Y से फोन पर हुई बातचीत में मदद मांगी", "Y के साथ टेलीफोन पर बातचीत के दौरान …": a
    meeting with its partner marked before it (``meeting_settings``: से, साथ within ``partner_reach``
    words of one clause) and a postposition of setting just after it (में, के दौरान; past at most
    ``reach`` words of the meeting's own phrase) is the talk in which the clause's act was done: held, not asked
    for nor what a request or an assurance is about."""
    kinds, after, partner, joining, partner_reach, reach = meeting_settings()
    if (trig.trigger.plover, trig.trigger.mode) not in kinds or not partner_before(doc, trig.first, partner, partner_reach):
        return False
    for k in range(trig.last, min(trig.last + reach, len(doc.tokens))):
        if k > trig.last and ends_clause(doc, k - 1):
            return False
        setting = next((a for a in after if tuple(t.text for t in doc.tokens[k: k + len(a)]) == a), None)
        if setting is not None:
            nxt = k + len(setting)
            return nxt >= len(doc.tokens) or doc.tokens[nxt].text not in joining
    return False


def partner_marked(slots: list[Slot], trig: TriggerMatch) -> bool:
    """"Y के साथ बैठक में", "Y से मुलाकात के दौरान": the partner's marker ties the noun to the actors
    (also when the pattern holds the marker's last word: "साथ बैठक")."""
    return any((s.marker in role_word_set("meeting_partner_markers") and 0 <= trig.first - s.marker_end <= 3)
               or (s.marker == "के साथ" and trig.first == s.marker_end - 1) for s in slots)


@cache
def meeting_attendees() -> tuple[frozenset[str], frozenset[str], frozenset[str], int]:
    rule = load_yaml("event_roles.yaml")["meeting_attendees"]
    return frozenset(rule["openers"]), frozenset(rule["words"]), frozenset(rule["told"]), int(rule["reach"])


def attendees(doc: Document, slots: list[Slot], trig: TriggerMatch, sources: list[Entity]) -> list[Entity]:
    """"X ने एक वीडियो कॉन्फ्रेंस आयोजित की, जिसमें राज्यों के मुख्यमंत्री शामिल थे": the actors
    with no marker of their own before a word of taking part, in the relative clause opened within
    ``reach`` words after a meeting, took part in it (``meeting_attendees``); not its holders. The
    verb after the word of taking part tells it done (``told``): "… शामिल होने वाला था" tells no one."""
    openers, words, told, reach = meeting_attendees()
    if trig.trigger.plover != "CONSULT":
        return []
    opener = next((k for k in range(trig.last, min(trig.last + reach, len(doc.tokens))) if doc.tokens[k].text in openers), None)
    if opener is None:
        return []
    end = next((k for k in range(opener + 1, len(doc.tokens)) if doc.tokens[k].text in words or ends_clause(doc, k)), None)
    if end is None or doc.tokens[end].text not in words or end + 1 >= len(doc.tokens) \
            or doc.tokens[end + 1].text not in told:
        return []
    held = {e.key for e in sources}
    return [e for s in slots if opener < s.first and s.last <= end and not s.marker
            for e in s.entities if e.key not in held]


def pair_owns_a_thing(doc: Document, before: list[Slot], pair: Slot, trig: TriggerMatch) -> bool:
    """An agent in the pair's clause acts on a thing the pair's genitive governs, not on the pair's
    act: the words between end in a marker other than a genitive ("के यात्रियों पर पाबंदी") or
    hold an act of the pair's own ("की गोलाबारी की निंदा"). A list right before the agent's own act
    ("X ने A, B और C की आलोचना की": told as a deed, no act of the clause after it) is its targets, one
    event each. Two-sided types are the pair's."""
    words = load_role_words()
    if trig.trigger.plover in SYMMETRIC_TYPES or pair.marker not in words.genitive or pair.marker_end > trig.first:
        return False
    agents = [s for s in before if s.marker in words.agent and s.first < pair.first]
    if not agents or any(ends_clause(doc, k) or doc.tokens[k].text == "कि"
                         for k in range(agents[-1].marker_end - 1, pair.first)):
        return False
    if pair.marker_end == trig.first:
        return told_as_act(doc, trig) and not act_follows(doc, trig)
    own_act = any(m.trigger.plover != "-" and m.last <= trig.first for m in phrases_in(doc, pair.marker_end, trig.first))
    return own_act or doc.tokens[trig.first - 1].text not in words.genitive


def told_as_act(doc: Document, trig: TriggerMatch) -> bool:
    """The trigger is told as a deed: its phrase holds its verb or a light verb follows it ("की
    आलोचना की"), not a marker of another word ("के आरोपों पर टिप्पणी")."""
    if trig.trigger.pattern.split()[-1].startswith("{"):
        return True
    return trig.last < len(doc.tokens) and doc.tokens[trig.last].text in load_role_words().light_verbs


def act_follows(doc: Document, trig: TriggerMatch) -> bool:
    """An act of the lexicon follows the trigger in its clause ("की गोलाबारी की निंदा की"): the
    trigger is a noun that act governs, not the clause's own act."""
    end = trig.last
    while end < len(doc.tokens) and not ends_clause(doc, end - 1) and doc.tokens[end].text != "कि":
        end += 1
    return any(m.trigger.plover != "-" and m.first >= trig.last for m in phrases_in(doc, trig.last, end))
