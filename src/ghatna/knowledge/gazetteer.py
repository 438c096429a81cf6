"""Matching knowledge-base names in running Hindi text.

Text is split into word tokens with offsets (postpositions are separate words in
Hindi news; hyphens and punctuation split). Every surface form of every entry becomes
a token sequence in a dictionary keyed by its first token, together with inflected
variants from ``data/inflections.yaml`` and the other spellings Hindi news gives it
(``spelling_variants`` of ``data/hindi_words.yaml``: "केंद्रीय"/"केन्द्रीय", "सीबीआई"/"सीबीआइ");
Latin forms match whatever the case of their other letters, with a capital first letter as English
writes names (short all-capital ones such as "US" only in capitals); their accents are dropped
("Lomé" is "Lome"), and a form with a letter no accent makes (Ł, ı, ʻ) is left out: the tokens
take Latin words as runs of A-Z, so "Łódź" would be the word "d" and "Şanʻā’" the word "an".
The longest match at a position wins.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from ghatna.knowledge.kb import KBEntry, KnowledgeBase
from ghatna.resources import load_yaml
from ghatna.text.tokens import Token, form_tokens, word_key


@dataclass(frozen=True, slots=True)
class Form:
    """One surface form: its tokens, the entry it names, and how it may be used."""

    tokens: tuple[str, ...]
    kb_id: str
    kind: str  # "name", "short", "demonym", "latin", "title"
    case_sensitive: bool = False
    capitalised: bool = False  # a Latin name: its first letter a capital in the text too


@dataclass(frozen=True, slots=True)
class Match:
    form: Form
    start_token: int
    end_token: int  # exclusive
    start: int
    end: int
    text: str


@cache
def inflection_rules() -> tuple[tuple[tuple[str, tuple[str, ...]], ...], int]:
    data = load_yaml("inflections.yaml")
    rules = tuple((k, tuple(v)) for k, v in sorted(data["endings"].items(), key=lambda kv: -len(kv[0])))
    return rules, int(data.get("min_length", 4))


@dataclass(frozen=True, slots=True)
class Spellings:
    to_nasal: re.Pattern[str]  # an anusvara before a consonant of a nasal's class
    nasal_of: dict[str, str]  # that consonant -> the nasal of its class
    to_anusvara: re.Pattern[str]  # a class nasal with a virama before a consonant of its class
    letter_i: tuple[str, str]
    name_letters: dict[int, str]  # a letter names are spelt with either way -> the one, for str.translate
    any_nasal: re.Pattern[str]  # a nasal with a virama before any consonant ("मन्सूर")
    joined_heads: frozenset[str]
    letter_names: frozenset[str]


@cache
def spellings() -> Spellings:
    data = load_yaml("hindi_words.yaml")["spelling_variants"]
    nasal_of = {c: nasal for nasal, consonants in data["nasal_of_class"].items() for c in consonants}
    pairs = "|".join(f"{nasal}\u094d(?=[{''.join(cs)}])" for nasal, cs in data["nasal_of_class"].items())
    first, second = data["letter_i"]
    letters = frozenset(load_yaml("romanize.yaml")["letter_names"])
    return Spellings(re.compile(f"\u0902(?=[{''.join(nasal_of)}])"), nasal_of, re.compile(pairs), (first, second),
                     str.maketrans(data["name_letters"]), re.compile(f"[{''.join(data['nasal_of_class'])}]\u094d(?=[\u0915-\u0939])"),
                     frozenset(data["joined_heads"]), letters)


def spelling_variants(form: str) -> list[str]:
    """The other ways Hindi news spells a form, each change made throughout it: an anusvara as
    the nasal of the next consonant's class and back ("केंद्रीय"/"केन्द्रीय"), the letter I of an
    acronym as आई or आइ ("सीबीआई"/"सीबीआइ"); a last word such as प्रदेश joined to the one before
    ("आंध्रप्रदेश"); an acronym letter by letter ("एन आई ए")."""
    rules = spellings()
    nasal = rules.to_nasal.sub(lambda m: rules.nasal_of[form[m.end()]] + "\u094d", form)
    anusvara = rules.to_anusvara.sub("\u0902", form)
    first, second = rules.letter_i
    out = []
    for variant in (nasal, anusvara):
        out += [variant, variant.replace(first, second), variant.replace(second, first)]
    words = form.split()
    if len(words) > 1 and words[-1] in rules.joined_heads:
        out.append(" ".join([*words[:-2], words[-2] + words[-1]]))
    spelt = spelt_out(form, rules.letter_names) if len(words) == 1 else None
    out += [spelt] if spelt else []
    return [v for v in dict.fromkeys(out) if v != form]


def loose_spelling(word: str) -> str:
    """A word's look-up key with its spellings' differences folded, to compare two spellings of one
    name: a nasal with a virama before a consonant as an anusvara ("ट्रम्प"/"ट्रंप", "मन्सूर"/
    "मंसूर"), the letters of ``name_letters`` as one ("बनर्जी"/"बनर्जि", "तिवारी"/"तिबारी")."""
    rules = spellings()
    return rules.any_nasal.sub("\u0902", word_key(word)).translate(rules.name_letters)


def spelt_out(word: str, letters: frozenset[str]) -> str | None:
    """An acronym written as one word of Latin letters' names ("एनआईए") letter by letter ("एन आई
    ए"); None for a word that is not three such names or more (two, "एस पी", are a person's
    initials as often)."""
    best: list[list[str] | None] = [[]] + [None] * len(word)
    for end in range(1, len(word) + 1):
        for start in range(max(0, end - 7), end):
            head = best[start]
            if head is not None and word[start:end] in letters:
                best[end] = [*head, word[start:end]]
                break
    found = best[-1]
    return " ".join(found) if found and len(found) >= 3 else None


def inflect(word: str) -> list[str]:
    """Inflected variants of the last word of a Devanagari form."""
    rules, min_length = inflection_rules()
    if word.isascii() or len(word) < min_length:
        return []
    for ending, replacements in rules:
        if word.endswith(ending):
            stem = word[: len(word) - len(ending)] if ending else word
            return [stem + r for r in replacements]
    return []


def plain_latin(form: str) -> str | None:
    """A Latin form without its accents ("Kraków": "Krakow"); None when a letter is left that is
    no A-Z ("Łódź"), whose pieces would match English words or letters ("d"). Other forms as
    they are."""
    if form.isascii() or not any("LATIN" in unicodedata.name(c, "") for c in form):
        return form
    plain = "".join(c for c in unicodedata.normalize("NFKD", form) if not unicodedata.combining(c))
    return plain if plain.isascii() else None


class Gazetteer:
    """Every surface form of every entry, keyed by its whole token sequence; for each first
    token the form lengths that start with it, so a position costs a few dictionary look-ups."""

    def __init__(self) -> None:
        self.by_tokens: dict[tuple[str, ...], list[Form]] = defaultdict(list)
        self.lengths: dict[str, list[int]] = defaultdict(list)

    def add(self, text: str, kb_id: str, kind: str, inflected: bool = True) -> None:
        """A form, its inflected variants and its other spellings."""
        sensitive = text.isascii() and text.isupper() and len(text) <= 4
        capital = text.isascii() and text[:1].isupper()
        for spelling in [text, *(spelling_variants(text) if not text.isascii() else ())]:
            tokens = form_tokens(spelling)
            if not tokens:
                continue
            self.insert(Form(tokens, kb_id, kind, sensitive, capital))
            if inflected and kind in ("name", "demonym", "title"):
                for variant in inflect(tokens[-1]):
                    self.insert(Form(tokens[:-1] + (variant,), kb_id, kind))

    def insert(self, form: Form) -> None:
        bucket = self.by_tokens[form.tokens]
        if form not in bucket:
            bucket.append(form)
        lengths = self.lengths[form.tokens[0]]
        if len(form.tokens) not in lengths:
            lengths.append(len(form.tokens))
            lengths.sort(reverse=True)

    def add_entry(self, entry: KBEntry) -> None:
        """The entry's forms; a place's one-word name takes no plural endings ("इन्द्री" is no
        "इंद्रियों", the senses): places are not counted, their people are (demonyms: "रूसियों")."""
        place = entry.type in ("GPE", "LOC")
        for kind, forms in (("name", entry.hindi), ("short", entry.short), ("demonym", entry.demonyms),
                            ("latin", [f for f in map(plain_latin, [*entry.latin, entry.name]) if f])):
            for form in forms:
                self.add(form, entry.kb_id, kind, inflected=not (place and kind == "name" and " " not in form.strip()))

    def match_at(self, tokens: list[Token], i: int, text: str = "", keys: list[str] | None = None) -> list[Match]:
        """All forms starting at token i, longest first (``keys``: the tokens' keys, when at hand)."""
        out = []
        for n in self.lengths.get(tokens[i].key, ()):
            if i + n > len(tokens):
                continue
            forms = self.by_tokens.get(tuple(keys[i: i + n]) if keys is not None else tuple(t.key for t in tokens[i: i + n]))
            for form in forms or ():
                if form.case_sensitive and not tokens[i].text.isupper() or form.capitalised and not tokens[i].text[:1].isupper():
                    continue  # "US" only in capitals; "delhi" in a keyword gloss ("coronavirus in delhi") names no one
                start, end = tokens[i].start, tokens[i + n - 1].end
                out.append(Match(form, i, i + n, start, end, text[start:end]))
        return out

    def scan(self, text: str, tokens: list[Token]) -> list[list[Match]]:
        """Candidate matches at every token position (empty lists where none start)."""
        keys, lengths = [t.key for t in tokens], self.lengths
        return [self.match_at(tokens, i, text, keys) if key in lengths else [] for i, key in enumerate(keys)]


def country_spellings(kb: KnowledgeBase) -> dict[str, list[tuple[tuple[str, ...], ...]]]:
    """Each country's Hindi names and demonyms as token sequences, the two kinds apart."""
    out: dict[str, list[tuple[tuple[str, ...], ...]]] = {}
    for code, entry in kb.countries().items():
        kinds = (entry.hindi, entry.demonyms)
        out[code] = [tuple(t for t in (form_tokens(f) for f in forms) if t) for forms in kinds]
    return out


def country_variants(entry: KBEntry, spellings: dict[str, list[tuple[tuple[str, ...], ...]]]) -> list[tuple[str, ...]]:
    """An organisation's forms that open with its country, with the country spelt every other
    way of the same kind: "अमेरिकी कांग्रेस" gives "अमरीकी कांग्रेस", "इजराइली सेना" gives
    "इसराइली सेना"."""
    out: list[tuple[str, ...]] = []
    for form in entry.hindi if entry.type == "ORG" and entry.country in spellings else ():
        tokens = form_tokens(form)
        for kind in spellings[entry.country or ""]:
            head = next((h for h in kind if len(h) < len(tokens) and tokens[:len(h)] == h), None)
            if head is not None:
                out += [other + tokens[len(head):] for other in kind if other != head]
    return out


def build_gazetteer(kb: KnowledgeBase, titles: Iterable[tuple[str, str]] = ()) -> Gazetteer:
    gaz = Gazetteer()
    spellings = country_spellings(kb)
    for entry in kb:
        gaz.add_entry(entry)
        for tokens in country_variants(entry, spellings):
            if tokens not in gaz.by_tokens:
                gaz.insert(Form(tokens, entry.kb_id, "name"))
    for text, title_id in titles:
        gaz.add(text, title_id, "title")
    return gaz
