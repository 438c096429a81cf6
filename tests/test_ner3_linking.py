"""Links the context refuses and names cut short: a surname alone after an honorific is no
known holder of it unless the article named them; a short form right after a demonym is no
person; initials written as letters' names keep "के" between them ("पी के मिश्रा")."""

from __future__ import annotations

import pytest

import ghatna
from ghatna.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return ghatna.load()


def people(text: str, pipeline: Pipeline) -> dict[str, str | None]:
    doc = ghatna.extract(text, pipeline=pipeline)
    return {m.text: e.kb_id for e in doc.entities if e.type == "PERSON" for m in e.mentions}


@pytest.mark.parametrize("text", [
    "श्री मुर्मू ने कहा कि जिले में नई सड़कें बनाई जाएंगी।",  # not the President unless named so
    "बैठक के बाद श्रीमती मोदी ने पत्रकारों से बातचीत की।",
    "डॉ. शाह ने बताया कि अस्पताल में दवाओं की कमी नहीं है।",
])
def test_surname_after_honorific_is_unlinked(text: str, pipeline: Pipeline) -> None:
    found = people(text, pipeline)
    assert all(kb_id is None for kb_id in found.values()), found


@pytest.mark.parametrize(("text", "surname"), [
    ("राष्ट्रपति द्रौपदी मुर्मू ने संसद को संबोधित किया। श्रीमती मुर्मू ने कहा कि देश आगे बढ़ेगा।", "मुर्मू"),
    ("प्रधानमंत्री श्री मोदी ने किसानों से मुलाकात की।", "मोदी"),  # an office before the honorific
    ("गृह मंत्री अमित शाह कल पटना पहुंचे थे और श्री शाह ने वहां रैली की।", "शाह"),
    ("कोविंद ने कहा कि आदिवासी इलाकों में स्कूल खुलेंगे।", "कोविंद"),  # no honorific: the known holder
])
def test_surname_links_when_named_or_titled(text: str, surname: str, pipeline: Pipeline) -> None:
    assert people(text, pipeline).get(surname) is not None


@pytest.mark.parametrize(("text", "name"), [
    ("न्यायमूर्ति आर के अग्रवाल ने याचिका पर सुनवाई टाल दी।", "आर के अग्रवाल"),  # "के" between initials
    ("जस्टिस एम के शुक्ला ने कहा कि पुलिस रिपोर्ट दे।", "एम के शुक्ला"),
    ("मुख्य न्यायाधीश बी के त्रिपाठी ने आदेश सुरक्षित रख लिया।", "बी के त्रिपाठी"),
    ("न्यायमूर्ति के एन वर्मा ने जमानत अर्जी खारिज की।", "के एन वर्मा"),  # "के" opening the initials
])
def test_initials_written_as_letters(text: str, name: str, pipeline: Pipeline) -> None:
    assert name in people(text, pipeline)


@pytest.mark.parametrize("text", [
    "न्यायमूर्ति के आदेश पर सरकार ने नई समिति बनाई।",
    "गांधी जी के विचारों पर एक गोष्ठी हुई।",
])
def test_genitive_after_title_is_no_initial(text: str, pipeline: Pipeline) -> None:
    assert not any(name.startswith("के ") or " जी के" in name for name in people(text, pipeline))


def test_short_form_after_demonym_is_no_person(pipeline: Pipeline) -> None:
    """"सऊदी शाह" is the Saudi king, not the Amit Shah named before."""
    doc = ghatna.extract("गृह मंत्री अमित शाह ने बैठक ली। उधर सऊदी शाह ने जॉर्डन के राजा से बात की।", pipeline=pipeline)
    shah = [e for e in doc.entities if e.kb_id and "amit" in e.kb_id]
    assert [m.text for e in shah for m in e.mentions] == ["अमित शाह"]
