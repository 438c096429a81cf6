"""``python -m ghatna.knowledge.build``: regenerate the knowledge base's generated data files."""

from __future__ import annotations

import logging

from ghatna.knowledge.build.annotated import build_annotated
from ghatna.knowledge.build.cldr import build_cldr, build_subdivisions, subdivision_rows
from ghatna.knowledge.build.common import hand_made_forms
from ghatna.knowledge.build.geonames import build_cities
from ghatna.knowledge.build.india import build_india, build_india_states
from ghatna.knowledge.build.india_bodies import build_india_bodies
from ghatna.knowledge.build.never_names import build_never_names, common_words, ordinary_words
from ghatna.knowledge.build.parties import build_parties


def main() -> None:
    logging.basicConfig(level=logging.INFO, format="%(message)s")
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
    for name, n in counts.items():
        print(f"{name}: {n} rows")


if __name__ == "__main__":
    main()
