"""One event, many reports: mentions of the same real event merged into one event.

Mentions are blocked on (type, modality (an announcement with its deed), the two sides' countries or names, an attack's doer left
out: ``DOER_OPEN_TYPES``; unordered for symmetric types such as a meeting or a call: ``mentions.block_of``). Inside a block,
mentions are taken narrowest date first and each joins the nearest cluster it is compatible
with. A wrong merge is worse than a missed one, so a mention joins only when every member agrees:

- dates that can be the same day (a multi-day kind of event, such as a visit, may give
  days up to ``MergeSettings.spread`` apart; a report without a date of its own covers its
  publication day and the ``lookback`` day before, so a next-day report still merges);
- each side names one actor at the level the text gives: the same KB id or name; a
  generic actor (the police, officials) only with a named one of its country and sector
  (police of India fits the Delhi Police, not a party); two generic ones of one country
  and sector, not of two places (``sides.local_group``: "Government of Bihar", "... of Odisha");
  a country fits any actor of that country; two named actors never; an office told without a
  name ("India prime minister") is the one person the knowledge base says held it on the
  mention's days (``knowledge.offices``), a named actor like any other;
- an event within one country (every side of one country, or no side of a known one)
  needs one side named alike in both reports, or near-duplicate evidence (the same
  article group, or evidence sentences whose character shingles overlap by
  ``near_duplicate``): "police arrested people" in two papers on one day are two events
  unless the text says more; or the same story's figures: a generic side that fits the
  other report's named one (the PM told as "officials") and evidence that tells the same
  numbers (``same_figures`` of them, not years and not one, one at least in digits: "Sunday,
  7 am to 9 pm" in digits in one paper and in words in another) with some shared wording
  (``figures_wording``);
- events of one block that the rules above keep apart because two papers tell a side
  differently (one names the joint secretary, the other "the ministry") are one event when
  their dates and places agree and an evidence sentence of each is the other in other words
  (``reworded``: a lower shingle overlap than ``near_duplicate``; the sides stay those of
  the first), or when their sides fit, one is named (or one government is told as a whole in both:
  the country itself in one, "ईरान ने", and itself or its authorities in the other, or a state's
  government in both: ``sides.Side.one_government``), and an evidence sentence of each tells
  the same content words (``same_words``, ``evidence.content_words``); for these two, a day
  told as a report's publication day ("आज" in a morning paper) may be the day before, and a
  report dated only by its publication (no date of its own, or a day told as that day: the
  day of the act a request asks for) may tell an event up to ``late_report`` days before it
  when one side is named alike in both (``mentions.late_span``); an event that did not happen
  (``called_off``: a visit put off) told so late with both sides alike needs no words; and a
  report with no date of its own that joined an event of its publication day on dates alone
  (no sentence of that event tells it) goes to the event of days before its words tell
  (``Retelling.rehome``);
- two sentences alike in words but telling other numbers ("50 लोगों को गिरफ्तार किया", "120
  लोगों को गिरफ्तार किया") are never one wording: a template is not an event; nor do two
  named actors become one event by their words;
- an attack told without its doer meets one naming him, or another not naming him, by a copy, the
  words, one person named alike as the target (``person_target``: a man is killed once), or a target
  named alike in two reports dated by their own words that place it in one district or town
  (``BlockMerger.one_attack``): the CRPF attacked in Sukma and in Srinagar that day are two attacks;
- a deed done to one person once (``MergeSettings.person_once``: a killing) whose target is that
  person named alike, told dead in both (``evidence.tells_death_of``: him, not his driver; no
  attempt "हत्या की कोशिश"), none told again ("दोबारा हमला", ``evidence.tells_again``), may be dated days apart by two
  papers (one by the strike's day, one by a reaction "a day after" it): two such events up to
  ``late_report`` days apart are one when their words tell it, the person's name left out
  (``Retelling.one_person_harmed``);
- a body named alike on one side only (a ministry, a police force: ``institution_alike``) joins a
  report only when their sentences share ``fewest_words`` content words besides the names of their
  sides and the words of any body's letter (``wording.stock_words``: "गृह", "राज्य", "पत्र", "लिखकर"),
  and so in other words (``retold``): a ministry writes to the states many times a day; a late
  report's content words leave out the names of its sides
  (``wording.side_words``): the CBI's name in two reports of two cases is no evidence of one case;
- between two countries, a report with no date of its own joins on dates alone only a cluster
  naming its sides as it does (``sides.told_alike``), else its words must tell it;
- an event announced (a planned report: "बैठक करेंगे") and the deed ("बैठक की") share a block
  (``mentions.BLOCK_MODALITIES``) and are one event only when the announcement was published no
  later than the deed's last possible day, both name their sides alike and a sentence of each
  tells the other's event, the sides' names left out (``Retelling.announced``): the day-before
  and the day-after reports of one meeting; the event is asserted when any report tells the deed;
- places that are the same or one within the other (the Kremlin is in Moscow); a place
  the knowledge base does not know never blocks (``places.places_fit``);
- a report with no year and no publication date joins only clusters holding one of
  its near-duplicate copies; a report dated by a month or a year joins the cluster nearest
  its publication day, and only within ``vague_reach`` days of it (a week: "in 2020" in an
  April paper does not make a March statement of the same leader its event), or the only
  cluster it fits when it has no publication date.

Candidates are looked up in a day index, so a block is merged in O(n log n), not O(n²).
The result depends only on the set of mentions, never on their order. What a cluster holds and
the rules one report is checked by are ``store.clusters``; the rules that make two clusters one
event told apart (an announcement and its deed, other words, a late report) and the block's day
index are ``store.retelling``; how alike two sentences are is ``store.wording``; a mention's block
and days are ``store.mentions``.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import date, timedelta

from .clusters import (
    Cluster,
    dated,
    day_range,
    event_id,
    fits,
    join,
    named_alike,
    names_one_side,
    refusal,
    same_locality,
    union,
)
from .mentions import (
    Mention,
    MergeSettings,
    block_of,
    block_text,
    doer_told_once,
    fitting_span,
    mention_span,
    merge_order,
    oriented,
    with_office_holders,
    within_one_country,
)
from .retelling import PERSON, PRECISE_WIDTH, WORDING_SAMPLE, Retelling, institution_alike
from .sides import same_actor, told_alike
from .spans import Span, distance, parse_iso

__all__ = [
    "BlockMerger", "Cluster", "Mention", "MergeSettings", "block_of", "block_text",
    "cluster_block", "event_id", "fitting_span", "mention_span", "merge_events", "oriented", "why_apart",
]

log = logging.getLogger(__name__)

VAGUE_WIDTH = 7  # a wider span (a month, a year) is placed by its publication day


class BlockMerger(Retelling):
    """Clusters one block's mentions; candidate clusters come from an index of days (the state and the
    rules that make two clusters one event are ``Retelling``'s)."""

    def candidates(self, mention: Mention, span: Span) -> Iterable[int]:
        pub = parse_iso(mention.published)
        found: set[int] = set(self.by_copies.get(mention.copies, ()))
        if span.anchored and span.width <= PRECISE_WIDTH:
            days = day_range(span.lo, span.hi)  # type: ignore[arg-type]
        elif span.lo and span.hi and pub is not None:
            reach = timedelta(days=self.settings.vague_reach)
            days = day_range(max(span.lo, pub - reach), min(span.hi, pub + timedelta(days=1)))
        else:
            return sorted(found | set(range(len(self.clusters))) if span.anchored else found)
        for day in days:
            found.update(self.by_day.get(day, ()))
        found.update(self.unindexed)
        return sorted(found)

    def choose(self, mention: Mention, span: Span) -> tuple[int, Span] | None:
        options = [(i, s) for i in self.candidates(mention, span)
                   if (s := fits(self.clusters[i], mention, span)) is not None and self.agrees(i, mention)]
        if not options:
            return None
        vague = span.width > VAGUE_WIDTH
        if vague and parse_iso(mention.published) is None:
            return options[0] if len(options) == 1 else None  # a year alone: only when unambiguous
        anchor = parse_iso(mention.published) if vague else span.center
        if vague:
            options = [o for o in options if self.within_reach(o[0], mention, anchor)]
            if not options:
                return None
        nearest = min(distance(self.clusters[i].span, anchor) for i, _ in options)
        tied = [o for o in options if distance(self.clusters[o[0]].span, anchor) == nearest]
        if len(tied) == 1:
            return tied[0]
        return max(tied, key=lambda o: (self.likeness(o[0], mention), -o[0]))  # evidence breaks a tie

    def within_reach(self, index: int, mention: Mention, published: date | None) -> bool:
        """A month- or year-dated report joins a cluster holding one of its copies, or one
        within ``vague_reach`` days of its publication: "in 2020" told in April is not the
        event of weeks before."""
        cluster = self.clusters[index]
        return mention.copies in cluster.copies or distance(cluster.span, published) <= self.settings.vague_reach

    def agrees(self, index: int, mention: Mention) -> bool:
        """The mention joins the cluster by the rules of its sides (``sides_agree``) and, when one
        of them is an announcement and the other the deed, by ``announced`` (asked last: its words
        cost most)."""
        return self.sides_agree(index, mention) and self.announced(self.clusters[index], [mention])

    def sides_agree(self, index: int, mention: Mention) -> bool:
        """An event within one country joins only a cluster naming one side alike, or holding a
        near-duplicate of it; between two countries, an undated report needs ``told_alike`` sides or words."""
        cluster = self.clusters[index]
        if mention.copies in cluster.copies:
            return True
        if doer_told_once(cluster.block, cluster.sides[0], mention):
            return self.one_attack(cluster, mention)
        if named_alike(cluster, mention):
            return not (institution_alike(cluster, mention) or other_addressees(cluster, mention)) or \
                any(self.words.shares_words(mention, member) for member in cluster.members[:WORDING_SAMPLE])
        if not within_one_country(mention):
            return mention.date is not None or told_alike(cluster.sides, oriented(mention)) or \
                any(self.words.tells_alike(mention, member) for member in cluster.members[:WORDING_SAMPLE])
        if self.likeness(index, mention, self.settings.near_duplicate) >= self.settings.near_duplicate:
            return True
        return names_one_side(cluster, mention) and any(self.words.same_story(mention, member) for member in cluster.members)

    def one_attack(self, cluster: Cluster, mention: Mention) -> bool:
        """Two reports one of which does not tell the doer (``doer_told_once``) are one attack
        when a sentence of each tells it; when the target is one person named alike (a man is
        killed once: an undated report of the general's killing is the strike that killed him); or
        when the target is named alike, both are dated by their own words and both place it in
        the same district or town (``same_locality``): a grenade thrown at the CRPF in Srinagar is
        not the Maoists' ambush on the CRPF in Sukma that day, and "CRPF" alike in both tells no
        more than the target."""
        if named_alike(cluster, mention) and person_target(cluster, mention):
            return True
        if named_alike(cluster, mention) and dated(mention) and any(dated(m) for m in cluster.members) \
                and any(same_locality(place, mention.location) for place in cluster.places):
            return True
        return any(self.words.tells_alike(mention, member) for member in cluster.members[:WORDING_SAMPLE])

    def likeness(self, index: int, mention: Mention, floor: float = 0.0) -> float:
        """The largest evidence overlap of the mention with a member of the cluster; members
        whose sentence is too much shorter or longer to overlap by ``floor`` are not compared."""
        return max((self.words.wording(mention, member, floor) for member in self.clusters[index].members), default=0.0)

    def add(self, mention: Mention, span: Span) -> None:
        self.spans[mention.key] = span
        chosen = self.choose(mention, span)
        if chosen is not None:
            join(self.clusters[chosen[0]], mention, chosen[1])
            self.by_copies[mention.copies].append(chosen[0])
            return
        index = len(self.clusters)
        cluster = Cluster(self.block, span=span)
        join(cluster, mention, span)
        self.clusters.append(cluster)
        self.by_copies[mention.copies].append(index)
        self.index(index, span, mention)

    def united(self) -> list[Cluster]:
        """The clusters, with any two whose dates and places agree and whose evidence is one
        event in other words (``MergeSettings.reworded``) made one: the sides two papers tell
        differently keep apart mentions that a sentence of each shows to be one event."""
        self.rehome()
        root = list(range(len(self.clusters)))

        def find(i: int) -> int:
            while root[i] != i:
                root[i] = root[root[i]]
                i = root[i]
            return i

        merged = {i: c for i, c in enumerate(self.clusters)}
        for i, cluster in enumerate(self.clusters):
            for j in self.neighbours(i, cluster):
                a, b = sorted((find(i), find(j)))
                if a != b and (span := self.reworded(merged[a], merged[b])) is not None:
                    merged[a] = union(merged[a], merged.pop(b), span)
                    root[b] = a
        return [merged[i] for i in sorted(merged)]

    def index(self, index: int, span: Span, mention: Mention) -> None:
        pub = parse_iso(mention.published)
        if span.anchored and span.width <= PRECISE_WIDTH:
            for day in day_range(span.lo, span.hi):  # type: ignore[arg-type]
                self.by_day[day].append(index)
        elif span.anchored and pub is not None:
            self.by_day[pub.toordinal()].append(index)
        elif span.anchored:
            self.unindexed.append(index)




