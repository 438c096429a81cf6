"""Where the entity stage's links and the model's names give way to each other, before the
``ner`` stage adds the model's names: bulk-source places under a person's mention, people made
of never-a-name words, knowledge-base short forms inside or right before a longer name the model
found, or followed by a word that goes on the name, and places inside a longer name the model is
sure of (a person's or organisation's name takes their place; a longer place name widens their
mention and keeps their link).
"""

from __future__ import annotations

from bisect import bisect_left

from ghatna.document import Document, Entity, Span
from ghatna.extraction.bodies import link_context
from ghatna.extraction.entities import BULK_SOURCES
from ghatna.extraction.lexicon import Words
from ghatna.models.ner.model import NerModel, Prediction
from ghatna.text.intervals import SpanIndex
from ghatna.text.tokens import tok_index, word_key

MIN_NAME_OVER_PLACE = 0.95  # a longer name the model is this sure of wins over a place inside it


def drop_places_under_people(entities: list[Entity]) -> list[Entity]:
    """Mentions of bulk-source places that a person's mention covers ("कुर्ती" the town under
    "कुर्ती" the prime minister); a place left with no mention goes."""
    people = SpanIndex((m.start, m.end) for e in entities if e.type == "PERSON" for m in e.mentions)
    out = []
    for entity in entities:
        if entity.kb_id and entity.kb_id.startswith(BULK_SOURCES):
            entity.mentions = [m for m in entity.mentions if not people.overlaps(m.start, m.end)]
            if not entity.mentions:
                continue
        out.append(entity)
    return out


def drop_common_word_people(entities: list[Entity], model: NerModel) -> list[Entity]:
    """Unlinked people whose every mention is made of never-a-name words ("पार्टी", "कहते" that a
    title pattern took for a name)."""
    return [e for e in entities if e.type != "PERSON" or e.kb_id
            or not all(model.never_a_person(m.text) for m in e.mentions)]


def yield_short_forms(doc: Document, preds: list[Prediction]) -> list[Prediction]:
    """A knowledge-base short form inside, or right before, a longer name the model found gives
    way to it: "ली" (Li Qiang) in "प्रोफेसर ली क्रोनिन". The predictions, so extended."""
    shorts = [(m, e) for e in doc.entities for m in e.mentions if m.rule == "kb:short"]
    shorts.sort(key=lambda item: item[0].start)
    starts = [m.start for m, _ in shorts]
    longest = max((m.end - m.start for m, _ in shorts), default=0)
    used: set[int] = set()
    out = []
    for pred in preds:
        while pred.label == "PERSON" and shorts:
            near = range(bisect_left(starts, space_before(doc.body, pred.start) - longest), bisect_left(starts, pred.end))
            taken = [k for k in near if k not in used and gives_way(shorts[k][0], pred, doc.body)]
            if not taken:
                break
            used.update(taken)
            start = min(pred.start, *(shorts[k][0].start for k in taken))
            pred = Prediction(start, pred.end, doc.body[start:pred.end], pred.label, pred.confidence)
        out.append(pred)
    gone = {id(shorts[k][0]) for k in used}
    for entity in {id(e): e for _, e in shorts}.values() if gone else ():
        entity.mentions = [m for m in entity.mentions if id(m) not in gone]
    doc.entities = [e for e in doc.entities if e.mentions]
    return out


def space_before(body: str, at: int) -> int:
    """Where the white space that ends at ``at`` begins."""
    while at > 0 and body[at - 1].isspace():
        at -= 1
    return at


def gives_way(short: Span, pred: Prediction, body: str) -> bool:
    """A short form inside the longer name, or right before it with only white space between."""
    before = short.end <= pred.start and not body[short.end:pred.start].strip()
    inside = pred.start <= short.start and short.end <= pred.end and (short.start, short.end) != (pred.start, pred.end)
    return inside or before


