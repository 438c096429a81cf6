"""Quote stage: direct quotes in “ ” " " '' ‘ ’ ' ' (also left unclosed to the paragraph's
end, or closed without an opening mark), and reported speech "X ने कहा कि …", "बयान में कहा
गया कि …", each with its speaker (``speakers`` decides who said it).
Quotes are found in one pass over the quote marks, so their time is linear in the text.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from ghatna.document import Document, Entity, Quote, Span
from ghatna.extraction.speakers import (
    LOOK_AFTER,
    QuoteSite,
    Said,
    has_cue_before,
    load_speech_words,
    speaker_of,
)
from ghatna.pipeline import Context, stage
from ghatna.text.tokens import tok_index

# "''" (two apostrophes) is typed for a double quote, and so are "‘‘" and "’’" (two single
# marks, often closed by the other style: ‘‘…''); ’ and ' between Latin letters are
# apostrophes ("India’s"), not marks.
MARKS = re.compile("''|‘‘|’’|[“”\"‘’']")
FAMILY = {"“": ("double", "open"), "”": ("double", "close"), '"': ("double", "toggle"), "''": ("double", "toggle"),
          "‘‘": ("double", "open"), "’’": ("double", "close"),
          "‘": ("single", "open"), "’": ("single", "close"), "'": ("single", "toggle")}
MIN_QUOTE_WORDS = 3  # “हम तैयार हैं” is a quote; “आतंकवादी” a word in quotes
INTRODUCERS = ",:-–—"  # 'उन्होंने आशंका जताई, "…': a mark after these opens words said
MAX_TERM_WORDS = 4  # '"शांति प्रक्रिया"' inside a quote is a term quoted in it
MIN_SINGLE_QUOTE_WORDS = 6  # ‘…’ of fewer words is a quote only after or before a speech verb
SENTENCE_MARKS = "।॥?!."
SENTENCE_FINAL = re.compile(r"[।॥?!]|\.(?=\s|$)")
MAX_EVIDENCE, EVIDENCE_REACH = 600, 200
UNOPENED_SENTENCES = 3  # sentences an unopened quote may run over back to its speech verb


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    start: int  # the quoted text, without the marks and the white space inside them
    end: int
    kind: str  # "direct", "unclosed", "unopened", "indirect"


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
    left open runs to the paragraph's end when something introduces it (a speech verb, the
    paragraph's start, a quote just closed), else it is no quote; a closing mark with no
    opening one closes a quote that began after "कहा कि" or at its sentence's start, never
    before the last mark. '"शांति"' inside an open quote is a term, not its end."""
    spans: list[QuoteSpan | None] = []
    opened: tuple[str, int, int] | None = None  # family, where its text starts, where its mark is
    boundary, skip_to = start, start
    inner_single = False  # a single mark opened inside an open double quote
    for mark in MARKS.finditer(body, start, end):
        role = mark_role(body, mark)
        if role is None or mark.start() < skip_to:
            continue
        family, kind = role
        if kind == "toggle" and opens_after_cue(body, mark.start(), start):
            kind = "open"  # 'वे लिखते हैं, "…': a new quote, even when the last one was never closed
        if opened is not None:
            if family == opened[0] and kind == "toggle" and (term := inner_term_end(body, mark, end)):
                skip_to = term  # 'कहा, "हम "शांति" चाहते हैं."': the term's marks pair
                continue
            if family == opened[0] and kind != "open":
                spans.append(accept(body, opened, mark.start(), "direct", start))
                opened, boundary = None, mark.end()
                continue
            if family == "single" and opened[0] == "double":
                state = inner_single_state(body, mark, inner_single)
                if state is None:  # 'कहा, "हम तैयार हैं.\' भारत …': a single mark ends it
                    spans.append(accept(body, opened, mark.start(), "direct", start))
                    opened, boundary = None, mark.end()
                inner_single = bool(state)
                continue  # ‘a term’ inside a quote
            cut = attribution_start(body, opened[1], mark.start()) if has_cue_before(body, start, mark.start()) \
                else mark.start()
            spans.append(accept(body, opened, cut, "unclosed", start))  # a new quote opens first
            opened = None
        if kind == "toggle" and closes_text(body, mark.start(), mark.end(), start) \
                and not glued_opening(body, mark, boundary, end, start):
            kind = "close"  # '.", आदि' or ".''कुछ": a mark glued to the end of a text closes a quote
        if kind in ("open", "toggle"):
            opened, inner_single = (family, mark.end(), mark.start()), False
        elif family == "double":
            spans.append(unopened(body, boundary, mark.start()))
        boundary = mark.end()
    if opened is not None:
        spans.append(accept(body, opened, end, "unclosed", start))
    return [s for s in spans if s is not None]


