"""Office words told bare: "प्रधानमंत्री ने" with no name after it stands for the one holder named before.

An office word (``titles.tsv``) told with a case marker, "और" or punctuation after it, not as a
title before its holder's name, is that person when the article named one person of that office
(of the country the words give, where they give one) before it; two holders, or none, leave the
office generic. ``references`` resolves a sentence's offices so; ``pronouns`` reads "उन्होंने" after
such an office as its holder.
"""

from __future__ import annotations

from functools import cache

from ghatna.document import Document, Entity
from ghatna.extraction.roles import Slot, all_mention_slots, gap_has_break, load_role_words
from ghatna.resources import load_tsv

NO_HOLDER_ROLES = frozenset({"honorific", "profession", "expert", "journalist", "activist", "leader",
                             "officer", "legislator", "aide", "diplomat", "judge", "police_officer"})


def resolve_offices(doc: Document, slots: list[Slot]) -> None:
    """"प्रधानमंत्री ने", "पीएम ने", "विदेश मंत्री ने" with no name after the article named the holder
    ("प्रधानमंत्री नरेंद्र मोदी"): the office word stands for that person when one person of that
    office (of the country the words give, "पाकिस्तानी प्रधानमंत्री", where they give one) is named
    before it; two holders, or none, leave the office generic."""
    for slot in slots:
        ent = slot.entities[0]
        if slot.rule != "generic" or len(slot.entities) != 1 or ent.kind != "generic" or not told_bare(doc, slot):
            continue
        role = office_role(ent.role)
        holder = sole_holder(doc, role, ent.country, slot.first) if role else None
        if holder is not None:
            slot.entities = [holder]


def told_bare(doc: Document, slot: Slot) -> bool:
    """An office word with no name after it: a case marker, "और" or punctuation follows ("प्रधानमंत्री
    ने", "प्रधानमंत्री और गृह मंत्री"); not "उपराष्ट्रपति रिएक मचार पर", a title before the name of its
    holder."""
    if slot.marker or slot.last >= len(doc.tokens):
        return True
    return doc.tokens[slot.last].text in load_role_words().conjunctions or gap_has_break(
        doc.body, doc.tokens, slot.last, slot.last)


def office_role(label: str | None) -> str | None:
    """The title role (``titles.tsv``) a generic label names: "prime minister" → prime_minister."""
    role = (label or "").replace(" ", "_")
    return role if role in title_roles() else None


@cache
def title_roles() -> frozenset[str]:
    """The offices of ``titles.tsv`` that one person holds (not an honorific or a profession)."""
    return frozenset(row["role"] for row in load_tsv("titles.tsv")) - NO_HOLDER_ROLES


def sole_holder(doc: Document, role: str, country: str | None, before: int) -> Entity | None:
    """The one person of that office (and country, when given) named before token ``before``."""
    found = {s.entities[0].key: s.entities[0] for s in all_mention_slots(doc) if s.first < before
             and s.entities[0].type == "PERSON" and s.entities[0].role == role
             and (country is None or s.entities[0].country == country)}
    return next(iter(found.values())) if len(found) == 1 else None
