"""Visits told as a participle before the visitor: "नेपाल के दौरे पर पहुंचे चीनी विदेश मंत्री ने …",
"भारत दौरे पर आए अमेरिकी विदेश मंत्री ब्लिंकन को …". The visit noun's place (in the genitive or
bare right before it) is the host, the actor right after the participle of arrival the visitor,
whatever the clause then says the visitor did (``visit_participles`` of event_roles.yaml).

event_roles' finder reads these before it looks for the clause's agent, who is the visitor's
own act's doer, not the host.
"""

from __future__ import annotations

from functools import cache

from ghatna.document import Document
from ghatna.extraction.clause_openings import ends_clause
from ghatna.extraction.event_roles import Roles
from ghatna.extraction.roles import Slot, gap_has_break, load_role_words
from ghatna.extraction.triggers import TriggerMatch
from ghatna.resources import load_yaml


@cache
def visit_words() -> tuple[frozenset[str], int]:
    """``visit_participles`` and ``visitor_reach`` (words between the participle and the visitor's
    mention: a demonym, an office) of ``data/event_roles.yaml``."""
    data = load_yaml("event_roles.yaml")
    return frozenset(data["visit_participles"]), int(data["visitor_reach"])


def visit_host(doc: Document, slots: list[Slot], trig: TriggerMatch) -> Slot | None:
    """The place owning the visit noun, right before it: "नेपाल के दौरे", "भारत दौरे"."""
    markers = load_role_words().genitive | {""}
    return next((s for s in slots if s.marker_end == trig.first and s.marker in markers
                 and s.entities[0].type in ("GPE", "LOC") and s.entities[0].country), None)


def visitor_after(doc: Document, slots: list[Slot], trig: TriggerMatch) -> Slot | None:
    """The actor right after a participle of arrival that follows the visit noun, in one clause."""
    participles, reach = visit_words()
    k = trig.last
    if k >= len(doc.tokens) or doc.tokens[k].text not in participles or ends_clause(doc, k):
        return None
    return next((s for s in slots if k < s.first <= k + 1 + reach and s.entities[0].type != "GPE"
                 and not gap_has_break(doc.body, doc.tokens, k + 1, s.first)
                 and not any(ends_clause(doc, j) for j in range(k, s.first))), None)


def participle_visit(doc: Document, slots: list[Slot], trig: TriggerMatch) -> Roles | None:
    """A visit (CONSULT, mode visit) told as "X के दौरे पर पहुंचे Y": Y visits X."""
    if trig.trigger.plover != "CONSULT" or trig.trigger.mode != "visit":
        return None
    host = visit_host(doc, slots, trig)
    visitor = visitor_after(doc, slots, trig) if host is not None else None
    if host is None or visitor is None or visitor.entities[0].country == host.entities[0].country:
        return None
    return Roles(visitor.entities[:1], host.entities[:1], "visit_participle")
