"""Names the knowledge base lacks, read back from the head noun after them (``data/name_heads.yaml``):
an organisation named by a proper name and an institution's head ("सफदरजंग अस्पताल", "इंदिरा
गांधी मेडिकल कॉलेज", "आज़ाद समाज पार्टी"; the head is part of the name) and a place named before
a place's head ("साड़म गांव", "कोकेरनाग इलाके", "पंजवार गांव": the place alone, as the annotation
guidelines mark it).

The name before the head is read back from it over words that are no grammar word, title,
never-a-name word or word of another mention, to a grammar word, punctuation or the sentence's
start (``name_begins``): after any other word the name may begin earlier ("अखिल भारतीय
व्यापारी संघ"), and a place or organisation right before the head is left to ``bodies``' rules
("दुमका अस्पताल" stays the place). It needs the evidence of a name inside it: one the model
gives at MIN_EVIDENCE or more (a person's or organisation's before an institution's head, any
before a place's), or a person's mention, whose mention then goes ("राम मनोहर लोहिया" in "राम
मनोहर लोहिया अस्पताल"). A name the model is sure of, or reads on past the head, is left as the
model has it; so the rule only takes names the model doubted.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from ghatna.document import Document
from ghatna.extraction.bodies import adjacent, has_letters, link_context
from ghatna.extraction.romanize import is_spelt_acronym
from ghatna.extraction.titles import never_name_keys
from ghatna.models.ner.model import Prediction
from ghatna.resources import load_yaml
from ghatna.text.intervals import SpanIndex
from ghatna.text.tokens import Token, word_key

MAX_NAME_WORDS = 4  # words of the name before the head
MIN_EVIDENCE = 0.5  # the model's probability of a name inside them
MAX_LINKED_WORDS = 3  # words after an English linking word that go on an opened name ("ऑफ वायरोलॉजी")
HEAD_RULE = "rule:name_head"
INSTITUTION, PLACE = ("ORG", 0.9), ("LOC", 0.8)  # the label and confidence (the stage's thresholds) a head gives
EVIDENCE_LABELS = {"ORG": ("PERSON", "ORG"), "LOC": ("PERSON", "ORG", "LOC")}
ABBREVIATION_MARKS = ".०॰"  # "डॉ०", "प्रो.": Hindi news abbreviates titles and honorifics


@dataclass(frozen=True, slots=True)
class NameHeads:
    institutions: frozenset[str]
    places: frozenset[str]
    inner: frozenset[str]  # look-up keys of words inside names ("और", "एवं")
    openers: frozenset[str]  # look-up keys of adjectives that open a body's name ("राष्ट्रीय")
    opened: frozenset[str]  # heads of the bodies they open ("आयोग")
    plural_endings: tuple[str, ...] = ()  # no word of an opened name ends so ("उपक्रमों")
    not_opened: frozenset[str] = frozenset()  # look-up keys of words no opened name has ("स्तरीय")
    hubs: frozenset[str] = frozenset()  # heads that also name what a place is made or becomes ("केंद्र")
    becoming: frozenset[str] = frozenset()  # look-up keys of such a making after a hub ("बनाने")
    linkers: frozenset[str] = frozenset()  # look-up keys of English linking words ("ऑफ") after an opened head


@cache
def name_heads() -> NameHeads:
    """``data/name_heads.yaml``."""
    data = load_yaml("name_heads.yaml")
    return NameHeads(frozenset(data["institution_heads"]), frozenset(data["place_heads"]),
                     frozenset(word_key(w) for w in data["name_inner_words"]),
                     frozenset(word_key(w) for w in data["body_openers"]), frozenset(data["opened_heads"]),
                     tuple(data["plural_endings"]), frozenset(word_key(w) for w in data["not_in_opened_names"]),
                     frozenset(data["hub_heads"]), frozenset(word_key(w) for w in data["becoming_words"]),
                     frozenset(word_key(w) for w in load_yaml("hindi_words.yaml")["name_linkers"]))


@cache
def name_honorifics() -> frozenset[str]:
    """Look-up keys of ``name_honorifics`` of ``data/name_heads.yaml``, without abbreviation marks."""
    return frozenset(word_key(w.rstrip(ABBREVIATION_MARKS)) for w in load_yaml("name_heads.yaml")["name_honorifics"])


@cache
def compass_words() -> frozenset[str]:
    """``region_words`` and ``region_adjectives`` of ``data/link_context.yaml``."""
    return link_context().region_words | link_context().region_adjectives


def name_start(tokens: list[Token], head: int, body: str, blocked: tuple[frozenset[str], ...], others: SpanIndex) -> int:
    """The first token of the words before the head that may be a name's: no ``blocked`` word
    (grammar words, titles), no never-a-name word, nothing but letters, no other mention, one
    space apart; ``head`` when none."""
    never = never_name_keys()
    j = head
    while j > 0 and head - j < MAX_NAME_WORDS and adjacent(tokens, j, body):
        word = tokens[j - 1]
        key = word_key(word.text)
        if key in never or any(key in words for words in blocked) or not has_letters(word.text) or others.overlaps(word.start, word.end):
            break
        j -= 1
    return j


def is_name_honorific(word: str) -> bool:
    """An honorific that goes on a body's name with the person it is named after (``name_honorifics``
    of ``data/name_heads.yaml``: "सर", "श्री")."""
    return word_key(word.rstrip(ABBREVIATION_MARKS)) in name_honorifics()


def name_begins(tokens: list[Token], j: int, body: str, grammar: frozenset[str], others: SpanIndex) -> bool:
    """The words from token j to the head can be a whole name: after the sentence's start, punctuation (no hyphen: "भू-चुंबकत्व संस्थान"), a grammar word
    that stands inside no name (``name_inner_words``: "और", "एवं"). After any other word (a
    mention: "भारतीय" of "अखिल भारतीय व्यापारी संघ"; a never-a-name word, many of which open
    bodies' names: "राज्य ग्रामीण विकास संस्थान", "केंद्रीय सहकारी बैंक"; a title: "लेखक"; a
    name word past MAX_NAME_WORDS) the name may begin before it, and where is not known."""
    if j == 0:
        return True
    gap, before = body[tokens[j - 1].end:tokens[j].start], word_key(tokens[j - 1].text)
    if gap.strip():
        return "-" not in gap
    if others.overlaps(tokens[j - 1].start, tokens[j - 1].end):
        return False
    return before in grammar and before not in name_heads().inner


def straddles(people: list[tuple[int, int]], start: int, end: int) -> bool:
    """A person's mention overlaps the name from ``start`` to ``end`` without lying inside it: the
    name begins or ends inside a person's ("बाइडन सेना" of "जो बाइडन सेना", "जो" being a grammar
    word), so it is no name, and the person's mention stays. A person's mention wholly inside
    ("राम मनोहर लोहिया" of "राम मनोहर लोहिया अस्पताल") is part of the name."""
    return any(a < end and b > start and (a < start or b > end) for a, b in people)


def opened_end(tokens: list[Token], j: int, body: str, grammar: frozenset[str], others: SpanIndex) -> int | None:
    """The last token of a body's name opened by the adjective at token j ("राष्ट्रीय महिला आयोग"):
    the first of ``opened_heads`` one to MAX_NAME_WORDS words after it (right after it only when an
    English linking word carries the name on: "इंटरनेशनल फेडरेशन ऑफ जर्नलिस्ट्स", ``linked_end``; else
    such a head is a word of the name: "राज्य स्कूल मानक प्राधिकरण"), over words that are letters
    only, no grammar word, no plural ("उपक्रमों"), no government word, no word of
    ``not_in_opened_names`` ("राज्य स्तरीय समिति" is a committee of the state's level) and no other
    mention; not a hub being made ("अंतरराष्ट्रीय पर्यटन केंद्र बनाने": ``is_made_hub``)."""
    heads, government = name_heads(), link_context().government_words
    for k in range(j + 1, min(j + MAX_NAME_WORDS + 2, len(tokens))):
        word = tokens[k]
        if not adjacent(tokens, k, body) or others.overlaps(word.start, word.end):
            return None
        if word.text in heads.opened:
            end = linked_end(tokens, k, body, grammar, others)
            if k == j + 1 and end == k:
                continue  # a head right after the adjective may open the words of the name ("राज्य स्कूल मानक प्राधिकरण")
            return None if is_made_hub(tokens, k) else end
        if (word.key in grammar or not has_letters(word.text) or word.text.endswith(heads.plural_endings)
                or word.text in government or word.key in heads.not_opened):
            return None
    return None


def linked_end(tokens: list[Token], k: int, body: str, grammar: frozenset[str], others: SpanIndex) -> int:
    """The last token of a name whose head at token k an English linking word follows
    ("नेशनल इंस्टीट्यूट ऑफ वायरोलॉजी"): up to MAX_LINKED_WORDS words of letters after it, no
    grammar word, other mention or acronym (the name's short form after it: "… डेवलपमेंट ईबीआरडी"),
    the name never ending on a linking word; k when none follow."""
    linkers = name_heads().linkers
    end, n = k, k + 1
    while n < len(tokens) and adjacent(tokens, n, body) and tokens[n].key in linkers:
        taken = n + 1
        while (taken < len(tokens) and taken - n <= MAX_LINKED_WORDS and adjacent(tokens, taken, body)
               and tokens[taken].key not in grammar and tokens[taken].key not in linkers and has_letters(tokens[taken].text)
               and not is_spelt_acronym(tokens[taken].text)
               and not others.overlaps(tokens[taken].start, tokens[taken].end)):
            taken += 1
        if taken == n + 1:
            break
        end, n = taken - 1, taken
    return end


def is_made_hub(tokens: list[Token], k: int) -> bool:
    """The head at token k is a hub a place is made or becomes, no body's name: ``hub_heads`` and a
    form of बनना/बनाना right after ("पर्यटन केंद्र बनाने", "शिक्षा केंद्र बनेगा")."""
    heads = name_heads()
    return tokens[k].text in heads.hubs and k + 1 < len(tokens) and tokens[k + 1].key in heads.becoming


def carried_on(pred: Prediction, start: int, end: int, body: str) -> bool:
    """The model's name lies inside the opened name and stops right before or on an English
    linking word that carries it on ("सेंट्रल बोर्ड" of "सेंट्रल बोर्ड ऑफ फिल्म सर्टिफिकेशन")."""
    after = body[pred.end:end].split(maxsplit=1)
    last = word_key(pred.text.split()[-1]) if pred.text.split() else ""
    return start <= pred.start and pred.end < end and (
        last in name_heads().linkers or (bool(after) and word_key(after[0]) in name_heads().linkers))


def opened_names(doc: Document, preds: list[Prediction], grammar: frozenset[str], others: SpanIndex,
                 thresholds: dict[str, float]) -> list[Prediction]:
    """Bodies named by an opening adjective, common words and a head (``body_openers``,
    ``opened_heads``): "केंद्रीय सतर्कता आयोग". Not where a person is named inside, nor where the
    model is sure of a name there or reads one on past the head."""
    tokens, body, found = doc.tokens, doc.body, []
    people = SpanIndex((m.start, m.end) for e in doc.entities if e.type == "PERSON" for m in e.mentions)
    for j, token in enumerate(tokens):
        if token.key not in name_heads().openers or others.overlaps(token.start, token.end):
            continue
        k = opened_end(tokens, j, body, grammar, others)
        if k is None or not name_begins(tokens, j, body, grammar, others) or describes_next(tokens, k, body, others):
            continue
        start, end = token.start, tokens[k].end
        if people.overlaps(start, end) or any(
                p.end > start and p.start < end and (p.end > end or p.confidence >= thresholds.get(p.label, 1.0))
                and not carried_on(p, start, end, body) for p in preds):
            continue
        found.append(Prediction(start, end, body[start:end], *INSTITUTION))
    return found


def describes_next(tokens: list[Token], k: int, body: str, others: SpanIndex) -> bool:
    """The words up to the head at token k stand right before another body's mention: they tell
    what it is ("अंतरराष्ट्रीय समाचार एजेंसी रॉयटर्स", "अंतरराष्ट्रीय मानवाधिकार संस्था एमनेस्टी
    इंटरनेशनल"), no name of their own."""
    n = k + 1
    return n < len(tokens) and adjacent(tokens, n, body) and others.overlaps(tokens[n].start, tokens[n].end)


def head_names(doc: Document, preds: list[Prediction], grammar: frozenset[str], titles: frozenset[str],
               thresholds: dict[str, float]) -> tuple[list[Prediction], frozenset[tuple[int, int]]]:
    """The predictions with the names read back from head nouns, and the offsets of those; the
    predictions overlapping such a name go, and so do the people's mentions inside it. A name
    the model is sure of (its ``thresholds``) stays as the model has it; a title before the name
    ("लेखक") leaves where the name begins unknown, an honorific
    of ``name_honorifics`` opens it ("सर गंगाराम अस्पताल"); a compass word before a place's head
    ("पूर्वोत्तर क्षेत्र") is a description, no name."""
    heads = name_heads()
    compass = compass_words()  # "पूर्वोत्तर क्षेत्र": a description
    tokens, body = doc.tokens, doc.body
    people = [(m.start, m.end) for e in doc.entities if e.type == "PERSON" for m in e.mentions]
    others = SpanIndex((m.start, m.end) for e in doc.entities if e.type != "PERSON" for m in e.mentions)
    evidences = {label: [(p.start, p.end) for p in preds if p.label in kinds and p.confidence >= MIN_EVIDENCE] + people
                 for label, kinds in EVIDENCE_LABELS.items()}
    found: list[Prediction] = []
    for i, token in enumerate(tokens):
        kind = INSTITUTION if token.text in heads.institutions else PLACE if token.text in heads.places else None
        if kind is None or i == 0 or others.overlaps(token.start, token.end):
            continue
        j = name_start(tokens, i, body, (grammar, titles, compass) if kind is PLACE else (grammar, titles), others)
        if kind is INSTITUTION and 0 < j < i and adjacent(tokens, j, body) and is_name_honorific(tokens[j - 1].text):
            j -= 1  # "सर गंगाराम अस्पताल": the honorific of the person it is named after opens the name
        if j == i or not name_begins(tokens, j, body, grammar, others):
            continue
        start, end = tokens[j].start, token.end if kind is INSTITUTION else tokens[i - 1].end
        if straddles(people, start, end):
            continue  # "जो बाइडन सेना": the name would begin inside a person's ("जो" is a grammar word)
        if not any(a < tokens[i - 1].end and b > start for a, b in evidences[kind[0]]) or any(
                p.end > start and p.start < token.end and (p.end > token.end or p.confidence >= thresholds.get(p.label, 1.0))
                for p in preds):
            continue  # no name there; a name the model is sure of, or reads on past the head
        if found and found[-1].end > start:
            found.pop()  # "नालंदा मेडिकल कॉलेज" within "नालंदा मेडिकल कॉलेज अस्पताल"
        found.append(Prediction(start, end, body[start:end], *kind))
    opened = opened_names(doc, preds, grammar, others, thresholds)
    found = [f for f in found if not any(o.start <= f.start and f.end < o.end for o in opened)]  # "सेंट्रल बोर्ड" of "… ऑफ …"
    found = sorted(found + [p for p in opened if not any(f.start < p.end and p.start < f.end for f in found)],
                   key=lambda p: p.start)
    if not found:
        return preds, frozenset()
    names = SpanIndex((p.start, p.end) for p in found)
    for entity in doc.entities:
        if entity.type == "PERSON":
            entity.mentions = [m for m in entity.mentions if not names.overlaps(m.start, m.end)]
    doc.entities = [e for e in doc.entities if e.mentions]
    kept = [p for p in preds if not names.overlaps(p.start, p.end)]
    return sorted(kept + found, key=lambda p: p.start), frozenset((p.start, p.end) for p in found)
