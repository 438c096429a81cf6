"""Events: roles from Hindi syntax, modality, dates, places, evidence."""

from __future__ import annotations

import pytest

import ghatna
from ghatna.document import Event
from ghatna.pipeline import Pipeline


def events(text: str, pipeline: Pipeline, published: str | None = None) -> list[Event]:
    return ghatna.extract(text, pipeline=pipeline, published=published).events


def triples(evs: list[Event]) -> set[tuple[str, str | None, str | None]]:
    return {(e.type, e.source.name if e.source else None, e.target.name if e.target else None) for e in evs}


@pytest.mark.parametrize(("text", "expected"), [
    ("भारत ने पाकिस्तान के उच्चायुक्त को तलब किया।", ("ACCUSE", "India", "Pakistan")),
    ("प्रधानमंत्री नरेंद्र मोदी ने फ्रांस के राष्ट्रपति इमैनुएल मैक्रों से मुलाकात की।",
     ("CONSULT", "Narendra Modi", "Emmanuel Macron")),
    ("ईरान ने इजराइल पर मिसाइल हमला किया।", ("ASSAULT", "Iran", "Israel")),
    ("अमेरिका ने ईरान के तेल निर्यात पर नए प्रतिबंध लगाए।", ("SANCTION", "United States", "Iran")),
    ("जर्मनी ने यूक्रेन को सैन्य सहायता भेजी।", ("AID", "Germany", "Ukraine")),
    ("तुर्की ने स्वीडन की सदस्यता पर हामी भरी।", ("AGREE", "Turkey", "Sweden")),
    ("चीन ने जापान के बयान की कड़ी निंदा की।", ("ACCUSE", "China", "Japan")),
    ("बांग्लादेश ने भारत से शेख हसीना के प्रत्यर्पण का अनुरोध किया।", ("REQUEST", "Bangladesh", "India")),
    ("उत्तर कोरिया ने दक्षिण कोरिया को गंभीर परिणाम भुगतने की धमकी दी।", ("THREATEN", "North Korea", "South Korea")),
    ("सऊदी अरब और ईरान ने राजनयिक संबंध बहाल करने पर सहमति जताई।", ("AGREE", "Saudi Arabia", "Iran")),
    ("पाकिस्तान की सेना ने अफगानिस्तान में हवाई हमले किए।", ("ASSAULT", "Pakistan Army", "Afghanistan")),
    ("शहबाज शरीफ और नरेंद्र मोदी की मुलाकात शंघाई में हुई।", ("CONSULT", "Shehbaz Sharif", "Narendra Modi")),
    ("18 नवंबर को जेलेंस्की और मैक्रों के बीच हुई बैठक में सुरक्षा पर चर्चा हुई।",
     ("CONSULT", "Volodymyr Zelenskyy", "Emmanuel Macron")),
])
def test_roles(text: str, expected: tuple[str, str, str], pipeline: Pipeline) -> None:
    assert expected in triples(events(text, pipeline))


def test_coordinated_agents_both_act(pipeline: Pipeline) -> None:
    evs = events("भारत और जापान ने चीन की कार्रवाई की निंदा की।", pipeline)
    assert {("ACCUSE", "India", "China"), ("ACCUSE", "Japan", "China")} <= triples(evs)


def test_two_leaders_are_the_ones_who_met(pipeline: Pipeline) -> None:
    text = ("जापान के प्रधानमंत्री शिगेरु इशिबा ने टोक्यो में दक्षिण कोरिया के राष्ट्रपति ली जे-म्युंग से मुलाकात की। "
            "दोनों नेताओं ने उत्तर कोरिया के मुद्दे पर सहमति जताई।")
    assert ("AGREE", "Shigeru Ishiba", "Lee Jae-myung") in triples(events(text, pipeline, "2025-08-25"))


@pytest.mark.parametrize(("text", "modality"), [
    ("फ्रांस के राष्ट्रपति इमैनुएल मैक्रों अगले हफ्ते ही ब्राजील के दौरे पर जाने वाले हैं।", "planned"),
    ("नरेंद्र मोदी अगले महीने अमेरिका का दौरा करेंगे।", "planned"),
    ("भारत और पाकिस्तान के बीच बातचीत हो सकती है, ऐसी संभावना है।", "possible"),
    ("ईरान ने अमेरिका के साथ सीधी बातचीत नहीं की।", "negated"),
    ("भारत ने पाकिस्तान के उच्चायुक्त को तलब किया।", "asserted"),
    ("ब्राजील के राष्ट्रपति ने अमेरिका का अपना दौरा रद्द कर दिया।", "negated"),
    ("विदेश मंत्री ने कहा कि मछुआरों की जल्द रिहाई का अनुरोध किया गया है और जयशंकर ने श्रीलंका से अनुरोध किया।", "asserted"),
])
def test_modality(text: str, modality: str, pipeline: Pipeline) -> None:
    evs = events(text, pipeline)
    assert evs and evs[0].modality == modality


