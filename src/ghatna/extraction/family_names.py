"""Family names the knowledge base's people share with others the article names.

A knowledge-base person's family name alone ("पिस्टोरियस", "हरीरी") names that person unless the
article gives the family name in full to someone else too: a known person ("रफ़ीक़ हरीरी" beside
Saad Hariri's "हरीरी") or a namesake the knowledge base lacks, told by a given name before it
("मार्था पिस्टोरियस"; a verb there, "भड़के सिंघल", makes no namesake). The family name alone is then
the person holding an office of ``leading_offices`` (``data/link_context.yaml``) on the reference
day ("मोदी" beside "ललित मोदी" while he is prime minister) or who held one by then, else the bearer
of the full name nearest before it: a known person, or no one for an unknown namesake. An office's title right before it
names the office's holder. A family name alone that several knowledge-base people bear, none named
in full, is the one holding an office on the reference day ("मुत्तकी": Iran's foreign minister in
2008, Afghanistan's in 2024), else the one of a country the article named, else no one.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import cache

from ghatna.extraction.lexicon import EntityResources, Found, Words, index_person_forms
from ghatna.extraction.titles import never_name_keys, same_given_name
from ghatna.knowledge.gazetteer import Match, loose_spelling
from ghatna.knowledge.kb import KBEntry, KnowledgeBase
from ghatna.resources import load_yaml
from ghatna.text.tokens import Token, form_tokens


def after_first_name(match: Match, tokens: list[Token], matches: list[list[Match]], found: list[Found],
                     words: Words, body: str) -> bool:
    """A person's one-word form right after a word that may be a first name: a word of letters
    with only a space between, no grammar word, title, honorific or never-a-name word, and no part
    of a name already found ("नीरव मोदी" is not Narendra Modi)."""
    j = match.start_token - 1
    if match.end_token - match.start_token != 1 or j < 0 or body[tokens[j].end:match.start] != " ":
        return False
    word = tokens[j]
    grammar = words.stop | words.postpositions | words.conjunctions | words.auxiliaries | words.former
    if word.text in grammar or not word.text[0] > "\u0900" or word.key in never_name_keys():
        return False
    if any(m.end_token == match.start_token for k in range(max(0, j - 4), j + 1) for m in matches[k]):
        return False  # a title or a name ends there
    return not (found and found[-1].span.end > word.start)


def is_own_given_name(word: str, entry: KBEntry) -> bool:
    """``word`` is the given name of one of the entry's Hindi names of several words."""
    return any(same_given_name(word, form.split()[0]) for form in entry.hindi if " " in form)


@cache
def leading_offices() -> frozenset[str]:
    """``leading_offices`` of ``data/link_context.yaml``: a head of state's or government's roles."""
    return frozenset(load_yaml("link_context.yaml")["leading_offices"])


@cache
def listed_given_names() -> frozenset[str]:
    """``given_names`` of ``data/kb/name_context.yaml``, spellings folded."""
    return frozenset(loose_spelling(w) for w in load_yaml("kb/name_context.yaml")["given_names"])


def led_a_state(entry: KBEntry) -> bool:
    """The person held an office of ``leading_offices``, whose family name alone news uses for them."""
    return any(office.role in leading_offices() for office in entry.offices)


def leads_on(entry: KBEntry, day: date | None) -> bool:
    """The person holds an office of ``leading_offices`` on ``day`` (with no day, one still open)."""
    return any(office.role in leading_offices() for office in entry.offices_on(day))


def led_by(entry: KBEntry, day: date | None) -> bool:
    """The person held an office of ``leading_offices`` that began by ``day`` (with no day, ever)."""
    return any(office.role in leading_offices() and (day is None or office.start is None or office.start <= day)
               for office in entry.offices)


def is_given_name(word: str, res: EntityResources) -> bool:
    """A word known as a given name: listed (``given_names``), or the first word of a knowledge-base
    person's name of several words. A verb or noun before a family name ("भड़के सिंघल") is none."""
    key = loose_spelling(word)
    return key in listed_given_names() or key in kb_given_names(res.kb)


@cache
def kb_given_names(kb: KnowledgeBase) -> frozenset[str]:
    """The first words of knowledge-base people's names of several words (``index_person_forms``),
    spellings folded: built once, not scanned per word."""
    return frozenset(loose_spelling(form.split()[0]) for form in index_person_forms(kb))


def family_forms(i: int, matches: list[list[Match]], res: EntityResources) -> list[tuple[Match, KBEntry]]:
    """The one-word forms at token ``i`` that are a knowledge-base person's family name: the last
    word of one of the person's names of several words."""
    out = []
    for m in matches[i]:
        entry = res.kb.entries.get(m.form.kb_id)
        if (m.end_token - m.start_token == 1 and m.form.kind in ("name", "short") and entry is not None
                and entry.type == "PERSON" and any(len(t) > 1 and t[-1] == m.form.tokens[-1] for t in map(form_tokens, entry.hindi))):
            out.append((m, entry))
    return out


def covering_people(i: int, matches: list[list[Match]], res: EntityResources) -> set[str]:
    """The people whose names of several words, opening before token ``i``, cover it."""
    out = set()
    for j in range(max(0, i - 5), i):
        for m in matches[j]:
            entry = res.kb.entries.get(m.form.kb_id)
            if m.end_token > i and entry is not None and entry.type == "PERSON" and m.form.kind != "title":
                out.add(entry.kb_id)
    return out


