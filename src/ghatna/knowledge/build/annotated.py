"""People and organisations the project's annotators named in real news: ``data/kb/annotated.tsv``.

Source: the entity mentions and event actors of ``training/annotations/real-*.jsonl``, TRAIN
split only (``training/annotate/import_labels.split_of``): a name of a dev record never enters,
or dev scores would measure the knowledge base learning its own test. Per annotators' English
name: its type (PERSON or ORG, by majority over entity mentions), its Hindi forms (the mentions'
words), its sector (majority over the event actors that name it) and its country: the one its
event actors give, else the one every mention's context gives ("भारत के प्रधानमंत्री X", "बीजद
सांसद X", "ईरानी विदेश मंत्री X", "केंद्रीय मंत्री X"), else for an organisation the one place
named inside its forms that its English name names too ("केरल विधानसभा"; see
``context_country`` for the contexts that give none). A name is left out when these disagree on the country;
a person without a country (every person in the knowledge base has one: an entry without it
would take away the country the NER stage reads from the context); when an existing entry
already has that English name or one of its full forms (an alias, not a new entry: no QID is
ever guessed); an organisation whose every form is a country's mission ("पाकिस्तान उच्चायोग",
``mission_words`` of ``data/link_context.yaml``: the words name the mission in any city, the
annotators' name one city's); a name of ``training/kb/sources/annotated_refused.tsv``; or when no
form passes the rules below:

- a form no other entry has and no other annotated name was given, of at most MAX_FORM_WORDS
  words, and not one of ``training/kb/sources/ambiguous_forms.txt`` ("स्क्वेयर", "एलजी");
- of several words, not made of common words alone ("मानवाधिकार आयोग" is any commission);
- of one word, at least four letters and not a common word; for a person such a word is a bare
  first name or surname, kept as a short form (matched only after a title or the full name) when
  no two people's names share it ("जोशी", "डेविड": IL-NER train, the hand-made people, the
  annotated ones).
"""

from __future__ import annotations

import importlib.util
import logging
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from ghatna.evaluate.annotations import AnnotatedEntity, AnnotatedSentence, load_sentences
from ghatna.extraction.bodies import body_reach
from ghatna.extraction.lexicon import load_titles
from ghatna.knowledge.build.common import (
    REPO,
    form_key,
    join,
    plain_latin,
    read_source,
    source_words,
    usable_form,
    write_tsv,
)
from ghatna.knowledge.build.never_names import il_ner_people
from ghatna.knowledge.kb import KBEntry, bundled_entries, slug_id
from ghatna.resources import load_yaml
from ghatna.text.normalize import normalize_inline
from ghatna.text.tokens import form_tokens, tokenize

ANNOTATIONS = REPO / "training" / "annotations"
ID_PREFIX = "annotations:"
TYPES = ("PERSON", "ORG")
CONTEXT_WORDS = 5  # "के पूर्व विदेश राज्य मंत्री"
# A form of more words is a name spelt out in full that news seldom repeats word for word; a run
# that long is an article's own text, which the project does not copy.
MAX_FORM_WORDS = 7
MAX_PLACE_WORDS = 3  # words of a place before a body's words ("उत्तर प्रदेश", "अरुणाचल प्रदेश")
NOT_ALNUM = re.compile(r"[^a-z0-9]+")
JOINERS = re.compile("[\u200c\u200d]")
SOURCE = ("the project's annotations of real news (training/annotations/real-*.jsonl), train split "
          "only: entity mentions give Hindi forms and type, event actors country and sector")
log = logging.getLogger(__name__)
COLUMNS = ["id", "name", "type", "country", "sector", "hindi", "short", "latin", "mentions", "source"]


