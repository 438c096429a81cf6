"""Harm befalling its patient in a fight named before it ("पुलिस की जवाबी फायरिंग में बदमाश के पैर में
गोली लगी", "मुठभेड़ के दौरान बदमाश को गोली लगी"): the fight and its owner, whose hit it was
(``fight_hits`` in attacks.yaml). Read by ``agentless.agentless_roles``."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from ghatna.document import Document, Entity
from ghatna.extraction.clause_openings import clause_start
from ghatna.extraction.roles import Slot, load_role_words
from ghatna.extraction.triggers import TriggerMatch, load_triggers
from ghatna.resources import load_yaml


@dataclass(frozen=True, slots=True)
class FightHits:
    markers: tuple[tuple[str, ...], ...]
    between: frozenset[str]
    owner_sectors: frozenset[str]


@cache
def fight_hits() -> FightHits:
    data = load_yaml("attacks.yaml")["fight_hits"]
    return FightHits(tuple(tuple(m.split()) for m in data["markers"]), frozenset(data["between"]),
                     frozenset(data["owner_sectors"]))


def marked_fight(doc: Document, match: TriggerMatch) -> bool:
    """An attack word followed by a marker of the fight something happened in ("फायरिंग में")."""
    after = tuple(t.text for t in doc.tokens[match.last: match.last + 2])
    return match.trigger.plover == "ASSAULT" and any(after[: len(m)] == m for m in fight_hits().markers)


def fight_before(doc: Document, trig: TriggerMatch, bounds: tuple[int, int]) -> TriggerMatch | None:
    """The last fight named before ``trig`` in its clause ("पुलिस की जवाबी फायरिंग में …")."""
    start = clause_start(doc, bounds[0], trig.first, frozenset())
    fights = [m for m in load_triggers().find(doc.tokens, start, trig.first)
              if m.last < trig.first and marked_fight(doc, m)]
    return fights[-1] if fights else None


def fight_owner(doc: Document, slots: list[Slot], fight: TriggerMatch) -> list[Entity]:
    """The force or criminals whose fight it was: the genitive right before its word, words of manner
    (``between``) allowed after it ("पुलिस की जवाबी फायरिंग")."""
    rules, k = fight_hits(), fight.first
    while k > 0 and doc.tokens[k - 1].text in rules.between:
        k -= 1
    owner = [s for s in slots if s.marker in load_role_words().genitive and s.marker_end == k]
    return [e for e in owner[-1].entities if e.sector in rules.owner_sectors][:1] if owner else []
