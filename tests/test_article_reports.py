"""One event per (type, source, target) in an article: extraction.article_reports.merge_reports."""

from __future__ import annotations

import pytest

from ghatna.document import Entity, Event, Span
from ghatna.extraction.article_reports import merge_reports


def person(name: str, country: str = "IND", role: str | None = None) -> Entity:
    return Entity(key=f"person:{name}", name=name, type="PERSON", kb_id=None, country=country, sector="GOV", role=role)


def generic(label: str, country: str = "IND") -> Entity:
    return Entity(key=f"generic:{country}:{label}", name=f"{country} {label}", type="ORG", kb_id=None,
                  country=country, sector="CVL", role=label, kind="generic")


def report(kind: str, source: Entity, target: Entity, at: int, modality: str = "asserted") -> Event:
    span = Span(at, at + 4, "शब्द", rule=f"trigger:{kind}")
    return Event(type=kind, mode=None, cameo="020", goldstein=0.0, source=source, target=target, modality=modality,
                 evidence=span, trigger=span)


MURMU, KHARE = person("Girish Chandra Murmu", role="governor"), person("Amit Khare", role="secretary")
MODI, KOVIND = person("Narendra Modi", role="prime_minister"), person("Ram Nath Kovind", role="president")
THACKERAY = person("Aaditya Thackeray")

CASES = [
    # one governor's instructions to officials, then to authorities: one REQUEST of India's officials
    ([report("REQUEST", MURMU, generic("officials"), 10), report("REQUEST", MURMU, generic("authorities"), 90)], 1),
    # the same, told once of the protesters and once of the people
    ([report("REQUEST", MURMU, generic("protesters"), 10), report("REQUEST", MURMU, generic("civilians"), 90)], 1),
    # a minister told bare, later by name: one ACCUSE, the person kept
    ([report("ACCUSE", THACKERAY, generic("government"), 10), report("ACCUSE", generic("minister"), generic("government"), 90)], 1),
    ([report("CONSULT", generic("prime minister"), generic("chief minister"), 10), report("CONSULT", MODI, generic("chief minister"), 90)], 1),
    # two ministers (two named people) each meeting the students are two events
    ([report("CONSULT", MURMU, generic("students"), 10), report("CONSULT", KHARE, generic("students"), 90)], 2),
    # a president by name and a prime minister told bare are two people
    ([report("SUPPORT", KOVIND, generic("civilians"), 10), report("SUPPORT", generic("prime minister"), generic("civilians"), 90)], 2),
    # one report of a list: "प्रधानमंत्री और सोनिया गांधी से अपील" asks two people
    ([report("REQUEST", MURMU, generic("prime minister"), 10), report("REQUEST", MURMU, person("Sonia Gandhi"), 10)], 2),
    # unnamed groups on both sides are not the same actors: police beat protesters, protesters stone police
    ([report("ASSAULT", generic("police"), generic("protesters"), 10), report("ASSAULT", generic("protesters"), generic("police"), 90)], 2),
    # groups of two countries stay apart
    ([report("REQUEST", MURMU, generic("officials"), 10), report("REQUEST", MURMU, generic("officials", "PAK"), 90)], 2),
    # a government is named in the annotation, not a group
    ([report("REQUEST", MURMU, generic("government"), 10), report("REQUEST", MURMU, generic("officials"), 90)], 2),
    # what is asserted and what is planned stay apart
    ([report("CONSULT", MODI, generic("officials"), 10), report("CONSULT", MODI, generic("officials"), 90, "planned")], 2),
]


@pytest.mark.parametrize(("events", "kept"), CASES)
def test_merge_reports(events: list[Event], kept: int) -> None:
    assert len(merge_reports(events)) == kept


def test_the_person_is_kept_over_the_office() -> None:
    office = report("ACCUSE", generic("minister"), generic("government"), 10)
    named = report("ACCUSE", THACKERAY, generic("government"), 90)
    assert [e.source for e in merge_reports([office, named])] == [THACKERAY]
