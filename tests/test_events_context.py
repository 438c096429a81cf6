"""Event roles read from the sentence's context: pronouns for states and bodies, the country of a
side the text leaves without one, condemnations of a deed told before, nominal attacks beside
another clause's agent."""

from __future__ import annotations

import pytest

import ghatna
from ghatna.document import Event
from ghatna.pipeline import Pipeline
from ghatna.settings import DEFAULT_STAGES, Settings


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    """The rule coder alone: these tests pin the events stage, not the learned detector after it."""
    return ghatna.load(Settings(stages=tuple(s for s in DEFAULT_STAGES if s != "event_model")))


def events(text: str, pipeline: Pipeline) -> list[Event]:
    return ghatna.extract(text, pipeline=pipeline).events


def dyads(evs: list[Event]) -> set[tuple[str, str | None, str | None]]:
    return {(e.type, e.source.country if e.source else None, e.target.country if e.target else None) for e in evs}


@pytest.mark.parametrize(("text", "expected"), [
    ("चीन के बयान से वियतनाम नाराज़ है और उसने चीन को कड़ी चेतावनी दी है।", ("THREATEN", "VNM", "CHN")),
    ("यह प्रस्ताव जापान को मंज़ूर नहीं था और उसने दक्षिण कोरिया पर समझौता तोड़ने का आरोप लगाया।",
     ("ACCUSE", "JPN", "KOR")),
    ("तुर्की ने बैठक में हिस्सा लिया। इसके बाद उसने यूनान के साथ सीमा पर बातचीत की।", ("CONSULT", "TUR", "GRC")),
])
def test_actor_pronoun_stands_for_a_state(text: str, expected: tuple[str, str, str], pipeline: Pipeline) -> None:
    assert expected in dyads(events(text, pipeline))


@pytest.mark.parametrize(("text", "expected"), [
    # a group with no place given takes the country of the named side it acts on
    ("केन्या के राष्ट्रपति विलियम रुटो ने प्रदर्शनकारियों से सड़कें खाली करने की अपील की।", ("REQUEST", "KEN", "KEN")),
    ("प्रदर्शनकारियों ने इमरान खान के खिलाफ नारे लगाए और विरोध प्रदर्शन किया।", ("PROTEST", "PAK", "PAK")),
])
def test_side_without_country_takes_the_other_sides(text: str, expected: tuple[str, str, str],
                                                     pipeline: Pipeline) -> None:
    assert expected in dyads(events(text, pipeline))


def test_international_body_keeps_no_country(pipeline: Pipeline) -> None:
    evs = events("संयुक्त राष्ट्र ने म्यांमार की सेना से हिंसा रोकने की अपील की।", pipeline)
    assert evs and all(e.source is None or e.source.kb_id is None or e.source.country is None
                       for e in evs if e.source and e.source.name == "United Nations")


@pytest.mark.parametrize(("text", "expected"), [
    ("रूसी सेना ने खारकीव पर मिसाइल हमला किया। फ्रांस के राष्ट्रपति ने भी इस हमले की निंदा की।",
     ("ACCUSE", "FRA", "RUS")),
    ("इज़राइल ने गाज़ा में हवाई हमले किए, जिनमें बीस लोग मारे गए। तुर्की ने इस घटना की कड़ी आलोचना की।",
     ("ACCUSE", "TUR", "ISR")),
])
def test_condemnation_aims_at_the_doer_told_before(text: str, expected: tuple[str, str, str],
                                                   pipeline: Pipeline) -> None:
    assert expected in dyads(events(text, pipeline))


def test_condemnation_of_nothing_told_has_no_invented_target(pipeline: Pipeline) -> None:
    evs = events("फ्रांस के राष्ट्रपति ने आज पेरिस में भाषण दिया और हिंसा की निंदा की।", pipeline)
    assert not any(e.type == "ACCUSE" and e.target is not None for e in evs)


@pytest.mark.parametrize(("text", "expected"), [
    # the attack is a noun beside the clause's own agent: still the possessor's attack on its victims
    ("इराक के प्रधानमंत्री ने अमरीकी ड्रोन हमले में ईरानी कमांडर कासिम सुलेमानी के मारे जाने की निंदा की।",
     ("ASSAULT", "USA", "IRN")),
    ("नेपाल सरकार ने चीनी हमले में दो नेपाली नागरिकों की मौत पर शोक जताया।", ("ASSAULT", "CHN", "NPL")),
])
def test_nominal_attack_beside_an_agent(text: str, expected: tuple[str, str, str], pipeline: Pipeline) -> None:
    assert expected in dyads(events(text, pipeline))


def test_victim_named_before_an_attack_noun_is_no_attacker(pipeline: Pipeline) -> None:
    evs = events("ईरानी कमांडर सुलेमानी की अमरीकी ड्रोन हमले में मौत के बाद तनाव बढ़ गया।", pipeline)
    assert ("ASSAULT", "USA", "IRN") in dyads(evs)
    assert ("ASSAULT", "IRN", "USA") not in dyads(evs)


