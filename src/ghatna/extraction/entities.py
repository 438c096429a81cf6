"""Entity stage: every person, country, place and organisation the body names, linked
to the knowledge base, with each mention's offsets and the rule that found it.

Rules, in order: gazetteer matches (longest first; ambiguous forms resolved to an
entity already named, then to an office holder); short forms ("शी", "ली") only after
the full name or a title and before a postposition; title patterns ("रूस के
प्रधानमंत्री X") that link or create people the knowledge base lacks; misspelt names
before "ने" matched by edit distance against people of the article. Nothing inside a fixed pair
of words ("लाव-लश्कर", ``paired_words`` of ``data/kb/name_context.yaml``) is a mention.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from rapidfuzz import fuzz

from ghatna.document import Document, Entity, Span
from ghatna.extraction.acronym_links import refused_acronym, spelt_otherwise
from ghatna.extraction.bodies import (
    adjacent,
    anaphora,
    body_of_demonym,
    body_of_place,
    find_agency_credits,
    find_national_bodies,
    index_national_bodies,
    inside_other_name,
    is_common_noun,
    link_context,
    names_a_parent,
    names_a_treaty,
    organisation_of_place,
)
from ghatna.extraction.dates import published_date
from ghatna.extraction.family_names import (
    FamilyNames,
    after_first_name,
    borne_by_another,
    family_name_owner,
    namesake_of_the_day,
    other_bearers,
    shared_family_name,
)
from ghatna.extraction.lexicon import EntityResources, Found, Words, build_resources
from ghatna.extraction.party_units import names_a_meeting, wing_start
from ghatna.extraction.roles import load_role_words
from ghatna.extraction.romanize import romanization
from ghatna.extraction.titles import (
    NO_OFFICE,
    PLURAL_OBLIQUE,
    find_title_people,
    inner_initial,
    never_name_keys,
)
from ghatna.knowledge.gazetteer import Match
from ghatna.knowledge.kb import KBEntry
from ghatna.pipeline import Context, stage
from ghatna.resources import load_yaml
from ghatna.text.intervals import SpanIndex
from ghatna.text.tokens import Token, tok_index

FUZZY_RATIO = 75
BULK_SOURCES = ("geonames:", "iso3166-2:")  # places of bulk lists, many of them also people's names


def reference_date(doc: Document) -> date | None:
    """The day offices are read on: the publication date when known, else the dateline's date when
    it gives the year ("नई दिल्ली, 12 मार्च 2014"). None when the text is undated: a knowledge-base
    person then has the office held today, and a bare title names no holder (``office_holder``)."""
    day = published_date(doc)
    if day is None and doc.dateline and len(str(doc.dateline.get("date") or "")) == 10:
        try:
            return date.fromisoformat(str(doc.dateline["date"]))
        except ValueError:
            return None
    return day


def pick_entry(candidates: list[KBEntry], seen: dict[str, KBEntry], day: date | None) -> KBEntry:
    """One entry for an ambiguous form: one already named, else an office holder, else the first."""
    for entry in candidates:
        if entry.kb_id in seen:
            return entry
    holders = [e for e in candidates if e.office_on(day) is not None]
    return (holders or candidates)[0]


def title_before(matches: list[list[Match]], tokens: list[Token], i: int) -> Match | None:
    """A title of an office whose match ends right at token i (an honorific, "श्री", "डॉक्टर", or a
    profession, "कोच", names no office: "डॉक्टर ली थी क्वैन मी" is not Li Qiang)."""
    for j in range(max(0, i - 4), i):
        for m in matches[j]:
            if m.form.kind == "title" and m.end_token == i and not m.form.kb_id.startswith(NO_OFFICE):
                return m
    return None


@cache
def member_words() -> frozenset[str]:
    """Words for the members of an armed group (``member_words`` of ``data/kb/name_context.yaml``)."""
    return frozenset(load_yaml("kb/name_context.yaml")["member_words"])


@cache
def paired_words() -> re.Pattern[str]:
    """The fixed pairs of words that name no one (``paired_words`` of ``data/kb/name_context.yaml``),
    their halves joined by a hyphen, a space or " - "."""
    pairs = [p.split("-", 1) for p in load_yaml("kb/name_context.yaml")["paired_words"]]
    forms = sorted((rf"{re.escape(a)}\s*-\s*{re.escape(b)}|{re.escape(a)} {re.escape(b)}" for a, b in pairs), key=len, reverse=True)
    return re.compile(rf"(?<![\w\u0900-\u097f])(?:{'|'.join(forms)})")


def paired_word_spans(body: str) -> SpanIndex:
    """Where ``body`` has a fixed pair of words that names no one ("लाव-लश्कर", "अमन-चैन")."""
    return SpanIndex(m.span() for m in paired_words().finditer(body))


def before_member_word(end: int, tokens: list[Token], body: str) -> bool:
    """The token at ``end`` is a word for an armed group's members, one space after the form
    ("लश्कर चरमपंथियों")."""
    return end < len(tokens) and tokens[end].text in member_words() and body[tokens[end - 1].end:tokens[end].start] == " "


def short_form_ok(i: int, end: int, tokens: list[Token], matches: list[list[Match]], words: Words,
                  kb_id: str, seen: dict[str, KBEntry], body: str) -> bool:
    """A short form counts after a title or before a word for an armed group's members
    ("लश्कर चरमपंथियों"), or once its full name was given: before a postposition, or anywhere but
    at a clause's end or before an auxiliary ("जानकारी ली गई" is no name)."""
    if title_before(matches, tokens, i) is not None or before_member_word(end, tokens, body):
        return True
    if kb_id not in seen or end >= len(tokens):
        return False
    nxt = tokens[end].text
    if nxt in words.postpositions or nxt in words.conjunctions:
        return True
    gap = body[tokens[end - 1].end: tokens[end].start]
    return nxt not in words.auxiliaries and not any(c in gap for c in "।.?!,")