def inner_term_end(body: str, mark: re.Match[str], para_end: int) -> int:
    """Where the closing mark of a term quoted inside an open quote ends ('"हम "शांति" चाहते हैं"'),
    or 0: a mark with a space before it and a letter after it, the same mark glued to the end of
    at most ``MAX_TERM_WORDS`` words of the same sentence after it, and one more such mark left
    in the paragraph to close the open quote."""
    at, after, sign = mark.start(), body[mark.end(): mark.end() + 1], mark.group()
    if at == 0 or not body[at - 1].isspace() or not after.isalpha():
        return 0
    close = body.find(sign, mark.end(), para_end)
    closed = close + len(sign)
    if close == -1 or body[close - 1].isspace() or body[closed: closed + 1].isalpha():
        return 0
    term = body[mark.end(): close]
    if len(term.split()) > MAX_TERM_WORDS or SENTENCE_FINAL.search(term):
        return 0
    return closed if body.find(sign, closed, para_end) != -1 else 0


def inner_single_state(body: str, mark: re.Match[str], inner_open: bool) -> bool | None:
    """Whether a single quote is open inside a double one after ``mark``, or None when the
    mark closes the double quote: a closing single mark, none open inside, glued to the
    sentence's end ('हैं.\' भारत', "है'. भारत"), as papers mix the marks."""
    at, end = mark.start(), mark.end()
    before, after = body[at - 1: at], body[end: end + 1]
    if before.isspace() or not before:
        return True  # "'शांति" opens a term
    if inner_open or after.isalpha():
        return False
    return None if before in SENTENCE_MARKS or (after != "" and after in SENTENCE_MARKS) else False


def attribution_start(body: str, inner: int, mark_at: int) -> int:
    """Where the words that bring in a new quote begin, when an open quote meets it: after
    the last sentence end before the mark ('"A. B. उन्होंने कहा, "C."': the open quote is A. B.)."""
    ends = [m.end() for m in SENTENCE_FINAL.finditer(body, inner, mark_at)]
    return ends[-1] if ends else mark_at


def closes_text(body: str, at: int, end: int, para_start: int) -> bool:
    """Whether a straight quote mark closes a quote (none being open): glued to the word or
    sentence end before it ('है."', ".''कुछ"), unless it follows "," or ":" and opens the
    words after it ("कहा,''हम") or follows a speech verb ('का कहना है," ये …')."""
    before = body[at - 1] if at > 0 else " "
    after = body[end] if end < len(body) else " "
    if before.isspace() or before in "([-—" or has_cue_before(body, para_start, at):
        return False
    return not (before in ",:" and not after.isspace())


def glued_opening(body: str, mark: re.Match[str], boundary: int, para_end: int, para_start: int) -> bool:
    """A straight mark, none open, that opens a quote glued to what stands before it: right
    after another mark ('"….""हालांकि …"'), or after a sentence's end and before a word
    ('चाहिए."मुख्य बात …."') when the next mark like it in the paragraph closes a quote (glued
    to the text before it, no speech verb right before it) and no speech verb since the last
    mark asks for a quote that lost its opening mark ("X ने कहा कि …."").
    'हैं."भारत ने … उन्होंने कहा, "…' closes a quote: the next mark opens one of its own."""
    at, end = mark.start(), mark.end()
    before, after = body[at - 1: at], body[end: end + 1]
    if before and MARKS.fullmatch(before):
        return True
    if not (before and SENTENCE_FINAL.fullmatch(before) and after.isalpha()):
        return False
    window = body[boundary: at]
    if " कि " in window or "कहा," in window:
        return False
    following = body.find(mark.group(), end, para_end)
    return following != -1 and not body[following - 1].isspace() and not has_cue_before(body, para_start, following)


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
    if words < MIN_QUOTE_WORDS or (kind == "unclosed" and not is_introduced(body, mark_at, para_start)):
        return None
    if family == "single" and (kind == "unclosed" or words < MIN_SINGLE_QUOTE_WORDS):
        cue = has_cue_before(body, para_start, mark_at) or (kind == "direct" and has_cue_after(body, close + 1))
        if not cue:
            return None
    return QuoteSpan(start, end, kind)


