"""Quote stage: direct quotes in “ ” " " '' ‘ ’ ' ' (also left unclosed to the paragraph's
end, or closed without an opening mark), and reported speech "X ने कहा कि …", "बयान में कहा
गया कि …", each with its speaker: the agent before the quote (X ने कहा, “…”), after it
(“…”, X ने कहा), the body that issued a statement ("विदेश मंत्रालय के बयान में कहा गया"),
for "उन्होंने" the last person who acted, for "उसने/उसके" the last actor of any kind.
Quotes are found in one pass over the quote marks, so their time is linear in the text.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cache

from ghatna.document import Document, Entity, Quote, Span
from ghatna.extraction.references import last_agent_person, sentence_slots
from ghatna.extraction.roles import Slot, gap_has_break, load_role_words, mention_slots
from ghatna.extraction.titles import romanize
from ghatna.pipeline import Context, stage
from ghatna.resources import load_yaml
from ghatna.text.numbers import alternation
from ghatna.text.tokens import tok_index, word_key

# "''" (two apostrophes) is typed for a double quote, and so are "‘‘" and "’’" (two single
# marks, often closed by the other style: ‘‘…''); ’ and ' between Latin letters are
# apostrophes ("India’s"), not marks.
MARKS = re.compile("''|‘‘|’’|[“”\"‘’']")
FAMILY = {"“": ("double", "open"), "”": ("double", "close"), '"': ("double", "toggle"), "''": ("double", "toggle"),
          "‘‘": ("double", "open"), "’’": ("double", "close"),
          "‘": ("single", "open"), "’": ("single", "close"), "'": ("single", "toggle")}
MIN_QUOTE_WORDS = 3  # “हम तैयार हैं” is a quote; “आतंकवादी” a word in quotes
MIN_SINGLE_QUOTE_WORDS = 6  # ‘…’ of fewer words is a quote only after or before a speech verb
CUE_REACH = 60
SENTENCE_FINAL = re.compile(r"[।॥?!]|\.(?=\s|$)")
MAX_EVIDENCE, EVIDENCE_REACH = 600, 200
STATEMENT_REACH = 8  # "… के बयान में यह भी कहा गया, “": the statement word this near the quote
ACTOR_TYPES = ("PERSON", "ORG", "GPE")
LOOK_AFTER = 80
CONTINUE_REACH = 600  # characters from the last quote's end within which its speaker goes on
DESCRIPTOR_REACH = 5  # words before a name within which a title's other words are looked for
UNOPENED_SENTENCES = 3  # sentences an unopened quote may run over back to its speech verb


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    start: int  # the quoted text, without the marks and the white space inside them
    end: int
    kind: str  # "direct", "unclosed", "unopened", "indirect"


@dataclass(frozen=True, slots=True)
class SpeechWords:
    verbs: frozenset[str]
    complementizers: frozenset[str]
    auxiliaries: frozenset[str]
    statements: frozenset[str]
    actor_pronouns: frozenset[str]
    cue_before: re.Pattern[str]
    cue_after: re.Pattern[str]


@cache
def load_speech_words() -> SpeechWords:
    data = load_yaml("hindi_words.yaml")
    verbs, aux = alternation(data["speech_verbs"]), alternation(data["speech_auxiliaries"])
    comps = alternation(data["speech_complementizers"])
    return SpeechWords(frozenset(data["speech_verbs"]), frozenset(data["speech_complementizers"]),
                       frozenset(data["speech_auxiliaries"]), frozenset(data["statement_nouns"]),
                       frozenset(data["actor_pronouns"]),
                       re.compile(rf"{verbs}(?:\s+{aux}){{0,2}}\s*(?:[,:\-–]|\s{comps})?\s*$"),
                       re.compile(rf"^\s*[,،]\s*[^।.?!]{{0,{LOOK_AFTER}}}?{verbs}"))


def speech_words() -> tuple[frozenset[str], frozenset[str]]:
    words = load_speech_words()
    return words.verbs, words.complementizers


def mark_role(body: str, mark: re.Match[str]) -> tuple[str, str] | None:
    """(family, role) of a quote mark, or None for an apostrophe."""
    ch = mark.group()
    if ch in "’'":
        before, after = body[mark.start() - 1: mark.start()], body[mark.end(): mark.end() + 1]
        if before.isascii() and before.isalpha() and after.isascii() and after.isalpha():
            return None
    return FAMILY[ch]


def paragraph_quotes(body: str, start: int, end: int) -> list[QuoteSpan]:
    """Quote spans of one paragraph body[start:end], in one pass over its quote marks. A quote
    left open runs to the paragraph's end; a closing mark with no opening one closes a quote
    that began after "कहा कि" or at its sentence's start, never before the last mark."""
    spans: list[QuoteSpan | None] = []
    opened: tuple[str, int, int] | None = None  # family, where its text starts, where its mark is
    boundary = start
    for mark in MARKS.finditer(body, start, end):
        role = mark_role(body, mark)
        if role is None:
            continue
        family, kind = role
        if kind == "toggle" and opens_after_cue(body, mark.start(), start):
            kind = "open"  # 'वे लिखते हैं, "…': a new quote, even when the last one was never closed
        if opened is not None:
            if family == opened[0] and kind != "open":
                spans.append(accept(body, opened, mark.start(), "direct", start))
                opened, boundary = None, mark.end()
                continue
            if family == "single" and opened[0] == "double":
                continue  # ‘a term’ inside a quote
            spans.append(accept(body, opened, mark.start(), "unclosed", start))  # a new quote opens first
            opened = None
        if kind == "toggle" and closes_text(body, mark.start(), mark.end(), start) \
                and not glued_opening(body, mark, boundary, end):
            kind = "close"  # '.", आदि' or ".''कुछ": a mark glued to the end of a text closes a quote
        if kind in ("open", "toggle"):
            opened = (family, mark.end(), mark.start())
        elif family == "double":
            spans.append(unopened(body, boundary, mark.start()))
        boundary = mark.end()
    if opened is not None:
        spans.append(accept(body, opened, end, "unclosed", start))
    return [s for s in spans if s is not None]


