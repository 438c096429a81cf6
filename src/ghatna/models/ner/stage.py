"""The ``ner`` stage: names the knowledge base lacks, found by the shipped Hindi NER model.

Runs after ``entities``: a knowledge-base link or a title pattern wins wherever it covers a
word; the model adds unlinked people, organisations and places with their type, and the
country the context gives ("पाकिस्तान के गृह मंत्री X" → PAK). A person is never a word of the
never-a-name list (``data/kb/never_names.yaml``). Every mention names the model and its version
as its rule, with the mean probability of its tags as its confidence. People a title
pattern made of never-a-name words are dropped too, and a place from a bulk source (GeoNames, ISO 3166-2) that stands where the article names a person ("कुर्ती ने"
after "प्रधानमंत्री आल्बिन कुर्ती") is dropped, and so is a knowledge-base short form inside a
longer name the model found, or followed by a word that goes on the name ("ली" in "प्रोफेसर ली
क्रोनिन"). A person's titles and honorifics are no part of the name ("डॉ० सिंह" is "सिंह"), nor
never-a-name words at its end ("मुकेश कुमार पुलिस"); a one-word name the
knowledge base gives to people only is a person whatever type the model gave it ("कुओमो ने"),
left unlinked; a one-word place spelt otherwise than a curated knowledge-base place
("कैलीफोर्निया") is that place (names spelt otherwise: ``variants``; a full name's last word told
alone: ``surnames``); and nothing inside a fixed pair of words ("लाव-लश्कर") is a name.
"""

from __future__ import annotations

import re
from functools import cache

from ghatna.document import Document, Entity, Span
from ghatna.extraction.bodies import BODY_WORDS, body_reach, inside_other_name
from ghatna.extraction.entities import BULK_SOURCES, paired_word_spans
from ghatna.extraction.headlines import read_ahead, title_to_read
from ghatna.extraction.lexicon import EntityResources, Words, build_resources, load_titles, load_words
from ghatna.extraction.roles import load_role_words
from ghatna.extraction.romanize import english_name, name_key, romanization, romanize
from ghatna.extraction.speakers import load_speech_words
from ghatna.extraction.titles import never_name_keys, title_skip_words
from ghatna.models.ner.acronyms import add_defined_acronyms
from ghatna.models.ner.campuses import join_campuses
from ghatna.models.ner.companies import COMPANY_RULE, company_names
from ghatna.models.ner.eponyms import EPONYM_RULE, eponym_names
from ghatna.models.ner.head_names import ABBREVIATION_MARKS, HEAD_RULE, head_names
from ghatna.models.ner.led_names import LED_RULE, led_names
from ghatna.models.ner.linked_bodies import LINKED_RULE, join_across_linkers, widen_linked_bodies
from ghatna.models.ner.listed_people import LIST_RULE, listed_people
from ghatna.models.ner.model import NerModel, Prediction, load_model
from ghatna.models.ner.resident_places import RESIDENT_RULE, resident_places
from ghatna.models.ner.suffix_places import SUFFIX_RULE, suffix_places
from ghatna.models.ner.surnames import add_mention, index_surnames, surname_of
from ghatna.models.ner.variants import VariantIndex, index_variants, linked_entity, variant_entry
from ghatna.models.ner.yields import (
    drop_common_word_people,
    drop_continued_short_forms,
    drop_places_under_people,
    widen_places_to_names,
    yield_places_inside_names,
    yield_short_forms,
)
from ghatna.pipeline import Context, stage
from ghatna.resources import load_yaml
from ghatna.text.intervals import SpanIndex
from ghatna.text.tokens import Token, tok_index, word_key

TYPES = {"PERSON": "PERSON", "ORG": "ORG", "LOC": "GPE"}
# Below these tag probabilities a name is left out; chosen on IL-NER's dev split, where precision
# rises with them (organisations are the model's weakest type).
MIN_CONFIDENCE = {"PERSON": 0.7, "ORG": 0.9, "LOC": 0.8}
MIN_ONE_WORD_PERSON = 0.9  # a lone word ("अनुराग", "आंगन") is weaker evidence of a person than a full name,
# unless it acts or speaks ("X ने", "X कहते"): then MIN_CONFIDENCE's (chosen on batches 21-34 train, IL-NER dev)
MAX_LINKED_WORDS = 3  # words a name ended on "ऑफ"/"एंड" takes after it
BREAKS = ",।.?!;:\"“”()\n"
CONTEXT_TOKENS = 5


