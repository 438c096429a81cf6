"""Names of schemes, awards and places that honour a person ("राजीव गांधी खेल रत्न पुरस्कार",
"इंदिरा गांधी मातृत्व सहयोग योजना", "इंदिरा गांधी अंतरराष्ट्रीय हवाई अड्डा"): the name is the
thing's, and the person it is named after is no mention there, as a place inside the name of a
tournament or event is none (ruling R23 of the annotation guidelines).

A person's mention (the entity stage's or the model's) that the words right after it, one space
apart, carry on to a head of ``eponym_heads`` (``data/name_heads.yaml``) over one to
MAX_NAME_WORDS words that are no grammar word, title or other name is such a name. A head right
after the person is no such evidence: "लता मंगेशकर पुरस्कार से सम्मानित" may be the singer
honoured as well as an award of her name. Before a head
of a scheme, award, mission or fund (``things``) nothing is marked, as the annotations leave
"प्रधानमंत्री किसान सम्मान निधि" unmarked; before a head of a place (``places``: an airport, a
stadium, a square, a road) the whole name is a place the knowledge base lacks, as the annotations
mark "राजीव गांधी अंतरराष्ट्रीय हवाई अड्डे" and "केडी जाधव रेसलिंग इंडोर स्टेडियम". A word with
punctuation ends the reading ("गांधी, योजना …" is no name), and so does a person acting on the
thing ("मोदी ने योजना …": the agent marker is a grammar word).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ghatna.document import Document
from ghatna.extraction.lexicon import load_titles
from ghatna.models.ner.model import Prediction
from ghatna.resources import load_yaml
from ghatna.text.intervals import SpanIndex
from ghatna.text.tokens import word_key

EPONYM_RULE = "rule:eponym_place"
MAX_NAME_WORDS = 4  # words between the person and the head ("अंतरराष्ट्रीय हवाई", "राष्ट्रीय ग्रामीण रोजगार गारंटी")
PUNCTUATION = ",।.?!;:\"“”‘’'()[]"
PLACE = ("LOC", 0.8)  # the label and the stage's threshold for places


@dataclass(frozen=True, slots=True)
class EponymHeads:
    things: frozenset[str]
    places: frozenset[str]


@cache
def office_words() -> frozenset[str]:
    """Look-up keys of the one-word titles of ``titles.tsv`` ("प्रधानमंत्री", "विधायक"): a scheme
    named by an office ("प्रधानमंत्री आवास योजना") is not named after the person before it."""
    return frozenset(word_key(f) for title in load_titles().values() for f in title.forms if " " not in f)


@cache
def eponym_heads() -> EponymHeads:
    """``eponym_heads`` of ``data/name_heads.yaml``: heads of things and of places."""
    data = load_yaml("name_heads.yaml")["eponym_heads"]
    return EponymHeads(frozenset(data["things"]), frozenset(data["places"]))


def eponym_end(body: str, end: int, skipped: frozenset[str], others: SpanIndex) -> tuple[int, bool] | None:
    """Where the name that the words after ``end`` make of a person's mention ending there ends,
    and whether it names a place; None when no head of ``eponym_heads`` follows within reach.
    ``others``: the other names (a word of one ends the reading)."""
    heads = eponym_heads()
    at = end
    for taken, m in enumerate(re.finditer(r"\s*\S+", body[end:end + 200])):
        word = m.group().lstrip()
        start = end + m.end() - len(word)
        bare = word.rstrip(PUNCTUATION)
        if body[at:start] != " " or not bare or others.overlaps(start, start + len(bare)):
            return None
        if taken and (bare in heads.things or bare in heads.places):
            return start + len(bare), bare in heads.places
        if taken == MAX_NAME_WORDS or bare != word or word_key(bare) in skipped or any(c.isdigit() for c in bare):
            return None
        at = start + len(word)
    return None


def eponym_names(doc: Document, preds: list[Prediction], grammar: frozenset[str],
                 sure: dict[str, float]) -> tuple[list[Prediction], list[tuple[int, int]]]:
    """People's mentions and predictions that open the name of a thing or place named after them
    go (an entity left with no mention too); a place so named is a prediction of its own at the
    stage's place threshold. Only a knowledge-base person or a full name (two words or more) names
    a thing so ("राम कुमार वृद्धावस्था पेंशन योजना से वंचित" is a man and a scheme, but a lone
    word more often a man); ``grammar``: look-up keys of grammar words, which no such name holds,
    nor an office's word ("सुरेश कुमार प्रधानमंत्री आवास योजना के लाभार्थी"); ``sure``: the stage's thresholds,
    above which another name the model gives ends the reading. The predictions, so changed, and
    the offsets of the places."""
    others = SpanIndex([*((m.start, m.end) for e in doc.entities for m in e.mentions),
                        *((p.start, p.end) for p in preds if p.label != "PERSON" and p.confidence >= sure[p.label])])
    gone: set[tuple[int, int]] = set()
    places: list[Prediction] = []
    people = [(m.start, m.end, m.confidence) for e in doc.entities if e.type == "PERSON"
              for m in e.mentions if e.kb_id or " " in m.text]
    people += [(p.start, p.end, p.confidence) for p in preds if p.label == "PERSON" and " " in p.text]
    for start, end, confidence in people:
        found = eponym_end(doc.body, end, grammar | office_words(), others)
        if found is None:
            continue
        gone.add((start, end))
        if found[1]:
            places.append(Prediction(start, found[0], doc.body[start:found[0]], PLACE[0], max(confidence, PLACE[1])))
    if not gone:
        return preds, []
    for entity in doc.entities:
        if entity.type == "PERSON":
            entity.mentions = [m for m in entity.mentions if (m.start, m.end) not in gone]
    doc.entities = [e for e in doc.entities if e.mentions]
    kept = [p for p in preds if p.label != "PERSON" or (p.start, p.end) not in gone]
    unique = {(p.start, p.end): p for p in places}
    return sorted([*kept, *unique.values()], key=lambda p: (p.start, p.end)), sorted(unique)
