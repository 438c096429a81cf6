"""Who a pronoun stands for and whose an unnamed agent is: a bare name inside a list is no
subject for "उन्होंने"; a demonym before an agent the knowledge base lacks gives its country."""

from __future__ import annotations

import pytest
from test_roles_lists import dyads, rule_coder  # noqa: F401  (the fixture "pipeline": the rule coder alone)

import ghatna
from ghatna.document import Event
from ghatna.pipeline import Pipeline


def events(text: str, pipeline: Pipeline) -> list[Event]:
    return ghatna.extract(text, pipeline=pipeline).events


def dyads_of_type(text: str, plover: str, pipeline: Pipeline) -> set[tuple[str, str | None, str | None]]:
    return {d for d in dyads(text, pipeline) if d[0] == plover}


@pytest.mark.parametrize(("text", "speaker"), [
    (("फ्रांस के राष्ट्रपति इमैनुएल मैक्रों ने व्लादिमीर पुतिन और उनके सहयोगियों के बयानों पर चिंता जताई। "
     "उन्होंने ब्रिटेन से इस मुद्दे पर साथ देने की अपील की।"), "Emmanuel Macron"),
    (("जर्मनी की चांसलर अंगेला मर्केल ने डोनाल्ड ट्रंप और उनकी सरकार के फैसले पर बात की। "
     "इसके बाद उन्होंने चीन से व्यापार पर बातचीत की अपील की।"), "Angela Merkel"),
])
def test_pronoun_skips_a_listed_name(text: str, speaker: str, pipeline: Pipeline) -> None:
    requests = [e for e in events(text, pipeline) if e.type == "REQUEST"]
    assert requests and all(e.source is not None and e.source.name == speaker for e in requests)


@pytest.mark.parametrize(("text", "country"), [
    ("सऊदी शाह ने सभी पक्षों से संयम बरतने की अपील की।", "SAU"),
    ("ईरानी विदेशमंत्री ने इराक के राष्ट्रपति बरहम सालेह से फोन पर बातचीत की।", "IRN"),
])
def test_demonym_gives_an_unlinked_agent_its_country(text: str, country: str, pipeline: Pipeline) -> None:
    evs = events(text, pipeline)
    assert evs and all(e.source is not None and e.source.country == country for e in evs)


@pytest.mark.parametrize("text", [
    "लाहौर जाने से पहले भारतीय उच्चायुक्त से विस्तृत चर्चा हुई।",
    "गाजा पट्टी घनी आबादी वाला इलाका है जहां सबसे ज़्यादा हिंसा हुई है।",
])
def test_a_town_or_region_is_no_bare_subject(text: str, pipeline: Pipeline) -> None:
    """A place named with no marker is where something is or goes, not who acts."""
    evs = events(text, pipeline)
    assert not any(e.source is not None and e.source.type in ("GPE", "LOC") and e.source.kind != "country"
                   and e.source.name in ("Lahore", "Gaza Strip") for e in evs)
    assert not any(e.evidence.rule.endswith("roles:subject") and e.source is not None
                   and e.source.country in ("PAK", "PSE") for e in evs)


KILLING_CONDEMNED = ("रूसी सेना ने मिसाइल हमले में यूक्रेनी कमांडर ओलेक्सांद्र पावलिउक को मार गिराया। "
                     "यूक्रेन के विदेश मंत्री दिमित्रो कुलेबा ने पावलिउक की हत्या को युद्ध अपराध करार दिया।")


def test_whom_a_condemned_killing_befell_is_no_target(pipeline: Pipeline) -> None:
    charges = [e for e in events(KILLING_CONDEMNED, pipeline) if e.type == "ACCUSE"]
    assert charges and all(e.target is not None and e.target.country == "RUS" for e in charges)


def test_the_victim_of_a_killing_told_again_is_not_its_doer(pipeline: Pipeline) -> None:
    attacks = [e for e in events(KILLING_CONDEMNED, pipeline) if e.type == "ASSAULT"]
    assert attacks and all(e.source is not None and e.source.country == "RUS" for e in attacks)


