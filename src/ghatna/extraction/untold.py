"""Phrases that name an event without telling it happened (``untold`` in modality.yaml).

- **Asked about**: a clause that ends in a question mark, or a question word in the trigger's
  own clause that asks whether the deed was done ("क्या भारत बातचीत करेगा?") or who took part in it ("जांच हो रही है कि उन्होंने किन लोगों से
  मुलाकात की", "किसने हमला किया") makes the deed what is asked, not what is told
  (``question_words``). Not the words that ask how, why, when or where ("कैसे", "क्यों", "कब",
  "कहां"): "बताया कि कैसे पुलिस ने उन्हें पीटा" and "जांच होगी कि पुलिस ने गोली क्यों चलाई" take the
  deed as done.
- **A relation to be strengthened**: a standing relation (``relation_types``: cooperation, an
  agreement, talks) named as the object of an infinitive that strengthens it ("सुरक्षा सहयोग
  बढ़ाने के उपायों पर चर्चा", "साझेदारी प्रगाढ़ करने में प्रगति") is a goal or a topic, not an act.
- **No doer and not done**: a deed told as not done (a negation word) whose doer is only implied ("उन्हें गिरफ्तार
  नहीं किया गया", "किसी विरोध प्रदर्शन में शामिल नहीं होंगे") names no side that did or refused
  anything; an implied doer is a guess, and a guess on a deed that did not happen is no event.
- **A letter that tells**: a letter written to someone ("को पत्र लिखकर") asks nothing when what it
  says ("कहा है कि …") ends in a statement's verb: "पत्र लिखकर कहा कि बंद से घबराहट फैली है" tells,
  "पत्र लिखकर कहा कि वे सीमा बंद करें" asks (``letters``).
- **A performance judged**: "प्रदर्शन" judged good or bad right after it ("लड़कियों का प्रदर्शन
  बेहतर हुआ", "छात्रों का प्रदर्शन काफी खराब रहा") is how well someone did, not a demonstration
  (``performances``).
- **A pronoun doer**: a deed whose clause has a personal pronoun as its subject ("उन्होंने एफडीआई
  का विरोध किया", "वह सड़क पर हंगामा करता रहा") was done by whom the pronoun stands for; a
  generic doer implied in its place ("protesters") is the wrong side.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from ghatna.document import Document
from ghatna.extraction.clause_openings import ends_clause
from ghatna.extraction.event_roles import Roles
from ghatna.extraction.modality import load_modality
from ghatna.extraction.triggers import TriggerMatch
from ghatna.resources import load_yaml

CONTENT_ENDS = ",।.;:?!"


@dataclass(frozen=True, slots=True)
class Untold:
    question_words: frozenset[str]
    clause_openers: frozenset[str]
    question_reach: int
    speech_roles: frozenset[str]
    relation_types: frozenset[str]
    strengthen_words: frozenset[str]
    strengthen_reach: int
    implied_doer_rules: frozenset[str]
    not_done: frozenset[str]
    agent_pronouns: frozenset[str]
    agent_marks: frozenset[str]
    bare_pronouns: frozenset[str]
    letter_patterns: frozenset[str]
    performance_patterns: frozenset[str]
    evaluations: frozenset[str]
    evaluation_reach: int
    said_words: frozenset[str]
    said_reach: int


@cache
def load_untold() -> Untold:
    data = load_yaml("modality.yaml")["untold"]
    words = {key: frozenset(data[key]) for key in (
        "question_words", "speech_roles", "clause_openers", "relation_types", "strengthen_words", "implied_doer_rules",
        "not_done", "agent_pronouns", "agent_marks", "bare_pronouns")}
    letters, performances = data["letters"], data["performances"]
    return Untold(
        **words, question_reach=int(data["question_reach"]), strengthen_reach=int(data["strengthen_reach"]),
        letter_patterns=frozenset(letters["patterns"]), said_words=frozenset(letters["said"]),
        said_reach=int(letters["reach"]), performance_patterns=frozenset(performances["patterns"]),
        evaluations=frozenset(performances["evaluations"]), evaluation_reach=int(performances["reach"]),
    )


def clause_start(doc: Document, first: int, at: int) -> int:
    """The first token of the clause of tokens[at]: after the last mark or clause opener ("कि")
    before it, not before ``first`` (the sentence's first token)."""
    openers = load_untold().clause_openers
    for k in range(at - 1, first - 1, -1):
        if ends_clause(doc, k) or doc.tokens[k].text in openers:
            return k + 1
    return first


def clause_end(doc: Document, at: int, last: int) -> int:
    """The token after the clause of tokens[at]: its closing mark, the opener of the next clause
    ("जवाब मांगा कि क्या …": what is asked opens a clause of its own) or the sentence's end."""
    openers = load_untold().clause_openers
    for k in range(at, last):
        if doc.tokens[k].text in openers:
            return k
        if ends_clause(doc, k):
            return k + 1
    return last


def is_asked_about(doc: Document, trig: TriggerMatch, bounds: tuple[int, int]) -> bool:
    """A question word in the trigger's clause, before it or within ``question_reach`` words after;
    or a clause that ends in a question mark ("भारत ने पाकिस्तान पर हमला किया?"). Not a row told
    by its speaker (``roles`` "speaker": "क्या कांग्रेस लोगों को गुमराह नहीं कर रही?" is a charge put
    as a question, still the speaker's)."""
    rules = load_untold()
    if trig.trigger.roles in rules.speech_roles:
        return False
    start = clause_start(doc, bounds[0], trig.first)
    end = clause_end(doc, trig.last - 1, bounds[1])
    if end > trig.last - 1 and ends_in_question(doc, end - 1):
        return True
    return any(doc.tokens[k].text in rules.question_words for k in range(start, min(end, trig.last + rules.question_reach)))


def ends_in_question(doc: Document, k: int) -> bool:
    """A question mark right after token k."""
    end = doc.tokens[k + 1].start if k + 1 < len(doc.tokens) else len(doc.body)
    return "?" in doc.body[doc.tokens[k].end: end]


def is_relation_to_strengthen(doc: Document, trig: TriggerMatch) -> bool:
    """A relation noun (``relation_types``) followed within ``strengthen_reach`` words by an
    infinitive of strengthening ("सहयोग बढ़ाने", "साझेदारी को प्रगाढ़ करने")."""
    rules = load_untold()
    if trig.trigger.plover not in rules.relation_types:
        return False
    end = min(len(doc.tokens), trig.last + rules.strengthen_reach)
    for k in range(trig.last, end):
        if doc.tokens[k].text in rules.strengthen_words:
            return True
        if ends_clause(doc, k):
            return False
    return False


def is_judged_performance(doc: Document, trig: TriggerMatch) -> bool:
    """A ``performances`` row with an evaluation within ``reach`` words after it in its clause."""
    rules = load_untold()
    if trig.trigger.pattern not in rules.performance_patterns:
        return False
    for k in range(trig.last, min(len(doc.tokens), trig.last + rules.evaluation_reach)):
        if doc.tokens[k].text in rules.evaluations:
            return True
        if ends_clause(doc, k):
            return False
    return False


def implied_doer_untold(doc: Document, trig: TriggerMatch, first: int, told: tuple[str, str], roles: Roles) -> bool:
    """A deed told as not done by a negation word (``told``: the modality and its cue, one of
    ``not_done``: "नहीं", not a decision withdrawn or a refusal, which are deeds of their own) whose
    doer is only implied (``implied_doer_rules``) and whose clause names no agent before it
    ("कर्मचारियों ने प्रदर्शन नहीं किया": the employees, whom the role finder may not know, did not)."""
    rules = load_untold()
    modality, cue = told
    if modality != "negated" or cue not in rules.not_done or roles.rule not in rules.implied_doer_rules:
        return False
    start = clause_start(doc, first, trig.first)
    agents = rules.agent_marks | rules.agent_pronouns
    return not any(doc.tokens[k].text in agents for k in range(start, trig.first))


def pronoun_doer(doc: Document, trig: TriggerMatch, first: int, roles: Roles) -> bool:
    """A group implied as the doer (``implied_doer_rules``, a generic source: "protesters") where
    the trigger's own clause has a subject pronoun before it: one with the agent's mark
    ("उन्होंने"), or a bare one ("वह") in a clause no "कि" opens; in what someone says ("किसानों ने
    कहा कि वे धरना देंगे") a bare pronoun stands for the speaker, whom the implied doer stands for as
    well. A doer left unknown is no wrong side."""
    rules = load_untold()
    if roles.rule not in rules.implied_doer_rules or not any(s.kind == "generic" for s in roles.sources):
        return False
    start = clause_start(doc, first, trig.first)
    reported = start > first and doc.tokens[start - 1].text in rules.clause_openers
    words = rules.agent_pronouns if reported else rules.agent_pronouns | rules.bare_pronouns
    return any(doc.tokens[k].text in words for k in range(start, trig.first))


def letter_tells(doc: Document, trig: TriggerMatch, last: int) -> bool:
    """A letter row (``letters``) followed within ``reach`` words by a verb of saying and "कि",
    whose content clause ends in a statement's verb (modality.yaml ``statement_endings``)."""
    rules = load_untold()
    if trig.trigger.pattern not in rules.letter_patterns:
        return False
    end = min(last, trig.last + rules.said_reach)
    said = next((k for k in range(trig.last, end) if doc.tokens[k].text in rules.said_words), None)
    if said is None:
        return False
    opener = next((k for k in range(said + 1, min(last, said + 3)) if doc.tokens[k].text in rules.clause_openers), None)
    if opener is None:
        return False
    k = opener + 1
    while k < last - 1 and not ends_content(doc, k):
        k += 1
    return k < last and doc.tokens[k].text in load_modality().statement_endings


def ends_content(doc: Document, k: int) -> bool:
    """A mark that ends a clause right after token k; quotation marks inside what is said do not
    ("कहा कि बंद से "घबराहट" फैली है")."""
    end = doc.tokens[k + 1].start if k + 1 < len(doc.tokens) else len(doc.body)
    return any(c in CONTENT_ENDS for c in doc.body[doc.tokens[k].end: end])
