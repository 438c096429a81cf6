"""Quote marks paired as papers print them: closers glued to the next sentence, unclosed quotes,
terms quoted inside quotes, mixed marks (issue 10). Each table row failed before the fix, or
guards a reading that must stay."""

from __future__ import annotations

import pytest

import ghatna
from ghatna.extraction.quotes import find_quote_spans
from ghatna.pipeline import Pipeline


def quoted(body: str) -> list[str]:
    return [body[q.start: q.end] for q in find_quote_spans(body)]


def is_quoted(body: str, words: str) -> bool:
    at = body.index(words)
    return any(q.start <= at < q.end for q in find_quote_spans(body))


# A straight mark glued to a sentence's end and to the next word, none open, closes a quote
# when the next like mark opens one of its own (a speech verb before it): the sentence after
# it is the outlet's, not a quote.
GLUED_CLOSERS = [
    (('वे पूछते हैं, सरकार हमारी मदद क्यों नहीं करती?"भारत ने पाकिस्तान को कड़ी चेतावनी दी. '
     'विदेश मंत्री ने कहा, "हम हर हमले का जवाब देंगे."'), "भारत ने पाकिस्तान को कड़ी चेतावनी दी"),
    (("किसान नेता बोले, फसल बर्बाद हो चुकी है।''सरकार ने राहत पैकेज की घोषणा की। "
     "कृषि मंत्री ने कहा, ''हर किसान को मुआवजा मिलेगा।''"), "सरकार ने राहत पैकेज की घोषणा की"),
    (("लोग अब भी डरे हुए हैं और घरों से नहीं निकल रहे.'पुलिस ने गांव में फ्लैग मार्च किया. "
     "थाना प्रभारी ने बताया, 'हालात पूरी तरह काबू में हैं और गश्त जारी है.'"), "पुलिस ने गांव में फ्लैग मार्च किया"),
    ('बातचीत का कोई नतीजा नहीं निकला!"चीन ने सीमा पर और सैनिक भेजे. प्रवक्ता ने कहा, "हम अपनी जमीन की रक्षा करेंगे."',
     "चीन ने सीमा पर और सैनिक भेजे"),
]


@pytest.mark.parametrize(("body", "told"), GLUED_CLOSERS)
def test_a_sentence_after_a_glued_closer_is_not_quoted(body: str, told: str) -> None:
    assert not is_quoted(body, told)


@pytest.mark.parametrize(("body", "quote"), [
    ('विदेश मंत्री ने कहा, "हम हर हमले का जवाब देंगे."', "हम हर हमले का जवाब देंगे."),
    ('प्रवक्ता ने कहा, "हम तैयार हैं."भारत ने सेना भेजी. मंत्री ने कहा, "हमें शांति चाहिए."', "हमें शांति चाहिए."),
    # a glued opening mark closed by a glued mark stays a quote (no speech verb before the closer)
    ('मंत्री ने संसद में बयान दिया।"हम किसी दबाव में नहीं झुकेंगे."इसके बाद सदन स्थगित हुआ।',
     "हम किसी दबाव में नहीं झुकेंगे."),
])
def test_quotes_around_glued_marks_keep_their_text(body: str, quote: str) -> None:
    assert quote in quoted(body)


# A quote that never closes runs to its paragraph's end only when something introduces it.
@pytest.mark.parametrize(("body", "told"), [
    (("सेना ने कहा कि घुसपैठ नाकाम कर दी गई.“आतंकियों ने चौकी पर हमला किया और दो जवान घायल हुए. "
     "इलाके में तलाशी अभियान जारी है."), "आतंकियों ने चौकी पर हमला किया"),
    ('अधिकारियों के अनुसार इस योजना को "लागू करने में अभी समय लगेगा और बजट भी नहीं है.',
     "लागू करने में अभी समय लगेगा"),
])
def test_an_unclosed_mark_no_one_introduces_quotes_nothing(body: str, told: str) -> None:
    assert not is_quoted(body, told)


@pytest.mark.parametrize(("body", "quote"), [
    ('प्रधानमंत्री ने कहा, "देश एकजुट है. हम हर चुनौती का सामना करेंगे.', "हम हर चुनौती का सामना करेंगे."),
    ('"हम सीमा पर शांति चाहते हैं और बातचीत जारी रहेगी.', "हम सीमा पर शांति चाहते हैं"),
    ("उन्होंने आशंका जताई, ''बाढ़ से हजारों घर डूब सकते हैं.", "बाढ़ से हजारों घर डूब सकते हैं."),
])
def test_an_introduced_unclosed_quote_runs_on(body: str, quote: str) -> None:
    assert any(quote in text for text in quoted(body))