def surname_after_honorific(match: Match, entry: KBEntry, matches: list[list[Match]], seen: dict[str, KBEntry]) -> bool:
    """A person's surname alone right after an honorific ("श्री मुर्मू", "डॉ. शर्मा") names someone
    the knowledge base's holder of the surname need not be: it links only when the article named
    that person before, or an office title stands before the honorific ("राष्ट्रपति श्रीमती
    मुर्मू"); else the word is left to the NER, an unlinked person."""
    if entry.type != "PERSON" or entry.kb_id in seen or match.end_token - match.start_token != 1:
        return False
    if not any(len(form.split()) > 1 and form.split()[-1] == match.form.tokens[-1] for form in entry.hindi):
        return False
    honorific = next((m for j in range(max(0, match.start_token - 3), match.start_token) for m in matches[j]
                      if m.form.kind == "title" and m.end_token == match.start_token
                      and m.form.kb_id.startswith(NO_OFFICE[0])), None)
    if honorific is None:
        return False
    return not any(m.form.kind == "title" and m.end_token == honorific.start_token and not m.form.kb_id.startswith(NO_OFFICE)
                   for j in range(max(0, honorific.start_token - 4), honorific.start_token) for m in matches[j])


def resolve_matches(doc: Document, tokens: list[Token], matches: list[list[Match]],
                    res: EntityResources) -> list[Found]:
    """Walk the tokens left to right, keep the longest acceptable match at each position."""
    day = reference_date(doc)
    seen: dict[str, KBEntry] = {}
    found: list[Found] = []
    grammar = res.words.postpositions | res.words.conjunctions | res.words.stop | res.words.auxiliaries | anaphora()
    bearers = other_bearers(tokens, matches, res, doc.body)
    respelt = spelt_otherwise(doc.body, tokens, matches, res)
    i = 0
    while i < len(tokens):
        if not matches[i]:
            i += 1
            continue
        chosen = choose_match(i, tokens, matches, res, seen, day, doc.body, bearers)
        if chosen is None:
            i += 1
            continue
        match, entry = chosen
        if refused_acronym(match, entry, tokens, matches, doc.body, respelt) or names_a_meeting(match, entry, tokens, doc.body):
            i = match.end_token  # "जनरल क्रेडिट कार्ड (जीसीसी)", "आरटी-पीसीआर", "विज्ञान कांग्रेस": not that organisation
            continue
        if entry.type == "PERSON" and (after_first_name(match, tokens, matches, found, res.words, doc.body)
                                       or name_goes_on(match, tokens, matches, res.words, doc.body)
                                       or after_demonym(match, found, doc.body)):
            i = match.end_token  # "नीरव मोदी", "राजीव कुमार गुप्ता": another person's, left to the NER
            continue
        body = body_of_place(match, entry, tokens, doc.body) or body_of_demonym(match, entry, tokens, doc.body, grammar)
        if body is not None:
            found.append(body)
            i = tok_index(tokens, body.span.end - 1) + 1
            continue
        if refused_link(match, entry, tokens, found, doc.body):
            org = organisation_of_place(match, entry, tokens, doc.body)
            found += [org] if org else []
            i = tok_index(tokens, org.span.end - 1) + 1 if org else match.end_token
            continue
        match, entry = country_of_government(match, entry, matches[i], res)
        match = without_government_word(match, entry, matches[i], tokens)
        parts = genitive_parts(match, entry, matches[i], tokens, res)
        if parts:
            seen.update((f.entry.kb_id, f.entry) for f in parts)
            found += parts
            i = match.end_token
            continue
        seen[entry.kb_id] = entry
        floor = found[-1].span.end if found else 0
        start = (name_start(match, matches[i], tokens, doc.body, res.words, floor) if entry.type == "PERSON"
                 else region_start(match, entry, tokens, found, doc.body))
        end = closing_bracket(doc.body, start, match.end)
        found.append(Found(entry, Span(start, end, doc.body[start:end], f"kb:{match.form.kind}", 0.9)))
        i = match.end_token
    return found