@pytest.mark.parametrize(("text", "expected"), [
    ("उत्तर कोरिया ने मिसाइल परीक्षण किया। वह दक्षिण कोरिया को लगातार धमकी दे रहा है।", ("THREATEN", "PRK", "KOR")),
    ("शहबाज़ शरीफ ने भारत पर आरोप लगाए। वो कश्मीर पर अमरीका से मध्यस्थता की मांग कर रहे हैं।", ("REQUEST", "PAK", "USA")),
    ("ईरान ने ब्रिटेन के रुख की आलोचना की और उसके राजदूत को तलब किया।", ("ACCUSE", "IRN", "GBR")),
])
def test_subject_and_oblique_pronouns_stand_for_an_actor(text: str, expected: tuple[str, str, str],
                                                         pipeline: Pipeline) -> None:
    found = {(e.type, e.source.country if e.source else None, e.target.country if e.target else None)
             for e in events(text, pipeline)}
    assert expected in found


def test_a_determiner_is_no_pronoun(pipeline: Pipeline) -> None:
    """"वह" before a noun in mid-clause ("… की वह अपील") stands for no one."""
    evs = events("नेपाल ने प्रदर्शन किया। भारत ने चीन की वह अपील ठुकरा दी।", pipeline)
    assert not any(e.source is not None and e.source.country == "NPL" for e in evs if e.type == "REJECT")


@pytest.mark.parametrize(("text", "expected"), [
    ("नेपाल के पीएम ने आज चीन के विदेश मंत्री से मुलाकात की।", ("CONSULT", "NPL", "GOV")),
    ("श्रीलंका के राष्ट्रपति ने भारत से आर्थिक मदद की अपील की।", ("REQUEST", "LKA", "GOV")),
])
def test_an_unnamed_office_holder_is_an_official_of_the_state(text: str, expected: tuple[str, str, str],
                                                               pipeline: Pipeline) -> None:
    """"पीएम", "राष्ट्रपति" with no name the knowledge base can place: an official of the state before it."""
    found = {(e.type, e.source.country, e.source.sector) for e in events(text, pipeline) if e.source is not None}
    assert expected in found


def test_support_for_a_killing_is_support_for_its_doer(pipeline: Pipeline) -> None:
    text = "फ्रांस और ब्रिटेन ने अल-बगदादी की हत्या के अमरीकी अभियान का समर्थन किया।"
    supports = [e for e in events(text, pipeline) if e.type == "SUPPORT"]
    assert supports and all(e.target is not None and e.target.country == "USA" for e in supports)


def test_revenge_is_threatened_against_the_killer(pipeline: Pipeline) -> None:
    text = ("इज़राइल ने बेरूत में हवाई हमले में हिज़बुल्ला के कमांडर फुआद शुक्र को मार गिराया। "
            "ईरान ने शुक्र की हत्या का बदला लेने की खुली धमकी दी है।")
    threats = [e for e in events(text, pipeline) if e.type == "THREATEN"]
    assert threats and all(e.target is not None and e.target.country == "ISR" for e in threats)


def test_a_deployment_is_not_the_deed_avenged(pipeline: Pipeline) -> None:
    text = ("इज़राइल ने बेरूत में हवाई हमले में हिज़बुल्ला के कमांडर फुआद शुक्र को मार गिराया। "
            "इसके बाद अमरीका ने पश्चिम एशिया में तीन हजार सैनिक तैनात किए। "
            "ईरान ने अपने सहयोगी की हत्या का बदला लेने की खुली धमकी दी है।")
    threats = [e for e in events(text, pipeline) if e.type == "THREATEN"]
    assert threats and all(e.target is not None and e.target.country == "ISR" for e in threats)


@pytest.mark.parametrize(("text", "expected"), [
    ("इराक के बगदाद में हिंसा बढ़ गई है। अमरीका ने अपने नागरिकों को तुरंत इराक छोड़ने को कहा है।",
     ("REQUEST", "USA", "USA")),
    ("पाकिस्तान में बाढ़ से भारी तबाही हुई है। ब्रिटेन ने अपने नागरिकों से जल्द से जल्द पाकिस्तान छोड़ने की अपील की।",
     ("REQUEST", "GBR", "GBR")),
])
def test_a_group_owned_with_a_reflexive_is_of_the_subjects_country(text: str, expected: tuple[str, str, str],
                                                                  pipeline: Pipeline) -> None:
    """"अपने नागरिकों": the subject's own citizens, not those of the country the story is set in."""
    assert dyads_of_type(text, expected[0], pipeline) == {expected}


