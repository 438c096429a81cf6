"""Sides of international events with named actors (issue 10): whom a speaker tells is no side of
the deed told ("X ने Y को बताया कि Z ने …"); a demonym before common words told as the agent names
its state as the doer ("रूसी विमानों ने", "सऊदी गठबंधन ने"); a state named in full and unmarked before
a person or body of another state is the subject, not a modifier ("ईरान हिज़्बुल्लाह को …"); criticism told as a
happening with no critic named ("X की आलोचना हो रही है") is a charge against X by someone unnamed."""

from __future__ import annotations

import pytest
from test_roles_lists import dyads, rule_coder  # noqa: F401  (the fixture "pipeline": the rule coder alone)

from ghatna.pipeline import Pipeline


@pytest.mark.parametrize(("text", "told_to", "right"), [
    ("तुर्की के विदेश मंत्री ने बीबीसी को बताया कि रूस ने सीरिया में हवाई हमले किए हैं।",
     ("ASSAULT", "RUS", "GBR"), ("ASSAULT", "RUS", "SYR")),
    ("फ़्रांस के विदेश मंत्री ने जर्मनी के राजदूत को बताया कि रूस ने सीरिया में हवाई हमले किए हैं।",
     ("ASSAULT", "RUS", "DEU"), ("ASSAULT", "RUS", "SYR")),
    ("नॉर्वे के प्रधानमंत्री ने स्वीडन के प्रधानमंत्री को बताया कि रूसी सेना ने फ़िनलैंड में घुसपैठ की है।",
     ("ASSAULT", "RUS", "SWE"), ("ASSAULT", "RUS", "FIN")),
    ("पाकिस्तान के विदेश मंत्री ने अमरीकी विदेश मंत्री से कहा कि भारत कश्मीर में मानवाधिकारों का उल्लंघन कर रहा है।",
     ("REJECT", "IND", "USA"), None),
])
def test_whom_a_speaker_tells_is_no_side_of_the_deed_told(text: str, told_to: tuple[str, str, str],
                                                         right: tuple[str, str, str] | None,
                                                         pipeline: Pipeline) -> None:
    found = dyads(text, pipeline)
    assert told_to not in found
    assert right is None or right in found


@pytest.mark.parametrize(("text", "dyad"), [
    ("भारत ने पाकिस्तान से कहा कि वह आतंकियों पर कार्रवाई करे।", ("REQUEST", "IND", "PAK")),
    ("जापान के साथ बातचीत में चीन ने उसकी तारीफ़ की।", ("SUPPORT", "CHN", "JPN")),
])
def test_the_speaker_s_own_addressee_and_a_partner_before_the_agent_stay(text: str, dyad: tuple[str, str, str],
                                                                         pipeline: Pipeline) -> None:
    assert dyad in dyads(text, pipeline)


@pytest.mark.parametrize(("text", "dyad"), [
    ("रूसी विमानों ने सीरिया के इदलिब प्रांत पर बमबारी की।", ("ASSAULT", "RUS", "SYR")),
    ("सऊदी गठबंधन ने यमन की राजधानी सना पर हवाई हमले किए।", ("ASSAULT", "SAU", "YEM")),
    ("चीनी तटरक्षकों ने वियतनाम की नौकाओं को ज़ब्त कर लिया।", ("COERCE", "CHN", "VNM")),
])
def test_a_demonym_before_common_words_names_the_doer_s_state(text: str, dyad: tuple[str, str, str],
                                                            pipeline: Pipeline) -> None:
    found = dyads(text, pipeline)
    assert dyad in found
    assert not any(d[0] == dyad[0] and d[1] == dyad[2] for d in found)  # never the target's own deed


def test_a_demonym_before_a_name_keeps_the_name(pipeline: Pipeline) -> None:
    assert ("ACCUSE", "USA", "IRN") in dyads("अमरीकी राष्ट्रपति ट्रंप ने ईरान की आलोचना की।", pipeline)


