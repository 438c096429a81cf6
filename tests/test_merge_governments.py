"""One government told two ways (issue 12): a country told as itself in one paper ("श्रीलंका ने") and as
its authorities or government in another ("श्रीलंका के अधिकारियों ने"), or a place's government in both
("राजस्थान सरकार"), is one side named alike for a retelling (``Side.one_government``): the reports
are one event when their dates meet and their sentences tell the same content words. Two reports of
"authorities" alone, the country against its people or its officials, or other words stay apart.
Hand-built mentions with sentences written for these tests."""

from __future__ import annotations

import pytest
from merge_cases import events

from ghatna.store import Actor, Mention
from ghatna.store.merge import why_apart
from ghatna.store.sides import Side, government_of

LANKA = Actor("Sri Lanka", "LKA", "GPE")
LANKA_AUTHORITIES = Actor("Sri Lanka authorities", "LKA", "generic", "GOV")
LANKA_GOVERNMENT = Actor("Government of Sri Lanka", "LKA", "generic", "GOV")
LANKA_OFFICIALS = Actor("Sri Lanka officials", "LKA", "generic", "GOV")
LANKA_PEOPLE = Actor("Sri Lanka civilians", "LKA", "generic", "CVL")
PRISONERS = Actor("Sri Lanka prisoners", "LKA", "generic", "CVL")
RAJASTHAN = Actor("Government of Rajasthan", "IND", "generic", "GOV")
PUNJAB = Actor("Government of Punjab", "IND", "generic", "GOV")
BUSINESSES = Actor("India businesses", "IND", "generic", "BUS")

RELEASE = "श्रीलंका ने जेलों में भीड़ घटाने के लिए तीन हजार से ज्यादा कैदियों को कुछ समय के लिए रिहा करने का फैसला किया है।"
RELEASE_RETOLD = "श्रीलंका के अधिकारियों के मुताबिक भीड़ कम करने को जेलों से करीब तीन हजार कैदी कुछ समय के लिए रिहा किए जाएंगे।"
CURFEW = "श्रीलंका सरकार ने राजधानी कोलंबो में रात का कर्फ्यू अगले सप्ताह तक बढ़ा दिया है।"
CLOSE = "राजस्थान सरकार ने प्रदेश के सभी सिनेमाघरों, जिम और स्विमिंग पूल को महीने के अंत तक बंद रखने का आदेश दिया है।"
CLOSE_RETOLD = "प्रदेश में महीने के आखिर तक सिनेमाघर, जिम और स्विमिंग पूल नहीं खुलेंगे, सरकार ने इसका आदेश जारी कर दिया।"
CLOSE_SCHOOLS = "राजस्थान सरकार ने सभी निजी स्कूलों से फीस वसूली तीन महीने तक टालने को कहा है।"


def report(article: str, source: Actor, target: Actor, evidence: str, published: str = "2021-04-05",
           day: str | None = None, kind: str = "CONCEDE") -> Mention:
    return Mention(article, 0, kind, "asserted", source, target, day, published, evidence=evidence)


SAME = [
    ("the country in one paper, its authorities in the other, undated a day apart",
     report("a", LANKA, PRISONERS, RELEASE), report("b", LANKA_AUTHORITIES, PRISONERS, RELEASE_RETOLD, "2021-04-06")),
    ("the country and its government told by name", report("a", LANKA, PRISONERS, RELEASE),
     report("b", LANKA_GOVERNMENT, PRISONERS, RELEASE_RETOLD)),
    ("a state's government in both, one dated by its text", report("a", RAJASTHAN, BUSINESSES, CLOSE, day="2021-04-05", kind="REQUEST"),
     report("b", RAJASTHAN, BUSINESSES, CLOSE_RETOLD, kind="REQUEST")),
]
DISTINCT = [
    ("'authorities' in both: any office of the country", report("a", LANKA_AUTHORITIES, PRISONERS, RELEASE),
     report("b", LANKA_AUTHORITIES, PRISONERS, RELEASE_RETOLD)),
    ("the country against its officials", report("a", LANKA, PRISONERS, RELEASE),
     report("b", LANKA_OFFICIALS, PRISONERS, RELEASE_RETOLD)),
    ("the country against its people", report("a", LANKA, PRISONERS, RELEASE),
     report("b", LANKA_PEOPLE, PRISONERS, RELEASE_RETOLD)),
    ("one government, another act", report("a", LANKA, LANKA_PEOPLE, RELEASE, kind="COERCE"),
     report("b", LANKA_GOVERNMENT, LANKA_PEOPLE, CURFEW, kind="COERCE")),
    ("one state's government, another order that day", report("a", RAJASTHAN, BUSINESSES, CLOSE, kind="REQUEST"),
     report("b", RAJASTHAN, BUSINESSES, CLOSE_SCHOOLS, kind="REQUEST")),
    ("two states' governments", report("a", RAJASTHAN, BUSINESSES, CLOSE, kind="REQUEST"),
     report("b", PUNJAB, BUSINESSES, CLOSE_RETOLD, kind="REQUEST")),
    ("the country and its authorities four days apart", report("a", LANKA, PRISONERS, RELEASE, "2021-04-01"),
     report("b", LANKA_AUTHORITIES, PRISONERS, RELEASE_RETOLD, "2021-04-05")),
]


@pytest.mark.parametrize(("case", "first", "second"), SAME, ids=[c[0] for c in SAME])
def test_one_government_told_two_ways_is_one_event(case: str, first: Mention, second: Mention) -> None:
    assert events([first, second]) == {1}, case
    assert why_apart(first, second) is None and why_apart(second, first) is None


@pytest.mark.parametrize(("case", "first", "second"), DISTINCT, ids=[c[0] for c in DISTINCT])
def test_other_governments_or_acts_stay_apart(case: str, first: Mention, second: Mention) -> None:
    assert events([first, second]) == {2}, case
    assert why_apart(first, second) is not None


@pytest.mark.parametrize(("actor", "government"), [
    (LANKA, "LKA"), (LANKA_AUTHORITIES, "LKA"), (LANKA_GOVERNMENT, "LKA"), (RAJASTHAN, "Government of Rajasthan"),
    (LANKA_OFFICIALS, None), (LANKA_PEOPLE, None), (Actor("India state government", "IND", "generic", "GOV"), None),
    (Actor("Ministry of Home Affairs (India)", "IND", "ORG", "GOV", "ghatna:org:mha"), None),
])
def test_the_government_an_actor_tells_as_a_whole(actor: Actor, government: str | None) -> None:
    assert government_of(actor) == government


def test_a_country_must_be_told_as_itself_once() -> None:
    told, authorities, other = Side(), Side(), Side()
    told.add(LANKA)
    authorities.add(LANKA_AUTHORITIES)
    other.add(LANKA_AUTHORITIES)
    assert told.one_government(authorities) and authorities.one_government(told)
    assert not authorities.one_government(other)