def country_of_government(match: Match, entry: KBEntry, here: list[Match], res: EntityResources) -> tuple[Match, KBEntry]:
    """A country's government named by the country and "सरकार" ("पाकिस्तान सरकार", "चीन की सरकार")
    is the country, as the annotation guidelines mark it: "सरकार" is a generic word. The match and
    entry, so changed."""
    if entry.type != "ORG" or entry.kind != "executive" or not entry.country:
        return match, entry
    parts = [(m, res.kb.entries[m.form.kb_id]) for m in here if m.end_token < match.end_token
             and m.form.kind in ("name", "demonym") and m.form.kb_id in res.kb.entries]
    countries = [(m, e) for m, e in parts if e.type == "GPE" and e.kind == "country" and e.country == entry.country]
    return max(countries, key=lambda item: item[0].end_token) if countries else (match, entry)


def after_demonym(match: Match, found: list[Found], body: str) -> bool:
    """A person's short form right after a demonym is a title or a noun of that people, not the
    person ("सऊदी शाह" is the Saudi king, not Amit Shah named before); a name the knowledge base
    holds whole stays ("अमरीकी ट्रंप प्रशासन")."""
    if match.form.kind != "short" or match.end_token - match.start_token != 1 or not found:
        return False
    before = found[-1]
    return (before.span.rule == "kb:demonym" and before.entry.type == "GPE"
            and body[before.span.end:match.start] == " ")


def name_goes_on(match: Match, tokens: list[Token], matches: list[list[Match]], words: Words, body: str) -> bool:
    """A person's name of several words followed, with only a space between, by a word that goes
    on the name: letters, no grammar word, never-a-name word or start of another match ("राजीव
    कुमार गुप्ता" is not the Rajiv Kumar the knowledge base has)."""
    k = match.end_token
    if match.end_token - match.start_token < 2 or k >= len(tokens) or body[match.end:tokens[k].start] != " ":
        return False
    word = tokens[k]
    grammar = words.stop | words.postpositions | words.conjunctions | words.auxiliaries | words.enders
    return not (word.text in grammar or not word.text[0] > "\u0900" or word.key in never_name_keys() or matches[k])


def without_government_word(match: Match, entry: KBEntry, here: list[Match], tokens: list[Token]) -> Match:
    """An organisation named by another of its forms and a word for a government ("तालिबान
    सरकार") is named by that form alone: the word is generic, as the annotation guidelines mark
    "भारत सरकार". The match, so shortened (the same one when nothing shorter names the entry)."""
    if entry.type != "ORG" or tokens[match.end_token - 1].text not in link_context().government_words:
        return match
    shorter = [m for m in here if m.form.kb_id == entry.kb_id and m.end_token == match.end_token - 1
               and m.form.kind in ("name", "short", "demonym")]
    return shorter[0] if shorter else match


