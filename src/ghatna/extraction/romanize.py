"""Hindi names in Latin letters, as English-language news writes them: "नरेंद्र मोदी" Narendra
Modi, "जी के बंसल" G. K. Bansal, "एनजीटी" NGT. The letters and the exceptions are data
(``data/romanize.yaml``); the IAST of each Devanagari letter comes from indic_transliteration,
kept in the disk cache.

    >>> romanize("नरेंद्र मोदी")
    'Narendra Modi'
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache

from ghatna.resources import cached, load_tsv, load_yaml
from ghatna.text.tokens import word_key

CONSONANT = re.compile(r"[\u0915-\u0939\u0958-\u095f]\u093c?")
SIGN = re.compile(r"[\u093e-\u094d\u0962\u0963]")
UNIT = re.compile(r"[\u0915-\u0939\u0958-\u095f]\u093c?[\u093e-\u094d\u0962\u0963]?|.")  # a consonant with its sign, or one character
# IAST letters as English-language news spells Indian names (श → sh, ऋ → ri, ं before h → ng).
LATIN_SPELLING = (("ṃh", "ngh"), ("ṃ", "n"), ("ś", "sh"), ("ṣ", "sh"), ("ṛ", "ri"), ("k͟h", "kh"), ("ġ", "gh"),
                  ("q̇", "q"), ("f̣", "f"))


def romanize(hindi: str) -> str:
    """A readable Latin form of a Hindi name, with the inherent vowels Hindi drops dropped;
    initials and acronyms in capitals ("जी के बंसल" G. K. Bansal, "एनजीटी" NGT), the parts of a
    hyphenated word each capitalised ("अल-मदीना" Al-Madina)."""
    words = hindi.replace(".", ". ").split()  # "आर.एन. रवि": initials joined by full stops
    out: list[str] = []
    initials = True  # initials only open a name ("देशों के संगठन": के is a postposition there)
    for k, word in enumerate(words):
        letters = spelt_letters(word.strip("."))
        initials = initials and bool(letters) and len(letters or ()) <= 2 and k + 1 < len(words)
        if initials and letters:
            out.append(" ".join(f"{c}." for c in letters))
        elif letters and len(letters) >= 3:
            out.append("".join(letters))
        else:
            out.append("-".join(capitalised(romanize_word(part)) for part in word.split("-")))
    return " ".join(w for w in out if w.strip("-"))


def english_name(hindi: str, places: Mapping[str, str]) -> str:
    """The name of an organisation or place the knowledge base lacks as English-language news
    writes it: its common words in English (``name_words`` of ``romanize.yaml``: "सफदरजंग अस्पताल"
    Safdarjang Hospital), the places of ``places`` (a form's ``name_key`` → English name) by their
    English names ("गोरखपुर विश्वविद्यालय" Gorakhpur University), the rest romanized; phrases of
    up to three words, the longest first."""
    glossary = romanization().name_words
    words = hindi.split()
    out: list[str] = []
    run: list[str] = []
    k = 0
    while k < len(words):
        english = None
        for n in range(min(3, len(words) - k), 0, -1):
            key = name_key(" ".join(words[k:k + n]))
            english = glossary.get(key) or places.get(key)
            if english:
                break
        if english is None:
            run.append(words[k])
            k += 1
            continue
        out += [romanize(" ".join(run))] if run else []
        out.append(english)
        run, k = [], k + n
    out += [romanize(" ".join(run))] if run else []
    return " ".join(w for w in out if w)


def name_key(text: str) -> str:
    """A phrase as ``english_name`` looks it up: its words' look-up keys (nukta and chandrabindu folded)."""
    return " ".join(word_key(w) for w in unicodedata.normalize("NFC", text).split())


def capitalised(latin: str) -> str:
    return latin[:1].upper() + latin[1:]


def spelt_letters(word: str) -> list[str] | None:
    """The Latin letters a word spells out by their names ("एलएस" → L, S), else None."""
    names = romanization().letter_names
    best: list[list[str] | None] = [[]] + [None] * len(word)
    for end in range(1, len(word) + 1):
        for start in range(max(0, end - 7), end):
            head = best[start]
            if head is not None and word[start:end] in names:
                best[end] = [*head, names[word[start:end]]]
                break
    return best[-1] or None


def is_spelt_acronym(word: str) -> bool:
    """Devanagari that spells two or more Latin letters by their names ("जीसीसी": G C C)."""
    letters = spelt_letters(word)
    return letters is not None and len(letters) >= 2


def romanize_word(word: str) -> str:
    """One word in Latin letters as English-language news spells Hindi names: a name part's
    conventional spelling (``spellings`` of ``data/romanize.yaml``: कपूर Kapoor), else the
    spelling the knowledge base's names give it (``data/kb/name_spellings.tsv``: माइकल Michael,
    जिन्ना Jinnah), else letter by letter (``spell_letters``)."""
    spelling = romanization()
    key = name_key(word)
    conventional = spelling.spellings.get(key) or spelling.grown.get(key)
    if conventional:
        return conventional.lower()
    return spell_letters(word)


def spell_letters(word: str) -> str:
    """One word in Latin letters by the letter rules of ``data/romanize.yaml`` alone, the
    inherent vowel dropped where Hindi drops it, kept after a final cluster such as ``द्र``."""
    spelling = romanization()
    units = UNIT.findall(unicodedata.normalize("NFC", word))
    ending = next((e for e in spelling.endings if word.endswith(e) and len(e) < len(word)), None)
    if ending:
        return spell_letters(word[: -len(ending)] + "\u094d").rstrip("-'") + spelling.endings[ending]
    schwa = schwa_kept(units, spelling)
    latin = "".join(spell_unit(units, k, schwa, spelling) for k in range(len(units)))
    for iast, plain in LATIN_SPELLING:
        latin = latin.replace(iast, plain)
    return "".join(c for c in unicodedata.normalize("NFKD", latin) if c.isalnum() or c in "-'").lower()


def schwa_kept(units: list[str], spelling: Romanization) -> list[bool]:
    """Which bare consonants keep their inherent a: not word-finally (unless after a cluster the
    spelling keeps), not between a vowel and a consonant with its vowel (scanning from the right);
    a cluster or a nasal sign before it is no vowel (प्रसाद Prasad, संगठन Sangathan)."""
    schwa = [bool(CONSONANT.fullmatch(u)) for u in units]
    if len(units) > 1 and schwa[-1]:
        schwa[-1] = final_a_kept(units, spelling)
    for k in range(len(units) - 2, 0, -1):
        prev = units[k - 1]
        prev_vowel = (not CONSONANT.match(prev) and prev not in ("\u0902", "\u0901") or schwa[k - 1]
                      or bool(SIGN.search(prev[-1])) and not prev.endswith("\u094d"))
        nxt = units[k + 1]
        next_cv = bool(CONSONANT.match(nxt)) and (schwa[k + 1] or bool(SIGN.search(nxt[-1])) and not nxt.endswith("\u094d"))
        if schwa[k] and prev_vowel and next_cv:
            schwa[k] = False
    return schwa


def final_a_kept(units: list[str], spelling: Romanization) -> bool:
    """A word-final bare consonant keeps its a after a cluster the spelling names (नरेंद्र
    Narendra, गुप्त Gupta, but भट्ट Bhatt, होर्स्ट Horst), and य after i (राष्ट्रीय Rashtriya)."""
    last = units[-1]
    if units[-2][-1:] in ("\u093f", "\u0940") and last == "\u092f":
        return True
    k = len(units) - 1
    while k > 0 and units[k - 1].endswith("\u094d"):
        k -= 1
    if k == len(units) - 1:
        return False
    cluster = "".join(units[k:])
    first = units[k].rstrip("\u094d")
    if cluster in spelling.final_clusters:
        return True
    never = first in spelling.final_never_after and last not in ("\u092f", "\u0935")
    return last in spelling.final_after and not never and first != last


def spell_unit(units: list[str], k: int, schwa: list[bool], spelling: Romanization) -> str:
    """One consonant with its vowel sign, or one other character, in Latin letters."""
    unit = units[k]
    nxt = units[k + 1] if k + 1 < len(units) else ""
    if not CONSONANT.match(unit):
        if unit in "\u0902\u0901" and nxt[:1] in spelling.nasal_m_before:
            return "m"
        if unit == "\u0902" and nxt[:1] == "\u0939":
            return "ng"
        return spelling.letters.get(unit) or "".join(iast_table().get(c, c) for c in unit)
    base = unit[:2] if unit[1:2] == "\u093c" else unit[:1]
    sign = unit[len(base):]
    consonant = spelling.consonants.get(base) or iast_table().get(base + "\u094d", base)
    if base == "\u092f" and not sign and not schwa[k] and k > 0 and ends_in_a(units[k - 1], schwa[k - 1]):
        return "y" if k == len(units) - 1 and k > 1 else "i"  # जयशंकर Jaishankar, जय Jai, but संजय Sanjay
    after_cluster = k > 0 and units[k - 1].endswith("\u094d") and units[k - 1][0] not in spelling.v_after
    if base == "\u0935" and (after_cluster or sign == "\u094d" and nxt[:1] == "\u0939"):
        consonant = "w"
    if base == "\u0935" and 0 < k < len(units) - 1 and is_w_vowel(units, k, schwa, spelling):
        consonant = "w"  # पवार Pawar, तिवारी Tiwari, रावत Rawat
    if sign == "\u094d":
        return consonant
    if sign:
        return consonant + (spelling.signs.get(sign) or iast_table().get("\u0915" + sign, sign)[1:])
    return consonant + ("a" if schwa[k] else "")


def is_w_vowel(units: list[str], k: int, schwa: list[bool], spelling: Romanization) -> bool:
    """व inside a word is w before the vowel signs ``w_before`` names, and before its own
    inherent a (``अ`` there) after an a or a nasal (रावत Rawat, धवन Dhawan; शिवम Shivam)."""
    sign = units[k][1:]
    if sign:
        return sign in spelling.w_before
    after_a = ends_in_a(units[k - 1], schwa[k - 1]) or units[k - 1] in ("\u0902", "\u0901")
    before_vowel = not CONSONANT.match(units[k + 1])  # गवई Gavai
    return schwa[k] and after_a and not before_vowel and "\u0905" in spelling.w_before


def ends_in_a(unit: str, schwa: bool) -> bool:
    """The unit is spelt with a final a: a consonant with its a or with ा, or अ, आ."""
    return schwa or unit[-1:] in ("\u093e", "\u0905", "\u0906")


@dataclass(frozen=True)
class Romanization:
    consonants: dict[str, str]
    signs: dict[str, str]
    letters: dict[str, str]
    nasal_m_before: frozenset[str]
    final_after: frozenset[str]
    final_clusters: frozenset[str]
    final_never_after: frozenset[str]
    endings: dict[str, str]
    letter_names: dict[str, str]
    name_words: dict[str, str]
    w_before: frozenset[str]
    v_after: frozenset[str]
    spellings: dict[str, str]
    grown: dict[str, str]


@cache
def romanization() -> Romanization:
    """The spelling data, built once and kept in the disk cache (``resources.cached``)."""
    return cached("romanization", build_romanization)


def build_romanization() -> Romanization:
    data = load_yaml("romanize.yaml")

    def table(key: str) -> dict[str, str]:
        return {unicodedata.normalize("NFC", k): str(v) for k, v in (data.get(key) or {}).items()}

    def letters(key: str) -> frozenset[str]:
        return frozenset(unicodedata.normalize("NFC", x) for x in data.get(key) or [])

    return Romanization(consonants=table("consonants"), signs=table("signs"), letters=table("letters"),
                        nasal_m_before=letters("nasal_m_before"), final_after=letters("final_a_after"),
                        final_clusters=letters("final_a_clusters"), final_never_after=letters("final_a_never_after"),
                        endings=table("endings"), letter_names=table("letter_names"),
                        name_words={name_key(k): v for k, v in table("name_words").items()},
                        w_before=letters("w_before"), v_after=letters("v_after"),
                        spellings={name_key(k): v for k, v in table("spellings").items()},
                        grown=grown_spellings())


def grown_spellings() -> dict[str, str]:
    """The spelling of each Hindi name word that the knowledge base's names agree on
    (``kb/name_spellings.tsv``, made by ``python -m ghatna.knowledge.build``), by look-up key."""
    return {row["hindi"]: row["latin"] for row in load_tsv("kb/name_spellings.tsv")}


@cache
def iast_table() -> dict[str, str]:
    """IAST of every Devanagari letter, sign and consonant+nukta, as indic_transliteration gives
    them; kept on disk, since importing that library reads ninety scheme files."""
    return cached("iast", build_iast_table)


def build_iast_table() -> dict[str, str]:
    from indic_transliteration import sanscript

    def iast(text: str) -> str:
        return str(sanscript.transliterate(text, sanscript.DEVANAGARI, sanscript.IAST))

    table: dict[str, str] = {}
    for code in range(0x0900, 0x0980):
        char = chr(code)
        if "\u093e" <= char <= "\u094c" or char in "\u0962\u0963":
            table["\u0915" + char] = iast("\u0915" + char)
        elif CONSONANT.fullmatch(char):
            table[char + "\u094d"] = iast(char + "\u094d")
            table[char + "\u093c\u094d"] = iast(char + "\u093c\u094d")
        else:
            table[char] = iast(char)
    return table
