"""Modality of an event from the words around its trigger: asserted, planned, possible
or negated (``data/modality.yaml``). What happened is never mixed with what is planned."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from .gazetteer import Token
from .resources import load_yaml


@dataclass(frozen=True, slots=True)
class ModalityRules:
    negated: frozenset[str]
    not_negating_after: frozenset[str]
    possible: frozenset[str]
    planned: frozenset[str]
    future_suffixes: tuple[str, ...]
    planned_pairs: frozenset[tuple[str, str]]
    after_infinitive: frozenset[str]
    window_after: int
    window_before: int
    called_for: frozenset[tuple[str, ...]]


@cache
def load_modality() -> ModalityRules:
    data = load_yaml("modality.yaml")
    return ModalityRules(
        negated=frozenset(data["negated"]["words"]),
        not_negating_after=frozenset(data["negated"]["not_when_followed_by"]),
        possible=frozenset(data["possible"]["words"]),
        planned=frozenset(data["planned"]["words"]),
        future_suffixes=tuple(data["planned"]["suffixes"]),
        planned_pairs=frozenset(tuple(p) for p in data["planned"]["pairs"]),
        after_infinitive=frozenset(data["planned"]["after_infinitive"]),
        window_after=int(data["window_after"]),
        window_before=int(data["window_before"]),
        called_for=frozenset(tuple(x) for x in data["called_for"]),
    )


def is_negation(tokens: list[Token], i: int, rules: ModalityRules) -> bool:
    nxt = tokens[i + 1].text if i + 1 < len(tokens) else ""
    return tokens[i].text in rules.negated and nxt not in rules.not_negating_after


def is_future(tokens: list[Token], k: int, rules: ModalityRules) -> bool:
    word = tokens[k].text
    if word in rules.planned or (len(word) > 3 and word.endswith(rules.future_suffixes)):
        return True
    nxt = tokens[k + 1].text if k + 1 < len(tokens) else ""
    if (word, nxt) in rules.planned_pairs:
        return True
    return word in rules.after_infinitive and k > 0 and tokens[k - 1].text.endswith("ने")


def modality_of(tokens: list[Token], first: int, last: int, stop_before: int, sentence_first: int) -> tuple[str, str]:
    """Modality of the trigger at tokens[first:last] and the word that decided it.

    Reads up to ``window_after`` tokens after the trigger (not past ``stop_before``, the
    next trigger or the sentence end) and ``window_before`` tokens before it.
    """
    rules = load_modality()
    after = range(last, min(stop_before, last + rules.window_after))
    before = range(max(sentence_first, first - rules.window_before), first)
    window = [*before, *after]
    for test, label in ((lambda k: is_negation(tokens, k, rules), "negated"),
                        (lambda k: tokens[k].text in rules.possible, "possible"),
                        (lambda k: is_future(tokens, k, rules), "planned")):
        hit = next((k for k in window if test(k)), None)
        if hit is not None:
            return label, tokens[hit].text
    return "asserted", ""
