"""Trigger rows from mining the train corpus at large (issue 10; training/events/mine_corpus.py).

Predicates news uses that no row held: guidelines given ("दिशानिर्देश दिए"), a crowd storming
a building ("… सचिवालय में घुस गए"), a medical team sent, a video conference, feedback taken
from others, troops withdrawn or called back ("जवानों को हटाया", "टुकड़ियां वापस बुला लीं"), captives
let go ("बंधकों को छोड़ दिया"). And figurative lookalikes the lexicon now reads as no phrase: a
fight against a disease or poverty ("कोरोना के खिलाफ लड़ाई", "महामारी से जंग"), pests or a virus
that "attack", a refund or a comeback told with "वापसी". All sentences are written for these tests."""

from __future__ import annotations

import pytest

import ghatna
from ghatna.extraction.triggers import load_triggers
from ghatna.text.normalize import normalize_text
from ghatna.text.tokens import tokenize


def types_of(text: str) -> set[str]:
    return {e.type for e in ghatna.extract(text).events}


def phrase_types(text: str) -> set[str]:
    tokens = tokenize(normalize_text(text))
    return {m.trigger.plover for m in load_triggers().find(tokens, 0, len(tokens))}


@pytest.mark.parametrize(("text", "plover"), [
    ("चुनाव आयोग ने जिलाधिकारियों को मतगणना केंद्रों पर कड़ी निगरानी के दिशानिर्देश दिए।", "REQUEST"),
    ("पटना में नाराज छात्र परीक्षा रद्द होने पर विधानसभा परिसर में घुस गए।", "PROTEST"),
    ("कोलंबो में गुस्साए प्रदर्शनकारी राष्ट्रपति सचिवालय में घुस गए।", "PROTEST"),
    ("जापान ने बाढ़ प्रभावित फिलीपींस में मेडिकल दल भेजा।", "AID"),
    ("भारत ने चक्रवात के बाद मोजाम्बिक में चिकित्सकीय दल भेजा।", "AID"),
    ("भारत और ऑस्ट्रेलिया के प्रधानमंत्रियों के बीच वीडियो सम्मेलन हुआ।", "CONSULT"),
    ("प्रधानमंत्री ने राज्यों के मुख्यमंत्रियों से बाढ़ राहत पर फीडबैक लिया।", "CONSULT"),
    ("चीन ने लद्दाख की चौकियों से अपने जवानों को हटाया।", "RETREAT"),
    ("तुर्की ने इराक के उत्तरी हिस्से से अपनी टुकड़ियां वापस बुला लीं।", "RETREAT"),
    ("अजरबैजान ने विवादित गांवों से अपनी टुकड़ियों को वापस बुलाया।", "RETREAT"),
    ("तालिबान ने अमेरिकी बंधकों को छोड़ दिया।", "CONCEDE"),
])
def test_mined_predicates_tell_their_event(text: str, plover: str) -> None:
    assert plover in types_of(text)


@pytest.mark.parametrize("text", [  # guards: water is no crowd, a comeback no withdrawal
    "बाढ़ का पानी गांव के घरों और थाने में घुस गया।",
    "मेजबान टीम ने दूसरे हाफ में शानदार वापसी की।",
])
def test_lookalikes_tell_no_event(text: str) -> None:
    assert types_of(text) == set()


@pytest.mark.parametrize(("text", "plover"), [
    ("भारत और अमेरिका ने महामारी के खिलाफ लड़ाई में साथ काम करने पर सहमति जताई।", "ASSAULT"),
    ("विश्व स्वास्थ्य संगठन ने कोविड-19 के खिलाफ लड़ाई में भारत की भूमिका सराही।", "ASSAULT"),
    ("ब्रिटेन की सरकार ने गरीबी के खिलाफ संघर्ष में अफ्रीकी देशों को मदद दी।", "ASSAULT"),
    ("पाकिस्तान के किसानों पर टिड्डियों के हमले के बाद भारत ने कीटनाशक भेजने की पेशकश की।", "ASSAULT"),
    ("ईरान ने कहा कि अमेरिका कोरोना वायरस के हमले के बीच प्रतिबंध हटाए।", "ASSAULT"),
    ("अमेरिका ने कहा कि टैक्स वापसी पर चीन से बातचीत जारी है।", "RETREAT"),
    ("भारतीय टीम ने ऑस्ट्रेलिया के खिलाफ शानदार वापसी की।", "RETREAT"),
])
def test_figurative_fights_and_returns_are_no_phrase(text: str, plover: str) -> None:
    """The lexicon reads no attack or withdrawal here (the event model sees no such phrase either)."""
    assert plover not in phrase_types(text)