def test_place_attacked_in_the_attackers_country(pipeline: Pipeline) -> None:
    evs = events("पाकिस्तान में भीड़ ने लाहौर पर हमला करते हुए पथराव किया, जिसमें पांच लोग घायल हुए।", pipeline)
    assert any(e.type == "ASSAULT" and e.target and e.target.country == "PAK" for e in evs), dyads(evs)


def test_own_agent_wins_over_an_earlier_between(pipeline: Pipeline) -> None:
    evs = events("इस घटना से भारत और चीन के बीच तनाव बढ़ा है और चीन ने भारत को गंभीर नतीजों की धमकी दी है।", pipeline)
    assert ("THREATEN", "CHN", "IND") in dyads(evs)
    assert ("THREATEN", "IND", "CHN") not in dyads(evs)


@pytest.mark.parametrize(("text", "expected"), [
    ("इज़राइल ने दमिश्क में हवाई हमला किया, जिसमें ईरान के दो जनरल मारे गए। ईरान ने इस हमले का बदला लेने की धमकी दी है।",
     ("THREATEN", "IRN", "ISR")),
])
def test_vow_of_revenge_aims_at_the_doer(text: str, expected: tuple[str, str, str], pipeline: Pipeline) -> None:
    assert expected in dyads(events(text, pipeline))


def test_person_the_kb_lacks_is_placed_where_first_named(pipeline: Pipeline) -> None:
    text = ("पार्टी प्रवक्ता रमाकांत दुबेलिया ने लखनऊ में पत्रकारों से बातचीत की। "
            "बांग्लादेश में हिंसा जारी है। श्री दुबेलिया ने कहा कि बांग्लादेश सरकार को अल्पसंख्यकों की रक्षा करनी चाहिए।")
    evs = [e for e in events(text, pipeline) if e.type == "REQUEST"]
    assert any(e.source and e.source.country == "IND" and e.target and e.target.country == "BGD" for e in evs), dyads(evs)


@pytest.mark.parametrize("text", [
    "गृह मंत्री ने पत्रकारों से बातचीत में कहा कि सीमा पर स्थिति नियंत्रण में है।",
    "पुलिस सूत्रों से मिली जानकारी के अनुसार गांव में शांति है।",
    "प्रवक्ता ने मीडिया से बात करते हुए कहा कि जांच जारी है।",
])
def test_talking_to_the_press_is_no_meeting(text: str, pipeline: Pipeline) -> None:
    assert not any(e.type == "CONSULT" for e in events(text, pipeline))


def test_what_we_must_do_is_no_request(pipeline: Pipeline) -> None:
    evs = events("मुख्यमंत्री अशोक गहलोत ने कहा कि हमें किसानों को भरोसा दिलाना होगा।", pipeline)
    assert not any(e.type == "REQUEST" for e in evs)


def test_a_second_report_without_the_doer_is_the_same_attack(pipeline: Pipeline) -> None:
    text = ("अमरीका ने बगदाद में ड्रोन हमला कर ईरानी कमांडर कासिम सुलेमानी को मार दिया। "
            "ईरान में कासिम सुलेमानी की हत्या के बाद तनाव है।")
    attacks = [e for e in events(text, pipeline) if e.type == "ASSAULT"]
    assert attacks and all(e.source is not None and e.source.country == "USA" for e in attacks), dyads(attacks)


@pytest.mark.parametrize(("text", "expected"), [
    ("तृणमूल कांग्रेस ने भाजपा से जनता से माफी मांगने को कहा।", ("REQUEST", "IND", "IND")),
    ("ऑस्ट्रेलिया ने एक विदेशी मिलिशिया को आतंकवादी संगठन घोषित किया और ईरान की आलोचना की।", ("ACCUSE", "AUS", "IRN")),
    ("नीति आयोग ने केंद्र सरकार को खर्च घटाने का सुझाव दिया।", ("REQUEST", "IND", "IND")),
])
def test_more_trigger_phrases(text: str, expected: tuple[str, str, str], pipeline: Pipeline) -> None:
    assert expected in dyads(events(text, pipeline))


@pytest.mark.parametrize("text", [
    "लखनऊ में समाजवादी पार्टी ने महंगाई पर कड़ी कार्रवाई की मांग की।",
    "ढाका में बांग्लादेश नेशनलिस्ट पार्टी ने निष्पक्ष चुनाव की मांग की।",
])
def test_demand_without_addressee_is_of_the_government(text: str, pipeline: Pipeline) -> None:
    evs = [e for e in events(text, pipeline) if e.type == "REQUEST"]
    assert evs and all(e.target is not None and e.target.sector == "GOV" and e.target.country == e.source.country
                       for e in evs), dyads(evs)


