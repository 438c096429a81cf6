"""Events no accusing word tells (issue 10): labelling constructions coded by the label's polarity
(``data/labels.yaml``: "X ने Y को गद्दार बताया" ACCUSE, "… को ऐतिहासिक कदम करार दिया" SUPPORT), and
a past obligation in reported speech ("कहा कि Y को … करना चाहिए था"), a reproach of Y by the
speaker, not a demand; a harm or wrong that speech says Y does ("कहा कि Y भेदभाव कर रहा है"); a label
said of Y in speech ("कहा कि Y का फैसला गलत है"). Neutral judgements and one's own regrets are no event."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

import ghatna
from ghatna.extraction.triggers import label_triggers, load_triggers
from ghatna.text.tokens import tokenize

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "training" / "events"))
from mine_triggers import speech_opened


def coded(text: str) -> set[tuple[str, str | None, str | None]]:
    doc = ghatna.extract(text)
    return {(e.type, e.source.name if e.source else None, e.target.name if e.target else None) for e in doc.events}


@pytest.mark.parametrize(("text", "plover", "source", "target"), [
    ("शिवसेना के नेता संजय राउत ने एकनाथ शिंदे को गद्दार बताया।", "ACCUSE", "Sanjay Raut", "Eknath Shinde"),
    ("कांग्रेस ने भाजपा सरकार की नई नीति को किसानविरोधी बताया।", "ACCUSE", "Indian National Congress", None),
    ("अखिलेश यादव ने योगी आदित्यनाथ की घोषणा को एक नाटक बताया।", "ACCUSE", "Akhilesh Yadav", "Yogi Adityanath"),
    ("ममता बनर्जी ने केंद्र सरकार के नए कानून को विभाजनकारी करार दिया।", "ACCUSE", "Mamata Banerjee", None),
    ("पाकिस्तान ने भारत की कार्रवाई को कायराना हरकत करार दिया था।", "ACCUSE", "Pakistan", "India"),
    ("भाजपा ने नरेंद्र मोदी के फैसले को एक ऐतिहासिक कदम बताया।", "SUPPORT", "Bharatiya Janata Party", "Narendra Modi"),
    ("नीतीश कुमार ने नरेंद्र मोदी की योजना को दूरदर्शी बताया।", "SUPPORT", "Nitish Kumar", "Narendra Modi"),
    ("शरद पवार ने उद्धव ठाकरे के निर्णय को अभूतपूर्व कदम बताते हुए स्वागत किया।", "SUPPORT", "Sharad Pawar",
     "Uddhav Thackeray"),
    ("राहुल गांधी ने कहा कि नरेंद्र मोदी को पहले ही यह कदम उठाना चाहिए था।", "ACCUSE", "Rahul Gandhi", "Narendra Modi"),
    ("अरविंद केजरीवाल ने कहा कि केंद्र सरकार को राज्यों को ज्यादा पैसे देने चाहिए थे।", "ACCUSE", "Arvind Kejriwal",
     "Government of India"),
    ("तृणमूल कांग्रेस ने कहा कि भाजपा लोगों की जान खतरे में डाल रही है।", "ACCUSE", "All India Trinamool Congress",
     "Bharatiya Janata Party"),
    ("ममता बनर्जी ने कहा कि केंद्र सरकार बंगाल के साथ भेदभाव कर रही है।", "ACCUSE", "Mamata Banerjee",
     "Government of India"),
    ("योगी आदित्यनाथ ने कहा कि समाजवादी पार्टी ने सदा वोट बैंक की राजनीति की है।", "ACCUSE", "Yogi Adityanath",
     "Samajwadi Party"),
    ("शशि थरूर ने कहा कि भाजपा सरकार का यह रवैया अलोकतांत्रिक है।", "ACCUSE", "Shashi Tharoor", None),
    ("जापान के प्रधानमंत्री ने कहा कि अमेरिका द्वारा शुल्क बढ़ाना अनुचित होगा।", "ACCUSE", None, "United States"),
    ("नीतीश कुमार ने कहा कि नरेंद्र मोदी की यह पहल सराहनीय है।", "SUPPORT", "Nitish Kumar", "Narendra Modi"),
    ("जो बाइडन ने नरेंद्र मोदी को अपना भरोसेमंद मित्र बताया।", "SUPPORT", "Joe Biden", "Narendra Modi"),
])
def test_label_or_reproach_codes_its_polarity(text: str, plover: str, source: str | None, target: str | None) -> None:
    found = [(s, t) for p, s, t in coded(text) if p == plover]
    assert any(source in (None, s) and target in (None, t) for s, t in found), (text, coded(text))


@pytest.mark.parametrize(("text", "plover"), [
    ("डॉक्टरों ने घायल मजदूर की हालत को गंभीर बताया।", "ACCUSE"),  # a neutral judgement
    ("मौसम विभाग ने इस साल की गर्मी को अभूतपूर्व बताया।", "SUPPORT"),  # अभूतपूर्व praises only a step
    ("मुझे उस दिन संयम बरतना चाहिए था।", "ACCUSE"),  # one's own regret
    ("ओलों ने गेहूं की फसल को भारी नुकसान पहुंचाया।", "ACCUSE"),  # a harm told as fact, no one's charge
    ("डॉक्टर ने कहा कि यह बीमारी बहुत खतरनाक है।", "ACCUSE"),  # said of no actor
    ("सरकार का यह फैसला ऐतिहासिक है।", "SUPPORT"),  # no speaker
    ("रमेश ने अपने मित्र को पूरी बात बताई।", "SUPPORT"),  # told to a friend, no label
    ("राहुल गांधी ने कहा कि नरेंद्र मोदी को किसानों की बात सुननी चाहिए।", "ACCUSE"),  # a demand, no reproach
])
def test_look_alikes_give_no_such_event(text: str, plover: str) -> None:
    assert plover not in {p for p, _s, _t in coded(text)}, (text, coded(text))


def test_demand_stays_a_request() -> None:
    assert "REQUEST" in {p for p, _s, _t in coded("राहुल गांधी ने कहा कि नरेंद्र मोदी को किसानों की बात सुननी चाहिए।")}


def test_every_label_row_is_in_the_lexicon_once() -> None:
    patterns = [t.pattern for t in load_triggers().triggers]
    labels = {t.pattern for t in label_triggers()}
    assert labels <= set(patterns)
    assert len(patterns) == len(set(patterns))
    assert {"गद्दार {बताना}", "*विरोधी {बताना}"} <= labels
    assert "अभूतपूर्व {बताना}" not in labels  # listed with_head: only before a head noun


@pytest.mark.parametrize(("text", "opened"), [
    ("मंत्री ने कहा कि छात्रों ने संपत्ति को नुकसान पहुंचाया।", "छात्रों"),
    ("उनका कहना था कि सरकार को पहले जागना चाहिए था।", "सरकार"),
    ("सरकार चाहती है कि किसान नुकसान से बचें।", None),  # "कि" after no speech verb
    ("ओलों ने फसलों को नुकसान पहुंचाया।", None),
])
def test_weighing_a_speaker_row_counts_hits_in_speech(text: str, opened: str | None) -> None:
    """mine_triggers --speech: a speaker row is weighed only where reported speech opens."""
    tokens = tokenize(text)
    at = speech_opened(tokens)
    assert (tokens[at].text if at is not None else None) == opened