def other_addressees(cluster: Cluster, mention: Mention) -> bool:
    """An actor named alike on one side, and on the other an office told bare in each, another in
    each (``Side.other_office``): the chief minister's appeal to put off gatherings (the extractor's
    addressee "the chief minister") and his order to his ministers that day are two acts, one only
    when the words say so (``Wording.shares_words``); "मंत्रियों" in both is as before."""
    return any(side.other_office(actor) for side, actor in zip(cluster.sides, oriented(mention), strict=True)
               if not side.names_alike(actor))




def person_target(cluster: Cluster, mention: Mention) -> bool:
    """The target named alike in the cluster and the mention is one person (not a force, a group
    or a place: the CRPF is attacked many times a day, a general killed once)."""
    target, named = oriented(mention)[1], cluster.sides[1].named
    return target is not None and named is not None and same_actor(target, named) and \
        (target.kind or "").upper() == PERSON and (named.kind or "").upper() == PERSON


def cluster_block(block: tuple[str, ...], mentions: Sequence[Mention],
                  settings: MergeSettings | None = None) -> list[Cluster]:
    settings = settings or MergeSettings()
    spans = {m.key: fitting_span(m, settings) for m in mentions}
    mentions = [with_office_holders(m, spans[m.key]) for m in mentions]
    merger = BlockMerger(block, settings)
    for mention in sorted(mentions, key=lambda m: merge_order(m, spans[m.key])):
        merger.add(mention, spans[mention.key])
    return merger.united()


