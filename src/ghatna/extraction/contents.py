"""What a warning or a filed paper says, when that is no act of the one who warns or handles it.

A warning of harm from illness, disaster or accident ("विशेषज्ञों ने चेतावनी दी कि संक्रमण से
मौतें बढ़ सकती हैं") tells of a danger; it threatens no one unless it names a deed someone would
do. A relative clause that tells what a petition or complaint says ("अदालत ने उस याचिका पर जवाब
मांगा, जिसमें यह आरोप है कि …") is the filer's word, not the court's act. The words are
data (``contents.yaml``); ``events.telling_triggers`` applies both tests. The role finder
(``role_targets.pick_target``) takes neither the filer of a paper acted on nor the one an
assurance promises action against as a target.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from ghatna.document import Document
from ghatna.extraction.modality import conditional_role, conditional_span
from ghatna.extraction.roles import Slot, gap_has_break, load_role_words, read_marker
from ghatna.extraction.triggers import TriggerMatch, phrases_in
from ghatna.resources import load_yaml


@dataclass(frozen=True, slots=True)
class DangerWarnings:
    patterns: frozenset[str]
    words: frozenset[str]
    stems: tuple[str, ...]
    deed_types: frozenset[str]
    genitive_reach: int
    genitives: frozenset[str]


@dataclass(frozen=True, slots=True)
class FiledPapers:
    relatives: frozenset[str]
    papers: frozenset[str]
    reporting: frozenset[str]
    filer_reach: int
    acted_on: frozenset[str]


@dataclass(frozen=True, slots=True)
class PromisedAction:
    types: frozenset[str]
    markers: frozenset[str]
    nouns: frozenset[str]
    reach: int
    genitives: frozenset[str]
    deeds: frozenset[str]


@cache
def promised_action() -> PromisedAction:
    d = load_yaml("contents.yaml")["promised_action"]
    return PromisedAction(frozenset(d["types"]), frozenset(d["markers"]), frozenset(d["nouns"]), int(d["reach"]),
                          frozenset(d["genitives"]), frozenset(d["deeds"]))


@cache
def danger_warnings() -> DangerWarnings:
    d = load_yaml("contents.yaml")["danger_warnings"]
    return DangerWarnings(frozenset(d["warning_patterns"]), frozenset(d["danger_words"]),
                          tuple(s.lower() for s in d["danger_stems"]), frozenset(d["deed_types"]),
                          int(d["genitive_reach"]), frozenset(d["genitives"]))


@cache
def filed_papers() -> FiledPapers:
    d = load_yaml("contents.yaml")["filed_papers"]
    return FiledPapers(frozenset(d["relatives"]), frozenset(d["papers"]), frozenset(d["reporting"]),
                       int(d["filer_reach"]), frozenset(d["acted_on"]))


def is_danger(word: str, rules: DangerWarnings) -> bool:
    low = word.lower()
    return word in rules.words or low.startswith(rules.stems)


def warning_content(doc: Document, trig: TriggerMatch, last: int) -> tuple[int, int]:
    """The words a warning tells: from a genitive phrase right before it ("संक्रमण फैलने की
    चेतावनी") to the end of its sentence."""
    rules = danger_warnings()
    start = trig.first
    if start > 0 and doc.tokens[start - 1].text in rules.genitives:
        start = max(0, start - 1 - rules.genitive_reach)
    return start, last


def is_danger_warning(doc: Document, trig: TriggerMatch, last: int) -> bool:
    """A warning whose content names harm from illness, disaster or accident and no deed an
    actor would do (a deed in its condition, "अगर राज्य पाबंदियां हटाते हैं तो …", is someone
    else's): a danger foretold, no threat (``danger_warnings`` in contents.yaml)."""
    rules = danger_warnings()
    if trig.trigger.plover != "THREATEN" or trig.trigger.pattern not in rules.patterns:
        return False
    first, end = warning_content(doc, trig, last)
    if not any(is_danger(t.text, rules) for t in doc.tokens[first:end]):
        return False
    condition = conditional_span(doc.tokens, first, end)
    deeds = [m for m in phrases_in(doc, first, end) if m.first != trig.first and m.trigger.plover in rules.deed_types
             and conditional_role(condition, m.first) != "condition"]
    return not deeds


def paper_clause(doc: Document, trig: TriggerMatch, first: int, last: int) -> int | None:
    """The relative pronoun whose clause, about a paper named before it in the sentence, holds
    the trigger; None when the trigger is in no such clause."""
    rules = filed_papers()
    for k in range(trig.first - 1, first - 1, -1):
        if doc.tokens[k].text not in rules.relatives:
            continue
        if not any(t.text in rules.papers for t in doc.tokens[first:k]):
            return None
        return k if trig.first < clause_end(doc, k, last) else None
    return None


def clause_end(doc: Document, opening: int, last: int) -> int:
    """Where a relative clause ends: at the next punctuation, or at the sentence's end when it
    reports what the paper says with "कि"."""
    reporting = filed_papers().reporting
    for k in range(opening, last):
        if doc.tokens[k].text in reporting:
            return last
        if gap_has_break(doc.body, doc.tokens, k + 1, k + 1):
            return k + 1
    return last


def in_filed_paper(doc: Document, trig: TriggerMatch, bounds: tuple[int, int]) -> bool:
    """A trigger that tells what a filed paper says: in its relative clause with no agent of its
    own before it ("…, जिसमें व्यापारी ने पड़ोसी पर मारपीट का आरोप लगाया था" keeps its own), or
    in what the clause reports with "कि" (an allegation at second hand)."""
    first, last = bounds
    opening = paper_clause(doc, trig, first, last)
    if opening is None:
        return False
    words = load_role_words()
    between = [t.text for t in doc.tokens[opening + 1: trig.first]]
    if any(w in filed_papers().reporting for w in between):
        return True
    return not any(w in words.agent or words.pronouns.get(w) in words.agent for w in between)


def files_paper(doc: Document, slot: Slot) -> bool:
    """"हाईकोर्ट ने एक वकील की याचिका पर केंद्र से जवाब मांगा": the owner of a filed paper (a
    genitive, then a paper within ``filer_reach`` words with no marker between, then a marker of
    what is done on it: "की याचिका पर") filed it; the court or police acting on it acts on no one
    by that. Not "X की शिकायत की", a complaint about X."""
    words = load_role_words()
    if slot.marker not in words.genitive:
        return False
    rules = filed_papers()
    end = min(slot.marker_end + rules.filer_reach, len(doc.tokens) - 1)
    for k in range(slot.marker_end, end):
        text = doc.tokens[k].text
        if text in rules.papers:
            return doc.tokens[k + 1].text in rules.acted_on
        if text in words.simple or text in words.genitive or text in words.agent:
            return False
    return False


def action_promised_on(doc: Document, slot: Slot, trig: TriggerMatch) -> bool:
    """"मंत्री ने दोषियों पर सख्त कार्रवाई का भरोसा दिलाया", "परिजनों ने हमलावरों के खिलाफ कार्रवाई
    की मांग की": the one marked for the action an assurance promises or a demand asks for
    (``promised_action`` in contents.yaml) is no one the assurance is given to or the demand made
    of. A word read as an actor of its own right before the marked one ("दोषी अफसरों पर") is part of it."""
    rules = promised_action()
    if trig.trigger.plover not in rules.types or slot.last > trig.first:
        return False
    marker, end = (slot.marker, slot.marker_end) if slot.marker else marker_after(doc, slot.last, trig.first)
    if marker in rules.genitives:  # "हत्यारों की गिरफ्तारी की मांग"
        return end < trig.last and doc.tokens[end].text in rules.deeds
    if marker not in rules.markers:
        return False
    return any(t.text in rules.nouns for t in doc.tokens[end: min(end + rules.reach, trig.last)])


def marker_after(doc: Document, start: int, stop: int) -> tuple[str, int]:
    """The first role marker within two words after an unmarked actor, and where it ends."""
    words = load_role_words()
    for k in range(start, min(start + 2, stop)):
        marker, end = read_marker(doc.tokens, k, words)
        if marker:
            return marker, end
    return "", start
