"""Quotes: direct in every quotation style, unclosed, unopened, reported speech, speakers."""

from __future__ import annotations

import pytest

import ghatna
from ghatna.checks import record_problems
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


def test_a_person_thanked_while_another_speaks_said_nothing(pipeline: Pipeline) -> None:
    """"X ने Y का आभार जताते हुए कहा कि …": X speaks (का names a speaker only right before the
    verb, "Y का कहना है"), and so does the "उन्होंने कहा, “" after it."""
    text = ("राष्ट्रपति व्लादिमीर पुतिन ने भारतीय प्रधानमंत्री नरेंद्र मोदी का आभार जताते हुए कहा कि दोनों देशों "
            "की दोस्ती पुरानी है।\n\nउन्होंने कहा, “हम ऊर्जा और रक्षा में साथ काम करते रहेंगे।”")
    doc = ghatna.extract(text, pipeline=pipeline)
    assert {q.speaker.name for q in doc.quotes if q.speaker} == {"Vladimir Putin"}
    said = ghatna.extract("विपक्ष के नेता राहुल गांधी का कहना है कि सरकार को किसानों से बात करनी चाहिए।",
                          pipeline=pipeline)
    assert [q.speaker.name for q in said.quotes if q.speaker] == ["Rahul Gandhi"]


@pytest.mark.parametrize(("text", "speaker"), [
    ('फिल्मों पर बातचीत में कमलेश्वर ने कहा, "यह हाल सिर्फ हिंदी सिनेमा का नहीं है।"', "Kamleshvar"),
    ('नेपाल के सांसद रामेश्वर ढकाल ने पत्रकारों से कहा, “सीमा पर स्थिति सामान्य है और बातचीत जारी रहेगी।”',
     "Rameshwar Dhakal"),  # रामेश्वर as name_spellings.tsv spells it
])
def test_speakers_the_kb_lacks_are_named(text: str, speaker: str, pipeline: Pipeline) -> None:
    quote = ghatna.extract(text, pipeline=pipeline).quotes[0]
    assert quote.speaker is not None and quote.speaker.name == speaker and quote.speaker.kb_id is None


def test_a_surname_refers_to_the_full_name(pipeline: Pipeline) -> None:
    text = ("गयाना के राष्ट्रपति इरफ़ान अली ने सुरक्षा परिषद से हस्तक्षेप का अनुरोध किया। "
            'अली ने कहा, "हम शांति चाहते हैं, लेकिन किसी से डरेंगे नहीं।"')
    quote = ghatna.extract(text, pipeline=pipeline).quotes[0]
    assert quote.speaker is not None and quote.speaker.name == "Irfaan Ali"


def test_an_unnamed_source_is_no_speaker(pipeline: Pipeline) -> None:
    quote = ghatna.extract('सूत्रों ने कहा, "बातचीत जारी रहेगी और जल्द नतीजे आएंगे।"', pipeline=pipeline).quotes[0]
    assert quote.speaker is None


@pytest.mark.parametrize(("text", "quote", "after"), [
    (("नेपाल के प्रधानमंत्री ने संसद में कहा, ‘हम किसी भी पड़ोसी के साथ टकराव नहीं चाहते\n\n"
     "विपक्ष ने इस बयान की आलोचना की।"), "हम किसी भी पड़ोसी के साथ टकराव नहीं चाहते", "विपक्ष"),
    (("श्रीलंका के राष्ट्रपति ने कहा, 'कर्ज़ का बोझ कम करना हमारी पहली प्राथमिकता है और रहेगी\n\n"
     "इसके बाद वे कोलंबो लौट गए।"), "कर्ज़ का बोझ कम करना हमारी पहली प्राथमिकता है और रहेगी", "कोलंबो"),
    (("भूटान के विदेश मंत्री ने पत्रकारों से कहा, “सीमा विवाद का हल बातचीत से ही निकलेगा\n\n"
     "दोनों देशों के अधिकारियों की बैठक अगले महीने थिम्पू में होगी।"), "सीमा विवाद का हल बातचीत से ही निकलेगा", "बैठक"),
])
def test_unclosed_quotes_run_to_the_paragraph_end_only(text: str, quote: str, after: str, pipeline: Pipeline) -> None:
    doc = ghatna.extract("काठमांडू, 3 मई। दक्षिण एशिया के कई देशों में आज अहम बैठकें हुईं।\n\n" + text, pipeline=pipeline)
    (found,) = [q for q in doc.quotes if quote in q.text]
    assert found.text == quote and found.kind == "unclosed"
    assert after not in found.text


