"""PLOVER JSON records, with the field names and shapes of the PLOVER manual's "JSON Data Fields".

Event record: ``id``, ``date`` (YYYY-MM-DD) and ``enddate`` (the last day it can have been,
when the reports allow several), ``source`` and ``recipient`` (lists of actor objects),
``event`` (a list of PLOVER categories), ``mode``, ``context`` (a list), ``event_loc``
(a location object with GeoNames field names), ``event_text`` (the evidence sentences),
``quad_code`` (1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material
conflict), ``event_scale`` (the Goldstein value), ``text_info`` (sequence, start, end of the
first report's evidence), ``cite_info`` (corpus, citation, url, title, language,
publication, coder, codebook), ``coder``. Actor object: ``code`` (ISO alpha-3, or IGO/NGO/...
for a body without a country), ``sector``, ``actor_text``, ``identifier_id`` (the Wikidata
id where known), ``identifier_text`` (the canonical name). Fields the manual lets providers
add: ``date_precision``, ``modality``, ``cameo``, ``num_mentions``, ``num_sources``,
``num_articles``, ``reports`` (every report's URL, outlet and evidence).
"""

from __future__ import annotations

from typing import Any

from ghatna.document import told_in_title
from ghatna.knowledge.geo import country_place, place

from .gdelt import earliest, sentence_id

QUAD_CODE = {
    "AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "CONCEDE": 1,
    "COOPERATE": 2, "AID": 2, "RETREAT": 2, "INVESTIGATE": 2,
    "REQUEST": 3, "DEMAND": 3, "ACCUSE": 3, "REJECT": 3, "SANCTION": 3, "THREATEN": 3,
    "PROTEST": 4, "MOBILIZE": 4, "COERCE": 4, "ASSAULT": 4,
}
NON_STATE = frozenset({"IGO", "NGO", "IMG", "MNC", "ISM"})
CODEBOOK = "plover-0.7b1"


def actor_object(event: dict[str, Any], side: str) -> dict[str, Any] | None:
    name, country, sector = event.get(f"{side}_name"), event.get(f"{side}_country"), event.get(f"{side}_sector")
    if not (name or country):
        return None
    kb_id = event.get(f"{side}_kb_id") or ""
    code = country or (sector if sector in NON_STATE else None)
    return {"code": code, "sector": sector, "actor_text": name, "identifier_id": kb_id if kb_id.startswith("Q") else None,
            "identifier_text": name}


def location_object(event: dict[str, Any]) -> dict[str, Any] | None:
    """GeoNames field names (``country code`` two letters, ``cc3`` three, ``admin1 code``)."""
    name, iso3 = event.get("location_name"), event.get("location_country")
    if not name and not iso3:
        return None
    found = place(name) or country_place(iso3)
    country = country_place((found.country if found else None) or iso3)
    return {
        "geonameid": int(found.feature_id) if found and found.feature_id else None,
        "name": name or (country.name if country else None),
        "latitude": found.lat if found else None, "longitude": found.long if found else None,
        "country code": country.iso2 if country else None, "cc3": (country.country if country else None) or iso3,
        "admin1 code": (found.adm1 or "")[2:] or None if found else None,
    }


def dates(event: dict[str, Any]) -> tuple[str | None, str | None, str]:
    """(date, enddate, precision): the day where known, else the first and last possible days,
    else the earliest report's publication day."""
    text, lo, hi = event.get("date") or "", event.get("date_lo"), event.get("date_hi")
    if len(text) == 10 and not text.startswith("--"):
        return text, hi if hi and hi != text else None, "day"
    if lo:
        return lo, hi if hi != lo else None, "day" if hi == lo else "range"
    published = (earliest(event["mentions"]).get("published") or "")[:10] or None
    return published, None, "published"


def cite_info(first: dict[str, Any], coder: str) -> dict[str, Any]:
    return {"corpus": "ghatna", "citation": first.get("article_id"), "url": first.get("url"),
            "title": first.get("title"), "language": "hi", "publication": first.get("source"),
            "coder": coder, "codebook": CODEBOOK}


def text_info(first: dict[str, Any] | None, evidence: dict[str, Any]) -> dict[str, Any]:
    """Sequence, start and end of the first report's evidence; a headline's report (offsets into
    the title, not the story) gives its sequence alone."""
    info = {"sequence": sentence_id(first) if first else None}
    if told_in_title(evidence):
        return info
    return info | {"start": evidence.get("start"), "end": evidence.get("end")}


def plover_record(event: dict[str, Any], coder: str = "ghatna") -> dict[str, Any]:
    mentions = event["mentions"]
    first = earliest(mentions)
    day, end, precision = dates(event)
    recipient = actor_object(event, "target")
    evidence = first.get("evidence") or {}
    return {
        "id": event["id"], "date": day, "enddate": end,
        "source": [a for a in [actor_object(event, "source")] if a], "recipient": [recipient] if recipient else [],
        "event": [event["type"]], "mode": event.get("mode") or None, "context": [],
        "event_loc": location_object(event), "event_text": [m["evidence"]["text"] for m in mentions
                                                             if (m.get("evidence") or {}).get("text")],
        "quad_code": QUAD_CODE.get(event["type"]), "event_scale": event.get("goldstein"),
        "text_info": text_info(first, evidence),
        "cite_info": cite_info(first, coder), "coder": coder,
        "date_precision": precision, "modality": event.get("modality"), "cameo": event.get("cameo"),
        "num_mentions": event["num_mentions"], "num_sources": event["num_sources"],
        "num_articles": event["num_articles"],
        "reports": [{"url": m.get("url"), "publication": m.get("source"), "published": m.get("published"),
                     "text": (m.get("evidence") or {}).get("text")} for m in mentions],
    }
