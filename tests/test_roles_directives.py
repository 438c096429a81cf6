"""Roles read where the role finder found a trigger but no one to aim it at, or the wrong doer.

- An order to a class of institutions ("सभी स्कूलों को बंद करने का आदेश", GUIDELINES R1, R28) is a
  REQUEST to that class, of the giver's country; told in the passive for a state or city ("केरल में
  … आदेश दिया गया है"), the giver is that place's government. Not an order to reopen (R5), a class
  named as the place of the deed ("अस्पतालों में") or as the owner of what the order is about
  ("अस्पतालों की व्यवस्था", "कॉलेजों के शिक्षकों"), or a class beside an addressee named; a list of
  classes is read to its end ("होटलों और ढाबों को"); an order about the things of actors in the
  genitive ("कॉलेजों के शिक्षकों के वेतन") names no one it is given to.
- "X ने बताया कि कई देशों ने Y से अनुरोध किया": a reported deed whose agent the KB cannot name was done
  by someone unknown, not by the speaker.
- "X नें कहा कि …": the misspelt ergative marks the speaker as "ने" does.
"""

from __future__ import annotations

import pytest
from test_roles_lists import rule_coder  # noqa: F401  (the fixture "pipeline": the rule coder alone)

import ghatna
from ghatna.document import Event
from ghatna.extraction.triggers import load_triggers
from ghatna.pipeline import Pipeline

Side = tuple[str | None, str | None]  # country, sector


def requests(text: str, pipeline: Pipeline) -> list[Event]:
    return [e for e in ghatna.extract(text, pipeline=pipeline).events if e.type == "REQUEST"]


def sides(event: Event) -> tuple[Side, Side]:
    src, tgt = event.source, event.target
    return ((src.country, src.sector) if src else (None, None)), ((tgt.country, tgt.sector) if tgt else (None, None))


@pytest.mark.parametrize(("text", "giver", "target"), [
    ("जिलाधिकारी ने जिले के सभी निजी स्कूलों को अगले सोमवार तक बंद रखने का आदेश दिया।", ("IND", "GOV"), ("IND", "EDU")),
    ("पटना के जिलाधिकारी ने सभी कोचिंग संस्थान 15 अप्रैल तक बंद रखने का आदेश दिया है।", ("IND", "GOV"), ("IND", "EDU")),
    ("मुख्यमंत्री ममता बनर्जी ने कोलकाता के सभी मॉल और सिनेमाघर 20 अप्रैल तक बंद करने के निर्देश जारी किए हैं।",
     ("IND", "GOV"), ("IND", "BUS")),
    ("स्वास्थ्य मंत्री ने राज्य के सभी निजी अस्पतालों को आइसोलेशन वार्ड तैयार करने के निर्देश दिए थे।",
     ("IND", "GOV"), ("IND", "HLH")),
    ("बिहार सरकार सभी विश्वविद्यालयों को परीक्षाएं टालने का आदेश देगी।", ("IND", "GOV"), ("IND", "EDU")),
    ("नेपाल सरकार ने देश के सभी स्कूलों को एक हफ्ते तक बंद रखने का निर्देश दिया।", ("NPL", "GOV"), ("NPL", "EDU")),
    ("उड्डयन मंत्रालय ने सभी एयरलाइंस के लिए नए दिशानिर्देश जारी किए।", (None, "GOV"), (None, "BUS")),
])
def test_an_order_is_given_to_the_class_it_closes(text: str, giver: Side, target: Side, pipeline: Pipeline) -> None:
    assert (giver, target) in [sides(e) for e in requests(text, pipeline)]


@pytest.mark.parametrize(("text", "giver"), [
    ("केरल में सभी कोचिंग संस्थान दो हफ्ते तक बंद रखने का आदेश दिया गया है।", "Government of Kerala"),
    ("महाराष्ट्र में सभी जिम और स्विमिंग पूल बंद करने के निर्देश दिए गए हैं।", "Government of Maharashtra"),
])
def test_a_passive_order_for_a_state_is_its_governments(text: str, giver: str, pipeline: Pipeline) -> None:
    found = requests(text, pipeline)
    assert [e.source.name for e in found if e.source] == [giver]
    assert all(e.target and e.target.kind == "generic" and e.target.country == "IND" for e in found)


