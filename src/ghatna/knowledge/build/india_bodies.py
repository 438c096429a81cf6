"""India's governing bodies: ``data/kb/india_bodies.tsv``.

- Union ministries from ``training/kb/sources/india_ministries.tsv`` (written by the project):
  "<subject> मंत्रालय" for every subject Hindi news uses ("केंद्रीय" before it is no part of
  the name, as the annotation guidelines have it).
- For every state and union territory of ``india.tsv``: its police ("बिहार पुलिस") and, for the
  high courts named after their state (``india_high_courts.tsv``), its high court ("झारखंड
  हाईकोर्ट"), each with every Hindi form of the state. A body whose English name a hand-made
  entry has is left to it. A state's government and assembly are no entries: "बिहार सरकार" and
  "बिहार विधानसभा" are Bihar and a generic word, as the annotations have them.

A form that a hand-made entry already has is left to it (``groups.tsv`` holds the high courts
named after cities, ``orgs.tsv`` Delhi's and Uttar Pradesh's police).
"""

from __future__ import annotations

from collections.abc import Iterator

from ghatna.knowledge.build.common import form_key, join, read_source, write_tsv
from ghatna.knowledge.kb import slug_id
from ghatna.resources import load_tsv, split_list

SOURCE = ("training/kb/sources/india_ministries.tsv, india_high_courts.tsv and the states of india.tsv "
          "(written by the project); "
          "Hindi forms composed by ghatna.knowledge.build.india_bodies")
COLUMNS = ["id", "name", "type", "country", "sector", "kind", "hindi", "latin", "state", "source"]
# English name pattern, sector, kind and the Hindi words after the state's name.
STATE_BODIES = (
    ("{state} Police", "COP", "police", ("पुलिस",)),
    ("{court}", "JUD", "court", ("हाईकोर्ट", "हाई कोर्ट", "उच्च न्यायालय")),
)


def ministry_rows(taken: set[str]) -> Iterator[dict[str, str]]:
    for row in read_source("india_ministries.tsv"):
        forms = [f"{subject} मंत्रालय" for subject in split_list(row["subjects"])]
        forms = claim(forms, taken)
        if forms:
            yield {"id": slug_id("india", f"ministry-{row['name']}"), "name": row["name"], "type": "ORG",
                   "country": "IND", "sector": "GOV", "kind": "ministry", "hindi": join(forms),
                   "latin": row["name"], "state": "", "source": "project"}


def claim(forms: list[str], taken: set[str]) -> list[str]:
    """The forms no entry has yet, now taken."""
    out = [f for f in dict.fromkeys(forms) if form_key(f) not in taken]
    taken.update(form_key(f) for f in out)
    return out


def states() -> list[dict[str, str]]:
    """India's states and union territories with their Hindi forms (``india.tsv``'s source and
    the hand-made ``places.tsv``)."""
    hand = {r["name"]: split_list(r.get("hindi")) for r in load_tsv("kb/places.tsv") if r.get("country") == "IND"}
    return [{"name": r["name"], "state": f"IN-{r['state']}", "hindi": join([*split_list(r["hindi"]), *hand.get(r["name"], [])])}
            for r in read_source("india.tsv") if r["kind"] in ("state", "union_territory")]


def state_body_rows(taken: set[str]) -> Iterator[dict[str, str]]:
    courts = {f"IN-{r['state']}": r["name"] for r in read_source("india_high_courts.tsv")}
    hand_made = {r["name"] for f in ("kb/orgs.tsv", "kb/groups.tsv") for r in load_tsv(f)}
    all_states = states()
    for name_pattern, sector, kind, words in STATE_BODIES:
        for state in all_states:
            if kind == "court" and state["state"] not in courts:
                continue
            name = name_pattern.format(state=state["name"], court=courts.get(state["state"], ""))
            if name in hand_made:
                continue
            forms = claim([f"{h} {w}" for h in split_list(state["hindi"]) for w in words], taken)
            if forms:
                yield {"id": slug_id("india", f"{kind}-{state['name']}"), "name": name, "type": "ORG",
                       "country": "IND", "sector": sector, "kind": kind, "hindi": join(forms), "latin": name,
                       "state": state.get("state", ""), "source": "project"}


def build_india_bodies(taken: set[str]) -> dict[str, int]:
    rows = [*ministry_rows(taken), *state_body_rows(taken)]
    return {"india_bodies.tsv": write_tsv("india_bodies.tsv", COLUMNS, rows, SOURCE)}
