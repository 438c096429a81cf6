"""One event retold, through the store: a later report dated by its publication day, told with a
generic side and other words, joins the stored event when it is added, as a full rebuild would."""

from __future__ import annotations

from typing import Any

from test_store_common import event, processed

from ghatna.store import Store, rebuild_events, save_batch

MINISTRY = {"name": "Ministry of Home Affairs (India)", "country": "IND", "sector": "GOV", "kb_id": "ghatna:org:mha",
            "kind": "ORG"}
GOVERNMENT = {"name": "Government of India", "country": "IND", "sector": "GOV", "kb_id": None, "kind": "generic"}
WORKERS = {"name": "India workers", "country": "IND", "sector": "CVL", "kb_id": None, "kind": "generic"}
LET_GO = "गृह मंत्रालय ने बाढ़ में फंसे प्रवासी मजदूरों और छात्रों को विशेष बसों से अपने गांव लौटने की अनुमति दे दी है।"
LET_GO_RETOLD = "सरकार के आदेश के अनुसार फंसे हुए छात्रों, मजदूरों और तीर्थयात्रियों को बसों के जरिए गांव लौटने की इजाजत मिलेगी।"
OTHER_ORDER = "गृह मंत्रालय ने राज्यों से अस्पतालों में डॉक्टरों की सुरक्षा के इंतजाम पुख्ता करने को कहा।"


def order(source: dict[str, Any], date: str, evidence: str) -> dict[str, Any]:
    return event("CONCEDE", date=date, evidence=evidence, cameo="080") | {"source": source, "target": WORKERS}


def groups(store: Store) -> set[tuple[str, ...]]:
    return {tuple(sorted(str(a) for a, in store.query(
        "SELECT s.source FROM event_mentions em JOIN sources s ON s.article_id = em.article_id WHERE em.event_id = ?",
        (e,)))) for e, in store.query("SELECT id FROM events")}


def test_a_report_dated_by_its_publication_day_joins_the_stored_event(store: Store) -> None:
    save_batch(store, [processed("a.txt", "पहली खबर", [order(MINISTRY, "2024-07-10", LET_GO)], published="2024-07-11")])
    rebuild_events(store)
    save_batch(store, [
        processed("b.txt", "दूसरी खबर", [order(GOVERNMENT, "2024-07-11", LET_GO_RETOLD)], published="2024-07-11"),
        processed("c.txt", "तीसरी खबर", [order(GOVERNMENT, "2024-07-11", OTHER_ORDER)], published="2024-07-11"),
    ])
    assert rebuild_events(store) == 2
    incremental = groups(store)
    assert incremental == {("a.txt", "b.txt"), ("c.txt",)}
    rebuild_events(store, everything=True)
    assert groups(store) == incremental
