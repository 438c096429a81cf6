"""Victims and harm an attack report tells without naming them: a word of harm or a life lost or
taken ("X की मौत", "X की जान चली गई", "धमाकों ने X की जान ले ली"), victims given by their number
alone ("…, 12 की मौत", "दो घायल"), a crime named by its victim ("नाबालिग से दुष्कर्म") and a harm
befalling its patient ("X को गोली लगी"). Knowledge in attacks.yaml; used by ``agentless``."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from ghatna.document import Document, Entity
from ghatna.extraction.actors import GenericActor
from ghatna.extraction.clause_openings import gap_after
from ghatna.extraction.event_roles import ends_clause
from ghatna.extraction.implicit_actors import load_implicit_actors
from ghatna.extraction.modality import is_negation, load_modality
from ghatna.extraction.roles import Slot, is_place
from ghatna.extraction.triggers import TriggerMatch
from ghatna.resources import load_yaml
from ghatna.text.numbers import parse_number


def is_harm(doc: Document, k: int) -> bool:
    """Token k tells harm: a word of harm (``victim_words``), a shot hitting ("गोली लगी": ``hits``),
    or a life lost ("… की जान गई", "जान चली गई", "जान गंवाई") or taken after a genitive ("X की जान ले
    ली"): ``life_lost`` in attacks.yaml; not a life saved ("जान बचाई") nor knowing ("सच जान लिया")."""
    text = doc.tokens[k].text
    if text in load_implicit_actors().victim or is_hit(doc, k):
        return True
    lost = life_lost()
    if text not in lost["nouns"] or k + 1 >= len(doc.tokens):
        return False
    verb = doc.tokens[k + 1].text
    return verb in lost["verbs"] or (verb in lost["taken"] and k > 0 and doc.tokens[k - 1].text in lost["genitive"])


@cache
def harm_reach() -> tuple[int, tuple[tuple[str, ...], ...]]:
    data = load_yaml("attacks.yaml")["harm_reach"]
    return int(data["reach"]), tuple(tuple(p.split()) for p in data["not_counted"])


@cache
def harm_relatives() -> frozenset[str]:
    return frozenset(load_yaml("attacks.yaml")["harm_reach"]["relatives"])


def goes_on_with_harm(doc: Document, k: int) -> bool:
    """A comma after token k and a relative word of ``harm_reach.relatives`` right after it ("…, जिसमें"):
    the clause after it tells what befell in the deed before it."""
    return gap_after(doc, k).strip() == "," and k + 1 < len(doc.tokens) and doc.tokens[k + 1].text in harm_relatives()


def reach_end(doc: Document, after: int) -> int:
    """The token ``harm_reach`` words after token ``after``, words of a count's approximation not
    counted ("अब तक कम से कम 213 …": ``not_counted``)."""
    reach, skipped = harm_reach()
    k, counted = after, 0
    while k < len(doc.tokens) and counted < reach:
        words = next((p for p in skipped if tuple(t.text for t in doc.tokens[k: k + len(p)]) == p), None)
        k += len(words) if words else 1
        counted += 0 if words else 1
    return k


def harm_in_clause(doc: Document, after: int) -> bool:
    """A word of harm (``victim_words``), not negated, in the clause from token ``after`` on, within
    ``harm_reach`` words."""
    rules = load_modality()
    end = reach_end(doc, after)
    for k in range(after, end):
        if is_negation(doc.tokens, k, rules):
            return False  # "इन हमलों में कोई सैनिक नहीं मारा गया"
        if is_harm(doc, k):
            return not any(is_negation(doc.tokens, j, rules) for j in range(k + 1, min(k + 3, len(doc.tokens))))
        if ends_clause(doc, k) and not goes_on_with_harm(doc, k):
            return False
    return False


@dataclass(frozen=True, slots=True)
class CountedVictims:
    actor: GenericActor
    markers: frozenset[str]
    reach: int
    modes: frozenset[str]
    doer_sectors: frozenset[str]
    quantifiers: frozenset[str]
    patterns: frozenset[str] = frozenset()
    not_people: frozenset[str] = frozenset()
    bounds: tuple[tuple[str, ...], ...] = ()


@cache
def counted_victims() -> CountedVictims:
    data, crowd = load_yaml("attacks.yaml")["counted_victims"], load_yaml("attacks.yaml")["crowd_attacks"]
    actor = GenericActor(str(data["actor"]["label"]), data["actor"].get("sector"), None, "generic")
    return CountedVictims(actor, frozenset(data["markers"]), int(data["reach"]), frozenset(crowd["modes"]),
                          frozenset(crowd["doer_sectors"]), frozenset(data["quantifiers"]),
                          frozenset(crowd.get("patterns") or ()), frozenset(data.get("not_people") or ()),
                          tuple(tuple(b.split()) for b in data.get("bounds") or ()))


def is_count(text: str) -> bool:
    """A number of people ("12", "दो", "एक"), not a year."""
    value = parse_number(text)
    return value is not None and 0 < value < 1000 and value == int(value)


def counted_harm(doc: Document, trig: TriggerMatch, bounds: tuple[int, int]) -> bool:
    """"बम धमाका, 12 की मौत", "फायरिंग में दो घायल", "पथराव, कई घायल": after the attack or riot word, a
    bare number (or a word of an untold number: ``quantifiers``; or a bound, "50 से अधिक": ``count_end``)
    harmed, or a number and one noun of people the actor lists lack ("धमाके में तीस नमाजियों की मौत",
    "हमले में चार सवार घायल")."""
    spec, tokens = counted_victims(), doc.tokens
    end = min(trig.last + spec.reach, bounds[1])
    for k in range(trig.last, end):
        if not (is_count(tokens[k].text) or tokens[k].text in spec.quantifiers):
            continue
        last = count_end(doc, k)
        if last + 1 < end and any(j < len(tokens) and is_harm(doc, j) for j in harm_after_count(doc, last, end)):
            return True
    return False


def count_end(doc: Document, k: int) -> int:
    """The last token of the count at token k: k, or the last word of a bound told after it ("50 से अधिक",
    "दस से ज्यादा": ``bounds``)."""
    words = [t.text for t in doc.tokens[k + 1: k + 5]]
    told = [b for b in counted_victims().bounds if tuple(words[: len(b)]) == b]
    return k + max((len(b) for b in told), default=0)


def harm_after_count(doc: Document, k: int, end: int) -> list[int]:
    """Where the harm a count at token k suffered may be told: right after it, after a genitive
    ("12 की मौत"), after one noun ("चार सवार घायल"), or after a noun and a genitive ("तीस नमाजियों
    की मौत"); the noun no word of harm, genitive or clause end, nor an animal (``not_people``)."""
    spec, tokens = counted_victims(), doc.tokens
    markers = spec.markers
    if tokens[k + 1].text in markers:
        return [k + 2]
    noun = k + 1
    if is_harm(doc, noun) or ends_clause(doc, noun) or noun + 1 >= end:
        return [noun]
    if tokens[noun].text in spec.not_people:
        return []  # "पांच गायों की मौत": animals counted (``not_people``)
    return [noun, noun + 1, noun + 2] if tokens[noun + 1].text in markers else [noun, noun + 1]


@cache
def life_lost() -> dict[str, frozenset[str]]:
    data = load_yaml("attacks.yaml")["life_lost"]
    return {key: frozenset(data[key]) for key in ("nouns", "verbs", "taken", "genitive")}


@cache
def hits() -> dict[str, frozenset[str]]:
    data = load_yaml("attacks.yaml")["hits"]
    return {key: frozenset(data[key]) for key in ("nouns", "verbs")}


def is_hit(doc: Document, k: int) -> bool:
    """Token k is the verb of a shot hitting, right after its noun ("गोली लगी", "गोलियां लगीं": ``hits``)."""
    words = hits()
    return k > 0 and doc.tokens[k].text in words["verbs"] and doc.tokens[k - 1].text in words["nouns"]


@cache
def befalling_verbs() -> tuple[str, ...]:
    return tuple(load_yaml("attacks.yaml")["befalling_verbs"])


def befalls(trig: TriggerMatch) -> bool:
    """"X को गोली लगी (है और …)": the trigger's own verb tells a harm befalling its patient, a clause
    with no agent however it goes on (``befalling_verbs``)."""
    return any(verb in trig.trigger.pattern for verb in befalling_verbs())


@dataclass(frozen=True, slots=True)
class CrimeVictims:
    modes: frozenset[str]
    patterns: frozenset[str]
    markers: frozenset[str]
    between: frozenset[str]
    harm_marker: frozenset[str]
    harms: frozenset[str]
    harm_reach: int
    grievances: frozenset[str]
    genitives: frozenset[str]


@cache
def crime_victims() -> CrimeVictims:
    data = load_yaml("attacks.yaml")["crime_victims"]
    words = frozenset(w for phrase in data["between"] for w in phrase.split())
    return CrimeVictims(frozenset(data["modes"]), frozenset(data["patterns"]), frozenset(data["markers"]), words,
                        frozenset(data["harm_marker"]), frozenset(data["harms"]), int(data["harm_reach"]),
                        frozenset(data["grievances"]), frozenset(data["genitives"]))


def a_row_between(doc: Document, trig: TriggerMatch, spec: CrimeVictims) -> bool:
    """A beating followed by "में" and a harm ("X से मारपीट में युवक घायल") or by a grievance or a
    demand ("X से मारपीट की शिकायत"): X is the other party or the one addressed, not the victim."""
    tokens, k = doc.tokens, trig.last
    if k >= len(tokens):
        return False
    if tokens[k].text in spec.grievances or (
            k + 1 < len(tokens) and tokens[k].text in spec.genitives and tokens[k + 1].text in spec.grievances):
        return True
    if tokens[k].text not in spec.harm_marker:
        return False
    for j in range(k + 1, min(len(tokens), k + 1 + spec.harm_reach)):
        if tokens[j].text in spec.harms:
            return True
        if ends_clause(doc, j):
            return False
    return False


def crime_victim(doc: Document, slots: list[Slot], trig: TriggerMatch) -> list[Entity]:
    """"नाबालिग से दुष्कर्म", "युवती से सामूहिक दुष्कर्म", "महिला से मारपीट": the victim a crime is named
    by, marked (``crime_victims``) right before it, only words of manner between; not a place, nor
    the other party of a row (``a_row_between``)."""
    spec = crime_victims()
    if trig.trigger.mode not in spec.modes and trig.trigger.pattern not in spec.patterns:
        return []
    if trig.trigger.mode not in spec.modes and a_row_between(doc, trig, spec):
        return []
    near = [s for s in slots if s.marker in spec.markers and s.marker_end <= trig.first
            and all(t.text in spec.between for t in doc.tokens[s.marker_end: trig.first])
            and not any(is_place(e) for e in s.entities)]
    return list(near[-1].entities) if near else []


@dataclass(frozen=True, slots=True)
class DescribedVictims:
    markers: frozenset[str]
    harms: frozenset[str]
    participles: frozenset[str]
    finite_after: frozenset[str]


@cache
def described_victims() -> DescribedVictims:
    data = load_yaml("attacks.yaml")["described_victims"]
    return DescribedVictims(frozenset(data["markers"]), frozenset(data["harms"]), frozenset(data["participles"]),
                            frozenset(data["finite_after"]))


def victims_described(doc: Document, trig: TriggerMatch) -> bool:
    """"हमले में मारे गए लोगों के परिजनों को मुआवजा", "दंगों में घायल हुए लोगों को अस्पताल": an attack or
    riot right before a participle of harm that describes the people after it (``described_victims``
    in attacks.yaml) is named in passing, to say who they are; not "हमले में मारे गए हैं", "… मारे
    गए और …", nor a clause that ends there."""
    rules, tokens = described_victims(), doc.tokens
    k = trig.last
    if k + 2 >= len(tokens) or tokens[k].text not in rules.markers or tokens[k + 1].text not in rules.harms:
        return False
    k += 2
    if tokens[k].text in rules.participles:
        k += 1
    if k >= len(tokens) or any(c in ",।.;:?!" for c in doc.body[tokens[k - 1].end: tokens[k].start]):
        return False
    return tokens[k].text not in rules.finite_after
