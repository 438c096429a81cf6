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
  the first), or when their sides fit, one is named, and an evidence sentence of each tells
  the same content words (``same_words``, ``evidence.content_words``); for these two, a day
  told as a report's publication day ("आज" in a morning paper) may be the day before, and a
  report dated only by its publication (no date of its own, or a day told as that day: the
  day of the act a request asks for) may tell an event up to ``late_report`` days before it
  when one side is named alike in both (``mentions.late_span``); an event that did not happen
  (``called_off``: a visit put off) told so late with both sides alike needs no words; and a
  report with no date of its own that joined an event of its publication day on dates alone
  (no sentence of that event tells it) goes to the event of days before its words tell
  (``BlockMerger.rehome``);
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
  (``BlockMerger.one_person_harmed``);
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
  tells the other's event, the sides' names left out (``BlockMerger.announced``): the day-before
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
the rules one report is checked by are ``store.clusters``; how alike two sentences are is
``store.wording``; a mention's block and days are ``store.mentions``.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import date, timedelta

from .clusters import (
    Cluster,
    both_named_alike,
    dated,
    day_range,
    event_id,
    fits,
    join,
    named_alike,
    names_one_side,
    one_named_alike,
    place_fits,
    refusal,
    same_locality,
    sides_fit,
    union,
)
from .evidence import tells_again, tells_death_of
from .mentions import (
    PLANNED,
    Mention,
    MergeSettings,
    block_of,
    block_text,
    doer_told_once,
    fitting_span,
    late_span,
    mention_span,
    merge_order,
    oriented,
    reach_span,
    with_office_holders,
    within_one_country,
)
from .sides import other_keys, other_places, same_actor, told_alike
from .spans import Span, distance, intersect, parse_iso
from .wording import Wording

__all__ = [
    "BlockMerger", "Cluster", "Mention", "MergeSettings", "block_of", "block_text",
    "cluster_block", "event_id", "fitting_span", "mention_span", "merge_events", "oriented", "why_apart",
]

log = logging.getLogger(__name__)

PRECISE_WIDTH = 40  # spans this wide or narrower are indexed on every day they cover
VAGUE_WIDTH = 7  # a wider span (a month, a year) is placed by its publication day
WORDING_SAMPLE = 16  # members of each of two clusters whose evidence is compared for a rewording
PERSON = "PERSON"  # an actor's kind for one named person
ORGANISATION = "ORG"  # an actor's kind for a named body


