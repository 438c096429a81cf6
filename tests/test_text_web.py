"""Readers for web crawls and feeds: WARC files (warcio) and RSS/Atom (feedparser)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from ghatna.errors import ReadError
from ghatna.text.readers import RawArticle, expand_paths, iter_articles

PAGE = ("<html><head><title>जयशंकर की वांग यी से मुलाकात</title></head><body><article><h1>जयशंकर की वांग यी से "
        "मुलाकात</h1><p>नई दिल्ली, 5 मार्च। विदेश मंत्री एस जयशंकर ने चीन के विदेश मंत्री वांग यी से मुलाकात की।</p>"
        "</article></body></html>")
RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>समाचार</title><link>https://news.example/</link>
<item><title>पहली खबर</title><link>https://news.example/a/1</link>
<pubDate>Tue, 05 Mar 2024 10:30:00 +0530</pubDate>
<description><![CDATA[<p>विदेश मंत्री एस जयशंकर ने चीन के विदेश मंत्री वांग यी से मुलाकात की।</p>]]></description></item>
<item><title>दूसरी खबर</title><link>https://news.example/a/2</link>
<description>रूस ने यूक्रेन पर हमला किया।</description></item>
</channel></rss>"""
ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>वार्ता</title>
<entry><title>खबर</title><link href="https://wire.example/x"/><updated>2024-03-06T08:00:00Z</updated>
<content type="html">&lt;p&gt;भारत और जापान के बीच वार्ता हुई।&lt;/p&gt;</content></entry></feed>"""


def write_warc(path: Path) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=path.suffix == ".gz")
        for url, body, kind in (("https://news.example/a/1", PAGE, "text/html; charset=utf-8"),
                                ("https://news.example/logo.png", "PNG", "image/png")):
            headers = StatusAndHeaders("200 OK", [("Content-Type", kind)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body.encode()),
                                                          http_headers=headers))
        writer.write_record(writer.create_warc_record("https://news.example/a/1", "request",
                                                      payload=io.BytesIO(b"GET /a/1 HTTP/1.1\r\n\r\n")))


@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz"])
def test_warc_responses_become_articles(tmp_path: Path, name: str) -> None:
    pytest.importorskip("warcio")
    write_warc(tmp_path / name)
    items = list(iter_articles([str(tmp_path / name)]))
    assert items == [RawArticle(source="https://news.example/a/1", html=PAGE, url="https://news.example/a/1")]
    assert [p.name for p in expand_paths([str(tmp_path)]) if isinstance(p, Path)] == [name]


def test_a_broken_warc_is_a_named_error(tmp_path: Path) -> None:
    pytest.importorskip("warcio")
    (tmp_path / "bad.warc").write_bytes(b"this is not a crawl at all")
    errors = [i for i in iter_articles([str(tmp_path / "bad.warc")]) if isinstance(i, ReadError)]
    assert errors and "WARC" in str(errors[0])


@pytest.mark.parametrize(("name", "text"), [("feed.rss", RSS), ("feed.xml", RSS), ("wire.atom", ATOM)])
def test_feed_items_carry_link_and_publication_time(tmp_path: Path, name: str, text: str) -> None:
    pytest.importorskip("feedparser")
    (tmp_path / name).write_text(text, encoding="utf-8")
    items = list(iter_articles([str(tmp_path / name)]))
    assert all(isinstance(i, RawArticle) and i.html for i in items)
    first = items[0]
    assert isinstance(first, RawArticle)
    if name == "wire.atom":
        assert (first.url, first.published) == ("https://wire.example/x", "2024-03-06T08:00:00+00:00")
        return
    assert len(items) == 2 and first.url == "https://news.example/a/1" and first.source == first.url
    assert first.published == "2024-03-05T05:00:00+00:00" and "जयशंकर" in (first.html or "")
    assert isinstance(items[1], RawArticle) and items[1].published is None


def test_feed_articles_go_through_the_pipeline(tmp_path: Path) -> None:
    pytest.importorskip("feedparser")
    from ghatna.api import process

    (tmp_path / "feed.rss").write_text(RSS, encoding="utf-8")
    first = next(iter(iter_articles([str(tmp_path / "feed.rss")])))
    assert isinstance(first, RawArticle)
    record = process(first).to_record()
    assert record["published"] == "2024-03-05" and record["source"] == "https://news.example/a/1"