def covered_offsets(entities: list[Entity]) -> SpanIndex:
    return SpanIndex((m.start, m.end) for e in entities for m in e.mentions)


def place_inside_other_name(body: str, pred: Prediction) -> bool:
    """A place right before or after a word that makes it part of another name ("ब्रिटिश एयरवेज",
    "खेलो इंडिया", "मेक इन इंडिया"), as the entity stage refuses such links (``inside_other_name``)."""
    after = body[pred.end:pred.end + 40].split(maxsplit=1)
    before = body[max(0, pred.start - 40):pred.start].split()
    return pred.label == "LOC" and inside_other_name(before[-1] if before else "", after[0] if after else "",
                                                     before[-2] if len(before) > 1 else "")


def is_name(pred: Prediction, model: NerModel, generic: frozenset[str]) -> bool:
    """A name the model is sure enough of; a person not made only of never-a-name words; no name
    one generic word or title ("संसद", "पुलिस", "मंत्रालय"), a digit, a single letter or a Latin
    letter's name alone."""
    if pred.confidence < MIN_CONFIDENCE.get(pred.label, 1.0):
        return False
    if pred.label == "PERSON" and model.never_a_person(pred.text):
        return False
    if " " not in pred.text and (word_key(pred.text) in generic or pred.text in romanization().letter_names):
        return False  # "संसद"; "जे" of "जे. सी. बोस" cut by its full stop
    return len(pred.text) > 1 and not pred.text.isdigit()


@cache
def body_words() -> tuple[frozenset[str], frozenset[str]]:
    """``name_linkers`` and the look-up keys of ``generic_bodies`` (``hindi_words.yaml``)."""
    data = load_yaml("hindi_words.yaml")
    return frozenset(data["name_linkers"]), frozenset(word_key(w) for w in data["generic_bodies"])


def generic_body(pred: Prediction) -> bool:
    """An organisation named by one generic head noun alone ("कॉलेज", "समिति", "नेवी")."""
    return pred.label == "ORG" and " " not in pred.text and word_key(pred.text) in body_words()[1]


@cache
def joining_words() -> frozenset[str]:
    """Look-up keys of the words that join the parts of a name: ``conjunctions`` and ``name_linkers``
    of ``hindi_words.yaml``."""
    data = load_yaml("hindi_words.yaml")
    return frozenset(word_key(w) for w in [*data["conjunctions"], *data["name_linkers"]])


def opens_on_joiner(pred: Prediction) -> bool:
    """An organisation the model begins on a joining word ("एवं विकास निगम" of "कृषि पुनर्वित्त एवं
    विकास निगम", "एंड एजुकेशन" of "अर्ली चाइल्डहुड केयर एंड एजुकेशन") is the tail of a longer name
    whose start the model missed: no name as it stands."""
    words = pred.text.split(maxsplit=1)
    return pred.label == "ORG" and bool(words) and word_key(words[0]) in joining_words()


def without_open_bracket(pred: Prediction) -> Prediction | None:
    """A name the model ended inside a bracket it opened ("न्यू स्पेस इंडिया लिमिटेड (एनएसआईएल")
    ends before the bracket, as the annotations mark names (the short form in brackets apart);
    nothing is left of a name that opens with the bracket."""
    depth, cut = 0, -1
    for k, ch in enumerate(pred.text):
        if ch == "(":
            depth, cut = depth + 1, k if depth == 0 else cut
        elif ch == ")" and depth:
            depth -= 1
    if depth == 0:
        return pred
    text = pred.text[:cut].rstrip(" -")
    return pred._replace(end=pred.start + len(text), text=text) if text.strip() else None


