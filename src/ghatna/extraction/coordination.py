"""Actors told together: "X और Y ने", "X, Y ने", members each with a title ("भारत के प्रधानमंत्री A,
जापान के प्रधानमंत्री B और …"), one office holder named twice ("वरिष्ठ भाजपा नेता और केंद्रीय मंत्री X"),
and lists included in a group ("X समेत कई राज्यों ने"). The slots come from ``roles``; the words
from ``role_words`` and ``event_roles.yaml``.
"""

from __future__ import annotations

from functools import cache

from ghatna.document import Document
from ghatna.extraction.roles import (
    ABSORB_REACH,
    Slot,
    gap_has_break,
    load_role_words,
    read_marker,
    role_word_set,
)
from ghatna.resources import load_yaml
from ghatna.text.tokens import word_key

INCLUDED_REACH = 4  # "X समेत कई अन्य राज्यों ने": words from "समेत" to the group's marker
OWNED_LIST = "owned list"  # "X और उसके परिवार": one side, never a pair of sides
TITLE_WORDS = 2  # "प्रधानमंत्री", "विदेश मंत्री": the words of a list member's title besides its owner


def coordinate(doc: Document, slots: list[Slot], modifiers: frozenset[int] = frozenset()) -> list[Slot]:
    """Join "X और Y ने" (or "X, Y ने" of one kind: not "सुलेमानी, इराक के बगदाद में") into one slot
    whose marker is the last member's; also members each
    named with a title ("भारत के प्रधानमंत्री A, जापान के प्रधानमंत्री B और …"), whose
    modifiers (tokens ``modifiers``, absorbed into the member after them) stand between."""
    words = load_role_words()
    out: list[Slot] = []
    owned = False  # a possessive pronoun ties the slot to the list before it
    for k, s in enumerate(slots):
        prev = out[-1] if out else None
        if prev is not None and owns_next(doc, prev, s, slots[k + 1:]):
            owned = True
            continue  # "X और उसके बेटे को": X and his son, the pronoun only their tie
        gap = doc.body[doc.tokens[prev.last - 1].end: doc.tokens[s.first].start] if prev and prev.last == s.first else ""
        joined = prev is not None and not prev.marker and prev.last < len(doc.tokens) and (
            (doc.tokens[prev.last].text in words.conjunctions and s.first - prev.last <= ABSORB_REACH
             and not gap_has_break(doc.body, doc.tokens, prev.last + 1, s.first))
            or included_in(doc, prev, s)
            or ("," in gap and prev.entities[0].type == s.entities[0].type)
            or (gap.strip() == "-" and prev.entities[0].type == s.entities[0].type == "GPE")
            or titled_member(doc, prev, s, modifiers))
        if joined and prev is not None and one_holder(doc, prev, s):
            prev.entities = s.entities
            prev.last, prev.marker, prev.marker_end = s.last, s.marker, s.marker_end
            prev.rule = "one holder"
        elif joined and prev is not None:
            prev.entities = prev.entities + [e for e in s.entities if e not in prev.entities]
            prev.last, prev.marker, prev.marker_end = s.last, s.marker, s.marker_end
            prev.rule = OWNED_LIST if owned else "coordination"
        else:
            out.append(s)
        owned = False
    return out


def owns_next(doc: Document, prev: Slot, s: Slot, rest: list[Slot]) -> bool:
    """"रमेश और उसके बेटे को", "भाजपा और उसके सहयोगी दलों ने": a possessive pronoun (``person_possessives``)
    right after an unmarked actor and a conjunction, right before the next actor, owns that actor; it is no
    member of the list, which goes on with the actor it owns (rule ``OWNED_LIST``: one side, its owner
    and what it owns, never the two sides of a pair, "X और उसके परिवार की संपत्ति जब्त")."""
    words = load_role_words()
    if prev.marker or s.last - s.first != 1 or s.first != prev.last + 1 or not rest or rest[0].first != s.last:
        return False
    return doc.tokens[prev.last].text in words.conjunctions and doc.tokens[s.first].text in person_possessives()


@cache
def person_possessives() -> frozenset[str]:
    return frozenset(load_yaml("event_roles.yaml")["person_possessives"])


@cache
def one_holder_titles() -> tuple[frozenset[str], frozenset[str]]:
    """``one_holder_titles`` and ``concurrent_titles`` of event_roles.yaml."""
    data = load_yaml("event_roles.yaml")
    return (frozenset(word_key(w) for w in data["one_holder_titles"]),
            frozenset(word_key(w) for w in data["concurrent_titles"]))


