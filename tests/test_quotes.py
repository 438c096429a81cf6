"""Quotes: direct in every quotation style, unclosed, unopened, reported speech, speakers."""

from __future__ import annotations

import pytest

import ghatna
from ghatna.pipeline import Pipeline

LEAD = "विदेश मंत्रालय के प्रवक्ता रणधीर जायसवाल ने साप्ताहिक ब्रीफिंग में पाकिस्तान पर आरोप लगाया। "


@pytest.mark.parametrize(("text", "speaker", "contains"), [
    (LEAD + "जायसवाल ने कहा, “सीमा पार आतंकवाद बर्दाश्त नहीं किया जाएगा।”", "Randhir Jaiswal", "बर्दाश्त नहीं किया जाएगा"),
    (LEAD + 'उन्होंने कहा, "बातचीत और आतंक साथ नहीं चल सकते।"', "Randhir Jaiswal", "साथ नहीं चल सकते"),
    ("“हम किसी दबाव में नहीं आएंगे और अपने हितों की रक्षा करेंगे,” विदेश मंत्री एस जयशंकर ने कहा।",
     "S. Jaishankar", "किसी दबाव में नहीं आएंगे"),
    ("ईरान के विदेश मंत्री अब्बास अराघची ने कहा, ‘अमेरिका के साथ सीधी बातचीत का सवाल ही नहीं उठता।’",
     "Abbas Araghchi", "सीधी बातचीत का सवाल ही नहीं"),
    ("जर्मनी के चांसलर फ्रेडरिक मर्ज़ ने कहा, “यूक्रेन को जितनी जरूरत होगी उतनी मदद मिलती रहेगी",  # never closed
     "Friedrich Merz", "उतनी मदद मिलती रहेगी"),
    ("पुतिन ने जोर देते हुए कहा कि दोनों देशों के संबंध अपने सर्वश्रेष्ठ दौर से गुजर रहे हैं।”",  # never opened
     "Vladimir Putin", "सर्वश्रेष्ठ दौर से गुजर रहे हैं"),
    ("क्रेमलिन के प्रवक्ता दिमित्री पेसकोव ने कहा कि राष्ट्रपति की यात्रा की तारीख जल्द घोषित होगी।",
     "Dmitry Peskov", "यात्रा की तारीख जल्द घोषित होगी"),
])
def test_quote_and_speaker(text: str, speaker: str, contains: str, pipeline: Pipeline) -> None:
    doc = ghatna.extract(text, pipeline=pipeline)
    hits = [q for q in doc.quotes if contains in q.text]
    assert hits, [q.text for q in doc.quotes]
    assert hits[0].speaker is not None and hits[0].speaker.name == speaker
    q = hits[0]
    assert doc.body[q.start: q.end].strip() == q.text
    assert q.evidence.start <= q.start and q.end <= max(q.evidence.end, q.end)


def test_a_quoted_term_is_not_a_quote(pipeline: Pipeline) -> None:
    doc = ghatna.extract("दोनों देशों ने संबंधों को ‘नए युग की साझेदारी’ बताया।", pipeline=pipeline)
    assert doc.quotes == []


def test_pronoun_speaker_is_the_last_person_who_acted(pipeline: Pipeline) -> None:
    text = ("क्रेमलिन के प्रवक्ता दिमित्री पेसकोव ने बताया कि पुतिन की चीन यात्रा की तैयारी चल रही है। "
            "उन्होंने कहा, “यह संबंधों के लिए बहुत अच्छा समय है।”")
    doc = ghatna.extract(text, pipeline=pipeline)
    quote = next(q for q in doc.quotes if "बहुत अच्छा समय" in q.text)
    assert quote.speaker is not None and quote.speaker.name == "Dmitry Peskov"
