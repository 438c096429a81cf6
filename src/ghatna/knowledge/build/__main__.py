"""``python -m ghatna.knowledge.build``: regenerate the knowledge base's generated data files.

``--check`` rebuilds into a temporary copy instead and lists the files of ``data/kb`` a rebuild
would change (exit 1 when there are any): the committed files must be what the build makes."""

from __future__ import annotations

import argparse
import logging

from ghatna.knowledge.build.annotated import build_annotated
from ghatna.knowledge.build.cldr import build_cldr, build_subdivisions, subdivision_rows
from ghatna.knowledge.build.common import hand_made_forms
from ghatna.knowledge.build.geonames import build_cities
from ghatna.knowledge.build.india import build_india, build_india_states
from ghatna.knowledge.build.india_bodies import build_india_bodies
from ghatna.knowledge.build.name_spellings import build_name_spellings
from ghatna.knowledge.build.never_names import build_never_names, common_words, ordinary_words
from ghatna.knowledge.build.parties import build_parties


def build() -> dict[str, int]:
    """Write every generated file of ``data/kb``; the number of entries of each."""
    counts = {"never_names.yaml": build_never_names()}
    common = common_words()
    taken = set().union(*hand_made_forms().values())
    counts |= build_india(common, taken)
    counts |= build_india_states()
    counts |= build_india_bodies(taken)
    counts |= build_cldr(common, taken)
    regional = list(subdivision_rows(common, taken, in_region=True))
    counts |= build_parties(taken)
    counts |= build_cities(common, taken)
    counts |= build_subdivisions([*regional, *subdivision_rows(common, taken, in_region=False)])
    counts |= build_annotated({"PERSON": ordinary_words(), "ORG": common})  # last: every other entry keeps its forms
    counts |= build_name_spellings()  # after annotated.tsv, whose people it reads
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m ghatna.knowledge.build", description=__doc__)
    parser.add_argument("--check", action="store_true",
                        help="build into a temporary copy and list the files that differ from the committed ones")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    if args.check:
        from ghatna.knowledge.build.check import check

        differences = check()
        for difference in differences:
            print(difference.describe())
        print(f"{len(differences)} file(s) of data/kb differ from what the build makes" if differences
              else "data/kb is what the build makes")
        return 1 if differences else 0
    for name, n in build().items():
        print(f"{name}: {n} rows")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
