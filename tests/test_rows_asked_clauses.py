"""A request told as "X ने Y से कहा (है/था) कि …" with no pronoun opening what is asked, and
"Y से कहा गया है कि …" (triggers.tsv rows whose roles say ``asks``): a REQUEST of Y only when a verb
of the clause asks (करें, दें, बढ़ाएं; ``asking_verbs`` in modality.yaml). What was only said (a
statement, a promise, a purpose "ताकि … सकें", what both sides should do: "… चाहिए"), words
cited "के हवाले से" or said on someone's behalf "की ओर से" ask nothing. Look-alikes of other rows: sitting down together (बैठकर)
is no meeting, new cases of an illness recorded (नए मामले दर्ज) are no charge. A meeting someone
held "जिसमें Y शामिल थे" has Y as its other side (meetings.attendees)."""

from __future__ import annotations

import pytest
from test_roles_lists import dyads, rule_coder  # noqa: F401  (the fixture "pipeline": the rule coder alone)
from test_triggers_mined import lexicon_plover

import ghatna
from ghatna.extraction.telling import is_asking_verb
from ghatna.pipeline import Pipeline


@pytest.mark.parametrize(("text", "expected"), [
    ("भारत ने नेपाल से कहा कि सीमा पर नई चौकियों का निर्माण रोक दें।", ("REQUEST", "IND", "NPL")),
    ("अमेरिका ने ईरान से कहा है कि परमाणु निरीक्षकों को तुरंत प्रवेश दे।", ("REQUEST", "USA", "IRN")),
    ("जापान ने चीन से कहा था कि विवादित द्वीपों के पास गश्त बंद करे।", ("REQUEST", "JPN", "CHN")),
    # what is asked, then a purpose: the verb before "ताकि" asks
    ("ब्रिटेन ने रूस से कहा कि राजनयिकों की संख्या घटाएं ताकि तनाव कम हो सके।", ("REQUEST", "GBR", "RUS")),
])
def test_asked_clause_is_a_request(text: str, expected: tuple[str, str, str], pipeline: Pipeline) -> None:
    assert expected in dyads(text, pipeline)


@pytest.mark.parametrize("text", [
    "भारत ने नेपाल से कहा कि दोनों देशों के रिश्ते बहुत पुराने हैं।",
    "अमेरिका ने जापान से कहा था कि उसकी सेना हर हाल में मदद करेगी।",
    "चीन ने पाकिस्तान से कहा कि गलियारे का काम समय पर पूरा हो जाएगा।",
    "रूस ने भारत से कहा कि हथियारों की आपूर्ति जारी रहेगी ताकि दोनों देश साथ काम कर सकें।",
    # an obligation, here shared by the speaker
    "फ्रांस ने जर्मनी से कहा कि दोनों देशों को ऊर्जा संकट पर साझा नीति बनानी चाहिए।",
    # cited, or said on someone's behalf: "से" marks no one spoken to
    "प्रधानमंत्री ने वैज्ञानिकों के हवाले से कहा कि लोगों को भीड़ से बचना चाहिए।",
    "विदेश मंत्रालय की ओर से कहा गया कि सभी नागरिक दूतावास से संपर्क करें।",
])
def test_what_is_only_said_asks_nothing(text: str, pipeline: Pipeline) -> None:
    assert not any(d[0] == "REQUEST" for d in dyads(text, pipeline))


def test_asked_deed_is_no_deed(pipeline: Pipeline) -> None:
    found = dyads("संयुक्त राष्ट्र ने इजराइल से कहा है कि गाजा पर हवाई हमले तुरंत बंद करें।", pipeline)
    assert not any(d[0] == "ASSAULT" for d in found)


@pytest.mark.parametrize(("word", "asks"), [
    ("करें", True), ("दें", True), ("बढ़ाएं", True), ("बनायें", True), ("करे", True), ("चाहिए", False),
    ("कीजिए", True), ("है", False), ("हैं", False), ("करेगी", False), ("सकें", False), ("में", False),
    ("किया", False), ("उन्हें", False), ("हमें", False),
])
def test_asking_verbs(word: str, asks: bool) -> None:
    assert is_asking_verb(word) is asks


@pytest.mark.parametrize(("previous", "word", "asks"), [
    ("नई", "योजनाएं", False), ("की", "सेवाएं", False), ("सभी", "दुकानें", False), ("मदद", "करें", True),
    ("सभी", "करे", True),
])
def test_plural_nouns_after_a_genitive_or_quantifier_ask_nothing(previous: str, word: str, asks: bool) -> None:
    assert is_asking_verb(word, previous) is asks


@pytest.mark.parametrize(("text", "plover"), [
    ("मंत्री ने गांव के बुजुर्गों के साथ चौपाल पर बैठकर खाना खाया।", "CONSULT"),
])
def test_look_alikes_give_no_event_of_the_type(text: str, plover: str) -> None:
    assert plover not in lexicon_plover(text)


@pytest.mark.parametrize("text", [
    "राज्य में बीते दिन बुखार के सौ से ज्यादा नए मामले दर्ज किए गए।",
    "जिले में संक्रमण के नये मामले दर्ज होने से प्रशासन सतर्क है।",
    "शहर में डेंगू के चालीस नए मामले दर्ज हुए।",
])
def test_new_cases_of_an_illness_charge_no_one(text: str, pipeline: Pipeline) -> None:
    assert not any(d[0] == "ACCUSE" for d in dyads(text, pipeline))


