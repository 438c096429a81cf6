"""Family names the knowledge base's people share with others the article names.

A knowledge-base person's family name alone ("पिस्टोरियस", "हरीरी") names that person only
when the article names no one else by it. Where the article names another known person of that
family in full ("रफ़ीक़ हरीरी" beside Saad Hariri's "हरीरी"), the family name alone is that person;
where it gives the family name with another given name ("ऑस्कर पिस्टोरियस" where the knowledge
base holds Boris Pistorius), the family name alone links to no one (the NER stage may still join it
to the full name given before), unless an office's title stands right before it or the person led a
state or government (``leading_offices`` of ``data/link_context.yaml``: news names them so
whoever else the article names, "मिशेल ओबामा" beside "ओबामा").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from rapidfuzz import fuzz

from ghatna.extraction.lexicon import EntityResources, Found, Words
from ghatna.extraction.romanize import romanize
from ghatna.extraction.titles import never_name_keys
from ghatna.knowledge.gazetteer import Match, loose_spelling
from ghatna.knowledge.kb import KBEntry
from ghatna.resources import load_yaml
from ghatna.text.tokens import Token, form_tokens

GIVEN_RATIO = 70  # two given names this close (spellings folded, or in Latin letters) are one spelt otherwise:
# "बिन्यामिन"/"बेंजामिन" 75; "नवाज"/"शहबाज" 67, "ऑस्कर"/"बोरिस" 40


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


def same_given_name(word: str, other: str) -> bool:
    """Two given names are one spelt otherwise: at GIVEN_RATIO or closer with the spellings'
    differences folded or in Latin letters ("बिन्यामिन", "बेंजामिन"), or one a short form opening
    the other ("जो", "जोसेफ"); an initial agrees with any name of its letter."""
    a, b = loose_spelling(word), loose_spelling(other)
    latin_a, latin_b = romanize(word).lower(), romanize(other).lower()
    if min(len(latin_a), len(latin_b)) <= 1 or latin_a.startswith(latin_b) or latin_b.startswith(latin_a):
        return True
    return fuzz.ratio(a, b) >= GIVEN_RATIO or fuzz.ratio(latin_a, latin_b) >= GIVEN_RATIO


def is_own_given_name(word: str, entry: KBEntry) -> bool:
    """``word`` is the given name of one of the entry's Hindi names of several words."""
    return any(same_given_name(word, form.split()[0]) for form in entry.hindi if " " in form)


@cache
def leading_offices() -> frozenset[str]:
    """``leading_offices`` of ``data/link_context.yaml``: a head of state's or government's roles."""
    return frozenset(load_yaml("link_context.yaml")["leading_offices"])


def led_a_state(entry: KBEntry) -> bool:
    """The person held an office of ``leading_offices``, whose family name alone news uses for them."""
    return any(office.role in leading_offices() for office in entry.offices)


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
    """Family names the article gives to more than one person: by look-up key, the knowledge-base
    people the name alone then does not name (``refused``) and the known people whose full names
    the article gave with it (``owners``)."""

    refused: dict[str, set[str]] = field(default_factory=dict)
    owners: dict[str, set[str]] = field(default_factory=dict)

    def owner(self, key: str, seen: dict[str, KBEntry]) -> KBEntry | None:
        """The one known person named in full before by this family name, if one only."""
        owners = [seen[k] for k in self.owners.get(key, ()) if k in seen]
        return owners[0] if len(owners) == 1 else None


def other_bearers(tokens: list[Token], matches: list[list[Match]], res: EntityResources, body: str) -> FamilyNames:
    """The family names the article gives to someone other than a knowledge-base person they are
    a form of: another known person's full name covers the word ("रफ़ीक़ हरीरी"), or a word that may
    be a given name and is not the person's own stands right before it ("ऑस्कर पिस्टोरियस")."""
    out = FamilyNames()
    for i in range(len(tokens)):
        for m, entry in family_forms(i, matches, res):
            covering = covering_people(i, matches, res)
            if covering - {entry.kb_id}:
                out.refused.setdefault(tokens[i].key, set()).add(entry.kb_id)
                out.owners.setdefault(tokens[i].key, set()).update(covering - {entry.kb_id})
            elif (not covering and not led_a_state(entry) and after_first_name(m, tokens, matches, [], res.words, body)
                  and not is_own_given_name(tokens[i - 1].text, entry)):
                out.refused.setdefault(tokens[i].key, set()).add(entry.kb_id)
    return out


def borne_by_another(match: Match, entry: KBEntry, bearers: FamilyNames, titled: bool) -> bool:
    """A person's family name alone that the article gives to someone else too: not this person,
    unless a title of an office stands right before it."""
    return (not titled and match.end_token - match.start_token == 1
            and entry.kb_id in bearers.refused.get(match.form.tokens[-1], set()))
