"""Unnamed actors: generic groups (police, militants, protesters, a court) and unknown
attackers, with the country the text gives them.

The groups are data (``data/generic_actors.tsv``): word forms, written once with their
inflections ("आतंकी+" for आतंकी and आतंकियों), an English label, a sector, a fixed
country where one is implied (नक्सली: India) and a kind (generic or unknown). Their
country otherwise comes from the word before them, the place of their sentence, or the
country the article is about at that point (``context_country``).
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass
from functools import cache

from ghatna.document import Document, Entity
from ghatna.extraction.paradigms import noun_forms
from ghatna.knowledge.kb import country_names
from ghatna.resources import load_tsv, load_yaml, split_list
from ghatna.text.numbers import load_number_lexicon
from ghatna.text.tokens import form_tokens, tok_index, word_key

MAX_WORDS = 3


@dataclass(frozen=True, slots=True)
class GenericActor:
    label: str
    sector: str | None
    country: str | None
    kind: str


def expand_form(form: str) -> list[str]:
    """"सुरक्षा बल+" → सुरक्षा बल, सुरक्षा बलों, …: only the last word inflects."""
    if not form.endswith("+"):
        return [form]
    head, _, last = form[:-1].rpartition(" ")
    return [f"{head} {w}".strip() for w in noun_forms(last)]


@cache
def load_generic_table() -> dict[tuple[str, ...], GenericActor]:
    """Word keys of every generic form (up to MAX_WORDS words) → the group it names."""
    table: dict[tuple[str, ...], GenericActor] = {}
    for row in load_tsv("generic_actors.tsv"):
        actor = GenericActor(row["label"], row.get("sector") or None, row.get("country") or None,
                             row.get("kind") or "generic")
        for form in split_list(row["hindi"]):
            for variant in expand_form(form):
                table.setdefault(form_tokens(variant), actor)
    return table


def bare_countries() -> dict[str, str]:
    """Labels of offices Hindi news tells bare for its own country's ("प्रधानमंत्री ने") → that
    country (column ``bare_country`` of ``generic_actors.tsv``)."""
    return label_countries("bare_country")


def home_countries() -> dict[str, str]:
    """Labels of groups → their country when nothing in the text gives one (column ``home_country``)."""
    return label_countries("home_country")


@cache
def label_countries(column: str) -> dict[str, str]:
    """Labels of ``generic_actors.tsv`` → the country a column gives them, where it gives one."""
    return {row["label"]: row[column] for row in load_tsv("generic_actors.tsv") if row.get(column)}


@cache
def generic_heads() -> frozenset[str]:
    return frozenset(key[0] for key in load_generic_table())


def match_generic(doc: Document, i: int) -> tuple[GenericActor, int] | None:
    """The longest generic form starting at token i, with the index after it."""
    if doc.tokens[i].key not in generic_heads():
        return None
    table = load_generic_table()
    for n in range(MAX_WORDS, 0, -1):
        key = tuple(t.key for t in doc.tokens[i: i + n])
        if len(key) == n and key in table:
            return None if names_a_post(doc, i + n) else unit_or_actor(doc, i, n, table[key])
    return None


@cache
def post_words() -> frozenset[str]:
    """``post_words`` of event_roles.yaml."""
    return frozenset(word_key(w) for w in load_yaml("event_roles.yaml")["post_words"])


def names_a_post(doc: Document, k: int) -> bool:
    """An office word ending before token k names a post, not its holder: a word of a post follows
    it in one compound ("राष्ट्रपति पद के उम्मीदवार", "मुख्यमंत्री पद की शपथ"). "मंत्री के पद से
    इस्तीफा" keeps the office, whose government the resignation is told to."""
    return k < len(doc.tokens) and doc.tokens[k].key in post_words()


