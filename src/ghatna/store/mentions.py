"""A mention as merging reads it: one event as one article tells it, its sides in block order,
and the days it can be on.

A mention's block is its type, modality (an event announced and the deed: one block,
``BLOCK_MODALITIES``) and the two sides' countries or names (unordered for
symmetric types such as a meeting or a call; the target's alone for an attack, whose doer is
often not told: ``DOER_OPEN_TYPES``); its days are the span its date allows
(``spans.date_span``), a report without a date of its own covering its publication day and the
``MergeSettings.lookback`` day before, a multi-day kind of event widened by half the
``spread``. ``ghatna.store.merge`` clusters the mentions of one block.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta

from .evidence import tells_earlier
from .sides import Actor, Side, office_holder, seated
from .spans import Span, date_span, parse_iso, reported_span

SYMMETRIC_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE"})
# Types whose block leaves out the doer: a quarter of attacks are told with no attacker ("हत्या
# कर दी गई", "हमले में ... मारे गए") and must still meet the report that names him; the sides
# then keep doers of two countries apart (``sides.Side.countries``).
DOER_OPEN_TYPES = frozenset({"ASSAULT"})
# Modalities filed under another's block: a meeting announced ("बैठक करेंगे") and the meeting held
# ("बैठक की") are one occasion told before and after, so they meet in one block, and
# ``retelling.Retelling.announced`` asks more of them than of two reports of one modality.
PLANNED = "planned"
BLOCK_MODALITIES = {PLANNED: "asserted"}


@dataclass(frozen=True, slots=True)
class MergeSettings:
    """lookback: days before its publication day an undated report may be about; spread: days
    apart that reports of a multi-day kind of event may date it; multi_day: "TYPE" or
    "TYPE/mode" entries of such kinds; vague_reach: days from its publication day within
    which a month- or year-dated report may find its event; near_duplicate: the Jaccard
    overlap of two evidence sentences' character shingles that makes them one wording;
    reworded: the overlap at which two events of one block whose sides were told otherwise
    ("the joint secretary" in one paper, "the ministry" in another) are one event;
    same_figures, figures_wording: how many numbers (not years, not one) and how much
    shingle overlap two evidence sentences of an event within one country must share to be
    one story when no side is named alike in both (one side named, the other generic);
    same_words: the overlap of two evidence sentences' content words (``evidence.content_words``)
    at which two events of one block whose dates meet and whose sides fit, one of them named,
    are one event told in other words, when they share ``fewest_words`` of them or more;
    late_report: days before its publication that a report dated only by it may tell, when its
    words show it is the event of another report naming one side alike (``late_span``);
    called_off: modalities of an event that did not happen (a visit put off, a meeting called off):
    two reports of one, both sides named alike in both, dates meeting as a late report's may,
    are one event whatever their words ("यात्रा स्थगित", "दौरा टला"); person_once: types of deed
    that kill one named person once: two events of one block whose target is that person named
    alike and told dead in both (``evidence_words.yaml`` death_words, his name or a pronoun for
    him next to one, no attempt_words after it), neither telling it again (again_words), their days up to
    ``late_report`` apart however each report dated it (a report dating it by a later reaction,
    "मारे जाने के एक दिन बाद"), are one event when their words tell it."""

    lookback: int = 1
    near_duplicate: float = 0.5
    reworded: float = 0.4
    same_figures: int = 2
    figures_wording: float = 0.15
    same_words: float = 0.25
    fewest_words: int = 3
    spread: int = 2
    vague_reach: int = 7
    late_report: int = 3
    called_off: frozenset[str] = frozenset({"negated"})
    person_once: frozenset[str] = frozenset({"ASSAULT"})
    multi_day: frozenset[str] = frozenset({
        "CONSULT/visit", "CONSULT/meet", "MOBILIZE", "PROTEST/demonstrate", "PROTEST/strike",
        "PROTEST/obstruct", "COERCE/blockade", "COOPERATE/military"})


@dataclass(frozen=True, slots=True)
class Mention:
    """One event as one article tells it."""

    article_id: str
    idx: int
    type: str
    modality: str | None
    source: Actor | None
    target: Actor | None
    date: str | None = None
    published: str | None = None
    location: str | None = None
    location_country: str | None = None
    date_basis: str | None = None  # "dateline": the date is only the day of reporting
    mode: str | None = None
    group: str | None = None  # the article's near-duplicate group
    evidence: str | None = None  # the sentence that tells it

    @property
    def key(self) -> tuple[str, int]:
        return (self.article_id, self.idx)

    @property
    def copies(self) -> str:
        return self.group or self.article_id


def mention_span(mention: Mention, settings: MergeSettings) -> Span:
    if mention.date_basis == "dateline" and (day := parse_iso(mention.date or mention.published)):
        return reported_span(day, settings.lookback)
    return date_span(mention.date, mention.published, settings.lookback)


def told_as_publication_day(mention: Mention) -> bool:
    """A day the text tells that is the article's publication day: "आज", "मंगलवार को" written the
    evening before a morning paper comes out are read as the day it is dated, a day late."""
    return bool(mention.date and mention.published and len(mention.date) == 10
                and mention.date == mention.published[:10])


def reach_span(mention: Mention, settings: MergeSettings) -> Span:
    """The days a mention may be on when its evidence shows it is another report's event: a day
    told as its publication day (``told_as_publication_day``) may be ``lookback`` days before."""
    span = fitting_span(mention, settings)
    if told_as_publication_day(mention) and span.lo is not None:
        return Span(span.lo - timedelta(days=settings.lookback), span.hi)
    return span


def late_span(mention: Mention, settings: MergeSettings) -> Span:
    """The days a report dated only by its publication may be on when its words show it is
    another report's event: a paper may tell an event ``late_report`` days after it (a leader's
    call told on the weekend after), when the report has no date of its own, or tells the
    event in the past perfect on a day that is its publication day ("रविवार को ... आह्वान किया
    था" in Sunday's paper: the Sunday is the act asked for, the call was before); else
    ``reach_span``. A day told as the publication day in the simple past ("आरोप लगाया") stays."""
    pub = parse_iso(mention.published)
    if pub is not None and (mention.date is None or (told_as_publication_day(mention)
                                                     and tells_earlier(mention.evidence))):
        return Span(pub - timedelta(days=settings.late_report), pub)
    return reach_span(mention, settings)


def is_multi_day(mention: Mention, settings: MergeSettings) -> bool:
    return mention.type in settings.multi_day or f"{mention.type}/{mention.mode}" in settings.multi_day


def fitting_span(mention: Mention, settings: MergeSettings) -> Span:
    """The span a mention is matched with: a multi-day kind widened by half the spread."""
    span = mention_span(mention, settings)
    return span.widened(settings.spread // 2) if is_multi_day(mention, settings) and span.width == 0 else span


def oriented(mention: Mention) -> tuple[Actor | None, Actor | None]:
    """The two sides in block order: sorted for symmetric types, as told otherwise."""
    source, target = mention.source, mention.target
    if mention.type in SYMMETRIC_TYPES and side_order(source) > side_order(target):
        return target, source
    return source, target


def side_order(actor: Actor | None) -> tuple[str, str]:
    """Sides of a symmetric event sort by country, then name: "A met B" and "B met A" agree."""
    return (actor.key, actor.name or "") if actor else ("", "")


def block_of(mention: Mention) -> tuple[str, ...]:
    source, target = oriented(mention)
    doer = source.key if source and mention.type not in DOER_OPEN_TYPES else ""
    modality = mention.modality or ""
    return (mention.type, BLOCK_MODALITIES.get(modality, modality), doer, target.key if target else "")


def doer_told_once(block: tuple[str, ...], doer: Side, mention: Mention) -> bool:
    """Of a block that leaves out the doer (``DOER_OPEN_TYPES``), a cluster's doer side or the
    mention does not tell who did it: "हमले में तीन जवान शहीद" may be any attack on the target that
    day, so only a target named alike, a copy or the words make it the attack whose doer is told,
    nor are two such reports one attack on the target alone (the CRPF attacked twice that day)."""
    return block[0] in DOER_OPEN_TYPES and not (doer.told and oriented(mention)[0] is not None)


def block_text(block: tuple[str, ...]) -> str:
    return "|".join(block)


def within_one_country(mention: Mention) -> bool:
    """Every side the mention has is of one country, or none is of a known one: an event
    that no two countries tell apart ("police detained people", or no side at all)."""
    return len({a.country for a in (mention.source, mention.target) if a is not None}) <= 1


def merge_order(mention: Mention, span: Span) -> tuple[int, date, tuple[str, int]]:
    """Mentions are merged narrowest date first, then earliest, then by key."""
    return (span.width, span.lo or date.min, mention.key)


def with_office_holders(mention: Mention, span: Span) -> Mention:
    """The mention with its office sides named (``office_holder``): "the PM asked" is then named
    alike with a report of Narendra Modi's request that day, and no longer fits another
    minister of his government; a named actor of the country's own government on those days is
    given the government it served (``seated``: no other place's group fits it). The block stays (a side's key is its country)."""
    source, target = (office_holder(actor, span) or actor for actor in (mention.source, mention.target))
    source, target = (seated(actor, span) or actor for actor in (source, target))
    if source is mention.source and target is mention.target:
        return mention
    return replace(mention, source=source, target=target)
