"""Campuses of a national system of institutes named by the system's short form and their city:
"आईआईटी कानपुर" (IIT Kanpur), "एम्स ऋषिकेश" (AIIMS Rishikesh), "आईआईएम अहमदाबाद" (IIM
Ahmedabad). Each campus is an institution of its own, named whole as IL-NER Hindi marks it; the
system's mention and the city's right after it (one space apart) become one organisation of the
city's country. The short forms and their English are ``campus_bodies`` of
``data/link_context.yaml``.
"""

from __future__ import annotations

from functools import cache

from ghatna.document import Document, Entity, Span
from ghatna.resources import load_yaml

CAMPUS_RULE = "rule:campus"
CAMPUS_CONFIDENCE = 0.8
MAX_FORM = 24  # characters of the longest short form and the space inside it


@cache
def campus_bodies() -> dict[str, str]:
    """``campus_bodies`` of ``data/link_context.yaml``: short form → English short form."""
    return dict(load_yaml("link_context.yaml")["campus_bodies"])


@cache
def campus_contrast() -> tuple[frozenset[str], frozenset[str], int]:
    """``campus_contrast`` of ``data/link_context.yaml``: negations, words of "but", reach in words."""
    spec = load_yaml("link_context.yaml")["campus_contrast"]
    return frozenset(spec["negations"]), frozenset(spec["buts"]), int(spec["reach"])


def set_against(body: str, end: int) -> bool:
    """The words after a city's mention ending at ``end`` set it against another place: a negation
    then a "but" within reach ("दिल्ली में नहीं बल्कि दरभंगा में")."""
    negations, buts, reach = campus_contrast()
    words = [w.strip(",;।") for w in body[end:].split()[:reach]]
    but = next((k for k, w in enumerate(words) if w in buts), None)
    return but is not None and any(w in negations for w in words[:but])


def system_before(body: str, at: int) -> tuple[int, str] | None:
    """(start, form) of a short form of ``campus_bodies`` (of one or two words) that ends one space
    before ``at``."""
    if at < 2 or body[at - 1] != " ":
        return None
    head = body[max(0, at - 1 - MAX_FORM):at - 1]
    words = head.split()
    for n in (1, 2):
        form = " ".join(words[-n:])
        start = at - 1 - len(form)
        if len(words) >= n and form in campus_bodies() and body[start:at - 1] == form and (start == 0 or body[start - 1].isspace()):
            return start, form
    return None


def campus_pairs(doc: Document) -> list[tuple[int, str, Span, Entity]]:
    """(start and short form of the system, the city's mention and entity) of each campus named in
    the body: a place (no demonym) right after a short form that no other mention than the
    system's own covers, and that is not set against another place."""
    out = []
    for entity in doc.entities:
        for m in entity.mentions if entity.type in ("GPE", "LOC") else ():
            system = system_before(doc.body, m.start) if m.rule != "kb:demonym" else None
            if system is not None and not set_against(doc.body, m.end) and not any(
                    n.start < m.start - 1 and n.end > system[0] and (e.type != "ORG" or (n.start, n.end) != (system[0], m.start - 1))
                    for e in doc.entities for n in e.mentions):
                out.append((system[0], system[1], m, entity))
    return out


def join_campuses(doc: Document) -> None:
    """A system's short form and a city right after it are one organisation, the campus: the
    system's mention there and the city's give way to its one."""
    pairs = campus_pairs(doc)
    if not pairs:
        return
    spans = [(start, place.end) for start, _, place, _ in pairs]
    for entity in doc.entities:
        entity.mentions = [m for m in entity.mentions if not any(a <= m.start and m.end <= b for a, b in spans)]
    doc.entities = [e for e in doc.entities if e.mentions]
    for start, form, place, city in pairs:
        text = doc.body[start:place.end]
        confidence = min(place.confidence, CAMPUS_CONFIDENCE)
        doc.entities.append(Entity(key=f"new:org:{text}", name=f"{campus_bodies()[form]} {city.name}", type="ORG",
                                   kb_id=f"new:org:{text}", country=city.country, sector="EDU", kind="named",
                                   confidence=confidence, mentions=[Span(start, place.end, text, CAMPUS_RULE, confidence)]))