@dataclass(slots=True)
class Named:
    """What the train annotations say of one English name."""

    types: Counter[str] = field(default_factory=Counter)
    forms: Counter[str] = field(default_factory=Counter)
    countries: Counter[str] = field(default_factory=Counter)
    sectors: Counter[str] = field(default_factory=Counter)
    context: Counter[str] = field(default_factory=Counter)  # countries of "X के …" before a mention

    def country(self) -> str | None:
        """The event actors' country, else the one every context gives; None when they disagree."""
        votes = self.countries or self.context
        return next(iter(votes)) if len(votes) == 1 else None

    def absorb(self, other: Named) -> None:
        """Add what another spelling of the same name was given."""
        for mine, theirs in ((self.types, other.types), (self.forms, other.forms), (self.countries, other.countries),
                             (self.sectors, other.sectors), (self.context, other.context)):
            mine.update(theirs)

    def main_type(self) -> str:
        """The type most of the name's mentions were given (PERSON or ORG)."""
        return self.types.most_common(1)[0][0]


def split_function() -> Callable[[str, str], str]:
    """``split_of`` of the annotation importer, the one rule that puts a record in train or dev."""
    path = REPO / "training" / "annotate" / "import_labels.py"
    spec = importlib.util.spec_from_file_location("import_labels", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"{path} is missing: the annotations' split cannot be decided")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.split_of  # type: ignore[no-any-return]


def train_sentences(folder: Path = ANNOTATIONS) -> list[AnnotatedSentence]:
    """Annotated sentences of real records in the train split (written sentences are not news)."""
    split_of = split_function()
    return [s for s in load_sentences(folder) if not s.written and not s.skip and s.collection
            and s.record is not None and split_of(s.collection, s.record) == "train"]


def collect_names(sentences: list[AnnotatedSentence], known: Countries) -> dict[str, Named]:
    """What the sentences say of each English name (``known``: the countries of existing places,
    organisations and demonyms, for the context of a mention)."""
    names: dict[str, Named] = defaultdict(Named)
    for s in sentences:
        for e in s.entities:
            if e.name and e.type in TYPES:
                names[e.name].types[e.type] += 1
                names[e.name].forms[s.text[e.start:e.end]] += 1
                country = context_country(s, e, known)
                names[e.name].context.update([country] if country else [])
        for actor in (a for ev in s.events for a in (ev.source, ev.target) if a and a.kind == "named"):
            if actor.name and actor.country:
                names[actor.name].countries[actor.country] += 1
            if actor.name and actor.sector:
                names[actor.name].sectors[actor.sector] += 1
    return names


def context_country(s: AnnotatedSentence, entity: AnnotatedEntity, known: Countries) -> str | None:
    """The country the words just before a mention give, as the NER stage reads them: a place or
    organisation annotated before it with के/की opening the words between ("भारत के प्रधानमंत्री
    X", "भाजपा के नेता X"), an organisation with words and no postposition between ("बीजद सांसद
    X"), a demonym or an office only India has among those words ("ईरानी विदेश मंत्री X",
    "केंद्रीय मंत्री X"); at most CONTEXT_WORDS words and no punctuation between. None when
    another person is named between the place and the mention ("भारत के A और B": the place is
    A's), when a compound postposition follows के/की ("भारत के खिलाफ X"; "की ओर से" only after a
    country: "मुंबई इंडियंस की ओर से X" names X's team), or for a journalist named after an
    organisation ("बीबीसी संवाददाता X": the employer's country is not the reporter's)."""
    before = [e for e in s.entities if e.end <= entity.start and e.type in ("GPE", "LOC", "ORG") and e.name]
    start = max((e.end for e in before), default=0)
    person = max((e.end for e in s.entities if e.type == "PERSON" and e is not entity and e.end <= entity.start),
                 default=0)
    gap = s.text[start:entity.start].split()
    window = s.text[max(start, person):entity.start].split()[-CONTEXT_WORDS:]
    if any(c in " ".join(window) for c in "।.,;:?!\"'"):
        return None
    cue = next((known.cues[form_key(w)] for w in window if form_key(w) in known.cues), None)
    if cue or not before or not gap or len(gap) > CONTEXT_WORDS or person > start:
        return cue
    place = max(before, key=lambda e: e.end)
    country = known.by_name.get(name_key(place.name or ""))
    if place.type == "ORG" and known.staff.intersection(form_key(w) for w in gap):
        return None
    if gap[0] in ("के", "की") and len(gap) > 1:
        side = form_key(gap[1]) in known.sides
        if form_key(gap[1]) in known.compounds or (side and name_key(place.name or "") not in known.nations):
            return None
    joined = gap[0] in ("के", "की") or (place.type == "ORG" and not known.breaks.intersection(gap))
    return country if joined else None