def closes_text(body: str, at: int, end: int, para_start: int) -> bool:
    """Whether a straight quote mark closes a quote (none being open): glued to the word or
    sentence end before it ('है."', ".''कुछ"), unless it follows "," or ":" and opens the
    words after it ("कहा,''हम") or follows a speech verb ('का कहना है," ये …')."""
    before = body[at - 1] if at > 0 else " "
    after = body[end] if end < len(body) else " "
    if before.isspace() or before in "([-—" or has_cue_before(body, para_start, at):
        return False
    return not (before in ",:" and not after.isspace())


def glued_opening(body: str, mark: re.Match[str], boundary: int, para_end: int) -> bool:
    """A straight mark, none open, that opens a quote glued to what stands before it: right
    after another mark ('"….""हालांकि …"'), or after a sentence's end and before a word
    ('चाहिए."मुख्य बात …."') when a mark like it follows in the paragraph and no speech verb
    since the last mark asks for a quote that lost its opening mark ("X ने कहा कि …."")."""
    at, end = mark.start(), mark.end()
    before, after = body[at - 1: at], body[end: end + 1]
    if before and MARKS.fullmatch(before):
        return True
    if not (before and SENTENCE_FINAL.fullmatch(before) and after.isalpha()):
        return False
    window = body[boundary: at]
    return body.find(mark.group(), end, para_end) != -1 and " कि " not in window and "कहा," not in window


def opens_after_cue(body: str, at: int, para_start: int) -> bool:
    return at > 0 and body[at - 1].isspace() and has_cue_before(body, para_start, at)


