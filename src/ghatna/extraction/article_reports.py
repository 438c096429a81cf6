"""An article's reports taken together: reports of one happening merged into one event (the
most specific, with the most precise date; the annotation codes one event per type, source and
target in an article, an unnamed side known by its country: data/report_sides.yaml), and
whether the article is a sports report at all (no events are coded in one). Read by the event
stage, the learned detector and the headline stage."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from ghatna.document import Document, Entity, Event
from ghatna.extraction.event_roles import SYMMETRIC
from ghatna.resources import load_yaml
from ghatna.text.tokens import word_key

MIN_SPORTS_HITS = 5


def same_side(a: Entity | None, b: Entity | None, apart: bool = False, groups: bool = True) -> bool:
    """One actor in two reports: the same entity, a person and his country, (with ``groups``) two
    unnamed groups of one country, or (in reports ``apart``, not one list) an office and its holder."""
    if a is None or b is None:
        return a is b
    if a.key == b.key:
        return True
    if a.country is None or a.country != b.country:
        return False
    return "country" in (a.kind, b.kind) or (groups and is_group(a) and is_group(b)) or \
        (apart and (holds_office(a, b) or holds_office(b, a)))


def is_group(e: Entity) -> bool:
    """An unnamed group, known by its country alone (report_sides.yaml groups)."""
    return e.kind == "unknown" or (e.kind == "generic" and e.role in load_report_sides().groups)


def holds_office(person: Entity, office: Entity) -> bool:
    """A person may be the holder of an office told bare: his title, if any, names that office."""
    if person.type != "PERSON" or office.kind != "generic" or not office.role \
            or not office.role.endswith(load_report_sides().offices):
        return False
    title, post = (person.role or "").replace("_", " "), office.role
    return not title or title == post or title.endswith(" " + post) or post.endswith(" " + title)


def same_modality(a: Event, b: Event) -> bool:
    """Two reports of one modality; or, in one sentence, two words for one act read apart, neither
    denied, the first a converb feeding the second ("पुलिस नोटिस भेज कर जवाब तलब करेगी": the
    converb's act is the future verb's; "वार्ता की और फिर वार्ता करेगा" is two)."""
    if a.modality == b.modality:
        return True
    return a.evidence.start == b.evidence.start and "negated" not in (a.modality, b.modality) \
        and is_converb(min(a, b, key=lambda e: e.trigger.start))


def is_converb(e: Event) -> bool:
    """The trigger told as a converb: it ends in one ("भेजकर"), or one stands within
    ``converb_reach`` words after it ("भेज कर जवाब", "नोटिस भेजकर", "नोटिस भेज कर"), no case
    marker before it and no vector verb right after it (not "गिरफ्तार कर लिया"); or the means of
    the act told next (``converb_means``: "के जरिए")."""
    sides = load_report_sides()
    if e.trigger.text.split()[-1:] and e.trigger.text.split()[-1].endswith(sides.converbs):
        return True
    after = [w.strip(",।;!?") for w in e.evidence.text[max(0, e.trigger.end - e.evidence.start):].split()]
    if any(tuple(after[: len(m)]) == m for m in sides.means):
        return True  # "वीडियो कॉन्फ्रेंसिंग के जरिए बैठक करेंगे": the means of the act told next
    for j, word in enumerate(after[: sides.converb_reach]):
        if word in sides.markers:
            return False
        if word.endswith(sides.converbs):
            return j + 1 == len(after) or after[j + 1] not in sides.vector_verbs
    return False


def specificity(e: Event) -> int:
    return sum(2 if side and side.type == "PERSON" else 1 if side and side.kind != "unknown" else 0
               for side in (e.source, e.target))


def fits_side(a: Entity | None, b: Entity | None, apart: bool = False) -> bool:
    """The same side, or one report does not know it ("सुलेमानी की हत्या" after "अमरीका ने
    सुलेमानी को मार गिराया": the same killing, its doer unknown in the second report)."""
    return same_side(a, b, apart) or any(x is not None and x.kind == "unknown" for x in (a, b))


def compatible(a: Event, b: Event) -> bool:
    if a.type != b.type or not same_modality(a, b) or (a.date and b.date and a.date != b.date):
        return False
    apart = a.trigger.start != b.trigger.start
    # one side the same actor; the other may be unnamed groups of one country, known by it alone
    known = same_side(a.source, b.source, apart, groups=False) or same_side(a.target, b.target, apart, groups=False)
    direct = known and fits_side(a.source, b.source, apart) and fits_side(a.target, b.target, apart)
    return direct or (a.type in SYMMETRIC and same_side(a.source, b.target, apart, groups=False)
                      and same_side(a.target, b.source, apart, groups=False))


def merge_reports(events: list[Event]) -> list[Event]:
    """One event per happening in an article: the most specific report, with the most precise date."""
    kept: list[Event] = []
    for ev in events:
        twin = next((k for k in kept if compatible(k, ev)), None)
        if twin is None:
            kept.append(ev)
        elif specificity(ev) > specificity(twin):
            ev.date, ev.date_evidence = ev.date or twin.date, ev.date_evidence or twin.date_evidence
            kept[kept.index(twin)] = ev
        elif twin.date is None and ev.date:
            twin.date, twin.date_evidence = ev.date, ev.date_evidence
    return kept


def is_sports_report(doc: Document) -> bool:
    """An article whose words are dense with sports terms tells matches, not politics."""
    words = load_sports_words()
    if not doc.tokens:
        return False
    hits = sum(1 for t in doc.tokens if t.key in words.terms)
    return hits >= MIN_SPORTS_HITS and hits / len(doc.tokens) >= words.share


def told_in_sports(event: Event) -> bool:
    """An event a sports report still tells: a ban, an arrest or sentence, a demand or thanks
    (``sports_kept_types``), not play told in words of politics (``sports_play_cameos``:
    the toss's invitation to bat)."""
    words = load_sports_words()
    return event.type in words.kept_types and event.cameo not in words.play_cameos


@dataclass(frozen=True, slots=True)
class SportsWords:
    terms: frozenset[str]
    share: float
    kept_types: frozenset[str] = frozenset()
    play_cameos: frozenset[str] = frozenset()


@cache
def load_sports_words() -> SportsWords:
    data = load_yaml("hindi_words.yaml")
    return SportsWords(frozenset(word_key(w) for w in data["sports_words"]), float(data["sports_share"]),
                       frozenset(data["sports_kept_types"]), frozenset(data["sports_play_cameos"]))


@dataclass(frozen=True, slots=True)
class ReportSides:
    groups: frozenset[str]
    offices: tuple[str, ...]
    converbs: tuple[str, ...] = ()
    vector_verbs: frozenset[str] = frozenset()
    markers: frozenset[str] = frozenset()
    converb_reach: int = 2
    means: tuple[tuple[str, ...], ...] = ()


@cache
def load_report_sides() -> ReportSides:
    data = load_yaml("report_sides.yaml")
    return ReportSides(frozenset(data["groups"]), tuple(data["offices"]), tuple(data["converbs"]),
                       frozenset(data["vector_verbs"]), frozenset(data["converb_markers"]), int(data["converb_reach"]),
                       tuple(tuple(m) for m in data["converb_means"]))
