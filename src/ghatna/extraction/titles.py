"""Title patterns: people found by the office before their name.

"रूस के प्रधानमंत्री X", "विदेश मंत्रालय के प्रवक्ता X", "हमास नेता X": the title links a
known person to a role, or brings in a person the knowledge base lacks, with the
country of the state or organisation named before the title.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from rapidfuzz import fuzz, process

from ghatna.document import Span
from ghatna.extraction.actors import post_words
from ghatna.extraction.lexicon import EntityResources, Found, Title
from ghatna.extraction.romanize import romanization, romanize
from ghatna.knowledge.gazetteer import Match, loose_spelling
from ghatna.knowledge.kb import KBEntry, KnowledgeBase
from ghatna.resources import load_yaml
from ghatna.text.intervals import SpanIndex
from ghatna.text.tokens import Token, tok_index, word_key

NAME_BREAK = re.compile(r"[,।.:;!?()\"“”‘’\n]")
TITLE_GAP_BREAK = re.compile(r"[,।:;!?()\"“”‘’'\n]")  # between a title and a name (not the full stop of "डॉ.")
LINKERS = ("के", "की", "का")
MISSPELT_RATIO = 85
GIVEN_RATIO = 70  # two given names this close (spellings folded, or in Latin letters) are one spelt otherwise:
# "बिन्यामिन"/"बेंजामिन" 75; "नवाज"/"शहबाज" 67, "ऑस्कर"/"बोरिस" 40
PROFESSION = "title:profession:"  # the titles.tsv row of professions
PROFESSION_ROLE = "profession"  # its role
NO_OFFICE = ("title:honorific:", PROFESSION)  # the titles.tsv rows that name no office
PLURAL_OBLIQUE = ("ों", "ओं")  # "अकादमियों", "नेताओं": a plural is no name
NON_GOV_ORG_SECTORS = {"REB", "IGO", "PTY", "OPP", "MED", "NGO", "BUS", "JUD", "LEG"}


@cache
def title_skip_words() -> frozenset[str]:
    """Words between a state and its official's title: modifiers and unnamed bodies."""
    from ghatna.extraction.roles import load_generic_actors

    data = load_yaml("hindi_words.yaml")
    generic = {w for key in load_generic_actors() for w in key}
    return frozenset(data["title_modifiers"]) | generic



def longest_title(matches: list[Match]) -> Match | None:
    titles = [m for m in matches if m.form.kind == "title"]
    return max(titles, key=lambda m: m.end_token) if titles else None


def context_before(start_token: int, tokens: list[Token], found_by_end: dict[int, Found],
                   title_starts: dict[int, int], skip: frozenset[str]) -> Found | None:
    """The state or organisation named before a title: "रूस के", "रूसी", "हमास", also across
    another title, a modifier or an unnamed body ("थाई सेना के प्रवक्ता कर्नल X")."""
    j = start_token - 1
    for _ in range(6):
        if j < 0:
            return None
        found = found_by_end.get(j)
        if found is not None:
            return found if found.entry.type in ("GPE", "ORG") else None
        if j in title_starts:
            j = title_starts[j] - 1
        elif tokens[j].text in LINKERS or tokens[j].text in skip:
            j -= 1
        else:
            return None
    return None


@cache
def never_name_keys() -> frozenset[str]:
    """Look-up keys of the words that are never (part of) a name (``data/kb/never_names.yaml``)."""
    return frozenset(word_key(w) for w in load_yaml("kb/never_names.yaml")["words"])


@cache
def not_person_keys() -> frozenset[str]:
    """Look-up keys of the words never inside a person's name ("फाउंडेशन", "अस्पताल"; ``not_people``
    of ``data/kb/never_names.yaml``)."""
    return frozenset(word_key(w) for w in load_yaml("kb/never_names.yaml").get("not_people", []))


def is_initial(body: str, tokens: list[Token], j: int) -> bool:
    """Token j is an initial: a Latin letter's name with a full stop after it and more of the name
    to come ("आर.एन. रवि", "सी. वी. आनंद बोस")."""
    if j + 1 >= len(tokens) or tokens[j].text not in romanization().letter_names:
        return False
    gap = body[tokens[j].end: tokens[j + 1].start]
    return "." in gap and not gap.replace(".", "").strip()


