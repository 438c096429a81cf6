"""What the entity rules share: the knowledge base, its gazetteer, office titles, word
lists, and the mention a rule has resolved (``Found``). Built once per pipeline."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from ghatna.document import Span
from ghatna.knowledge.gazetteer import Gazetteer, build_gazetteer
from ghatna.knowledge.kb import KBEntry, KnowledgeBase, load_kb
from ghatna.resources import cached, load_tsv, load_yaml, split_list


@dataclass(frozen=True, slots=True)
class Title:
    role: str
    sector: str
    forms: tuple[str, ...]


@cache
def load_titles() -> dict[str, Title]:
    titles: dict[str, Title] = {}
    for row in load_tsv("titles.tsv"):
        forms = tuple(split_list(row["hindi"]))
        titles[f"title:{row['role']}:{forms[0]}"] = Title(row["role"], row["sector"], forms)
    return titles


@dataclass(frozen=True, slots=True)
class Words:
    postpositions: frozenset[str]
    conjunctions: frozenset[str]
    stop: frozenset[str]
    enders: frozenset[str]
    pronouns: frozenset[str]
    former: frozenset[str]
    auxiliaries: frozenset[str]


@dataclass(slots=True)
class EntityResources:
    kb: KnowledgeBase
    gazetteer: Gazetteer
    titles: dict[str, Title]
    words: Words
    holders: dict[tuple[str, str], list[KBEntry]]
    person_forms: dict[str, KBEntry]


def index_person_forms(kb: KnowledgeBase) -> dict[str, KBEntry]:
    """Full Hindi names of people (two words or more), for matching misspelt names."""
    return {form: e for e in kb if e.type == "PERSON" for form in e.hindi if " " in form}


def index_holders(kb: KnowledgeBase) -> dict[tuple[str, str], list[KBEntry]]:
    """People by (country, office role), for "अमेरिका के राष्ट्रपति" without a name."""
    holders: dict[tuple[str, str], list[KBEntry]] = {}
    for entry in kb:
        for office in entry.offices:
            if entry.country and not office.org:
                holders.setdefault((entry.country, office.role), []).append(entry)
    return holders


@cache
def ergative_pronouns() -> frozenset[str]:
    """Pronouns that carry the agent marker in one word ("हमने", "उन्होंने"; hindi_words.yaml)."""
    return frozenset(load_yaml("hindi_words.yaml")["ergative_pronouns"])


def load_words() -> Words:
    data = load_yaml("hindi_words.yaml")
    return Words(*(frozenset(data[k]) for k in ("postpositions", "conjunctions", "stop_words", "name_enders",
                                                 "person_pronouns", "former_words", "auxiliaries")))


def build_resources(settings: Any) -> EntityResources:
    """Built once per pipeline, and kept on disk between runs (``ghatna.resources.cached``)."""
    return cached("entities", lambda: build_entity_resources(settings.kb_files), settings.kb_files)


def build_entity_resources(kb_files: Iterable[Path]) -> EntityResources:
    kb = load_kb(kb_files)
    titles = load_titles()
    forms = [(form, title_id) for title_id, title in titles.items() for form in title.forms]
    return EntityResources(kb, build_gazetteer(kb, forms), titles, load_words(), index_holders(kb),
                           index_person_forms(kb))


@dataclass(slots=True)
class Found:
    """A resolved mention before entities are assembled."""

    entry: KBEntry
    span: Span
    role: str | None = None
    title_sector: str | None = None