def trimmed(body: str, start: int, end: int) -> tuple[int, int]:
    """start:end without the white space at either edge: body[start:end] is the quote's text."""
    while start < end and body[start].isspace():
        start += 1
    while end > start and body[end - 1].isspace():
        end -= 1
    return start, end


def accept(body: str, opened: tuple[str, int, int], close: int, kind: str, para_start: int) -> QuoteSpan | None:
    """The quote from an opening mark to ``close``, if it is one: three words or more; a
    single-quoted one ("‘नए युग की साझेदारी’" is a term) needs six, or a speech verb beside it."""
    family, inner, mark_at = opened
    start, end = trimmed(body, inner, close)
    words = len(body[start:end].split())
    if words < MIN_QUOTE_WORDS:
        return None
    if family == "single" and (kind == "unclosed" or words < MIN_SINGLE_QUOTE_WORDS):
        cue = has_cue_before(body, para_start, mark_at) or (kind == "direct" and has_cue_after(body, close + 1))
        if not cue:
            return None
    return QuoteSpan(start, end, kind)


def has_cue_before(body: str, para_start: int, mark_at: int) -> bool:
    """"X ने कहा, ‘…", "उनका कहना है कि ‘…": a speech verb right before the opening mark."""
    return load_speech_words().cue_before.search(body, max(para_start, mark_at - CUE_REACH), mark_at) is not None


def has_cue_after(body: str, after: int) -> bool:
    """"‘…’, उन्होंने कहा": a comma, then a speech verb in the same clause."""
    return load_speech_words().cue_after.match(body[after: after + LOOK_AFTER + 20]) is not None


def unopened(body: str, boundary: int, close: int) -> QuoteSpan | None:
    """A closing mark with no opening one: the quote starts after "कहा कि" or "कहा," when at
    most ``UNOPENED_SENTENCES`` sentences end between it and the mark ("X ने कहा, A. B. C.""),
    else at the last sentence's start; never before ``boundary`` (the paragraph's start or
    the last mark)."""
    window = body[boundary: close]
    cue = max(window.rfind(" कि "), window.rfind("कहा,"))
    ends = [m.start() for m in SENTENCE_FINAL.finditer(window) if window[m.end():].strip()]  # not the quote's own end
    sentence = ends[-1] if ends else -1
    if cue >= 0 and sum(e > cue for e in ends) <= UNOPENED_SENTENCES:
        sentence = -1
    begin = max(cue + (4 if cue >= 0 else 0), sentence + 1, 0)
    start, end = trimmed(body, boundary + begin, close)
    return QuoteSpan(start, end, "unopened") if len(body[start:end].split()) >= MIN_QUOTE_WORDS else None


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
    people = [(s, e) for s in slots for e in s.entities if e.type in ("PERSON", "ORG")]
    return named_for(doc, *people[-1]) if people else None


def named_for(doc: Document, slot: Slot, ent: Entity) -> Entity:
    """The person a title stands for ("वित्त मंत्री ने कहा" after "वित्त मंत्री निर्मला सीतारमण"),
    else the entity itself."""
    if ent.kind != "generic":
        return ent
    return described_person(doc, slot.first, slot.last, ent.country) or ent


def described_person(doc: Document, first: int, last: int, country: str | None = None) -> Entity | None:
    """The person last named right after the words of tokens first..last ("वित्त मंत्री",
    "अमित की मां") before them: their last word just before the name, the others among the
    ``DESCRIPTOR_REACH`` words before it; of ``country`` where both are known ("चीनी विदेश
    मंत्री ने कहा" is not India's minister named last)."""
    words = [t.text for t in doc.tokens[first:last]]
    places = person_places(doc).get(words[-1], []) if words else []
    for k, ent in reversed(places[: bisect.bisect_left(places, (first,), key=lambda p: (p[0],))]):
        if describes(doc, words, k) and not (country and ent.country and ent.country != country):
            return ent
    return None


