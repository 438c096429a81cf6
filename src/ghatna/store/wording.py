"""How alike two reports' evidence sentences are, as merging asks it: one wording (character
shingles), the same content words, or the same story's figures (``evidence.read_evidence``).

Where the words alone must show that a late report of a named actor tells his event of days before
(``retelling.Retelling.reworded``), the words that name him do not count (``side_words``: the
knowledge base's Hindi forms of the mention's named sides, less the heads of ``generic_actors.tsv``
such as "पुलिस"): "केंद्रीय अन्वेषण ब्यूरो-सीबीआई ने ... रिश्वत मामले में" told on the 1st and
"केंद्रीय अन्वेषण ब्यूरो-सीबीआई ने ... छात्रवृत्ति घोटाले में" on the 4th share the CBI's name and little
of what it did.

``Wording`` reads each mention's sentence once and answers for one block's merge
(``merge.BlockMerger``): two sentences alike in words but telling other numbers ("50 लोगों को
गिरफ्तार किया", "120 लोगों को गिरफ्तार किया") are never one wording, a template is not an event.
"""

from __future__ import annotations

from functools import cache

from ghatna.knowledge.kb import load_kb
from ghatna.resources import cached, load_tsv, load_yaml, split_list

from .evidence import Evidence, content_words, digits, overlap, read_evidence
from .mentions import Mention, MergeSettings


@cache
def name_words() -> dict[str, frozenset[str]]:
    """KB id -> the content words of the entry's Hindi names and short forms; kept in the disk
    cache, so a merging process does not build the knowledge base for it."""
    return cached("name-words", build_name_words)


def build_name_words() -> dict[str, frozenset[str]]:
    heads = group_words()
    found: dict[str, frozenset[str]] = {}
    for entry in load_kb():
        words = frozenset(w for form in (*entry.hindi, *entry.short) for w in content_words(form)) - heads
        if words:
            found[entry.kb_id] = words
    return found


def group_words() -> frozenset[str]:
    """The content words of ``generic_actors.tsv``'s forms ("पुलिस", "विभाग", "ब्यूरो"): a name's head
    that tells what kind of body acted ("दिल्ली पुलिस", "स्वास्थ्य विभाग") is a word of the deed's report."""
    forms = (f.rstrip("+") for row in load_tsv("generic_actors.tsv") for f in split_list(row.get("hindi")))
    return frozenset(w for form in forms for w in content_words(form))


@cache
def stock_words() -> frozenset[str]:
    """The words any report of a body's act may use whoever it names, read as content words: the
    kinds of group of ``generic_actors.tsv`` (``group_words``: "राज्य", "गृह", "पुलिस") and the words of
    a letter or an order (``evidence_words.yaml`` stock_words: "पत्र", "लिखकर", "निर्देश")."""
    return group_words() | frozenset(w for form in load_yaml("evidence_words.yaml")["stock_words"]
                                     for w in content_words(form))


def side_words(mention: Mention) -> frozenset[str]:
    """The content words that name the mention's named sides (their knowledge-base forms)."""
    names = name_words()
    return frozenset(w for actor in (mention.source, mention.target) if actor is not None and actor.kb_id
                     for w in names.get(actor.kb_id, ()))


def other_figures(first: Evidence, second: Evidence) -> bool:
    """Both sentences tell numbers and share none ("50 people arrested", "120 people arrested"):
    one template, two events."""
    return bool(first.figures and second.figures and not first.figures & second.figures)


