""""दोनों देशों के विदेश मंत्रियों/नेताओं/सेनाओं": the two states named before are the sides.

The officials, leaders or forces of "the two countries" are not a group of the country the
sentence is set in ("काहिरा में", "गलवान घाटी में"): the two states the article names act, with
the marker after the group.
"""

from __future__ import annotations

import pytest

import ghatna
from ghatna.pipeline import Pipeline


def pairs(text: str, pipeline: Pipeline) -> set[tuple[str, frozenset[str | None]]]:
    return {(e.type, frozenset({e.source.country if e.source else None, e.target.country if e.target else None}))
            for e in ghatna.extract(text, pipeline=pipeline).events}


@pytest.mark.parametrize(("text", "plover", "sides"), [
    ("इथियोपिया और सूडान के बीच सीमा विवाद गहराया है। दोनों देशों के नेताओं ने खार्तूम में बातचीत की।",
     "CONSULT", {"ETH", "SDN"}),
    ("आर्मेनिया और अज़रबैजान के बीच तनाव बढ़ गया है। दोनों देशों के विदेश मंत्रियों ने जिनेवा में मुलाक़ात की।",
     "CONSULT", {"ARM", "AZE"}),
])
def test_the_two_states_act_through_their_officials(text: str, plover: str, sides: set[str],
                                                    pipeline: Pipeline) -> None:
    assert (plover, frozenset(sides)) in pairs(text, pipeline)


def test_a_clash_of_the_two_armies_is_between_the_states(pipeline: Pipeline) -> None:
    text = "भारत और पाकिस्तान के बीच नियंत्रण रेखा पर तनाव है। दोनों देशों की सेनाओं के बीच पुंछ में झड़प हुई।"
    found = pairs(text, pipeline)
    assert any(sides == frozenset({"IND", "PAK"}) for _, sides in found)
    assert not any(len(sides) == 1 for _, sides in found)