def inner_initial(body: str, tokens: list[Token], j: int, grammar: frozenset[str]) -> bool:
    """Token j is a letter's name that is also a grammar word ("के") inside initials written
    without full stops: right after another letter's name that is no grammar word and before
    more of the name, one space apart ("सी के प्रसाद", "एस के कौल"; not "गांधी जी के विचार")."""
    letters = romanization().letter_names
    if not 0 < j < len(tokens) - 1 or tokens[j].text not in letters or tokens[j].text not in grammar:
        return False
    before, after = tokens[j - 1].text, tokens[j + 1].text
    if before not in letters or before in grammar or after in grammar or not after[0] > "\u0900":
        return False
    return body[tokens[j - 1].end:tokens[j].start] == " " == body[tokens[j].end:tokens[j + 1].start]


def leading_initial(body: str, tokens: list[Token], j: int, grammar: frozenset[str]) -> bool:
    """Token j, right after a title, is a letter's name that is also a grammar word ("के") and opens
    initials: another letter's name that is no grammar word follows, then more of the name ("न्यायमूर्ति
    के एस राधाकृष्णन"; not "न्यायमूर्ति के आदेश")."""
    letters = romanization().letter_names
    if j + 2 >= len(tokens) or tokens[j].text not in letters:
        return False
    second, after = tokens[j + 1].text, tokens[j + 2].text
    if second not in letters or second in grammar or after in grammar or not after[0] > "\u0900":
        return False
    return body[tokens[j].end:tokens[j + 1].start] == " " == body[tokens[j + 1].end:tokens[j + 2].start]


def name_after(body: str, tokens: list[Token], k: int, res: EntityResources,
               matches: list[list[Match]]) -> tuple[int, int] | None:
    """Token range of an unknown name right after a title, ending at a postposition or a break;
    initials with full stops go on the name without counting among its three words, and are no
    name alone."""
    end, initials = k, 0
    if 0 < k < len(tokens) and TITLE_GAP_BREAK.search(body[tokens[k - 1].end: tokens[k].start]):
        return None  # "सर्जन ‘गेम टेक्नोलॉजी’": a quotation or a clause after the title is no name
    while end < len(tokens) and end - k - initials < 3:
        tok = tokens[end]
        initial = is_initial(body, tokens, end) or (inner_initial(body, tokens, end, res.words.stop) if end > k
                                                    else leading_initial(body, tokens, end, res.words.stop))
        surname = end > k and all(m.form.kind in ("name", "short") and len(m.form.tokens) == 1 for m in matches[end])
        if not initial and (tok.text in res.words.stop or (matches[end] and not surname)
                            or not (tok.text[0] > "\u0900" or tok.text[0].isupper())):
            break
        if end > k and not initial and (tok.key in never_name_keys() or tok.key in not_person_keys()):
            break  # "प्रवक्ता फ़ावज़ी बारहूम कहते हैं": the verb ends the name; "X रिसर्च फाउंडेशन" the body's words
        if tok.text.endswith(PLURAL_OBLIQUE):
            break  # "वैज्ञानिक अकादमियों के": a plural noun
        if end > k and NAME_BREAK.search(body[tokens[end - 1].end: tok.start]) and not is_initial(body, tokens, end - 1):
            break
        initials += initial
        end += 1
    if end - k == initials or len(tokens[k].text) < 2 and not (is_initial(body, tokens, k)
                                                                or inner_initial(body, tokens, k + 1, res.words.stop)):
        return None
    if end - k == 1 and tokens[k].text in romanization().letter_names:
        return None  # a letter alone ("मुख्य सचिव बी." cut by a full stop) is no name
    tail = body[tokens[end - 1].end: tokens[end].start if end < len(tokens) else len(body)]
    follows = tokens[end].text if end < len(tokens) else ""
    return (k, end) if NAME_BREAK.search(tail) or follows in res.words.enders else None