# An open quote that meets the next speaker's quote ends before the words that bring it in.
@pytest.mark.parametrize(("body", "told"), [
    ('राज्यपाल ने कहा, "हालात सामान्य हो रहे हैं. स्कूल जल्द खुलेंगे. मुख्यमंत्री ने भी कहा, "राहत कार्य तेज होगा."',
     "मुख्यमंत्री ने भी कहा"),
    ("मेयर बोले, ''सड़कों की मरम्मत शुरू हो गई है. विपक्ष के नेता का कहना है, ''काम सिर्फ कागज पर हुआ है.''",
     "विपक्ष के नेता का कहना है"),
])
def test_an_unclosed_quote_stops_before_the_next_attribution(body: str, told: str) -> None:
    assert not is_quoted(body, told)


# A term in the quote's own marks inside a quote ('"शांति"') pairs with itself.
@pytest.mark.parametrize(("body", "quote"), [
    ('मंत्री ने कहा, "हम "सर्जिकल स्ट्राइक" जैसे कदम से पीछे नहीं हटेंगे और सीमा की रक्षा करेंगे."',
     "हम \"सर्जिकल स्ट्राइक\" जैसे कदम से पीछे नहीं हटेंगे और सीमा की रक्षा करेंगे."),
    ("उन्होंने कहा, 'सरकार 'आत्मनिर्भर भारत' अभियान के तहत छोटे उद्योगों को कर्ज देगी.'",
     "सरकार 'आत्मनिर्भर भारत' अभियान के तहत छोटे उद्योगों को कर्ज देगी."),
])
def test_a_term_quoted_inside_a_quote_does_not_end_it(body: str, quote: str) -> None:
    assert quote in quoted(body)


@pytest.mark.parametrize(("body", "quotes"), [
    # two quotes in one paragraph, each closed: no term reading across them
    ('उन्होंने कहा, "हम तैयार हैं और लड़ेंगे." फिर जोड़ा, "जनता हमारे साथ है और रहेगी."',
     ["हम तैयार हैं और लड़ेंगे.", "जनता हमारे साथ है और रहेगी."]),
    # English quotes in Latin letters; an apostrophe is no mark
    ('उन्होंने अंग्रेजी में कहा, "We will not back down from India\'s side." और चले गए।',
     ["We will not back down from India's side."]),
])
def test_several_quotes_pair_in_order(body: str, quotes: list[str]) -> None:
    assert quoted(body) == quotes


# A single mark glued to the sentence's end closes a double quote when no single one is open
# inside it (papers mix '' and ').
@pytest.mark.parametrize(("body", "told"), [
    (("स्वास्थ्य मंत्री ने कहा, ''अस्पतालों में पर्याप्त बिस्तर हैं और दवाएं भी हैं.' "
     "राज्य सरकार ने नए कोविड केंद्र खोले."), "राज्य सरकार ने नए कोविड केंद्र खोले"),
    ('अभिनेता ने कहा, "मैं इस फिल्म से बहुत खुश हूं\'.निर्माताओं ने फिल्म की रिलीज टाल दी.',
     "निर्माताओं ने फिल्म की रिलीज टाल दी"),
])
def test_a_single_mark_at_a_sentence_end_closes_a_double_quote(body: str, told: str) -> None:
    assert not is_quoted(body, told)


def test_curly_marks_keep_their_meaning() -> None:
    body = "मंत्री ने कहा, “हम तैयार हैं।”भारत ने सेना भेजी। “युद्ध कोई हल नहीं है और हम शांति चाहते हैं।”"
    assert quoted(body) == ["हम तैयार हैं।", "युद्ध कोई हल नहीं है और हम शांति चाहते हैं।"]


def test_the_event_after_a_glued_closer_is_coded(pipeline: Pipeline) -> None:
    body = ('ग्रामीणों का कहना है, हमें कोई सुरक्षा नहीं मिली."भारत ने पाकिस्तान पर गोलीबारी का आरोप लगाया. '
            'सेना प्रमुख ने कहा, "हम करारा जवाब देंगे."')
    events = ghatna.extract(body, pipeline=pipeline).events
    assert any(e.type == "ACCUSE" for e in events)