@dataclass(frozen=True, slots=True)
class FamilyNames:
    """The full names the article gives knowledge-base people's family names: by the family name's
    look-up key, (token of the family name, the person's kb_id) in text order, the kb_id None for a
    namesake the knowledge base lacks ("मार्था पिस्टोरियस")."""

    named: dict[str, list[tuple[int, str | None]]] = field(default_factory=dict)

    def others(self, key: str, kb_id: str) -> bool:
        """The article gives the family name in full to someone other than ``kb_id``."""
        return any(bearer != kb_id for _, bearer in self.named.get(key, ()))

    def nearest(self, key: str, i: int) -> str | None:
        """The bearer of the full name nearest before token ``i``, else of the first one after."""
        names = self.named.get(key, [])
        before = [bearer for at, bearer in names if at < i]
        return before[-1] if before else names[0][1]


def namesake(m: Match, entry: KBEntry, tokens: list[Token], matches: list[list[Match]], res: EntityResources,
             body: str) -> bool:
    """A family name right after a given name that is not the person's own ("ऑस्कर पिस्टोरियस"
    where the knowledge base holds Boris Pistorius): a namesake named in full."""
    return (after_first_name(m, tokens, matches, [], res.words, body) and is_given_name(tokens[m.start_token - 1].text, res)
            and not is_own_given_name(tokens[m.start_token - 1].text, entry))


def other_bearers(tokens: list[Token], matches: list[list[Match]], res: EntityResources, body: str) -> FamilyNames:
    """Where the article gives knowledge-base people's family names in full: a known person's name
    of several words covers the word ("रफ़ीक़ हरीरी", "बोरिस पिस्टोरियस"), or a given name not the
    person's own stands right before it ("ऑस्कर पिस्टोरियस")."""
    out = FamilyNames()
    for i in range(len(tokens)):
        for m, entry in family_forms(i, matches, res):
            covering = covering_people(i, matches, res)
            names = out.named.setdefault(tokens[i].key, [])
            if covering:
                names.extend((i, kb_id) for kb_id in sorted(covering) if (i, kb_id) not in names)
            elif namesake(m, entry, tokens, matches, res, body) and (i, None) not in names:
                names.append((i, None))
    return FamilyNames({key: names for key, names in out.named.items() if names})


def family_name_owner(match: Match, candidates: list[KBEntry], bearers: FamilyNames, res: EntityResources,
                      day: date | None) -> KBEntry | None:
    """Whom a family name alone names where the article gives it in full to someone other than the
    person it is a form of. Heads of state or government keep theirs: one holding an office of
    ``leading_offices`` on ``day`` ("अलीयेव" beside "हेदार अलीयेव" and "इल्हाम अलीयेव" is the
    president of the day), else one who held such an office by then ("ओबामा" beside "मिशेल
    ओबामा"; "मोदी" beside "ललित मोदी" is not the prime minister before 2014), the one named nearest
    if several did. Else the bearer of the full name nearest before it (else of the first after): a
    known person, or no one for a namesake the knowledge base lacks. In an undated text a known
    person so named comes first ("मोदी" after "ललित मोदी" in an undated story), and the
    heads of state only outweigh a namesake the knowledge base lacks."""
    key = match.form.tokens[-1]
    named = [res.kb.entries[b] for _, b in bearers.named.get(key, ()) if b is not None and b in res.kb.entries]
    bearer = bearers.nearest(key, match.start_token)
    if day is None and bearer in res.kb.entries:
        return res.kb.entries[bearer]  # undated: no office of the day outweighs a known person named in full
    leaders = [e for e in [*candidates, *named] if leads_on(e, day)]
    former = [e for e in [*candidates, *named] if led_by(e, day)]
    if leaders or former:
        return leaders[0] if leaders else next((e for e in former if e.kb_id == bearer), former[0])
    return res.kb.entries.get(bearer) if bearer is not None else None


def borne_by_another(match: Match, entry: KBEntry, bearers: FamilyNames, titled: bool) -> bool:
    """A person's family name alone, no office's title right before it, that the article gives in
    full to someone else too."""
    return (not titled and entry.type == "PERSON" and match.end_token - match.start_token == 1
            and bearers.others(match.form.tokens[-1], entry.kb_id))


def shared_family_name(match: Match, candidates: list[KBEntry]) -> bool:
    """A one-word form that several knowledge-base people bear ("पिस्टोरियस", "मुत्तकी")."""
    return match.end_token - match.start_token == 1 and len({e.kb_id for e in candidates if e.type == "PERSON"}) > 1


def namesake_of_the_day(candidates: list[KBEntry], seen: dict[str, KBEntry], day: date | None) -> KBEntry | None:
    """Which of several knowledge-base people bearing a family name it names alone: one named
    before; else the only one holding an office on the reference day ("मुत्तकी": Iran's foreign
    minister in 2008, Afghanistan's in 2024); else, in an undated text or where the offices do not
    tell, the only one of a country the article named before ("जर्मनी … पिस्टोरियस"); else no one
    (an undated article on the runner names the family name alone, not Germany's minister)."""
    people = [e for e in candidates if e.type == "PERSON"]
    named = [e for e in people if e.kb_id in seen]
    if named:
        return named[0]
    holders = [e for e in people if e.office_on(day) is not None] if day is not None else []
    if len(holders) == 1:
        return holders[0]
    countries = {e.country for e in seen.values() if e.country}
    local = [e for e in people if e.country in countries]
    return local[0] if len(local) == 1 else None