def find_title_people(body: str, tokens: list[Token], matches: list[list[Match]], found: list[Found],
                      res: EntityResources, day: date | None = None) -> list[Found]:
    """Roles for known people after a title, and new people the knowledge base lacks."""

    by_start = {tok_index(tokens, f.span.start): f for f in found}
    by_end = {tok_index(tokens, f.span.end - 1): f for f in found}
    title_starts = {m.end_token - 1: m.start_token for options in matches for m in options if m.form.kind == "title"}
    skip = title_skip_words()
    new: list[Found] = []
    people = NewPeople(tokens)
    shadowed: set[int] = set()
    inside = SpanIndex((f.span.start, f.span.end) for f in found if f.span.end - f.span.start > 0)
    for i, options in enumerate(matches):
        title_match = longest_title(options) if options else None
        if title_match is None:
            continue
        if inside.overlaps(title_match.start, title_match.end):
            continue  # a title word inside a name the knowledge base gives ("किंग जॉर्ज मेडिकल यूनिवर्सिटी")
        title = res.titles[title_match.form.kb_id]
        if owned_elsewhere(tokens, title_match):
            continue  # "परिवार के मुखिया X", "गिरोह के मुखिया X": the head of a family or a gang
        former = i > 0 and tokens[i - 1].text in res.words.former
        if title_match.end_token < len(matches) and longest_title(matches[title_match.end_token]):
            continue  # a chain of titles ("प्रवक्ता कर्नल X"): the last one names the person
        if title_match.end_token < len(tokens) and tokens[title_match.end_token].key in post_words():
            continue  # "अमेरिका के राष्ट्रपति पद के उम्मीदवार": the post, not its holder
        after = by_start.get(title_match.end_token)
        if after is not None and after.entry.type == "PERSON":
            after.role = after.role or title.role
            continue
        if after is not None:
            continue
        if named_before(new, tokens, title_match.end_token):
            continue  # a later mention of a person an earlier title brought in ("श्री दुबेलिया")
        owner = context_before(i - (1 if former else 0), tokens, by_end, title_starts, skip)
        span = name_after(body, tokens, title_match.end_token, res, matches)
        if owner is None and not (span and (acts(tokens, span) or is_profession(title_match) and marked(tokens, span))):
            continue  # a bare title before a word is a weak sign of a name, unless the name acts ("X ने")
        offices = chain_offices(matches, title_match, res)
        namesake = earlier_namesake(tokens, span, found + new, offices) if span and owner is None else None
        if namesake is not None:  # "श्री शनमुगत्नम" after "मंत्री थरमन शनमुगरत्नम": the same person, misspelt
            new += people.add([namesake])
        elif span is not None:
            new += people.add(new_person(body, tokens, span, title, owner, former, res, people, day))
            for k in range(span[0] + 1, span[1]):  # a known surname inside a new full name is not that person
                shadowed.update(f.span.start for f in found if f.span.start == tokens[k].start)
        elif owner is not None and not former and day is not None:  # without a date the holder is a guess
            new += office_holder(title_match, title, owner, res, day)
    found[:] = [f for f in found if f.span.start not in shadowed]
    return new


@cache
def title_owners() -> tuple[dict[str, frozenset[str]], frozenset[str]]:
    """The titles that are an office only under their listed owners, and the genitives
    (``data/title_owners.yaml``)."""
    data = load_yaml("title_owners.yaml")
    return ({title: frozenset(owners) for title, owners in data["owned_titles"].items()},
            frozenset(data["genitives"]))


def owned_elsewhere(tokens: list[Token], match: Match) -> bool:
    """A title of ``title_owners.yaml`` right after a genitive whose owner is not one listed for
    it ("परिवार के मुखिया"; not "गांव के मुखिया", nor a bare "मुखिया")."""
    owned, genitives = title_owners()
    title = " ".join(t.text for t in tokens[match.start_token: match.end_token])
    at = match.start_token
    if title not in owned or at < 2 or tokens[at - 1].text not in genitives:
        return False
    return tokens[at - 2].text not in owned[title]