@pytest.mark.parametrize(("text", "quote"), [
    ("विदेश मंत्री ने कहा, ‘बातचीत जारी रहेगी’।", "बातचीत जारी रहेगी"),
    ("‘हम तैयार हैं’, सेना प्रमुख ने कहा।", "हम तैयार हैं"),
    ("प्रधानमंत्री ने कहा, “युद्ध कोई हल नहीं”।", "युद्ध कोई हल नहीं"),
    ("राजदूत का कहना है, 'रिश्ते मजबूत हुए हैं'।", "रिश्ते मजबूत हुए हैं"),
    ("मंत्री बोले, ''हम झुकेंगे नहीं''।", "हम झुकेंगे नहीं"),
])
def test_short_quotes_of_three_words_count(text: str, quote: str, pipeline: Pipeline) -> None:
    doc = ghatna.extract(text, pipeline=pipeline)
    assert [q.text for q in doc.quotes if q.kind != "indirect"] == [quote]


@pytest.mark.parametrize("text", [
    "दोनों देशों ने संबंधों को ‘नए युग की साझेदारी’ बताया।",           # a term, no speech verb beside it
    "अखबार ने इस नीति को ‘ऐतिहासिक भूल’ करार दिया।",
    "मंत्री ने कहा, “नहीं”।",                                       # under three words
    "फिल्म ‘दिल से दिल तक’ ने पहले हफ्ते में अच्छी कमाई की।",
    "India’s foreign minister met his counterpart's deputy in Delhi.",  # apostrophes
])
def test_terms_in_quote_marks_are_no_quotes(text: str, pipeline: Pipeline) -> None:
    assert [q for q in ghatna.extract(text, pipeline=pipeline).quotes if q.kind != "indirect"] == []


@pytest.mark.parametrize(("text", "speaker"), [
    ("चीन के विदेश मंत्रालय ने शुक्रवार को एक बयान जारी किया। बयान में कहा गया, “ताइवान के मुद्दे पर कोई समझौता नहीं होगा।”",
     "Ministry of Foreign Affairs of China"),
    ("अमेरिकी विदेश विभाग की ओर से गुरुवार को जारी बयान में कहा गया कि वॉशिंगटन इस फैसले से चिंतित है।",
     "United States Department of State"),
    ("संयुक्त राष्ट्र ने गाजा पर एक बयान जारी किया। बयान में कहा गया कि राहत सामग्री तुरंत पहुंचनी चाहिए।",
     "United Nations"),
    ("पाकिस्तानी सेना के बयान में कहा गया, “हमारी चौकियों पर बिना उकसावे के गोलीबारी की गई।”", "Pakistan Army"),
    ("नाटो ने बैठक के बाद अपना रुख साफ किया। उसके बयान में कहा गया कि गठबंधन यूक्रेन के साथ खड़ा है।", "NATO"),
    ("भारत सरकार की विज्ञप्ति में बताया गया कि राहत दल रवाना कर दिए गए हैं।", "Government of India"),
])
def test_the_speaker_of_a_statement_is_who_issued_it(text: str, speaker: str, pipeline: Pipeline) -> None:
    quote = ghatna.extract(text, pipeline=pipeline).quotes[0]
    assert quote.speaker is not None and quote.speaker.name == speaker


@pytest.mark.parametrize(("text", "speaker"), [
    ("हमास ने युद्धविराम प्रस्ताव पर जवाब भेजा है। उसने कहा, “हम स्थायी युद्धविराम चाहते हैं।”", "Hamas"),
    ("ईरान ने अमेरिका के आरोपों को खारिज किया। उसने कहा कि उसका परमाणु कार्यक्रम शांतिपूर्ण है।", "Iran"),
    ("यूरोपीय संघ ने रूस पर नए प्रतिबंध लगाए। उसने पत्रकारों से कहा, “यह कदम जरूरी था और आगे भी रहेगा।”",
     "European Union"),
])
def test_usne_may_be_a_body_or_a_country(text: str, speaker: str, pipeline: Pipeline) -> None:
    quote = ghatna.extract(text, pipeline=pipeline).quotes[0]
    assert quote.speaker is not None and quote.speaker.name == speaker


@pytest.mark.parametrize("text", [
    "विदेश मंत्री ने कहा, “  बातचीत के दरवाज़े खुले हैं  ”।",
    "विदेश मंत्री ने कहा, ‘ बातचीत के दरवाज़े खुले हैं और खुले रहेंगे, चाहे जो हो ’।",
    "विदेश मंत्री ने कहा, \" बातचीत के दरवाज़े खुले हैं \n",
    "विदेश मंत्री ने कहा कि   बातचीत के दरवाज़े खुले हैं   ।",
    "बातचीत के दरवाज़े खुले हैं ” विदेश मंत्री ने कहा।",
])
def test_offsets_hold_exactly_the_quote_text(text: str, pipeline: Pipeline) -> None:
    doc = ghatna.extract(text, pipeline=pipeline)
    assert doc.quotes
    for q in doc.quotes:
        assert doc.body[q.start: q.end] == q.text == q.text.strip()


