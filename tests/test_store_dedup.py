"""Near-duplicate articles by MinHash LSH: wire copies link, rewrites do not."""

from __future__ import annotations

import pytest
from test_store_common import processed

from ghatna.store import Store, find_duplicates, link_duplicates, save_batch, signature
from ghatna.store.dedup import group_duplicates

WIRE = ("नई दिल्ली, 5 मार्च (एजेंसी)। भारत और जापान के विदेश मंत्रियों ने मंगलवार को नई दिल्ली में मुलाकात की "
        "और समुद्री सुरक्षा पर विस्तार से चर्चा की। दोनों पक्षों ने रक्षा उपकरणों के साझा उत्पादन पर भी सहमति जताई। "
        "अधिकारियों ने बताया कि अगले महीने एक संयुक्त कार्य समूह की बैठक होगी। विश्लेषकों ने इसे क्षेत्रीय "
        "स्थिरता के लिए अहम कदम बताया। विदेश मंत्रालय ने बाद में एक विस्तृत बयान जारी किया।")
COPY = WIRE + " यह भी पढ़ें: शेयर बाजार में तेजी, सेंसेक्स चढ़ा"
TRIMMED = WIRE.rsplit("।", 2)[0] + "।"
REWRITE = ("जापान के विदेश मंत्री से भारतीय विदेश मंत्री की दिल्ली में बैठक हुई। समुद्र में सुरक्षा सहयोग बढ़ाने "
           "पर बात हुई और रक्षा क्षेत्र में साथ काम करने का फैसला लिया गया। जानकारों के अनुसार इससे हिंद-प्रशांत "
           "क्षेत्र में संतुलन मजबूत होगा।")


def test_signature_is_deterministic() -> None:
    assert signature(WIRE) == signature(WIRE)
    assert len(signature(WIRE)) == 128 * 8


def test_copies_link_and_rewrites_do_not() -> None:
    pairs = find_duplicates([("a", signature(WIRE)), ("b", signature(COPY)), ("c", signature(TRIMMED)),
                             ("d", signature(REWRITE))])
    assert {(x, y) for x, y, _ in pairs} == {("b", "a"), ("c", "a"), ("c", "b")}


def test_groups_take_the_smallest_id() -> None:
    assert group_duplicates([("b", "a", 0.9), ("d", "c", 0.8), ("c", "b", 0.7)]) == {
        "a": "a", "b": "a", "c": "a", "d": "a"}


def test_link_duplicates_in_store(store: Store) -> None:
    save_batch(store, [processed("1.txt", WIRE), processed("2.txt", COPY), processed("3.txt", REWRITE)])
    assert link_duplicates(store) == 1
    groups = dict(store.query("SELECT article_id, group_id FROM duplicate_groups"))
    assert len(groups) == 2 and len(set(groups.values())) == 1
    assert link_duplicates(store) == 1  # recomputed, not added again


def test_linking_is_incremental_and_kept_in_the_store(store: Store) -> None:
    save_batch(store, [processed("1.txt", WIRE), processed("3.txt", REWRITE)])
    assert link_duplicates(store) == 0
    assert store.query("SELECT count(DISTINCT article_id) FROM article_bands") == [(2,)]
    save_batch(store, [processed("2.txt", COPY), processed("4.txt", TRIMMED)])
    assert link_duplicates(store) == 3
    stepwise = (store.table_rows("article_links"), store.table_rows("duplicate_groups"))
    assert link_duplicates(store, everything=True) == 3
    assert (store.table_rows("article_links"), store.table_rows("duplicate_groups")) == stepwise
    assert len({g for _, g in stepwise[1]}) == 1


def test_linking_in_chunks_gives_the_links_of_one_pass(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    from ghatna.store import dedup

    bodies = [WIRE, COPY, REWRITE] + [f"{WIRE} {n}" for n in range(6)]
    save_batch(store, [processed(f"{n}.txt", body) for n, body in enumerate(bodies)])
    assert store.query("SELECT count(*) FROM dedup_pending") == [(len(bodies),)]
    monkeypatch.setattr(dedup, "CHUNK", 2)
    chunked = link_duplicates(store)
    assert store.query("SELECT count(*) FROM dedup_pending") == [(0,)]
    links = store.table_rows("article_links")
    groups = store.table_rows("duplicate_groups")
    monkeypatch.setattr(dedup, "CHUNK", 500)
    assert link_duplicates(store, everything=True) == chunked > 1
    assert (store.table_rows("article_links"), store.table_rows("duplicate_groups")) == (links, groups)
