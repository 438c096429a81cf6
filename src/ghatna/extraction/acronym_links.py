"""Acronyms whose knowledge-base link the article itself contradicts.

An organisation's acronym ("जीसीसी", "पीपीपी", "आरटी") is many things' acronym. Its link stays
unless the article says otherwise:

- it spells out the acronym as something else, the words before "(ACR)" or inside "ACR (…)":
  "जनरल क्रेडिट कार्ड (जीसीसी)" is no Gulf Cooperation Council, "पीपीपी (सार्वजनिक निजी
  भागीदारी)" no Pakistan Peoples Party: the words end on no body's head noun that names a word of
  the entry's English name (``acronym_heads``) and share none of the entry's other words (Hindi
  forms, or English name in Latin letters), so "खाड़ी सहयोग परिषद (जीसीसी)" and "राष्ट्रीय आपदा
  प्रबंधन प्राधिकरण (एनडीएमए)" keep the link, "इंडियन ऑयल कॉरपोरेशन (आईओसी)" does not keep the
  International Olympic Committee's. Every use of the acronym in that article is then refused.
- it is one half of a term joined by a hyphen (with no space, or one space each side, as text
  split into words writes it: "आरटी - पीसीआर") to another acronym no entry names
  ("आरटी-पीसीआर जांच": a test, not the broadcaster RT); two names so joined stay
  ("भाजपा-शिवसेना"), as does an acronym a word so joined describes ("आईएसआई-समर्थित").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from rapidfuzz import fuzz

from ghatna.extraction.family_names import is_given_name
from ghatna.extraction.lexicon import EntityResources
from ghatna.extraction.romanize import is_spelt_acronym, romanize, spelt_letters
from ghatna.knowledge.gazetteer import Match
from ghatna.knowledge.kb import KBEntry
from ghatna.resources import load_yaml
from ghatna.text.tokens import WORD_CHARS, Token, word_key

MIN_SPELT = 2  # words of an expansion: "क्रेडिट कार्ड" and more
LATIN_RATIO = 80  # an expansion's word this close to a word of the entry's English name (in Latin letters) is that word
WORDS = re.compile(rf"[{WORD_CHARS}]+")
CLAUSE_BOUNDS = "()।.,:;!?"  # the words spelling an acronym out before "(ACR)" run back to none of these
HYPHENS = ("-", " - ")  # a hyphen joining two words, in prose and in text split into words


@dataclass(frozen=True, slots=True)
class Expansion:
    """Words that may spell an acronym out, where they stand in the body, and whether they fill the
    brackets after it ("ACR (…)") rather than stand before "(ACR)"."""

    words: list[str]
    start: int
    end: int
    inside: bool


def expansion_spans(body: str, acronym: str, grammar: frozenset[str] = frozenset()) -> list[Expansion]:
    """The words the article spells ``acronym`` out with: those right before "(ACR)" back to the
    clause's start, a bracket or a word of ``grammar`` (at most as many as the acronym has letters,
    and two more: "दुकानदारों को जनरल क्रेडिट कार्ड (जीसीसी)" gives the last three), and those inside
    "ACR (…)"; only runs of MIN_SPELT words or more, with no number ("बीजिंग, 26 अप्रैल (एपी)" is a
    dateline's agency credit)."""
    if "(" not in body:
        return []
    letters = len(spelt_letters(acronym) or "") + 2
    out = []
    word = re.escape(acronym)
    for m in re.finditer(rf"\(\s*{word}\s*\)", body):
        clause = clause_before(body, m.start())
        offset = m.start() - len(clause)
        before = list(WORDS.finditer(clause))[-letters:]
        cut = max((k + 1 for k, w in enumerate(before) if w.group() in grammar), default=0)
        before = before[cut:]
        if before:
            out.append(Expansion([w.group() for w in before], offset + before[0].start(), offset + before[-1].end(), False))
    for m in re.finditer(rf"(?<![{WORD_CHARS}]){word}\s*\(([^()]*)\)", body):
        inside = list(WORDS.finditer(m.group(1)))
        if inside:
            out.append(Expansion([w.group() for w in inside], m.start(1) + inside[0].start(), m.start(1) + inside[-1].end(), True))
    return [e for e in out if len(e.words) >= MIN_SPELT and not any(w.isdigit() for w in e.words)]


@cache
def letter_sounds() -> tuple[dict[str, frozenset[str]], frozenset[str]]:
    """``letter_sounds`` and ``acronym_connectors`` of ``data/link_context.yaml``."""
    context = load_yaml("link_context.yaml")
    sounds = {letter: frozenset(firsts) for letter, firsts in context["letter_sounds"].items()}
    return sounds, frozenset(word_key(w) for w in context["acronym_connectors"])


def spells(expansion: Expansion, acronym: str) -> bool:
    """The expansion's words, in Latin letters, begin with the acronym's letters in turn: the last
    ones before "(ACR)", the first ones inside "ACR (…)", connectors skipped or not ("जनरल क्रेडिट
    कार्ड" spells G C C, "बैंक ऑफ बड़ौदा" B O B; "सार्वजनिक निजी भागीदारी", a translation, no P P P)."""
    letters = spelt_letters(acronym) or []
    sounds, connectors = letter_sounds()
    for words in ([w for w in expansion.words if word_key(w) not in connectors], expansion.words):
        if not letters or len(words) < len(letters):
            continue
        words = words[:len(letters)] if expansion.inside else words[-len(letters):]
        if all(romanize(w)[:1].lower() in sounds.get(letter, frozenset({letter.lower()}))
               for w, letter in zip(words, letters, strict=True)):
            return True
    return False


def names_a_person(expansion: Expansion, tokens: list[Token], matches: list[list[Match]], res: EntityResources) -> bool:
    """The words name a person, and the acronym in brackets is that person's party or the faction
    named after him, no spelling: a knowledge-base person's name ends right before the bracket
    ("सुप्रिया सुले (एनसीपी)") or opens inside it ("एनसीपी (शरद पवार)"), or a given name stands
    second to last before it or first inside it ("रमेश यादव (एनसीपी)")."""
    inside = [k for k, t in enumerate(tokens) if expansion.start <= t.start and t.end <= expansion.end]
    if not inside:
        return False
    first, last = inside[0], inside[-1]
    for j in range(max(0, first - 5), last + 1):
        for m in matches[j]:
            entry = res.kb.entries.get(m.form.kb_id)
            if (entry is not None and entry.type == "PERSON" and m.form.kind != "title"
                    and (m.start_token == first if expansion.inside else m.end_token == last + 1)):
                return True
    given = tokens[first] if expansion.inside else tokens[last - 1]
    return is_given_name(given.text, res)


@cache
def acronym_heads() -> dict[str, frozenset[str]]:
    """Look-up key of a body's head noun → the English words it names (``acronym_heads`` of
    ``data/link_context.yaml``)."""
    return {word_key(head): frozenset(names) for head, names in load_yaml("link_context.yaml")["acronym_heads"].items()}


def clause_before(body: str, at: int) -> str:
    """The text before offset ``at`` back to the last bracket or clause mark (``CLAUSE_BOUNDS``).
    Found backwards from each "(ACR)": a pattern that reads forwards to it from every offset of
    the clause costs the clause's length at each of them."""
    return body[max(body.rfind(mark, 0, at) for mark in CLAUSE_BOUNDS) + 1: at]


def names_entry(words: list[str], entry: KBEntry) -> bool:
    """The expansion may name the entry: it ends on a body's head noun that names a word of the
    entry's English names ("राष्ट्रीय आपदा प्रबंधन प्राधिकरण (एनडीएमए)": Authority, where the
    knowledge base has the English name only), or some word of it (not such a head naming another
    kind of body: "इंडियन ऑयल कॉरपोरेशन" is no Committee) is a word of the entry's Hindi forms, or
    close to a word of its English names in Latin letters ("क्रिकेट" and Cricket)."""
    latin = {w.lower() for name in [entry.name, *entry.latin] for w in re.findall(r"[A-Za-z]{3,}", name)}
    head = acronym_heads().get(word_key(words[-1]))
    if head is not None:
        if head & latin:
            return True
        words = words[:-1]
    hindi = {word_key(w) for form in [*entry.hindi, *entry.short] for w in form.split()}
    for word in words:
        if word_key(word) in hindi:
            return True
        spelt = romanize(word).lower()
        if len(spelt) >= 3 and any(fuzz.ratio(spelt, w) >= LATIN_RATIO for w in latin):
            return True
    return False


def spelt_otherwise(body: str, tokens: list[Token], matches: list[list[Match]], res: EntityResources) -> set[tuple[str, str]]:
    """(acronym's look-up key, kb_id) of every organisation's acronym the article spells out as
    something else."""
    out: set[tuple[str, str]] = set()
    checked: set[tuple[str, str]] = set()
    grammar = res.words.postpositions | res.words.conjunctions | res.words.stop | res.words.auxiliaries
    for i, token in enumerate(tokens):
        for m in matches[i]:
            entry = res.kb.entries.get(m.form.kb_id)
            key = (token.key, m.form.kb_id)
            if (entry is None or entry.type != "ORG" or m.end_token != i + 1 or key in checked
                    or not is_spelt_acronym(token.text)):
                continue
            checked.add(key)
            if any(spells(e, token.text) and not names_entry(e.words, entry) and not names_a_person(e, tokens, matches, res)
                   for e in expansion_spans(body, token.text, grammar)):
                out.add(key)
    return out


def joined_term(match: Match, tokens: list[Token], matches: list[list[Match]], body: str) -> bool:
    """A one-word acronym joined by a hyphen (``HYPHENS``) to another acronym no entry names,
    before or after it ("आरटी-पीसीआर", "आरटी - पीसीआर"): half of a term. A word joined so describes the body and
    leaves it ("आईएसआई-समर्थित", "पीटीआई-भाषा"), as does a name ("भाजपा-शिवसेना")."""
    if match.end_token - match.start_token != 1 or not is_spelt_acronym(match.text):
        return False
    after, before = match.end_token, match.start_token - 1
    if (after < len(tokens) and body[match.end:tokens[after].start] in HYPHENS and not matches[after]
            and is_spelt_acronym(tokens[after].text)):
        return True
    if before >= 0 and body[tokens[before].end:match.start] in HYPHENS and is_spelt_acronym(tokens[before].text):
        return not any(m.end_token == match.start_token for j in range(max(0, before - 4), before + 1) for m in matches[j])
    return False


def refused_acronym(match: Match, entry: KBEntry, tokens: list[Token], matches: list[list[Match]], body: str,
                    respelt: set[tuple[str, str]]) -> bool:
    """An organisation's acronym whose link the article contradicts (see the module's doc)."""
    if entry.type != "ORG" or match.end_token - match.start_token != 1:
        return False
    return (tokens[match.start_token].key, entry.kb_id) in respelt or joined_term(match, tokens, matches, body)