@pytest.mark.parametrize(("text", "expected"), [
    ("चीन में कोरोना वायरस के मामले बढ़े। अमेरिकी राष्ट्रपति डोनाल्ड ट्रंप ने देशवासियों से घरों में रहने की अपील की।",
     ("REQUEST", "USA", "USA")),
    ("दुबई में नए साल के जश्न में आतिशबाजी हुई। राष्ट्रपति ने नव वर्ष पर देशवासियों को बधाई दी है।",
     ("SUPPORT", "IND", "IND")),
    ("भारत में लॉकडाउन जारी है। अमेरिका ने अपने देश के लोगों से घरों में रहने की अपील की।",
     ("REQUEST", "USA", "USA")),
])
def test_countrymen_are_the_subjects_own_people(text: str, expected: tuple[str, str, str], pipeline: Pipeline) -> None:
    """"देशवासियों" (own_people) and "अपने देश के लोगों" (own_country_words) are owned as with a
    reflexive: the speaker's countrymen, not the people of the country the story was last set in."""
    assert dyads_of_type(text, expected[0], pipeline) == {expected}


def test_a_pronoun_opening_reported_speech_is_the_speaker(pipeline: Pipeline) -> None:
    """"पुलिस ने कहा कि वह …": the police, not the last person named before."""
    text = ("दिल्ली में कई दुकानों में आग लगा दी गई। भाजपा नेता कपिल मिश्रा ने लोगों से शांति की अपील की। "
            "पुलिस ने कहा कि वह दंगाइयों को गिरफ्तार कर रही है।")
    arrests = [e for e in events(text, pipeline) if e.type == "COERCE"]
    assert arrests and all(e.source is not None and e.source.sector == "COP" for e in arrests)


def test_a_bare_army_takes_up_the_army_named_before(pipeline: Pipeline) -> None:
    """"इज़राइली सेना ने … । सेना ने कहा कि वह …": the army is Israel's, wherever the story is set.
    The army's second deed is another type: an attack it tells again is the bombing, one event."""
    text = ("इज़राइली सेना ने गाजा में कई ठिकानों पर बमबारी की। हमास ने रॉकेट दागे। "
            "सेना ने कहा कि वह हमास के दर्जनों लड़ाकों को गिरफ्तार कर चुकी है।")
    found = {(e.source.country if e.source else None, e.source.sector if e.source else None)
             for e in events(text, pipeline) if e.trigger.text.startswith("गिरफ्तार")}
    assert found == {("ISR", "MIL")}


@pytest.mark.parametrize(("text", "expected"), [
    # "Y द्वारा पारित": the agent of a participle beside the clause's ergative agent
    ("चीन ने ताइवान की संसद द्वारा पारित विधेयक के जवाब में ताइवान के खिलाफ सैन्य कार्रवाई की धमकी दी।",
     ("THREATEN", "CHN", "TWN")),
    # "Y के बयान के बाद … Z से": the genitive owns the statement, not a meeting with Z
    ("जापान की सरकार ने राष्ट्रपति यून सुक योल के बयान के बाद दक्षिण कोरिया से स्पष्टीकरण देने का आग्रह किया।",
     ("REQUEST", "JPN", "KOR")),
])
def test_the_ergative_agent_acts_in_the_clause(text: str, expected: tuple[str, str, str], pipeline: Pipeline) -> None:
    assert dyads_of_type(text, expected[0], pipeline) == {expected}


def test_a_pronoun_stands_for_an_unnamed_official_who_acted_last(pipeline: Pipeline) -> None:
    """"सऊदी अरब के विदेशमंत्री ने …। उन्होंने …": the minister, not a person named before him."""
    text = ("इराक के प्रधानमंत्री अदेल अब्देल महदी ने संसद में भाषण दिया। सऊदी अरब के विदेशमंत्री ने इस हमले की निंदा की। "
            "उन्होंने ईरान को कड़ी चेतावनी दी।")
    threats = [e for e in events(text, pipeline) if e.type == "THREATEN"]
    assert threats and all(e.source is not None and e.source.country == "SAU" for e in threats)


def test_forces_named_by_their_plural_are_an_armed_force(pipeline: Pipeline) -> None:
    attacks = [e for e in events("ईरान ने इराक में अमरीकी बलों पर मिसाइल हमला किया।", pipeline) if e.type == "ASSAULT"]
    assert attacks and attacks[0].target is not None
    assert (attacks[0].target.country, attacks[0].target.sector) == ("USA", "MIL")