def genitive_parts(match: Match, entry: KBEntry, here: list[Match], tokens: list[Token],
                   res: EntityResources) -> list[Found]:
    """An organisation's form "<place> का/के/की <body>" ("इराक के विदेश मंत्रालय", "म्यांमार की
    सेना") as two mentions, the way the annotation guidelines mark a genitive: the place, and the
    body after the genitive marker linked to the organisation. Empty for any other match."""
    if entry.type != "ORG":
        return []
    linkers = link_context().linkers
    for m in sorted(here, key=lambda m: -m.end_token):
        place = res.kb.entries.get(m.form.kb_id)
        if (place is None or place.type not in ("GPE", "LOC") or m.form.kind not in ("name", "demonym")
                or m.end_token + 1 >= match.end_token or tokens[m.end_token].text not in linkers):
            continue
        start = tokens[m.end_token + 1].start
        body = Span(start, match.end, match.text[start - match.start:], f"kb:{match.form.kind}", 0.9)
        return [Found(place, Span(m.start, m.end, m.text, f"kb:{m.form.kind}", 0.9)), Found(entry, body)]
    return []


def name_start(match: Match, here: list[Match], tokens: list[Token], body: str, words: Words, floor: int = 0) -> int:
    """Where a person's name starts when the knowledge-base form opens with a title ("जनरल बिपिन
    रावत", "क्राउन प्रिंस मोहम्मद बिन सलमान"): the title is not part of the name; and with the
    initials right before the form ("वाई एस जगन मोहन रेड्डी")."""
    ends = [m.end_token for m in here if m.form.kind == "title" and m.end_token < match.end_token]
    if ends:
        return tokens[max(ends)].start
    j, letters = match.start_token, romanization().letter_names
    while (j > 0 and tokens[j - 1].start >= floor and tokens[j - 1].text in letters
           and body[tokens[j - 1].end:tokens[j].start] in (" ", ". ", ".")):
        grammar = words.postpositions | words.stop
        if (tokens[j - 1].text in grammar and "." not in body[tokens[j - 1].end:tokens[j].start]
                and not inner_initial(body, tokens, j - 1, grammar)):
            break  # "के" is a letter's name and the genitive, an initial only between two ("पी के मिश्रा")
        j -= 1
    return tokens[j].start


def region_start(match: Match, entry: KBEntry, tokens: list[Token], found: list[Found], body: str) -> int:
    """Where a place's or an organisation's mention starts: at the compass point before a place
    that names a region with it ("उत्तर भारत", ``region_words`` of ``data/link_context.yaml``) or at
    "केंद्रीय" before a ministry (``ministry_openers``), else at the match."""
    if entry.kind == "party":
        return wing_start(match, entry, tokens, body)  # "युवा कांग्रेस": the party's wing
    context, j = link_context(), match.start_token - 1
    words = (context.region_words if entry.type in ("GPE", "LOC")
             else context.ministry_openers if entry.kind == "ministry" else frozenset())
    if j < 0 or tokens[j].key not in words:
        return match.start
    if body[tokens[j].end:match.start].strip() or found and found[-1].span.end > tokens[j].start:
        return match.start
    return tokens[j].start


def closing_bracket(body: str, start: int, end: int) -> int:
    """The end of a mention with the bracket its form closes ("भाकपा (माओवादी)": forms match
    words, and the closing bracket is no word)."""
    text = body[start:end]
    return end + 1 if text.count("(") > text.count(")") and body[end:end + 1] == ")" else end