@pytest.mark.parametrize(("text", "plover"), [
    ("सऊदी अरब ने कहा कि हूती विद्रोहियों के खिलाफ लड़ाई जारी रहेगी।", "ASSAULT"),
    ("आतंकियों ने सेना के काफिले पर हमला किया।", "ASSAULT"),
    ("अमेरिका की अफगानिस्तान से वापसी पूरी हुई।", "RETREAT"),
])
def test_real_fights_and_withdrawals_stay_phrases(text: str, plover: str) -> None:
    """Guards: the blockers hold only diseases, want and pests."""
    assert plover in phrase_types(text)


def events_of(text: str, plover: str) -> list[tuple[str, str | None]]:
    """The (source, target) names of the events of one type the text tells."""
    return [(e.source.name, e.target.name if e.target else None)
            for e in ghatna.extract(text).events if e.type == plover]


@pytest.mark.parametrize(("text", "plover"), [  # a row's doers must be of its kind (row_doers)
    ("नाराज किसान जिला सचिवालय में घुस गए।", "PROTEST"),
    ("कांग्रेस के कार्यकर्ता विधानसभा में घुस गए।", "PROTEST"),
    ("सेना ने सीमा की चौकियों से अपने जवानों को हटा लिया।", "RETREAT"),
    ("रूस ने यूक्रेन की सीमा से अपनी सेनाएं वापस बुला लीं।", "RETREAT"),
    ("सरकार ने पंजाब से केंद्रीय बलों की टुकड़ियां वापस बुला लीं।", "RETREAT"),
])
def test_rows_with_their_doers_tell_events(text: str, plover: str) -> None:
    assert plover in types_of(text)


@pytest.mark.parametrize(("text", "plover"), [
    ("एक तेंदुआ जिला अस्पताल के परिसर में घुस गया।", "PROTEST"),  # an animal is no crowd
    ("आतंकी संसद परिसर में घुस गए और गोलीबारी की।", "PROTEST"),  # armed men: the shooting is the event
    ("हथियारबंद बदमाश रात में थाने में घुस गए।", "PROTEST"),
    ("दो चोर रात में सचिवालय में घुस गए।", "PROTEST"),
    ("लापरवाही के आरोप में एसपी ने दो जवानों को हटा दिया।", "RETREAT"),  # taken off duty
    ("पुलिस अधीक्षक ने लापरवाह जवानों को थाने से हटाया।", "RETREAT"),
    ("थानाध्यक्ष ने तीन जवानों को हटा दिया।", "RETREAT"),
    ("थाने से तीन जवानों को हटाया गया।", "RETREAT"),  # no one named removes them
])
def test_rows_with_other_doers_tell_no_event(text: str, plover: str) -> None:
    assert plover not in types_of(text)


@pytest.mark.parametrize(("text", "pair"), [  # the captives a release row names are its target
    ("पाकिस्तान ने भारत के 20 मछुआरों को छोड़ दिया।", ("Pakistan", "India civilians")),
    ("हूती विद्रोहियों ने सऊदी अरब के 12 कैदियों को छोड़ दिया।", ("Houthis militants", "Saudi Arabia civilians")),
    ("इजराइल ने फलस्तीन के 90 बंदियों को छोड़ा।", ("Israel", "Palestine civilians")),
    ("श्रीलंका ने भारत के मछुआरों को छोड़ दिया।", ("Sri Lanka", "India civilians")),
])
def test_released_captives_are_the_target(text: str, pair: tuple[str, str]) -> None:
    assert pair in events_of(text, "CONCEDE")


@pytest.mark.parametrize("text", [  # "X को छोड़कर" is "but X"; letting go of a habit releases no one
    "सरकार ने मछुआरों को छोड़कर सभी लोगों को तट से हटाया।",
    "जेल के कैदियों को छोड़ कर बाकी कर्मचारी छुट्टी पर हैं।",
    "मछुआरों ने समुद्र में जाना छोड़ दिया।",
])
def test_no_release_without_captives_let_go(text: str) -> None:
    assert "CONCEDE" not in types_of(text)