def through_linker(pred: Prediction, body: str, stop: frozenset[str]) -> Prediction:
    """An organisation's name the model ended on a linking word ("नेशनल इंस्टीट्यूट ऑफ")
    goes on over the words after it, each after one space, up to MAX_LINKED_WORDS that are no
    linking word, a grammar word, a word with punctuation or digits; unchanged when none is."""
    linkers = body_words()[0]
    if pred.label != "ORG" or pred.text.split()[-1] not in linkers:
        return pred
    end, taken = pred.end, 0
    for m in re.finditer(r"(\s+)(\S+)", body[pred.end:pred.end + 300]):
        word = m.group(2).rstrip(BREAKS)
        if (pred.end + m.start() != end or taken == MAX_LINKED_WORDS or not word or word_key(word) in stop
                or any(c in BREAKS or c.isdigit() for c in word)):
            break
        end = pred.end + m.start(2) + len(word)
        taken += word not in linkers
        if len(word) < len(m.group(2)):
            break  # "प्रिवेंशन," ends the name
    if taken == 0:
        return pred
    while body[pred.start:end].split()[-1] in linkers:  # never end on a linker
        end = pred.start + body[pred.start:end].rstrip().rfind(" ")
    return pred._replace(end=end, text=body[pred.start:end])


def place_body(pred: Prediction, body: str) -> Prediction:
    """A place the model found right before the words of a body (``bodies.body_reach``, as a
    known place takes them, but for the tails after the head) names that body ("अरूणाचल प्रदेश विधानसभा" with the place
    spelt otherwise than the knowledge base has it). A place sure enough to be kept is a body
    sure enough to be kept."""
    if pred.label != "LOC" or pred.confidence < MIN_CONFIDENCE["LOC"]:
        return pred
    words: list[tuple[str, int]] = []  # each word after one space, with where it ends
    for m in re.finditer(r"( ?)(\S+)", body[pred.end:pred.end + 200]):
        if m.group(1) != " " or len(words) == BODY_WORDS:
            break
        words.append((m.group(2), pred.end + m.end()))
    reach = body_reach([w for w, _ in words], tails=False)  # the model's names take their own tails
    if reach is None:
        return pred
    end = words[reach[0] - 1][1]
    confidence = max(pred.confidence, MIN_CONFIDENCE["ORG"])  # the head vouches for the body
    return pred._replace(end=end, text=body[pred.start:end], label="ORG", confidence=confidence)


def grammar_words(words: Words) -> frozenset[str]:
    """Look-up keys of grammar words: none is inside a name read back from its head noun."""
    return frozenset(word_key(w) for w in words.stop | words.postpositions | words.auxiliaries | words.conjunctions)


def no_initials(words: Words, titles: frozenset[str]) -> frozenset[str]:
    """Look-up keys of the words ``extend_person`` never takes for initials: grammar words,
    generic words and titles."""
    return frozenset(word_key(w) for w in words.stop | words.postpositions | words.auxiliaries) | generic_words() | titles


def extend_person(pred: Prediction, body: str, stop: frozenset[str]) -> Prediction:
    """A person's name with the initials right before it that the model left out ("जे सी बोस" for
    "सी बोस"): Latin letters' names (``letter_names`` of ``romanize.yaml``) that are no grammar word
    ("के"), with nothing but one space between."""
    if pred.label != "PERSON":
        return pred
    letters = romanization().letter_names
    while True:
        head = body[max(0, pred.start - 12):pred.start]
        words = head.split()
        if not words or len(head) - len(head.rstrip()) != 1 or words[-1] not in letters:
            return pred
        if word_key(words[-1]) in stop and not inner_letter(head, words, stop):
            return pred
        start = pred.start - 1 - len(words[-1])
        pred = Prediction(start, pred.end, body[start:pred.end], pred.label, pred.confidence)


def inner_letter(head: str, words: list[str], stop: frozenset[str]) -> bool:
    """The last word of ``head``, a letter's name that is also a grammar word ("के"), is an initial
    between initials: after another letter's name that is no grammar word, one space apart ("पी के
    मिश्रा"; not "गांधी जी के", "भारत के")."""
    letters = romanization().letter_names
    return (len(words) > 1 and words[-2] in letters and word_key(words[-2]) not in stop
            and head.rstrip().endswith(f" {words[-2]} {words[-1]}"))