class BlockMerger:
    """Clusters one block's mentions; candidate clusters come from an index of days."""

    def __init__(self, block: tuple[str, ...], settings: MergeSettings) -> None:
        self.block, self.settings = block, settings
        self.clusters: list[Cluster] = []
        self.by_day: dict[int, list[int]] = defaultdict(list)
        self.by_copies: dict[str, list[int]] = defaultdict(list)
        self.unindexed: list[int] = []
        self.words = Wording(settings)
        self.reaches: dict[tuple[int, bool], tuple[Cluster, Span | None]] = {}
        self.spans: dict[tuple[str, int], Span] = {}

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

    def announced(self, cluster: Cluster, mentions: Sequence[Mention]) -> bool:
        """Reports of an event announced and of the deed (``mentions.BLOCK_MODALITIES``: "बैठक
        करेंगे", "बैठक की") are one event only when every announcement was published no later than
        the last day the deed can be on (``told_before``: "will meet again" told after a meeting is
        the next one), and, where the mentions bring a modality the cluster does not hold, each
        names its sides as the cluster does (``sides.told_alike``) and a sentence of each tells
        the other's event (``Wording.tells_unnamed``: the names of the sides left out)."""
        held, brought = cluster.modalities, {m.modality for m in mentions}
        if PLANNED not in held | brought or held | brought == {PLANNED}:
            return True
        if not self.told_before([*cluster.members, *mentions]):
            return False
        if brought <= held:
            return True
        return all(told_alike(cluster.sides, oriented(m)) for m in mentions) and any(
            self.words.tells_unnamed(a, b) for a in cluster.members[:WORDING_SAMPLE]
            for b in mentions[:WORDING_SAMPLE] if (a.modality == PLANNED) != (b.modality == PLANNED))

    def told_before(self, mentions: Sequence[Mention]) -> bool:
        """Every announcement (a planned report) was published on or before the last day each
        report of the deed allows as it tells it (``mention_span``, not widened for a meeting over
        days); an announcement with no publication date is placed by none."""
        deeds = [mention_span(m, self.settings).hi for m in mentions if m.modality != PLANNED]
        published = [parse_iso(m.published) for m in mentions if m.modality == PLANNED]
        return all(pub is not None and last is not None and pub <= last for pub in published for last in deeds)

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

    def rehome(self) -> None:
        """A report with no date of its own that joined a cluster on its dates alone (no sentence
        of the cluster's other reports tells it: ``tells_alike``) leaves it for a cluster of days
        before its own whose words tell it, as a late report (``reworded``): a Sunday paper's
        undated "मुख्यमंत्री ने लोगों से रविवार को घरों में रहने को कहा है" is the call made on Thursday,
        not the chief minister's other appeal of the Sunday its publication day meets."""
        for index in range(len(self.clusters)):
            cluster = self.clusters[index]
            for mention in [m for m in cluster.members if m.date is None]:
                others = [other for other in cluster.members if other is not mention]
                if not others or any(self.words.tells_alike(mention, other) for other in others):
                    continue
                alone = Cluster(self.block)
                join(alone, mention, self.spans[mention.key])
                if (claim := self.claim(index, alone)) is not None:
                    self.clusters[claim[0]] = union(self.clusters[claim[0]], alone, claim[1])
                    self.clusters[index] = cluster = self.without(cluster, mention)

    def claim(self, index: int, alone: Cluster) -> tuple[int, Span] | None:
        """The first other cluster, on days before the lone report's own, that it joins as a late
        report whose words tell it, with their common span."""
        mention = alone.members[0]
        lo, hi = late_span(mention, self.settings).lo, alone.span.hi
        if lo is None or hi is None:
            return None
        found = {j for day in day_range(lo, hi) for j in self.by_day.get(day, ()) if j != index}
        for j in sorted(found):
            other = self.clusters[j]
            if intersect(other.span, alone.span) is not None or \
                    not any(self.words.tells_alike(mention, m) for m in other.members[:WORDING_SAMPLE]):
                continue
            if (span := self.reworded(other, alone)) is not None:
                return j, span
        return None

    def without(self, cluster: Cluster, mention: Mention) -> Cluster:
        """The cluster made again from its other reports (their sides, days, places and copies)."""
        rest = Cluster(self.block)
        for member in cluster.members:
            if member is not mention:
                join(rest, member, intersect(rest.span, self.spans[member.key]) or rest.span)
        return rest


    def neighbours(self, index: int, cluster: Cluster) -> list[int]:
        """Later clusters indexed on a day of this one's or ``lookback`` days around it (a
        precise span only: a month or a year is too wide for wording alone to join)."""
        lo, hi = cluster.span.lo, cluster.span.hi
        if lo is None or hi is None or cluster.span.width > PRECISE_WIDTH:
            return []
        near = timedelta(days=max(self.settings.lookback, self.settings.late_report))
        found = {j for day in day_range(lo - near, hi + near) for j in self.by_day.get(day, ()) if j > index}
        return sorted(found)

    def reach(self, cluster: Cluster, late: bool = False) -> Span | None:
        """The days all the cluster's reports allow, each read by ``reach_span`` (``late_span``);
        read once per cluster (a union is a new cluster)."""
        known = self.reaches.get((id(cluster), late))
        if known is not None and known[0] is cluster:
            return known[1]
        span: Span | None = Span()
        read = late_span if late else reach_span
        for mention in cluster.members:
            span = intersect(span, read(mention, self.settings)) if span is not None else None
        self.reaches[(id(cluster), late)] = (cluster, span)
        return span

    def reworded(self, first: Cluster, second: Cluster) -> Span | None:
        """Their common span when two clusters are one event told in other words, else None; a
        day told as a publication day may be the day before (``reach``), as the words show, and a
        report dated only by its publication may be late (``late_span``) when a side is named alike."""
        span = intersect(first.span, second.span)
        if span is None and (reach := self.reach(first)) is not None and (other := self.reach(second)) is not None:
            span = intersect(reach, other)
        if span is None and not one_named_alike(first, second):
            return None  # a late report's words alone do not make it the event of days before
        late = span is None
        if late and (reach := self.reach(first, True)) is not None and (other := self.reach(second, True)) is not None:
            span = intersect(reach, other)
        if span is None:
            span = self.one_person_harmed(first, second)
        if span is None or not all(place_fits(first.places, p) for p in second.places):
            return None
        if not self.announced(first, second.members):
            return None
        if other_keys(first.sides, second.sides) or other_places(first.sides, second.sides) or \
                any(a.named and b.named and not same_actor(a.named, b.named) for a, b in zip(first.sides, second.sides)):
            return None  # two named actors are two events, however alike the words (two chief ministers' appeals)
        if self.block[1] in self.settings.called_off and both_named_alike(first, second):
            return span  # "मोदी की बेल्जियम यात्रा स्थगित", "मोदी का बेल्जियम दौरा टला": one visit is called off once
        floor = self.settings.reworded
        members = [(a, b) for a in first.members[:WORDING_SAMPLE] for b in second.members[:WORDING_SAMPLE]]
        if any(self.words.wording(a, b, floor) >= floor for a, b in members):
            return span
        return span if self.retold(first, second, members, late) else None

    def one_person_harmed(self, first: Cluster, second: Cluster) -> Span | None:
        """The days of the larger of two clusters of a deed done to one person once
        (``MergeSettings.person_once``: a killing) whose target is that person named alike, a report
        of each telling him dead (``evidence.tells_death_of``: his name or a pronoun for him next to
        the death word, not an attempt "हत्या की कोशिश"), none telling the deed again
        (``evidence.tells_again``: "दोबारा हमला"), and whose days are at most
        ``late_report`` apart, however each report dated it: "शुक्रवार को हवाई हमले में मारे गए" and
        "मारे जाने के एक दिन बाद" (dated by the reaction) tell one strike. None otherwise; the words
        must still tell it (``reworded``: a late report's, its sides' names left out)."""
        if self.block[0] not in self.settings.person_once:
            return None
        one, other = first.sides[1].named, second.sides[1].named
        if one is None or other is None or not same_actor(one, other) or \
                any((target.kind or "").upper() != PERSON for target in (one, other)):
            return None
        if days_apart(first.span, second.span) > self.settings.late_report or \
                not all(any(tells_death_of(m.evidence, (m.target or target).name) for m in c.members)
                        for c, target in ((first, one), (second, other))):
            return None  # an attack he survived, or one that killed his driver, may be followed by another
        if any(tells_again(m.evidence) for c in (first, second) for m in c.members):
            return None  # "X पर दोबारा हमला": another attack on him
        return max((first, second), key=lambda c: len(c.members)).span

    def retold(self, first: Cluster, second: Cluster, members: list[tuple[Mention, Mention]], late: bool = False) -> bool:
        """Two events whose sides fit each other, one side named, and an evidence sentence of each
        telling the same content words (``MergeSettings.same_words``): "गृह मंत्रालय ने बाढ़ में फंसे मजदूरों
        और छात्रों को बसों से गांव लौटने की अनुमति दी" and "सरकार के आदेश के अनुसार फंसे छात्रों, मजदूरों को
        बसों से गांव लौटने की इजाजत मिलेगी"; two generic reports ("workers demanded to go home") stay apart.
        A named actor whose sector the text does not give fits here any group of his country
        (``sides.kind_fits`` loose: "X ने ... की मांग की" and "निवासियों ने ... की मांग की" in other papers)."""
        if not any(side.named for side in (*first.sides, *second.sides)) or not sides_fit(first, second, True):
            return False
        floor, stock = self.settings.same_words, institution_alike(first, second.members[0])
        return any(self.words.words_alike(a, b, late, stock) >= floor for a, b in members)  # late: the actor's name is no evidence


    def index(self, index: int, span: Span, mention: Mention) -> None:
        pub = parse_iso(mention.published)
        if span.anchored and span.width <= PRECISE_WIDTH:
            for day in day_range(span.lo, span.hi):  # type: ignore[arg-type]
                self.by_day[day].append(index)
        elif span.anchored and pub is not None:
            self.by_day[pub.toordinal()].append(index)
        elif span.anchored:
            self.unindexed.append(index)


