"""When an event happened: the date nearest its trigger in its own sentence, else the
date of the article's own news for asserted events told as news (not background)."""

from __future__ import annotations

from datetime import date
from itertools import pairwise
from typing import Any

from ghatna.document import Document, Sentence, Span
from ghatna.extraction.dates import load_event_date_words, published_date
from ghatna.extraction.event_roles import index_range
from ghatna.extraction.roles import load_role_words
from ghatna.extraction.triggers import TriggerMatch
from ghatna.text.datewords import DateFinder, infer_year
from ghatna.text.tokens import tok_index

ANCHOR_DAYS = 10


def event_date(doc: Document, sent: Sentence, trig: TriggerMatch, modality: str, finder: DateFinder
               ) -> tuple[str | None, Span | None]:
    """The date nearest the trigger in its sentence; else the dateline's date for the article's own events."""
    if modality == "planned":  # relative dates of plans point forward: read the sentence again
        found = finder.find(sent.text, published_date(doc), future=True, offset=sent.start)
    else:
        found = [m for m in doc.dates if sent.start <= m.start < sent.end]
    own = [m for m in found if (is_range(m) or not is_deadline(doc, m)) and dates_the_trigger(doc, m, trig, modality)]
    mentions = [m for m in own if m.value]
    if mentions:
        best = min(mentions, key=lambda m: abs(m.start - trig.start))
        return anchored_value(doc, best), Span(best.start, best.end, best.text, best.rule, best.confidence)
    anchor = article_anchor(doc)
    if own and anchor is not None and anchor[1].rule != "dateline":
        return None, None  # its own date words, unreadable ("सोमवार को" with no publication day), and no dateline
    first, last = index_range(doc, sent)
    words = {t.text for t in doc.tokens[first:last]}
    if modality == "asserted" and not words & load_role_words().background and anchor is not None \
            and not sent.start <= anchor[1].start < sent.end:  # a date of this sentence, just refused
        return anchor
    return None, None


def article_anchor(doc: Document) -> tuple[str, Span] | None:
    """The date of the article's own news: the first day the lead paragraph names (within
    ANCHOR_DAYS before publication when that is known), else the dateline's day."""
    if "anchor" not in doc.cache:
        doc.cache["anchor"] = lead_date(doc) or dateline_date(doc)
    anchor: tuple[str, Span] | None = doc.cache["anchor"]
    return anchor


def lead_date(doc: Document) -> tuple[str, Span] | None:
    lead_end = doc.body.find("\n\n") if "\n\n" in doc.body else len(doc.body)
    dateline_end = int(doc.dateline["end"]) if doc.dateline else 0
    published = published_date(doc)
    for m in doc.dates:
        if m.start >= lead_end:
            break
        if m.start < dateline_end or is_range(m) or dates_another_thing(doc, m):
            continue  # a range dates what happened in it, not the article's news
        value = str(m.value or "")
        if len(value) == 10 and not value.startswith("--") and published is not None:
            if 0 <= (published - date.fromisoformat(value)).days <= ANCHOR_DAYS:
                return value, Span(m.start, m.end, m.text, m.rule, m.confidence)
        elif value.startswith("--") and published is None:
            return value, Span(m.start, m.end, m.text, m.rule, m.confidence)
    return None


def dateline_date(doc: Document) -> tuple[str, Span] | None:
    if doc.dateline and doc.dateline.get("date"):
        span = Span(0, int(doc.dateline["end"]), str(doc.dateline["text"]), "dateline", 0.6)
        return with_year(doc, str(doc.dateline["date"])), span
    return None


def dates_another_thing(doc: Document, mention: Any) -> bool:
    """"28 फरवरी के बाद", "शनिवार के आंकड़े": a day that places another event or qualifies a
    noun is not the day of the article's news."""
    i = tok_index(doc.tokens, mention.end - 1) + 1
    following = [t.text for t in doc.tokens[i: i + 2]]
    anchors, postpositions = load_role_words().date_anchors, load_event_date_words().anchor_postpositions
    placed = len(following) == 2 and following[0] in postpositions and following[1] in anchors
    return placed or qualifies_a_noun(doc, mention, None)


def with_year(doc: Document, value: str) -> str:
    """"--11-05" in the year the publication date implies, when it is known."""
    day = published_date(doc)
    if not value.startswith("--") or day is None:
        return value
    found = infer_year(int(value[2:4]), int(value[5:7]), day, future=False)
    return found.isoformat() if found else value


def is_range(mention: Any) -> bool:
    """"23 से 25 मार्च (तक|के बीच)": a range of days (``DateFinder``) is the period itself, whatever
    closes it; it is no limit, start or noun's date."""
    return bool(mention.rule == "day_range")


def is_deadline(doc: Document, mention: Any) -> bool:
    """"2030 तक", "1 जनवरी से": a limit or a start, not the day something happened."""
    i = tok_index(doc.tokens, mention.end - 1) + 1
    return i < len(doc.tokens) and doc.tokens[i].text in load_role_words().date_not_event