def unit_or_actor(doc: Document, i: int, n: int, actor: GenericActor) -> tuple[GenericActor, int] | None:
    """The group a form of n words at token i names; a unit of a force (``force_unit_owner``) is
    that force when it is a group ("केंद्रीय बलों की 20 कंपनियां": military), else no group (the
    named force before it stands for it: "सीआरपीएफ की दो कंपनियां")."""
    owner = force_unit_owner(doc, i, n)
    if owner is None:
        return actor, i + n
    return (owner, i + n) if isinstance(owner, GenericActor) else None


@dataclass(frozen=True, slots=True)
class ForceUnits:
    units: frozenset[str]
    markers: frozenset[str]
    sectors: frozenset[str]


@cache
def force_units() -> ForceUnits:
    spec = load_yaml("event_roles.yaml")["force_units"]
    units = frozenset(word_key(f) for w in spec["units"] for f in expand_form(w))
    return ForceUnits(units, frozenset(spec["markers"]), frozenset(spec["sectors"]))


def force_unit_owner(doc: Document, i: int, n: int) -> GenericActor | Entity | None:
    """The force whose unit a unit word (``force_units``) is, told before it as a genitive with a
    count between ("केंद्रीय बलों की 20 कंपनियां", "सीआरपीएफ की दो कंपनियां"): a group or a named
    body of one of its sectors; None for any other word or owner ("दवा कंपनियां")."""
    rules, tokens = force_units(), doc.tokens
    if n != 1 or tokens[i].key not in rules.units:
        return None
    k = i - 1
    while k >= 0 and (tokens[k].text.isdigit() or tokens[k].key in load_number_lexicon().words):
        k -= 1
    if k < 1 or tokens[k].key not in rules.markers:
        return None
    owner = tokens[k - 1]
    generic = load_generic_table().get((owner.key,))
    if generic is not None:
        return generic if generic.sector in rules.sectors else None
    return next((e for e in doc.entities if e.sector in rules.sectors and any(m.end == owner.end for m in e.mentions)),
                None)


def generic_entity(actor: GenericActor, country: Entity | None) -> Entity:
    """An actor the text does not name: "India police", "militants" (kind generic or unknown)."""
    code = actor.country or (country.country if country else None)
    template = generic_names().get(actor.label, "{country} {label}")
    if country and not actor.country:
        name = template.format(country=country.name, label=actor.label)
    elif actor.country and actor.label in generic_names():  # "केंद्र सरकार": Government of India
        name = template.format(country=country_names().get(actor.country, (actor.country, None))[0], label=actor.label)
    else:
        name = actor.label
    return Entity(key=f"{actor.kind}:{code}:{actor.label}", name=name, type="ORG", kb_id=None, country=code,
                  sector=actor.sector, role=actor.label, kind=actor.kind)


@cache
def generic_names() -> dict[str, str]:
    """How a group of a known country is named, by its label ("Government of {country}")."""
    return dict(load_yaml("event_roles.yaml").get("generic_names") or {})


def unknown_actor() -> Entity:
    """The side of an event the text does not give ("हमला हुआ"): no name, no country."""
    return Entity(key="unknown", name="", type="ORG", kb_id=None, country=None, sector=None, kind="unknown")


def country_entity(doc: Document, code: str | None) -> Entity | None:
    """The article's entity for a country, else one made from the knowledge base's name."""
    if not code:
        return None
    found = next((e for e in doc.entities if e.kind == "country" and e.country == code), None)
    if found is not None:
        return found
    name, qid = country_names().get(code, (code, None))
    return Entity(key=qid or f"country:{code}", name=name, type="GPE", kb_id=qid, country=code, sector=None,
                  kind="country")


def place_mentions(doc: Document) -> list[tuple[int, int, str]]:
    """Start, end and country of every place and state mention, in text order (computed once)."""
    if "place_mentions" not in doc.cache:
        doc.cache["place_mentions"] = sorted((m.start, m.end, e.country) for e in doc.entities
                                             if e.type in ("GPE", "LOC") and e.country for m in e.mentions
                                             if m.rule != "kb:demonym")  # "रूसी दूतावास" is not in Russia
    mentions: list[tuple[int, int, str]] = doc.cache["place_mentions"]
    return mentions


