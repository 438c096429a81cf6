"""Knowledge-base entries mended in their build sources: districts named by a compass adjective
(``training/kb/sources/india_districts.tsv``), GeoNames cities' spellings news uses
(``sources/city_hindi.tsv``), the Kashmiri demonym, Lashkar-e-Taiba's spellings and countries'
long names (hand-made ``data/kb``); a place's mention widened to the longer place name the model
finds around it."""

from __future__ import annotations

import pytest

import ghatna
from ghatna.knowledge.build.india import source_rows


def mentions(pipeline: ghatna.Pipeline, text: str) -> dict[str, tuple[str | None, str | None]]:
    """Each mention's text, with its entity's English name (linked only) and country."""
    doc = ghatna.extract(text, html=False, pipeline=pipeline)
    return {m.text: (e.name if e.kb_id else None, e.country) for e in doc.entities for m in e.mentions}


@pytest.mark.parametrize(("text", "mention", "name", "country"), [
    ("पूर्वी दिल्ली में एक कारखाने में आग लग गई।", "पूर्वी दिल्ली", "East Delhi", "IND"),
    ("उत्तर-पूर्वी दिल्ली में हिंसा के बाद धारा 144 लगाई गई।", "उत्तर-पूर्वी दिल्ली", "North East Delhi", "IND"),
    ("पश्चिमी गोदावरी जिले में बाढ़ आई।", "पश्चिमी गोदावरी", "West Godavari", "IND"),
    ("पूर्व मेदिनीपुर में तूफान से नुकसान हुआ।", "पूर्व मेदिनीपुर", "Purba Medinipur", "IND"),
    ("सिख श्रद्धालु ननकाना साहिब पहुंचे।", "ननकाना साहिब", "Nankana Sahib", "PAK"),
    ("कश्मीरी पंडितों के एक दल ने उपराज्यपाल से मुलाकात की।", "कश्मीरी", "Jammu and Kashmir", "IND"),
    ("लश्करे तैबा ने हमले की जिम्मेदारी ली।", "लश्करे तैबा", "Lashkar-e-Taiba", "PAK"),
    ("अदालत ने डेमोक्रेटिक रिपब्लिक ऑफ द काँगो के पूर्व उप-राष्ट्रपति के लिए वारंट जारी किया।",
     "डेमोक्रेटिक रिपब्लिक ऑफ द काँगो", "DR Congo", "COD"),
])
def test_place_and_group_forms(pipeline: ghatna.Pipeline, text: str, mention: str, name: str, country: str) -> None:
    assert mentions(pipeline, text).get(mention) == (name, country)


def test_adjective_before_other_places_is_no_name(pipeline: ghatna.Pipeline) -> None:
    """Only a district's name holds its compass adjective; before other places it describes the
    place, marked alone ("पूर्वी फ्रांस", as the annotations have it)."""
    found = mentions(pipeline, "पूर्वी फ्रांस में भारी बारिश हुई।")
    assert "फ्रांस" in found and "पूर्वी फ्रांस" not in found


def test_place_widened_to_the_name_around_it(pipeline: ghatna.Pipeline) -> None:
    """A longer place name the model is sure of takes the inner place's mention and keeps its
    link (``yields.widen_places_to_names``): the gurdwara is in Nankana Sahib, Pakistan."""
    found = mentions(pipeline, "पाकिस्तान में गुरुद्वारा ननकाना साहिब पर भीड़ ने पथराव किया।")
    assert found.get("गुरुद्वारा ननकाना साहिब") == ("Nankana Sahib", "PAK")


def test_kashmiri_leader_takes_india(pipeline: ghatna.Pipeline) -> None:
    """The demonym before a person gives the person its country, not the other side's."""
    found = mentions(pipeline, "कश्मीरी नेता मीरवाइज़ उमर फ़ारूक़ ने पाकिस्तान के प्रधानमंत्री से मुलाकात की।")
    assert found["मीरवाइज़ उमर फ़ारूक़"][1] == "IND"


def test_lashkar_short_form_after_full_name(pipeline: ghatna.Pipeline) -> None:
    found = mentions(pipeline, "लश्कर-ए-तैयबा ने हमले की जिम्मेदारी ली। पुलिस ने कहा कि लश्कर के दो आतंकवादी मारे गए।")
    assert found["लश्कर"] == ("Lashkar-e-Taiba", "PAK")


def test_lashkar_alone_is_no_link(pipeline: ghatna.Pipeline) -> None:
    """"लाव-लश्कर" (retinue) is an idiom: the short form links only after the full name."""
    found = mentions(pipeline, "मंत्री पूरे लाव-लश्कर के साथ पहुंचे।")
    assert found.get("लश्कर", (None, None))[0] is None


def test_districts_without_headquarters_row_are_built() -> None:
    names = {r["name"] for r in source_rows() if r["kind"] == "district"}
    assert {"East Delhi", "West Godavari", "East Champaran"} <= names