@pytest.mark.parametrize("text", [
    "थाने की पुलिस ने चोरी के आरोपी युवक के खिलाफ नया मामला दर्ज किया।",
    "पुलिस ने दो पूर्व विधायकों के खिलाफ नए मामले दर्ज किए हैं।",
    "ईडी ने कारोबारी पर नया केस दर्ज किया।",
])
def test_a_new_case_against_someone_is_a_charge(text: str, pipeline: Pipeline) -> None:
    assert any(d[0] == "ACCUSE" for d in dyads(text, pipeline))


@pytest.mark.parametrize(("text", "plover"), [
    ("मंत्री ने गांव के बुजुर्गों के साथ बैठक की।", "CONSULT"),
    ("पुलिस ने दुकानदार के खिलाफ धोखाधड़ी का मामला दर्ज किया।", "ACCUSE"),
])
def test_the_rows_they_stand_beside_still_read(text: str, plover: str) -> None:
    assert plover in lexicon_plover(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("विदेश मंत्री ने कल एक बैठक आयोजित की, जिसमें जर्मनी के राजदूत शामिल हुए।", ("CONSULT", "IND", "DEU")),
    ("फ्रांस के राष्ट्रपति ने एक वीडियो कॉन्फ्रेंस आयोजित की जिसमें इटली और स्पेन के नेता शामिल थे।",
     ("CONSULT", "FRA", "ESP")),
])
def test_who_took_part_in_a_meeting_is_its_other_side(text: str, expected: tuple[str, str, str],
                                                       pipeline: Pipeline) -> None:
    assert expected in dyads(text, pipeline)


def test_a_meeting_with_no_one_taking_part_named_has_no_partner_from_elsewhere(pipeline: Pipeline) -> None:
    found = dyads("विदेश मंत्री ने कल एक बैठक आयोजित की, जिसमें जर्मनी से आए प्रस्ताव पर विचार हुआ।", pipeline)
    assert ("CONSULT", "IND", "DEU") not in found


def requests(text: str, pipeline: Pipeline) -> list[tuple[str, str | None, str]]:
    """The REQUESTs of a text: their target's name and country, and their modality."""
    evs = ghatna.extract(text, pipeline=pipeline).events
    return [(e.target.name if e.target else "", e.target.country if e.target else None, e.modality)
            for e in evs if e.type == "REQUEST"]


@pytest.mark.parametrize(("text", "asked"), [
    ("मंत्री ने पत्रकारों से कहा कि राज्यों से कहा गया है कि वे अस्पताल तैयार रखें।", "state"),
    ("मुख्यमंत्री ने पत्रकारों से कहा कि पुलिस से कहा गया है कि सड़कें खाली कराएं।", "police"),
])
def test_a_told_request_asks_whom_its_own_se_names(text: str, asked: str, pipeline: Pipeline) -> None:
    found = requests(text, pipeline)
    assert found and all(asked in name.lower() and "journalist" not in name.lower() for name, _, _ in found)


@pytest.mark.parametrize("text", [
    # what follows a purpose or consequence opener is subjunctive whatever is asked: a complaint
    "अमेरिका ने ईरान से कहा कि उसकी धरती पर ऐसे गुट पल रहे हैं जिन्हें पैसा मिलता है जिससे वे हमले करें।",
    # a wish after a statement
    "चीन ने नेपाल से कहा कि दोनों देशों के रिश्ते अच्छे हैं और आगे भी अच्छे बने रहें।",
    # a plural noun or a pronoun is no subjunctive
    "भारत ने नेपाल से कहा कि सीमा के गांवों के लिए नई योजनाएं।",
    "भारत ने नेपाल से कहा कि यह फैसला उन्हें।",
    # a building is where one speaks from, no one asked
    "राष्ट्रपति ने व्हाइट हाउस से कहा कि सभी कर्मचारी घरों में रहें।",
    "पुतिन ने क्रेमलिन से कहा कि सभी अधिकारी तैयार रहें।",
])
def test_subjunctives_that_ask_no_one(text: str, pipeline: Pipeline) -> None:
    assert not requests(text, pipeline)


@pytest.mark.parametrize("text", [
    "भारत ने नेपाल से कहा कि सीमा पर हालात गंभीर हैं और सैनिक पीछे हटाएं।",
    "ब्रिटेन ने रूस से कहा कि राजनयिकों की संख्या घटाएं ताकि तनाव कम हो सके।",
])
def test_statement_then_request_still_asks(text: str, pipeline: Pipeline) -> None:
    assert requests(text, pipeline)


def test_a_negation_inside_what_is_asked_is_not_the_requests(pipeline: Pipeline) -> None:
    found = requests("भारत ने बांग्लादेश से कहा कि जब तक बातचीत पूरी न हो तब तक सीमा पर निर्माण रोकें।", pipeline)
    assert [(c, m) for _, c, m in found] == [("BGD", "asserted")]


@pytest.mark.parametrize("text", [
    "विदेश मंत्री ने एक बैठक की जिसमें जापान शामिल होने वाला था।",
    "विदेश मंत्री ने एक बैठक की जिसमें जापान शामिल होगा।",
    "विदेश मंत्री ने एक बैठक की जिसमें जापान शामिल हो सकता है।",
])
def test_who_was_only_to_take_part_is_no_partner(text: str, pipeline: Pipeline) -> None:
    assert not any(d[0] == "CONSULT" and d[2] == "JPN" for d in dyads(text, pipeline))


def test_who_took_part_is_read(pipeline: Pipeline) -> None:
    assert ("CONSULT", "IND", "JPN") in dyads("विदेश मंत्री ने एक बैठक की जिसमें जापान और फ्रांस शामिल थे।", pipeline)
