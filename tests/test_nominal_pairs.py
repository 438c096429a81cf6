"""An agent before "X और Y के <noun>" (``meetings.pair_owns_a_thing``): the pair is the two sides of the
act told right after its genitive ("भारत और पाकिस्तान की गोलाबारी") and of an act after "कहा कि";
the agent acts on the pair's things when the words between end in another marker ("के जहाजों पर
पाबंदी") or hold the pair's own act ("की गोलाबारी की निंदा").

Every sentence is written for this test.
"""

from __future__ import annotations

import pytest
from own_gold import Sides, sides_of

from ghatna.pipeline import Pipeline


@pytest.mark.parametrize(("text", "expected"), [
    # the pair's own act, told right after its genitive, whoever speaks of it
    ("संयुक्त राष्ट्र ने भारत और पाकिस्तान की गोलाबारी की निंदा की।", ("ASSAULT", "IND", "PAK")),
    ("अमेरिका ने कहा कि इजराइल और हमास के हमले जारी हैं।", ("ASSAULT", "ISR", "PSE")),
    # the agent acts on the pair's own act or on the pair's things
    ("संयुक्त राष्ट्र ने भारत और पाकिस्तान की गोलाबारी की निंदा की।", ("ACCUSE", None, "PAK")),
    ("जापान ने चीन और रूस के जहाजों पर पाबंदी लगा दी।", ("SANCTION", "JPN", "CHN")),
    ("जापान ने चीन और रूस के जहाजों पर पाबंदी लगा दी।", ("SANCTION", "JPN", "RUS")),
])
def test_the_pair_and_the_agent(text: str, expected: Sides, pipeline: Pipeline) -> None:
    assert expected in sides_of(text, pipeline)


@pytest.mark.parametrize(("text", "wrong"), [
    # the agent only remarks on the pair's charges: it charges no one
    ("चीन ने भारत और अमेरिका के आरोप-प्रत्यारोप पर टिप्पणी की।", ("ACCUSE", "CHN", "IND")),
    ("चीन ने भारत और अमेरिका के आरोप-प्रत्यारोप पर टिप्पणी की।", ("ACCUSE", "CHN", "USA")),
    # nor is the pair sanctioning each other's ships
    ("जापान ने चीन और रूस के जहाजों पर पाबंदी लगा दी।", ("SANCTION", "CHN", "RUS")),
])
def test_no_side_the_words_do_not_give(text: str, wrong: Sides, pipeline: Pipeline) -> None:
    assert wrong not in sides_of(text, pipeline)
