"""The knowledge-base build step that adds the people and organisations annotators named:
which names and forms pass its rules (names and forms built by hand here)."""

from __future__ import annotations

from collections import Counter

import pytest

import ghatna
from ghatna.evaluate.annotations import AnnotatedEntity, AnnotatedSentence
from ghatna.knowledge.build.annotated import (
    Countries,
    Existing,
    Named,
    Rules,
    annotated_rows,
    collect_names,
    india_offices,
    name_key,
    typed,
)
from ghatna.knowledge.kb import KBEntry
from ghatna.text.tokens import form_tokens, word_key

COMMON = frozenset(word_key(w) for w in ("मानवाधिकार", "आयोग", "पार्टी", "संसद"))
WORDS = {"PERSON": COMMON, "ORG": COMMON | {word_key("सिंह")}}


def named(etype: str, forms: dict[str, int], countries: dict[str, int] | None = None,
          sectors: dict[str, int] | None = None) -> Named:
    return Named(Counter({etype: sum(forms.values())}), Counter(forms), Counter(countries or {}), Counter(sectors or {}))


def existing() -> Existing:
    out = Existing(countries=Countries(cues=india_offices()))
    out.add(KBEntry("ghatna:person:kp-sharma-oli", "KP Sharma Oli", "PERSON", "NPL", hindi=["केपी शर्मा ओली"],
                    short=["ओली"]))
    out.add(KBEntry("Q10230", "Bharatiya Janata Party", "ORG", "IND", hindi=["भारतीय जनता पार्टी", "भाजपा"]))
    out.add(KBEntry("Q668", "India", "GPE", "IND", kind="country", hindi=["भारत"], demonyms=["भारतीय"]))
    out.add(KBEntry("Q794", "Iran", "GPE", "IRN", kind="country", hindi=["ईरान"], demonyms=["ईरानी"]))
    out.add(KBEntry("ghatna:india:state-kerala-kl", "Kerala", "GPE", "IND", hindi=["केरल"]))
    out.add(KBEntry("Q739", "Colombia", "GPE", "COL", kind="country", hindi=["कोलंबिया"]))
    out.add(KBEntry("Q9531", "BBC", "ORG", "GBR", sector="MED", hindi=["बीबीसी"]))
    return out


def rows(names: dict[str, Named], other_people: list[tuple[str, ...]] = ()) -> tuple[dict[str, dict], Counter[str]]:
    tally: Counter[str] = Counter()
    out = list(annotated_rows(names, Rules.of(names, WORDS, existing(), other_people), tally))
    return {r["name"]: r for r in out}, tally


def test_a_new_person_with_country_sector_and_a_short_form() -> None:
    out, tally = rows({"Mahmoud Ahmadinejad": named(
        "PERSON", {"महमूद अहमदीनेजाद": 1, "अहमदीनेजाद": 3}, {"IRN": 3}, {"GOV": 2, "OPP": 1})})
    row = out["Mahmoud Ahmadinejad"]
    assert (row["type"], row["country"], row["sector"]) == ("PERSON", "IRN", "GOV")
    assert (row["hindi"], row["short"]) == ("महमूद अहमदीनेजाद", "अहमदीनेजाद")
    assert row["id"].startswith("annotations:person:") and row["source"] == "annotations:train"
    assert tally["added PERSON"] == 1


def test_annotations_that_disagree_on_the_country_leave_the_name_out() -> None:
    out, tally = rows({"Abu Bakr": named("PERSON", {"अबू बकर": 2}, {"IRQ": 1, "SYR": 1})})
    assert out == {} and tally["left out: annotations disagree on the country"] == 1


@pytest.mark.parametrize(("name", "forms", "etype"), [
    ("K. P. Sharma Oli", {"शर्मा ओली": 1}, "PERSON"),           # the same English name, spelt otherwise
    ("BJP", {"भाजपा": 2, "भाजपा संसदीय दल": 1}, "ORG"),         # an organisation's existing form
])
def test_an_existing_entrys_name_is_no_new_entry(name: str, forms: dict[str, int], etype: str) -> None:
    out, tally = rows({name: named(etype, forms, {"IND": 1})})
    assert out == {} and tally["left out: an existing entry's"] == 1


def test_name_key_ignores_points_spaces_and_case() -> None:
    assert name_key("K. P. Sharma Oli") == name_key("KP Sharma Oli") == name_key("kp sharma oli")