def chain_offices(matches: list[list[Match]], title: Match, res: EntityResources) -> frozenset[str]:
    """The offices (not honorifics nor professions, ``NO_OFFICE``) of the titles in the chain that
    ends with ``title`` ("जिलाधिकारी श्री X": the district official's)."""
    roles: set[str] = set()
    at = title.start_token
    while True:
        if not title.form.kb_id.startswith(NO_OFFICE):
            roles.add(res.titles[title.form.kb_id].role)
        before = [m for options in matches[:at] for m in options if m.form.kind == "title" and m.end_token == at]
        if not before:
            return frozenset(roles)
        title = max(before, key=lambda m: m.end_token - m.start_token)
        at = title.start_token


@cache
def given_name_words() -> frozenset[str]:
    """Words that end many full names but are a part of the given name, not a family name
    (``hindi_words.yaml`` ``given_name_ends``: "कुमार", "प्रसाद"): alone they tell no one person."""
    return frozenset(load_yaml("hindi_words.yaml")["given_name_ends"])


def earlier_namesake(tokens: list[Token], span: tuple[int, int], earlier: list[Found],
                     offices: frozenset[str] = frozenset()) -> Found | None:
    """A person named in full earlier in the article whose last word this lone word spells
    within one slip ("गुनावर्द्धने" after "दिनेश गुनावर्द्धना"): a later mention by surname. Not a
    word of a given name many share (``given_name_words``), nor a person whose office is not one
    the word's own titles give (``offices``: "जिलाधिकारी श्री X" after a chief minister X)."""
    tok = tokens[span[0]]
    if span[1] - span[0] != 1 or len(tok.text) < 5 or tok.text in given_name_words():
        return None
    for f in sorted(earlier, key=lambda f: -f.span.start):
        if f.entry.type != "PERSON" or f.span.start >= tok.start or " " not in f.span.text.strip():
            continue
        if offices and f.role not in offices:
            continue
        if fuzz.ratio(tok.text, f.span.text.split()[-1]) >= MISSPELT_RATIO:
            return Found(f.entry, Span(tok.start, tok.end, tok.text, "title:coref:misspelt", 0.6), f.role,
                         f.title_sector)
    return None


def named_before(new: list[Found], tokens: list[Token], k: int) -> bool:
    """Token k starts a mention of a person an earlier title of the article brought in."""
    return k < len(tokens) and any(f.span.start == tokens[k].start for f in new)


def acts(tokens: list[Token], span: tuple[int, int]) -> bool:
    """The name is followed by the agent marker: "प्रवक्ता न्गुयेन थी होआ ने"."""
    return span[1] < len(tokens) and tokens[span[1]].text == "ने"


def is_profession(match: Match) -> bool:
    """A profession ("सर्जन", "कप्तान"): it names no office, but a person, where an honorific
    ("श्री") may stand before a deity ("श्री गणेश की पूजा")."""
    return match.form.kb_id.startswith(PROFESSION)


def marked(tokens: list[Token], span: tuple[int, int]) -> bool:
    """The name is followed by a case marker (``simple_markers`` and ``genitive_markers`` of
    ``hindi_words.yaml``): "सर्जन टॉम कैरेल का कहना है", "डॉ. वीणा गौतम को"."""
    return span[1] < len(tokens) and tokens[span[1]].text in case_markers()


@cache
def case_markers() -> frozenset[str]:
    data = load_yaml("hindi_words.yaml")
    return frozenset(data["simple_markers"]) | frozenset(data["genitive_markers"])


def office_holder(match: Match, title: Title, owner: Found, res: EntityResources, day: date | None) -> list[Found]:
    """"अमेरिका के राष्ट्रपति" with no name: the person who held that office on the article's date."""

    if owner.entry.kind != "country" or not owner.entry.country:
        return []
    for entry in res.holders.get((owner.entry.country, title.role), []):
        office = entry.holds(title.role, day)
        if office is not None:
            span = Span(match.start, match.end, match.text, f"title:office:{title.role}", 0.6)
            return [Found(entry, span, title.role, office.sector)]
    return []


