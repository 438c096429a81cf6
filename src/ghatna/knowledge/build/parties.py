"""Political parties from Party Facts (``../shared/data/partyfacts``, MIT; Bederke, Döring and
Regel, partyfacts.herokuapp.com): ``data/kb/parties.tsv``, one row per Wikidata QID, with the
Hindi forms of ``training/kb/sources/party_hindi.tsv`` (keyed by Party Facts id) for the
parties Hindi news names. A party a hand-made entry already holds (same QID, or same country
and English name) is left to it. Party Facts' codes for states that are gone or not ISO
(DDR, EUN for European party groups, ...) become no country.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator

from ghatna.knowledge.build.common import SHARED, form_key, join, read_source, write_tsv
from ghatna.resources import load_tsv, split_list
from ghatna.text.normalize import normalize_inline

SOURCE = ("Party Facts (hdigital/partyfactsdata, MIT licence), partyfacts_wikidata.csv; Hindi forms "
          "written by the project in training/kb/sources/party_hindi.tsv")
COLUMNS = ["qid", "id", "name", "type", "country", "sector", "kind", "hindi", "latin", "source"]


def hand_made_orgs() -> tuple[set[str], set[tuple[str, str]]]:
    qids, names = set(), set()
    for row in load_tsv("kb/orgs.tsv"):
        if row.get("qid"):
            qids.add(row["qid"])
        for name in [row["name"], *split_list(row.get("latin"))]:
            names.add((row.get("country", ""), name.lower()))
    return qids, names


def party_rows(taken: set[str]) -> Iterator[dict[str, str]]:
    hindi = {r["partyfacts_id"]: split_list(r["hindi"]) for r in read_source("party_hindi.tsv")}
    latin = {r["partyfacts_id"]: split_list(r.get("latin")) for r in read_source("party_hindi.tsv")}
    qids, names = hand_made_orgs()
    codes = {r["iso3"] for r in load_tsv("kb/countries.tsv")}
    seen: set[str] = set()
    with open(SHARED / "data" / "partyfacts" / "partyfacts_wikidata.csv", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            qid, pf_id = row["wikidata_id"].strip(), row["partyfacts_id"].strip()
            if not qid.startswith("Q") or qid in seen or qid in qids or (row["country"], row["name"].lower()) in names:
                continue
            seen.add(qid)
            forms = [f for f in (normalize_inline(h) for h in hindi.get(pf_id, [])) if f and form_key(f) not in taken]
            taken.update(form_key(f) for f in forms)
            yield {"qid": qid, "id": f"partyfacts:{pf_id}", "name": row["name"].strip(), "type": "ORG",
                   "country": row["country"] if row["country"] in codes else "", "sector": "PTY", "kind": "party", "hindi": join(forms),
                   "latin": join([row["name"].strip(), *latin.get(pf_id, [])]), "source": f"partyfacts:{pf_id}"}


def build_parties(taken: set[str]) -> dict[str, int]:
    return {"parties.tsv": write_tsv("parties.tsv", COLUMNS, party_rows(taken), SOURCE)}
