"""The closed vocabularies the explorer checks parameters against and groups results by."""

from __future__ import annotations

# PLOVER types in their spec's order, each with its quad class (as CAMEO's roots map in GDELT):
# 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.
QUAD_OF_TYPE: dict[str, int] = {
    "AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "REQUEST": 1,
    "CONCEDE": 2, "COOPERATE": 2, "AID": 2, "RETREAT": 2,
    "ACCUSE": 3, "REJECT": 3, "THREATEN": 3, "PROTEST": 3, "SANCTION": 3,
    "MOBILIZE": 4, "COERCE": 4, "ASSAULT": 4,
}
QUAD_NAMES: dict[int, str] = {
    1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict",
}
MODALITIES: tuple[str, ...] = ("asserted", "planned", "possible", "negated", "denied")
ROLES: tuple[str, ...] = ("any", "source", "target")
INTERVALS: tuple[str, ...] = ("day", "week", "month")
FORMATS: tuple[str, ...] = ("json", "csv", "jsonl")

# Sort keys a request may name ("-" in front for descending) and the SQL they become.
EVENT_SORTS: dict[str, str] = {
    "date": "e.date_lo", "goldstein": "e.goldstein", "sources": "e.num_sources",
    "mentions": "e.num_mentions", "articles": "e.num_articles", "confidence": "e.confidence",
    "type": "e.type",
}
ARTICLE_SORTS: dict[str, str] = {"published": "a.published", "title": "a.title", "events": "events"}
ACTOR_SORTS: dict[str, str] = {"events": "events", "name": "name", "as_source": "as_source",
                               "as_target": "as_target"}

EVENT_COLUMNS: tuple[str, ...] = (
    "id", "date", "date_lo", "date_hi", "type", "mode", "cameo", "goldstein", "modality",
    "source_name", "source_country", "source_sector", "source_kb_id", "source_kind",
    "target_name", "target_country", "target_sector", "target_kb_id", "target_kind",
    "location_name", "location_country", "num_mentions", "num_sources", "num_articles", "confidence",
)