def context_country(doc: Document, first: int, last: int) -> Entity | None:
    """The country a sentence (tokens[first:last]) is set in (``context_of``)."""
    return context_of(doc, first, last)[0]


def context_of(doc: Document, first: int, last: int) -> tuple[Entity | None, str]:
    """The country a sentence (tokens[first:last]) is set in and what gives it: a place it says it
    happened in ("कराची में"; a country it only names, "अमरीका को", is no evidence): "place"; else
    the dateline's, when the article is about that country or names no place before the sentence:
    "dateline"; else the country the article names most when the last place named before the
    sentence is in it too (a story set in one country), or, before the article names any place,
    when the article sets something there (``is_set_in``): "story"; else none."""
    lo, hi = doc.tokens[first].start, doc.tokens[last - 1].end
    mentions = place_mentions(doc)
    inside = [(start, code) for start, end, code in mentions if lo <= start < hi and located_at(doc, end)]
    if inside:
        return country_entity(doc, inside[0][1]), "place"
    dateline = (doc.dateline or {}).get("country")
    common = Counter(code for _, _, code in mentions).most_common(1)
    if not common:
        return country_entity(doc, dateline), "dateline"
    home = common[0][0]
    k = bisect_right(mentions, (lo, 0, ""))
    if dateline and (dateline == home or not k):
        return country_entity(doc, dateline), "dateline"
    if k and mentions[k - 1][2] != home:
        return None, "none"  # the article moves between countries and nothing places this sentence
    if not k and not is_set_in(doc, home):
        return None, "none"  # named most, after the sentence, only as where people went ("जर्मनी गए थे")
    return country_entity(doc, home), "story"


def is_set_in(doc: Document, code: str) -> bool:
    """The article may set a sentence in ``code``, the country it names most: no less than in any
    other by the places it tells something happened in ("कराची में") or by all its evidence
    (``story_countries``: also people and bodies named often), or it sets the story nowhere one
    can tell. A country named most only as where people travelled to or came from ("जर्मनी गए
    थे", in a story of a Punjab village) sets no sentence there."""
    places = Counter(found for _, end, found in place_mentions(doc) if located_at(doc, end))
    evidence = story_countries(doc)
    return not evidence or any(c and c[code] == max(c.values()) for c in (places, evidence))


def is_story_guess(doc: Document, ent: Entity, first: int, last: int) -> bool:
    """A group has its country only as the country the article names most, the fallback of
    ``context_of`` for its sentence (tokens[first:last]): no word of the sentence places it."""
    home, source = context_of(doc, first, last)
    return ent.kind == "generic" and source == "story" and home is not None and home.country == ent.country


def group_context_country(doc: Document, first: int, last: int, named: set[str], own: str | None) -> Entity | None:
    """The country a group of tokens[first:last] is of by its sentence (``context_country``), but,
    for a sentence told before the article names any place, with no dateline, the country of the
    nearest actors named before or with it (``earlier_named``: those of its own sentence, else of
    the last sentence before it that names any), never the country the article names most, often
    a later story's ("मुख्यमंत्री योगी आदित्यनाथ ने … । पुलिस ने तीन बदमाशों को गिरफ्तार किया" before
    a paragraph on Pakistan: India's police): when those actors are all of the group's own country
    ``own``, the home-country guess decides (``references.localise``); else (a foreign leader
    named, several countries, nothing named before it) the sentence's context."""
    if own and not (doc.dateline or {}).get("country") and \
            not any(start < doc.tokens[last - 1].end for start, _, _ in place_mentions(doc)) and \
            (named or earlier_named(doc, doc.tokens[first].start)) == {own}:
        return None
    return context_country(doc, first, last)


