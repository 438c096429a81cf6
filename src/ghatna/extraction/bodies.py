"""Bodies a place or a demonym names, and organisations named by a bare word: the words
after a place that name a body of it ("देवघर पुलिस", "कोलकाता नगर निगम"), a demonym before a
body's head ("भारतीय खाद्य निगम"), a country's body named by a bare word ("संसद ने"), news agencies
named in their credit ("(भाषा)"); with the link context of ``data/link_context.yaml`` they read.
Used by the entity stage and the NER stage alike.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache

from ghatna.document import Document, Span
from ghatna.extraction.lexicon import EntityResources, Found
from ghatna.extraction.romanize import english_name, name_key, romanization
from ghatna.knowledge.gazetteer import Match
from ghatna.knowledge.kb import KBEntry
from ghatna.resources import load_yaml
from ghatna.text.intervals import SpanIndex
from ghatna.text.tokens import Token, word_key

MAX_DEMONYM_BODY_WORDS = 3  # words between a demonym and the head of a body's name ("भारतीय साइबर अपराध समन्वय केंद्र")
BODY_WORDS = 8  # words after a place read for the name of a body of it


@dataclass(frozen=True, slots=True)
class LinkContext:
    place_words: frozenset[str]
    name_heads: frozenset[str]
    org_heads: frozenset[str]
    org_tails: frozenset[str]
    government_words: frozenset[str]
    name_openers: frozenset[str]
    treaty_words: frozenset[str]
    treaty_joins: frozenset[str]
    english_in: tuple[str, frozenset[str]]
    national_bodies: dict[str, str]
    building_words: frozenset[str]
    national_sectors: frozenset[str]
    region_words: frozenset[str]
    region_adjectives: frozenset[str]
    ministry_openers: frozenset[str]
    law_words: frozenset[str]
    linkers: frozenset[str]
    body_heads: dict[str, str | None]
    body_modifiers: frozenset[str]
    body_compounds: frozenset[str]
    demonym_body_heads: frozenset[str]
    agency_credits: dict[str, str]
    agency_words: frozenset[str]
    state_words: frozenset[str]
    noun_demonyms: dict[str, tuple[frozenset[str], frozenset[str]]]  # form -> (words before, words after) that make it the noun


@cache
def link_context() -> LinkContext:
    """``data/link_context.yaml``; the words between a country and its body are the genitive
    markers of ``hindi_words.yaml``."""
    data = load_yaml("link_context.yaml")
    return LinkContext(place_words=frozenset(data["place_words"]), name_heads=frozenset(data["name_heads"]),
                       org_heads=frozenset(data["org_heads"]), org_tails=frozenset(data["org_tails"]),
                       government_words=frozenset(data["government_words"]), name_openers=frozenset(data["name_openers"]),
                       treaty_words=frozenset(data["treaty_words"]), treaty_joins=frozenset(data["treaty_joins"]),
                       english_in=(data["english_in"], frozenset(data["english_in_words"])),
                       national_bodies=dict(data["national_bodies"]), building_words=frozenset(data["building_words"]),
                       national_sectors=frozenset(data["national_sectors"]),
                       region_words=frozenset(word_key(w) for w in data["region_words"]),
                       region_adjectives=frozenset(word_key(w) for w in data["region_adjectives"]),
                       ministry_openers=frozenset(word_key(w) for w in data["ministry_openers"]),
                       law_words=frozenset(data["law_words"]),
                       body_heads=dict(data["body_heads"]), body_modifiers=frozenset(data["body_modifiers"]),
                       body_compounds=frozenset(data["body_compounds"]) | frozenset(data["building_words"]),
                       demonym_body_heads=frozenset(data["demonym_body_heads"]),
                       agency_credits=dict(data["agency_credits"]), agency_words=frozenset(data["agency_words"]),
                       state_words=frozenset(data["state_words"]),
                       noun_demonyms={form: (frozenset(word_key(w) for w in sides["before"]),
                                             frozenset(word_key(w) for w in sides["after"]))
                                      for form, sides in data["noun_demonyms"].items()},
                       linkers=frozenset(load_yaml("hindi_words.yaml")["genitive_markers"]))


def names_a_treaty(previous: str, gap: str, after: str) -> bool:
    """A city's or region's name right before a word of ``treaty_words`` names the treaty signed
    there ("पेरिस समझौता", "वियना कन्वेंशन", "असम समझौते"), not joined by a hyphen or conjunction
    to another name before it ("भारत-चीन समझौते": the parties). ``gap``: what stands between the
    word before and the place."""
    context = link_context()
    return after in context.treaty_words and "-" not in gap and previous not in context.treaty_joins


def inside_other_name(previous: str, after: str, two_back: str = "") -> bool:
    """A place between these words is part of another name: before a word of ``name_heads``
    ("ब्रिटिश एयरवेज", "भारत रत्न"), after one of ``name_openers`` ("खेलो इंडिया") or after an
    English "in" (``english_in``) that one of its words opens ("मेक इन इंडिया"; ``two_back``: the
    word before ``previous``)."""
    context = link_context()
    word, openers = context.english_in
    return (after in context.name_heads or previous in context.name_openers
            or (previous == word and two_back in openers))


@cache
def parentage_words() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """``parentage_words``, ``parentage_place_cues``, the words that name no one before a word of
    parentage (``parentage_owners`` and ``parentage_joins`` of ``data/link_context.yaml``, and nothing)
    and ``parentage_kin_markers``."""
    data = load_yaml("link_context.yaml")
    return (frozenset(data["parentage_words"]), frozenset(data["parentage_place_cues"]),
            frozenset(data["parentage_owners"]) | frozenset(data["parentage_joins"]) | {""},
            frozenset(data["parentage_kin_markers"]))


def names_a_parent(words: tuple[str, str, str, str]) -> bool:
    """A place with these words around it (two before, two after) is a person's name in a report's
    parentage ("सलीम पुत्र इसराइल निवासी …", "इसराइल पुत्र सलीम"): right after a word of parentage
    that follows a name, not an owner ("उनकी पत्नी इटली से लौटीं"), a conjunction or comma ("पत्नी और
    पुत्र अमेरिका से लौटे") or nothing, and not placed by a locative after it ("पुत्र अमेरिका में रहता
    है"); or right before a word of parentage that a name follows, not a case mark or a conjunction
    ("वे अमेरिका पत्नी के साथ गए")."""
    kin, cues, no_names, markers = parentage_words()
    before, previous, after, next_after = words
    return ((previous in kin and before not in no_names and after not in cues)
            or (after in kin and bool(next_after) and next_after not in markers))


def is_common_noun(match: Match, tokens: list[Token]) -> bool:
    """A demonym that is also a common noun (``noun_demonyms``) used as the noun: right after a
    word of measure or food ("दो किलो चीनी") or right before a word of its trade or a case marker
    ("चीनी मिल", "चीनी के दाम")."""
    sides = link_context().noun_demonyms.get(match.text) if match.form.kind == "demonym" else None
    if sides is None:
        return False
    before = tokens[match.start_token - 1].key if match.start_token > 0 else ""
    after = tokens[match.end_token].key if match.end_token < len(tokens) else ""
    return before in sides[0] or after in sides[1]


def organisation_of_place(match: Match, entry: KBEntry, tokens: list[Token], body: str) -> Found | None:
    """A place right before the words of ``org_heads`` (``data/link_context.yaml``) names, with
    them and the ``org_tails`` after them, an organisation the knowledge base lacks: "गोरखपुर
    विश्वविद्यालय" (Gorakhpur University), "ब्रिटिश एयरवेज" (British Airways), of the place's
    country. Not a place joined to a word before it ("अल-मदीना स्कूल") or inside a longer name
    ("ऑल इंडिया इंस्टीट्यूट")."""
    context = link_context()
    if entry.type not in ("GPE", "LOC") or continues_name_before(match, tokens, body):
        return None
    k = match.end_token
    while k < len(tokens) and adjacent(tokens, k, body) and (tokens[k].text in context.org_heads
                                                            or k > match.end_token and tokens[k].text in context.org_tails):
        k += 1
    if k == match.end_token:
        return None
    text = body[match.start:tokens[k - 1].end]
    name = english_name(text, {name_key(match.text): entry.name})
    new = KBEntry(kb_id=f"new:org:{text}", name=name, type="ORG", country=entry.country, kind="named")
    return Found(new, Span(match.start, tokens[k - 1].end, text, "rule:place_org", 0.8))


def body_of_demonym(match: Match, entry: KBEntry, tokens: list[Token], body: str, stop: frozenset[str]) -> Found | None:
    """A demonym, one to MAX_DEMONYM_BODY_WORDS words that are no grammar word and a head of
    ``demonym_body_heads`` (``data/link_context.yaml``) name a national body the knowledge base
    lacks: "भारतीय खाद्य निगम", "रूसी ओलंपिक समिति"; an organisation of the demonym's country."""
    heads = link_context().demonym_body_heads
    if entry.type != "GPE" or match.form.kind != "demonym" or continues_name_before(match, tokens, body):
        return None
    k = match.end_token
    while k < len(tokens) and k - match.end_token <= MAX_DEMONYM_BODY_WORDS and adjacent(tokens, k, body):
        word = tokens[k].text
        if k > match.end_token and word in heads:
            text = body[match.start:tokens[k].end]
            name = english_name(text, {name_key(match.text): entry.name})
            new = KBEntry(kb_id=f"new:org:{text}", name=name, type="ORG", country=entry.country, kind="named")
            return Found(new, Span(match.start, tokens[k].end, text, "rule:demonym_body", 0.8))
        if word in stop or not has_letters(word):
            return None
        k += 1
    return None


@cache
def anaphora() -> frozenset[str]:
    """``anaphora`` of ``hindi_words.yaml`` ("इस", "उसी"): no word of a body's name."""
    return frozenset(load_yaml("hindi_words.yaml")["anaphora"])


def has_letters(word: str) -> bool:
    """A word of letters and their marks only (Devanagari vowel signs are no ``isalpha``)."""
    return all(unicodedata.category(c)[0] in "LM" for c in word)


def body_of_place(match: Match, entry: KBEntry, tokens: list[Token], body: str) -> Found | None:
    """A place (not a demonym) right before the words of a body (``body_reach``) names that
    body: "देवघर पुलिस", "कोलकाता नगर निगम", "झारखंड लोक सेवा आयोग"; an organisation of the
    place's country with the head's sector."""
    if entry.type not in ("GPE", "LOC") or match.form.kind == "demonym" or continues_name_before(match, tokens, body):
        return None
    k = match.end_token
    words: list[str] = []
    while k < len(tokens) and adjacent(tokens, k, body) and len(words) < BODY_WORDS:
        words.append(tokens[k].text)
        k += 1
    reach = body_reach(words)
    if reach is None:
        return None
    end = tokens[match.end_token + reach[0] - 1].end
    text = body[match.start:end]
    name = english_name(text, {name_key(match.text): entry.name})
    new = KBEntry(kb_id=f"new:org:{text}", name=name, type="ORG", country=entry.country, sector=reach[1], kind="named")
    return Found(new, Span(match.start, end, text, "rule:place_body", 0.8))


def body_reach(words: list[str], tails: bool = True) -> tuple[int, str | None] | None:
    """The words after a place that name a body of it: modifiers (``body_modifiers``), a head
    noun (``body_heads``, with its sector) and, with ``tails``, the ``org_tails`` after it; how
    many they are and the sector. None when they name no body, or when the next word makes the head describe
    another thing (``body_compounds``: "नागपुर पुलिस स्टेशन", "बिहार विधानसभा चुनाव")."""
    context = link_context()
    k = 0
    while k < len(words) and words[k] in context.body_modifiers:
        k += 1
    if k >= len(words) or words[k] not in context.body_heads:
        return None
    sector = context.body_heads[words[k]]
    k += 1
    while tails and k < len(words) and words[k] in context.org_tails:
        k += 1
    if k < len(words) and words[k] in context.body_compounds:
        return None  # "काबुल पुलिस मुख्यालय", "दिल्ली विधानसभा चुनाव": the place alone
    return k, sector


def adjacent(tokens: list[Token], k: int, body: str) -> bool:
    """Token k follows the one before it with only white space between."""
    return not body[tokens[k - 1].end:tokens[k].start].strip()


def continues_name_before(match: Match, tokens: list[Token], body: str) -> bool:
    """The word before the match goes on the name: joined to it by a hyphen ("अल-मदीना"), or one of
    the English words of names ("ऑल इंडिया", ``name_words`` of ``romanize.yaml``)."""
    j = match.start_token - 1
    if j < 0:
        return False
    gap = body[tokens[j].end:tokens[match.start_token].start]
    return "-" in gap or (not gap.strip() and name_key(tokens[j].text) in romanization().name_words)


def index_national_bodies(res: EntityResources) -> dict[tuple[str, str], KBEntry]:
    """(country, bare word) → the country's body that a form "<country> <word>" names ("भारतीय
    संसद" → Parliament of India), for the bare words of ``national_bodies``."""
    words = link_context().national_bodies
    out: dict[tuple[str, str], KBEntry] = {}
    for entry in res.kb:
        for form in entry.hindi if entry.type == "ORG" and entry.country else ():
            last = form.split()[-1]
            if last in words and " " in form:
                out.setdefault((entry.country or "", last), entry)
    return out


def find_national_bodies(doc: Document, tokens: list[Token], found: list[Found],
                         bodies: dict[tuple[str, str], KBEntry]) -> list[Found]:
    """Bodies named by a bare word of ``national_bodies`` that no match covers ("संसद ने"): the body
    of the country named last before it (``index_national_bodies``), else an unlinked body of the
    English name the data gives ("Parliament") and of no country: a wrong country is worse than none."""
    context = link_context()
    words = context.national_bodies
    covered = SpanIndex((f.span.start, f.span.end) for f in found)
    countries = sorted((f.span.start, f.entry.country) for f in found if f.entry.kind == "country" and f.entry.country)
    country_ends = {f.span.end for f in found if f.entry.kind == "country"}
    out = []
    for k, tok in enumerate(tokens):
        if tok.text not in words or covered.overlaps(tok.start, tok.end):
            continue
        j = k - 1 if k and tokens[k - 1].text not in context.linkers else k - 2
        if j >= 0 and tokens[j].end in country_ends or k + 1 < len(tokens) and tokens[k + 1].text in context.building_words:
            continue
        before = [country for start, country in countries if start < tok.start]
        country = before[-1] if before else None
        entry = bodies.get((country or "", tok.text)) or KBEntry(
            kb_id=f"new:org:{tok.text}", name=words[tok.text], type="ORG", country=None, sector="LEG", kind="named")
        out.append(Found(entry, Span(tok.start, tok.end, tok.text, "rule:national_body", 0.7)))
    return out


OPENING_MARKS = "(‘'\"“"
CLOSING_MARKS = ")’'\"”"


def find_agency_credits(doc: Document, tokens: list[Token], found: list[Found], res: EntityResources) -> list[Found]:
    """News agencies named by a common word in their credit (``agency_credits`` of
    ``data/link_context.yaml``): "(भाषा)", "‘भाषा’", "समाचार एजेंसी भाषा" → Press Trust of India."""
    context = link_context()
    covered = SpanIndex((f.span.start, f.span.end) for f in found)
    out = []
    for k, tok in enumerate(tokens):
        form = context.agency_credits.get(tok.text)
        if form is None or covered.overlaps(tok.start, tok.end) or not is_credit(doc.body, tokens, k):
            continue
        entry = next((e for e in res.kb.lookup(form) if e.type == "ORG"), None)
        if entry is not None:
            out.append(Found(entry, Span(tok.start, tok.end, tok.text, "rule:agency_credit", 0.8)))
    return out


def is_credit(body: str, tokens: list[Token], k: int) -> bool:
    """Token k stands alone in brackets or quotation marks, or right after an agency word."""
    tok = tokens[k]
    before, after = body[max(0, tok.start - 1):tok.start], body[tok.end:tok.end + 1]
    if before and after and before in OPENING_MARKS and after in CLOSING_MARKS:
        return True
    return k > 0 and tokens[k - 1].text in link_context().agency_words and adjacent(tokens, k, body)