def same_given_name(word: str, other: str) -> bool:
    """Two given names are one spelt otherwise: at GIVEN_RATIO or closer with the spellings'
    differences folded or in Latin letters ("बिन्यामिन", "बेंजामिन"), or one a short form opening
    the other ("जो", "जोसेफ"); an initial agrees with any name of its letter."""
    a, b = loose_spelling(word), loose_spelling(other)
    latin_a, latin_b = romanize(word).lower(), romanize(other).lower()
    if min(len(latin_a), len(latin_b)) <= 1 or latin_a.startswith(latin_b) or latin_b.startswith(latin_a) \
            or a.startswith(b) or b.startswith(a):  # "जो" opens "जोसेफ" though Joe does not open Joseph
        return True
    return fuzz.ratio(a, b) >= GIVEN_RATIO or fuzz.ratio(latin_a, latin_b) >= GIVEN_RATIO


def misspelt_person(hindi: str, res: EntityResources, role: str | None = None, day: date | None = None,
                    former: bool = False) -> KBEntry | None:
    """A KB person whose full Hindi name is one slip from this one (edit-distance ratio ≥ 85), whose
    given name agrees (``same_given_name``: "कुनियो हातोयामा" is not Yukio Hatoyama) and whose
    recorded offices fit the title (``fits_the_title``)."""
    if len(hindi) < 6 or not res.person_forms:
        return None
    near = process.extract(hindi, res.person_forms.keys(), scorer=fuzz.ratio, score_cutoff=MISSPELT_RATIO, limit=None)
    for form, _, _ in near:  # best first
        entry = res.person_forms[form]
        if same_given_name(hindi.split()[0], form.split()[0]) and fits_the_title(entry, role, day, former, res):
            return entry
    return None


def fits_the_title(entry: KBEntry, role: str | None, day: date | None, former: bool, res: EntityResources) -> bool:
    """A person the knowledge base knows by offices fits a near spelling of the name after a title:
    not after a profession's ("कप्तान स्टीव स्मिथ" is no minister Stephen Smith); after the title of
    an office the knowledge base records holders of, on a known day, the person held an office of
    that kind then (before it, for a former office): "विदेश मंत्री हान सुंग-जू" in 1993 is not Han
    Seung-soo, foreign minister in 2001. Without offices recorded, or a day, nothing tells."""
    if not entry.offices or role is None:
        return True
    if role == PROFESSION_ROLE:
        return False
    if day is None or role not in recorded_office_words(res.kb):
        return True
    return held_such_office(entry, role, day, former)


def office_of_kind(office_role: str, title_role: str) -> bool:
    """An office is of the title's kind: its role, or one not of a head of state or government
    (``leading_offices`` of ``link_context.yaml``, named by their own titles: "मंत्री X" is no
    prime minister) that has every word of the title's role ("minister" in "foreign_minister",
    "spokesperson" in "foreign_ministry_spokesperson"), but for a deputy's office and the title
    of the office it deputises (``deputy_words``: "राष्ट्रपति X" is no vice-president)."""
    if office_role == title_role:
        return True
    first, _, rest = office_role.partition("_")
    if first in deputy_words() and rest == title_role:
        return False
    return office_role not in heads_offices() and set(title_role.split("_")) <= set(office_role.split("_"))


@cache
def deputy_words() -> frozenset[str]:
    """``deputy_words`` of ``data/link_context.yaml``: the first word of a deputy's office role."""
    return frozenset(load_yaml("link_context.yaml")["deputy_words"])


@cache
def heads_offices() -> frozenset[str]:
    """``leading_offices`` of ``data/link_context.yaml``: a head of state's or government's roles."""
    return frozenset(load_yaml("link_context.yaml")["leading_offices"])


@cache
def recorded_office_words(kb: KnowledgeBase) -> frozenset[str]:
    """The title roles of which the knowledge base records holders: each word set of an office role,
    as a role ("minister", "foreign_minister", "prime_minister" from "prime_minister")."""
    out: set[str] = set()
    for entry in kb:
        for office in entry.offices:
            words = office.role.split("_")
            out.update("_".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, len(words) + 1))
    return frozenset(out)


