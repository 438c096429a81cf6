"""Quote stage: direct quotes in “ ” " " ‘ ’ (also left unclosed to the paragraph's end,
or closed without an opening mark), and reported speech "X ने कहा कि …", each with its
speaker: the agent before the quote (X ने कहा, “…”), after it (“…”, X ने कहा), or for
"उन्होंने" the last person who acted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ghatna.document import Document, Entity, Quote, Span
from ghatna.extraction.roles import gap_has_break, last_agent_person, load_role_words, sentence_slots
from ghatna.extraction.titles import romanize
from ghatna.pipeline import Context, stage
from ghatna.resources import load_yaml
from ghatna.text.tokens import tok_index, word_key

PAIRS = {"“": "”", '"': '"', "‘": "’"}
QUOTE_MARK = re.compile('[“"‘”]')
MIN_SINGLE_QUOTE_WORDS = 6
MIN_QUOTE_CHARS = 12
LOOK_AFTER = 80


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    start: int  # inner text, without the marks
    end: int
    kind: str  # "direct", "unclosed", "unopened"


@cache
def speech_words() -> tuple[frozenset[str], frozenset[str]]:
    data = load_yaml("hindi_words.yaml")
    return frozenset(data["speech_verbs"]), frozenset(data["speech_complementizers"])


def paragraph_quotes(body: str, start: int, end: int) -> list[QuoteSpan]:
    """Quote spans of one paragraph body[start:end]."""
    spans: list[QuoteSpan] = []
    i = start
    while True:
        mark = QUOTE_MARK.search(body, i, end)
        if mark is None:
            break
        ch, i = mark.group(), mark.start()
        if ch == "”":
            spans.append(unopened(body, start, i))
            i += 1
            continue
        close = body.find(PAIRS[ch], i + 1, end)
        if close == -1:
            if ch != "‘":
                spans.append(QuoteSpan(i + 1, end, "unclosed"))
            break
        if ch != "‘" or len(body[i + 1: close].split()) >= MIN_SINGLE_QUOTE_WORDS:
            spans.append(QuoteSpan(i + 1, close, "direct"))
        i = close + 1
    return [s for s in spans if len(body[s.start: s.end].strip()) >= MIN_QUOTE_CHARS]


def unopened(body: str, para_start: int, close: int) -> QuoteSpan:
    """A closing mark with no opening one: the quote starts after "कहा कि" or at the sentence start."""
    window = body[para_start: close]
    cue = max(window.rfind(" कि "), window.rfind("कहा,"))
    sentence = max(window.rfind("।"), window.rfind(". "))
    begin = max(cue + (4 if cue >= 0 else 0), sentence + 1, 0)
    return QuoteSpan(para_start + begin, close, "unopened")


def quote_spans(doc: Document) -> list[QuoteSpan]:
    """The direct quotes of a document (found once, shared by the event and quote stages)."""
    if "quotes" not in doc.cache:
        doc.cache["quotes"] = find_quote_spans(doc.body)
    return doc.cache["quotes"]


def find_quote_spans(body: str) -> list[QuoteSpan]:
    spans: list[QuoteSpan] = []
    pos = 0
    for para in body.split("\n\n"):
        spans += paragraph_quotes(body, pos, pos + len(para))
        pos += len(para) + 2
    return spans


def agent_before(doc: Document, first: int, last: int) -> Entity | None:
    """The speaker of a quote that opens after token ``last``: the nearest agent in its sentence."""
    words = load_role_words()
    slots = [s for s in sentence_slots(doc, first, last) if s.marker in words.agent or s.rule == "pronoun"]
    people = [e for s in slots for e in s.entities if e.type in ("PERSON", "ORG")]
    return people[-1] if people else None


def speaker_of(doc: Document, span: QuoteSpan) -> tuple[Entity | None, str]:
    """Who said it, and by which rule."""
    if not doc.tokens:
        return None, "none"
    sent = doc.sentence_at(max(0, span.start - 1)) or doc.sentence_at(span.start)
    q_tok = tok_index(doc.tokens, span.start)
    first = tok_index(doc.tokens, sent.start) if sent else max(0, q_tok - 30)
    if q_tok > first:
        named = speaker_by_cue(doc, first, q_tok)
        if named is not None:
            return named, "speech_cue"
        who = agent_before(doc, first, q_tok)
        if who is not None:
            return who, "agent_before"
    after = speaker_after(doc, span)
    if after is not None:
        return after, "agent_after"
    person = last_agent_person(doc, q_tok)
    return person, "last_person" if person else "none"


def speaker_by_cue(doc: Document, first: int, q_tok: int) -> Entity | None:
    """The name right before the speech verb that opens the quote: "X ने कहा", "X ने पत्रकारों से
    कहा", "X का कहना है", "X कहती हैं". A name the knowledge base lacks becomes a speaker of its own."""
    verbs, _ = speech_words()
    verb = next((k for k in range(q_tok - 1, max(first, q_tok - 4) - 1, -1) if doc.tokens[k].text in verbs), None)
    if verb is None:
        return None
    words = speaker_words()
    cue = next((k for k in range(verb - 1, max(first, verb - 4) - 1, -1) if doc.tokens[k].text in words[0]), None)
    if cue is None and doc.tokens[verb].text not in words[1]:
        return None  # "… की सराहना करते हुए कहा": the speaker is further back
    end = cue if cue is not None else verb
    if end <= first:
        return None
    for slot in sentence_slots(doc, first, end + 1):
        if slot.last == end and slot.rule != "pronoun":
            return slot.entities[0]
    if doc.tokens[end - 1].text in load_role_words().pronouns:
        return last_agent_person(doc, end - 1)
    return unknown_speaker(doc, first, end)


