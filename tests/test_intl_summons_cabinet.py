"""Two diplomatic shapes told without a named state as the doer (issue 10).

- A passive summons of an envoy ("… के उच्चायुक्त को तलब किया गया") is the host state's: the place
  the sentence gives ("नई दिल्ली में", "रूस में अमरीका के राजदूत"), else the state the article is
  about; never the envoy's own state, so a summons placed nowhere is not coded.
- A cabinet ("मंत्रिमंडल", "कैबिनेट") is an actor of its state, India's where Hindi news tells it
  bare: its approval of an agreement with a foreign state or body is AGREE between them, as the
  annotation codes it; where the agreement is told between its own state and another ("भारत और
  फ्रांस के बीच"), the body stands for its state's side, not a partner of it.
"""

from __future__ import annotations

import pytest

import ghatna
from ghatna.pipeline import Pipeline


def pairs(text: str, plover: str, pipeline: Pipeline) -> set[tuple[str | None, str | None]]:
    events = ghatna.extract(text, pipeline=pipeline).events
    return {(e.source.country if e.source else None, e.target.country if e.target else None)
            for e in events if e.type == plover}


@pytest.mark.parametrize(("text", "pair"), [
    ("सीमा पर हुई गोलीबारी के बाद नई दिल्ली में पाकिस्तान के उप उच्चायुक्त को तलब किया गया।", ("IND", "PAK")),
    ("जासूसी के आरोपों के बीच रूस में ब्रिटेन के राजदूत को भी तलब किया गया है।", ("RUS", "GBR")),
    ("ढाका में म्यांमार के राजदूत को विदेश मंत्रालय में तलब किया गया और कड़ा विरोध दर्ज कराया गया।", ("BGD", "MMR")),
    (("भारत ने नियंत्रण रेखा पर संघर्ष विराम उल्लंघन पर कड़ी नाराजगी जताई है। पाकिस्तान के कार्यवाहक उच्चायुक्त को "
      "बुधवार शाम तलब किया गया।"), ("IND", "PAK")),
])
def test_a_passive_summons_is_the_host_states(text: str, pair: tuple[str, str], pipeline: Pipeline) -> None:
    assert pair in pairs(text, "ACCUSE", pipeline)


@pytest.mark.parametrize(("text", "pair"), [
    ("मॉस्को में जर्मनी के राजदूत क्लाउस वेबर को भी तलब किया गया।", ("RUS", "DEU")),
    ("तेहरान में ब्रिटिश राजनयिकों को तलब किया गया।", ("IRN", "GBR")),
    # a named high commissioner's role (titles.tsv high_commissioner) is an envoy's (review of 9655884)
    ("इस्लामाबाद में भारत के उच्चायुक्त अजय मेहरा को विदेश मंत्रालय में तलब किया गया।", ("PAK", "IND")),
])
def test_a_named_envoy_or_diplomats_summoned_are_the_host_states(text: str, pair: tuple[str, str],
                                                                  pipeline: Pipeline) -> None:
    assert pair in pairs(text, "ACCUSE", pipeline)


@pytest.mark.parametrize("text", [
    "लापरवाही के आरोप में थानाध्यक्ष को एसपी कार्यालय में तलब किया गया।",
    "सुनवाई के दौरान जिलाधिकारी को हाईकोर्ट में तलब किया गया।",
    "मारपीट के मामले में दोनों पक्षों को थाने में तलब किया गया।",
])
def test_a_summons_at_home_is_no_states_deed(text: str, pipeline: Pipeline) -> None:
    """(review of 4613b31) Only an envoy's summons is the host state's: an official or a party to a
    case summoned at home is not the state's authorities'."""
    sources = {e.source.name for e in ghatna.extract(text, pipeline=pipeline).events if e.source}
    assert not any(name.endswith("authorities") for name in sources)


@pytest.mark.parametrize("text", [
    "पाकिस्तान के उच्चायुक्त को तलब किया गया।",
    "चीन के राजदूत को आज तलब किया गया है।",
])
def test_an_envoy_is_never_summoned_by_their_own_state(text: str, pipeline: Pipeline) -> None:
    assert not any(src == tgt for src, tgt in pairs(text, "ACCUSE", pipeline))


@pytest.mark.parametrize(("text", "pair"), [
    ("मंत्रिमंडल ने जहाजरानी के क्षेत्र में सहयोग के लिए नॉर्वे के साथ समझौता ज्ञापन पर हस्ताक्षर की मंजूरी दी।",
     ("IND", "NOR")),
    ("केंद्रीय मंत्रिमंडल ने सौर ऊर्जा पर फ्रांस के साथ हुए समझौते को मंजूरी दे दी है।", ("IND", "FRA")),
    ("कैबिनेट ने जापान के साथ समझौता ज्ञापन को मंजूरी दी।", ("IND", "JPN")),
    ("मंत्रिमंडल ने डाक सेवाओं में सहयोग के लिए भारत और पुर्तगाल के बीच हुए समझौते को मंजूरी दी।", ("IND", "PRT")),
])
def test_a_cabinet_approving_an_agreement_agrees_with_the_partner(text: str, pair: tuple[str, str],
                                                                  pipeline: Pipeline) -> None:
    assert pair in pairs(text, "AGREE", pipeline)


@pytest.mark.parametrize("text", [
    "मंत्रिमंडल ने डाक सेवाओं में सहयोग के लिए भारत और पुर्तगाल के बीच हुए समझौते को मंजूरी दी।",
    "केंद्रीय मंत्रिमंडल ने अंतरिक्ष अनुसंधान पर भारत और मिस्र के बीच समझौता ज्ञापन को मंजूरी दे दी है।",
])
def test_a_body_approving_its_own_states_agreement_is_not_its_partner(text: str, pipeline: Pipeline) -> None:
    assert ("IND", "IND") not in pairs(text, "AGREE", pipeline)
