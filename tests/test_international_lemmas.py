"""Triggers by lemma (issue 10, diplomatic recall): a lexicon row of a light-verb phrase
matches every tense, aspect, gender and number of its verb, not one fixed past form
("हिरासत में ले लिया", "बंदी बना लिया", "दबाव डाल रहा है", "चेताते हुए"), and a headline
that puts the verb before its noun ("… पर साधा निशाना", "… पर लगाई रोक") tells the same
event. Leaving an agreement or a treaty ("समझौते से बाहर", "संधि से हटना") is a rejection, not
the agreement. The sentences are written for these tests."""

from __future__ import annotations

import pytest

import ghatna
from ghatna.extraction.triggers import load_triggers
from ghatna.pipeline import Pipeline
from ghatna.text.normalize import normalize_text
from ghatna.text.tokens import tokenize


def lexicon_types(text: str) -> set[str]:
    tokens = tokenize(normalize_text(text))
    return {m.trigger.plover for m in load_triggers().find(tokens, 0, len(tokens))}


def dyads(text: str, pipeline: Pipeline) -> set[tuple[str, str | None, str | None]]:
    doc = ghatna.extract(text, pipeline=pipeline)
    return {(e.type, e.source.country if e.source else None, e.target.country if e.target else None)
            for e in doc.events}


@pytest.mark.parametrize(("text", "plover"), [
    ("तटरक्षक बल ने तस्करों की नाव के चालकों को हिरासत में ले लिया है।", "COERCE"),
    ("पुलिस प्रदर्शनकारियों को हिरासत में लेने के बाद थाने ले गई।", "COERCE"),
    ("विद्रोहियों ने गांव के दस लोगों को बंदी बना रखा है।", "COERCE"),
    ("सेना ने घुसपैठियों को बंदी बनाकर अधिकारियों को सौंपा।", "COERCE"),
    ("अदालत के आदेश पर उसे जेल में डाल दिया गया।", "COERCE"),
    ("प्रशासन ने अवैध इमारतों पर बुलडोजर चला दिया।", "COERCE"),
    ("आयकर अधिकारियों ने व्यापारी के गोदामों पर छापे मारकर दस्तावेज जब्त किए।", "COERCE"),
    ("पुलिस ने पूरे मोहल्ले की तलाशी लेने के बाद दो लोगों को पकड़ा।", "COERCE"),
    ("विपक्षी दल सरकार पर विधेयक वापस लेने के लिए दबाव डाल रहे हैं।", "REQUEST"),
    ("सम्मेलन में राष्ट्रपति ने पड़ोसी देश को चेताते हुए कहा कि धैर्य की सीमा है।", "THREATEN"),
    ("अध्यक्ष ने सदन में हंगामा कर रहे सदस्यों को फटकारते हुए बैठने को कहा।", "ACCUSE"),
    ("मंत्री ने लापरवाह अधिकारियों को बैठक में जमकर लताड़ते हुए नोटिस दिया।", "ACCUSE"),
    ("छात्र संगठन ने कुलपति के खिलाफ नारा लगाते हुए मार्च निकाला।", "PROTEST"),
    ("कार्यकर्ताओं ने चौराहे पर मंत्री का पुतला जलाकर विरोध जताया।", "PROTEST"),
    ("सरकार ने छोटे कारोबारियों को कर भुगतान में छूट देने का फैसला किया है।", "CONCEDE"),
    ("विपक्ष के नेता ने बेरोजगारी पर सरकार पर साधा निशाना", "ACCUSE"),
    ("राज्य सरकार ने नई भर्तियों पर लगाई रोक", "SANCTION"),
])
def test_every_form_of_a_light_verb_phrase_matches(text: str, plover: str) -> None:
    assert plover in lexicon_types(text)


@pytest.mark.parametrize(("text", "dyad"), [
    ("चीन ने कनाडा के दो नागरिकों को हिरासत में ले लिया।", ("COERCE", "CHN", "CAN")),
    ("ईरान ने पंद्रह ब्रिटिश नौसैनिकों को बंदी बना लिया।", ("COERCE", "IRN", "GBR")),
    ("अमेरिका चीन पर व्यापार समझौते के लिए दबाव डाल रहा है।", ("REQUEST", "USA", "CHN")),
    ("जापान के प्रधानमंत्री ने उत्तर कोरिया को चेताते हुए कहा कि मिसाइल परीक्षण बंद हों।", ("THREATEN", "JPN", "PRK")),
    ("अमेरिका ने चीन पर साधा निशाना", ("ACCUSE", "USA", "CHN")),
    ("भारत ने चीनी कंपनियों के निवेश पर लगाई रोक", ("SANCTION", "IND", "CHN")),
    ("ईरान ने कहा कि अमेरिका खाड़ी के देशों को उसके खिलाफ भड़काता है।", ("ACCUSE", "IRN", "USA")),
    ("अमेरिका ने कहा कि वह ईरान के साथ परमाणु समझौते से बाहर निकल रहा है।", ("REJECT", "USA", "IRN")),
    ("रूस ने अमेरिका के साथ मिसाइल संधि से हटने का एलान किया।", ("REJECT", "RUS", "USA")),
])
def test_other_forms_give_the_diplomatic_event(text: str, dyad: tuple[str, str, str], pipeline: Pipeline) -> None:
    assert dyad in dyads(text, pipeline)


def test_leaving_an_agreement_is_no_agreement(pipeline: Pipeline) -> None:
    assert "AGREE" not in {d[0] for d in dyads("अमेरिका ने कहा कि वह ईरान के साथ परमाणु समझौते से बाहर निकल रहा है।",
                                               pipeline)}


@pytest.mark.parametrize("text", [
    "शहर में दिन भर भारी जाम लगा रहा।",                        # a traffic jam, no blockade
    "बच्चों को लगा रोक-टोक बहुत ज्यादा है।",                    # लगा of लगना (felt), not a ban laid
    "तेज हवा से पुतला गिर गया।",                                # an effigy, nothing burnt
])
def test_look_alikes_take_none_of_these_rows(text: str) -> None:
    assert not lexicon_types(text) & {"PROTEST", "SANCTION"}
