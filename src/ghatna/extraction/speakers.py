"""Who said a quote: the speech words that cue one, and the speaker they point to.

The speaker is, in this order: the person a pronoun subject goes on with ("उन्होंने कहा, “"
after the last quote's speaker), the name before the speech verb (X ने कहा, “…”; a title
standing for the person named with it earlier, a name the knowledge base lacks as a speaker
of its own), the source of "X के अनुसार", the body that issued a statement ("विदेश
मंत्रालय के बयान में कहा गया"), the nearest agent before the quote, the agent after it
(“…”, X ने कहा), the last quote's speaker, the body or country that acted since, and last
the last person who acted. "उन्होंने" stands for the last person who acted, "उसने/उसके" for
the last actor of any kind.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from ghatna.document import Document, Entity, Span
from ghatna.extraction.pronouns import actor_pronouns, last_agent_person
from ghatna.extraction.references import sentence_slots
from ghatna.extraction.roles import Slot, gap_has_break, load_role_words, mention_slots
from ghatna.extraction.romanize import romanize
from ghatna.resources import load_yaml
from ghatna.text.numbers import alternation
from ghatna.text.tokens import tok_index, word_key

CUE_REACH = 60
LOOK_AFTER = 80
STATEMENT_REACH = 8  # "… के बयान में यह भी कहा गया, “": the statement word this near the quote
ACTOR_TYPES = ("PERSON", "ORG", "GPE")
CONTINUE_REACH = 600  # characters from the last quote's end within which its speaker goes on
DESCRIPTOR_REACH = 5  # words before a name within which a title's other words are looked for


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


def has_cue_before(body: str, para_start: int, mark_at: int) -> bool:
    """"X ने कहा, ‘…", "उनका कहना है कि ‘…": a speech verb right before the opening mark."""
    return load_speech_words().cue_before.search(body, max(para_start, mark_at - CUE_REACH), mark_at) is not None


@dataclass(frozen=True, slots=True)
class QuoteSite:
    """A quote as its speaker is sought: its text's extent, where its opening mark is (where
    its text starts when it has none), and whether only a quote mark stands before its first
    word in its paragraph."""

    start: int
    end: int
    mark: int
    opens_paragraph: bool


@dataclass(frozen=True, slots=True)
class Said:
    """The speaker of the last direct quote, where that quote ends, and whether it was left
    open (then it goes on only into a quote that opens the next paragraph)."""

    speaker: Entity
    end: int
    open: bool = False


def speaker_of(doc: Document, site: QuoteSite, previous: Said | None = None) -> tuple[Entity | None, str]:
    """Who said it, and by which rule. ``previous`` is the last direct quote's speaker: a
    pronoun or a speech verb with no name goes on with it ("X ने कहा, “…”। उन्होंने कहा, “…”")."""
    if not doc.tokens:
        return None, "none"
    sent = doc.sentence_at(max(0, site.start - 1)) or doc.sentence_at(site.start)
    q_tok = tok_index(doc.tokens, site.start)
    first = tok_index(doc.tokens, sent.start) if sent else max(0, q_tok - 30)
    going_on = continuing_speaker(doc, previous, site, q_tok)
    if q_tok > first:
        if going_on is not None and has_pronoun_subject(doc, first, q_tok):
            return going_on, "previous_speaker"
        for find, rule in BEFORE_THE_QUOTE:
            found = find(doc, first, q_tok)
            if found is not None:
                return found, rule
    cued = q_tok > first and has_cue_before(doc.body, doc.tokens[first].start, site.mark)
    after = None if cued else speaker_after(doc, site)  # a quote its speech verb opens is not the next sentence's
    if after is not None:
        return after, "agent_after"
    if going_on is not None:
        return going_on, "previous_speaker"
    body = last_acting_body(doc, previous, q_tok)
    if body is not None:
        return body, "last_actor"
    person = last_agent_person(doc, q_tok)
    return person, "last_person" if person else "none"


def continuing_speaker(doc: Document, previous: Said | None, site: QuoteSite, q_tok: int) -> Entity | None:
    """The last quote's speaker, when that quote ended at most ``CONTINUE_REACH`` characters
    before and no one acted since (a person, body or country with ने, a person with no marker)."""
    if previous is None or previous.speaker.type != "PERSON":
        return None
    if doc.tokens[q_tok].start - previous.end > CONTINUE_REACH:
        return None
    if previous.open and not site.opens_paragraph:
        return None
    agents = load_role_words().agent
    since = tok_index(doc.tokens, previous.end)
    for slot in mention_slots(doc, since, q_tok) if since < q_tok else []:
        kind = slot.entities[0].type
        if (kind == "PERSON" and slot.marker == "") or (kind in ACTOR_TYPES and slot.marker in agents):
            return None
    return previous.speaker


def has_pronoun_subject(doc: Document, first: int, q_tok: int) -> bool:
    """"उन्होंने (…) कहा, “": a personal pronoun as the subject before the quote, no one named
    as an agent after it."""
    pronouns = load_role_words().pronouns.keys() - load_speech_words().actor_pronouns  # not उसने: a body too
    at = next((k for k in range(q_tok - 1, first - 1, -1) if doc.tokens[k].text in pronouns), None)
    if at is None:
        return False
    agents = load_role_words().agent
    return not any(s.marker in agents for s in mention_slots(doc, at + 1, q_tok))


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
    markers, at_verb, habitual = speaker_words()
    cue = next((k for k in range(verb - 1, max(first, verb - 4) - 1, -1) if doc.tokens[k].text in markers
                or (k == verb - 1 and doc.tokens[k].text in at_verb)), None)
    if cue is None and doc.tokens[verb].text not in habitual and not has_auxiliary(doc, verb):
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
def speaker_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Markers before a speech verb that name the speaker, those that do only right before it,
    and the habitual speech forms."""
    data = load_yaml("hindi_words.yaml")
    return (frozenset(data["speaker_markers"]), frozenset(data["speaker_markers_at_verb"]),
            frozenset(data["habitual_speech"]))


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
                | set(actor_pronouns()))  # also the bare वह, वो
    titles = {w for title in load_titles().values() for form in title.forms for w in form.split()}
    return (frozenset(data["stop_words"]) | frozenset(data["title_modifiers"]) | generic
            | frozenset(data["speaker_stop_words"]) | pronouns | titles)


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


def speaker_after(doc: Document, site: QuoteSite) -> Entity | None:
    """“…”, X ने कहा: an agent within a short stretch after the closing mark."""
    if site.end >= len(doc.body) - 1:
        return None
    tail = doc.body[site.end: site.end + LOOK_AFTER]
    comma = re.match(r"^\s*[”\"’']*\s*[,،]", tail) or doc.body[max(0, site.end - 2): site.end].rstrip().endswith(",")
    verbs, _ = speech_words()
    clause = re.split(r"[।.?!]", tail.lstrip(" ”\"’'"), maxsplit=1)[0]
    if not comma and not any(v in clause.split() for v in verbs):
        return None
    first = tok_index(doc.tokens, site.end)
    last = tok_index(doc.tokens, min(len(doc.body) - 1, site.end + LOOK_AFTER))
    return agent_before(doc, first, last + 1) if last > first else None


# Who is named in the quote's own sentence before it, tried in this order, with the rule's name.
BEFORE_THE_QUOTE: tuple[tuple[Callable[[Document, int, int], Entity | None], str], ...] = (
    (speaker_by_cue, "speech_cue"), (attributed_source, "attribution"),
    (statement_issuer, "statement"), (agent_before, "agent_before"))