def earlier_named(doc: Document, before: int) -> set[str]:
    """The countries of the people and bodies (placeless kinds left out: ``placeless_kinds``) named
    in the last sentence ending before offset ``before`` that names any."""
    skip = placeless_kinds()
    found: dict[int, set[str]] = {}
    for e in doc.entities:
        if e.country and e.type in ("PERSON", "ORG") and e.kind not in skip and e.kind not in ("generic", "unknown"):
            for m in e.mentions:
                sent = doc.sentence_at(m.start) if m.end <= before else None
                if sent is not None and sent.end <= before:
                    found.setdefault(sent.start, set()).add(e.country)
    return found[max(found)] if found else set()


def abroad_home(doc: Document, code: str | None) -> str | None:
    """The country a group or office Hindi news tells bare for its own country (``code``: "सेना ने",
    "राष्ट्रपति ने") is of in this article: ``code`` where the article names a place, person or
    body of it, none of any country, or nothing that sets the story abroad (``story_countries``:
    "चीनी राष्ट्रपति के खिलाफ गुस्सा … पुलिस ने" is India's police); where the story is set in
    other countries, the one most of that evidence is of ("सेना ने" in a story of Myanmar:
    Myanmar's army); else none."""
    counts = article_countries(doc)
    if not code or not counts or code in counts:
        return code
    evidence = story_countries(doc)
    if not evidence:
        return code
    top, n = evidence.most_common(1)[0]
    return top if 2 * n > sum(evidence.values()) else None


def story_countries(doc: Document) -> Counter[str]:
    """Where the article sets its story: each mention of a place where something happens ("हेलमंद
    में": ``located_at``) counts for its country, and a country's people and bodies (placeless
    kinds left out, and mentions told only as the object of anger: ``told_against``) count a
    mention each where there are at least ``story_abroad.actors`` such mentions (one foreign
    leader or army named once does not set a story abroad)."""
    if "story_countries" not in doc.cache:
        data = load_yaml("event_roles.yaml")["story_abroad"]
        skip = placeless_kinds()
        places = Counter(code for _, end, code in place_mentions(doc) if located_at(doc, end))
        actors = Counter(e.country for e in doc.entities if e.country and e.type in ("PERSON", "ORG")
                         and e.kind not in skip for m in e.mentions if not told_against(doc, m.end))
        doc.cache["story_countries"] = places + Counter(
            {code: n for code, n in actors.items() if n >= int(data["actors"])})
    evidence: Counter[str] = doc.cache["story_countries"]
    return evidence


def told_against(doc: Document, end: int) -> bool:
    """The name ending at offset ``end`` is what anger or a protest is aimed at ("शी जिनपिंग के
    खिलाफ", "चीन की कम्युनिस्ट पार्टी का विरोध"): a word of ``story_abroad.against`` within
    ``reach`` words after it, before an agent's "ने" or a clause break."""
    data = load_yaml("event_roles.yaml")["story_abroad"]
    words = frozenset(data["against"])
    k = tok_index(doc.tokens, end - 1) + 1
    for j in range(k, min(len(doc.tokens), k + int(data["reach"]))):
        if doc.tokens[j].text == "ने" or gap_breaks(doc, end, doc.tokens[j].start):
            return False
        if doc.tokens[j].text in words:
            return True
    return False


def mark_home_guess(doc: Document, ent: Entity) -> Entity:
    """Note that ``ent`` (a group) has its country only by the home-country default, no word of the
    text: a crime done to it tells nothing of where its doer is from (``is_home_guess``)."""
    doc.cache.setdefault("home_guesses", []).append(ent)
    return ent


def is_home_guess(doc: Document, ent: Entity) -> bool:
    """``ent`` has its country only by the home-country default (``mark_home_guess``)."""
    return any(ent is guess for guess in doc.cache.get("home_guesses", ()))