def person_places(doc: Document) -> dict[str, list[tuple[int, Entity]]]:
    """Every place where a person's name is written as one of its mentions is (the recognizer
    may have passed over some), as (token index, person) in text order, by the word before it.
    Found once per document."""
    if "person_places" not in doc.cache:
        places: dict[str, list[tuple[int, Entity]]] = {}
        for ent in (e for e in doc.entities if e.type == "PERSON"):
            for text in {m.text for m in ent.mentions}:
                for found in re.finditer(re.escape(text), doc.body):
                    k = tok_index(doc.tokens, found.start())
                    if k > 0 and doc.tokens[k].start == found.start():  # a whole word, not the inside of one
                        places.setdefault(word_before(doc, k), []).append((k, ent))
        doc.cache["person_places"] = {w: sorted(p, key=lambda x: x[0]) for w, p in places.items()}
    return doc.cache["person_places"]


def before_honorifics(doc: Document, k: int) -> int:
    """The index of the word before token k, past honorifics ("मंत्री डॉ. एस जयशंकर")."""
    j = k - 1
    while j > 0 and doc.tokens[j].text in honorifics():
        j -= 1
    return j


def word_before(doc: Document, k: int) -> str:
    return doc.tokens[before_honorifics(doc, k)].text


def describes(doc: Document, words: list[str], k: int) -> bool:
    """Whether ``words`` stand right before token k: the last one next to it (an honorific
    between: "विदेश मंत्री डॉ. एस जयशंकर"), the others near."""
    j = before_honorifics(doc, k)
    if doc.tokens[j].text != words[-1]:
        return False
    near = {t.text for t in doc.tokens[max(0, j - DESCRIPTOR_REACH): j]}
    return set(words[:-1]) <= near


@cache
def honorifics() -> frozenset[str]:
    return frozenset(load_yaml("hindi_words.yaml")["honorifics"])


def speaker_of(doc: Document, span: QuoteSpan, previous: Said | None = None) -> tuple[Entity | None, str]:
    """Who said it, and by which rule. ``previous`` is the last direct quote's speaker: a
    pronoun or a speech verb with no name goes on with it ("X ने कहा, “…”। उन्होंने कहा, “…”")."""
    if not doc.tokens:
        return None, "none"
    sent = doc.sentence_at(max(0, span.start - 1)) or doc.sentence_at(span.start)
    q_tok = tok_index(doc.tokens, span.start)
    first = tok_index(doc.tokens, sent.start) if sent else max(0, q_tok - 30)
    going_on = continuing_speaker(doc, previous, q_tok)
    if q_tok > first:
        if going_on is not None and has_pronoun_subject(doc, first, q_tok):
            return going_on, "previous_speaker"
        named = speaker_by_cue(doc, first, q_tok)
        if named is not None:
            return named, "speech_cue"
        source = attributed_source(doc, first, q_tok)
        if source is not None:
            return source, "attribution"
        issuer = statement_issuer(doc, first, q_tok)
        if issuer is not None:
            return issuer, "statement"
        who = agent_before(doc, first, q_tok)
        if who is not None:
            return who, "agent_before"
    cued = q_tok > first and has_cue_before(doc.body, doc.tokens[first].start, mark_before(doc.body, span.start))
    after = None if cued else speaker_after(doc, span)  # a quote its speech verb opens is not the next sentence's
    if after is not None:
        return after, "agent_after"
    if going_on is not None:
        return going_on, "previous_speaker"
    body = last_acting_body(doc, previous, q_tok)
    if body is not None:
        return body, "last_actor"
    person = last_agent_person(doc, q_tok)
    return person, "last_person" if person else "none"


