""""दोनों देशों/पक्षों" with no event between two actors coded before it: the pair the text
names last ("X और Y के बीच", "X के Y दौरे", "X-Y सीमा"), not the two most named; "दोनों पक्ष"
after a dispute inside one country stands for no pair (references.last_named_pair,
references.sides_of_states)."""

from __future__ import annotations

import pytest
from test_references_pairs import pair_after

# the most-named country comes first in each text, so that the most-named pair would be wrong
MOST_NAMED = "अमेरिका में चुनाव हुए। अमेरिका के लोग खुश हैं। रूस की संसद बैठी। रूस के लोग नाराज हैं। "


@pytest.mark.parametrize(("text", "word", "expected"), [
    # "X और Y के बीच"
    (MOST_NAMED + "भारत और चीन के बीच सीमा पर बातचीत शुरू हुई। दोनों देशों ने शांति पर जोर दिया।",
     "देशों", ["China", "India"]),
    # "X के Y दौरे": a leader's visit pairs his country with the host
    (MOST_NAMED + "प्रधानमंत्री नरेंद्र मोदी के जापान दौरे की तैयारी पूरी है। दोनों देशों के बीच कई समझौते होंगे।",
     "देशों", ["India", "Japan"]),
    # "X-Y सीमा"
    (MOST_NAMED + "भारत-नेपाल सीमा पर चौकसी बढ़ाई गई है। दोनों देशों के अधिकारी मिले।",
     "देशों", ["India", "Nepal"]),
    (MOST_NAMED + "भारत-नेपाल सीमा पर चौकसी बढ़ाई गई है। दोनों पक्षों के अधिकारी मिले।",
     "पक्षों", ["India", "Nepal"]),
    # two countries named side by side with no pair noun after them are no pair: the most named are
    (MOST_NAMED + "भारत और चीन में भी ठंड बढ़ी है। दोनों देशों के नेता चुप हैं।",
     "देशों", ["Russia", "United States"]),
])
def test_pair_named_last(text: str, word: str, expected: list[str] | None) -> None:
    assert pair_after(text, word) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a government and rebels of one state: no pair of states
    ("भारत और चीन के बीच तनाव है। छत्तीसगढ़ सरकार ने नक्सलियों से बातचीत की पेशकश की। दोनों पक्षों के बीच बैठक होगी।",
     None),
    # two politicians of one country
    ("भारत और चीन के बीच तनाव है। कांग्रेस नेता राहुल गांधी ने भाजपा अध्यक्ष जेपी नड्डा पर आरोप लगाया। दोनों पक्षों में बहस हुई।",
     None),
    # a state and an armed organisation of another country are two sides
    ("इजरायल ने हमास के ठिकानों पर हमला किया। दोनों पक्षों के बीच संघर्ष विराम की कोशिश हो रही है।",
     ["Hamas", "Israel"]),
])
def test_sides_of_a_dispute_at_home(text: str, expected: list[str] | None) -> None:
    assert pair_after(text, "पक्षों") == expected
