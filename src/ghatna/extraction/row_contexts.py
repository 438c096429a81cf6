"""Lexicon phrases a word of their clause decides.

- A deployment drawn down is no deployment ("लद्दाख में सेना की तैनाती घटा दी गई", "पुलिस की तैनाती कम
  कर दी"): withdrawing forces is RETREAT, not MOBILIZE (``drawdowns`` in event_roles.yaml).
- A row whose ``roles`` column names a kind of ``clause_words`` (event_roles.yaml) tells an event
  only with one of the kind's ``needs`` words in its clause, and not with one of its ``shuns`` words
  in its sentence unless one of its ``unless`` words is in its clause: money handed out is aid only as relief or a
  grant (``relief``: "बाढ़ राहत के लिए … रुपये प्रदान किए", not "विजेता खिलाड़ियों को … रुपये प्रदान
  किए", GUIDELINES R13); slogans are a protest only when raised against someone (``against``:
  "फीस बढ़ोतरी के खिलाफ नारे लगाए", not "हर हर महादेव का नारा लगाया"); cases registered are a charge,
  not a count of infections (``charge``: "संक्रमण के 143 नए मामले दर्ज हुए", not "लॉकडाउन के उल्लंघन
  पर 95 मामले दर्ज किए").

events.py leaves such phrases out of those that tell an event (``telling_triggers``).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from ghatna.document import Document
from ghatna.extraction.clause_openings import ends_clause
from ghatna.extraction.triggers import TriggerMatch
from ghatna.resources import load_yaml
from ghatna.text.tokens import word_key


@cache
def drawdowns() -> tuple[frozenset[str], frozenset[str], int]:
    spec = load_yaml("event_roles.yaml")["drawdowns"]
    return frozenset(spec["types"]), frozenset(word_key(w) for w in spec["words"]), int(spec["reach"])


@dataclass(frozen=True, slots=True)
class ClauseWords:
    """The words of a row's clause that decide whether it tells an event (``clause_words``)."""

    needs: frozenset[str] = frozenset()
    shuns: frozenset[str] = frozenset()
    unless: frozenset[str] = frozenset()


@cache
def clause_words() -> dict[str, ClauseWords]:
    """``clause_words`` of event_roles.yaml: each roles kind and its words, as look-up keys."""
    spec = load_yaml("event_roles.yaml")["clause_words"]
    return {kind: ClauseWords(*(frozenset(word_key(w) for w in words.get(part) or ())
                                for part in ("needs", "shuns", "unless")))
            for kind, words in spec.items()}


def is_drawdown(doc: Document, trig: TriggerMatch) -> bool:
    """A phrase of ``drawdowns`` types with a word of reduction within ``reach`` words after it in
    its clause ("तैनाती घटा दी", "तैनाती में कटौती")."""
    types, words, reach = drawdowns()
    if trig.trigger.plover not in types:
        return False
    for k in range(trig.last, min(trig.last + reach, len(doc.tokens))):
        if ends_clause(doc, k - 1):
            return False
        if doc.tokens[k].key in words:
            return True
    return False


def lacks_context(doc: Document, trig: TriggerMatch, first: int, last: int) -> bool:
    """A row of a ``clause_words`` kind whose clause (of the sentence doc.tokens[first:last]) lacks
    the words it needs, or whose sentence has a word it shuns and its clause none that allows it
    ("… 410 मौतों के साथ …, पड़ोसी देशों में 9,120 मामले दर्ज हुए": the deaths are the
    sentence's, its clauses a list of counts)."""
    words = clause_words().get(trig.trigger.roles)
    if words is None:
        return False
    keys = clause_keys(doc, trig, first, last)
    if words.needs and keys.isdisjoint(words.needs):
        return True
    shunned = any(t.key in words.shuns for t in doc.tokens[first:last])
    return shunned and keys.isdisjoint(words.unless)


def clause_keys(doc: Document, trig: TriggerMatch, first: int, last: int) -> frozenset[str]:
    """The look-up keys of the words of the trigger's clause, between the punctuation around it."""
    start = trig.first
    while start > first and not ends_clause(doc, start - 1):
        start -= 1
    end = trig.last
    while end < last and not ends_clause(doc, end - 1):
        end += 1
    return frozenset(t.key for t in doc.tokens[start:end])