@pytest.mark.parametrize(("forms", "hindi"), [
    ({"मानवाधिकार आयोग": 1, "अफगान मानवाधिकार आयोग": 1}, "अफगान मानवाधिकार आयोग"),  # common words alone
    ({"संसद": 2}, None),                                                           # one common word
    ({"ईडी": 1, "इंटरनेशनल क्राइसिस ग्रुप": 1}, "इंटरनेशनल क्राइसिस ग्रुप"),       # one word under four letters
])
def test_forms_of_common_or_short_words_are_dropped(forms: dict[str, int], hindi: str | None) -> None:
    out, _ = rows({"Some Organisation": named("ORG", forms)})
    assert (out["Some Organisation"]["hindi"] if "Some Organisation" in out else None) == hindi


def test_a_form_two_annotated_names_were_given_is_nobodys() -> None:
    out, _ = rows({"Ram Kumar": named("PERSON", {"राम कुमार": 1, "कुमार": 1}, {"IND": 1}),
                   "Anil Kumar": named("PERSON", {"अनिल कुमार": 1, "कुमार": 2}, {"IND": 1})})
    assert (out["Ram Kumar"]["short"], out["Anil Kumar"]["short"]) == ("", "")


def test_a_surname_several_people_bear_is_no_short_form() -> None:
    others = [form_tokens("सुरेश जोशी"), form_tokens("मुरली मनोहर जोशी")]
    out, _ = rows({"Devendra Kumar Joshi": named("PERSON", {"देवेंद्र कुमार जोशी": 1, "जोशी": 3}, {"IND": 1})}, others)
    assert (out["Devendra Kumar Joshi"]["hindi"], out["Devendra Kumar Joshi"]["short"]) == ("देवेंद्र कुमार जोशी", "")


def test_a_form_another_entry_has_is_not_taken() -> None:
    out, _ = rows({"Kamal Oli": named("PERSON", {"कमल ओली": 1, "ओली": 2}, {"NPL": 1})})
    assert (out["Kamal Oli"]["hindi"], out["Kamal Oli"]["short"]) == ("कमल ओली", "")


def test_a_person_of_no_known_country_is_left_out() -> None:
    out, tally = rows({"Amit Kapoor": named("PERSON", {"अमित कपूर": 2})})
    assert out == {} and tally["left out: a person of no known country"] == 1


def test_an_organisation_takes_the_country_of_a_place_in_its_name() -> None:
    out, _ = rows({"Kerala Legislative Assembly": named("ORG", {"केरल विधानसभा": 2})})
    assert out["Kerala Legislative Assembly"]["country"] == "IND"


def sentence(text: str, entities: list[tuple[str, str, str]]) -> AnnotatedSentence:
    spans = [AnnotatedEntity(text.index(piece), text.index(piece) + len(piece), etype, name) for piece, etype, name in entities]
    return AnnotatedSentence(text=text, window="w", split="train", annotator="t", entities=spans)


@pytest.mark.parametrize(("text", "entities", "country"), [
    ("भारत के प्रधानमंत्री अमित कपूर ने कहा", [("भारत", "GPE", "India"), ("अमित कपूर", "PERSON", "Amit Kapoor")], "IND"),
    ("भाजपा के नेता अमित कपूर ने कहा", [("भाजपा", "ORG", "Bharatiya Janata Party"), ("अमित कपूर", "PERSON", "Amit Kapoor")], "IND"),
    ("ईरानी विदेश मंत्री अमित कपूर ने कहा", [("अमित कपूर", "PERSON", "Amit Kapoor")], "IRN"),
    ("भारत में, विदेश मंत्री अमित कपूर ने कहा", [("भारत", "GPE", "India"), ("अमित कपूर", "PERSON", "Amit Kapoor")], None),
    ("भारत से अमित कपूर ने कहा", [("भारत", "GPE", "India"), ("अमित कपूर", "PERSON", "Amit Kapoor")], None),
    ("भाजपा सांसद अमित कपूर ने कहा", [("भाजपा", "ORG", "Bharatiya Janata Party"), ("अमित कपूर", "PERSON", "Amit Kapoor")], "IND"),
    ("भाजपा और अमित कपूर ने कहा", [("भाजपा", "ORG", "Bharatiya Janata Party"), ("अमित कपूर", "PERSON", "Amit Kapoor")], None),
    ("भारत आए अमित कपूर ने कहा", [("भारत", "GPE", "India"), ("अमित कपूर", "PERSON", "Amit Kapoor")], None),
    ("केंद्रीय मंत्री अमित कपूर ने कहा", [("अमित कपूर", "PERSON", "Amit Kapoor")], "IND"),
])
def test_a_mentions_context_gives_its_country(text: str, entities: list[tuple[str, str, str]], country: str | None) -> None:
    names = collect_names([sentence(text, entities)], existing().countries)
    assert names["Amit Kapoor"].country() == country


