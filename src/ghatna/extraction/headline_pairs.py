"""Headline nominals: "भारत की पाकिस्तान से अपील", "इमरान खान का भारत पर आरोप", "रूस की अमेरिका को
चेतावनी". A headline often tells a directed act as a noun with no verb: the genitive right before
the other actor is the doer, and the actor marked after it (से, पर, को, के खिलाफ, as the type takes
it: ``headline_partners`` of event_roles.yaml) is the one acted on; the one acted on may come
first, right before the doer's genitive ("चीन पर अमेरिका का आरोप"). The noun ends its clause
(a mark, "है", or the end of the line), so "भारत की पाकिस्तान से अपील की गई" and nominals inside
a longer clause are left to the other role rules."""

from __future__ import annotations

from functools import cache

from ghatna.document import Document
from ghatna.extraction.event_roles import Roles
from ghatna.extraction.role_targets import other_side
from ghatna.extraction.roles import Slot, gap_has_break, load_role_words
from ghatna.extraction.triggers import TriggerMatch
from ghatna.resources import load_yaml

ROLE_RULE = "headline"


@cache
def headline_words() -> tuple[dict[str, frozenset[str]], int, frozenset[str], str]:
    """The partner markers of each type, the words allowed between the partner and the noun,
    the words after the noun that still end the headline, and the marks that end it."""
    data = load_yaml("event_roles.yaml")["headline_nominal"]
    partners = {plover: frozenset(markers) for plover, markers in data["partners"].items()}
    return partners, int(data["gap"]), frozenset(data["copula"]), str(data["marks"])


def headline_roles(doc: Document, slots: list[Slot], trig: TriggerMatch) -> Roles | None:
    """"X का/की/के Y <marker> <noun>" at the end of a clause: X acts on Y."""
    partners, gap, _copula, _marks = headline_words()
    markers = partners.get(trig.trigger.plover)
    before = [s for s in slots if s.marker_end <= trig.first]
    if not markers or len(before) < 2 or not is_noun(doc, trig) or not ends_headline(doc, trig):
        return None
    words = load_role_words()
    if any(s.marker in words.agent for s in before):
        return None  # "X ने Y से अपील की": the agent's own clause
    owner, partner = told_pair(before[-2], before[-1])
    if owner.marker not in words.genitive or partner.marker not in markers or is_generic(partner):
        return None
    if partner is before[-1] and partner.first != owner.marker_end:
        return None  # "भारत की सरकार से …", "राज्यों के अधिकारियों से": the genitive owns the partner
    last = before[-1].marker_end
    if not 0 <= trig.first - last <= gap or gap_has_break(doc.body, doc.tokens, before[-2].marker_end, trig.first):
        return None
    targets = [e for e in partner.entities if other_side(e, owner.entities[:1])]
    return Roles(owner.entities[:1], targets, ROLE_RULE) if targets else None


def told_pair(first: Slot, second: Slot) -> tuple[Slot, Slot]:
    """The owner and the partner of "X का Y पर आरोप" or, the partner told first, "Y पर X का आरोप"
    (one right after the other)."""
    genitive = load_role_words().genitive
    if second.marker in genitive and first.marker not in genitive and second.first == first.marker_end:
        return second, first
    return first, second


def is_generic(slot: Slot) -> bool:
    return any(e.kind == "generic" for e in slot.entities)


def is_noun(doc: Document, trig: TriggerMatch) -> bool:
    """A phrase with no verb: no lemma of the lexicon ("{देना}") and no verb word of its own
    ("*ना होगा", "*नी चाहिए": ``verbs``)."""
    verbs = headline_verbs()
    return "{" not in trig.trigger.pattern and not any(t.text in verbs for t in doc.tokens[trig.first: trig.last])


@cache
def headline_verbs() -> frozenset[str]:
    return frozenset(load_yaml("event_roles.yaml")["headline_nominal"]["verbs"])


def ends_headline(doc: Document, trig: TriggerMatch) -> bool:
    """The noun ends its clause: the line ends, a mark follows, or only "है"/"हैं" does."""
    _partners, _gap, copula, marks = headline_words()
    if trig.last >= len(doc.tokens):
        return True
    between = doc.body[doc.tokens[trig.last - 1].end: doc.tokens[trig.last].start]
    return any(c in marks for c in between) or doc.tokens[trig.last].text in copula
