"""What the tests of the knowledge base's office holders share: the one person a Hindi form names
(the ``kb`` fixture, the bundled knowledge base, is in conftest.py)."""

from __future__ import annotations

from ghatna.knowledge.kb import KBEntry, KnowledgeBase


def person(kb: KnowledgeBase, form: str) -> KBEntry:
    """The one person of ``kb`` with the Hindi form ``form`` (fails when there are none or several)."""
    found = [e for e in kb.lookup(form) if e.type == "PERSON"]
    assert len(found) == 1, f"{form}: {[e.name for e in found]}"
    return found[0]