def test_actor_before_the_trigger_is_the_target_before_one_after(pipeline: Pipeline) -> None:
    evs = events("श्रीनगर में जम्मू-कश्मीर पुलिस ने एक व्यक्ति को गिरफ्तार किया, जो अमरीका के एक नागरिक से संपर्क में था।",
                 pipeline)
    assert ("COERCE", "IND", "IND") in dyads(evs)
    assert ("COERCE", "IND", "USA") not in dyads(evs)


def test_place_of_the_agents_own_state_is_no_partner(pipeline: Pipeline) -> None:
    evs = events("रूस के प्रधानमंत्री मिखाइल मिशुस्तिन ने साइबेरिया से तेल पाइपलाइन पर चर्चा की।", pipeline)
    assert ("CONSULT", "RUS", "RUS") not in dyads(evs)


def test_implied_government_is_named_as_the_kb_names_it(pipeline: Pipeline) -> None:
    evs = [e for e in events("ढाका में छात्रों ने आरक्षण के खिलाफ प्रदर्शन किया।", pipeline) if e.type == "PROTEST"]
    assert evs and evs[0].target is not None and evs[0].target.name == "Government of Bangladesh"


def test_a_governments_own_demand_is_not_aimed_at_itself(pipeline: Pipeline) -> None:
    evs = events("इस्लामाबाद में पाकिस्तान सरकार ने बिजली बचाने की अपील की।", pipeline)
    assert not any(e.type == "REQUEST" and e.target is not None and e.target.sector == "GOV"
                   and e.target.country == "PAK" for e in evs)


@pytest.mark.parametrize(("text", "pairs"), [
    ("भारत, जापान और ऑस्ट्रेलिया ने टोक्यो में त्रिपक्षीय बैठक की।", {("IND", "JPN"), ("IND", "AUS")}),
    ("कतर में अमरीका, मिस्र और इसराइल के बीच बातचीत हुई।", {("USA", "EGY"), ("USA", "ISR")}),
])
def test_meeting_of_a_list_gives_one_event_per_member(text: str, pairs: set[tuple[str, str]],
                                                       pipeline: Pipeline) -> None:
    got = {(s, t) for kind, s, t in dyads(events(text, pipeline)) if kind == "CONSULT"}
    assert pairs <= got, got


def test_condemning_a_killing_aims_at_the_killer_not_the_victim(pipeline: Pipeline) -> None:
    text = ("अमरीका ने बगदाद में ड्रोन हमला कर ईरानी कमांडर कासिम सुलेमानी को मार दिया। "
            "ईरान के विदेशमंत्री ने कासिम सुलेमानी की हत्या की कड़ी निंदा की।")
    evs = events(text, pipeline)
    assert ("ACCUSE", "IRN", "USA") in dyads(evs)
    assert ("ACCUSE", "IRN", "IRN") not in dyads(evs)


@pytest.mark.parametrize("text", [
    # an area sealed is COERCE on its people since R27/R28 (tests/test_mrg_sealed_reviews.py); shops are no one
    "प्रशासन ने संक्रमण के कारण कई दुकानें सील कर दीं।",
    "सरकार ने शहर में कर्फ्यू लगा दिया है।",
])
def test_a_restriction_on_no_one_named_is_no_event(text: str, pipeline: Pipeline) -> None:
    assert not any(e.type == "COERCE" for e in events(text, pipeline))


def test_breaking_rules_is_no_rejection(pipeline: Pipeline) -> None:
    evs = events("पुलिस ने बताया कि यातायात नियमों का उल्लंघन करने वाले चालकों पर जुर्माना लगाया गया।", pipeline)
    assert not any(e.type == "REJECT" for e in evs)


def test_person_is_of_the_body_that_introduces_them(pipeline: Pipeline) -> None:
    text = "कराची शहर के मेयर रहमत अली बलोच ने भारत पर जासूसी का आरोप लगाया।"
    assert ("ACCUSE", "PAK", "IND") in dyads(events(text, pipeline))


def test_passive_demand_has_no_addressee_in_the_sentence(pipeline: Pipeline) -> None:
    text = "ढाका में बांग्लादेश नेशनलिस्ट पार्टी ने कहा कि सीमा पर गोलीबारी करने वाले बदमाशों के खिलाफ कार्रवाई की जानी चाहिए।"
    evs = [e for e in events(text, pipeline) if e.type == "REQUEST"]
    assert evs and all(e.target is not None and e.target.sector == "GOV" for e in evs), dyads(evs)


@pytest.mark.parametrize("text", [
    "संगठन ने सरकार पर आरोप लगाया कि वह किसानों को गुमराह कर रही है।",
    "एजेंसी ने पाकिस्तान से जवाब मांगा।",
])
def test_a_common_noun_before_ne_is_no_named_agent(text: str, pipeline: Pipeline) -> None:
    assert not any(e.source is not None and e.source.kind == "unlinked" for e in events(text, pipeline))