def unknown_speaker(doc: Document, first: int, end: int) -> Entity | None:
    """Up to three name-like words before the cue that the knowledge base does not know."""
    stop = speaker_stop_words()
    start = end
    while start > max(first, end - 3) and is_name_word(doc.tokens[start - 1].text, stop):
        if start < end and gap_has_break(doc.body, doc.tokens, start, start):
            break
        start -= 1
    if start == end:
        return None
    text = doc.body[doc.tokens[start].start: doc.tokens[end - 1].end]
    known = person_by_surname(doc, text)
    if known is not None:
        return known
    return Entity(key=f"speaker:{text}", name=romanize(text), type="PERSON", kb_id=None, country=None,
                  sector=None, mentions=[Span(doc.tokens[start].start, doc.tokens[end - 1].end, text, "speech_cue", 0.5)])


def person_by_surname(doc: Document, text: str) -> Entity | None:
    """"अली ने कहा" after "इरफान अली": the person named in full earlier whose name ends so."""
    key = word_key(text)
    for ent in doc.entities:
        if ent.type == "PERSON" and any(word_key(m.text).endswith(" " + key) for m in ent.mentions):
            return ent
    return None


@cache
def speaker_words() -> tuple[frozenset[str], frozenset[str]]:
    """Markers before a speech verb that name the speaker, and the habitual speech forms."""
    data = load_yaml("hindi_words.yaml")
    return frozenset(data["speaker_markers"]), frozenset(data["habitual_speech"])


def is_name_word(word: str, stop: frozenset[str]) -> bool:
    return len(word) > 1 and word not in stop and ("\u0900" <= word[0] <= "\u097f" or word[0].isupper())


@cache
def speaker_stop_words() -> frozenset[str]:
    """Words that are never (part of) a speaker's name: function words, titles' words, bodies."""
    from ghatna.extraction.roles import load_generic_actors

    data = load_yaml("hindi_words.yaml")
    generic = {w for key in load_generic_actors() for w in key}
    return frozenset(data["stop_words"]) | frozenset(data["title_modifiers"]) | generic | frozenset(data["speaker_stop_words"])


def speaker_after(doc: Document, span: QuoteSpan) -> Entity | None:
    """“…”, X ने कहा: an agent within a short stretch after the closing mark."""
    if span.end >= len(doc.body) - 1:
        return None
    tail = doc.body[span.end: span.end + LOOK_AFTER]
    comma = re.match(r"^[”\"’]?\s*[,،]", tail) or doc.body[max(0, span.end - 2): span.end].rstrip().endswith(",")
    verbs, _ = speech_words()
    clause = re.split(r"[।.?!]", tail[1:], maxsplit=1)[0]
    if not comma and not any(v in clause.split() for v in verbs):
        return None
    first = tok_index(doc.tokens, span.end)
    last = tok_index(doc.tokens, min(len(doc.body) - 1, span.end + LOOK_AFTER))
    return agent_before(doc, first, last + 1) if last > first else None


def reported_speech(doc: Document, taken: list[QuoteSpan]) -> list[QuoteSpan]:
    """"X ने कहा कि …" up to the sentence end, where no direct quote already covers it."""
    verbs, comps = speech_words()
    spans = []
    for sent in doc.sentences:
        first, last = tok_index(doc.tokens, sent.start), tok_index(doc.tokens, sent.end - 1) + 1
        for k in range(first, last - 1):
            if doc.tokens[k].text in verbs and doc.tokens[k + 1].text in comps:
                start = doc.tokens[k + 1].end + 1
                if start < sent.end and not any(q.start <= start <= q.end or start <= q.start < sent.end for q in taken):
                    spans.append(QuoteSpan(start, sent.end, "indirect"))
                break
    return spans


@stage("quotes", needs=["entities", "sentences"], adds=["quotes"], hindi_only=True)
def quotes_stage(doc: Document, ctx: Context) -> Document:
    direct = quote_spans(doc)
    for span in direct + reported_speech(doc, direct):
        speaker, rule = speaker_of(doc, span)
        text = doc.body[span.start: span.end].strip()
        sent = doc.sentence_at(span.start)
        evidence = Span(sent.start, sent.end, sent.text, f"quote:{span.kind}:{rule}") if sent else Span(span.start, span.end, text)
        confidence = 0.85 if speaker and rule.startswith("agent") else 0.6 if speaker else 0.3
        doc.quotes.append(Quote(speaker, text, span.start, span.end, span.kind, evidence, confidence))
    return doc
