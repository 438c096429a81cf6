"""Companies the knowledge base lacks, read back from the word of incorporation that ends their
name (``company_heads`` of ``data/name_heads.yaml``): "रामगढ़ सीमेंट्स प्राइवेट लिमिटेड", "ओडिशा
माइनिंग कॉरपोरेशन". The name is read back over words of letters that are no grammar word or
word telling what the company is (``company_openers``: "सरकारी", "फर्म"), and may hold a place,
whose mention then goes (the annotation guidelines mark a place inside an organisation's name with
the name); a person's or organisation's mention there leaves the words to the other rules. Titles do not stop it: an office's words are a
company's too ("पेट्रोलियम"). The
word of incorporation is the evidence of a name, so no model's name is needed, but a name the model
reads on past it stays the model's. An English linking word right after the word of incorporation
carries the name on ("पावर ग्रिड कॉरपोरेशन ऑफ इंडिया", as ``head_names.linked_end``).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from ghatna.document import Document
from ghatna.extraction.bodies import adjacent, has_letters
from ghatna.models.ner.head_names import linked_end
from ghatna.models.ner.model import Prediction
from ghatna.resources import load_yaml
from ghatna.text.intervals import SpanIndex
from ghatna.text.tokens import Token, word_key

COMPANY_RULE = "rule:company"
COMPANY = ("ORG", 0.9)  # the label and the stage's threshold for organisations
MAX_COMPANY_WORDS = 6  # words of the name before the word of incorporation


@dataclass(frozen=True, slots=True)
class CompanyWords:
    heads: frozenset[str]
    inner: frozenset[str]  # look-up keys of words of incorporation inside a name ("प्राइवेट")
    openers: frozenset[str]  # look-up keys of words that tell what the company is ("सरकारी")


@cache
def company_words() -> CompanyWords:
    """``company_heads``, ``company_inner`` and ``company_openers`` of ``data/name_heads.yaml``."""
    data = load_yaml("name_heads.yaml")
    return CompanyWords(frozenset(data["company_heads"]), frozenset(word_key(w) for w in data["company_inner"]),
                        frozenset(word_key(w) for w in data["company_openers"]))


def company_start(tokens: list[Token], head: int, body: str, stops: frozenset[str], others: SpanIndex) -> int | None:
    """The first token of the company's name that ends at token ``head``: read back over words of
    letters, no ``stops`` word (grammar words, ``company_openers``) and no person's or
    organisation's mention (``others``), to a stop word, punctuation or the sentence's start; None
    when the name reaches no such boundary within MAX_COMPANY_WORDS words, or has no word of its
    own."""
    j = head
    while j > 0 and adjacent(tokens, j, body):
        word = tokens[j - 1]
        if word.key in stops:
            break
        if head - j >= MAX_COMPANY_WORDS or not has_letters(word.text) or others.overlaps(word.start, word.end):
            return None
        j -= 1
    own = [t for t in tokens[j:head] if t.key not in company_words().inner]
    return j if own else None


def company_names(doc: Document, preds: list[Prediction],
                  grammar: frozenset[str]) -> tuple[list[Prediction], frozenset[tuple[int, int]]]:
    """The predictions with the companies read back from their word of incorporation, and the
    offsets of those; the predictions inside such a name go, and so do the places' mentions."""
    words = company_words()
    tokens, body = doc.tokens, doc.body
    stops = grammar | words.openers
    others = SpanIndex((m.start, m.end) for e in doc.entities if e.type in ("PERSON", "ORG") for m in e.mentions)
    found: list[Prediction] = []
    for i, token in enumerate(tokens):
        if token.text not in words.heads or (i + 1 < len(tokens) and tokens[i + 1].text in words.heads
                                             and adjacent(tokens, i + 1, body)):
            continue  # "… कॉरपोरेशन लिमिटेड": the name ends at the last word of incorporation
        j = company_start(tokens, i, body, stops, others)
        if j is None:
            continue
        start, end = tokens[j].start, tokens[linked_end(tokens, i, body, grammar, others)].end
        if any(p.start < end and p.end > end for p in preds) or (found and found[-1].end > start):
            continue  # the model reads on past it
        found.append(Prediction(start, end, body[start:end], *COMPANY))
    if not found:
        return preds, frozenset()
    names = SpanIndex((p.start, p.end) for p in found)
    for entity in doc.entities:
        if entity.type in ("GPE", "LOC"):
            entity.mentions = [m for m in entity.mentions if not names.overlaps(m.start, m.end)]
    doc.entities = [e for e in doc.entities if e.mentions]
    kept = [p for p in preds if not names.overlaps(p.start, p.end)]
    return sorted(kept + found, key=lambda p: p.start), frozenset((p.start, p.end) for p in found)