@pytest.mark.parametrize("text", [
    "प्रशासन ने सभी दुकानें दोबारा खोलने का आदेश दिया।",  # reopening eases a restriction (R5)
    "मंत्री ने सभी अस्पतालों में बेड बढ़ाने के निर्देश दिए।",  # the hospitals are where, not whom
    "उपायुक्त ने शहर के सभी होटलों और ढाबों में साफ पानी रखने के आदेश दिए हैं।",  # a list, then where
    # a class in the genitive owns what the order is about
    "मंत्री ने कहा कि स्कूल की इमारतों की मरम्मत के आदेश दिए गए हैं।",
    "मुख्यमंत्री ने कॉलेजों के शिक्षकों के वेतन जल्द जारी करने का आदेश दिया।",
    "जिले के अस्पतालों की व्यवस्था सुधारने के निर्देश दिए गए हैं।",
    "शिक्षा मंत्री ने निजी विद्यालयों की फीस की समीक्षा के आदेश दिए हैं।",
    "सरकार ने सभी अस्पतालों के डॉक्टरों की छुट्टियां रद्द करने का आदेश दिया।",
    "राजस्थान में सभी कॉलेजों के छात्रों की फीस माफ करने का आदेश दिया गया है।",
    "कलेक्टर ने सभी स्कूल बसों की जांच करने के निर्देश दिए।",  # the plain first word of a compound
])
def test_no_class_is_ordered(text: str, pipeline: Pipeline) -> None:
    """The order is read (a REQUEST trigger), but given to no class: with no one else to give it
    to, no REQUEST is coded at all."""
    doc = ghatna.extract(text, pipeline=pipeline)
    found = load_triggers().find(doc.tokens, 0, len(doc.tokens))
    assert "REQUEST" in [m.trigger.plover for m in found]
    assert not any(e.target and e.target.sector in ("EDU", "BUS", "HLH") for e in doc.events if e.type == "REQUEST")


@pytest.mark.parametrize(("text", "sector"), [
    ("उपायुक्त ने शहर के सभी होटलों और ढाबों को रात दस बजे तक बंद करने के निर्देश जारी किए हैं।", "BUS"),
    ("एसडीएम ने सभी दुकानों और मॉल को रविवार को बंद रखने के आदेश दिए।", "BUS"),
    ("स्वास्थ्य विभाग ने सभी निजी अस्पतालों के लिए नए दिशानिर्देश जारी किए।", "HLH"),
    ("पुलिस आयुक्त ने सभी सिनेमाघरों, मॉल और होटलों के लिए सुरक्षा के नए निर्देश जारी किए हैं।", "BUS"),
    ("जिलाधिकारी ने सारे स्कूल भवन खाली करने के निर्देश जारी कर दिए।", "EDU"),
])
def test_an_order_issued_to_a_list_of_classes(text: str, sector: str, pipeline: Pipeline) -> None:
    assert sector in [e.target.sector for e in requests(text, pipeline) if e.target]


def test_a_passive_order_to_an_actor_has_no_giver_to_name(pipeline: Pipeline) -> None:
    assert requests("राज्य सरकार को रिपोर्ट देने का निर्देश दिया गया है।", pipeline) == []


def test_an_addressee_named_comes_before_the_class(pipeline: Pipeline) -> None:
    found = requests("मुख्यमंत्री ने अधिकारियों को स्कूलों की मरम्मत जल्द पूरी करने के निर्देश दिए।", pipeline)
    assert [sides(e)[1] for e in found] == [("IND", "GOV")]


@pytest.mark.parametrize(("text", "target"), [
    ("विदेश मंत्रालय के प्रवक्ता अरिंदम बागची ने बताया कि कई देशों ने भारत से टीकों की आपूर्ति का अनुरोध किया है।", "IND"),
    ("श्रीलंका के विदेश मंत्री ने बताया कि कई देशों ने श्रीलंका से चाय के निर्यात का अनुरोध किया था।", "LKA"),
])
def test_an_unnamed_doer_in_reported_speech_is_not_the_speaker(text: str, target: str, pipeline: Pipeline) -> None:
    found = requests(text, pipeline)
    assert [(e.source.kind if e.source else None, e.target.country if e.target else None) for e in found] == [
        ("unknown", target)]


@pytest.mark.parametrize(("text", "expected"), [
    ("पाकिस्तान के प्रधानमंत्री इमरान खान नें कहा कि भारत को बातचीत शुरू करनी चाहिए।", ("PAK", "IND")),
    ("ईरान के विदेश मंत्री जवाद ज़रीफ़ नें कहा कि अमेरिका को प्रतिबंध हटाने चाहिए।", ("IRN", "USA")),
    ("चीन नें कहा कि अमेरिका को ताइवान को हथियार नहीं बेचने चाहिए।", ("CHN", "USA")),
])
def test_a_misspelt_ergative_marks_the_speaker(text: str, expected: tuple[str, str], pipeline: Pipeline) -> None:
    found = requests(text, pipeline)
    assert expected in [(sides(e)[0][0], sides(e)[1][0]) for e in found]


@pytest.mark.parametrize(("text", "modality"), [
    # what is ordered is not to act: the order itself is asserted
    ("जिलाधिकारी ने निजी स्कूलों को फीस न बढ़ाने का निर्देश दिया।", "asserted"),
    ("आयोग ने बैंकों को ब्याज दरें नहीं बढ़ाने का निर्देश दिया।", "asserted"),
    ("सरकार ने कंपनियों को कर्मचारियों का वेतन नहीं काटने का आदेश दिया।", "asserted"),
    ("जिलाधिकारी ने दुकानदारों को प्लास्टिक की थैलियां न बेचने के निर्देश दिए।", "asserted"),
    ("कलेक्टर ने ठेकेदारों को काम न रोकने का आदेश दिया है।", "asserted"),
    # no order was given
    ("जिलाधिकारी ने निजी स्कूलों को फीस घटाने का निर्देश नहीं दिया।", "negated"),
])
def test_an_order_not_to_act_is_given(text: str, modality: str, pipeline: Pipeline) -> None:
    assert [e.modality for e in requests(text, pipeline)] == [modality]
