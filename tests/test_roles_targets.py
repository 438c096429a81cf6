"""Targets named away from the trigger: before the agent ("X के बयान पर Y ने पलटवार किया"), as the
country aid is sent into ("म्यांमार में सहायता भेजी"), and every member of a list of partners."""

from __future__ import annotations

import pytest
from test_roles_lists import dyads, rule_coder  # noqa: F401  (the fixture "pipeline": the rule coder alone)

import ghatna
from ghatna.document import Event
from ghatna.pipeline import Pipeline


@pytest.mark.parametrize(("text", "expected"), [
    ("इमरान खान के बयान पर भारत ने कड़ी आपत्ति जताई।", ("ACCUSE", "IND", "PAK")),
    ("तुर्की के राष्ट्रपति एर्दोगन की टिप्पणी पर फ्रांस ने पलटवार किया।", ("ACCUSE", "FRA", "TUR")),
    ("अमरीका के आरोपों को रूस ने सिरे से खारिज कर दिया।", ("REJECT", "RUS", "USA")),
])
def test_target_named_before_the_agent(text: str, expected: tuple[str, str, str], pipeline: Pipeline) -> None:
    assert expected in dyads(text, pipeline)


@pytest.mark.parametrize(("text", "expected"), [
    ("भारत ने भूकंप के बाद नेपाल में राहत सामग्री भेजी।", ("AID", "IND", "NPL")),
    ("जापान ने बाढ़ के बाद पाकिस्तान में मानवीय सहायता भेजी है।", ("AID", "JPN", "PAK")),
])
def test_aid_sent_into_a_country_goes_to_it(text: str, expected: tuple[str, str, str], pipeline: Pipeline) -> None:
    assert expected in dyads(text, pipeline)


def test_every_partner_in_a_list(pipeline: Pipeline) -> None:
    found = dyads("एस जयशंकर ने न्यूयॉर्क में ब्राज़ील, दक्षिण अफ्रीका और मिस्र के विदेश मंत्रियों से मुलाकात की।", pipeline)
    assert {("CONSULT", "IND", "BRA"), ("CONSULT", "IND", "ZAF"), ("CONSULT", "IND", "EGY")} <= found


@pytest.mark.parametrize(("text", "expected", "not_expected"), [
    ("रूस ने कहा कि यदि नाटो ने यूक्रेन में सैनिक भेजे तो उसे गंभीर परिणाम भुगतने होंगे।",
     ("THREATEN", "RUS", None), ("MOBILIZE", None, None)),
    ("चीन ने कहा कि अगर ताइवान ने आज़ादी की घोषणा की तो बीजिंग सैन्य कार्रवाई करेगा।",
     ("THREATEN", "CHN", "TWN"), ("ASSAULT", "CHN", "TWN")),
])
def test_a_condition_in_speech_is_the_speakers_threat(text: str, expected: tuple[str, str, str | None],
                                                      not_expected: tuple[str, str | None, str | None],
                                                      pipeline: Pipeline) -> None:
    """The speaker threatens whoever the condition is about; the condition's own deed is not coded."""
    found = dyads(text, pipeline)
    assert any(t == expected[0] and s == expected[1] and (expected[2] is None or g == expected[2])
               for t, s, g in found)
    assert not any(t == not_expected[0] and (not_expected[1] is None or s == not_expected[1]) for t, s, _g in found)


@pytest.mark.parametrize(("text", "expected", "not_source"), [
    ("भारत द्वारा लगाए गए आरोपों को पाकिस्तान ने खारिज कर दिया।", ("REJECT", "PAK", "IND"), "IND"),
    ("रूस की ओर से दी गई धमकी के बाद फिनलैंड ने नाटो से सुरक्षा की मांग की।", ("REQUEST", "FIN", None), "RUS"),
])
def test_an_agent_inside_a_participle_is_not_the_clauses(text: str, expected: tuple[str, str, str | None],
                                                         not_source: str, pipeline: Pipeline) -> None:
    """"X द्वारा लगाए गए आरोप", "X की ओर से दी गई धमकी": X acts in the participle only."""
    found = dyads(text, pipeline)
    assert any(t == expected[0] and s == expected[1] and (expected[2] is None or g == expected[2])
               for t, s, g in found)
    assert not any(t == expected[0] and s == not_source for t, s, _g in found)


@pytest.mark.parametrize(("text", "expected"), [
    ("विपक्ष का आरोप है कि श्रीलंका सरकार चुनाव में धांधली कर रही है।", ("ACCUSE", "LKA", "LKA")),
    ("यूक्रेन का आरोप है कि रूस ने नागरिक ठिकानों पर हमले किए।", ("ACCUSE", "UKR", "RUS")),
])
def test_whose_charge_a_clause_tells(text: str, expected: tuple[str, str, str], pipeline: Pipeline) -> None:
    """"X का आरोप है कि Y …": X charges Y."""
    assert expected in dyads(text, pipeline)


