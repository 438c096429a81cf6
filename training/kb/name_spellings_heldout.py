"""How well ``romanize`` spells the names of people it has never seen, with and without the
spellings grown from the knowledge base (``data/kb/name_spellings.tsv``, built by
``ghatna.knowledge.build.name_spellings``).

The knowledge base's people (``people*.yaml`` and the people of ``annotated.tsv``) are split by
the SHA-1 of their English name: one in five (``--held-out-share``) is held out. The spelling
table is grown from the other people and every hand-made place and body, exactly as the build
grows the shipped one; then every Hindi form of every held-out person is romanized twice: with
the letter rules and hand ``spellings`` of ``romanize.yaml`` alone ("before") and with the grown
table too ("after"). A form is an exact match when its romanization is one of the person's English
names (case, diacritics and punctuation aside) and a ``same_name`` match when it agrees with one
of them as the scorers' ``same_name`` judges (``ghatna.evaluate.scoring.names_agree``: words
inside the other's, same surname and initial, or a SequenceMatcher ratio of at least .85).

    PYTHONPATH=src .venv/bin/python training/kb/name_spellings_heldout.py [--examples 20]
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
from collections.abc import Iterable

import ghatna.extraction.romanize as romanize_module
from ghatna.evaluate.scoring import ascii_name, names_agree
from ghatna.extraction.romanize import romanization, romanize
from ghatna.knowledge.build.name_spellings import Named, grow_spellings, named_people, named_places


def held_out(entry: Named, share: int) -> bool:
    return int(hashlib.sha1(ascii_name(entry.name).encode()).hexdigest(), 16) % share == 0


def use_table(table: dict[str, str]) -> None:
    """Make ``romanize`` read ``table`` as its grown spellings (this script only)."""
    patched = dataclasses.replace(romanization(), grown=table)
    romanize_module.romanization = lambda: patched  # type: ignore[assignment]


def score(people: Iterable[Named]) -> tuple[int, int, int, list[tuple[str, str, str]]]:
    """Forms, exact matches, ``same_name`` matches, and the forms that miss ``same_name``."""
    forms = exact = agree = 0
    misses: list[tuple[str, str, str]] = []
    for person in people:
        names = {ascii_name(n) for n in person.latin}
        for form in person.hindi:
            latin = romanize(form)
            forms += 1
            exact += ascii_name(latin) in names
            if any(names_agree(n, latin) for n in person.latin):
                agree += 1
            else:
                misses.append((form, latin, person.name))
    return forms, exact, agree, misses


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--held-out-share", type=int, default=5, help="hold out one person in this many")
    parser.add_argument("--examples", type=int, default=0, help="show this many forms that miss after")
    args = parser.parse_args()
    people = list(named_people())
    test = [p for p in people if held_out(p, args.held_out_share)]
    train = [p for p in people if not held_out(p, args.held_out_share)]
    table = {s.hindi: s.latin for s in grow_spellings([*train, *named_places()])}
    print(f"people {len(people)}: grown from {len(train)} (and the places and bodies), held out {len(test)}; "
          f"table of {len(table)} words")
    use_table({})
    before = score(test)
    use_table(table)
    after = score(test)
    for label, (forms, exact, agree, _) in (("before", before), ("after", after)):
        print(f"{label}: forms {forms}, exact {exact} = {exact / forms:.3f}, same_name {agree} = {agree / forms:.3f}")
    fixed = {m[0] for m in before[3]} - {m[0] for m in after[3]}
    broken = {m[0] for m in after[3]} - {m[0] for m in before[3]}
    print(f"same_name: {len(fixed)} forms gained, {len(broken)} lost")
    for form, latin, name in [m for m in after[3] if m[0] in broken] + after[3][: args.examples]:
        print(f"  {form}\t{latin}\t(gold {name})")


if __name__ == "__main__":
    main()
