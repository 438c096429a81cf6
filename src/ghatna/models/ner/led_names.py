"""Organisations named by a person or a place and the words of a body after them: "लाल बहादुर
शास्त्री राष्ट्रीय प्रशासन अकादमी", "गुजरात राष्ट्रीय विधि विश्वविद्यालय", "मुंगेर सदर अस्पताल".

The model often reads such a name as two: the person or place, and an organisation made of common
words and a head noun ("राष्ट्रीय विधि विश्वविद्यालय", doubted, below its threshold). The person or
place is then no mention of its own, as the annotation guidelines mark "गोरखपुर विश्वविद्यालय"
(``org_heads`` of ``data/link_context.yaml``, where the head follows the place right away) and IL-NER
Hindi marks the whole name. Here the organisation the model gives (at MIN_EVIDENCE or more, of two
words or more, ending on an institution's head of ``data/name_heads.yaml``) begins one space after
a person's or place's mention or a person or place the model gives: the two are one organisation,
kept at the stage's threshold. Not after a demonym ("भारतीय": ``bodies.body_of_demonym`` reads
those), not over another mention, and not after a person when the body's first word tells its kind
(``kind_words``: "रमेश यादव सरकारी अस्पताल पहुंचे" is a man reaching a hospital). The model may
also give the place and the body as one organisation, not sure enough of it to win over the place
(``yields.MIN_NAME_OVER_PLACE``; "मेरठ मेडिकल कॉलेज अस्पताल"): a linked place opening it and such a body after the place make it one too. An organisation named by
a linked place is of the place's country.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from ghatna.document import Document
from ghatna.models.ner.head_names import ABBREVIATION_MARKS, name_heads, name_honorifics
from ghatna.models.ner.model import Prediction
from ghatna.models.ner.yields import MIN_NAME_OVER_PLACE
from ghatna.resources import load_yaml
from ghatna.text.intervals import SpanIndex
from ghatna.text.tokens import word_key

LED_RULE = "rule:led_name"
MIN_EVIDENCE = 0.5  # the model's probability of the organisation after the name, and of a name it gives
MIN_BODY_WORDS = 2  # words of the organisation after the name: a head alone is ``org_heads``' ("गोरखपुर विश्वविद्यालय")
LEADER_LABELS = {"PERSON": "PERSON", "LOC": "LOC", "GPE": "LOC"}


@dataclass(frozen=True, slots=True)
class Leader:
    start: int
    end: int
    label: str  # "PERSON" or "LOC"
    country: str | None = None  # a linked place's: the organisation named by it is of that country


@cache
def kind_words() -> frozenset[str]:
    """Look-up keys of ``kind_words`` of ``data/name_heads.yaml``."""
    return frozenset(word_key(w) for w in load_yaml("name_heads.yaml")["kind_words"])


def honorific_start(body: str, leader: Leader) -> int:
    """Where the name of an organisation named after a person begins: at an honorific of
    ``name_honorifics`` one space before the person ("श्री सत्य साई संजीवनी अस्पताल"), else at the person."""
    word = previous_word(body, leader.start)
    if leader.label != "PERSON" or word_key(word.rstrip(ABBREVIATION_MARKS)) not in name_honorifics():
        return leader.start
    return leader.start - 1 - len(word)


def leaders(doc: Document, preds: list[Prediction], ends: set[int]) -> dict[int, Leader]:
    """People and places that end at one of ``ends``, by where they end: the entity stage's
    mentions (no demonym; a place with its country) and the model's names at MIN_EVIDENCE or more."""
    out: dict[int, Leader] = {}
    for entity in doc.entities:
        label = LEADER_LABELS.get(entity.type)
        for m in entity.mentions if label else ():
            if m.end in ends and m.rule != "kb:demonym":
                out[m.end] = Leader(m.start, m.end, label or "", entity.country if label == "LOC" else None)
    for p in preds:
        label = LEADER_LABELS.get(p.label)
        if p.end in ends and label and p.confidence >= MIN_EVIDENCE:
            out.setdefault(p.end, Leader(p.start, p.end, label))
    return out


def is_led_body(pred: Prediction, grammar: frozenset[str]) -> bool:
    """An organisation the model gives that can go on a name before it: MIN_BODY_WORDS or more,
    at MIN_EVIDENCE or more, ending on an institution's head, no grammar word inside."""
    if pred.label != "ORG" or pred.confidence < MIN_EVIDENCE or " " not in pred.text:
        return False
    words = pred.text.split()
    heads = name_heads()
    return (len(words) >= MIN_BODY_WORDS and (words[-1] in heads.institutions or words[-1] in heads.opened)
            and not any(word_key(w) in grammar for w in words))