def refused_link(match: Match, entry: KBEntry, tokens: list[Token], found: list[Found], body: str) -> bool:
    """A link its context contradicts (``data/link_context.yaml``): a name right before a word
    that makes it a place ("मेटा नदी"), an organisation right before a law's word ("दिल्ली पुलिस
    अधिनियम"), a place right before or after a word that makes it part of
    another name ("ब्रिटिश एयरवेज", "भारत रत्न", "खेलो इंडिया"), a national body right after a
    state's word ("राज्य निर्वाचन आयोग"), or a national body right after
    another country's name ("वेनेजुएला के गृह मंत्रालय", "चीनी तटरक्षक बल"), or a singular demonym or
    a place of a bulk source (GeoNames, ISO 3166-2) before an agent marker ("मिस्री ने": Vikram
    Misri, not Egypt; "रूसियों ने" stays Russia), or a place in a report's parentage ("पुत्र
    इसराइल": ``names_a_parent``); the words are left to the NER."""
    context = link_context()
    after = tokens[match.end_token].text if match.end_token < len(tokens) else ""
    if is_common_noun(match, tokens):
        return True  # "दो किलो चीनी", "चीनी मिल": sugar, not China
    if entry.type == "ORG" and is_former_office(match, tokens):
        return True  # "पूर्व रेलवे मंत्री": a former railway minister, not the Eastern Railway's
    if entry.type in ("ORG", "PERSON") and after in context.place_words or entry.type == "ORG" and after in context.law_words:
        return True
    if after in load_role_words().agent and (match.form.kind == "demonym" and not match.text.endswith(PLURAL_OBLIQUE)
                                    or entry.kb_id.startswith(BULK_SOURCES)):
        return True  # "मिस्री ने कहा", "रेंस ने बताया": one of a people ("रूसियों ने") or a person acts, not a demonym or a town
    previous = tokens[match.start_token - 1].text if match.start_token > 0 else ""
    two_back = tokens[match.start_token - 2].text if match.start_token > 1 else ""
    if entry.type in ("GPE", "LOC") and inside_other_name(previous, after, two_back):
        return True
    gap = body[tokens[match.start_token - 1].end:tokens[match.start_token].start] if match.start_token > 0 else ""
    if entry.type in ("GPE", "LOC") and entry.kind != "country" and names_a_treaty(previous, gap, after):
        return True  # "पेरिस समझौता": the treaty, not Paris
    if match.start_token > 1 and not adjacent(tokens, match.start_token - 1, body):
        two_back = ","  # "भाई, पुत्र जापान से": a mark between, no name
    next_after = tokens[match.end_token + 1].text if match.end_token + 1 < len(tokens) else ""
    if entry.type in ("GPE", "LOC") and names_a_parent((two_back, previous, after, next_after)):
        return True  # "सलीम पुत्र इसराइल निवासी रामपुर": the father Israil, not Israel
    if entry.type == "ORG" and entry.sector in context.national_sectors and previous in context.state_words:
        return True  # "राज्य निर्वाचन आयोग": a state's commission, not the country's
    if entry.type != "ORG" or not entry.country or entry.sector not in context.national_sectors or not found:
        return False
    before = found[-1]
    j = match.start_token - 1
    if j >= 0 and tokens[j].text in context.linkers:
        j -= 1
    return (j >= 0 and before.span.end == tokens[j].end and before.entry.type == "GPE"
            and before.entry.country is not None and before.entry.country != entry.country)


@cache
def former_offices() -> tuple[frozenset[str], frozenset[str]]:
    """The words of "former" (``former_words`` of hindi_words.yaml) and of an office
    (``former_offices`` of link_context.yaml)."""
    return (frozenset(load_yaml("hindi_words.yaml")["former_words"]),
            frozenset(load_yaml("link_context.yaml")["former_offices"]))


def is_former_office(match: Match, tokens: list[Token]) -> bool:
    """A body's name opening with a word of "former" ("पूर्व रेलवे", the Eastern Railway) right
    before a word of office: "पूर्व रेलवे मंत्री" is a former railway minister."""
    former, offices = former_offices()
    after = tokens[match.end_token].text if match.end_token < len(tokens) else ""
    return tokens[match.start_token].text in former and after in offices


def choose_match(i: int, tokens: list[Token], matches: list[list[Match]], res: EntityResources,
                 seen: dict[str, KBEntry], day: date | None, body: str,
                 bearers: FamilyNames | None = None) -> tuple[Match, KBEntry] | None:
    by_length: dict[int, list[Match]] = {}
    for m in matches[i]:
        if m.form.kind != "title":
            by_length.setdefault(m.end_token, []).append(m)
    for end in sorted(by_length, reverse=True):
        group = by_length[end]
        candidates = [res.kb.entries[m.form.kb_id] for m in group if m.form.kb_id in res.kb.entries]
        if not candidates:
            continue
        titled = title_before(matches, tokens, i) is not None
        shared = not titled and shared_family_name(group[0], candidates)
        namesake = namesake_of_the_day(candidates, seen, day) if shared else None
        if shared and namesake is None:
            continue  # "पिस्टोरियस" in an undated text naming neither Boris nor Oscar nor a country of theirs
        entry = namesake or pick_entry(candidates, seen, day)
        match = next(m for m in group if m.form.kb_id == entry.kb_id)
        if match.form.kind == "short" and not short_form_ok(i, end, tokens, matches, res.words, entry.kb_id, seen, body):
            continue
        if surname_after_honorific(match, entry, matches, seen):
            continue
        if bearers and borne_by_another(match, entry, bearers, titled):
            owner = family_name_owner(match, candidates, bearers, res, day)  # "हरीरी" after "रफ़ीक़ हरीरी": Rafic's
            if owner is None:
                continue  # "पिस्टोरियस" after "मार्था पिस्टोरियस": not the knowledge base's Boris Pistorius
            return match, owner
        return match, entry
    return None


