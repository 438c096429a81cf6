"""Throughput of the ghatna pipeline on generated Hindi articles, single process.

    python benchmarks/bench_pipeline.py [--n 300] [--seed 3] [--profile]

Generates N ~3 KB Hindi articles from the templates below (clutter lines, datelines, quotes,
figures, several country pairs), writes them as .txt files and as full HTML pages (nav,
aside, footer, scripts around the same text) in a temporary directory, warms up, and
reports articles/s for:

  (a) text: read the file + normalize, clean, language, segment     target >= 500/s
  (b) text: read the file + the whole pipeline                      target >= 200/s
  (c) HTML: html, normalize, clean, language, segment, against trafilatura.bare_extraction
      alone on the same pages (with ghatna's arguments)             target ratio <= 1.5x

and the peak RSS. ``--profile`` adds cProfile's top 25 (cumulative) for the whole pipeline;
``--stages`` the CPU time per article of each stage of (b) (the headline stage's includes the
title's reading through the sentence stages). All text is written for this benchmark.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import random
import resource
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

import trafilatura

from ghatna import Document, Pipeline, Settings
from ghatna.api import document_from_raw
from ghatna.pipeline import Context, StageSpec
from ghatna.text.readers import read_file

PAIRS = [  # (country, capital, leader title and name, other country, its leader)
    ("भारत", "नई दिल्ली", "प्रधानमंत्री नरेंद्र मोदी", "चीन", "राष्ट्रपति शी जिनपिंग"),
    ("रूस", "मॉस्को", "राष्ट्रपति व्लादिमीर पुतिन", "यूक्रेन", "राष्ट्रपति वोलोदिमीर जेलेंस्की"),
    ("अमेरिका", "वाशिंगटन", "राष्ट्रपति डोनाल्ड ट्रंप", "ईरान", "राष्ट्रपति मसूद पेजेशकियान"),
    ("पाकिस्तान", "इस्लामाबाद", "प्रधानमंत्री शहबाज शरीफ", "अफगानिस्तान", "तालिबान सरकार के प्रवक्ता"),
    ("इजरायल", "यरुशलम", "प्रधानमंत्री बेंजामिन नेतन्याहू", "ईरान", "विदेश मंत्री अब्बास अराघची"),
    ("जापान", "टोक्यो", "प्रधानमंत्री शिगेरु इशिबा", "दक्षिण कोरिया", "राष्ट्रपति ली जे-म्योंग"),
    ("फ्रांस", "पेरिस", "राष्ट्रपति इमैनुएल मैक्रों", "जर्मनी", "चांसलर फ्रेडरिक मर्ज"),
    ("नेपाल", "काठमांडू", "प्रधानमंत्री केपी शर्मा ओली", "भारत", "विदेश मंत्री एस जयशंकर"),
]
MONTHS = ["जनवरी", "फरवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर", "अक्टूबर", "नवंबर", "दिसंबर"]
WEEKDAYS = ["सोमवार", "मंगलवार", "बुधवार", "गुरुवार", "शुक्रवार", "शनिवार", "रविवार"]
AGENCIES = ["(भाषा)", "(वार्ता)", "(आईएएनएस)", "(एजेंसी)"]
ACTIONS = [
    "{a} ने {wd} को {c2} के {b} से फोन पर बात की और {topic} पर विस्तार से चर्चा की।",
    "{a} ने {wd} को {c2} के {b} से मुलाकात की, जिसमें {topic} पर सहमति बनी।",
    "{c1} ने {wd} को {c2} पर सीमा के पास उकसावे की कार्रवाई का आरोप लगाया और {topic} पर चिंता जताई।",
    "{a} ने {wd} को {c2} के खिलाफ नए प्रतिबंधों की घोषणा की, जो {topic} से जुड़े हैं।",
    "{c1} और {c2} के बीच {wd} को {topic} पर उच्च स्तरीय वार्ता हुई, जिसकी अध्यक्षता {a} ने की।",
]
TOPICS = ["द्विपक्षीय व्यापार", "ऊर्जा सहयोग", "रक्षा साझेदारी", "क्षेत्रीय सुरक्षा", "जलवायु परिवर्तन",
          "सीमा विवाद", "समुद्री सुरक्षा", "निवेश", "खाद्य सुरक्षा"]
QUOTES = [
    "{b} ने कहा, \"हम बातचीत के जरिए हर मुद्दे का हल निकालना चाहते हैं और इसके लिए तैयार हैं।\"",
    "\"यह फैसला दोनों देशों के रिश्तों में एक नया अध्याय खोलेगा,\" {a} ने संवाददाताओं से कहा।",
    "विदेश मंत्रालय के प्रवक्ता ने कहा कि {c1} अपनी संप्रभुता की रक्षा के लिए हर जरूरी कदम उठाएगा।",
]
FIGURES = [
    "दोनों देशों के बीच पिछले वर्ष व्यापार {n} अरब डॉलर तक पहुंच गया था, जो उससे पहले के साल से {p} प्रतिशत अधिक है।",
    "अधिकारियों के मुताबिक इस परियोजना पर करीब {n} हजार करोड़ रुपये खर्च होंगे और {p} लाख लोगों को रोजगार मिलेगा।",
    "सरकारी आंकड़ों के अनुसार सीमा के पास हुई घटनाओं में इस साल {n} लोग मारे गए हैं और {p} घायल हुए हैं।",
]
BACKGROUND = [
    "विश्लेषकों का मानना है कि इस कदम का असर पूरे क्षेत्र की राजनीति पर पड़ेगा और पड़ोसी देश भी इस पर नजर रखे हुए हैं।",
    "पिछले कुछ महीनों में दोनों पक्षों के बीच कई दौर की बातचीत हो चुकी है, लेकिन कई अहम मुद्दे अब भी अनसुलझे हैं।",
    "विपक्षी दलों ने सरकार से इस मुद्दे पर संसद में विस्तृत बयान देने की मांग की है और पारदर्शिता पर सवाल उठाए हैं।",
    "कूटनीतिक सूत्रों ने बताया कि अगले महीने होने वाले शिखर सम्मेलन से पहले दोनों देशों के अधिकारी फिर मिलेंगे।",
    "उद्योग जगत के प्रतिनिधियों ने इस पहल का स्वागत किया और कहा कि इससे निवेश का माहौल बेहतर होगा।",
    "संयुक्त राष्ट्र ने दोनों पक्षों से संयम बरतने और तनाव कम करने के लिए संवाद जारी रखने की अपील की है।",
    "जानकारों के अनुसार घरेलू राजनीति के दबाव के कारण दोनों सरकारों के लिए कोई बड़ी रियायत देना आसान नहीं होगा।",
    "इससे पहले दोनों देशों के विदेश सचिवों ने भी एक बैठक में आपसी संपर्क बढ़ाने के उपायों पर विचार किया था।",
]
CLUTTER_TOP = ["होम / दुनिया / एशिया", "हमें फॉलो करें", "विज्ञापन", "ताज़ा खबरें"]
CLUTTER_BOTTOM = ["यह भी पढ़ें: मौसम विभाग ने कई राज्यों में बारिश का अलर्ट जारी किया",
                  "ये भी पढ़ें- शेयर बाजार में लगातार तीसरे दिन तेजी", "विज्ञापन",
                  "देश और दुनिया की ताज़ा खबरों के लिए हमारे ऐप को डाउनलोड करें।", "टैग: दुनिया, कूटनीति"]


def make_article(rng: random.Random) -> tuple[str, str]:
    """A headline and a ~3 KB article body (clutter lines included)."""
    c1, city, a, c2, b = rng.choice(PAIRS)
    topic, wd = rng.choice(TOPICS), rng.choice(WEEKDAYS)
    fill = {"a": a, "b": b, "c1": c1, "c2": c2, "topic": topic, "wd": wd}
    dateline = f"{city}, {rng.randint(1, 28)} {rng.choice(MONTHS)} {rng.choice(AGENCIES)}।"
    headline = f"{c1} और {c2} के बीच {topic} पर अहम बातचीत"
    body = [f"{dateline} " + rng.choice(ACTIONS).format(**fill)]
    body += [q.format(**fill) for q in rng.sample(QUOTES, 2)]
    body += [f.format(n=rng.randint(2, 900), p=rng.randint(2, 40)) for f in rng.sample(FIGURES, 2)]
    body += rng.sample(BACKGROUND, 6)
    lines = rng.sample(CLUTTER_TOP, 2) + [headline] + body + rng.sample(CLUTTER_BOTTOM, 3)
    return headline, "\n".join(lines) + "\n"


def make_page(headline: str, text: str, number: int) -> str:
    paragraphs = "\n".join(f"<p>{line}</p>" for line in text.splitlines()[3:-3])
    return f"""<!DOCTYPE html>
