"""One event told apart: the rules that make two of a block's clusters one event.

The first pass (``store.merge.BlockMerger``) joins each report to the nearest cluster every member
agrees with. Some reports stay apart there that are one event: an announcement and the deed
(``Retelling.announced``), two papers telling a side differently whose sentences are the other in
other words (``Retelling.reworded``, ``Retelling.retold``), a late report of a deed done to one person
once (``Retelling.one_person_harmed``), and an undated report that joined an event of its
publication day on dates alone (``Retelling.rehome``). ``Retelling`` holds a block's clusters and their
day index, and these rules; ``BlockMerger`` adds the first pass on top of it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import timedelta

from .clusters import (
    Cluster,
    both_named_alike,
    day_range,
    government_alike,
    join,
    one_named_alike,
    place_fits,
    sides_fit,
    union,
)
from .evidence import tells_again, tells_death_of
from .mentions import PLANNED, Mention, MergeSettings, late_span, mention_span, oriented, reach_span
from .sides import other_keys, other_places, same_actor, told_alike
from .spans import Span, intersect, parse_iso
from .wording import Wording

PRECISE_WIDTH = 40  # spans this wide or narrower are indexed on every day they cover
WORDING_SAMPLE = 16  # members of each of two clusters whose evidence is compared for a rewording
PERSON = "PERSON"  # an actor's kind for one named person
ORGANISATION = "ORG"  # an actor's kind for a named body


class Retelling:
    """A block's clusters, their index of days, and the rules that make two of them one event."""

    def __init__(self, block: tuple[str, ...], settings: MergeSettings) -> None:
        self.block, self.settings = block, settings
        self.clusters: list[Cluster] = []
        self.by_day: dict[int, list[int]] = defaultdict(list)
        self.by_copies: dict[str, list[int]] = defaultdict(list)
        self.unindexed: list[int] = []
        self.words = Wording(settings)
        self.reaches: dict[tuple[int, bool], tuple[Cluster, Span | None]] = {}
        self.spans: dict[tuple[str, int], Span] = {}

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
        """Two events whose sides fit each other, one side named (or one government told as a whole in
        both: ``clusters.government_alike``), and an evidence sentence of each
        telling the same content words (``MergeSettings.same_words``): "गृह मंत्रालय ने बाढ़ में फंसे मजदूरों
        और छात्रों को बसों से गांव लौटने की अनुमति दी" and "सरकार के आदेश के अनुसार फंसे छात्रों, मजदूरों को
        बसों से गांव लौटने की इजाजत मिलेगी"; two generic reports ("workers demanded to go home") stay apart.
        A named actor whose sector the text does not give fits here any group of his country
        (``sides.kind_fits`` loose: "X ने ... की मांग की" and "निवासियों ने ... की मांग की" in other papers)."""
        named = any(side.named for side in (*first.sides, *second.sides)) or government_alike(first, second)
        if not named or not sides_fit(first, second, True):
            return False
        floor, stock = self.settings.same_words, institution_alike(first, second.members[0])
        return any(self.words.words_alike(a, b, late, stock) >= floor for a, b in members)  # late: the actor's name is no evidence


def institution_alike(cluster: Cluster, mention: Mention) -> bool:
    """The only side named alike in the cluster and the mention is an organisation (a ministry, a
    police force) and the other side is not: a ministry writes to the states many times a day, so
    "गृह मंत्रालय ने राज्यों को ..." in two papers is one letter only when the words say so
    (``Wording.shares_words``), while a person named alike ("मोदी ने ...") is as before."""
    alike = [side.named for side, actor in zip(cluster.sides, oriented(mention), strict=True) if side.names_alike(actor)]
    return bool(alike) and len(alike) == 1 and all((a.kind or "").upper() == ORGANISATION for a in alike if a)


def days_apart(first: Span, second: Span) -> int:
    """Days between two spans that do not meet (0 when they do; a huge number when one is unknown)."""
    if first.lo is None or first.hi is None or second.lo is None or second.hi is None:
        return 10**9
    return max(0, (second.lo - first.hi).days, (first.lo - second.hi).days)