def test_objection_to_a_statement_aims_at_who_made_it(pipeline: Pipeline) -> None:
    text = ("राष्ट्रवादी कांग्रेस पार्टी के नेता अजित पवार ने किसानों के बारे में विवादित बयान दिया। "
            "शिवसेना ने इस बयान पर कड़ा ऐतराज जताया है।")
    evs = [e for e in events(text, pipeline) if e.type == "ACCUSE"]
    assert any(e.target is not None and e.target.name == "Ajit Pawar" for e in evs), dyads(evs)


@pytest.mark.parametrize("text", [
    "संक्रमण के चलते पूरे नगर को चारों तरफ से सील कर दिया गया।",
    "लखनऊ में रक्षा प्रदर्शनी की तैयारियों की समीक्षा की गई।",
])
def test_no_event_from_a_sealed_town_or_an_exhibition(text: str, pipeline: Pipeline) -> None:
    assert events(text, pipeline) == []


def test_converb_takes_the_agent_of_the_clause_after_it(pipeline: Pipeline) -> None:
    text = "ढाका में मंदिर पर उपद्रवियों के हमले की कड़ी निंदा करते हुए भारत ने बांग्लादेश सरकार से कार्रवाई की मांग की।"
    assert ("ACCUSE", "IND", "BGD") in dyads(events(text, pipeline))


def test_talking_to_a_news_agency_is_no_meeting(pipeline: Pipeline) -> None:
    evs = events("समाचार एजेंसी रॉयटर्स से बात करते हुए ईरान के विदेश मंत्री ने अमरीका की आलोचना की।", pipeline)
    assert not any(e.type == "CONSULT" for e in evs)


@pytest.mark.parametrize("text", [
    "लखनऊ की अदालत ने हत्या के आरोपी को जमानत दे दी।",
    "दिल्ली में हत्या के मामले की सुनवाई सोमवार को होगी।",
])
def test_a_murder_charge_is_no_attack(text: str, pipeline: Pipeline) -> None:
    assert not any(e.type == "ASSAULT" for e in events(text, pipeline))


@pytest.mark.parametrize(("text", "expected"), [
    ("प्रधानमंत्री नरेंद्र मोदी द्वारा उठाए गए कदमों को लेकर डोनाल्ड ट्रंप ने उनकी सराहना की।", ("SUPPORT", "USA", "IND")),
    ("शी जिनपिंग के बयान के बाद जो बाइडन ने उन्हें कड़ी चेतावनी दी।", ("THREATEN", "USA", "CHN")),
])
def test_oblique_pronoun_is_the_other_person(text: str, expected: tuple[str, str, str], pipeline: Pipeline) -> None:
    assert expected in dyads(events(text, pipeline))


@pytest.mark.parametrize("text", [
    "मुख्यमंत्री ममता बनर्जी ने लोगों से अपील की कि वे पुलिस के साथ सहयोग करें।",
    "विपक्ष ने कहा कि प्रधानमंत्री नरेंद्र मोदी सभी दलों के साथ बैठक करें।",
])
def test_what_is_asked_for_in_the_subjunctive_is_no_deed(text: str, pipeline: Pipeline) -> None:
    assert not any(e.type in ("COOPERATE", "CONSULT") for e in events(text, pipeline))


def test_a_topic_is_no_partner_of_a_talk(pipeline: Pipeline) -> None:
    evs = events("ईरान की संसद ने अमरीकी सेना पर प्रतिबंध लगाने संबंधी विधेयक पर चर्चा की।", pipeline)
    assert not any(e.type == "CONSULT" for e in evs)
    evs = events("ईरान के विदेश मंत्री ने तुर्की के विदेश मंत्री से सीरिया पर चर्चा की।", pipeline)
    assert ("CONSULT", "IRN", "TUR") in dyads(evs)


def test_who_condemns_a_killing_is_not_the_killer(pipeline: Pipeline) -> None:
    evs = events("तुर्की के विदेश मंत्री ने पत्रकार जमाल खशोगी की हत्या की कड़ी निंदा की।", pipeline)
    assert not any(e.type == "ASSAULT" and e.source is not None and e.source.country == "TUR" for e in evs)
    assert not any(e.type == "ACCUSE" and e.target is not None and e.target.type == "PERSON" for e in evs)



def test_people_after_a_party_are_not_the_partys(pipeline: Pipeline) -> None:
    evs = events("भाजपा ने कहा कि कांग्रेस लोगों को गुमराह कर रही है।", pipeline)
    assert any(e.type == "ACCUSE" and e.target is not None and e.target.name == "Indian National Congress"
               for e in evs), dyads(evs)
