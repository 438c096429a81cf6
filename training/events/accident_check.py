"""How often the pipeline codes an event on a sentence that reports an accident, a disaster or an illness.

    .venv/bin/python training/events/accident_check.py [--show] [--max-share 0.01]

Accidents, disasters and deaths from illness are not events (GUIDELINES: "Not events"), even
with words of harm or explosion in them ("सड़क हादसे में तीन लोगों की मौत", "सिलेंडर फटने से
विस्फोट", "बिजली गिरने से", "हार्ट अटैक से मौत"). This takes the sentences of ``../shared/corpus``
in TRAIN records (``split_of(...) == "train"``) that name an accident, disaster or illness and a
harm, and no attack, riot or attacker; runs the default pipeline on each sentence alone; and
prints the share of sentences with an event, all types and hostile types (ASSAULT, PROTEST,
COERCE) apart. The exit status is 1 when the share of sentences with a hostile event is above
``--max-share``: events of other types on such sentences are mostly true ones told beside the
accident (an official's appeal or order about it). The dev records are never read.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field

from mine_triggers import train_record_sentences  # a sibling script: the train split's corpus sentences

from ghatna.api import default_pipeline, extract
from ghatna.evaluate.shared_corpus import SentenceRef, available

ACCIDENT = re.compile(
    "हादस|दुर्घटना|आग लग|बिजली गिर|आकाशीय बिजली|वज्रपात|ठनका|बाढ़|भूस्खलन|डूब|सिलेंडर|सिलिंडर|करंट|भूकंप|"
    "तूफान|चक्रवात|आंधी|ओलावृष्टि|टक्कर|पलट|दम घुट|लू लग|लू से|बीमारी|ढह|मलबे|जहरीली शराब|गैस रिसाव|संक्रमण|"
    "कोरोना|कोविड|वायरस|महामारी|बुखार|निमोनिया|कैंसर|दिल का दौरा|हार्ट अटैक|हृदयाघात|फटने|फटा|पटाख"
)
HARM = re.compile(
    "मौत|मारे गए|मारे गये|घायल|जान गं|जान गव|जान चली|मृत्यु|मृतक|झुलस|जख्मी|ज़ख्मी|हताहत|(?<![\u0900-\u097F])शव|लापता|दम तोड़|निधन"
)
ATTACK = re.compile(
    "हमल|आतंक|नक्सल|माओवाद|उग्रवाद|गोली|फायरिंग|मुठभेड़|पथराव|तोड़फोड़|आगजनी|हत्या|हिंसा|झड़प|बम|उपद्रव|लाठी|"
    "पीट|बदमाश|अपराधी|हमलावर|आईईडी|ग्रेनेड|सेना|सैनिक"
)
HOSTILE = frozenset({"ASSAULT", "PROTEST", "COERCE"})
LONGEST = 400  # characters: longer "sentences" are unsplit page text


@dataclass(slots=True)
class Result:
    sentences: int = 0
    with_event: int = 0
    with_hostile: int = 0
    types: Counter[str] = field(default_factory=Counter)


def accident_sentences() -> Iterator[SentenceRef]:
    """Sentences of TRAIN records that tell an accident, a disaster or an illness with harm, and no attack."""
    for sent in train_record_sentences():
        text = sent.text
        if len(text) <= LONGEST and ACCIDENT.search(text) and HARM.search(text) and not ATTACK.search(text):
            yield sent


def check(show: bool) -> Result:
    pipeline = default_pipeline()
    result = Result()
    for sent in accident_sentences():
        events = extract(sent.text, pipeline=pipeline).events
        result.sentences += 1
        result.with_event += bool(events)
        result.with_hostile += any(e.type in HOSTILE for e in events)
        result.types.update(e.type for e in events)
        if show and events:
            print(f"{sent.collection}:{sent.record}@{sent.start}: {sent.text}")
            for e in events:
                print(f"    {e.type} {e.trigger.text!r} {e.evidence.rule}")
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--show", action="store_true", help="print every sentence given an event")
    parser.add_argument("--max-share", type=float, default=0.01, help="highest share of sentences with a hostile event")
    args = parser.parse_args()
    if not available():
        print("../shared/corpus is absent: nothing to check")
        return 0
    result = check(args.show)
    n = max(result.sentences, 1)
    print(f"accident, disaster and illness sentences (train records): {result.sentences}")
    print(f"with any event: {result.with_event} ({result.with_event / n:.1%})  by type: {dict(result.types)}")
    print(f"with a hostile event (ASSAULT, PROTEST, COERCE): {result.with_hostile} ({result.with_hostile / n:.1%})")
    return 1 if result.with_hostile / n > args.max_share else 0


if __name__ == "__main__":
    sys.exit(main())