def last_acting_body(doc: Document, previous: Said | None, q_tok: int) -> Entity | None:
    """"पाकिस्तान के विदेश मंत्रालय ने प्रतिक्रिया दी। “…”": a body or country that was the last
    to act (X ने) since the last quote, before a quote no one is named for."""
    since = tok_index(doc.tokens, previous.end) if previous else max(0, q_tok - 400)
    agents = load_role_words().agent
    acted = [s for s in mention_slots(doc, since, q_tok) if since < q_tok
             and s.marker in agents and s.entities[0].type in ACTOR_TYPES]
    return acted[-1].entities[0] if acted and acted[-1].entities[0].type != "PERSON" else None


def attributed_source(doc: Document, first: int, q_tok: int) -> Entity | None:
    """"X के अनुसार, “…": the person or body named right before an attribution marker that
    ends where the quote opens."""
    attribution = load_role_words().attribution
    for slot in mention_slots(doc, first, q_tok):
        if slot.marker in attribution and slot.marker_end == q_tok and slot.entities[0].type in ("PERSON", "ORG"):
            return named_for(doc, slot, slot.entities[0])
    return None


@dataclass(frozen=True, slots=True)
class Said:
    """The speaker of the last direct quote, where that quote ends, and whether it was left
    open (then it goes on only into a quote that opens the next paragraph)."""

    speaker: Entity
    end: int
    open: bool = False


def mark_before(body: str, start: int) -> int:
    """Where the opening mark of a quote whose text starts at ``start`` is (or ``start``)."""
    i = start - 1
    while i > 0 and body[i].isspace():
        i -= 1
    if i < 0 or MARKS.fullmatch(body[i]) is None:
        return start
    while i > 0 and body[i - 1] == body[i]:  # '' and ‘‘
        i -= 1
    return i


def continuing_speaker(doc: Document, previous: Said | None, q_tok: int) -> Entity | None:
    """The last quote's speaker, when that quote ended at most ``CONTINUE_REACH`` characters
    before and no one acted since (a person, body or country with ने, a person with no marker)."""
    if previous is None or previous.speaker.type != "PERSON":
        return None
    if doc.tokens[q_tok].start - previous.end > CONTINUE_REACH:
        return None
    if previous.open and not opens_paragraph(doc.body, doc.tokens[q_tok].start):
        return None
    agents = load_role_words().agent
    since = tok_index(doc.tokens, previous.end)
    for slot in mention_slots(doc, since, q_tok) if since < q_tok else []:
        kind = slot.entities[0].type
        if (kind == "PERSON" and slot.marker == "") or (kind in ACTOR_TYPES and slot.marker in agents):
            return None
    return previous.speaker


def opens_paragraph(body: str, start: int) -> bool:
    """Whether only a quote mark stands between ``start`` and the paragraph's start: a quote
    that runs over paragraphs opens each of them and closes only the last."""
    head = body[max(0, start - 6): start].rstrip()
    return head != "" and MARKS.fullmatch(head[-1]) is not None and head[:-1].rstrip(" ")[-1:] in ("\n", "")


def has_pronoun_subject(doc: Document, first: int, q_tok: int) -> bool:
    """"उन्होंने (…) कहा, “": a personal pronoun as the subject before the quote, no one named
    as an agent after it."""
    pronouns = load_role_words().pronouns.keys() - load_speech_words().actor_pronouns  # not उसने: a body too
    at = next((k for k in range(q_tok - 1, first - 1, -1) if doc.tokens[k].text in pronouns), None)
    if at is None:
        return False
    agents = load_role_words().agent
    return not any(s.marker in agents for s in mention_slots(doc, at + 1, q_tok))