@cache
def generic_words() -> frozenset[str]:
    """Words that name no one in particular: unnamed actors, title words and modifiers, and the
    never-a-name list."""
    words = set(title_skip_words()) | {w for title in load_titles().values() for f in title.forms for w in f.split()}
    return frozenset(word_key(w) for w in words) | never_name_keys()


def context_country(doc: Document, tokens: list[Token], start: int) -> str | None:
    """The country of a state or organisation named within CONTEXT_TOKENS words before, in the
    same clause and with no agent, object or source marker between: "पाकिस्तान के गृह मंत्री X",
    "ईरानी विदेश मंत्री X", not "नेपाल ने X फाउंडेशन से"."""
    if not tokens:
        return None
    ends = {tok_index(tokens, m.end - 1): e.country for e in doc.entities for m in e.mentions
            if e.type in ("GPE", "ORG") and e.country and m.end <= start}
    first = tok_index(tokens, start)
    stops = context_stops()
    for j in range(first - 1, max(-1, first - 1 - CONTEXT_TOKENS), -1):
        if j in ends:
            return ends[j]
        if any(c in doc.body[tokens[j].end: tokens[j + 1].start] for c in BREAKS) or tokens[j].text in stops:
            return None
    return None


@cache
def context_stops() -> frozenset[str]:
    """Case markers that part a name from a state before them (``country_context_stops`` of
    ``data/link_context.yaml``): "पाकिस्तान के प्रसारक ने एआईआर से" does not make AIR Pakistan's."""
    return frozenset(load_yaml("link_context.yaml")["country_context_stops"])


def trim_titles(pred: Prediction, titles: frozenset[str], never: frozenset[str] = frozenset()) -> Prediction:
    """A person's name without the titles and honorifics the model took into it at its start ("डॉ०
    सिंह" → "सिंह", "प्रो. राम शर्मा" → "राम शर्मा") and the ``never``-a-name words at its end
    ("मुकेश कुमार पुलिस" → "मुकेश कुमार"; at its start they stay: "उजागर सिंह"); the last word
    always stays."""
    if pred.label != "PERSON" or " " not in pred.text:
        return pred
    words = [(m.start(), m.end()) for m in re.finditer(r"\S+", pred.text)]
    first, last = 0, len(words) - 1
    while first < last and word_key(pred.text[slice(*words[first])].rstrip(ABBREVIATION_MARKS)) in titles:
        first += 1
    while last > first and word_key(pred.text[slice(*words[last])]) in never:
        last -= 1
    if (first, last) == (0, len(words) - 1):
        return pred
    start, end = pred.start + words[first][0], pred.start + words[last][1]
    return Prediction(start, end, pred.text[start - pred.start:end - pred.start], pred.label, pred.confidence)


def title_words(res: EntityResources) -> frozenset[str]:
    """Words that open a person's mention without being the name: honorifics (``hindi_words.yaml``),
    and the words of titles and their modifiers that are no grammar word, no letter's name (the
    initials of "के के शर्मा") and open no known person's name ("राजा परवेज़ अशरफ़")."""
    data = load_yaml("hindi_words.yaml")
    words = {*data["title_modifiers"], *(w for t in load_titles().values() for f in t.forms for w in f.split())}
    grammar = res.words.postpositions | res.words.conjunctions | res.words.auxiliaries | romanization().letter_names.keys()
    openers = {f.split()[0] for e in res.kb if e.type == "PERSON" for f in e.hindi if " " in f}
    return frozenset(word_key(w) for w in [*data["honorifics"], *(words - grammar - openers)])


def place_names(res: EntityResources) -> dict[str, str]:
    """English names of the curated knowledge base's places by their Hindi forms' ``name_key``,
    for the names of organisations and places the knowledge base lacks ("गोरखपुर विश्वविद्यालय")."""
    return {name_key(form): entry.name for entry in res.kb if entry.type == "GPE" and not entry.kb_id.startswith(BULK_SOURCES)
            for form in entry.hindi}


