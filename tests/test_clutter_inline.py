"""Clutter inside the text: app and social-media promotion, inline teasers, glued stamps,
lines broken by cut-out links, cut-off last lines, "…" teasers, abbreviations with dots."""

from __future__ import annotations

import pytest

import ghatna
from ghatna.pipeline import Pipeline
from ghatna.settings import Settings
from ghatna.text.clean import classify_line, has_inner_sentence_end, load_rules
from ghatna.text.inline_clutter import cut_inline_teasers, is_promotion, split_glued_stamp
from ghatna.text.normalize import normalize_text
from ghatna.text.segment import split_sentences

TITLE = "नेपाल और भारत के बीच बिजली व्यापार पर बातचीत"
LEAD = "काठमांडू, 9 अगस्त। नेपाल और भारत के ऊर्जा सचिवों ने शुक्रवार को यहां बिजली व्यापार बढ़ाने पर लंबी बातचीत की।"
NEXT = "दोनों पक्षों ने अगले साल तक सीमा पार नई ट्रांसमिशन लाइन पूरी करने का लक्ष्य रखा।"


@pytest.fixture(scope="module")
def cleaner() -> Pipeline:
    return Pipeline(Settings(), stages=["html", "normalize", "clean"])


def clean(text: str, cleaner: Pipeline) -> ghatna.Document:
    return ghatna.extract(text, pipeline=cleaner, html=False)


def flat(text: str) -> str:
    return " ".join(normalize_text(text).split())


PROMOTIONS = [
    "(खबर संसार का एंड्रॉएड ऐप पाने के लिए यहां क्लिक करें. आप ट्विटर और इंस्टाग्राम पर भी हमें फ़ॉलो कर सकते हैं.)",
    "(दैनिक प्रभात का मोबाइल ऐप डाउनलोड करने के लिए यहाँ क्लिक करें। आप हमसे फेसबुक और यूट्यूब पर भी जुड़ सकते हैं।)",
    "हमें फ़ेसबुक, ट्विटर और इंस्टाग्राम पर फ़ॉलो करें",
    "ताज़ा ख़बरों के लिए हमें गूगल न्यूज़ पर फॉलो करें।",
    "Follow us on Facebook, X and Instagram for more updates",
    "देश-दुनिया की हर खबर के लिए हमारा ऐप डाउनलोड करें।",
    "रहें हर पल अपडेट, डाउनलोड करें लोकवाणी न्यूज़ ऐप",
    "हमारे यूट्यूब चैनल को सब्सक्राइब करें और व्हाट्सऐप चैनल से जुड़ें।",
    "आप पूर्वांचल टाइम्स की खबरें टेलीग्राम और फेसबुक पर भी पढ़ सकते हैं.",
    "इस खबर का वीडियो देखने के लिए यहां क्लिक करें",
    "ताज़ा अपडेट के लिए इंस्टाग्राम पर फॉलो करें।",
    "देश-दुनिया की खबरों के लिए व्हाट्सऐप चैनल से जुड़ें।",
]


# Inside a line a promotion ends where its sentence ends: only those with an end go "middle".
PLACED = [(p, where) for p in PROMOTIONS for where in ("own_line", "glued_to_prose", "middle")
          if where != "middle" or p[-1] in ".।)"]


@pytest.mark.parametrize(("promotion", "where"), PLACED)
def test_promotion_goes_and_prose_stays(promotion: str, where: str, cleaner: Pipeline) -> None:
    if where == "own_line":
        text = f"{TITLE}\n\n{LEAD}\n\n{promotion}\n\n{NEXT}"
    elif where == "glued_to_prose":
        text = f"{TITLE}\n\n{LEAD}\n\n{NEXT}{promotion}"
    else:
        text = f"{TITLE}\n\n{LEAD} {promotion} {NEXT}"
    doc = clean(text, cleaner)
    body = flat(doc.body)
    assert flat(LEAD) in body and flat(NEXT) in body
    assert flat(promotion) not in body
    assert not any(word in body for word in ("क्लिक", "फ़ॉलो", "फॉलो", "ऐप", "Follow", "सब्सक्राइब", "टेलीग्राम"))
    assert any(r.reason == "promotion" for r in doc.removed)


def test_promotion_broken_over_lines_by_cut_out_links(cleaner: Pipeline) -> None:
    text = (f"{TITLE}\n\n{LEAD}\n\n{NEXT}(खबर संसार का \n\n\n\nएंड्रॉएड ऐप पाने के लिए \n\n\n\nयहां क्लिक करें. "
            "आप \n\n\n\nट्विटर और \n\n\n\nइंस्टाग्राम पर भी हमें फ़ॉलो कर सकते हैं.)")
    doc = clean(text, cleaner)
    assert doc.body.endswith(NEXT)
    assert doc.dateline is not None and doc.dateline["date"] == "--08-09"


