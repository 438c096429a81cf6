"""Phrases that name an event without telling it happened (``untold`` in modality.yaml).

- **Asked about**: a clause that ends in a question mark, or a question word in the trigger's
  own clause that asks whether the deed was done ("क्या भारत बातचीत करेगा?") or who took part in
  it ("जांच हो रही है कि उन्होंने किन लोगों से मुलाकात की", "किसने हमला किया") makes the deed
  what is asked, not what is told (``question_words``); in a "कि" clause only under words that ask
  or inquire (``asking``: "पूछा", "जांच"), not under a verb of telling ("बताया कि उन्होंने किन
  नेताओं से मुलाकात की" tells). Not the words that ask how, why, when or where ("कैसे", "क्यों",
  "कब", "कहां": ``presupposing``): "बताया कि कैसे पुलिस ने उन्हें पीटा", "जांच होगी कि पुलिस ने
  गोली क्यों चलाई" and "पुलिस ने लाठीचार्ज क्यों किया?" take the deed as done; not a deed yet to
  be (a future or possible verb: "हमला कब करेगा?" asks whether it will be).
- **A relation to be strengthened**: a standing relation (``relation_types``: cooperation, an
  agreement, talks) named as the object of an infinitive that strengthens it ("सुरक्षा सहयोग
  बढ़ाने के उपायों पर चर्चा", "साझेदारी प्रगाढ़ करने में प्रगति") is a goal or a topic, not an act.
- **No doer and not done**: a deed told as not done (a negation word) whose doer is only implied ("उन्हें गिरफ्तार
  नहीं किया गया", "किसी विरोध प्रदर्शन में शामिल नहीं होंगे") names no side that did or refused
  anything; an implied doer is a guess, and a guess on a deed that did not happen is no event.
- **A letter that tells**: a letter written or sent to someone ("को पत्र लिखकर", "को पत्र भेजकर",
  "को लिखे पत्र में") asks only with a word of asking or ordering in its clause ("… खोलने को कहा",
  "… मदद मांगी", "… के निर्देश") or when what it says asks: "पत्र लिखकर कहा कि वे सीमा बंद करें"
  asks, "पत्र लिखकर कहा कि बंद से घबराहट फैली है" and "पत्र भेजकर दुख जताया" tell (``letters``).
- **A performance judged**: "प्रदर्शन" judged good or bad right after it ("लड़कियों का प्रदर्शन
  बेहतर हुआ", "छात्रों का प्रदर्शन काफी खराब रहा") is how well someone did, not a demonstration
  (``performances``).
- **A pronoun doer**: a deed whose clause has a personal pronoun as its subject ("उन्होंने एफडीआई
  का विरोध किया", "वह सड़क पर हंगामा करता रहा") was done by whom the pronoun stands for; a
  generic doer implied in its place ("protesters") is the wrong side; a pronoun that opens its
  sentence stands for the unnamed group the sentence before has as its subject ("किसान पहुंचे।
  उन्होंने नारेबाजी की": the farmers). Not a bare pronoun pointing at a noun ("वे छात्र जिन्हें …").
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache

from ghatna.document import Document
from ghatna.extraction.clause_openings import clause_start, ends_clause, gap_after
from ghatna.extraction.directives import load_directives
from ghatna.extraction.event_roles import Roles, index_range
from ghatna.extraction.modality import is_future, is_possible, load_modality
from ghatna.extraction.paradigms import verb_forms
from ghatna.extraction.roles import generic_slots, load_role_words
from ghatna.extraction.triggers import TriggerMatch
from ghatna.resources import load_yaml

CONTENT_ENDS = ",।.;:?!"


@dataclass(frozen=True, slots=True)
class Untold:
    question_words: frozenset[str]
    presupposing: frozenset[str]
    asking: tuple[tuple[str, ...], ...]
    clause_openers: frozenset[str]
    question_reach: int
    speech_roles: frozenset[str]
    relation_types: frozenset[str]
    strengthen_words: frozenset[str]
    strengthen_adjectives: frozenset[str]
    making_words: frozenset[str]
    strengthen_reach: int
    implied_doer_rules: frozenset[str]
    not_done: frozenset[str]
    agent_pronouns: frozenset[str]
    agent_marks: frozenset[str]
    bare_pronouns: frozenset[str]
    relatives: frozenset[str]
    antecedent_reach: int
    letter_patterns: frozenset[str]
    performance_patterns: frozenset[str]
    evaluations: frozenset[str]
    evaluation_reach: int
    performance_breaks: frozenset[str]
    predicates: frozenset[str]
    said_words: frozenset[str]
    said_reach: int
    letter_asks: tuple[tuple[str, ...], ...]


@cache
def load_untold() -> Untold:
    data = load_yaml("modality.yaml")["untold"]
    words = {key: frozenset(data[key]) for key in (
        "question_words", "presupposing", "speech_roles", "clause_openers", "relation_types", "strengthen_words",
        "strengthen_adjectives", "making_words", "implied_doer_rules", "not_done", "agent_pronouns", "agent_marks",
        "bare_pronouns", "relatives")}
    letters, performances = data["letters"], data["performances"]
    return Untold(
        **words, asking=tuple(phrase_forms(data["asking"])), question_reach=int(data["question_reach"]),
        strengthen_reach=int(data["strengthen_reach"]), antecedent_reach=int(data["antecedent_reach"]),
        letter_patterns=frozenset(letters["patterns"]), said_words=frozenset(letters["said"]),
        said_reach=int(letters["reach"]), letter_asks=tuple(phrase_forms(letters["asks"])),
        performance_patterns=frozenset(performances["patterns"]),
        evaluations=frozenset(performances["evaluations"]), evaluation_reach=int(performances["reach"]),
        performance_breaks=frozenset(words_of(performances["breaks"])),
        predicates=frozenset(words_of(performances["predicates"])),
    )


def phrase_forms(entries: list[str]) -> list[tuple[str, ...]]:
    """Space-separated rows as token sequences, any ``{lemma}`` word standing for every form of the verb."""
    found: list[tuple[str, ...]] = []
    for entry in entries:
        phrases: list[tuple[str, ...]] = [()]
        for word in str(entry).split():
            phrases = [(*p, form) for p in phrases for form in words_of([word])]
        found += phrases
    return found


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
    """A clause that ends in a question mark ("भारत ने पाकिस्तान पर हमला किया?"), or a question
    word in the trigger's clause, before it or within ``question_reach`` words after, where that
    clause is asked (``is_asked_clause``). Not a clause with a word that takes the deed as done
    (``presupposing``: "पुलिस ने लाठीचार्ज क्यों किया?") unless the deed is yet to be
    (``yet_to_be``: "हमला कब करेगा?" asks), nor a row told by its speaker (``roles``
    "speaker": "क्या कांग्रेस लोगों को गुमराह नहीं कर रही?" is a charge put as a question, still
    the speaker's)."""
    rules = load_untold()
    if trig.trigger.roles in rules.speech_roles:
        return False
    start = clause_start(doc, bounds[0], trig.first, rules.clause_openers)
    end = clause_end(doc, trig.last - 1, bounds[1])
    if any(doc.tokens[k].text in rules.presupposing for k in range(start, end)) and not yet_to_be(doc, trig, end):
        return False
    if end > trig.last - 1 and ends_in_question(doc, end - 1):
        return True
    return is_asked_clause(doc, bounds[0], start) and any(
        doc.tokens[k].text in rules.question_words for k in range(start, min(end, trig.last + rules.question_reach)))


def yet_to_be(doc: Document, trig: TriggerMatch, end: int) -> bool:
    """A future or possible verb after the trigger in its clause ("हमला कब करेगा?", "कब हमला कर
    सकता है?"): the deed is not done, so a word that asks when or why takes nothing as done."""
    modality = load_modality()
    return any(is_future(doc.tokens, k, modality) or is_possible(doc.tokens, k, modality)
               for k in range(trig.first, min(end, len(doc.tokens))))


def is_asked_clause(doc: Document, first: int, start: int) -> bool:
    """A clause of its own (no "कि" opens it: "किसने हमला किया, यह साफ नहीं"), or one opened by
    a "कि" whose clause asks or inquires (``asking``: "पूछा कि", "जांच हो रही है कि", "पता लगा
    रही है कि"); not one a verb of telling opens ("बताया कि … किन नेताओं से मुलाकात की": told)."""
    rules = load_untold()
    if start == first or doc.tokens[start - 1].text not in rules.clause_openers:
        return True
    words = [t.text for t in doc.tokens[clause_start(doc, first, start - 1, rules.clause_openers): start - 1]]
    by_first = asking_by_first()
    return any(tuple(words[i: i + len(p)]) == p for i, word in enumerate(words) for p in by_first.get(word, ()))


@cache
def asking_by_first() -> dict[str, list[tuple[str, ...]]]:
    """The ``asking`` phrases by their first word: a clause's words are matched only where one starts."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for phrase in load_untold().asking:
        out.setdefault(phrase[0], []).append(phrase)
    return out


def ends_in_question(doc: Document, k: int) -> bool:
    """A question mark right after token k."""
    return "?" in gap_after(doc, k)


def is_relation_to_strengthen(doc: Document, trig: TriggerMatch) -> bool:
    """A relation noun (``relation_types``) followed within ``strengthen_reach`` words (in the row
    or after it) by an infinitive of strengthening ("सहयोग बढ़ाने", "साझेदारी को प्रगाढ़ करने"); not
    by a finite verb ("संयुक्त अभ्यास बढ़ाए": done)."""
    rules = load_untold()
    if trig.trigger.plover not in rules.relation_types:
        return False
    end = min(len(doc.tokens), trig.last + rules.strengthen_reach)
    for k in range(trig.first + 1, end):  # "सहयोग बढ़ा*": the row's own infinitive counts
        if doc.tokens[k].text in rules.strengthen_words or (
                doc.tokens[k].text in rules.strengthen_adjectives and k + 1 < end
                and doc.tokens[k + 1].text in rules.making_words):
            return True
        if ends_clause(doc, k):
            return False
    return False


def is_judged_performance(doc: Document, trig: TriggerMatch) -> bool:
    """A ``performances`` row with an evaluation within ``reach`` words after it in its clause, as
    its predicate: no verb or "और" between (``breaks``: "प्रदर्शन किया और खराब सड़कों की …" is a
    demonstration), and a verb of being or the clause's end right after it (``predicates``:
    "प्रदर्शन काफी खराब रहा")."""
    rules = load_untold()
    if trig.trigger.pattern not in rules.performance_patterns:
        return False
    for k in range(trig.last, min(len(doc.tokens), trig.last + rules.evaluation_reach)):
        text = doc.tokens[k].text
        if text in rules.performance_breaks:
            return False
        if text in rules.evaluations:
            return ends_clause(doc, k) or k + 1 == len(doc.tokens) or doc.tokens[k + 1].text in rules.predicates
        if ends_clause(doc, k):
            return False
    return False


def words_of(entries: list[str]) -> list[str]:
    """Words, and every form of a verb given as ``{lemma}``."""
    return [w for e in entries for w in (verb_forms(e[1:-1]) if str(e).startswith("{") else [str(e)])]


def implied_doer_untold(doc: Document, trig: TriggerMatch, first: int, told: tuple[str, str], roles: Roles) -> bool:
    """A deed told as not done by a negation word (``told``: the modality and its cue, one of
    ``not_done``: "नहीं", not a decision withdrawn or a refusal, which are deeds of their own) whose
    doer is only implied (``implied_doer_rules``) and whose clause names no agent before it
    ("कर्मचारियों ने प्रदर्शन नहीं किया": the employees, whom the role finder may not know, did not)."""
    rules = load_untold()
    modality, cue = told
    if modality != "negated" or cue not in rules.not_done or roles.rule not in rules.implied_doer_rules:
        return False
    start = clause_start(doc, first, trig.first, rules.clause_openers)
    agents = rules.agent_marks | rules.agent_pronouns
    return not any(doc.tokens[k].text in agents for k in range(start, trig.first))


def pronoun_doer(doc: Document, trig: TriggerMatch, first: int, roles: Roles) -> bool:
    """A group implied as the doer (``implied_doer_rules``, a generic source: "protesters") where
    the trigger's own clause has a subject pronoun before it: one with the agent's mark
    ("उन्होंने"), or a bare one ("वह") in a clause no "कि" opens; in what someone says ("किसानों ने
    कहा कि वे धरना देंगे") a bare pronoun stands for the speaker, whom the implied doer stands for as
    well. A doer left unknown is no wrong side."""
    return subject_pronoun(doc, trig, first, roles) is not None


def subject_pronoun(doc: Document, trig: TriggerMatch, first: int, roles: Roles) -> int | None:
    """The token of the subject pronoun ``pronoun_doer`` finds, if any."""
    rules = load_untold()
    if roles.rule not in rules.implied_doer_rules or not any(s.kind == "generic" for s in roles.sources):
        return None
    start = clause_start(doc, first, trig.first, rules.clause_openers)
    reported = start > first and doc.tokens[start - 1].text in rules.clause_openers
    words = rules.agent_pronouns if reported else rules.agent_pronouns | rules.bare_pronouns
    return next((k for k in range(start, trig.first)
                 if doc.tokens[k].text in words and not is_determiner(doc, k, trig.first)), None)


def pronoun_antecedent(doc: Document, trig: TriggerMatch, first: int, roles: Roles) -> Roles | None:
    """The roles with the group a subject pronoun stands for as the doer, when the pronoun opens its
    sentence (within ``antecedent_reach`` words) and the sentence before has an unnamed group as
    its subject ("सैकड़ों किसान कलेक्ट्रेट पहुंचे। उन्होंने … नारेबाजी की": the farmers, the agent
    the pronoun stands for); else None."""
    pronoun = subject_pronoun(doc, trig, first, roles)
    if pronoun is None or pronoun - first > load_untold().antecedent_reach or first == 0:
        return None
    before = doc.sentence_at(doc.tokens[first - 1].start)
    if before is None:
        return None
    start, end = index_range(doc, before)
    agent = load_role_words().agent
    subject = next((s for s in generic_slots(doc, start, end, set()) if s.marker in agent or s.marker == ""), None)
    return replace(roles, sources=list(subject.entities), rule="agent") if subject is not None else None


def is_determiner(doc: Document, k: int, before: int) -> bool:
    """A bare pronoun that points at the noun after it ("वे छात्र जिन्हें …", "वह नेता जो …"): a
    relative pronoun (``relatives``) right after that noun. An agent pronoun ("उन्होंने") never is."""
    rules = load_untold()
    return doc.tokens[k].text in rules.bare_pronouns and k + 2 < before and doc.tokens[k + 2].text in rules.relatives


def letter_tells(doc: Document, trig: TriggerMatch, last: int) -> bool:
    """A letter row (``letters``) that asks nothing: no word of asking or ordering in its clause
    after it (``asks``, directives.heads of event_roles.yaml: "पत्र भेजकर दुख जताया") and no "कि"
    clause after a verb of saying that asks (``says_request``)."""
    rules = load_untold()
    if trig.trigger.pattern not in rules.letter_patterns:
        return False
    return not asks_in_clause(doc, trig, last) and not says_request(doc, trig, last)


def asks_in_clause(doc: Document, trig: TriggerMatch, last: int) -> bool:
    """A word of asking (``asks``) or an order word (directives.heads) after the trigger, before
    its clause ends: "पत्र भेजकर शिविर खोलने को कहा", "लिखे पत्र में जांच बढ़ाने के निर्देश दिए"."""
    rules, heads = load_untold(), load_directives().heads
    end = clause_end(doc, trig.last, last)
    texts = [t.text for t in doc.tokens[trig.last:end]]
    return any(t.key in heads for t in doc.tokens[trig.last:end]) \
        or any(tuple(texts[i:i + len(p)]) == p for p in rules.letter_asks for i in range(len(texts)))


def says_request(doc: Document, trig: TriggerMatch, last: int) -> bool:
    """A verb of saying within ``reach`` words after the letter, "कि", and a content clause that
    does not end in a statement's verb (modality.yaml ``statement_endings``): "पत्र लिखकर कहा कि
    वे सीमा बंद करें" asks, "… कहा कि बंद से घबराहट फैली है" tells."""
    rules = load_untold()
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
    return k < last and doc.tokens[k].text not in load_modality().statement_endings


def ends_content(doc: Document, k: int) -> bool:
    """A mark that ends a clause right after token k; quotation marks inside what is said do not
    ("कहा कि बंद से "घबराहट" फैली है")."""
    return any(c in CONTENT_ENDS for c in gap_after(doc, k))
