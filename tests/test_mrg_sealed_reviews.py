"""Domestic acts that outlets tell in other words, so that each report gives the event:

- an area sealed (``extraction.sealed_areas``): "प्रशासन ने चार मोहल्लों को सील कर दिया" is COERCE
  on the area's people, by the agent or, in the passive, by the authorities (R27, R28); a shop, a
  border or a sealing with nothing named stays as before;
- directions told in the passive after their giver's review or meeting in the same sentence
  (``extraction.reviews``): "गृह मंत्री ने … समीक्षा की है, … के निर्देश भी दिए गए हैं" are the
  reviewer's, to whom they are addressed (को) or to officials;
- a letter written or sent to someone ("को पत्र भेजकर", "को लिखे पत्र में") is a request only with a
  word of asking or ordering in its clause, or a "कहा कि" whose content asks; a letter of
  condolence or protest, or one only told as sent, asks nothing;
- a building sealed is an area sealed, but not for a breach of property rules ("अवैध", "बकाया");
- a direction after a review is any order word of directives.heads (event_roles.yaml).
"""

from __future__ import annotations

import pytest

import ghatna
from ghatna.pipeline import Pipeline


def told(text: str, pipeline: Pipeline, plover: str) -> list[tuple[str | None, str | None, str | None, str]]:
    evs = ghatna.extract(text, published="2020-04-10", pipeline=pipeline).events
    return [(e.source.sector if e.source else None, e.target.sector if e.target else None,
             e.target.country if e.target else None, e.modality) for e in evs if e.type == plover]


@pytest.mark.parametrize(("text", "source_sector", "modality"), [
    ("जिला प्रशासन ने शहर के चार इलाकों को सील कर दिया है।", "GOV", "asserted"),
    ("पुलिस ने पूरे गांव को सील कर दिया।", "COP", "asserted"),
    ("उत्तर प्रदेश सरकार ने 15 जिलों के हॉटस्पॉट इलाकों को पूरी तरह सील करने का फैसला किया।", "GOV", "planned"),
    ("दिल्ली सरकार ने शाहीन बाग के कुछ मकानों को सील किया था।", "GOV", "asserted"),
    ("मेरठ के नौ वार्डों को सील कर दिया गया है।", "GOV", "asserted"),  # passive: the authorities
    ("भोपाल की तीन कॉलोनियों को भी सील किया जाएगा।", "GOV", "planned"),
    ("जिलाधिकारी ने कहा कि संक्रमित मिलने पर मोहल्ले को सील कर दिया जाएगा।", "GOV", "planned"),
    ("प्रशासन ने इमारत को तत्काल सील कर दिया और लोगों की जांच शुरू की।", "GOV", "asserted"),
    ("पांच लोग संक्रमित मिलने पर पुलिस ने पूरी बिल्डिंग को सील कर दिया।", "COP", "asserted"),
    ("संक्रमित मरीज के पड़ोस के तीन मकान भी सील किए जाएंगे।", "GOV", "planned"),
    ("बिहार सरकार ने संक्रमण फैलने के डर से 35 जगहों को सील कर दिया था।", "GOV", "asserted"),
    ("पुलिस ने शाहदरा को सील कर दिया है।", "COP", "asserted"),  # a place's name
    ("तीन मरीज मिलने के बाद कानपुर के चार मोहल्ले सील", None, "asserted"),  # a headline's bare participle
    ("गोरखपुर: संक्रमित मिलने पर पूरा गांव सील", "GOV", "asserted"),
    ("प्रदेश के सभी नौ जिलों के बॉर्डर को सील किया जा चुका है।", "GOV", "asserted"),  # the districts, by their borders
])
def test_a_sealed_area_is_coerce_on_its_people(text: str, source_sector: str | None, modality: str,
                                               pipeline: Pipeline) -> None:
    found = told(text, pipeline, "COERCE")
    assert found, text
    assert all(target == "CVL" for _, target, _, _ in found)
    assert any(source == source_sector and mod == modality for source, _, _, mod in found)  # None: the place's country