def speaker_by_cue(doc: Document, first: int, q_tok: int) -> Entity | None:
    """The name right before the speech verb that opens the quote: "X ने कहा", "X ने पत्रकारों से
    कहा", "X का कहना है", "X कहती हैं". A name the knowledge base lacks becomes a speaker of its own."""
    verbs, _ = speech_words()
    verb = next((k for k in range(q_tok - 1, max(first, q_tok - 4) - 1, -1) if doc.tokens[k].text in verbs), None)
    if verb is None:
        return None
    pronoun = pronoun_speaker(doc, first, verb)
    if pronoun is not None:
        return pronoun
    words = speaker_words()
    cue = next((k for k in range(verb - 1, max(first, verb - 4) - 1, -1) if doc.tokens[k].text in words[0]), None)
    if cue is None and doc.tokens[verb].text not in words[1] and not has_auxiliary(doc, verb):
        return None  # "… की सराहना करते हुए कहा": the speaker is further back
    end = cue if cue is not None else verb
    if end <= first:
        return None
    for slot in sentence_slots(doc, first, end + 1):
        if slot.last == end and slot.rule != "pronoun":
            return named_for(doc, slot, slot.entities[0])
    return unknown_speaker(doc, first, end)


def pronoun_speaker(doc: Document, first: int, verb: int) -> Entity | None:
    """"उन्होंने कहा": the last person who acted; "उसने (पत्रकारों से) कहा": the last actor of
    any kind, for a body or a country is "उसने" too ("हमास ने … । उसने कहा")."""
    pronouns = load_role_words().pronouns
    for k in range(verb - 1, max(first, verb - 4) - 1, -1):
        word = doc.tokens[k].text
        if word in load_speech_words().actor_pronouns:
            return last_actor(doc, k)
        if word in pronouns:
            return last_agent_person(doc, k)
        if gap_has_break(doc.body, doc.tokens, k, k):
            break
    return None


def last_actor(doc: Document, before: int) -> Entity | None:
    """The last person, body or country named before token ``before`` as a subject (X ने, or
    X with no marker), else the last one named."""
    agents = load_role_words().agent
    agent, named = None, None
    for slot in mention_slots(doc, max(0, before - 400), before) if before > 0 else []:
        ent = slot.entities[0]
        if ent.type in ACTOR_TYPES:
            named = ent
            if slot.marker in agents or slot.marker == "":
                agent = ent
    return agent or named


def statement_issuer(doc: Document, first: int, q_tok: int) -> Entity | None:
    """"चीनी विदेश मंत्रालय के बयान में कहा गया, …", "X ने बयान जारी किया। बयान में कहा गया कि …":
    a statement says it; its speaker is who issued it, named before the statement word in the
    sentence ("उसके बयान में": the last actor), else the actor of the sentence before."""
    words = load_speech_words()
    toks = doc.tokens
    noun = next((k for k in range(q_tok - 1, max(first, q_tok - STATEMENT_REACH) - 1, -1)
                 if toks[k].text in words.statements), None)
    if noun is None or not any(t.text in words.verbs for t in toks[noun + 1: q_tok]):
        return None
    for k in range(noun - 1, max(first, noun - 3) - 1, -1):
        if toks[k].text in words.actor_pronouns:
            return last_actor(doc, k)
    named = [s for s in sentence_slots(doc, first, noun) if s.rule != "pronoun" and s.entities[0].type in ACTOR_TYPES]
    if named:
        return named[-1].entities[0]
    return actor_of_sentence_before(doc, first)


def actor_of_sentence_before(doc: Document, first: int) -> Entity | None:
    """The agent of the sentence that ends before token ``first`` ("X ने बयान जारी किया")."""
    if first == 0:
        return None
    before = doc.sentence_at(doc.tokens[first - 1].start)
    if before is None:
        return None
    slots = [s for s in sentence_slots(doc, tok_index(doc.tokens, before.start), first)
             if s.rule != "pronoun" and s.entities[0].type in ACTOR_TYPES]
    agents = [s for s in slots if s.marker in load_role_words().agent]
    return (agents or slots)[-1].entities[0] if agents or slots else None


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
    known = person_by_surname(doc, text) or person_by_tail(doc, start, end) or described_by(doc, start, end)
    if known is not None:
        return known
    return Entity(key=f"speaker:{text}", name=romanize(text), type="PERSON", kb_id=None, country=None,
                  sector=None, mentions=[Span(doc.tokens[start].start, doc.tokens[end - 1].end, text, "speech_cue", 0.5)])