def told_country(doc: Document, ents: list[Entity]) -> str | None:
    """The country of the first of ``ents`` the text gives one, not the home-country default
    (``is_home_guess``: "थाने में आई महिला के साथ मारपीट" tells nothing of where the doer is from)."""
    return next((e.country for e in ents if e.country and not is_home_guess(doc, e)), None)


def home_placed(doc: Document, first: int, last: int) -> bool:
    """Evidence that a group the text places nowhere may take its home country: the article names
    a place, person or body of some country, or the sentence (tokens[first:last]) has a word only
    a story set in the country Hindi news tells bare uses ("थानेदार", "एसएसपी": ``home_evidence``)."""
    if any(e.country for e in doc.entities):
        return True
    words = home_evidence()
    return any(doc.tokens[k].text in words for k in range(first, last))


@cache
def placeless_kinds() -> frozenset[str]:
    """``placeless_kinds`` of event_roles.yaml: kinds of bodies that say nothing of where a story is set."""
    return frozenset(load_yaml("event_roles.yaml")["placeless_kinds"])


@cache
def home_evidence() -> frozenset[str]:
    """``home_evidence`` of event_roles.yaml, read once."""
    return frozenset(load_yaml("event_roles.yaml")["home_evidence"])


def article_countries(doc: Document) -> Counter[str]:
    """How many mentions of places, people and bodies of each country the article has; bodies of
    kinds that say nothing of where a story is set (``placeless_kinds``: media, companies) left out."""
    if "article_countries" not in doc.cache:
        skip = placeless_kinds()
        doc.cache["article_countries"] = Counter(
            e.country for e in doc.entities if e.country and not (e.type == "ORG" and e.kind in skip)
            for _ in e.mentions)
    counts: Counter[str] = doc.cache["article_countries"]
    return counts


def located_at(doc: Document, end: int) -> bool:
    """"कराची में": the mention ending at ``end`` is followed by the locative, also at the end of
    a list of places ("शिकागो, बोस्टन और कई दूसरे अमरीकी शहरों में": ``place_list_words``
    and other names between, within ``place_list_reach`` words, no clause break)."""
    k = tok_index(doc.tokens, end - 1) + 1
    words, reach = place_list()
    named = named_tokens(doc)
    stop = min(len(doc.tokens), k + reach)
    while k < stop and doc.tokens[k].text != "में" and (doc.tokens[k].text in words or k in named):
        k += 1
    return k < stop and doc.tokens[k].text == "में" and not gap_breaks(doc, end, doc.tokens[k].start)


@cache
def place_list() -> tuple[frozenset[str], int]:
    """The words that may stand inside a list of places, and how far the list may reach."""
    data = load_yaml("event_roles.yaml")["place_list"]
    return frozenset(data["words"]), int(data["reach"])


def named_tokens(doc: Document) -> frozenset[int]:
    """The token indices inside any entity mention (computed once)."""
    if "named_tokens" not in doc.cache:
        doc.cache["named_tokens"] = frozenset(
            k for e in doc.entities for m in e.mentions
            for k in range(tok_index(doc.tokens, m.start), tok_index(doc.tokens, m.end - 1) + 1))
    found: frozenset[int] = doc.cache["named_tokens"]
    return found


def gap_breaks(doc: Document, start: int, end: int) -> bool:
    """Sentence punctuation (not a list's comma) in the body between two offsets."""
    return any(c in "।.;:?!\"”" for c in doc.body[start:end])


def sectors_between(doc: Document, first: int, last: int) -> set[str]:
    """The sectors of the actors named from token ``first`` up to token ``last``: named ones and
    groups (``generic_actors.tsv``)."""
    if first >= last:
        return set()
    start, end = doc.tokens[first].start, doc.tokens[last - 1].end
    named = {e.sector for e in doc.entities if e.sector for m in e.mentions if start <= m.start < end}
    groups = (match_generic(doc, k) for k in range(first, last))
    return named | {found[0].sector for found in groups if found is not None and found[0].sector}