def why_apart(first: Mention, second: Mention, settings: MergeSettings | None = None) -> str | None:
    """Which rule keeps two mentions in two events ("block", a ``refusal``, "announced": an
    announcement and a deed not shown to be one (``Retelling.announced``), "one country": no
    side named alike and no near-duplicate wording, or "vague": a month or a year told more
    than ``vague_reach`` days after), or None when they merge: for error analysis
    (``benchmarks/eval_merge.py --explain``)."""
    settings = settings or MergeSettings()
    if block_of(first) != block_of(second):
        return "block"
    spans = {m.key: fitting_span(m, settings) for m in (first, second)}
    first, second = sorted((with_office_holders(m, spans[m.key]) for m in (first, second)),
                           key=lambda m: merge_order(m, spans[m.key]))
    merger = BlockMerger(block_of(first), settings)
    merger.add(first, spans[first.key])
    span = spans[second.key]
    if len(cluster_block(block_of(first), [first, second], settings)) == 1:
        return None
    if (reason := refusal(merger.clusters[0], second, span)) is not None:
        return reason
    merger.spans[second.key] = span
    if not merger.announced(merger.clusters[0], [second]):
        return "announced"
    if not merger.agrees(0, second):
        return "one country"
    return "vague" if merger.choose(second, span) is None else None


def merge_events(mentions: Iterable[Mention], settings: MergeSettings | None = None) -> list[Cluster]:
    """Group mentions into events; the result does not depend on the input order."""
    blocks: dict[tuple[str, ...], list[Mention]] = defaultdict(list)
    for mention in mentions:
        blocks[block_of(mention)].append(mention)
    clusters = [c for key in sorted(blocks) for c in cluster_block(key, blocks[key], settings)]
    return sorted(clusters, key=lambda c: c.id)
