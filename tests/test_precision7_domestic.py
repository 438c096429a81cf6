"""Domestic news words that look like events and are none (issue 10, domestic precision):

- a symptom told as a "complaint" ("सीने में दर्द की शिकायत", "बुखार और खांसी की शिकायत") is no
  ACCUSE (a blocker row of ``triggers.tsv``); a complaint against someone still is;
- what someone does as a rule, told with a word of frequency and an imperfective verb ("माओवादी
  हमेशा चुनावों का बहिष्कार करते हैं": ``practice_words`` of ``modality.yaml``) is no deed; the same
  act done, or "हमेशा की तरह" with a deed told as done or going on, still is;
- "पकड़ना" of a thing or a pace ("मामले ने तूल पकड़ा", "फोन पकड़ा", "आंदोलन ने जोर पकड़ लिया") is
  no arrest (a blocker row of ``triggers.tsv``); catching people still is;
- an interview given to a Hindi newspaper or channel ("दैनिक जागरण से बातचीत में") is no CONSULT:
  the outlets are media bodies of the knowledge base (``kb/orgs.tsv``), and CONSULT takes no media
  partner (``not_partners``); talks with a person still are.
"""

from __future__ import annotations

import pytest

import ghatna
from ghatna.document import Event
from ghatna.knowledge.kb import load_kb
from ghatna.pipeline import Pipeline
from ghatna.settings import DEFAULT_STAGES, Settings


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    """The rule coder alone: these tests pin the events stage, not the learned detector after it."""
    return ghatna.load(Settings(stages=tuple(s for s in DEFAULT_STAGES if s != "event_model")))


def types(text: str, pipeline: Pipeline) -> set[str]:
    evs: list[Event] = ghatna.extract(text, pipeline=pipeline).events
    return {e.type for e in evs}


@pytest.mark.parametrize("text", [
    "सिविल सर्जन डॉ. रमेश यादव ने कहा कि युवक को तेज बुखार और सांस लेने में तकलीफ की शिकायत है।",
    "चिकित्सक डॉ. सुनीता वर्मा के मुताबिक भर्ती किसान को रात में सीने में दर्द की शिकायत हुई।",
    "डॉ. अनिल मिश्रा ने कहा कि भर्ती महिला को पेट में जलन और उल्टी की शिकायतें थीं।",
    "सीएमओ डॉ. राकेश सिंह ने बताया कि दोनों मजदूरों को गले में खराश और खांसी की शिकायत मिली।",
])
def test_symptom_complaint_is_no_charge(text: str, pipeline: Pipeline) -> None:
    assert "ACCUSE" not in types(text, pipeline)


@pytest.mark.parametrize("text", [
    "ग्रामीणों ने थानेदार की शिकायत एसपी से की।",
    "व्यापारियों ने नगर निगम के अफसरों की शिकायत जिलाधिकारी से की।",
    "मरीज के परिजनों ने डॉक्टर की लापरवाही की शिकायत सीएमओ से की।",
])
def test_complaint_against_someone_is_a_charge(text: str, pipeline: Pipeline) -> None:
    assert "ACCUSE" in types(text, pipeline)


@pytest.mark.parametrize(("text", "plover"), [
    ("माओवादी हमेशा चुनावों का बहिष्कार करते हैं।", "PROTEST"),
    ("विपक्षी दल अक्सर सरकार पर भ्रष्टाचार का आरोप लगाते हैं।", "ACCUSE"),
    ("कांग्रेस नेता आमतौर पर प्रधानमंत्री की आलोचना करते रहे हैं।", "ACCUSE"),
    ("किसान संगठन प्रायः जिलाधिकारी से मुआवजे की मांग करते थे।", "REQUEST"),
    ("वह अक्सर पड़ोसियों के साथ मारपीट करता था।", "ASSAULT"),
])
def test_practice_is_no_deed(text: str, plover: str, pipeline: Pipeline) -> None:
    assert plover not in types(text, pipeline)


@pytest.mark.parametrize(("text", "plover"), [
    ("माओवादियों ने इस बार चुनावों का बहिष्कार किया।", "PROTEST"),
    ("भाजपा ने हमेशा की तरह कांग्रेस पर आरोप लगाया।", "ACCUSE"),
    ("हमेशा शांत रहने वाले ग्रामीणों ने मंगलवार को थाने का घेराव किया।", "PROTEST"),
    ("कांग्रेस हमेशा की तरह इस बार भी सरकार के फैसले का विरोध कर रही है।", "PROTEST"),
])
def test_deed_with_a_word_of_frequency_is_told(text: str, plover: str, pipeline: Pipeline) -> None:
    assert plover in types(text, pipeline) or (plover == "PROTEST" and "ACCUSE" in types(text, pipeline))