def dates_the_trigger(doc: Document, mention: Any, trig: TriggerMatch, modality: str) -> bool:
    """A date in another clause than the trigger, of an event the trigger's comes before or
    after, inside what is asked for or threatened, or after the publication day of a deed
    told as done, dates something else: the event gets the article's date or none rather
    than a wrong one."""
    if modality != "planned" and after_publication(doc, str(mention.value)):
        return False
    words = words_between(doc, mention, trig)
    lexicon = load_event_date_words()
    if set(words) & lexicon.clause_openers or qualifies_a_noun(doc, mention, trig):
        return False
    if set(words) & lexicon.reference_words and names_a_day(str(mention.value)):
        return False  # "21 अगस्त को हुए हमले के बाद … धमकी दी": the day of the other event (a month may hold both)
    asked = words + [t.text for t in doc.tokens[trig.first: trig.last]]  # "रहने के लिए कहा" may be the trigger
    later = any(mention.end <= m.start < trig.start for m in doc.dates)  # "गुरुवार को … रविवार को … करने की अपील"
    return not (mention.end <= trig.start and not later and asks_for_an_act(asked, trig.trigger.plover))


def qualifies_a_noun(doc: Document, mention: Any, trig: TriggerMatch | None) -> bool:
    """"2015 के परमाणु समझौते के तहत", "15 जून की झड़प के लिए", "15 अप्रैल के लिए": a date
    before a genitive dates the noun after it (or a period, a purpose), not the event; not so
    for a time of day ("की रात"), the event's own trigger ("5 मई की बैठक") or the frame the
    event happens in ("2014 के चुनाव में")."""
    lexicon, tokens = load_event_date_words(), doc.tokens
    i = tok_index(tokens, mention.end - 1) + 1
    if i + 1 >= len(tokens) or tokens[i].text not in lexicon.genitives:
        return False
    head = tokens[i + 1].text
    if head in lexicon.period_heads:
        return not is_range(mention)  # "23 से 25 मार्च के बीच": the range is the period
    if head in lexicon.time_nouns or head in lexicon.genitive_skips:
        return False
    end = noun_phrase_end(tokens, i + 2, lexicon.noun_phrase_ends, lexicon.noun_phrase_reach)
    if trig is not None and trig.first <= end and trig.last > i + 1:
        return False  # the trigger is the noun itself ("5 मई की अहम बैठक")
    closing = {t.text for t in tokens[end: end + 2]}  # "… में", "… के दौरान"
    return not (closing & lexicon.frame_words or {t.text for t in tokens[i + 1: end]} & lexicon.time_nouns)


def noun_phrase_end(tokens: list[Any], first: int, ends: frozenset[str], reach: int) -> int:
    """Index of the postposition (or punctuation) that closes the noun phrase starting before ``first``."""
    for j in range(first, min(first + reach, len(tokens))):
        if tokens[j].text in ends or not any(c.isalnum() for c in tokens[j].text):
            return j
    return min(first + reach, len(tokens))


def words_between(doc: Document, mention: Any, trig: TriggerMatch) -> list[str]:
    if mention.end <= trig.start:
        return [t.text for t in doc.tokens[tok_index(doc.tokens, mention.end - 1) + 1: trig.first]]
    return [t.text for t in doc.tokens[trig.last: tok_index(doc.tokens, mention.start)]]


def names_a_day(value: str) -> bool:
    return len(value) == 10 or value.startswith("--")


def after_publication(doc: Document, value: str) -> bool:
    published = published_date(doc)
    if published is None or len(value) != 10 or value.startswith("--"):
        return False
    return date.fromisoformat(value) > published


def asks_for_an_act(words: list[str], plover: str) -> bool:
    """"22 मार्च को … पालन करने के लिए कहा": after the subject, a date followed by the infinitive
    that the request or threat takes ("करने के लिए कहा", "होने की अपील") dates the act asked for.
    ``words``: from the date to the end of the trigger."""
    lexicon = load_event_date_words()
    if plover not in lexicon.content_event_types or lexicon.agent_marker in words or set(words) & lexicon.coordinators:
        return False  # "ने शुक्रवार को भीड़ को उकसाया और … बनाने की धमकी दी": the date of deeds done together
    tail = words[-lexicon.content_reach:]
    return any(word.endswith(lexicon.infinitive_ending) and word not in lexicon.not_infinitives
               and after in lexicon.infinitive_postpositions for word, after in pairwise(tail))


def anchored_value(doc: Document, mention: Any) -> str | None:
    """A date that only anchors ("24 फरवरी से कुछ हफ्ते पहले") keeps no more than its year."""
    i = tok_index(doc.tokens, mention.end - 1) + 1
    following = {t.text for t in doc.tokens[i: i + 4]}
    if following & load_role_words().date_anchors:
        return mention.value[:4] if mention.value[:4].isdigit() else None
    return str(mention.value)