def test_a_person_takes_the_country_of_an_annotated_organisation_before_him() -> None:
    """Two passes: the new organisation's country (a place in its name) serves the person after it."""
    known = existing().countries
    sentences = [sentence("केरल पुलिस के प्रमुख अमित कपूर ने कहा",
                          [("केरल पुलिस", "ORG", "Kerala Police"), ("अमित कपूर", "PERSON", "Amit Kapoor")])]
    assert collect_names(sentences, known)["Amit Kapoor"].country() is None
    known.learn(collect_names(sentences, known))
    assert collect_names(sentences, known)["Amit Kapoor"].country() == "IND"


KAPOOR = ("अमित कपूर", "PERSON", "Amit Kapoor")


@pytest.mark.parametrize(("text", "entities", "country"), [
    # another person between: the place is the nearer one's
    ("भारत के सुनील जोशी और अमित कपूर ने कहा", [("भारत", "GPE", "India"), ("सुनील जोशी", "PERSON", "Sunil Joshi"), KAPOOR], None),
    # an office only India has after that person still gives India
    ("मंत्री सुनील जोशी और केंद्रीय मंत्री अमित कपूर ने कहा", [("सुनील जोशी", "PERSON", "Sunil Joshi"), KAPOOR], "IND"),
    # a compound postposition: an opponent, a companion
    ("भारत के खिलाफ अमित कपूर ने कहा", [("भारत", "GPE", "India"), KAPOOR], None),
    ("भारत के साथ अमित कपूर ने कहा", [("भारत", "GPE", "India"), KAPOOR], None),
    # a side: a country's, or a team's named by its state
    ("भारत की ओर से अमित कपूर ने कहा", [("भारत", "GPE", "India"), KAPOOR], "IND"),
    ("केरल की ओर से अमित कपूर ने कहा", [("केरल", "GPE", "Kerala"), KAPOOR], None),
    # a journalist named after an organisation: the employer's country is not his
    ("बीबीसी संवाददाता अमित कपूर ने कहा", [("बीबीसी", "ORG", "BBC"), KAPOOR], None),
    ("बीबीसी के अमित कपूर ने कहा", [("बीबीसी", "ORG", "BBC"), KAPOOR], "GBR"),
    ("भारत के पत्रकार अमित कपूर ने कहा", [("भारत", "GPE", "India"), KAPOOR], "IND"),
])
def test_context_that_gives_no_country(text: str, entities: list[tuple[str, str, str]], country: str | None) -> None:
    names = collect_names([sentence(text, entities)], existing().countries)
    assert names["Amit Kapoor"].country() == country


def test_a_place_in_an_organisations_name_counts_only_when_its_english_name_names_it() -> None:
    out, _ = rows({"Columbia University": named("ORG", {"कोलंबिया विश्वविद्यालय": 1}),
                   "Kerala Sports Council": named("ORG", {"केरल खेल परिषद": 1})})
    assert (out["Columbia University"]["country"], out["Kerala Sports Council"]["country"]) == ("", "IND")


def test_a_form_hindi_news_uses_for_something_else_is_not_taken() -> None:
    """``training/kb/sources/ambiguous_forms.txt``: "स्क्वेयर" is any square."""
    out, _ = rows({"Square Payments": named("ORG", {"स्क्वेयर": 3, "स्क्वेयर पेमेंट्स": 1})})
    assert out["Square Payments"]["hindi"] == "स्क्वेयर पेमेंट्स"


def test_a_refused_name_is_left_out() -> None:
    """``training/kb/sources/annotated_refused.tsv``."""
    out, tally = rows({"Joseph Sung": named("PERSON", {"जोसफ़ सुंग": 2}, {"GBR": 1})})
    assert out == {} and tally["left out: refused by training/kb/sources/annotated_refused.tsv"] == 1


def test_a_joiner_inside_a_word_makes_no_second_form() -> None:
    """Two names given one form, once with a zero-width joiner after the virama: nobody's."""
    out, _ = rows({"Alpha Port": named("ORG", {"अल्फा पोर्ट ट्रस्\u200dट": 1, "अल्फा बंदरगाह": 1}, {"IND": 1}),
                   "Alpha Port Trust": named("ORG", {"अल्फा पोर्ट ट्रस्ट": 2}, {"IND": 1})})
    assert out["Alpha Port"]["hindi"] == "अल्फा बंदरगाह" and "Alpha Port Trust" not in out


def test_english_names_spelt_alike_are_one_name() -> None:
    names = typed({"Doctors' Welfare Association": named("ORG", {"डॉक्टर्स वेलफेयर एसोसिएशन": 1}),
                   "Doctors Welfare Association": named("ORG", {"डॉक्टर्स वेलफेयर एसोसिएशन": 2})})
    assert list(names) == ["Doctors Welfare Association"]
    assert names["Doctors Welfare Association"].forms["डॉक्टर्स वेलफेयर एसोसिएशन"] == 3


