"""Obligations told in speech (issue 10, item 4): "X ने कहा कि Y को … करना चाहिए" asks Y only
when Y is an actor marked को; a thing (no actor) or another actor of the clause is no addressee,
and the public at large ("लोगों को", "विद्यार्थियों को") is advised, not asked
(``event_roles.yaml`` obligation_words, obligation_markers, advised_groups). The rule coder alone."""

from __future__ import annotations

import pytest
from test_roles_lists import dyads, rule_coder  # noqa: F401  (the fixture "pipeline": the rule coder alone)

from ghatna.document import Entity
from ghatna.extraction.event_roles import is_advised
from ghatna.pipeline import Pipeline


@pytest.mark.parametrize("text", [
    "उपराष्ट्रपति ने कहा कि किसी भी त्योहार को जाति या धर्म के चश्मे से नहीं देखना चाहिए।",
    "प्रधानमंत्री ने कहा कि लोगों को त्योहारों पर भीड़ से बचना चाहिए।",
    "मुख्यमंत्री ने कहा कि विद्यार्थियों को राजनीति में नहीं पड़ना चाहिए।",
    "राष्ट्रपति ने कहा कि हर नागरिक को मतदान करना चाहिए।",
])
def test_no_demand_of_a_thing_or_the_public(text: str, pipeline: Pipeline) -> None:
    assert not any(d[0] == "REQUEST" for d in dyads(text, pipeline))


@pytest.mark.parametrize(("text", "dyad"), [
    ("जापान ने कहा कि उत्तर कोरिया को मिसाइल परीक्षण बंद करना चाहिए।", ("REQUEST", "JPN", "PRK")),
    ("कांग्रेस ने कहा कि सरकार को संसद में जवाब देना चाहिए।", ("REQUEST", "IND", "IND")),
    ("भारत ने कहा कि पाकिस्तान को आतंकियों पर कार्रवाई करनी चाहिए।", ("REQUEST", "IND", "PAK")),
])
def test_an_actor_marked_ko_is_asked(text: str, dyad: tuple[str, str, str], pipeline: Pipeline) -> None:
    assert dyad in dyads(text, pipeline)


def test_a_group_of_its_own_is_asked() -> None:
    """Farmers are a side of their own, not the public at large."""
    assert not is_advised(Entity("generic:IND:farmers", "farmers", "ORG", None, "IND", "CVL", "farmers", "generic"))
    assert is_advised(Entity("generic:IND:civilians", "India civilians", "ORG", None, "IND", "CVL", "civilians",
                             "generic"))