@pytest.mark.parametrize(("text", "dyad"), [
    ("ईरान हिज़्बुल्लाह को हथियार भेज रहा है।", ("AID", "IRN", "LBN")),
    ("पाकिस्तान हमास का समर्थन करता है।", ("SUPPORT", "PAK", "PSE")),
    ("ईरान ट्रंप के बयान को खारिज करता है।", ("REJECT", "IRN", "USA")),
    ("रूस नेटो पर आरोप लगाता रहा है।", ("ACCUSE", "RUS", None)),
])
def test_a_state_before_a_foreign_name_is_the_subject(text: str, dyad: tuple[str, str, str | None],
                                                      pipeline: Pipeline) -> None:
    assert dyad in dyads(text, pipeline)


@pytest.mark.parametrize(("text", "dyad"), [
    ("ऑस्ट्रेलिया के प्रधानमंत्री स्कॉट मॉरिसन की कड़ी आलोचना हो रही है।", ("ACCUSE", None, "AUS")),
    ("इस फ़ैसले के लिए ट्रंप की आलोचना हो रही है।", ("ACCUSE", None, "USA")),
    ("सऊदी अरब की इस कार्रवाई की अंतरराष्ट्रीय स्तर पर निंदा हुई है।", ("ACCUSE", None, "SAU")),
])
def test_criticism_told_as_a_happening_charges_its_target(text: str, dyad: tuple[str, None, str],
                                                          pipeline: Pipeline) -> None:
    assert dyad in dyads(text, pipeline)


def test_criticism_in_passing_is_no_charge(pipeline: Pipeline) -> None:
    """"आलोचना होने के बावजूद": a criticism named in passing, no happening told."""
    assert not any(d[0] == "ACCUSE" for d in dyads("ट्रंप की आलोचना होने के बावजूद वह अपने फ़ैसले पर क़ायम रहे।", pipeline))


@pytest.mark.parametrize("text", [
    "इसराइली बस्तीवालों ने फ़लस्तीनी किसानों पर हमला किया।",
    "भारतीय फ़िल्मकारों ने पाकिस्तानी कलाकारों का बहिष्कार किया।",
    "रूसी खिलाड़ियों ने ओलंपिक का बहिष्कार किया।",
    "रूसी हैकरों ने अमरीकी कंपनियों पर साइबर हमला किया।",
])
def test_a_demonym_before_people_who_are_no_instrument_of_the_state_names_no_state(text: str) -> None:
    """Settlers, film-makers, players, hackers: of the demonym's country, but not the state acting."""
    import ghatna

    doers = [e.source for e in ghatna.extract(text).events if e.source]
    assert not any(s.kind == "country" for s in doers)


@pytest.mark.parametrize(("text", "dyad"), [
    ("अमरीकी युद्धपोतों ने ईरान की नौकाओं पर गोलीबारी की।", ("ASSAULT", "USA", "IRN")),
    ("तुर्की ड्रोनों ने इराक़ के उत्तरी इलाक़े पर हमला किया।", ("ASSAULT", "TUR", "IRQ")),
])
def test_a_demonym_before_a_state_instrument_names_the_state(text: str, dyad: tuple[str, str, str],
                                                             pipeline: Pipeline) -> None:
    assert dyad in dyads(text, pipeline)


@pytest.mark.parametrize(("text", "dyad"), [
    ("अमरीका ने उत्तर कोरिया से कहा कि अगर परीक्षण हुआ तो अमरीका हमला करेगा।", ("THREATEN", "USA", "PRK")),
    ("प्रधानमंत्री ने नेपाल के प्रधानमंत्री से कहा कि भारत मदद भेजेगा।", ("AID", "IND", "NPL")),
])
def test_a_deed_told_without_a_target_of_its_own_is_aimed_at_the_one_told(text: str, dyad: tuple[str, str, str],
                                                                          pipeline: Pipeline) -> None:
    assert dyad in dyads(text, pipeline)


def test_an_audience_told_of_a_promise_is_not_its_target(pipeline: Pipeline) -> None:
    found = dyads("रक्षा मंत्री ने संसद को बताया कि भारत मदद भेजेगा।", pipeline)
    assert not any(d[0] == "AID" and d[2] is not None for d in found)