<html lang="hi"><head><meta charset="utf-8"><title>{headline} - समाचार दर्पण</title>
<meta property="og:title" content="{headline}"><meta name="author" content="संवाददाता">
<meta property="article:published_time" content="2025-03-{number % 28 + 1:02d}T10:30:00+05:30">
<link rel="stylesheet" href="/static/site.css"><script src="/static/analytics.js"></script>
<script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}}</script>
</head><body>
<header><a href="/">समाचार दर्पण</a><nav><ul><li><a href="/desh">देश</a></li><li><a href="/duniya">दुनिया</a></li>
<li><a href="/khel">खेल</a></li><li><a href="/manoranjan">मनोरंजन</a></li><li><a href="/vyapar">व्यापार</a></li></ul></nav>
</header>
<main><article><h1>{headline}</h1><div class="byline">संवाददाता | प्रकाशित: {number % 28 + 1} मार्च 2025</div>
<div class="story">{paragraphs}</div>
<div class="share"><a href="#">फेसबुक</a> <a href="#">ट्विटर</a> <a href="#">व्हाट्सऐप</a></div></article>
<aside><h3>ये भी पढ़ें</h3><ul><li><a href="/a1">मौसम विभाग ने कई राज्यों में बारिश का अलर्ट जारी किया</a></li>
<li><a href="/a2">शेयर बाजार में लगातार तीसरे दिन तेजी</a></li><li><a href="/a3">क्रिकेट: भारत ने सीरीज जीती</a></li></ul>
<div class="ad">विज्ञापन</div></aside></main>
<footer><p>© 2025 समाचार दर्पण। सर्वाधिकार सुरक्षित।</p><a href="/about">हमारे बारे में</a> <a href="/contact">संपर्क</a></footer>
<script>(function(){{var s=document.createElement('script');s.src='/static/ads.js';document.body.appendChild(s);}})();</script>
</body></html>
"""


def write_corpus(folder: Path, n: int, seed: int) -> tuple[list[Path], list[str]]:
    rng = random.Random(seed)
    paths, pages = [], []
    for number in range(n):
        headline, text = make_article(rng)
        path = folder / f"{number:04d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
        pages.append(make_page(headline, text, number))
    return paths, pages


def run_text(pipeline: Pipeline, paths: Sequence[Path]) -> None:
    for path in paths:
        for raw in read_file(path, pipeline.settings.max_bytes):
            pipeline(document_from_raw(raw))  # type: ignore[arg-type]


def run_html(pipeline: Pipeline, pages: Sequence[str]) -> None:
    for number, page in enumerate(pages):
        pipeline(Document(source=f"page-{number}", raw=page, kind="html"))


def run_trafilatura(pages: Sequence[str]) -> None:
    for page in pages:
        trafilatura.bare_extraction(page, with_metadata=True, include_comments=False, include_tables=False,
                                    include_images=False, favor_precision=False)


def rate(work: Callable[[], None], count: int, warm: Callable[[], None]) -> float:
    """Articles per CPU-second of this (single-threaded) process: per core, whatever else runs."""
    warm()
    start = time.process_time()
    work()
    return count / (time.process_time() - start)


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=300, help="articles to generate (default 300)")
    parser.add_argument("--seed", type=int, default=3)
    parser.add_argument("--profile", action="store_true", help="cProfile top 25 of the whole pipeline")
    parser.add_argument("--stages", action="store_true", help="CPU ms per article of each stage")
    args = parser.parse_args(argv)

    settings = Settings()
    light = Pipeline(settings, stages=["normalize", "clean", "language", "segment"])
    full = Pipeline(settings)
    html = Pipeline(settings, stages=["html", "normalize", "clean", "language", "segment"])
    warm = min(20, args.n)
    with tempfile.TemporaryDirectory(prefix="ghatna-bench-") as tmp:
        paths, pages = write_corpus(Path(tmp), args.n, args.seed)
        kb = sum(p.stat().st_size for p in paths) / len(paths) / 1024
        html_kb = sum(len(p.encode()) for p in pages) / len(pages) / 1024
        print(f"{args.n} articles: text {kb:.1f} KB, HTML {html_kb:.1f} KB on average")
        rows = [
            ("(a) text: read+normalize+clean+language+segment", rate(
                lambda: run_text(light, paths), len(paths), lambda: run_text(light, paths[:warm])), 500.0),
            ("(b) text: read + whole pipeline", rate(
                lambda: run_text(full, paths), len(paths), lambda: run_text(full, paths[:warm])), 200.0),
        ]
        ours = rate(lambda: run_html(html, pages), len(pages), lambda: run_html(html, pages[:warm]))
        bare = rate(lambda: run_trafilatura(pages), len(pages), lambda: run_trafilatura(pages[:warm]))
        rows += [("(c) HTML: html+normalize+clean+language+segment", ours, None),
                 ("(c) trafilatura.bare_extraction alone", bare, None)]
        print(f"\n{'path':52s} {'articles/s':>11s} {'target':>8s}")
        for name, value, target in rows:
            verdict = "" if target is None else (f">= {target:.0f} " + ("ok" if value >= target else "MISSED"))
            print(f"{name:52s} {value:11.1f} {verdict:>8s}")
        ratio = bare / ours
        print(f"{'(c) HTML path time / trafilatura time':52s} {ratio:10.2f}x  <= 1.5x "
              + ("ok" if ratio <= 1.5 else "MISSED"))
        print(f"{'peak RSS':52s} {peak_rss_mb():9.0f} MB")
        if args.stages:
            print(f"\n{'stage (whole pipeline on text)':32s} {'CPU ms/article':>14s}")
            for name, cost in stage_costs(settings, paths).items():
                print(f"{name:32s} {cost:14.2f}")
        if args.profile:
            profile(full, paths)


def stage_costs(settings: Settings, paths: Sequence[Path]) -> dict[str, float]:
    """CPU ms per article of each stage, after a warm-up; the headline stage's with the title's reading."""
    pipeline = Pipeline(settings)
    costs = dict.fromkeys(pipeline.names, 0.0)

    def timed(spec: StageSpec) -> StageSpec:
        def run(doc: Document, ctx: Context) -> Document:
            start = time.process_time()
            try:
                return spec.func(doc, ctx)
            finally:
                costs[spec.name] += time.process_time() - start

        return replace(spec, func=run)

    pipeline.specs = [timed(spec) for spec in pipeline.specs]
    run_text(pipeline, paths[:20])
    costs.update(dict.fromkeys(costs, 0.0))
    start = time.process_time()
    run_text(pipeline, paths)
    costs["reading, outside the stages"] = time.process_time() - start - sum(costs.values())
    costs["all"] = time.process_time() - start
    return {name: 1000 * cost / len(paths) for name, cost in costs.items()}


def profile(pipeline: Pipeline, paths: Sequence[Path]) -> None:
    profiler = cProfile.Profile()
    profiler.enable()
    run_text(pipeline, paths)
    profiler.disable()
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(25)
    print("\nwhole pipeline on text, cProfile top 25 by cumulative time\n" + out.getvalue())


if __name__ == "__main__":
    main()