def is_introduced(body: str, mark_at: int, para_start: int) -> bool:
    """Whether a quote that never closes is told as one: a speech verb or a comma, colon or
    dash right before its mark ("बताया कि, '…"), or only white space or a quote just closed
    before it (it opens its paragraph, or the next speaker's words: '….""फिर …'). A mark
    glued to a sentence's end with none of these ('है."भारत ने …') is no quote running to the
    paragraph's end."""
    i = mark_at - 1
    while i >= para_start and body[i].isspace():
        i -= 1
    return i < para_start or body[i] in INTRODUCERS or MARKS.fullmatch(body[i]) is not None \
        or has_cue_before(body, para_start, mark_at)


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


def opens_paragraph(body: str, start: int) -> bool:
    """Whether only a quote mark stands between ``start`` and the paragraph's start: a quote
    that runs over paragraphs opens each of them and closes only the last."""
    head = body[max(0, start - 6): start].rstrip()
    return head != "" and MARKS.fullmatch(head[-1]) is not None and head[:-1].rstrip(" ")[-1:] in ("\n", "")


def quote_site(doc: Document, span: QuoteSpan) -> QuoteSite:
    """What ``speakers`` needs to know of a quote's marks: where its opening mark is, and
    whether it opens its paragraph (read at the token its text starts in)."""
    first_word = doc.tokens[tok_index(doc.tokens, span.start)].start if doc.tokens else span.start
    return QuoteSite(span.start, span.end, mark_before(doc.body, span.start), opens_paragraph(doc.body, first_word))


def quote_evidence(doc: Document, span: QuoteSpan, rule: str) -> Span:
    """The quote's sentence, or a window of it around the quote when the sentence is long."""
    sent = doc.sentence_at(span.start)
    start, end = (sent.start, sent.end) if sent else (span.start, span.end)
    if end - start > MAX_EVIDENCE:
        start, end = max(start, span.start - EVIDENCE_REACH), min(end, span.end + EVIDENCE_REACH)
    return Span(start, end, doc.body[start:end], rule)


def said_quotes(doc: Document) -> list[tuple[QuoteSpan, Entity | None, str]]:
    """Every quote, direct or reported, in text order, with its speaker and the rule that found it
    (found once, shared by the quote stage and the event stage's ``quoted_acts``)."""
    if "said_quotes" not in doc.cache:
        doc.cache["said_quotes"] = find_said_quotes(doc)
    return doc.cache["said_quotes"]


def find_said_quotes(doc: Document) -> list[tuple[QuoteSpan, Entity | None, str]]:
    direct = quote_spans(doc)
    previous: Said | None = None
    said = []
    for span in sorted(direct + reported_speech(doc, direct), key=lambda q: q.start):
        speaker, rule = speaker_of(doc, quote_site(doc, span), previous if span.kind != "indirect" else None)
        if speaker is not None and span.kind != "unopened":  # an unopened quote's extent is a guess
            previous = Said(speaker, span.end, span.kind == "unclosed")
        said.append((span, speaker, rule))
    return said


@stage("quotes", needs=["entities", "sentences"], adds=["quotes"], hindi_only=True)
def quotes_stage(doc: Document, ctx: Context) -> Document:
    for span, speaker, rule in said_quotes(doc):
        text = doc.body[span.start: span.end]
        evidence = quote_evidence(doc, span, f"quote:{span.kind}:{rule}")
        confidence = 0.85 if speaker and rule.startswith("agent") else 0.6 if speaker else 0.3
        doc.quotes.append(Quote(speaker, text, span.start, span.end, span.kind, evidence, confidence))
    return doc