def test_denied_clause_is_negated_not_rejected(pipeline: Pipeline) -> None:
    evs = events("ईरान के विदेश मंत्री अब्बास अराघची ने इस बात से इनकार किया कि ईरान ने रूस को हथियार भेजे।", pipeline)
    assert [(e.type, e.modality) for e in evs] == [("AID", "negated")]


@pytest.mark.parametrize(("text", "published", "date"), [
    ("भारत ने 24 फरवरी 2022 को रूस के साथ समझौते पर हस्ताक्षर किए।", None, "2022-02-24"),
    ("भारत ने 5 नवंबर को जापान के साथ समझौते पर हस्ताक्षर किए।", None, "--11-05"),
    ("भारत ने 5 नवंबर को जापान के साथ समझौते पर हस्ताक्षर किए।", "2025-11-07", "2025-11-05"),
    ("भारत ने गुरुवार को जापान के साथ समझौते पर हस्ताक्षर किए।", None, None),       # no publication date
    ("भारत ने गुरुवार को जापान के साथ समझौते पर हस्ताक्षर किए।", "2024-02-10", "2024-02-08"),
    ("भारत ने 2023 में जापान के साथ समझौते पर हस्ताक्षर किए।", None, "2023"),
    ("भारत ने जापान के साथ समझौते पर हस्ताक्षर किए और 2030 तक व्यापार दोगुना करने का लक्ष्य रखा।", None, None),
])
def test_dates(text: str, published: str | None, date: str | None, pipeline: Pipeline) -> None:
    evs = events(text, pipeline, published)
    assert evs and evs[0].date == date


def test_dateline_gives_the_lead_event_its_day_and_place(pipeline: Pipeline) -> None:
    text = "बीजिंग, 12 मई । चीन के विदेश मंत्री वांग यी ने सोमवार को यहां जापान के विदेश मंत्री के साथ बैठक की।"
    ev = events(text, pipeline)[0]
    assert ev.date == "--05-12"
    assert ev.location is not None and ev.location.name == "Beijing"


def test_background_event_keeps_its_own_date(pipeline: Pipeline) -> None:
    text = ("कीव, 10 जुलाई (एपी)। रूस ने बुधवार रात यूक्रेन पर ड्रोन हमला किया। "
            "रूस ने 24 फरवरी 2022 को यूक्रेन पर आक्रमण किया था।")
    dates = {e.date for e in events(text, pipeline, "2025-07-10")}
    assert "2022-02-24" in dates and "2025-07-09" in dates


def test_evidence_points_at_the_sentence(pipeline: Pipeline) -> None:
    text = "नई दिल्ली, 3 मार्च। भारत ने पाकिस्तान पर आरोप लगाया। दोनों देशों में तनाव है।"
    doc = ghatna.extract(text, pipeline=pipeline)
    ev = doc.events[0]
    assert doc.body[ev.evidence.start: ev.evidence.end] == ev.evidence.text == "भारत ने पाकिस्तान पर आरोप लगाया।"
    assert doc.body[ev.trigger.start: ev.trigger.end] == "आरोप लगाया"
    assert 0 < ev.confidence <= 1 and ev.cameo.isdigit()


def test_no_events_from_clutter_or_quotes(pipeline: Pipeline) -> None:
    text = ("भारत और नेपाल ने सीमा विवाद पर बातचीत की।\n"
            "यह भी पढ़ें: इजराइल ने गाजा पर किए हवाई हमले\n"
            "नेपाल के विदेश मंत्री ने कहा, “हम चाहते हैं कि चीन और भारत के बीच भी बातचीत हो।”")
    evs = events(text, pipeline)
    assert all(e.source.country in ("IND", "NPL") for e in evs if e.source)


def test_sports_reports_give_no_events(pipeline: Pipeline) -> None:
    text = ("भारत ने तीसरे वनडे मैच में श्रीलंका को छह विकेट से हराकर सिरीज़ में वापसी की। कप्तान ने शतक लगाया "
            "और गेंदबाज ने चार विकेट लिए। अगला मैच रविवार को कोलंबो के स्टेडियम में होगा, जहां टीम फाइनल की तैयारी करेगी।")
    doc = ghatna.extract(text, pipeline=pipeline)
    assert doc.events == [] and any("sports" in w for w in doc.warnings)