@pytest.mark.parametrize("marks", ["”" * 10000, "“" * 10000, "‘" * 10000, "'" * 10000, '"' * 10001, "“क ख ग” " * 3000])
def test_runs_of_quote_marks_keep_the_record_small(marks: str, pipeline: Pipeline) -> None:
    s = "भारत के विदेश मंत्री ने बुधवार को कहा कि बातचीत जारी रहेगी और दोनों देश मिलकर काम करेंगे।"
    doc = ghatna.extract(s + marks + s, pipeline=pipeline)
    assert len(doc.quotes) <= 3001
    assert sum(len(q.text) for q in doc.quotes) <= 3 * len(s) + 6 * len(doc.quotes)
    assert all(len(q.evidence.text) <= 2 * len(s) + 2 * len(q.text) + 420 for q in doc.quotes)
    assert all(doc.body[q.start: q.end] == q.text for q in doc.quotes)
    assert record_problems(doc.to_record()) == []


@pytest.mark.parametrize(("text", "quote"), [
    ("राज्य की ‘नई नीति' पर डॉक्टर रमेश पांडे ने कहा, ‘‘ अस्पतालों को अभी और तैयारी करनी होगी.''",
     "अस्पतालों को अभी और तैयारी करनी होगी."),
    ("‘जन सुरक्षा’ अभियान पर मंत्री ने कहा, ‘‘हम हर जिले में टीम भेजेंगे ।’’", "हम हर जिले में टीम भेजेंगे ।"),
])
def test_two_single_marks_are_a_double_quote(text: str, quote: str, pipeline: Pipeline) -> None:
    doc = ghatna.extract(text, pipeline=pipeline)
    assert [q.text for q in doc.quotes if q.kind == "direct"] == [quote]


def test_an_unopened_quote_runs_back_to_its_speech_verb(pipeline: Pipeline) -> None:
    text = ("इराक से लौटे सुनील वर्मा ने कहा, हमें सरकार ने मदद की लेकिन देर से. कंपनी ने हमें सीमा तक पहुंचाया. "
            "वहां से हम विमान में बैठे.\" अब वे अपने घर पहुंच गए हैं।")
    (quote,) = [q for q in ghatna.extract(text, pipeline=pipeline).quotes if q.kind == "unopened"]
    assert quote.text.startswith("हमें सरकार ने मदद की") and quote.text.endswith("विमान में बैठे.")


def test_an_unopened_quote_starts_at_its_sentence_when_the_verb_is_far(pipeline: Pipeline) -> None:
    text = ("मंत्री ने कहा, राहत का काम जारी है. टीमें गांवों में हैं. सड़कें खोली जा रही हैं. "
            "बिजली लौट रही है. स्कूल अगले हफ्ते खुलेंगे और बच्चे लौट आएंगे.\"")
    (quote,) = [q for q in ghatna.extract(text, pipeline=pipeline).quotes if q.kind == "unopened"]
    assert quote.text == "स्कूल अगले हफ्ते खुलेंगे और बच्चे लौट आएंगे."


@pytest.mark.parametrize(("text", "speaker"), [
    (("वित्त मंत्री निर्मला सीतारमण ने बैंकों के प्रमुखों से मुलाकात की। बाद में वित्त मंत्री ने पत्रकारों से कहा, "
     "“सरकार हर कदम उठाने को तैयार है।”"), "Nirmala Sitharaman"),
    (("केंद्रीय गृह मंत्री श्री अमित शाह ने बैठक की। गृह मंत्री ने कहा, “सीमा पूरी तरह सुरक्षित है और रहेगी।”"),
     "Amit Shah"),  # an honorific between the title and the name
    (("चीन के विदेश मंत्री वांग यी ने जकार्ता में भारत के विदेश मंत्री एस जयशंकर से मुलाकात की। बैठक के बाद चीनी विदेश मंत्री ने "
      "कहा, “दोनों देशों को मतभेद सुलझाने चाहिए।”"), "Wang Yi"),  # the title's country, not the last minister
    (("भारत के विदेश मंत्री एस जयशंकर ने चीन के विदेश मंत्री वांग यी से मुलाकात की। बैठक के बाद भारतीय विदेश मंत्री ने "
      "कहा, “सीमा पर शांति जरूरी है।”"), "S. Jaishankar"),
    ("पत्रकारों ने अमित की मां सुनीता देवी से बात की। अमित की मां ने कहा, “मेरे बेटे को न्याय मिलना चाहिए।”",
     "Sunita Devi"),
    ("पत्रकारों ने अमित की मां सुनीता देवी से बात की। अमित की मां सुनीता देवी कहती हैं, “मेरे बेटे को न्याय मिलना चाहिए।”",
     "Sunita Devi"),
])
def test_a_title_or_a_relation_stands_for_the_person_it_named(text: str, speaker: str, pipeline: Pipeline) -> None:
    (quote,) = [q for q in ghatna.extract(text, pipeline=pipeline).quotes if q.kind == "direct"]
    assert quote.speaker is not None and quote.speaker.name == speaker


