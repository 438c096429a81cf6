"""The Hindi trigger lexicon (``data/triggers.tsv``): phrases that tell an event, with
their PLOVER type and mode, CAMEO code and Goldstein value.

A pattern is a sequence of tokens; a token ending in ``*`` matches any token starting
with it. Patterns are indexed by their first token (exact) or its first three letters
(prefix), so matching costs a dictionary look-up per token.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import cache

from ghatna.resources import load_tsv
from ghatna.text.tokens import Token, form_tokens

PLOVER_TYPES = frozenset({
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
    "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
})
PREFIX_KEY = 3
BLOCKER = "-"  # a lexicon row whose plover is "-" names a phrase that looks like a trigger but is none


@dataclass(frozen=True, slots=True)
class Trigger:
    pattern: str
    tokens: tuple[str, ...]
    plover: str
    mode: str | None
    cameo: str
    goldstein: float
    directed: bool
    example: str


@dataclass(frozen=True, slots=True)
class TriggerMatch:
    trigger: Trigger
    first: int  # token indices, end exclusive
    last: int
    start: int
    end: int


def token_matches(token: str, pattern: str) -> bool:
    return token.startswith(pattern[:-1]) if pattern.endswith("*") else token == pattern


class TriggerLexicon:
    def __init__(self, triggers: list[Trigger]) -> None:
        self.triggers = triggers
        self.exact: dict[str, list[Trigger]] = defaultdict(list)
        self.prefix: dict[str, list[Trigger]] = defaultdict(list)
        for trig in triggers:
            head = trig.tokens[0]
            (self.prefix[head[:PREFIX_KEY]] if head.endswith("*") else self.exact[head]).append(trig)

    def candidates(self, token: str) -> list[Trigger]:
        exact, prefix = self.exact.get(token), self.prefix.get(token[:PREFIX_KEY])
        if exact and prefix:
            return exact + prefix
        return exact or prefix or []

    def match_at(self, tokens: list[Token], i: int) -> TriggerMatch | None:
        """The longest trigger starting at token i."""
        best: TriggerMatch | None = None
        for trig in self.candidates(tokens[i].key):
            n = len(trig.tokens)
            if i + n > len(tokens) or (best and n <= best.last - best.first):
                continue
            if all(token_matches(tokens[i + k].key, p) for k, p in enumerate(trig.tokens)):
                best = TriggerMatch(trig, i, i + n, tokens[i].start, tokens[i + n - 1].end)
        return best

    def find(self, tokens: list[Token], first: int, last: int) -> list[TriggerMatch]:
        """Non-overlapping triggers in tokens[first:last], longest first at each position;
        blockers ("करार दिया", "दिल का दौरा") consume their words and give nothing."""
        found: list[TriggerMatch] = []
        exact, prefix = self.exact, self.prefix
        i = first
        while i < last:
            key = tokens[i].key
            if key not in exact and key[:PREFIX_KEY] not in prefix:
                i += 1
                continue
            match = self.match_at(tokens, i)
            if match and match.last <= last:
                if match.trigger.plover != BLOCKER:
                    found.append(match)
                i = match.last
            else:
                i += 1
        return found

    def events(self) -> list[Trigger]:
        """The entries that code an event (not the blockers)."""
        return [t for t in self.triggers if t.plover != BLOCKER]


def trigger_from_row(row: dict[str, str]) -> Trigger:
    pattern = row["pattern"]
    tokens = tuple(t + ("*" if t_raw.endswith("*") else "") for t, t_raw in zip(form_tokens(pattern), pattern.split()))
    return Trigger(pattern, tokens, row["plover"], row.get("mode") or None, row["cameo"],
                   float(row["goldstein"]), row.get("directed") == "1", row.get("example", ""))


@cache
def load_triggers() -> TriggerLexicon:
    return TriggerLexicon([trigger_from_row(r) for r in load_tsv("triggers.tsv")])