class Wording:
    """The evidence sentences of one block's mentions, read once, and the measures of how alike two are."""

    def __init__(self, settings: MergeSettings) -> None:
        self.settings = settings
        self.cache: dict[tuple[str, int], Evidence] = {}
        self.names: dict[tuple[str, int], frozenset[str]] = {}

    def tells_alike(self, first: Mention, second: Mention) -> bool:
        """Two reports' sentences tell one thing: one wording (``reworded``), the same content words
        (``same_words``) or the same story's figures."""
        settings = self.settings
        return self.wording(first, second, settings.reworded) >= settings.reworded or \
            self.words_alike(first, second) >= settings.same_words or self.same_story(first, second)

    def tells_unnamed(self, first: Mention, second: Mention) -> bool:
        """As ``tells_alike``, with the content words that name the sides left out
        (``side_words``): an announcement and its deed both name the leader who acts."""
        settings = self.settings
        return self.wording(first, second, settings.reworded) >= settings.reworded or \
            self.words_alike(first, second, True) >= settings.same_words or self.same_story(first, second)

    def words_alike(self, first: Mention, second: Mention, unnamed: bool = False, stock: bool = False) -> float:
        """The overlap of two evidence sentences' content words (without the words naming their
        sides when ``unnamed``, nor those of any body's letter when ``stock``: ``told``); 0 when they
        share fewer than ``MergeSettings.fewest_words`` ("घर", "भीड़": any two appeals to stay home) or
        tell other numbers."""
        own, other = self.evidence(first), self.evidence(second)
        if other_figures(own, other):
            return 0.0
        if stock:
            mine, theirs = self.told(first), self.told(second)
        else:
            mine, theirs = (self.unnamed(first), self.unnamed(second)) if unnamed else (own.words, other.words)
        if len(mine & theirs) < self.settings.fewest_words:
            return 0.0
        return overlap(mine, theirs)

    def unnamed(self, mention: Mention) -> frozenset[str]:
        """The content words of the mention's sentence without those naming its sides (``side_words``)."""
        if mention.key not in self.names:
            self.names[mention.key] = self.evidence(mention).words - side_words(mention)
        return self.names[mention.key]

    def shares_words(self, first: Mention, second: Mention) -> bool:
        """The two sentences share ``MergeSettings.fewest_words`` content words or more, whatever their
        numbers (a letter told with its date in one paper, with the penalty it rules out in the other),
        not counting the words naming their sides (``side_words``) nor those any report of a body's
        letter uses (``stock_words``): two letters of the home ministry to the states on one day share
        "गृह", "राज्य", "पत्र", "लिखकर" and are two. A count, not a share (``same_words``): a paper that
        tells the letter amid the rumour it answers shares a tenth of its words with one that tells it
        amid other news."""
        mine, theirs = self.told(first), self.told(second)
        return len(mine & theirs) >= self.settings.fewest_words

    def told(self, mention: Mention) -> frozenset[str]:
        """The mention's content words without those naming its sides or any body's letter (``stock_words``)."""
        return self.unnamed(mention) - stock_words()

    def same_story(self, first: Mention, second: Mention) -> bool:
        """Two evidence sentences that tell the same figures (``MergeSettings.same_figures`` of
        them, neither a year nor one, at least one written in digits) and share some wording
        (``figures_wording``): one story told in other words, digits in one, number words in the other."""
        settings = self.settings
        own, other = self.evidence(first), self.evidence(second)
        shared = {n for n in own.figures & other.figures if n > 1 and not 1900 <= n <= 2100}
        if len(shared) < settings.same_figures or not shared & (digits(first.evidence) | digits(second.evidence)):
            return False  # "दो-तीन दिन" in two sentences is no story's figures: one must be in digits
        return overlap(own.shingles, other.shingles) >= settings.figures_wording

    def wording(self, first: Mention, second: Mention, floor: float) -> float:
        """How alike two evidence sentences are (their shingles' overlap); 0 when one is too
        much shorter than the other to overlap by ``floor``, or when both tell numbers and
        share none ("50 people arrested" and "120 people arrested": one template, two arrests)."""
        own, other = self.evidence(first), self.evidence(second)
        if min(len(own.shingles), len(other.shingles)) < floor * max(len(own.shingles), len(other.shingles)):
            return 0.0
        return 0.0 if other_figures(own, other) else overlap(own.shingles, other.shingles)

    def evidence(self, mention: Mention) -> Evidence:
        """The shingles, numbers and content words of a mention's evidence sentence, read once."""
        if mention.key not in self.cache:
            self.cache[mention.key] = read_evidence(mention.evidence)
        return self.cache[mention.key]
