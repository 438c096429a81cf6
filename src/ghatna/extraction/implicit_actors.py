"""The role knowledge of event_roles.yaml and attacks.yaml, loaded once: implied actors and the
rules' word sets.

Who does an event told without an agent (the default source of a type or mode: the police for
an arrest, a court for a sentence), whom it befalls by default, which types change with who acts
(``retype``), which types a speaker performs by speaking, and the word and type sets that the
role rules of event_roles, role_targets and agentless read (passive and harm words, speech and
claim verbs, converbs, reciprocals, the markers of an answered statement …), and what tells an
attack from an accident (attacks.yaml: accident and weapon words, who fights an encounter, the
nouns a deed is only the topic of).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from ghatna.document import Entity
from ghatna.extraction.actors import GenericActor
from ghatna.resources import load_yaml


@dataclass(frozen=True, slots=True)
class ImplicitActors:
    passive: frozenset[str]
    victim: frozenset[str]
    sources: dict[str, GenericActor | None]
    targets: dict[str, GenericActor]
    needs_target: frozenset[str]
    retype: dict[str, dict[str, Any]]
    relatives: frozenset[str]
    claim: frozenset[str]
    threat: frozenset[str]
    min_confidence: float
    accused_in_speech: frozenset[str]
    speech_accuse_verbs: frozenset[str]
    condemns: frozenset[str] = frozenset()
    condemned_types: frozenset[str] = frozenset()
    condemned_words: frozenset[str] = frozenset()
    condemn_reach: int = 0
    self_words: frozenset[str] = frozenset()
    named_target_modes: frozenset[str] = frozenset()
    passive_should: frozenset[str] = frozenset()
    statement_words: frozenset[str] = frozenset()
    converbs: frozenset[str] = frozenset()
    converb_reach: int = 0
    converb_after: int = 0
    not_partners: dict[str, frozenset[str]] = field(default_factory=dict)
    partner_markers: dict[str, frozenset[str]] = field(default_factory=dict)
    mode_sources: dict[str, GenericActor | None] = field(default_factory=dict)
    happened: frozenset[str] = frozenset()
    patient_markers: frozenset[str] = frozenset()
    happened_markers: frozenset[str] = frozenset()
    reciprocals: frozenset[str] = frozenset()
    reasons: frozenset[str] = frozenset()
    answered: frozenset[str] = frozenset()
    answered_markers: frozenset[str] = frozenset()
    place_recipients: frozenset[str] = frozenset()
    addressee_first: frozenset[str] = frozenset()
    judged_types: frozenset[str] = frozenset()
    owner_doers: frozenset[str] = frozenset()
    unmarked_speech: frozenset[str] = frozenset()
    addressee_markers: frozenset[str] = frozenset()
    accident_words: frozenset[tuple[str, ...]] = frozenset()
    weapon_words: frozenset[str] = frozenset()
    encounter_words: frozenset[str] = frozenset()
    encounter_sources: dict[str, GenericActor] = field(default_factory=dict)
    topic_nouns: frozenset[str] = frozenset()
    topic_markers: frozenset[str] = frozenset()
    topic_reach: int = 0
    passive_subjectless: frozenset[str] = frozenset()


def actor_spec(spec: object) -> GenericActor | None:
    if not isinstance(spec, dict):
        return None  # "unknown"
    return GenericActor(str(spec["label"]), spec.get("sector"), spec.get("country"), "generic")


# ImplicitActors fields that are word or type sets, and the event_roles.yaml list each is read from
IMPLICIT_SETS = {
    "passive": "passive_words", "needs_target": "agentless_needs_target",
    "relatives": "relatives", "claim": "claim_words", "threat": "threat_words",
    "accused_in_speech": "accused_in_speech", "speech_accuse_verbs": "speech_accuse_verbs",
    "self_words": "self_words", "named_target_modes": "named_target_modes", "passive_should": "passive_should",
    "happened": "happened_words", "patient_markers": "passive_patient_markers",
    "happened_markers": "happened_markers", "reciprocals": "reciprocals",
    "reasons": "reason_words", "answered": "answered_words", "answered_markers": "answered_markers",
    "place_recipients": "place_recipient_types", "addressee_first": "addressee_first_types",
    "judged_types": "judged_types", "owner_doers": "owner_doer_types",
    "unmarked_speech": "unmarked_speech_verbs",
    "addressee_markers": "addressee_markers", "passive_subjectless": "passive_subjectless_types",
}


def holds_phrase(words: list[str], phrases: frozenset[tuple[str, ...]]) -> bool:
    """One of ``phrases`` (word tuples such as ``accident_words``) stands in ``words``; only the
    places where a phrase's first word stands are compared."""
    index = phrases_by_first_word(phrases)
    return any(tuple(words[k: k + len(p)]) == p for k, w in enumerate(words) for p in index.get(w, ()))