@pytest.mark.parametrize("text", [
    "पाकिस्तान ने ईरान से लगी सीमा को सील कर दिया है।",  # a border on another country: R24's, not a sealed area
    "दिल्ली सरकार ने आज एक भी इलाके को सील नहीं किया है।",  # none sealed: no asserted sealing
    "प्रशासन ने कई दुकानें सील कीं।",  # shops: no people named, as before
    "शहर में कर्फ्यू लगा दिया गया है।",  # a curfew with no area sealed: a policy
    "संक्रमण मिलने पर जिलाधिकारी किसी भी मोहल्ले को सील कर सकेंगे।",  # a power to seal
    "नए नियम से पुलिस को गांवों को सील करने का अधिकार मिल गया है।",
    "शहर के 40 इलाके अब भी सील हैं।",  # a state, not an act
    "सील किए गए मोहल्लों की गिनती अब 52 तक पहुंच चुकी है।",  # a participle describing the areas
    "सील इलाकों में रहने वाले परिवार दस दिन से बाहर नहीं आ पाए हैं।",
    "पूरा कस्बा सील होने के बाद से सभी दुकानें बंद हैं।",  # the bare word not ending its clause: background
    # a building shut for a breach of property rules: a property, not its people confined
    "नगर निगम ने अवैध रूप से बनाई गई छह इमारतों को सील कर दिया।",
    "विकास प्राधिकरण ने बिना नक्शा पास कराए बनी चार बिल्डिंगों को सील किया है।",
    "टैक्स बकाया होने पर नगर पालिका ने दो व्यावसायिक भवनों को सील कर दिया।",
])
def test_no_sealing_of_people_without_an_area(text: str, pipeline: Pipeline) -> None:
    assert not [f for f in told(text, pipeline, "COERCE") if f[1] == "CVL" and f[3] == "asserted"]


@pytest.mark.parametrize(("text", "giver", "modality"), [
    ("गृह मंत्री ने आवश्यक वस्तुओं की आपूर्ति की समीक्षा की है, जमाखोरी रोकने के निर्देश भी दिए गए हैं।",
     "India home minister", "asserted"),
    ("मुख्यमंत्री योगी आदित्यनाथ ने टीम-11 के साथ बैठक की, जिसमें सभी जिलाधिकारियों को राशन बांटने के निर्देश दिए गए।",
     "Yogi Adityanath", "asserted"),
    ("प्रधानमंत्री ने मुख्यमंत्रियों के साथ वीडियो कॉन्फ्रेंसिंग की और बंदी के नियम कड़ाई से लागू करवाने के निर्देश दिए गए।",
     "India prime minister", "asserted"),
    ("डीएम ने बाढ़ की तैयारियों का जायजा लिया, सभी अधिकारियों को अलर्ट रहने के आदेश दिए जाएंगे।",
     "India district magistrate", "planned"),
])
def test_passive_directions_after_a_review_are_the_reviewers(text: str, giver: str, modality: str,
                                                            pipeline: Pipeline) -> None:
    evs = [e for e in ghatna.extract(text, published="2020-04-10", pipeline=pipeline).events if e.type == "REQUEST"]
    assert any(e.source is not None and e.source.name == giver and e.modality == modality
               and e.target is not None and e.target.sector == "GOV" for e in evs), [
        (e.source.name if e.source else None, e.target.name if e.target else None) for e in evs]


@pytest.mark.parametrize(("text", "not_giver"), [
    # the earlier clause tells no review: its agent is not taken for the directions' giver
    ("किसान नेता ने धरना खत्म किया, अधिकारियों को जांच के निर्देश दिए गए।", "India farmers"),
    # the directions have an agent of their own
    ("मंत्री ने समीक्षा की, जिसके बाद कलेक्टर द्वारा अधिकारियों को निर्देश दिए गए।", "India minister"),
])
def test_no_reviewer_without_a_review_or_with_an_agent(text: str, not_giver: str, pipeline: Pipeline) -> None:
    evs = ghatna.extract(text, published="2020-04-10", pipeline=pipeline).events
    assert not any(e.type == "REQUEST" and e.source is not None and e.source.name == not_giver
                   and e.trigger.text.startswith("निर्देश") and "review" in e.evidence.rule for e in evs)