def leader_of(pred: Prediction, found: dict[int, Leader], body: str, sure: float, titles: frozenset[str]) -> Leader | None:
    """The person or place one space before the organisation, when the organisation may go on it:
    after a person, only an organisation the model doubted (below ``sure``; one it is sure of
    beside a person it is sure of is another name: "रमेश कुमार वर्मा कृषि
    विश्वविद्यालय में पढ़ाते हैं") whose first word tells no kind of body, and not a person after a title
    ("प्रोफ़ेसर सोफ़ी स्कॉट यूनिवर्सिटी कॉलेज लंदन में पढ़ाती हैं": a titled person is no namesake)."""
    leader = found.get(pred.start - 1)
    if leader is None or body[pred.start - 1] != " ":
        return None
    if leader.label != "PERSON":
        return leader
    if pred.confidence >= sure or word_key(pred.text.split()[0]) in kind_words():
        return None  # "रमेश यादव सरकारी अस्पताल": a man and a kind of hospital
    title = word_key(previous_word(body, leader.start).rstrip(ABBREVIATION_MARKS))
    return None if title in titles - name_honorifics() else leader


def previous_word(body: str, at: int) -> str:
    """The word one space before ``at``; "" when there is none."""
    head = body[max(0, at - 20):at]
    words = head.split()
    return words[-1] if words and len(head) - len(head.rstrip()) == 1 and head[-1] == " " else ""


def place_opened(doc: Document, pred: Prediction, grammar: frozenset[str]) -> Leader | None:
    """The linked place that opens an organisation the model gives whole ("मेरठ मेडिकल कॉलेज
    अस्पताल", doubted below its threshold), when the words after it make a body ``is_led_body``
    would put on it; not a demonym ("भारतीय विधि आयोग")."""
    if pred.label != "ORG" or pred.confidence < MIN_EVIDENCE:
        return None
    for entity in doc.entities:
        for m in entity.mentions if LEADER_LABELS.get(entity.type) == "LOC" else ():
            if m.start == pred.start and m.end < pred.end and m.rule != "kb:demonym" and doc.body[m.end] == " ":
                rest = Prediction(m.end + 1, pred.end, doc.body[m.end + 1:pred.end], "ORG", pred.confidence)
                return Leader(m.start, m.end, "LOC", entity.country) if is_led_body(rest, grammar) else None
    return None


def led_names(doc: Document, preds: list[Prediction], grammar: frozenset[str], titles: frozenset[str],
              thresholds: dict[str, float]) -> tuple[list[Prediction], dict[tuple[int, int], str | None]]:
    """The predictions with each organisation led by a person or place read whole (the
    organisation's threshold as its confidence, at least), and the offsets of those with the
    country of the linked place that names each ("गुजरात राष्ट्रीय विधि विश्वविद्यालय" is India's;
    the place's mention, where the context would find it, goes); the mentions and predictions
    inside such a name go."""
    bodies = [p for p in preds if is_led_body(p, grammar)]
    opened = {(p.start, p.end): leader for p in preds  # a name surer than this wins over the place anyway
              if p.confidence < MIN_NAME_OVER_PLACE and (leader := place_opened(doc, p, grammar))}
    if not bodies and not opened:
        return preds, {}
    mentions = SpanIndex((m.start, m.end) for e in doc.entities for m in e.mentions)
    found = leaders(doc, preds, {p.start - 1 for p in bodies})
    names: list[Prediction] = []
    countries: dict[tuple[int, int], str | None] = {}
    for (start, end), leader in opened.items():
        if not mentions.overlaps(leader.end, end):
            confidence = max(thresholds["ORG"], *(p.confidence for p in preds if (p.start, p.end) == (start, end)))
            names.append(Prediction(start, end, doc.body[start:end], "ORG", confidence))
            countries[(start, end)] = leader.country
    for pred in bodies:
        if mentions.overlaps(pred.start, pred.end):
            continue
        leader = leader_of(pred, found, doc.body, thresholds["ORG"], titles)
        if leader is not None:
            start, confidence = honorific_start(doc.body, leader), max(pred.confidence, thresholds["ORG"])
            names.append(Prediction(start, pred.end, doc.body[start:pred.end], "ORG", confidence))
            countries[(start, pred.end)] = leader.country
    if not names:
        return preds, {}
    spans = SpanIndex((n.start, n.end) for n in names)
    for entity in doc.entities:
        entity.mentions = [m for m in entity.mentions if not spans.overlaps(m.start, m.end)]
    doc.entities = [e for e in doc.entities if e.mentions]
    kept = [p for p in preds if not spans.overlaps(p.start, p.end)]
    return sorted(kept + names, key=lambda p: p.start), countries