def new_name(text: str, etype: str, places: dict[str, str]) -> str:
    """A new entity's English name: a person's romanized, an organisation's or place's with its
    common words and known places in English."""
    return romanize(text) if etype == "PERSON" else english_name(text, places)


def person_words(res: EntityResources) -> frozenset[str]:
    """One-word forms the knowledge base gives to people only ("कुओमो", "मोरालेस"; a demonym of a
    country aside: "मिस्री"), no never-a-name or generic word."""
    people: set[str] = set()
    others: set[str] = set()
    for entry in res.kb:
        forms = {*entry.hindi, *entry.short}
        (people if entry.type == "PERSON" else others).update(f for f in forms if " " not in f)
    generic = generic_words()
    return frozenset(w for w in people - others if word_key(w) not in generic and len(w) > 2)


def as_known_person(pred: Prediction, known: frozenset[str]) -> tuple[Prediction, bool]:
    """A one-word name the model found that the knowledge base gives to people only is a person
    whatever type the model gave it ("कुओमो ने चेताया"), and the knowledge base vouches for it as
    for a full name; left unlinked (which of the people it names, the sentence does not say)."""
    if " " in pred.text or pred.text not in known:
        return pred, False
    return (pred if pred.label == "PERSON" else pred._replace(label="PERSON")), True


def add_predictions(doc: Document, preds: list[Prediction], model: NerModel, variants: VariantIndex,
                    places: dict[str, str], known: frozenset[str] = frozenset(),
                    rules: dict[tuple[int, int], str] | None = None,
                    countries: dict[tuple[int, int], str] | None = None) -> None:
    """New entities for the predictions no linked mention covers, one per name; a name spelt
    otherwise than a knowledge-base form joins that entry; a person's later mention by the last
    word of a full name given before joins that person. The names at the offsets of ``rules``
    were read by a rule (a head noun, ``head_names``; a place's ending, ``suffix_places``), and
    their rule says so; those at the offsets of ``countries`` are of that country (the place that
    opens an organisation's name, ``led_names``, ``yield_places_inside_names``), the others of the
    country the context gives."""
    taken = covered_offsets(doc.entities)
    tokens = doc.tokens
    generic = generic_words()
    by_text: dict[tuple[str, str], Entity] = {}
    surnames = index_surnames(doc.entities)
    for pred in preds:
        pred, vouched = as_known_person(pred, known)
        if taken.overlaps(pred.start, pred.end) or not is_name(pred, model, generic) or place_inside_other_name(doc.body, pred):
            continue
        etype = TYPES[pred.label]
        variant = variant_entry(pred, etype, variants)
        if variant is not None:
            mention = Span(pred.start, pred.end, pred.text, f"{model.rule}:variant", pred.confidence)
            add_mention(linked_entity(doc, variant), mention, surnames)
            continue
        entity = by_text.get((etype, pred.text)) or surname_of(surnames, etype, pred)
        if (entity is None and etype == "PERSON" and " " not in pred.text and pred.confidence < MIN_ONE_WORD_PERSON
                and not vouched and not acts(doc.body, pred.end)):
            continue
        if entity is None:
            entity = Entity(key=f"ner:{etype}:{pred.text}", name=new_name(pred.text, etype, places), type=etype, kb_id=None,
                            country=(countries or {}).get((pred.start, pred.end)) or context_country(doc, tokens, pred.start),
                            sector=None, kind="named",
                            confidence=pred.confidence)
            by_text[(etype, pred.text)] = entity
            doc.entities.append(entity)
        extra = (rules or {}).get((pred.start, pred.end))
        rule = f"{model.rule}+{extra}" if extra else model.rule
        add_mention(entity, Span(pred.start, pred.end, pred.text, rule, pred.confidence), surnames)


def acts(body: str, end: int) -> bool:
    """The word after ``end`` is an agent marker or a speech verb ("कुर्मे ने बताया", "कुर्मे कहते
    हैं"): a one-word name that acts or speaks is surer of being a person's (``agent_markers`` and
    ``speech_verbs`` of ``hindi_words.yaml``)."""
    after = body[end:end + 12].split(maxsplit=1)
    return bool(after) and body[end:end + 1].isspace() and (
        after[0] in load_role_words().agent or after[0] in load_speech_words().verbs)