@cache
def phrases_by_first_word(phrases: frozenset[tuple[str, ...]]) -> dict[str, tuple[tuple[str, ...], ...]]:
    index: defaultdict[str, list[tuple[str, ...]]] = defaultdict(list)
    for phrase in phrases:
        if phrase:
            index[phrase[0]].append(phrase)
    return {w: tuple(ps) for w, ps in index.items()}


@cache
def load_implicit_actors() -> ImplicitActors:
    data, attacks = load_yaml("event_roles.yaml"), load_yaml("attacks.yaml")
    condemnation, converb, encounter = data["condemnation"], data["converb"], attacks["encounter"]
    return ImplicitActors(
        **{field: frozenset(data[key]) for field, key in IMPLICIT_SETS.items()},
        victim=frozenset(data["victim_words"]) | frozenset(attacks["felled_words"]),
        accident_words=frozenset(tuple(str(w).split()) for w in attacks["accident_words"]),
        weapon_words=frozenset(str(w) for w in attacks["weapon_words"]),
        encounter_words=frozenset(encounter["words"]),
        encounter_sources={k: a for k, v in encounter["sources"].items() if (a := actor_spec(v))},
        topic_nouns=frozenset(attacks["topic_nouns"]),
        topic_markers=frozenset(attacks["topic_markers"]),
        topic_reach=int(attacks["topic_reach"]),
        sources={k: actor_spec(v) for k, v in data["default_sources"].items()},
        mode_sources={k: actor_spec(v) for k, v in data["default_sources_by_mode"].items()},
        targets={k: a for k, v in data["default_targets"].items() if (a := actor_spec(v))},
        retype=dict(data["retype"]),
        min_confidence=float(data["min_confidence"]),
        condemns=frozenset(condemnation["types"]),
        condemned_types=frozenset(condemnation["of_types"]),
        condemned_words=frozenset(condemnation["words"]),
        condemn_reach=int(condemnation["reach"]),
        statement_words=frozenset(condemnation["statement_words"]),
        converbs=frozenset(converb["words"]),
        converb_reach=int(converb["reach"]),
        converb_after=int(converb["after"]),
        not_partners={k: frozenset(v) for k, v in data["not_partners"].items()},
        partner_markers={k: frozenset(v) for k, v in data["partner_markers"].items()},
    )


def retyped(plover: str, mode: str | None, cameo: str, goldstein: float, source: Entity | None,
            target: Entity | None = None) -> tuple[str, str, float]:
    """The type, CAMEO code and Goldstein value of a phrase whose type depends on who acts (and,
    for a group of people, on whom: ``crowds``)."""
    rule = load_implicit_actors().retype.get(mode or "")
    if rule is None or source is None:
        return plover, cameo, goldstein
    state = source.kind == "country" and bool(rule.get("states"))
    person = source.type == "PERSON" and source.kind not in ("generic", "unknown") and bool(rule.get("people"))
    if state or person or (source.sector in rule["sectors"]) or crowd_acting(rule, source, target):
        return str(rule["to"]), str(rule["cameo"]), float(rule["goldstein"])
    return plover, cameo, goldstein


def crowd_acting(rule: dict[str, Any], source: Entity, target: Entity | None) -> bool:
    """"ग्रामीणों ने पुलिस पर हमला बोला": a group of people the text does not name (``crowds.sectors``)
    taking aim at anyone but a government, a party or a legislature (``crowds.not_aimed_at``, whom
    people attack in words) acts, not speaks."""
    crowds = rule.get("crowds")
    if not crowds or target is None or source.kind not in ("generic", "unknown"):
        return False
    return source.sector in crowds["sectors"] and target.sector not in crowds["not_aimed_at"]


@cache
def spoken_types() -> frozenset[str]:
    """Types a speaker performs by speaking (``speech_types`` in event_roles.yaml)."""
    return frozenset(load_yaml("event_roles.yaml")["speech_types"])