def institution_alike(cluster: Cluster, mention: Mention) -> bool:
    """The only side named alike in the cluster and the mention is an organisation (a ministry, a
    police force) and the other side is not: a ministry writes to the states many times a day, so
    "गृह मंत्रालय ने राज्यों को ..." in two papers is one letter only when the words say so
    (``Wording.shares_words``), while a person named alike ("मोदी ने ...") is as before."""
    alike = [side.named for side, actor in zip(cluster.sides, oriented(mention), strict=True) if side.names_alike(actor)]
    return bool(alike) and len(alike) == 1 and all((a.kind or "").upper() == ORGANISATION for a in alike if a)


def other_addressees(cluster: Cluster, mention: Mention) -> bool:
    """An actor named alike on one side, and on the other an office told bare in each, another in
    each (``Side.other_office``): the chief minister's appeal to put off gatherings (the extractor's
    addressee "the chief minister") and his order to his ministers that day are two acts, one only
    when the words say so (``Wording.shares_words``); "मंत्रियों" in both is as before."""
    return any(side.other_office(actor) for side, actor in zip(cluster.sides, oriented(mention), strict=True)
               if not side.names_alike(actor))


def days_apart(first: Span, second: Span) -> int:
    """Days between two spans that do not meet (0 when they do; a huge number when one is unknown)."""
    if first.lo is None or first.hi is None or second.lo is None or second.hi is None:
        return 10**9
    return max(0, (second.lo - first.hi).days, (first.lo - second.hi).days)


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
    announcement and a deed not shown to be one (``BlockMerger.announced``), "one country": no
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