@pytest.mark.parametrize("text", [
    "विधायक ने दैनिक जागरण से बातचीत में कहा कि सरकार विफल रही है।",
    "मुख्यमंत्री नीतीश कुमार ने प्रभात खबर से बातचीत की।",
    "संक्रमण से उबरे शिक्षक ने प्रभात खबर से फोन पर बातचीत की।",
    "सांसद मनोज तिवारी ने नवभारत टाइम्स से बातचीत में अपनी बात रखी।",
])
def test_interview_with_an_outlet_is_no_meeting(text: str, pipeline: Pipeline) -> None:
    assert "CONSULT" not in types(text, pipeline)


@pytest.mark.parametrize("text", [
    "मुख्यमंत्री नीतीश कुमार ने उपमुख्यमंत्री सुशील मोदी से बातचीत की।",
    "अखिलेश यादव ने मायावती से मुलाकात की।",
])
def test_talks_with_a_person_are_a_meeting(text: str, pipeline: Pipeline) -> None:
    assert "CONSULT" in types(text, pipeline)


@pytest.mark.parametrize(("hindi", "name"), [
    ("दैनिक जागरण", "Dainik Jagran"), ("अमर उजाला", "Amar Ujala"), ("प्रभात खबर", "Prabhat Khabar"),
    ("नवभारत टाइम्स", "Navbharat Times"), ("दैनिक भास्कर", "Dainik Bhaskar"),
])
def test_hindi_outlets_are_media(hindi: str, name: str) -> None:
    found = [e for e in load_kb().lookup(hindi) if e.name == name]
    assert found and all(e.sector == "MED" and e.country == "IND" for e in found)


def dyads(text: str, pipeline: Pipeline) -> set[tuple[str, str | None, str | None]]:
    evs: list[Event] = ghatna.extract(text, pipeline=pipeline).events
    return {(e.type, e.source.country if e.source else None, e.target.country if e.target else None) for e in evs}


@pytest.mark.parametrize(("text", "expected"), [
    # a sentence told before the article names any place: its named actors' country, not the
    # country of the story that follows
    (("मुख्यमंत्री योगी आदित्यनाथ ने प्रदेश की जनता को होली की शुभकामनाएं दीं। दुबई में भी होली का जश्न "
      "मनाया गया। अबू धाबी और शारजाह में भी लोग जमा हुए। दुबई के बाजारों में भीड़ रही।"), ("SUPPORT", "IND", "IND")),
    (("स्वास्थ्य मंत्री हर्षवर्धन ने राज्यों के साथ बैठक की। ईरान से आज एक विमान दिल्ली पहुंचेगा। ईरान में "
      "फंसे लोगों को वापस लाया जाएगा। ईरान के शहरों में संक्रमण फैला है।"), ("CONSULT", "IND", "IND")),
    # a foreign leader named alone: the story set in his country still gives the group its country
    ("केपी शर्मा ओली ने जनता से शांति की अपील की। काठमांडू में प्रदर्शन हुए।", ("REQUEST", "NPL", "NPL")),
    # a story placed before the sentence keeps its country
    ("दुबई में नए साल पर हजारों लोग जमा हुए। शारजाह में भी भीड़ रही। पुलिस ने भीड़ पर लाठीचार्ज किया।",
     ("COERCE", "ARE", "ARE")),
])
def test_group_before_any_place_takes_its_named_actors_country(text: str, expected: tuple[str, str, str],
                                                               pipeline: Pipeline) -> None:
    assert expected in dyads(text, pipeline)


@pytest.mark.parametrize("text", [
    "मुख्यमंत्री के बयान के बाद मामले ने तूल पकड़ा।",
    "मंत्री ने फोन पकड़ा और अधिकारियों से बात की।",
    "किसानों के धरने ने जोर पकड़ लिया है।",
    "पथराव की घटना के बाद आंदोलन ने और जोर पकड़ा।",
])
def test_catching_a_thing_is_no_arrest(text: str, pipeline: Pipeline) -> None:
    assert "COERCE" not in types(text, pipeline)


@pytest.mark.parametrize("text", [
    "पुलिस ने भाग रहे चोर को पकड़ा।",
    "पुलिस ने बस में सवार दो तस्करों को पकड़ा।",
    "ग्रामीणों ने मवेशी चोरों को पकड़ लिया।",
])
def test_catching_people_is_an_arrest(text: str, pipeline: Pipeline) -> None:
    assert "COERCE" in types(text, pipeline)