@pytest.mark.parametrize(("text", "speaker"), [
    ("सांसद अनिल देसाई ने कहा, “प्रधानमंत्री नरेंद्र मोदी ने अच्छा काम किया है।” उन्होंने कहा, “हम सरकार का साथ देंगे।”",
     "Anil Desai"),   # not the person named inside the first quote
    (("सांसद अनिल देसाई ने कहा, “प्रधानमंत्री नरेंद्र मोदी ने अच्छा काम किया है।” केंद्रीय मंत्री किरेन रिजिजू ने भी "
     "सरकार का बचाव किया। उन्होंने कहा, “विपक्ष केवल भ्रम फैला रहा है।”"), "Kiren Rijiju"),  # someone acted since
])
def test_a_pronoun_after_a_quote_goes_on_with_its_speaker(text: str, speaker: str, pipeline: Pipeline) -> None:
    quote = [q for q in ghatna.extract(text, pipeline=pipeline).quotes if q.kind == "direct"][-1]
    assert quote.speaker is not None and quote.speaker.name == speaker


@pytest.mark.parametrize("pronoun", ["वे", "वो", "वह"])
def test_a_speech_verb_with_no_name_goes_on_with_the_last_speaker(pronoun: str, pipeline: Pipeline) -> None:
    text = f"सुधा मेहरा ने कहा, “मैं बहुत खुश हूं।” {pronoun} कहती हैं, “यह किताब मेरे दिल के करीब है।”"
    first, second = [q for q in ghatna.extract(text, pipeline=pipeline).quotes if q.kind == "direct"]
    assert first.speaker is not None and second.speaker is first.speaker


def test_a_quote_over_two_paragraphs_keeps_its_speaker(pipeline: Pipeline) -> None:
    text = ("जर्मन चांसलर फ्रेडरिक मर्त्स ने कहा, “यूक्रेन को मदद जारी रहेगी। राष्ट्रपति पुतिन ने बड़ी गलती की है।\n\n"
            "“यूरोप को अपनी सुरक्षा खुद करनी होगी। यह समय की मांग है।”")
    first, second = [q for q in ghatna.extract(text, pipeline=pipeline).quotes if q.kind != "indirect"]
    assert first.kind == "unclosed" and second.kind == "direct"
    assert second.speaker is not None and second.speaker.name == "Friedrich Merz"


@pytest.mark.parametrize(("text", "speaker"), [
    ("छात्र नेता सुनील वर्मा ने विरोध किया। सलमा लिखती हैं, “हमें हर बार लौटा दिया जाता है।”", "Salma"),  # not Sunil
    ("पत्रकार नीरज ठाकुर ने कहा, “हालात खराब हैं।” उनका कहना है, “सरकार को जल्दी कदम उठाने होंगे।”", "Niraj Thakur"),
])
def test_a_bare_subject_before_a_speech_verb_and_auxiliary(text: str, speaker: str, pipeline: Pipeline) -> None:
    quote = [q for q in ghatna.extract(text, pipeline=pipeline).quotes if q.kind == "direct"][-1]
    assert quote.speaker is not None and quote.speaker.name.split()[0] == speaker.split()[0]


@pytest.mark.parametrize("text", [
    "बयान में कहा गया है, “हम किसी दबाव में नहीं झुकेंगे।”",
    "ऐसा कहा जाता है, “जहां चाह वहां राह होती है।”",
    "इसमें कहा गया है, “ऐसी चुप्पी की कीमत चुकानी पड़ेगी।”",
])
def test_a_passive_speech_verb_names_no_speaker(text: str, pipeline: Pipeline) -> None:
    (quote,) = ghatna.extract(text, pipeline=pipeline).quotes
    assert quote.speaker is None


