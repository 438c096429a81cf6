"""Organisations' English names that an English linking word carries on ("ऑफ", "फॉर", "एंड":
``name_linkers`` of ``data/hindi_words.yaml``), which neither the model nor the knowledge base
always reads whole: "यूरोपियन बैंक फॉर रिकन्स्ट्रक्शन एंड डेवलपमेंट" (the model's two names on either
side of "फॉर"), "रिजर्व बैंक ऑफ इंडिया" (the knowledge base's "रिजर्व बैंक" inside the model's whole
name). Hindi joins its own words with "का/के/की", so an English linker between two names is inside one.
"""

from __future__ import annotations

import re

from ghatna.document import Document, Entity, Span
from ghatna.models.ner.head_names import name_heads
from ghatna.models.ner.model import Prediction
from ghatna.text.tokens import word_key

LINKED_RULE = "rule:linked_body"
ONE_LINKER = re.compile(r" (\S+) ")
MIN_EVIDENCE = 0.5  # the model's probability of the longer name a known organisation opens


def linker_between(body: str, end: int, start: int) -> bool:
    """Only one English linking word, one space each side, stands between ``end`` and ``start``."""
    gap = ONE_LINKER.fullmatch(body[end:start])
    return gap is not None and word_key(gap.group(1)) in name_heads().linkers


def join_across_linkers(preds: list[Prediction], body: str) -> tuple[list[Prediction], frozenset[tuple[int, int]]]:
    """An organisation the model gives and the name it gives right after one linking word are one
    organisation ("एक्सपोर्ट प्रमोशन काउंसिल फॉर हैंडीक्राफ्ट", the model's "हैंडीक्राफ्ट" an ORG;
    "सेंट्रल बैंक आफ इंडिया", its "इंडिया" of any type), as sure as the surer of the two. The
    predictions, so joined, and the offsets of the joined names."""
    out: list[Prediction] = []
    joined: set[tuple[int, int]] = set()
    for pred in sorted(preds, key=lambda p: p.start):
        last = out[-1] if out else None
        if last is not None and last.label == "ORG" and linker_between(body, last.end, pred.start):
            joined.discard((last.start, last.end))
            out[-1] = Prediction(last.start, pred.end, body[last.start:pred.end], "ORG", max(last.confidence, pred.confidence))
            joined.add((last.start, pred.end))
            continue
        out.append(pred)
    return out, frozenset(joined)


def widen_linked_bodies(doc: Document, preds: list[Prediction], min_org: float
                        ) -> tuple[list[Prediction], dict[tuple[int, int], str | None]]:
    """An organisation's mention of the entity stage that opens a longer organisation name the
    model gives (at MIN_EVIDENCE or more), which a linking word carries on right after the mention,
    gives way to it: the organisation is known, the linker says its name goes on. A linked mention
    takes that name's span and keeps its link ("रिजर्व बैंक" of "रिजर्व बैंक ऑफ इंडिया" is the Reserve
    Bank of India); an unlinked one goes, and the model's name is a new organisation of its country
    at the stage's threshold ``min_org`` ("दिल्ली स्कूल" of "दिल्ली स्कूल ऑफ इकोनॉमिक्स", India's).
    Only where no other mention lies inside the name. The predictions, so raised, and the offsets
    of the new organisations with their country."""
    raised: dict[tuple[int, int], str | None] = {}
    out = []
    for pred in preds:
        found = opened_body(doc, pred)
        if found is None:
            out.append(pred)
            continue
        entity, mention = found
        if entity.kb_id is None:
            entity.mentions.remove(mention)
            raised[(pred.start, pred.end)] = entity.country
            out.append(pred._replace(confidence=max(pred.confidence, min_org)))
            continue
        entity.mentions[entity.mentions.index(mention)] = Span(pred.start, pred.end, pred.text, f"{mention.rule}+widened",
                                                              min(mention.confidence, pred.confidence), mention.field)
        out.append(pred)
    doc.entities = [e for e in doc.entities if e.mentions]
    return out, raised


def opened_body(doc: Document, pred: Prediction) -> tuple[Entity, Span] | None:
    """The organisation and its only mention inside the model's organisation ``pred`` when that
    mention opens it and a linking word follows the mention after one space."""
    if pred.label != "ORG" or pred.confidence < MIN_EVIDENCE:
        return None
    inside = [(e, m) for e in doc.entities for m in e.mentions if pred.start <= m.start and m.end <= pred.end]
    if len(inside) != 1 or inside[0][0].type != "ORG":
        return None
    mention = inside[0][1]
    after = doc.body[mention.end:pred.end]
    words = after.split(maxsplit=1)
    if mention.start != pred.start or not after.startswith(" ") or not words or word_key(words[0]) not in name_heads().linkers:
        return None
    return inside[0]