def test_a_form_of_more_than_seven_words_is_not_taken() -> None:
    out, _ = rows({"Example Council": named("ORG", {"अल्फा बीटा गामा डेल्टा एप्सिलॉन ज़ीटा ईटा थीटा": 1, "उदाहरण परिषद": 1})})
    assert out["Example Council"]["hindi"] == "उदाहरण परिषद"


def with_places() -> Existing:
    out = existing()
    out.add(KBEntry("geonames:1", "Barmer", "GPE", "IND", kind="city", hindi=["बाड़मेर"]))
    out.add(KBEntry("ghatna:person:emil-novak", "Emil Novak", "PERSON", "CZE", hindi=["एमिल नोवाक"]))
    out.add(KBEntry("ghatna:person:tomas-dvorak", "Tomas Dvorak", "PERSON", "CZE", hindi=["तोमास द्वोराक"]))
    return out


def rows_with_places(names: dict[str, Named]) -> tuple[dict[str, dict], Counter[str]]:
    tally: Counter[str] = Counter()
    out = list(annotated_rows(names, Rules.of(names, WORDS, with_places()), tally))
    return {r["name"]: r for r in out}, tally


@pytest.mark.parametrize(("name", "form", "sector", "country"), [
    ("Barmer Police", "बाड़मेर पुलिस", "COP", "IND"),                  # a place and a body's head
    ("Barmer Municipal Corporation", "बाड़मेर नगर निगम", "GOV", "IND"),
    ("Kerala Sports Authority", "केरल खेल प्राधिकरण", "GOV", "IND"),   # a modifier before the head
    ("Barmer Welfare Trust", "बाड़मेर वेलफेयर ट्रस्ट", "", "IND"),     # no body's head the rule reads
])
def test_a_body_without_a_sector_takes_the_one_the_org_head_rule_gives(name: str, form: str, sector: str,
                                                                       country: str) -> None:
    """An annotated body with no sector must not blank the sector that the rule reading "<place>
    <body words>" gives (``body_reach`` of ``ghatna.extraction.bodies``) when the row wins the match."""
    out, _ = rows_with_places({name: named("ORG", {form: 1}, {"IND": 1})})
    assert (out[name]["sector"], out[name]["country"]) == (sector, country)


def test_the_annotators_sector_stands_over_the_rules() -> None:
    out, _ = rows_with_places({"Barmer Traffic Police": named("ORG", {"बाड़मेर पुलिस": 1}, {"IND": 1}, {"GOV": 2})})
    assert out["Barmer Traffic Police"]["sector"] == "GOV"


def test_a_body_the_rule_reads_takes_its_country_when_annotations_give_none() -> None:
    out, _ = rows_with_places({"Barmer Police": named("ORG", {"बाड़मेर पुलिस": 1})})
    assert (out["Barmer Police"]["sector"], out["Barmer Police"]["country"]) == ("COP", "IND")


@pytest.mark.parametrize(("name", "forms"), [
    ("Emil Novak Mares", {"एमील नोवाक": 2}),            # the KB person's name and a word more, spelt otherwise
    ("Emil Josef Novak", {"एमील नोवाक": 1, "नोवाक": 1}),  # a middle name; the text says no more than the KB's
])
def test_a_longer_english_name_of_a_kb_person_is_that_person(name: str, forms: dict[str, int]) -> None:
    out, tally = rows_with_places({name: named("PERSON", forms, {"CZE": 1})})
    assert out == {} and tally["left out: a knowledge-base person's, by a longer English name"] == 1


@pytest.mark.parametrize(("name", "forms", "country"), [
    ("Emil Novak Mares", {"एमील नोवाक मारेश": 1}, "CZE"),  # the text names more than the KB person
    ("Emil Novak Mares", {"एमील नोवाक": 1}, "SVK"),        # another country
    ("Novak Mares Emil", {"नोवाक एमील": 1}, "CZE"),         # the KB name's words in another order
    ("Emil Novakova", {"एमील नोवाकोवा": 1}, "CZE"),         # a longer word is no word more
])
def test_a_longer_name_that_names_more_is_no_kb_persons(name: str, forms: dict[str, int], country: str) -> None:
    out, tally = rows_with_places({name: named("PERSON", forms, {country: 1})})
    assert name in out and tally["left out: a knowledge-base person's, by a longer English name"] == 0


def test_a_waqf_board_is_no_board_of_pakistan(pipeline: ghatna.Pipeline) -> None:
    """The annotators' "वक़्फ़ बोर्ड" of a Pakistani story (Evacuee Trust Property Board) is refused:
    the words name any waqf board, India's state boards most often."""
    doc = ghatna.extract("राज्य के वक़्फ़ बोर्ड ने मस्जिद की जमीन पर दावा किया है।", html=False, pipeline=pipeline)
    assert not any(e.country == "PAK" for e in doc.entities)