def body_predictions(doc: Document, ctx: Context, model: NerModel) -> list[Prediction]:
    """The model's names in the body. A title the headline stage will read is read in the same
    batch, and the title document finds its names so read."""
    ahead = read_ahead(doc)
    if ("ner", doc.body) in ahead:
        return list(ahead.pop(("ner", doc.body)))
    title = title_to_read(doc, ctx, "ner")
    if title is None:
        return model.predict(doc.body)
    body, ahead[("ner", title)] = model.predict_many([doc.body, title])
    return body


@stage("ner", needs=["entities", "tokens"], adds=["entities"], hindi_only=True)
def ner_stage(doc: Document, ctx: Context) -> Document:
    model: NerModel = ctx.resource("ner", load_model)
    doc.entities = drop_common_word_people(drop_places_under_people(doc.entities), model)
    words: Words = ctx.resource("ner-words", lambda _settings: load_words())
    drop_continued_short_forms(doc, model, words)
    variants: VariantIndex = ctx.resource("ner-variants", lambda _s: index_variants(ctx.resource("entities", build_resources)))
    titles: frozenset[str] = ctx.resource("ner-titles", lambda _s: title_words(ctx.resource("entities", build_resources)))
    stop: frozenset[str] = ctx.resource("ner-stop", lambda _s: no_initials(words, titles))
    preds = [trim_titles(extend_person(p, doc.body, stop), titles, never_name_keys()) for p in body_predictions(doc, ctx, model)]
    paired = paired_word_spans(doc.body)  # "लाव-लश्कर": no name inside
    preds = [through_linker(place_body(p, doc.body), doc.body, stop) for p in (without_open_bracket(p) for p in preds)
             if p and not generic_body(p) and not paired.overlaps(p.start, p.end)]
    preds, joined = join_across_linkers(preds, doc.body)
    preds = [p for p in preds if not opens_on_joiner(p)]
    grammar: frozenset[str] = ctx.resource("ner-grammar", lambda _s: grammar_words(words))
    preds, companies = company_names(doc, preds, grammar)
    preds, led = led_names(doc, preds, grammar, titles, MIN_CONFIDENCE)
    preds, named = head_names(doc, preds, grammar, titles, MIN_CONFIDENCE)
    preds, suffixed = suffix_places(doc, preds, MIN_CONFIDENCE)
    preds, residents = resident_places(doc, preds, grammar, MIN_CONFIDENCE)
    preds, listed = listed_people(doc, preds, MIN_CONFIDENCE, MIN_ONE_WORD_PERSON, (words.conjunctions, titles))
    preds, honoured = eponym_names(doc, preds, grammar, MIN_CONFIDENCE)
    preds, widened = widen_linked_bodies(doc, preds, MIN_CONFIDENCE["ORG"])
    countries = yield_places_inside_names(doc, preds) | {k: c for k, c in (led | widened).items() if c}
    widen_places_to_names(doc, preds)
    places: dict[str, str] = ctx.resource("ner-places", lambda _s: place_names(ctx.resource("entities", build_resources)))
    known: frozenset[str] = ctx.resource("ner-person-words", lambda _s: person_words(ctx.resource("entities", build_resources)))
    rules = dict.fromkeys(named, HEAD_RULE) | dict.fromkeys(suffixed, SUFFIX_RULE) | dict.fromkeys(companies, COMPANY_RULE)
    rules |= dict.fromkeys(residents, RESIDENT_RULE) | dict.fromkeys(listed, LIST_RULE) | dict.fromkeys(led, LED_RULE)
    rules |= dict.fromkeys(honoured, EPONYM_RULE) | dict.fromkeys(joined | widened.keys(), LINKED_RULE)
    add_predictions(doc, yield_short_forms(doc, preds), model, variants, places, known, rules, countries)
    add_defined_acronyms(doc)
    join_campuses(doc)
    return doc