def form_owners(names: dict[str, Named]) -> dict[str, set[str]]:
    """Which English names each form (as the gazetteer sees it) was given to."""
    owners: dict[str, set[str]] = defaultdict(set)
    for name, named in names.items():
        for form in named.forms:
            owners[owner_key(form)].add(name)
    return owners


def owner_key(form: str) -> str:
    """A form as the knowledge base will hold it, then as the gazetteer sees it: a joiner inside a
    word (a zero-width joiner after a virama) makes no other form."""
    return form_key(normalize_inline(form) or form)


def name_key(name: str) -> str:
    """An English name without case, spaces, points or diacritics ("K. P. Sharma Oli" is
    "KP Sharma Oli")."""
    return NOT_ALNUM.sub("", plain_latin(name).lower())


def link_breaks() -> set[str]:
    """Postpositions and conjunctions: words that part an organisation from a name after it."""
    words = load_yaml("hindi_words.yaml")
    return {w for key in ("postpositions", "conjunctions") for w in words[key]} - {"जी"}


def compound_nouns() -> frozenset[str]:
    """Nouns that make a compound postposition after के/की ("के खिलाफ", "के साथ", "के लिए"): the
    ``compound_markers`` of ``hindi_words.yaml``."""
    return frozenset(form_key(w) for w in load_yaml("hindi_words.yaml")["compound_markers"])


def side_nouns() -> frozenset[str]:
    """Nouns of "की ओर से", "की तरफ़ से" (``training/kb/sources/side_nouns.txt``): on whose side."""
    return frozenset(form_key(w) for w in source_words("side_nouns.txt"))


def staff_titles() -> frozenset[str]:
    """Titles of the media's staff (``titles.tsv``, sector MED: "संवाददाता", "पत्रकार")."""
    return frozenset(form_key(f) for t in load_titles().values() if t.sector == "MED" for f in t.forms)


def india_offices() -> dict[str, str]:
    """Offices only India has (``training/kb/sources/india_offices.txt``), as country cues."""
    return {form_key(w): "IND" for w in source_words("india_offices.txt")}


@dataclass(slots=True)
class Countries:
    """Existing entries' countries: of places and organisations by English name, of demonyms by
    form; India's offices (``training/kb/sources/india_offices.txt``); and the words that part a
    place from a person after it (see ``context_country``)."""

    by_name: dict[str, str] = field(default_factory=dict)
    cues: dict[str, str] = field(default_factory=dict)  # demonyms and India's offices, by form
    places: dict[tuple[str, ...], set[tuple[str, str]]] = field(default_factory=lambda: defaultdict(set))
    nations: set[str] = field(default_factory=set)  # English names of countries
    breaks: frozenset[str] = field(default_factory=lambda: frozenset(link_breaks()))
    compounds: frozenset[str] = field(default_factory=compound_nouns)
    sides: frozenset[str] = field(default_factory=side_nouns)
    staff: frozenset[str] = field(default_factory=staff_titles)

    def add(self, entry: KBEntry) -> None:
        if entry.kind == "country":
            self.nations.update(name_key(name) for name in [entry.name, *entry.latin])
        if entry.type in ("GPE", "LOC", "ORG") and entry.country:
            for name in [entry.name, *entry.latin]:
                self.by_name.setdefault(name_key(name), entry.country)  # hand-made entries come first
            for form in entry.demonyms:
                self.cues.setdefault(form_key(form), entry.country)
        if entry.type == "GPE" and entry.country:
            for form in [*entry.hindi, *entry.demonyms]:
                self.places[form_tokens(form)].update((entry.country, name_key(n)) for n in [entry.name, *entry.latin])

    def learn(self, names: dict[str, Named]) -> None:
        """The countries of the annotated organisations, for the people named after them."""
        for name, named in names.items():
            if named.main_type() != "ORG":
                continue
            country = named.country() or self.named_in(named.forms, name)
            if country:
                self.by_name.setdefault(name_key(name), country)

    def named_in(self, forms: Iterable[str], name: str) -> str | None:
        """The one country of the places and demonyms inside an organisation's forms ("केरल
        विधानसभा", "बनारस हिन्दू विश्वविद्यालय") that its English ``name`` names too (Columbia
        University's "कोलंबिया" is no Colombia); None when there are none or several."""
        found: set[str] = set()
        english = name_key(name)
        for tokens in (form_tokens(f) for f in forms):
            for start in range(len(tokens)):
                for end in range(start + 1, min(start + 4, len(tokens) + 1)):
                    found |= {country for country, place in self.places.get(tokens[start:end], set())
                              if place and place in english}
        return next(iter(found)) if len(found) == 1 else None


