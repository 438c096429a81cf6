"""A party's one-word name with the word before it: a wing of the party, or no party at all.

"युवा कांग्रेस" and "महिला कांग्रेस" are the Congress's youth and women's wings, marked whole by the
annotations: the party's mention takes the wing's word (``party_wings`` of
``data/link_context.yaml``) and stays linked to the party, whose wing acts for it; only parties
that have such wings (``winged_parties``). "विज्ञान कांग्रेस" and "भारतीय इतिहास कांग्रेस" are
learned congresses, no party: a party's name that is also the word for such a meeting
(``meeting_names``) right after science (``congress_fields``), or after another field of study
(``opened_congress_fields``) with a meeting's opener before it ("भारतीय", "107वीं"), is no link.
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
    winged: frozenset[str]  # look-up keys of the party names that have wings ("कांग्रेस")
    meetings: frozenset[str]  # look-up keys of party names that are also a meeting's word ("कांग्रेस")
    fields: frozenset[str]  # look-up keys of fields of study before such a word alone ("विज्ञान")
    opened_fields: frozenset[str]  # ... that need a meeting's opener before them ("इतिहास")
    openers: frozenset[str]  # look-up keys of a meeting's openers ("भारतीय")
    ordinals: tuple[str, ...]  # endings of an ordinal, an opener too ("वीं")


@cache
def party_units() -> PartyUnits:
    """``party_wings``, ``winged_parties``, ``meeting_names``, ``congress_fields``,
    ``opened_congress_fields``, ``meeting_openers`` and ``ordinal_endings`` of ``data/link_context.yaml``."""
    data = load_yaml("link_context.yaml")
    def keys(name: str) -> frozenset[str]:
        return frozenset(word_key(w) for w in data[name])

    return PartyUnits(keys("party_wings"), keys("winged_parties"), keys("meeting_names"), keys("congress_fields"),
                      keys("opened_congress_fields"), keys("meeting_openers"), tuple(data["ordinal_endings"]))


def word_before(match: Match, tokens: list[Token], body: str) -> Token | None:
    """The token one space before a one-word match, if any."""
    if match.end_token - match.start_token != 1:
        return None
    return token_before(match.start_token, tokens, body)


def token_before(i: int, tokens: list[Token], body: str) -> Token | None:
    """The token one space before token ``i``, if any."""
    j = i - 1
    if j < 0 or body[tokens[j].end:tokens[i].start] != " ":
        return None
    return tokens[j]


def names_a_meeting(match: Match, entry: KBEntry, tokens: list[Token], body: str) -> bool:
    """A party's name that is also a meeting's word, right after science ("विज्ञान कांग्रेस") or
    after another field of study a meeting's opener comes before ("भारतीय इतिहास कांग्रेस")."""
    before = word_before(match, tokens, body)
    units = party_units()
    if entry.kind != "party" or before is None or tokens[match.start_token].key not in units.meetings:
        return False
    if before.key in units.fields:
        return True
    opener = token_before(match.start_token - 1, tokens, body)
    return (before.key in units.opened_fields and opener is not None
            and (opener.key in units.openers or opener.text.endswith(units.ordinals)))


def wing_start(match: Match, entry: KBEntry, tokens: list[Token], body: str) -> int:
    """Where a party's mention starts: at a wing's word right before its one-word name ("युवा
    कांग्रेस"), else at the match."""
    before = word_before(match, tokens, body)
    units = party_units()
    if (entry.kind != "party" or before is None or before.key not in units.wings
            or tokens[match.start_token].key not in units.winged):
        return match.start
    return before.start