def has_auxiliary(doc: Document, verb: int) -> bool:
    """"X बताते हैं, “": a speech verb with an auxiliary after it and no marker before it
    has its subject, bare, right before it; not a passive one ("इसमें कहा गया है": गया is
    also a light verb)."""
    if verb + 1 >= len(doc.tokens):
        return False
    aux = doc.tokens[verb + 1].text
    return aux in load_speech_words().auxiliaries and aux not in load_role_words().light_verbs


def person_by_surname(doc: Document, text: str) -> Entity | None:
    """"अली ने कहा" after "इरफान अली": the person named in full earlier whose name ends so;
    else one whose name begins so ("उज्ज्वला बताती हैं" after "उज्ज्वला शर्मा")."""
    key = word_key(text)
    for test in (lambda name: name.endswith(" " + key), lambda name: name.startswith(key + " ")):
        for ent, names in person_names(doc):
            if any(test(name) for name in names):
                return ent
    return None


def person_by_tail(doc: Document, start: int, end: int) -> Entity | None:
    """"रोहित की मां उज्ज्वला शर्मा कहती हैं": a known person's name of two words or more ending
    the words, a word of description before it."""
    names = person_names(doc)
    for k in range(start + 1, end - 1):
        key = word_key(doc.body[doc.tokens[k].start: doc.tokens[end - 1].end])
        found = next((ent for ent, keys in names if key in keys), None)
        if found is not None:
            return found
    return None


def person_names(doc: Document) -> list[tuple[Entity, frozenset[str]]]:
    """Each person with the keys (``word_key``) of the names it is mentioned by, found once."""
    if "person_names" not in doc.cache:
        doc.cache["person_names"] = [(e, frozenset(word_key(m.text) for m in e.mentions))
                                     for e in doc.entities if e.type == "PERSON"]
    return doc.cache["person_names"]


def described_by(doc: Document, start: int, end: int) -> Entity | None:
    """"अमित की मां ने कहा" after "अमित की मां सुनीता देवी": one word after a possessor ("X का/की/के")
    is a description, not a name; the person it described earlier said it."""
    if end - start != 1 or start < 2 or doc.tokens[start - 1].text not in load_role_words().genitive:
        return None
    return described_person(doc, start - 2, end)


@cache
def speaker_words() -> tuple[frozenset[str], frozenset[str]]:
    """Markers before a speech verb that name the speaker, and the habitual speech forms."""
    data = load_yaml("hindi_words.yaml")
    return frozenset(data["speaker_markers"]), frozenset(data["habitual_speech"])


def is_name_word(word: str, stop: frozenset[str]) -> bool:
    return len(word) > 1 and word not in stop and ("\u0900" <= word[0] <= "\u097f" or word[0].isupper())


@cache
def speaker_stop_words() -> frozenset[str]:
    """Words that are never (part of) a speaker's name: function words, pronouns, titles'
    words, bodies."""
    from ghatna.extraction.lexicon import load_titles
    from ghatna.extraction.roles import load_generic_actors

    data = load_yaml("hindi_words.yaml")
    generic = {w for key in load_generic_actors() for w in key}
    pronouns = (set(data["person_pronouns"]) | set(data["actor_pronouns"]) | set(data["pronoun_markers"])
                | set(load_yaml("event_roles.yaml")["actor_pronouns"]))  # also the bare वह, वो
    titles = {w for title in load_titles().values() for form in title.forms for w in form.split()}
    return (frozenset(data["stop_words"]) | frozenset(data["title_modifiers"]) | generic
            | frozenset(data["speaker_stop_words"]) | pronouns | titles)