@pytest.mark.parametrize("sentence", [
    "अरबपति कारोबारी के ट्विटर पर दस करोड़ से ज़्यादा लोग उन्हें फ़ॉलो करते हैं।",
    "मंत्री ने फ़ेसबुक और ट्विटर पर अपने संदेश में कहा कि बातचीत जारी रहेगी।",
    "सरकार ने इस ऐप के लिए पांच करोड़ रुपये मंज़ूर किए हैं।",
    "स्वास्थ्य विभाग ने लोगों से टीकाकरण ऐप डाउनलोड करने की अपील की।",
    "अगर सैनिक भी नेताओं को फॉलो करने लगे तो सुरक्षा पर असर पड़ेगा।",
    "उन्होंने कार्यकर्ताओं से कहा कि वे फेसबुक पर पार्टी के पेज से जुड़ें।",
    "विपक्ष ने आरोप लगाया कि सरकार ट्विटर पर आलोचकों को ब्लॉक कर रही है।",
])
def test_prose_about_apps_and_networks_stays(sentence: str, cleaner: Pipeline) -> None:
    assert not is_promotion(sentence)
    doc = clean(f"{TITLE}\n\n{LEAD} {sentence}\n\n{NEXT}", cleaner)
    assert flat(sentence) in flat(doc.body)


@pytest.mark.parametrize(("line", "teaser", "kept"), [
    (f"{LEAD} यह भी पढ़ें: क्या चीन से बिजली खरीदेगा नेपाल? {NEXT}", "क्या चीन से बिजली खरीदेगा नेपाल?", [LEAD, NEXT]),
    (f"{LEAD} Also Read - बांग्लादेश में बाढ़ से 30 की मौत | {NEXT}", "बांग्लादेश में बाढ़ से 30 की मौत", [LEAD, NEXT]),
    (f"{LEAD} ये भी पढ़ें- भूटान ने पर्यटकों का शुल्क घटाया", "भूटान ने पर्यटकों का शुल्क घटाया", [LEAD]),
    (f"{LEAD}(पढ़िए: सीमा पर नया पुल बनकर तैयार){NEXT}", "सीमा पर नया पुल बनकर तैयार", [LEAD, NEXT]),
    (f"{LEAD}पढ़िए- पहाड़ों में बारिश से सड़कें बंद!{NEXT}", "पहाड़ों में बारिश से सड़कें बंद!", [LEAD, NEXT]),
    (f"इसे भी पढ़ें: श्रीलंका में नई सरकार का बजट पेश {NEXT} {LEAD}", "श्रीलंका में नई सरकार का बजट पेश", [LEAD]),
])
def test_inline_teaser_is_cut_from_a_prose_line(line: str, teaser: str, kept: list[str], cleaner: Pipeline) -> None:
    doc = clean(f"{TITLE}\n\n{line}", cleaner)
    body = flat(doc.body)
    assert flat(teaser) not in body
    assert all(flat(k) in body for k in kept)
    assert any(r.reason == "related" and flat(teaser) in flat(r.text) for r in doc.removed)


@pytest.mark.parametrize("line", [
    "बच्चे स्कूल जाएं और पढ़ें, यही गांव के लोगों की सबसे बड़ी इच्छा है।",
    "शिक्षा मंत्री ने कहा कि छात्र अपनी भाषा में पढ़ें: यह उनका अधिकार है।",
    "यह भी पढ़ें: नेपाल में भूकंप के झटके",  # a related-link line: classified whole, not cut
])
def test_no_teaser_cut_without_a_teaser(line: str) -> None:
    assert cut_inline_teasers(line) == (line, [])


