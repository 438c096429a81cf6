"""Doers named by a demonym and a common noun: "रूसी विमानों ने", "सऊदी गठबंधन ने".

A demonym right before a group or a thing told as the agent ("X ने", "X द्वारा") says whose it is,
and the noun names no one the knowledge base or the table of groups knows: Russia's planes bombed,
the Saudi coalition struck. As news event coders do with an actor they cannot name further, the
doer is the demonym's state. A noun that could be a name ("अमरीकी ड्रोन ने", "सऊदी शाह ने") is left
to ``roles.unnamed_agent_slots`` (an agent the knowledge base lacks, of the demonym's country);
this reads only the nouns of state instruments it leaves aside (``demonym_doers`` in
event_roles.yaml: the nouns, and how many words may stand between). Used by ``references.sentence_slots``.
"""

from __future__ import annotations

from functools import cache

from ghatna.document import Document
from ghatna.extraction.roles import Slot, gap_has_break, load_role_words, never_names, read_marker, stop_words
from ghatna.resources import load_yaml
from ghatna.text.tokens import word_key

RULE = "demonym_doer"


@cache
def doer_reach() -> int:
    """How many words may stand between a demonym and the agent marker (``demonym_doers.reach``)."""
    return int(load_yaml("event_roles.yaml")["demonym_doers"]["reach"])


@cache
def state_instruments() -> frozenset[str]:
    """Look-up keys of the nouns that make a demonym's state the doer (``demonym_doers.instruments``)."""
    return frozenset(word_key(w) for w in load_yaml("event_roles.yaml")["demonym_doers"]["instruments"])


def demonym_doers(doc: Document, slots: list[Slot], taken: set[int]) -> list[Slot]:
    """``slots`` with each bare demonym that heads an agent of common words (``common_agent_words``)
    made that agent: the demonym's state, marked as the agent, spanning its noun."""
    out = []
    for slot in slots:
        end = common_agent_words(doc, slot, taken)
        if end is None:
            out.append(slot)
            continue
        marker, marker_end = read_marker(doc.tokens, end, load_role_words())
        out.append(Slot(list(slot.entities), slot.first, end, marker, marker_end, rule=RULE))
        taken.update(range(slot.last, end))
    return out


def common_agent_words(doc: Document, slot: Slot, taken: set[int]) -> int | None:
    """Where the words end that a bare demonym (``slot``) modifies when they run up to an agent
    marker within ``doer_reach`` words: none of them a name or group already read (``taken``), a
    stop word or after punctuation, the last a plural ("विमानों") or all common words (``never_names``:
    "गठबंधन"), and the last an instrument of the state (``state_instruments``; not "खिलाड़ियों"); else None."""
    if slot.rule != "kb:demonym" or slot.marker or len(slot.entities) != 1 or not slot.entities[0].country:
        return None
    agent, stop = load_role_words().agent, stop_words()
    for k in range(slot.last, min(slot.last + doer_reach() + 1, len(doc.tokens))):
        word = doc.tokens[k]
        if word.text in agent:
            words = doc.tokens[slot.last: k]
            plural = bool(words) and words[-1].text.endswith(("ों", "ाओं"))
            common = bool(words) and all(t.key in never_names() for t in words)
            return k if (plural or common) and words[-1].key in state_instruments() else None
        if k in taken or word.text in stop or gap_has_break(doc.body, doc.tokens, k, k):
            return None
    return None