def yield_places_inside_names(doc: Document, preds: list[Prediction]) -> dict[tuple[int, int], str]:
    """A place's mention inside a longer person or organisation name the model is sure of gives
    way to it: "भारत" in "भारत भूषण कौशल", "इंदौर" in "इंदौर विकास प्राधिकरण"; not to a place and
    a word for a government (``government_words`` of ``data/link_context.yaml``: "भारत सरकार" is
    India and a generic word, as the annotation guidelines have it). Returns the offsets of the
    organisations a place so opens with that place's country ("इंदौर विकास प्राधिकरण" is India's)."""
    government = link_context().government_words
    sure = [p for p in preds if p.label in ("PERSON", "ORG") and p.confidence >= MIN_NAME_OVER_PLACE
            and " " in p.text and p.text.split()[-1] not in government]
    names = SpanIndex((p.start, p.end) for p in sure)
    opened = {p.start: (p.start, p.end) for p in sure if p.label == "ORG"}
    countries: dict[tuple[int, int], str] = {}
    for entity in doc.entities if names else ():
        if entity.type in ("GPE", "LOC"):
            for m in entity.mentions:
                if entity.country and m.start in opened and names.covers(m.start, m.end):
                    countries.setdefault(opened[m.start], entity.country)
            entity.mentions = [m for m in entity.mentions if not names.covers(m.start, m.end)]
    doc.entities = [e for e in doc.entities if e.mentions]
    return countries


def widen_places_to_names(doc: Document, preds: list[Prediction]) -> None:
    """A place's mention inside a longer place name the model is sure of takes that name's span
    and keeps its link, the name being in or of the place: "गुरुद्वारा ननकाना साहिब" (Nankana
    Sahib, PAK), "पूर्वी चंपारण" where the knowledge base lacks the district. Not a place and a
    word for a government ("भारत सरकार")."""
    government = link_context().government_words
    names = [p for p in preds if p.label == "LOC" and p.confidence >= MIN_NAME_OVER_PLACE and " " in p.text
             and p.text.split()[-1] not in government]
    for pred in names:
        inner = [(e, m) for e in doc.entities for m in e.mentions if pred.start <= m.start and m.end <= pred.end]
        if len(inner) != 1 or inner[0][0].type not in ("GPE", "LOC") or (inner[0][1].start, inner[0][1].end) == (pred.start, pred.end):
            continue
        entity, mention = inner[0]
        if only_region_adjectives(doc.body[pred.start:mention.start], doc.body[mention.end:pred.end]):
            continue
        entity.mentions[entity.mentions.index(mention)] = Span(pred.start, pred.end, pred.text, f"{mention.rule}+widened",
                                                              min(mention.confidence, pred.confidence), mention.field)


def only_region_adjectives(before: str, after: str) -> bool:
    """Only compass adjectives before a place ("उत्तरी इटली"): a description, not a longer name
    (``region_adjectives`` of ``data/link_context.yaml``)."""
    words = before.replace("-", " ").split()
    return not after.strip() and bool(words) and all(word_key(w) in link_context().region_adjectives for w in words)


def drop_continued_short_forms(doc: Document, model: NerModel, words: Words) -> None:
    """A short form or one-word name of a known person whose full name the article never gives,
    followed by a word that goes on the name rather than the sentence, is another person's: "प्रोफेसर
    ली क्रोनिन" is not Li Qiang, "सरपंच खुर्शीद मलिक" not Salman Khurshid."""
    grammar = words.postpositions | words.conjunctions | words.stop | words.auxiliaries | words.enders
    for entity in doc.entities:
        if entity.type != "PERSON" or any(m.rule == "kb:name" and " " in m.text for m in entity.mentions):
            continue
        entity.mentions = [m for m in entity.mentions if not (m.rule in ("kb:short", "kb:name") and " " not in m.text
                                                              and continues(doc, m, grammar, model))]
    doc.entities = [e for e in doc.entities if e.mentions]


def continues(doc: Document, mention: Span, grammar: frozenset[str], model: NerModel) -> bool:
    tokens = doc.tokens
    i = tok_index(tokens, mention.end)
    if i >= len(tokens) or tokens[i].start < mention.end or doc.body[mention.end:tokens[i].start].strip():
        return False
    nxt = tokens[i].text
    return nxt not in grammar and not model.never_a_person(nxt)