@dataclass(slots=True)
class Existing:
    """The knowledge base's entries other than this file's: their forms and English names."""

    by_form: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    names: set[str] = field(default_factory=set)
    people: list[tuple[str, ...]] = field(default_factory=list)
    countries: Countries = field(default_factory=Countries)
    places: dict[tuple[str, ...], str | None] = field(default_factory=dict)  # GPE/LOC forms (no demonyms)
    person_names: list[tuple[tuple[str, ...], str | None]] = field(default_factory=list)  # English words, country

    @classmethod
    def load(cls) -> Existing:
        out = cls(countries=Countries(cues=india_offices()))
        for entry in bundled_entries():
            if not entry.kb_id.startswith(ID_PREFIX):
                out.add(entry)
        return out

    def add(self, entry: KBEntry) -> None:
        self.names.update(name_key(n) for n in [entry.name, *entry.latin])
        if entry.type == "PERSON":
            self.people += [form_tokens(f) for f in entry.hindi]
            self.person_names += [(words, entry.country) for n in {entry.name, *entry.latin}
                                  if len(words := name_words(n)) > 1]
        if entry.type in ("GPE", "LOC"):
            for form in entry.hindi:
                self.places.setdefault(form_tokens(form), entry.country)
        self.countries.add(entry)
        for form in [*entry.hindi, *entry.short, *entry.demonyms]:
            self.by_form[form_key(form)].add(entry.type)

    def holds(self, name: str, named: Named, etype: str) -> bool:
        """The name is an existing entry's: same English name, or one of its forms (for a person
        a form of several words: people share surnames)."""
        return name_key(name) in self.names or any(
            (" " in form or etype != "PERSON") and etype in self.by_form.get(form_key(form), ())
            for form in named.forms)

    def extends_person(self, name: str, named: Named) -> bool:
        """A person's longer English name ("Salva Kiir Mayardit") of a knowledge-base person of the
        same or no country ("Salva Kiir"): the KB name's words in their order among its words, and
        no form of more words than the KB name has (the text said no more than that name; a form
        with more, "राजीव कुमार गुप्ता" beside Rajiv Kumar, names someone else)."""
        words, country = name_words(name), named.country()
        longest = max(len(form.split()) for form in named.forms)
        return any(len(known) < len(words) and longest <= len(known) and in_order(known, words)
                   and country in (None, theirs) for known, theirs in self.person_names)

    def body_reading(self, forms: Iterable[str]) -> tuple[str | None, str | None] | None:
        """The country and sector the org-head rule gives the first form it reads whole as a place
        and a body's words ("देवघर पुलिस": the place's country, COP; ``body_reach`` of
        ``ghatna.extraction.bodies``, as the entity and NER stages read it); None when it reads none."""
        for form in forms:
            words = [t.text for t in tokenize(form)]
            for cut in range(1, min(MAX_PLACE_WORDS, len(words) - 1) + 1):
                key = form_tokens(" ".join(words[:cut]))
                reach = body_reach(words[cut:]) if key in self.places else None
                if reach is not None and reach[0] == len(words) - cut:
                    return self.places[key], reach[1]
        return None


