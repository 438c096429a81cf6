"""A group the text did not place ("business", no country) is merged as a group of its home
country (``generic_actors.tsv``), as the extractor places it in other articles: one paper's
"India business" and another's "business" are one block, and one event when their words agree."""

from __future__ import annotations

from typing import Any

from ghatna.store import merge_events
from ghatna.store.events_table import mention_from
from ghatna.store.merge import block_of

ADVICE = "फर्म ने अपने दफ्तर के सभी लोगों को इस हफ्ते घर से ही काम करने की सलाह दी है ।"


def row(article: str, country: str | None, evidence: str = ADVICE, kind: str = "generic") -> dict[str, Any]:
    name = "India business" if country else "business"
    return {"article_id": article, "idx": 0, "type": "REQUEST", "modality": "asserted",
            "source_name": name if kind == "generic" else "Paytm", "source_country": country,
            "source_sector": "BUS", "source_kind": kind, "target_name": "workers", "target_country": None,
            "target_sector": "CVL", "target_kind": "generic", "date": None, "article_published": "2020-03-04",
            "evidence_text": evidence}


def test_a_group_told_without_a_country_is_of_its_home_country() -> None:
    placed, unplaced = mention_from(row("a", "IND")), mention_from(row("b", None))
    assert unplaced.source is not None and unplaced.source.country == "IND"
    assert unplaced.target is not None and unplaced.target.country == "IND"
    assert block_of(placed) == block_of(unplaced)
    assert len(merge_events([placed, unplaced])) == 1


def test_a_named_actor_without_a_country_is_not_placed() -> None:
    named = mention_from(row("a", None, kind="ORG"))
    assert named.source is not None and named.source.country is None