def assemble(found: list[Found], day: date | None) -> list[Entity]:
    """One Entity per linked entry (or new person), mentions in text order, each span once."""
    by_key: dict[str, Entity] = {}
    spans: set[tuple[str, int, int]] = set()
    for f in sorted(found, key=lambda f: f.span.start):
        if (f.entry.kb_id, f.span.start, f.span.end) in spans:
            continue
        spans.add((f.entry.kb_id, f.span.start, f.span.end))
        entity = by_key.get(f.entry.kb_id)
        if entity is None:
            entity = Entity(key=f.entry.kb_id, name=f.entry.name, type=f.entry.type,
                            kb_id=None if f.entry.kb_id.startswith("new:") else f.entry.kb_id,
                            country=f.entry.country, sector=sector_of(f, day), role=role_of(f, day),
                            kind=f.entry.kind)
            by_key[f.entry.kb_id] = entity
        elif f.role and not entity.role:
            entity.role = f.role
        entity.mentions.append(f.span)
    return list(by_key.values())


def sector_of(found: Found, day: date | None) -> str | None:
    entry = found.entry
    if entry.type != "PERSON" or not entry.offices:
        return found.title_sector if entry.type == "PERSON" else entry.sector
    return entry.sector_on(day)


def role_of(found: Found, day: date | None) -> str | None:
    office = found.entry.office_on(day) if found.entry.offices else None
    return office.role if office else found.role


def resolve_dateline(doc: Document, res: EntityResources) -> None:
    """The dateline's place as a canonical knowledge-base place; an unknown place without a date is no dateline."""
    if not doc.dateline:
        return
    place = str(doc.dateline["place"])
    entries = [e for e in res.kb.lookup(place) if e.type in ("GPE", "LOC")]
    if entries:
        doc.dateline["place"] = entries[0].name
        doc.dateline["country"] = entries[0].country
    elif doc.dateline.get("date") is None:
        doc.dateline = None


def find_misspelt(doc: Document, tokens: list[Token], matches: list[list[Match]], found: list[Found],
                  res: EntityResources) -> list[Found]:
    """A name before "ने" that is one slip away from a person named in the article ("पोसकोव ने"
    after "पेसकोव"): same first letter, edit-distance ratio ≥ FUZZY_RATIO, never a common word."""
    people = {f.entry.kb_id: f.entry for f in found if f.entry.type == "PERSON"}
    forms = [(form, entry) for entry in people.values() for form in entry.hindi if " " not in form and len(form) >= 4]
    covered = {tok_at for f in found for tok_at in range(f.span.start, f.span.end)}
    out = []
    for i, tok in enumerate(tokens[:-1]):
        if tokens[i + 1].text != "ने" or matches[i] or tok.start in covered or tok.text in res.words.stop:
            continue
        best = max(((fuzz.ratio(tok.text, form), form, entry) for form, entry in forms if form[0] == tok.text[0]),
                   default=None, key=lambda x: x[0])
        if best and best[0] >= FUZZY_RATIO and len(tok.text) >= 4:
            out.append(Found(best[2], Span(tok.start, tok.end, tok.text, f"fuzzy:{best[1]}", round(best[0] / 100, 2))))
    return out


@stage("entities", needs=["sentences", "tokens"], adds=["entities"], hindi_only=True)
def entities_stage(doc: Document, ctx: Context) -> Document:
    res: EntityResources = ctx.resource("entities", build_resources)
    tokens = doc.tokens
    matches = res.gazetteer.scan(doc.body, tokens)
    found = resolve_matches(doc, tokens, matches, res)
    found += find_title_people(doc.body, tokens, matches, found, res, reference_date(doc))
    found += find_misspelt(doc, tokens, matches, found, res)
    found += find_national_bodies(doc, tokens, found, ctx.resource("national-bodies", lambda _s: index_national_bodies(res)))
    found += find_agency_credits(doc, tokens, found, res)
    paired = paired_word_spans(doc.body)
    if paired:
        found = [f for f in found if not paired.overlaps(f.span.start, f.span.end)]
    doc.entities = assemble(found, reference_date(doc))
    resolve_dateline(doc, res)
    return doc