def name_words(name: str) -> tuple[str, ...]:
    """An English name's words without case, points or diacritics ("K. P. Sharma Oli": k, p, sharma, oli)."""
    return tuple(word for word in (NOT_ALNUM.sub("", w) for w in re.split(r"[\s\-]+", plain_latin(name).lower())) if word)


def in_order(part: tuple[str, ...], whole: tuple[str, ...]) -> bool:
    """Every word of ``part`` in ``whole``, in the same order (other words may stand between)."""
    rest = iter(whole)
    return all(word in rest for word in part)


def shared_name_words(names: Iterable[tuple[str, ...]]) -> set[str]:
    """Words found in the names of two people at least, told apart by their other words
    ("सुरेश जोशी", "मुरली मनोहर जोशी"): a given name or surname no one person owns."""
    company: dict[str, set[tuple[str, ...]]] = defaultdict(set)
    for name in names:
        for word in name:
            others = tuple(sorted(set(name) - {word}))
            if others:
                company[word].add(others)
    return {word for word, others in company.items() if len(others) > 1}


def people_names(names: dict[str, Named], existing: Existing,
                 others: Iterable[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """People's names of several words as their look-up keys: the annotated ones, the knowledge
    base's and ``others`` (IL-NER train's)."""
    annotated = [form_tokens(f) for n in names.values() if n.main_type() == "PERSON" for f in n.forms]
    other = [form_tokens(" ".join(name)) for name in others]
    return [name for name in [*annotated, *existing.people, *other] if len(name) > 1]


@dataclass(slots=True)
class Rules:
    """What a form is checked against: common words by type, forms' owners, shared name words,
    the forms Hindi news uses for something else or for many (``sources/ambiguous_forms.txt``)."""

    words: dict[str, frozenset[str]]
    owners: dict[str, set[str]]
    shared: set[str]
    existing: Existing
    ambiguous: frozenset[str] = frozenset()  # training/kb/sources/ambiguous_forms.txt
    refused: frozenset[str] = frozenset()  # training/kb/sources/annotated_refused.tsv

    @classmethod
    def of(cls, names: dict[str, Named], words: dict[str, frozenset[str]], existing: Existing,
           other_people: Iterable[tuple[str, ...]] = ()) -> Rules:
        return cls(words, form_owners(names), shared_name_words(people_names(names, existing, other_people)), existing,
                   frozenset(form_key(f) for f in source_words("ambiguous_forms.txt")),
                   frozenset(name_key(r["name"]) for r in read_source("annotated_refused.tsv")))


def office_titles() -> frozenset[str]:
    """The forms of titles that name an office ("डीएम", "एसपी", "प्रधानमंत्री"): a person's form that
    begins with one ("एसपी तमंग", initials written as the word) would be read as the title."""
    return frozenset(form for title in load_titles().values() if title.role not in {"monarch", "officer", "honorific"}
                     for form in title.forms)


def name_forms(name: str, etype: str, named: Named, rules: Rules) -> tuple[list[str], list[str]]:
    """Full forms and short forms of one name that pass the rules (see the module's doc)."""
    full: list[str] = []
    short: list[str] = []
    titles = office_titles() if etype == "PERSON" else frozenset()
    for form, _ in named.forms.most_common():
        norm = usable_form(form, rules.words["PERSON" if etype == "PERSON" else "ORG"])
        if not norm or form_key(norm) in rules.existing.by_form or rules.owners.get(owner_key(form)) != {name}:
            continue
        if form_key(norm) in rules.ambiguous or len(norm.split()) > MAX_FORM_WORDS:
            continue
        if norm.split()[0] in titles:
            continue
        if " " in norm or "-" in norm or etype != "PERSON":
            full.append(norm)
        elif form_key(norm) not in rules.shared:
            short.append(norm)
    return full, short


@cache
def mission_words() -> frozenset[str]:
    """The look-up keys of ``mission_words`` of ``data/link_context.yaml`` ("उच्चायोग", "दूतावास")."""
    return frozenset(form_tokens(word)[-1] for word in load_yaml("link_context.yaml")["mission_words"])


def is_mission(form: str) -> bool:
    """A form ending on a mission's word ("पाकिस्तान उच्चायोग", "उच्चायोग"): the annotators' name
    says which city's mission it was, the words do not."""
    words = form_tokens(JOINERS.sub("", form))  # a joiner inside a word splits no word
    return bool(words) and words[-1] in mission_words()


def typed(names: dict[str, Named]) -> dict[str, Named]:
    """The names annotators gave a PERSON or ORG mention (actors alone give no type), one per
    English name without case, spaces or points ("Doctors' Association" is "Doctors Association"):
    the spelling most mentions were given stands for the others."""
    merged: dict[str, Named] = {}
    spelling: dict[str, str] = {}
    for name, named in sorted(names.items(), key=lambda item: (-sum(item[1].types.values()), item[0])):
        key = name_key(name)
        if key in spelling:
            merged[spelling[key]].absorb(named)
        else:
            spelling[key], merged[name] = name, named
    return {name: named for name, named in merged.items() if named.types}


def annotated_rows(names: dict[str, Named], rules: Rules, tally: Counter[str]) -> Iterator[dict[str, str]]:
    """One row per name that passes, in name order; ``tally`` counts what was added and left out."""
    for name, named in sorted(names.items()):
        etype = named.main_type()
        if name_key(name) in rules.refused:
            tally["left out: refused by training/kb/sources/annotated_refused.tsv"] += 1
            continue
        if len(named.countries) > 1 or (not named.countries and len(named.context) > 1):
            tally["left out: annotations disagree on the country"] += 1
            continue
        if etype == "PERSON" and not named.country():
            tally["left out: a person of no known country"] += 1
            continue
        if rules.existing.holds(name, named, etype):
            tally["left out: an existing entry's"] += 1
            continue
        if etype == "PERSON" and rules.existing.extends_person(name, named):
            tally["left out: a knowledge-base person's, by a longer English name"] += 1
            continue
        if etype == "ORG" and all(is_mission(form) for form in named.forms):
            tally["left out: a country's mission, named alike in every city"] += 1
            continue
        full, short = name_forms(name, etype, named, rules)
        if not full and not short:
            tally["left out: no usable form"] += 1
            continue
        inside = rules.existing.countries.named_in(full, name) if etype == "ORG" else None
        if inside and named.country() not in (None, inside):
            tally["left out: annotations disagree on the country"] += 1
            continue
        tally[f"added {etype}"] += 1
        country = named.country() or inside
        sector = named.sectors.most_common(1)[0][0] if named.sectors else None
        reading = rules.existing.body_reading(full) if etype == "ORG" and not (sector and country) else None
        if reading is not None:  # a row wins the match: it must not blank what the org-head rule gives
            before = (country, sector)
            country, sector = country or reading[0], sector or reading[1]
            tally["country or sector from the org-head rule"] += (country, sector) != before
        yield {"id": ID_PREFIX + slug_id(etype.lower(), name).removeprefix("ghatna:"), "name": name,
               "type": etype, "country": country or "", "sector": sector or "", "hindi": join(full),
               "short": join(short), "latin": name, "mentions": str(sum(named.forms.values())),
               "source": "annotations:train"}


def build_annotated(words: dict[str, frozenset[str]]) -> dict[str, int]:
    """``words``: for "PERSON" the common words a person's form must not be (alone or all of
    it), for "ORG" those and the words of people's names."""
    tally: Counter[str] = Counter()
    existing = Existing.load()
    sentences = train_sentences()
    existing.countries.learn(typed(collect_names(sentences, existing.countries)))
    names = typed(collect_names(sentences, existing.countries))
    rules = Rules.of(names, words, existing, il_ner_people())
    rows = list(annotated_rows(names, rules, tally))
    for what, n in sorted(tally.items()):
        log.info("annotated.tsv: %s: %d", what, n)
    return {"annotated.tsv": write_tsv("annotated.tsv", COLUMNS, rows, SOURCE)}