def held_such_office(entry: KBEntry, role: str, day: date, former: bool) -> bool:
    """The person held an office of the title's kind on ``day``, or before it for a former office."""
    offices = [o for o in entry.offices if office_of_kind(o.role, role)]
    if former:
        return any(o.start is None or o.start <= day for o in offices)
    return any(o.holds_on(day) for o in offices)


class NewPeople:
    """The people title patterns brought in so far: each mention once, and each person's later
    mentions looked for once (an article that repeats "मंत्री X" would else list X's mentions
    once per repetition). Token positions by word are indexed once per article."""

    def __init__(self, tokens: list[Token]) -> None:
        self.tokens = tokens
        self.spans: set[tuple[str, int, int]] = set()
        self.people: set[str] = set()
        self._positions: dict[str, list[int]] | None = None

    def positions(self, word: str) -> list[int]:
        if self._positions is None:
            self._positions = {}
            for i, tok in enumerate(self.tokens):
                self._positions.setdefault(tok.text, []).append(i)
        return self._positions.get(word, [])

    def known(self, kb_id: str) -> bool:
        return kb_id in self.people

    def add(self, found: list[Found]) -> list[Found]:
        """The mentions not listed before."""
        fresh = []
        for f in found:
            key = (f.entry.kb_id, f.span.start, f.span.end)
            if key not in self.spans:
                self.spans.add(key)
                self.people.add(f.entry.kb_id)
                fresh.append(f)
        return fresh


def new_person(body: str, tokens: list[Token], span: tuple[int, int], title: Title, owner: Found | None,
               former: bool, res: EntityResources, people: NewPeople, day: date | None = None) -> list[Found]:

    start, end = tokens[span[0]].start, tokens[span[1] - 1].end
    hindi = body[start:end]
    known = misspelt_person(hindi, res, title.role, day, former)
    if known is not None:  # "काया कैलास" for "काया कालास": the person the KB knows, named again later
        first = Found(known, Span(start, end, hindi, f"title:fuzzy:{title.role}", 0.7), title.role, None)
        if people.known(known.kb_id):
            return [first]
        return [first] + later_mentions(body, tokens, span, known, title.role, None, people)
    sector = None if former else title.sector
    if owner and owner.entry.type == "ORG" and owner.entry.sector in NON_GOV_ORG_SECTORS and sector:
        sector = owner.entry.sector
    entry = KBEntry(kb_id=f"new:{hindi}", name=romanize(hindi), type="PERSON",
                    country=owner.entry.country if owner else None, hindi=[hindi])
    if owner is None:
        sector = None
    first = Found(entry, Span(start, end, hindi, f"title:{title.role}", 0.7), title.role, sector)
    if people.known(entry.kb_id):  # its later mentions were found when it was first named
        return [first]
    return [first] + later_mentions(body, tokens, span, entry, title.role, sector, people)


def later_mentions(body: str, tokens: list[Token], span: tuple[int, int], entry: KBEntry, role: str,
                   sector: str | None, people: NewPeople) -> list[Found]:
    """The same name again later in the article, in full or by its last word before a postposition."""

    words = [t.text for t in tokens[span[0]: span[1]]]
    starts = set(people.positions(words[0])) | (set(people.positions(words[-1])) if len(words) > 1 else set())
    out = []
    covered = span[1]  # a surname inside a full mention just found is not another mention
    for i in sorted(starts):
        if i < covered:
            continue
        full = [t.text for t in tokens[i: i + len(words)]] == words
        if full or (len(words) > 1 and tokens[i].text == words[-1] and i + 1 < len(tokens)
                    and tokens[i + 1].text in LINKERS + ("ने", "से", "को")):
            last = i + len(words) - 1 if full else i
            out.append(Found(entry, Span(tokens[i].start, tokens[last].end, body[tokens[i].start: tokens[last].end],
                                         "title:coref", 0.6), role, sector))
            covered = last + 1
    return out
