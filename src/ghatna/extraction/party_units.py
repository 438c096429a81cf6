"""A party's one-word name with the word before it: a wing of the party, or no party at all.

"युवा कांग्रेस" and "महिला कांग्रेस" are the Congress's youth and women's wings, marked whole by the
annotations: the party's mention takes the wing's word (``party_wings`` of
``data/link_context.yaml``) and stays linked to the party, whose wing acts for it. "विज्ञान
कांग्रेस" and "इतिहास कांग्रेस" are learned congresses, no party: a party's name that is also the
word for such a meeting (``meeting_names``) right after a field of study (``congress_fields``) is
no link.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from ghatna.knowledge.gazetteer import Match
from ghatna.knowledge.kb import KBEntry
from ghatna.resources import load_yaml
from ghatna.text.tokens import Token, word_key


@dataclass(frozen=True, slots=True)
class PartyUnits:
    wings: frozenset[str]  # look-up keys of a wing's word before the party's name ("युवा")
    meetings: frozenset[str]  # look-up keys of party names that are also a meeting's word ("कांग्रेस")
    fields: frozenset[str]  # look-up keys of fields of study before such a word ("विज्ञान")


@cache
def party_units() -> PartyUnits:
    """``party_wings``, ``meeting_names`` and ``congress_fields`` of ``data/link_context.yaml``."""
    data = load_yaml("link_context.yaml")
    return PartyUnits(*(frozenset(word_key(w) for w in data[key]) for key in ("party_wings", "meeting_names", "congress_fields")))


def word_before(match: Match, tokens: list[Token], body: str) -> Token | None:
    """The token one space before a one-word match, if any."""
    j = match.start_token - 1
    if match.end_token - match.start_token != 1 or j < 0 or body[tokens[j].end:match.start] != " ":
        return None
    return tokens[j]


def names_a_meeting(match: Match, entry: KBEntry, tokens: list[Token], body: str) -> bool:
    """A party's name that is also a meeting's word, right after a field of study ("विज्ञान कांग्रेस")."""
    before = word_before(match, tokens, body)
    units = party_units()
    return (entry.kind == "party" and before is not None and tokens[match.start_token].key in units.meetings
            and before.key in units.fields)


def wing_start(match: Match, entry: KBEntry, tokens: list[Token], body: str) -> int:
    """Where a party's mention starts: at a wing's word right before its one-word name ("युवा
    कांग्रेस"), else at the match."""
    before = word_before(match, tokens, body)
    if entry.kind != "party" or before is None or before.key not in party_units().wings:
        return match.start
    return before.start
