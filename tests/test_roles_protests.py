"""Protests: where they are held and at whom.

- "X ने Y उच्चायोग के पास प्रदर्शन किया": the other side's building a protest is held at, named
  between the protesters and the protest, is its target (not the default government).
- "शिकागो, बोस्टन और कई दूसरे अमरीकी शहरों में प्रदर्शन हुए": a list of towns is where, not
  who (no town protests against another); the protesters are of the country the list places the
  sentence in, even in a story set elsewhere.
- "X ने Y का विरोध किया": a crowd's opposition is a protest; one person's, named, is words
  (ACCUSE), as a party's or a government's is.
"""

from __future__ import annotations

import pytest
from test_roles_lists import dyads, rule_coder  # noqa: F401  (the fixture "pipeline": the rule coder alone)

from ghatna.pipeline import Pipeline


@pytest.mark.parametrize(("text", "expected"), [
    ("नई दिल्ली में भारत के किसानों ने अमेरिकी दूतावास के पास प्रदर्शन किया।", ("PROTEST", "IND", "USA")),
    ("ढाका में बांग्लादेश के छात्रों ने म्यांमार के दूतावास के सामने प्रदर्शन किया।", ("PROTEST", "BGD", "MMR")),
])
def test_a_protest_at_a_building_is_aimed_at_its_owner(text: str, expected: tuple[str, str, str],
                                                       pipeline: Pipeline) -> None:
    assert expected in dyads(text, pipeline)


def test_towns_listed_are_where_not_who(pipeline: Pipeline) -> None:
    text = ("इराक में तनाव के बीच सरकार ने संसद का सत्र बुलाया। "
            "उधर युद्ध के खतरे के खिलाफ शिकागो, बोस्टन और कई दूसरे अमरीकी शहरों में विरोध प्रदर्शन हुए।")
    protests = {d for d in dyads(text, pipeline) if d[0] == "PROTEST"}
    assert ("PROTEST", "USA", "USA") in protests and ("PROTEST", "IRQ", "IRQ") not in protests


@pytest.mark.parametrize(("text", "plover"), [
    ("नेपाल में विपक्ष के नेता शेर बहादुर देउबा ने संविधान संशोधन का विरोध किया।", "ACCUSE"),
    ("बिहार के सांसद अजय मंडल ने पुल के ठेके का विरोध किया।", "ACCUSE"),
    ("पंजाब के किसानों ने नए बिजली कानून का विरोध किया।", "PROTEST"),
    ("कोलकाता में छात्रों ने फीस बढ़ाने के फैसले का विरोध किया।", "PROTEST"),
])
def test_one_named_persons_opposition_is_words_a_crowds_a_protest(text: str, plover: str,
                                                                   pipeline: Pipeline) -> None:
    types = {d[0] for d in dyads(text, pipeline)}
    assert plover in types and ({"ACCUSE", "PROTEST"} - {plover}).isdisjoint(types)