@pytest.mark.parametrize(("text", "source"), [
    ("केंद्रीय गृह मंत्रालय ने राज्यों को पत्र भेजकर कहा है कि वे फंसे मजदूरों के लिए भोजन की व्यवस्था करें।",
     "Ministry of Home Affairs (India)"),
    ("स्वास्थ्य मंत्रालय ने राज्यों को लिखे पत्र में कहा है कि वे अस्पतालों में बिस्तर बढ़ाएं।",
     "Ministry of Health and Family Welfare"),
    ("शिक्षा मंत्रालय ने सभी राज्यों को पत्र भेजकर स्कूलों की फीस न बढ़ाने का अनुरोध किया।", "Ministry of Education"),
    ("रेल मंत्रालय ने सभी राज्यों को चिट्ठी लिखकर स्टेशनों पर भीड़ रोकने को कहा है।", "Ministry of Railways"),
    ("गृह मंत्रालय ने राज्यों को लिखे पत्र में मजदूरों की आवाजाही रोकने के निर्देश दिए हैं।",
     "Ministry of Home Affairs (India)"),
])
def test_a_letter_sent_to_the_states_is_a_request(text: str, source: str, pipeline: Pipeline) -> None:
    evs = [e for e in ghatna.extract(text, published="2020-04-10", pipeline=pipeline).events if e.type == "REQUEST"]
    assert any(e.source is not None and e.source.name == source and e.target is not None
               and e.target.sector == "GOV" for e in evs)


@pytest.mark.parametrize("text", [
    # a letter that asks nothing: condolence, thanks, protest, or only told as sent
    "सोनिया गांधी ने प्रधानमंत्री को पत्र भेजकर बाढ़ में मरे लोगों के परिजनों के प्रति संवेदना जताई।",
    "मुख्यमंत्री ने केंद्र सरकार को पत्र लिखकर टीके भेजने के लिए आभार जताया।",
    "इससे पहले गृह मंत्रालय ने सभी राज्यों को पत्र भेजा था।",
    "विपक्ष के नेता ने राज्यपाल को लिखे पत्र में कहा है कि राज्य में कानून व्यवस्था चरमरा गई है।",
])
def test_a_letter_that_asks_nothing_is_no_request(text: str, pipeline: Pipeline) -> None:
    evs = ghatna.extract(text, published="2020-04-10", pipeline=pipeline).events
    assert not [e for e in evs if e.type == "REQUEST" and "पत्र" in e.trigger.text], [
        (e.type, e.trigger.text) for e in evs]


def test_a_letter_of_protest_is_no_request_beside_its_charge(pipeline: Pipeline) -> None:
    evs = ghatna.extract("भारत ने नेपाल को पत्र भेजकर सीमा पर नई चौकियां बनाने का विरोध जताया।",
                         published="2020-04-10", pipeline=pipeline).events
    assert not [e for e in evs if e.type == "REQUEST"], [(e.type, e.trigger.text) for e in evs]


@pytest.mark.parametrize("text", [
    "स्वास्थ्य मंत्री ने जिला अस्पताल का निरीक्षण किया, डॉक्टरों को समय पर पहुंचने की हिदायत दी गई।",
    "मुख्यमंत्री ने अफसरों के साथ बैठक की, जिसमें मास्क न पहनने वालों पर जुर्माने के आदेश दिए गए।",
])
def test_any_order_word_after_a_review_is_the_reviewers(text: str, pipeline: Pipeline) -> None:
    evs = ghatna.extract(text, published="2020-04-10", pipeline=pipeline).events
    assert any(e.type == "REQUEST" and e.evidence.rule and "review" in e.evidence.rule for e in evs), [
        (e.type, e.evidence.rule) for e in evs]
