"""Two papers' reports of one sanction told with no agent reach one block: the holders of a
cancelled visa ("A, B और C के वीजा रद्द कर दिए गए") are its targets, not a pair of sides (the
first country listed was read as the one cancelling); the state that cancels or blacklists is
not read off the foreigners' demonyms ("कुछ X यात्रियों को ब्लैकलिस्ट किया गया" gave X's
authorities); and a religious leader told by title and name ("मौलाना साद") is the person the
other paper names in full, so a raid on his farm house is one event in both."""

from __future__ import annotations

from typing import Any

import pytest
from test_roles_lists import rule_coder  # noqa: F401  (the fixture "pipeline": the rule coder alone)

import ghatna
from ghatna.document import Event
from ghatna.pipeline import Pipeline
from ghatna.store import merge_events
from ghatna.store.events_table import mention_from

SET_IN_INDIA = "दिल्ली और मुंबई में नए मामले मिले हैं। पुणे में भी जांच तेज कर दी गई है। "


def sanctions(text: str, pipeline: Pipeline, kind: str = "SANCTION") -> list[Event]:
    return [e for e in ghatna.extract(text, pipeline=pipeline).events if e.type == kind]


def sides(events: list[Event]) -> set[tuple[str | None, str | None]]:
    return {(e.source.name if e.source else None, e.target.name if e.target else None) for e in events}


@pytest.mark.parametrize(("text", "expected"), [
    # the passive, no agent: the listed countries are whose visas, the story's state cancels them
    (SET_IN_INDIA + "फ्रांस, जर्मनी और स्पेन के वीजा भी रद्द कर दिए गए हैं।",
     {("India authorities", "France"), ("India authorities", "Germany"), ("India authorities", "Spain")}),
    ("नई दिल्ली। जर्मनी के वीजा भी रद्द कर दिए गए हैं।", {("India authorities", "Germany")}),
    # with an agent, the list is still the holders
    ("भारत ने फ्रांस, जर्मनी और स्पेन के वीजा रद्द कर दिए।",
     {("India", "France"), ("India", "Germany"), ("India", "Spain")}),
])
def test_the_holders_of_cancelled_visas_are_its_targets(text: str, expected: set[tuple[str, str]],
                                                        pipeline: Pipeline) -> None:
    assert sides(sanctions(text, pipeline)) == expected


def test_foreigners_blacklisted_are_not_blacklisted_by_their_own_state(pipeline: Pipeline) -> None:
    # the last place named before is abroad, so nothing places the sentence but the demonyms
    text = SET_IN_INDIA + "ये लोग हाल में वुहान से लौटे थे। जांच पूरी होने पर पांच चीनी यात्रियों और एक नेपाली व्यापारी को भी ब्लैकलिस्ट कर दिया गया।"
    found = sanctions(text, pipeline)
    assert found and {e.source.name for e in found if e.source} == {"India authorities"}


@pytest.mark.parametrize(("text", "source"), [
    # the sentence says where it happened: that country's authorities, as before
    ("काठमांडू में चार चीनी नागरिकों को ब्लैकलिस्ट किया गया है।", "Nepal authorities"),
    # a story about the targets' own country keeps it
    ("लखनऊ में बैठक हुई। दिल्ली में भी बैठक हुई। लापरवाही के आरोप में दो भारतीय अधिकारियों को ब्लैकलिस्ट किया गया है।",
     "India authorities"),
])
def test_a_state_placed_by_the_text_stays(text: str, source: str, pipeline: Pipeline) -> None:
    found = sanctions(text, pipeline)
    assert found and {e.source.name for e in found if e.source} == {source}


def row(article: str, event: Event, published: str) -> dict[str, Any]:
    """A stored mention row of an extracted event, as the store files it."""
    out: dict[str, Any] = {"article_id": article, "idx": 0, "type": event.type, "modality": event.modality,
                           "date": None, "article_published": published, "evidence_text": event.evidence.text,
                           "mode": event.mode}
    for side, actor in (("source", event.source), ("target", event.target)):
        assert actor is not None
        out |= {f"{side}_name": actor.name, f"{side}_country": actor.country, f"{side}_sector": actor.sector,
                f"{side}_kind": actor.kind or actor.type, f"{side}_kb_id": actor.kb_id}
    return out


def test_two_papers_visa_reports_merge(pipeline: Pipeline) -> None:
    listed = SET_IN_INDIA + "इसके बाद अब फ्रांस, जर्मनी और स्पेन के वीजा भी रद्द कर दिए गए हैं।"
    told = "नई दिल्ली। स्पेन के नागरिकों को पहले जारी किए गए सभी वीजा निलंबित कर दिए गए हैं।"
    spain = [e for e in sanctions(listed, pipeline) if e.target and e.target.country == "ESP"]
    other = sanctions(told, pipeline)
    assert spain and other
    mentions = [mention_from(row("a", spain[0], "2020-03-04")), mention_from(row("b", other[0], "2020-03-03"))]
    assert len(merge_events(mentions)) == 1


def test_a_religious_leader_by_title_and_name_is_the_person_named_in_full(pipeline: Pipeline) -> None:
    headline = ghatna.extract("शामली में मौलाना साद के घर पर छापा", pipeline=pipeline)
    full = ghatna.extract("तबलीगी जमात के प्रमुख मौलाना साद कांधलवी से पूछताछ होगी।", pipeline=pipeline)
    raid = [e for e in headline.events if e.type == "COERCE"]
    assert raid and raid[0].target is not None and raid[0].target.name == "Muhammad Saad Kandhlawi"
    named = {e.kb_id for e in full.entities if e.name == "Muhammad Saad Kandhlawi"}
    assert named == {raid[0].target.kb_id}