def one_holder(doc: Document, prev: Slot, s: Slot) -> bool:
    """"वरिष्ठ भाजपा नेता और केंद्रीय मंत्री प्रकाश जावड़ेकर": ``prev``, one unnamed office in the
    singular ending in a title (``one_holder_titles``), and the person ``s`` after "और" with such a
    title before the name are one actor, the person, when one of the two titles is held beside an
    office (``concurrent_titles``); two offices ("विदेश मंत्री और रक्षा मंत्री X") are two people."""
    (titles, concurrent), tokens = one_holder_titles(), doc.tokens
    if len(prev.entities) != 1 or prev.entities[0].kind != "generic" or len(s.entities) != 1 \
            or s.entities[0].type != "PERSON" or tokens[prev.last].text not in load_role_words().conjunctions:
        return False
    own = tokens[prev.first: prev.last]
    if own[-1].key not in titles or any(t.text.isdigit() for t in own):
        return False
    second = [t.key for t in tokens[prev.last + 1: s.first] if t.key in titles]
    return bool(second) and (own[-1].key in concurrent or any(key in concurrent for key in second))


def included_in(doc: Document, prev: Slot, group: Slot) -> bool:
    """"ग्रेटा थनबर्ग समेत कई कार्यकर्ताओं को": ``prev`` is included in the group right after it
    (close, no punctuation and no case marker between: not "X समेत कई देशों ने Y …")."""
    words = load_role_words()
    if doc.tokens[prev.last].text not in role_word_set("inclusion_words") or group.first - prev.last > ABSORB_REACH \
            or gap_has_break(doc.body, doc.tokens, prev.last + 1, group.first):
        return False
    return not any(t.text in words.agent or t.text in words.simple or t.text in words.genitive
                   for t in doc.tokens[prev.last + 1: group.first])


def promote_inclusions(doc: Document, slots: list[Slot]) -> None:
    """"बिहार, राजस्थान समेत कई राज्यों ने मांग की": a list included in a group the knowledge base
    does not name takes the group's marker (within ``INCLUDED_REACH`` words, no punctuation), and
    so do the members before it that a comma still joins to it ("डॉक्टरों, वकीलों, दूसरे देशों में
    भारतीय दूतावासों के अधिकारियों सहित … से")."""
    words = load_role_words()
    starts = {s.first for s in slots}
    for n, slot in enumerate(slots):
        if slot.marker or slot.last >= len(doc.tokens) or doc.tokens[slot.last].text not in role_word_set("inclusion_words"):
            continue
        for k in range(slot.last + 1, min(slot.last + 1 + INCLUDED_REACH, len(doc.tokens))):
            if k in starts or gap_has_break(doc.body, doc.tokens, k, k):
                break
            marker, end = read_marker(doc.tokens, k, words)
            if marker or doc.tokens[k].text in words.agent:
                for member in [slot, *listed_before(doc, slots[:n])]:
                    member.marker, member.marker_end = marker or doc.tokens[k].text, end if marker else k + 1
                break


def listed_before(doc: Document, slots: list[Slot]) -> list[Slot]:
    """The last slots of ``slots``, from the end, that have no marker and a comma after them."""
    members = []
    for slot in reversed(slots):
        if slot.marker or slot.last >= len(doc.tokens) or "," not in doc.body[
                doc.tokens[slot.last - 1].end: doc.tokens[slot.last].start]:
            break
        members.append(slot)
    return members


def titled_member(doc: Document, prev: Slot, s: Slot, modifiers: frozenset[int]) -> bool:
    """"A, जापान के प्रधानमंत्री B", "A और इराकी अर्धसैनिक बल के प्रमुख B": after a comma or "और",
    B's title (its absorbed owner, a genitive, at most TITLE_WORDS other words) stands before it."""
    words = load_role_words()
    k = prev.last
    if doc.tokens[k].text in words.conjunctions:
        start = k + 1
    elif k > 0 and "," in doc.body[doc.tokens[k - 1].end: doc.tokens[k].start]:
        start = k
    else:
        return False
    gap = [t.text for i, t in enumerate(doc.tokens[start: s.first], start) if i not in modifiers]
    if start >= s.first or gap_has_break(doc.body, doc.tokens, start + 1, s.first):
        return False
    plain = [w for w in gap if w not in words.genitive]
    titled = any(w in words.genitive for w in gap) or len(gap) < s.first - start
    return titled and len(plain) <= TITLE_WORDS and prev.entities[0].type == s.entities[0].type and not any(
        w in words.simple or w in words.light_verbs or w in words.conjunctions for w in plain)
