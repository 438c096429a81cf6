"""Lexicon phrases a word of their clause decides.

- A deployment drawn down is no deployment ("लद्दाख में सेना की तैनाती घटा दी गई", "पुलिस की तैनाती कम
  कर दी"): withdrawing forces is RETREAT, not MOBILIZE (``drawdowns`` in event_roles.yaml).
- Money handed out (a row whose ``roles`` column says ``relief``) is aid only as relief or a
  grant, told by a word of its clause ("बाढ़ राहत के लिए … रुपये प्रदान किए", "पीड़ित परिवारों को"),
  not a prize or a scholarship ("विजेता खिलाड़ियों को … रुपये प्रदान किए": GUIDELINES R13;
  ``relief_money`` in event_roles.yaml).

events.py leaves such phrases out of those that tell an event (``telling_triggers``).
"""

from __future__ import annotations

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


@cache
def relief_words() -> frozenset[str]:
    return frozenset(word_key(w) for w in load_yaml("event_roles.yaml")["relief_money"]["words"])


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


def is_not_relief(doc: Document, trig: TriggerMatch, first: int, last: int) -> bool:
    """A ``relief`` row with no word of relief in its clause (of the sentence doc.tokens[first:last])."""
    if trig.trigger.roles != "relief":
        return False
    start = trig.first
    while start > first and not ends_clause(doc, start - 1):
        start -= 1
    end = trig.last
    while end < last and not ends_clause(doc, end - 1):
        end += 1
    return not any(t.key in relief_words() for t in doc.tokens[start:end])
