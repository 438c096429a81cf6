"""Small lexicon gaps (issue 10/12): a visa cancelled told with the English loan ("वीजा कैंसिल/कैंसल")
is a SANCTION as "वीजा रद्द" is, while other things cancelled (trains, flights, leave) are none; ration is
AID only when it is given ("राशन दिया", "राशन मुहैया/उपलब्ध कराया", headline "दिया राशन"), not when it
merely arrives or runs out."""

from __future__ import annotations

import pytest

import ghatna


def types(text: str) -> set[str]:
    return {e.type for e in ghatna.extract(text).events}


@pytest.mark.parametrize("text", [
    "भारत ने चीन के नागरिकों के वीजा कैंसिल कर दिए।",
    "गृह मंत्रालय ने तीन सौ विदेशियों के वीज़ा कैंसल कर दिए हैं।",
])
def test_visa_cancelled_with_the_loan_is_a_sanction(text: str) -> None:
    assert "SANCTION" in types(text)


@pytest.mark.parametrize("text", [
    "रेलवे ने लॉकडाउन के कारण चार सौ ट्रेनें कैंसिल कर दीं।",
    "एयर इंडिया ने दुबई जाने वाली सभी उड़ानें कैंसल कर दीं।",
    "अस्पताल ने डॉक्टरों की छुट्टियां कैंसिल कर दीं।",
])
def test_other_things_cancelled_are_no_sanction(text: str) -> None:
    assert "SANCTION" not in types(text)


@pytest.mark.parametrize("text", [
    "दिल्ली सरकार ने गरीब परिवारों को मुफ्त राशन दिया।",
    "दिल्ली सरकार ने फंसे हुए मजदूरों को राशन मुहैया कराया।",
    "बिहार सरकार ने प्रवासी मजदूरों को राशन उपलब्ध कराया।",
    "प्रवासी मजदूरों को दिल्ली सरकार ने दिया राशन",
])
def test_ration_given_is_aid(text: str) -> None:
    assert "AID" in types(text)


@pytest.mark.parametrize("text", [
    "सरकारी दुकान पर दिल्ली सरकार का राशन आया तो लंबी कतार लग गई।",
    "दिल्ली सरकार ने कहा कि कई परिवारों का राशन खत्म हो गया है।",
    "बिहार सरकार ने राशन कार्ड को आधार से जोड़ने का निर्देश दिया।",
    "ग्रामीणों ने प्रशासन से राशन की कमी की शिकायत की।",
    "मजदूरों ने पुलिस से कहा कि उनके पास राशन नहीं बचा है।",
])
def test_ration_not_given_is_no_aid(text: str) -> None:
    assert "AID" not in types(text)