@pytest.mark.parametrize(("text", "expected"), [
    ("मानवाधिकार आयोग ने बिहार के मुख्य सचिव से चार सप्ताह में रिपोर्ट मांगी है।", ("REQUEST", "GOV")),
    ("राज्य सरकार ने गरीबों को मुफ्त राशन बांटने का फैसला किया और गरीबों को राहत सामग्री भेजी।", ("AID", "CVL")),
])
def test_secretaries_and_the_poor_are_actors(text: str, expected: tuple[str, str], pipeline: Pipeline) -> None:
    """"मुख्य सचिव" is an official, "गरीबों" civilians: the target of a demand or of aid."""
    evs: list[Event] = ghatna.extract(text, pipeline=pipeline).events
    assert any((e.type, e.target.sector if e.target else None) == expected for e in evs)


@pytest.mark.parametrize(("text", "sector"), [
    ("हिजबुल के आतंकियों ने गांव के सरपंच पर हमला किया।", "GOV"),
    ("म्यांमार की सेना ने रोहिंग्या शरणार्थियों पर हमला किया।", "CVL"),
])
def test_village_heads_and_refugees_are_targets(text: str, sector: str, pipeline: Pipeline) -> None:
    evs: list[Event] = ghatna.extract(text, pipeline=pipeline).events
    assert any(e.type == "ASSAULT" and e.target is not None and e.target.sector == sector for e in evs)


@pytest.mark.parametrize(("text", "expected"), [
    ("ब्रिटेन ने अपने नागरिकों को तुरंत सूडान छोड़ने को कहा है।", ("REQUEST", "GBR", "GBR")),
    ("भारत ने पाकिस्तान से अफगानिस्तान के साथ व्यापार खोलने की अपील की।", ("REQUEST", "IND", "PAK")),
])
def test_a_demands_addressee_is_the_first_actor_addressed(text: str, expected: tuple[str, str, str],
                                                          pipeline: Pipeline) -> None:
    """Actors after the addressee belong to what is asked ("सूडान छोड़ने", "अफगानिस्तान के साथ")."""
    found = {d for d in dyads(text, pipeline) if d[0] == "REQUEST"}
    assert found == {expected}


@pytest.mark.parametrize(("text", "wrong"), [
    ("म्यांमार सरकार ने नागरिकता देने से इनकार कर दिया है और इन लोगों को बांग्लादेश से आए अवैध प्रवासी बताया है।",
     ("REJECT", "MMR", "BGD")),
    ("भारत ने समझौते पर हस्ताक्षर किए और नेपाल के साथ व्यापार बढ़ाने का फैसला किया।", ("AGREE", "IND", "NPL")),
    ("अमरीका ने कड़ी आपत्ति जताई, इसके बाद ईरान के विदेश मंत्री से बात की।", ("ACCUSE", "USA", "IRN")),
])
def test_no_target_after_the_clause_ends(text: str, wrong: tuple[str, str, str], pipeline: Pipeline) -> None:
    """An actor after "और", "कि" or a comma belongs to the next clause, not to the trigger before it."""
    assert wrong not in dyads(text, pipeline)


def test_an_ergative_agent_is_no_participles(pipeline: Pipeline) -> None:
    """"X ने चीन जाने वाले विमानों पर रोक लगा दी": "X ने" acts in the finite verb, never in the participle."""
    assert ("SANCTION", "USA", "CHN") in dyads("अमरीका ने चीन जाने वाले विमानों पर रोक लगा दी।", pipeline)


def test_the_genitive_of_a_statement_is_no_protest_site(pipeline: Pipeline) -> None:
    """"X के एक बयान के अनुसार, Y ने … विरोध किया": X reports, it is not what Y opposes."""
    evs: list[Event] = ghatna.extract("चीनी विदेश मंत्रालय के एक ताज़ा बयान के अनुसार, चीन ने ताकत के इस्तेमाल का विरोध किया है।",
                                      pipeline=pipeline).events
    assert not any(e.target is not None and "Ministry" in e.target.name for e in evs)


def test_a_building_protested_at_does_not_own_the_protesters(pipeline: Pipeline) -> None:
    """"भारतीय उच्चायोग के सामने खालिस्तान समर्थकों ने": the protesters are not the mission's people."""
    doc = ghatna.extract("लंदन में भारतीय उच्चायोग के सामने खालिस्तान समर्थकों ने प्रदर्शन किया।", pipeline=pipeline)
    mission = next(e for e in doc.entities if any("उच्चायोग" in m.text for m in e.mentions))
    protests = [e for e in doc.events if e.type == "PROTEST"]
    assert protests and all(e.target is not None and e.target.key == mission.key for e in protests)
    assert not any(e.source is not None and e.source.name.startswith(mission.name) for e in protests)


@pytest.mark.parametrize(("text", "expected", "inside"), [
    ("भारत ने पाकिस्तान पर अफगानिस्तान की जमीन से आतंकियों को भेजने का आरोप लगाया।",
     ("ACCUSE", "IND", "PAK"), ("ACCUSE", "IND", "AFG")),
    ("ईरान ने अमेरिका पर इराक की संप्रभुता के उल्लंघन का आरोप लगाया।", ("ACCUSE", "IRN", "USA"), ("ACCUSE", "IRN", "IRQ")),
])
def test_the_accused_marked_par_not_the_actor_inside_the_charge(text: str, expected: tuple[str, str, str],
                                                                 inside: tuple[str, str, str],
                                                                 pipeline: Pipeline) -> None:
    found = dyads(text, pipeline)
    assert expected in found and inside not in found