@pytest.mark.parametrize(("line", "stamp", "rest"), [
    ("date 2025-11-29 भारत ने नेपाल को बिजली निर्यात बढ़ाने का प्रस्ताव दिया।", "date 2025-11-29",
     "भारत ने नेपाल को बिजली निर्यात बढ़ाने का प्रस्ताव दिया।"),
    ("Updated: 12 March 2025, 10:15 AM IST नेपाल के प्रधानमंत्री ने दिल्ली यात्रा की तारीख तय की।",
     "Updated: 12 March 2025, 10:15 AM IST", "नेपाल के प्रधानमंत्री ने दिल्ली यात्रा की तारीख तय की।"),
    ("प्रकाशित: 3 जनवरी 2024 | भूटान के राजा ने असम के मुख्यमंत्री से मुलाकात की।", "प्रकाशित: 3 जनवरी 2024",
     "भूटान के राजा ने असम के मुख्यमंत्री से मुलाकात की।"),
    ("2024-07-15T09:30:00+05:30 श्रीलंका की संसद ने नया बजट पारित कर दिया।", "2024-07-15T09:30:00+05:30",
     "श्रीलंका की संसद ने नया बजट पारित कर दिया।"),
    ("Published On: Tue, 14 Jan 2025 09:05 AM (IST)Maldives News: माले में भारत के सहयोग से बना पुल खुला",
     "Published On: Tue, 14 Jan 2025 09:05 AM (IST)", "Maldives News: माले में भारत के सहयोग से बना पुल खुला"),
    ("प्रकाशित: शुक्रवार, 3 जनवरी 2024 | भूटान के राजा ने असम के मुख्यमंत्री से मुलाकात की।",
     "प्रकाशित: शुक्रवार, 3 जनवरी 2024", "भूटान के राजा ने असम के मुख्यमंत्री से मुलाकात की।"),
])
def test_glued_stamp_is_split_off(line: str, stamp: str, rest: str) -> None:
    assert split_glued_stamp(line) == (stamp, rest)


@pytest.mark.parametrize("line", [
    "12 मार्च 2025 को भारत और नेपाल ने बिजली समझौते पर दस्तखत किए।",  # a date in a sentence
    "2024-07-15 को श्रीलंका की संसद ने नया बजट पारित कर दिया।",
    "Updated: 12 March 2025, 10:15 AM IST",                               # a stamp alone
    "तारीख पर तारीख मिलने से लोग परेशान हैं और अदालतों में मामले लंबित हैं।",
])
def test_no_glued_stamp(line: str) -> None:
    assert split_glued_stamp(line) is None


def test_glued_stamp_gives_the_date_and_keeps_the_prose(cleaner: Pipeline) -> None:
    doc = clean(f"{TITLE}\n\ndate 2025-11-29 भारत ने नेपाल को बिजली निर्यात बढ़ाने का प्रस्ताव दिया।\n\n{NEXT}", cleaner)
    assert doc.published == "2025-11-29"
    assert doc.body.startswith("भारत ने नेपाल को")
    assert "2025-11-29" not in doc.body


@pytest.mark.parametrize("last", [
    "ऊर्जा सचिव ने बताया कि अगले चरण में बिहार और उत्तर प्रदेश के रास्ते भी बिजली भेजी जाएगी, जिसके लिए नए समझौते पर बा",
    "इस परियोजना पर करीब 900 करोड़ रुपये खर्च होंगे और इसका बड़ा हिस्सा विश्व बैंक के कर्ज से आएगा। बाकी रकम दोनों देश मिल",
    "अधिकारियों के मुताबिक पहली लाइन से नेपाल हर साल करीब एक हज़ार मेगावाट बिजली बेच सकेगा और इसके लिए",
    "दोनों देशों के बीच बिजली व्यापार का नया समझौता अगले महीने होने की संभावना है जिसका मसौदा तैयार है, लेकिन इसमें कुछ शर्तों पर मतभेद बाकी हैं और अधिकारी इस पर लगातार…",
])
def test_a_cut_off_last_line_is_prose(last: str, cleaner: Pipeline) -> None:
    doc = clean(f"{TITLE}\n\n{LEAD}\n\n{NEXT}\n\n{last}\n\nAdvertisement", cleaner)
    assert flat(last) in flat(doc.body)


@pytest.mark.parametrize("last", ["भूटान में पर्यटकों की संख्या घटी", "पाकिस्तान में आटे की कीमतों पर हंगामा…"])
def test_a_short_headline_after_the_article_is_not_prose(last: str, cleaner: Pipeline) -> None:
    doc = clean(f"{TITLE}\n\n{LEAD}\n\n{NEXT}\n\n{last}", cleaner)
    assert flat(last) not in flat(doc.body)


@pytest.mark.parametrize(("line", "kind"), [
    ("सीमा पर तनाव के बीच दोनों देशों की सेनाओं ने बातचीत की…", "teaser"),
    (("सीमा पर तनाव के बीच दोनों देशों की सेनाओं ने शुक्रवार को फ्लैग मीटिंग की और तय किया कि गश्त के नियमों पर "
      "अगले हफ्ते फिर बात होगी, क्योंकि पिछले महीने हुई झड़प के बाद से दोनों तरफ…"), "paragraph"),
])
def test_the_ellipsis_teaser_rule_is_for_short_lines(line: str, kind: str) -> None:
    assert classify_line(normalize_text(line), load_rules()) == kind


