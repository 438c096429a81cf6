""""दोनों देशों", "दोनों नेताओं", "इन दोनों दलों": the two distinct actors the article paired last
(references.pair_slots), never one country twice, and demands made of both."""

from __future__ import annotations

import pytest

from ghatna.api import extract
from ghatna.extraction.references import pair_slots


def pair_after(text: str, word: str) -> list[str] | None:
    """The names "दोनों <word>" stands for in an article, or None when it stands for no pair."""
    doc = extract(text, html=False)
    for i, tok in enumerate(doc.tokens[:-1]):
        if tok.text == "दोनों" and doc.tokens[i + 1].text == word:
            slots = pair_slots(doc, i, i + 2)
            return sorted(e.name for e in slots[0].entities) if slots else None
    raise AssertionError(f"no 'दोनों {word}' in the text")


@pytest.mark.parametrize(("text", "word", "expected"), [
    # a meeting of two Indians gives no pair of countries; the two states told before it do
    (("भारत और चीन के बीच सीमा पर तनाव है। प्रधानमंत्री नरेंद्र मोदी ने गृह मंत्री अमित शाह से मुलाकात की। "
     "दोनों देशों ने बातचीत जारी रखने पर सहमति जताई।"), "देशों", ["China", "India"]),
    # two leaders of two states met: their countries are the pair
    (("प्रधानमंत्री नरेंद्र मोदी ने जापान के प्रधानमंत्री शिंजो आबे से मुलाकात की। "
     "दोनों देशों के बीच व्यापार बढ़ाने पर बात हुई।"), "देशों", ["India", "Japan"]),
    (("प्रधानमंत्री नरेंद्र मोदी ने जापान के प्रधानमंत्री शिंजो आबे से मुलाकात की। "
     "दोनों नेताओं ने रक्षा सहयोग पर चर्चा की।"), "नेताओं", ["Narendra Modi", "Shinzo Abe"]),
    # two parties: the last two named, not the speaker's own
    (("भाजपा नेता प्रकाश जावड़ेकर ने आम आदमी पार्टी और कांग्रेस पर लोगों को गुमराह करने का आरोप लगाया। "
     "जावड़ेकर ने कहा कि इन दोनों दलों को देश से माफी मांगनी चाहिए।"), "दलों",
     ["Aam Aadmi Party", "Indian National Congress"]),
    ("मायावती ने कहा कि समाजवादी पार्टी और कांग्रेस ने जनता को धोखा दिया है। दोनों दलों ने कोई काम नहीं किया।",
     "दलों", ["Indian National Congress", "Samajwadi Party"]),
    # one country only: no pair
    ("प्रधानमंत्री नरेंद्र मोदी ने गृह मंत्री अमित शाह से मुलाकात की। दोनों देशों ने व्यापार पर बात की।",
     "देशों", None),
])
def test_pair_is_two_distinct_actors(text: str, word: str, expected: list[str] | None) -> None:
    assert pair_after(text, word) == expected


@pytest.mark.parametrize(("text", "targets"), [
    (("भाजपा नेता प्रकाश जावड़ेकर ने आम आदमी पार्टी और कांग्रेस पर लोगों को गुमराह करने का आरोप लगाया। "
     "जावड़ेकर ने कहा कि इन दोनों दलों को देश से माफी मांगनी चाहिए।"),
     {"Aam Aadmi Party", "Indian National Congress"}),
])
def test_demand_of_both_parties(text: str, targets: set[str]) -> None:
    """What a speaker says both other sides ought to do is asked of each of them."""
    doc = extract(text, html=False)
    second = text.index("जावड़ेकर ने कहा")
    asked = {ev.target.name for ev in doc.events if ev.type == "REQUEST" and ev.target is not None
             and ev.evidence.start >= second and ev.source is not None and ev.source.name == "Prakash Javadekar"}
    assert asked == targets


def test_own_side_in_pair_is_no_demand() -> None:
    """"दोनों देशों को … करना चाहिए" said by one of the two: what its own side should do, no demand."""
    text = ("चीन के प्रधानमंत्री ली केकियांग ने पाकिस्तान के प्रधानमंत्री से मुलाकात की। "
            "ली ने कहा कि दोनों देशों को सड़क निर्माण में साझेदारी बढ़ानी चाहिए।")
    doc = extract(text, html=False)
    second = text.index("ली ने कहा")
    assert not [ev for ev in doc.events if ev.type == "REQUEST" and ev.evidence.start >= second]