@pytest.mark.parametrize(("text", "speaker"), [
    (("प्रधानमंत्री मोदी ने बैठक की अध्यक्षता की। विदेश सचिव विक्रम मिसरी के मुताबिक, “दोनों देशों ने पांच समझौतों पर "
     "दस्तखत किए।”"), "Vikram Misri"),
    ("प्रधानमंत्री मोदी ने बैठक की अध्यक्षता की। पुलिस प्रवक्ता दीपक राणा के अनुसार ''हमलावर फरार हो गए और तलाश जारी है।''",
     "Deepak Rana"),
])
def test_an_attribution_right_before_a_quote_names_its_source(text: str, speaker: str, pipeline: Pipeline) -> None:
    (quote,) = ghatna.extract(text, pipeline=pipeline).quotes
    assert quote.speaker is not None and quote.speaker.name == speaker


def test_a_pronoun_after_reported_speech_goes_on_with_its_speaker(pipeline: Pipeline) -> None:
    text = ("व्हाइट हाउस की प्रवक्ता कैरोलिन लेविट ने कहा कि ट्रंप इस हफ्ते पुतिन से बात करेंगे। "
            "उन्होंने आगे कहा, “राष्ट्रपति शांति चाहते हैं।”")
    (quote,) = [q for q in ghatna.extract(text, pipeline=pipeline).quotes if q.kind == "direct"]
    assert quote.speaker is not None and quote.speaker.name == "Karoline Leavitt"


@pytest.mark.parametrize(("text", "quote"), [
    ('पुलिस प्रवक्ता कार्ल हेनर ने अख़बार से कहा, "वह सही काम करना चाहता था."" लेकिन उसने जो किया वह ग़लत था और खतरनाक भी."',
     "लेकिन उसने जो किया वह ग़लत था और खतरनाक भी."),   # a mark right after a closing one opens
    ('पुलिस प्रवक्ता कार्ल हेनर ने अख़बार से बात की।"हम लोगों से अपील करते हैं कि वे सावधान रहें."उन्होंने यह भी बताया।',
     "हम लोगों से अपील करते हैं कि वे सावधान रहें."),  # glued after a sentence's end, closed later
])
def test_straight_marks_glued_to_the_text_before_open_a_quote(text: str, quote: str, pipeline: Pipeline) -> None:
    doc = ghatna.extract(text, pipeline=pipeline)
    assert quote in [q.text for q in doc.quotes if q.kind == "direct"]


def test_a_quote_its_speech_verb_opens_is_not_the_next_sentences(pipeline: Pipeline) -> None:
    text = "उनका कहना था, ''मेरा कुत्ता बाहर भागा और मैं गिर गया.''नरेंद्र मोदी ने कहा , ''यह बहुत दुखद घटना है.''"
    first = ghatna.extract(text, pipeline=pipeline).quotes[0]
    assert first.text.startswith("मेरा कुत्ता") and (first.speaker is None or first.speaker.name != "Narendra Modi")


def test_a_title_is_no_part_of_an_unknown_speakers_name(pipeline: Pipeline) -> None:
    text = 'संगठन की निदेशक लिलिक सुलीस्तायोवाती का कहना है, "यहां की ज़्यादातर महिलाएं स्कूल नहीं जा पाईं."'
    quote = ghatna.extract(text, pipeline=pipeline).quotes[0]
    assert quote.speaker is not None and quote.speaker.name.startswith("Lilik")


def test_a_body_that_acted_after_a_quote_takes_usne(pipeline: Pipeline) -> None:
    text = ("इजराइली प्रधानमंत्री नेतन्याहू ने कहा, “हम पीछे नहीं हटेंगे।” हमास ने इस बयान को खारिज कर दिया। "
            "उसने कहा, “कब्जा खत्म होने तक संघर्ष जारी रहेगा।”")
    last = ghatna.extract(text, pipeline=pipeline).quotes[-1]
    assert last.speaker is not None and last.speaker.name == "Hamas"


@pytest.mark.parametrize("text", [
    "प्रधानमंत्री मोदी ने कहा, “भारत शांति चाहता है।” इस पर पाकिस्तान के विदेश मंत्रालय ने प्रतिक्रिया दी। “भारत के आरोप बेबुनियाद हैं।”",
    "पाकिस्तान के विदेश मंत्रालय ने शुक्रवार को बयान जारी किया। “भारत के आरोप बेबुनियाद हैं और हम इन्हें खारिज करते हैं।”",
])
def test_a_quote_with_no_cue_after_a_body_acted_is_the_bodys(text: str, pipeline: Pipeline) -> None:
    last = ghatna.extract(text, pipeline=pipeline).quotes[-1]
    assert last.speaker is not None and last.speaker.name == "Ministry of Foreign Affairs of Pakistan"