def speaker_after(doc: Document, span: QuoteSpan) -> Entity | None:
    """“…”, X ने कहा: an agent within a short stretch after the closing mark."""
    if span.end >= len(doc.body) - 1:
        return None
    tail = doc.body[span.end: span.end + LOOK_AFTER]
    comma = re.match(r"^\s*[”\"’']*\s*[,،]", tail) or doc.body[max(0, span.end - 2): span.end].rstrip().endswith(",")
    verbs, _ = speech_words()
    clause = re.split(r"[।.?!]", tail.lstrip(" ”\"’'"), maxsplit=1)[0]
    if not comma and not any(v in clause.split() for v in verbs):
        return None
    first = tok_index(doc.tokens, span.end)
    last = tok_index(doc.tokens, min(len(doc.body) - 1, span.end + LOOK_AFTER))
    return agent_before(doc, first, last + 1) if last > first else None


def reported_speech(doc: Document, taken: list[QuoteSpan]) -> list[QuoteSpan]:
    """"X ने कहा कि …", "बयान में कहा गया है कि …" up to the sentence end, where no direct
    quote already covers it."""
    words = load_speech_words()
    starts = [q.start for q in taken]  # direct quotes are in text order and do not overlap
    spans = []
    for sent in doc.sentences:
        first, last = tok_index(doc.tokens, sent.start), tok_index(doc.tokens, sent.end - 1) + 1
        for k in range(first, last - 1):
            if doc.tokens[k].text not in words.verbs:
                continue
            comp = next((j for j in range(k + 1, min(k + 4, last)) if doc.tokens[j].text not in words.auxiliaries), None)
            if comp is not None and doc.tokens[comp].text in words.complementizers:
                start, end = trimmed(doc.body, doc.tokens[comp].end, clause_end(doc.body, doc.tokens[comp].end, sent.end))
                if start < end and not is_covered(taken, starts, start, sent.end):
                    spans.append(QuoteSpan(start, end, "indirect"))
                break
    return spans


def clause_end(body: str, start: int, end: int) -> int:
    """Where reported speech that begins at ``start`` ends: its sentence's end, or the first
    sentence-final mark before it (a page without spaces after its marks has long "sentences")."""
    found = SENTENCE_FINAL.search(body, start, end)
    return found.end() if found else end


def is_covered(taken: list[QuoteSpan], starts: list[int], start: int, end: int) -> bool:
    """A direct quote holds ``start`` or begins before ``end``."""
    k = bisect.bisect_right(starts, start)
    return (k > 0 and taken[k - 1].end >= start) or (k < len(starts) and starts[k] < end)


def quote_evidence(doc: Document, span: QuoteSpan, rule: str) -> Span:
    """The quote's sentence, or a window of it around the quote when the sentence is long."""
    sent = doc.sentence_at(span.start)
    start, end = (sent.start, sent.end) if sent else (span.start, span.end)
    if end - start > MAX_EVIDENCE:
        start, end = max(start, span.start - EVIDENCE_REACH), min(end, span.end + EVIDENCE_REACH)
    return Span(start, end, doc.body[start:end], rule)


@stage("quotes", needs=["entities", "sentences"], adds=["quotes"], hindi_only=True)
def quotes_stage(doc: Document, ctx: Context) -> Document:
    direct = quote_spans(doc)
    previous: Said | None = None
    for span in sorted(direct + reported_speech(doc, direct), key=lambda q: q.start):
        speaker, rule = speaker_of(doc, span, previous if span.kind != "indirect" else None)
        if speaker is not None and span.kind != "unopened":  # an unopened quote's extent is a guess
            previous = Said(speaker, span.end, span.kind == "unclosed")
        text = doc.body[span.start: span.end]
        evidence = quote_evidence(doc, span, f"quote:{span.kind}:{rule}")
        confidence = 0.85 if speaker and rule.startswith("agent") else 0.6 if speaker else 0.3
        doc.quotes.append(Quote(speaker, text, span.start, span.end, span.kind, evidence, confidence))
    return doc
