"""Related types: two reports of one real-world event that the extractor typed differently.

One paper tells a district's sealing as coercion (COERCE), another as a sanction (SANCTION); one an
order as a demand (REQUEST), another as the restriction it lays (COERCE); one a meeting (CONSULT),
another what it agreed (AGREE). ``data/related_types.yaml`` pairs such types, each pair with its
reason. A mention's block is keyed on its type's *family* (``family_of``: the types the pairs join,
"COERCE+REQUEST+SANCTION"), so reports of related types can meet; within the block a report joins
only reports of its own type (``clusters.refusal``), and two events of related types become one only
by the stricter rule of ``retelling.Kindred.kindred``. The merged event's type is the one most of
its reports give, the more specific on a tie (``event_type``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from ghatna.errors import DataError
from ghatna.resources import load_yaml

DATA = "related_types.yaml"
FAMILY_JOIN = "+"


@dataclass(frozen=True, slots=True)
class RelatedTypes:
    """The declared pairs (each as a frozenset of two types), each type's family, and the order of
    types by specificity."""

    pairs: frozenset[frozenset[str]]
    families: dict[str, str]
    specific_first: tuple[str, ...]


@cache
def related_types() -> RelatedTypes:
    """``related_types.yaml`` read once; a pair that is not two types, or a type missing from
    ``specific_first``, is a data error."""
    data = load_yaml(DATA)
    pairs = frozenset(frozenset(str(t) for t in row["types"]) for row in data.get("related") or [])
    order = tuple(str(t) for t in data.get("specific_first") or [])
    for pair in pairs:
        if len(pair) != 2:
            raise DataError(f"{DATA}: a pair of related types names two types, not {sorted(pair)}")
        if not pair <= set(order):
            raise DataError(f"{DATA}: {sorted(pair - set(order))} missing from specific_first")
    return RelatedTypes(pairs, families_of(pairs), order)


def families_of(pairs: Iterable[frozenset[str]]) -> dict[str, str]:
    """Each paired type -> the name of the types the pairs join to it ("COERCE+REQUEST+SANCTION")."""
    groups: list[set[str]] = []
    for pair in pairs:
        touching = [g for g in groups if g & pair]
        merged = set(pair).union(*touching)
        groups = [g for g in groups if not g & pair] + [merged]
    return {t: FAMILY_JOIN.join(sorted(g)) for g in groups for t in g}


def family_of(event_type: str) -> str:
    """The block key of a type: its family, or the type itself when it is paired with none."""
    return related_types().families.get(event_type, event_type)


def related(first: str, second: str) -> bool:
    """Two types by which two reports may tell one event: the same type, or a declared pair."""
    return first == second or frozenset((first, second)) in related_types().pairs


def all_related(first: Iterable[str], second: Iterable[str]) -> bool:
    """Every type of one event's reports is related to every type of the other's."""
    others = set(second)
    return all(related(a, b) for a in set(first) for b in others)


def event_type(types: Iterable[str]) -> str:
    """The type of an event whose reports give these types: the one most give, on a tie the first
    of ``specific_first`` (then by name)."""
    counts = Counter(types)
    order = related_types().specific_first
    rank = {t: i for i, t in enumerate(order)}
    return min(counts, key=lambda t: (-counts[t], rank.get(t, len(order)), t))
