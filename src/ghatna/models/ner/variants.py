"""Names the NER model found that spell a knowledge-base form otherwise.

A person's or organisation's name of several words ("डोनल्ड ट्रंप" → Donald Trump) close enough to
a form by edit distance, or a one-word place close to a curated place's form ("कैलीफोर्निया" →
California), is that entry: same type and first letter, a person's family name and given name
agreeing, no word of it another name cut short, an organisation's word after an English linker
("ऑफ नेपाल") agreeing. The ``ner`` stage links such a name to the entry
(``linked_entity``) instead of making a new entity.
"""

from __future__ import annotations

from rapidfuzz import fuzz, process

from ghatna.document import Document, Entity
from ghatna.extraction.entities import BULK_SOURCES, reference_date
from ghatna.extraction.family_names import same_given_name
from ghatna.extraction.lexicon import EntityResources
from ghatna.extraction.romanize import romanize
from ghatna.knowledge.gazetteer import loose_spelling
from ghatna.knowledge.kb import KBEntry
from ghatna.models.ner.head_names import name_heads
from ghatna.models.ner.model import Prediction
from ghatna.text.tokens import word_key

VARIANT_RATIO = 88  # a name of several words this close to a knowledge-base form is that entry spelt otherwise
FAMILY_RATIO = 85  # a person's last word this close to the form's (spellings folded, or in Latin letters) is one family name
PLACE_VARIANT_RATIO = 90  # a one-word place this close to a curated place's form is that place
MIN_PLACE_VARIANT = 5  # characters: shorter words are too near too many others
VariantIndex = dict[tuple[str, str], dict[str, KBEntry]]


def index_variants(res: EntityResources) -> VariantIndex:
    """Knowledge-base forms by (type, first letter): people's and organisations' of two words or
    more, and one-word places of the curated sources (not GeoNames or ISO 3166-2) under "GPE"."""
    index: VariantIndex = {}
    for entry in res.kb:
        if entry.type in ("PERSON", "ORG"):
            for form in (f for f in entry.hindi if " " in f):
                index.setdefault((entry.type, form[0]), {})[form] = entry
        elif not entry.kb_id.startswith(BULK_SOURCES):
            for form in (f for f in entry.hindi if " " not in f and len(f) >= MIN_PLACE_VARIANT):
                index.setdefault(("GPE", form[0]), {}).setdefault(form, entry)
    return index


def variant_entry(pred: Prediction, etype: str, variants: VariantIndex) -> KBEntry | None:
    """The entry a predicted name spells otherwise: a person's or organisation's name of several
    words ("डोनल्ड ट्रंप" → Donald Trump) at an edit-distance ratio of at least VARIANT_RATIO, a
    one-word place ("कैलीफोर्निया" → California) at PLACE_VARIANT_RATIO; same type and first
    letter; a person's family name the same (``same_family_name``); never a form itself, whose link
    the context refused ("वेनेजुएला के गृह मंत्रालय")."""
    one_word_place = etype == "GPE" and " " not in pred.text and len(pred.text) >= MIN_PLACE_VARIANT
    if " " not in pred.text and not one_word_place:
        return None
    forms = variants.get((etype, pred.text[:1]))
    if not forms or pred.text in forms:
        return None  # a form itself: the entity stage linked it or refused the link
    cutoff = PLACE_VARIANT_RATIO if one_word_place else VARIANT_RATIO
    candidates = [f for f in forms if (" " in f) == (" " in pred.text)]
    close = process.extract(pred.text, candidates, scorer=fuzz.ratio, score_cutoff=cutoff, limit=None)
    best = next((form for form, _, _ in close if linked_tails_agree(pred.text, form)
                 and (etype != "PERSON" or same_family_name(pred.text, form) and given_names_agree(pred.text, form))), None)
    return forms[best] if best and not other_word_inside(pred.text, best, etype == "PERSON") else None


def same_family_name(text: str, form: str) -> bool:
    """The last words of two people's names are one family name spelt otherwise (``spelt_alike``),
    so a first name many share never carries a match alone ("मोहम्मद शामी" is no "मोहम्मद खातमी",
    "सुरेश शर्मा" no "सुरेश वर्मा")."""
    return spelt_alike(text.split()[-1], form.split()[-1])


def spelt_alike(word: str, other: str) -> bool:
    """One word spelt otherwise: at FAMILY_RATIO or closer with the spellings' differences folded
    ("बनर्जि" and "बनर्जी") or in Latin letters ("ज़ेलेन्स्की" and "जेलेंस्की")."""
    return (fuzz.ratio(loose_spelling(word), loose_spelling(other)) >= FAMILY_RATIO
            or fuzz.ratio(romanize(word).lower(), romanize(other).lower()) >= FAMILY_RATIO)


def linked_tails_agree(text: str, form: str) -> bool:
    """When both organisations' names go on after an English linker (``name_linkers``: "ऑफ", "फॉर",
    "एंड"), the word right after the last one is the same word spelt otherwise (``spelt_alike``):
    it says whose body it is, and a body of Nepal is no body of China however close the whole
    ("कम्युनिस्ट पार्टी ऑफ नेपाल" is not "कम्युनिस्ट पार्टी ऑफ चाइना", "डेमोक्रेटिक पार्टी ऑफ इंडिया" not
    the one "ऑफ कोरिया")."""
    tail, other = linked_tail(text), linked_tail(form)
    return tail is None or other is None or spelt_alike(tail, other)


def linked_tail(name: str) -> str | None:
    """The word of ``name`` right after its last English linker; None when it has none."""
    words = name.split()
    last = max((k for k, w in enumerate(words[:-1]) if word_key(w) in name_heads().linkers), default=None)
    return words[last + 1] if last is not None else None


def given_names_agree(text: str, form: str) -> bool:
    """The first words of two people's names agree (``same_given_name``): a full name whose given
    name is another ("ऑस्कर पिस्टोरियस" beside "बोरिस पिस्टोरियस") is another person."""
    return len(text.split()) < 2 or len(form.split()) < 2 or same_given_name(text.split()[0], form.split()[0])


def other_word_inside(text: str, form: str, person: bool) -> bool:
    """A word of the name is the end of the form's word in its place or the other way round, or,
    for a person, its start: another name, not a spelling ("मोहन सिंह" is not "मनमोहन सिंह",
    "राज कुमार" not "राजीव कुमार"); an organisation's word may take a plural's ending ("गार्डस")."""
    pairs = zip(text.split(), form.split(), strict=False) if len(text.split()) == len(form.split()) else ()
    return any(is_cut(a, b, person) or is_cut(b, a, person) for a, b in pairs if a != b)


def is_cut(short: str, long: str, person: bool) -> bool:
    return len(short) < len(long) and (long.endswith(short) or (person and long.startswith(short)))


def linked_entity(doc: Document, entry: KBEntry) -> Entity:
    """The document's entity for a knowledge-base entry, made when the article has none yet."""
    for entity in doc.entities:
        if entity.kb_id == entry.kb_id:
            return entity
    day = reference_date(doc)
    office = entry.office_on(day)
    entity = Entity(key=entry.kb_id, name=entry.name, type=entry.type, kb_id=entry.kb_id, country=entry.country,
                    sector=entry.sector_on(day),
                    role=office.role if office else None, kind=entry.kind)
    doc.entities.append(entity)
    return entity