def test_a_sentence_broken_by_cut_out_links_is_joined(cleaner: Pipeline) -> None:
    text = (f"{TITLE}\n\n{LEAD}\n\nअधिकारियों ने बताया कि दोनों देशों की एक \n\n\n\nसंयुक्त समिति \n\n\n\n"
            f"हर तीन महीने में प्रगति की समीक्षा करेगी.\n\n{NEXT}")
    doc = clean(text, cleaner)
    assert "दोनों देशों की एक संयुक्त समिति हर तीन महीने में प्रगति की समीक्षा करेगी." in doc.body
    assert doc.title == TITLE


@pytest.mark.parametrize(("text", "inner_end"), [
    ("डॉ. हर्षवर्धन ने कहा कि टीकाकरण जारी रहेगा", False),
    ("जनरल वी.के. सिंह ने सीमा का दौरा किया", False),
    ("नई दिल्ली (हि.स.) केंद्र सरकार ने नई नीति जारी की", False),
    ("U.S. के विदेश मंत्री दिल्ली पहुंचे", False),
    ("सरकार ने नीति जारी की. विपक्ष ने इसका विरोध किया", True),
    ("विकास दर 6.5 प्रतिशत रही", False),
])
def test_abbreviations_with_dots_end_no_sentence(text: str, inner_end: bool) -> None:
    assert has_inner_sentence_end(text) is inner_end


@pytest.mark.parametrize(("text", "sentences"), [
    ("हि.स. के अनुसार सरकार ने नीति जारी की. विपक्ष ने विरोध किया.", 2),
    ("जनरल वी.के. सिंह ने कहा. डॉ. हर्षवर्धन भी आए.", 2),
    ("पं. नेहरू ने भाषण दिया. मो. रफी ने गीत गाया.", 2),
])
def test_abbreviations_with_dots_stay_whole_in_sentences(text: str, sentences: int) -> None:
    assert len(split_sentences(text)) == sentences


@pytest.mark.parametrize(("text", "whole", "sentences"), [
    ("नई दिल्ली, 5 जून (हि.स.)। केंद्र सरकार ने राज्यों को बाढ़ राहत के लिए अतिरिक्त धन जारी किया है।", "(हि.स.)", 2),
    ("जनरल वी.के. सिंह ने सीमावर्ती इलाकों का दौरा किया और सैनिकों से बात की।", "वी.के. सिंह", 1),
    ("वॉशिंगटन डी.सी., 7 जुलाई। अमेरिका ने चीन से आने वाले सामान पर नए शुल्क लगाने का एलान किया है।",
     "वॉशिंगटन डी.सी.", 2),
    ("सम्मेलन में डॉ. हर्षवर्धन और प्रो. रमेश ने स्वास्थ्य नीति पर अपनी बात रखी।", "डॉ. हर्षवर्धन", 1),
])
def test_abbreviations_with_dots_stay_whole_in_the_body(text: str, whole: str, sentences: int,
                                                        cleaner: Pipeline) -> None:
    doc = clean(f"{TITLE}\n\n{text}\n\n{NEXT}", cleaner)
    assert whole in doc.body
    assert len(split_sentences(normalize_text(text))) == sentences


@pytest.mark.parametrize("first", [
    "नेपाल और भारत के ऊर्जा सचिवों ने शुक्रवार को बिजली व्यापार पर बात की. इसमें शामिल होने वाले ",
    "अधिकारियों ने बताया कि दोनों देशों की एक संयुक्त समिति बनेगी जिसके ",
    "नेपाल के ऊर्जा मंत्री ने कहा कि यह समझौता उनके देश के लिए बहुत अहम है और आपका ",
    "नेपाल के ऊर्जा मंत्री ने संसद में बिजली समझौते की जानकारी दी.(",
])
def test_a_first_line_broken_by_a_cut_out_link_is_joined_not_a_title(first: str, cleaner: Pipeline) -> None:
    rest = "ध्यान इस बात पर रहेगा कि सीमा पार ट्रांसमिशन लाइन समय पर पूरी हो."
    doc = clean(f"{first}\n\n\n\n{rest}\n\n{NEXT}", cleaner)
    assert doc.title is None
    assert flat(first.rstrip("( ")) in flat(doc.body) and flat(rest) in flat(doc.body)


def test_a_title_before_a_soft_break_stays_the_title(cleaner: Pipeline) -> None:
    doc = clean(f"{TITLE} \n\n{LEAD}\n\n{NEXT}", cleaner)
    assert doc.title == TITLE
    assert doc.body.startswith("काठमांडू, 9 अगस्त।")
