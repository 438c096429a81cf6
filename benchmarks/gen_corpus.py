"""Generate a Hindi evaluation corpus with ground truth for dedup and event merging.

    python benchmarks/gen_corpus.py OUT_DIR [--events 800] [--seed 7]

Writes OUT_DIR/articles.jsonl (one article a line: text, url, published, source) and
OUT_DIR/truth.json: for every article its event id and wire-story id (copies of one wire
story are the duplicate pairs), and for every event its type, actors, date and place.
The corpus mixes: wire copies with different clutter, the same event told by different
outlets in different words (other templates, other date expressions, other background),
and look-alike distinct events: the same two leaders calling in another year, the next
round of talks, a reply expulsion a day later, strikes on different dates.
All text here is written for this generator.
"""

from __future__ import annotations

import argparse
import json
import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

LEADERS = [  # (Hindi name, title, canonical name, country)
    ("नरेंद्र मोदी", "प्रधानमंत्री", "Narendra Modi", "IND"), ("शी जिनपिंग", "राष्ट्रपति", "Xi Jinping", "CHN"),
    ("व्लादिमीर पुतिन", "राष्ट्रपति", "Vladimir Putin", "RUS"), ("डोनाल्ड ट्रंप", "राष्ट्रपति", "Donald Trump", "USA"),
    ("शहबाज शरीफ", "प्रधानमंत्री", "Shehbaz Sharif", "PAK"), ("वोलोदिमीर जेलेंस्की", "राष्ट्रपति", "Volodymyr Zelensky", "UKR"),
    ("बेंजामिन नेतन्याहू", "प्रधानमंत्री", "Benjamin Netanyahu", "ISR"), ("रेचेप तैयप एर्दोगन", "राष्ट्रपति", "Recep Tayyip Erdogan", "TUR"),
    ("इमैनुएल मैक्रों", "राष्ट्रपति", "Emmanuel Macron", "FRA"), ("कीर स्टार्मर", "प्रधानमंत्री", "Keir Starmer", "GBR"),
    ("केपी शर्मा ओली", "प्रधानमंत्री", "KP Sharma Oli", "NPL"), ("मोहम्मद यूनुस", "मुख्य सलाहकार", "Muhammad Yunus", "BGD"),
    ("शिगेरु इशिबा", "प्रधानमंत्री", "Shigeru Ishiba", "JPN"), ("मसूद पेजेशकियान", "राष्ट्रपति", "Masoud Pezeshkian", "IRN"),
]
COUNTRIES = {"IND": "भारत", "CHN": "चीन", "RUS": "रूस", "USA": "अमेरिका", "PAK": "पाकिस्तान", "UKR": "यूक्रेन",
             "ISR": "इजरायल", "TUR": "तुर्की", "FRA": "फ्रांस", "GBR": "ब्रिटेन", "NPL": "नेपाल",
             "BGD": "बांग्लादेश", "JPN": "जापान", "IRN": "ईरान"}
CITIES = {"IND": ("नई दिल्ली", "New Delhi"), "CHN": ("बीजिंग", "Beijing"), "RUS": ("मॉस्को", "Moscow"),
          "USA": ("वाशिंगटन", "Washington"), "PAK": ("इस्लामाबाद", "Islamabad"), "UKR": ("कीव", "Kyiv"),
          "ISR": ("यरुशलम", "Jerusalem"), "TUR": ("अंकारा", "Ankara"), "FRA": ("पेरिस", "Paris"),
          "GBR": ("लंदन", "London"), "NPL": ("काठमांडू", "Kathmandu"), "BGD": ("ढाका", "Dhaka"),
          "JPN": ("टोक्यो", "Tokyo"), "IRN": ("तेहरान", "Tehran")}
BORDER_PLACES = {"UKR": ("खारकीव", "Kharkiv"), "RUS": ("बेलगोरोद", "Belgorod"), "ISR": ("हाइफा", "Haifa"),
                 "IRN": ("इस्फहान", "Isfahan"), "PAK": ("बहावलपुर", "Bahawalpur"), "IND": ("पुंछ", "Poonch")}
CONFLICT_DYADS = [("RUS", "UKR"), ("UKR", "RUS"), ("ISR", "IRN"), ("IRN", "ISR"), ("IND", "PAK"), ("PAK", "IND")]
MONTHS = ["जनवरी", "फरवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर", "अक्टूबर", "नवंबर", "दिसंबर"]
WEEKDAYS = ["सोमवार", "मंगलवार", "बुधवार", "गुरुवार", "शुक्रवार", "शनिवार", "रविवार"]
TOPICS = ["द्विपक्षीय व्यापार", "ऊर्जा सहयोग", "रक्षा साझेदारी", "क्षेत्रीय सुरक्षा", "जलवायु परिवर्तन", "आतंकवाद से मुकाबले",
          "निवेश बढ़ाने", "तकनीकी सहयोग", "खाद्य सुरक्षा", "समुद्री सुरक्षा", "स्वास्थ्य क्षेत्र", "शिक्षा और छात्रवृत्ति"]
OUTLETS = ["dainik-samachar", "rashtriya-khabar", "jan-awaz", "bharat-times-hindi", "nav-prabhat", "lok-darpan",
           "samay-dhara", "pratidin-news"]
AGENCIES = ["(एजेंसी)", "(आईएएनएस)", "(भाषा)", "(वार्ता)"]

SUBJECTS = ["विश्लेषकों", "कूटनीतिक सूत्रों", "पूर्व राजनयिकों", "विदेश नीति के जानकारों", "उद्योग जगत के प्रतिनिधियों",
            "विपक्षी दलों के नेताओं", "सुरक्षा विशेषज्ञों", "अर्थशास्त्रियों", "स्थानीय अधिकारियों", "शोध संस्थानों"]
CLAIMS = ["इसे आने वाले महीनों के लिए अहम संकेत बताया", "कहा कि इससे दोनों पक्षों के रिश्तों की दिशा तय होगी",
          "माना कि बाजार पर इसका असर जल्द दिखेगा", "इस पर सतर्क प्रतिक्रिया दी", "कहा कि आगे की राह आसान नहीं है",
          "इसे लंबे समय से चल रही कोशिशों का नतीजा बताया", "कहा कि जनता इस पर करीबी नजर रखे हुए है",
          "उम्मीद जताई कि तनाव कम करने में मदद मिलेगी", "इसे घरेलू राजनीति से जोड़कर देखा",
          "कहा कि पड़ोसी देशों की भी इस पर नजर है", "माना कि इसके दूरगामी परिणाम होंगे",
          "सुझाव दिया कि संवाद के रास्ते खुले रखे जाएं"]
DETAILS = ["पिछले साल दोनों देशों के बीच कई स्तरों पर संपर्क हुए थे", "इस मुद्दे पर संसद में भी बहस हो चुकी है",
           "सरकारी बयान में ज्यादा ब्योरा नहीं दिया गया", "मीडिया को इस बारे में बाद में जानकारी दी गई",
           "इस दौरान वरिष्ठ अधिकारी भी मौजूद रहे", "सोशल मीडिया पर इस खबर की खूब चर्चा हुई",
           "कई अंतरराष्ट्रीय संगठनों ने इस पर बयान जारी किए", "शेयर बाजार में इसके बाद हल्की हलचल देखी गई",
           "सूत्रों के मुताबिक तैयारी कई हफ्तों से चल रही थी", "विदेश मंत्रालय के प्रवक्ता ने बाद में पत्रकारों से बात की"]
QUALIFIERS = ["एक टीवी चर्चा में", "अपने ताजा लेख में", "एक संगोष्ठी में", "सोशल मीडिया पोस्ट में",
              "संवाददाताओं से बातचीत में", "एक साक्षात्कार में", "जारी बयान में", "संसदीय समिति के सामने",
              "एक पॉडकास्ट में", "विश्वविद्यालय के कार्यक्रम में", "रेडियो पर", "एक रिपोर्ट में"]
FACTS = ["देश में महंगाई दर {n} प्रतिशत के आसपास बनी हुई है", "पिछले {n} महीनों में ऐसी यह पहली घटना है",
         "करीब {n} अधिकारी इस प्रक्रिया से जुड़े बताए जाते हैं", "आंकड़ों के अनुसार आपसी व्यापार {n} प्रतिशत बढ़ा है",
         "राजधानी में तापमान {n} डिग्री दर्ज किया गया", "सर्वेक्षण में {n} प्रतिशत लोगों ने इसे सही कदम माना"]
CLUTTER_TOP = ["ब्रेकिंग न्यूज", "लाइव अपडेट", "ताजा खबर", "विदेश समाचार", "टॉप स्टोरी"]
CLUTTER_BOTTOM = ["यह भी पढ़ें: शेयर बाजार में गिरावट, निवेशकों के डूबे करोड़ों", "यह भी पढ़ें: मौसम विभाग ने जारी किया अलर्ट",
                  "यह भी पढ़ें: क्रिकेट टीम का ऐलान, नए चेहरों को मौका", "विज्ञापन", "हमें फेसबुक और ट्विटर पर फॉलो करें",
                  "ताजा खबरों के लिए हमारा ऐप डाउनलोड करें", "(इस खबर को संपादित नहीं किया गया है)"]


@dataclass
class Event:
    """One real event (the ground truth)."""

    id: str
    kind: str  # call, meet, talks, expel, strike
    type: str
    a: str  # country code of the source side
    b: str
    day: date
    place: str | None = None
    round: int | None = None
    leaders: tuple[str, str] | None = None
    topic: str = ""


@dataclass
class Article:
    url: str
    source: str
    published: str
    text: str
    event: str
    wire: str | None = None
    date_form: str = "none"
    actors: list[str] = field(default_factory=list)


def leader_of(country: str) -> tuple[str, str, str, str]:
    return next(leader for leader in LEADERS if leader[3] == country)


def date_phrase(rng: random.Random, day: date, published: date) -> tuple[str, str]:
    """How an outlet says the date: full, day and month, weekday or not at all."""
    form = rng.choice(["full", "daymonth", "weekday", "none"])
    if form == "full":
        return f"{day.day} {MONTHS[day.month - 1]} {day.year} को ", form
    if form == "daymonth":
        return f"{day.day} {MONTHS[day.month - 1]} को ", form
    if form == "weekday" and day != published:
        return f"{WEEKDAYS[day.weekday()]} को ", form
    return "", "none"


def lead_sentence(ev: Event, variant: int, when: str) -> str:
    """The sentence that tells the event, in one of several wordings."""
    A, B = COUNTRIES[ev.a], COUNTRIES[ev.b]
    if ev.kind == "call":
        (an, at, _, _), (bn, bt, _, _) = leader_of(ev.a), leader_of(ev.b)
        return [f"{A} के {at} {an} ने {when}{B} के {bt} {bn} से फोन पर बात की और {ev.topic} पर चर्चा की।",
                f"{bn} और {an} के बीच {when}टेलीफोन पर लंबी बातचीत हुई, जिसमें {ev.topic} का मुद्दा छाया रहा।",
                f"{when}{an} ने {bn} को फोन किया। दोनों नेताओं ने {ev.topic} पर विचार साझा किए।"][variant % 3]
    if ev.kind == "meet":
        (an, at, _, _), (bn, bt, _, _) = leader_of(ev.a), leader_of(ev.b)
        city = CITIES[ev.b][0]
        return [f"{A} के {at} {an} ने {when}{city} में {bt} {bn} से मुलाकात की।",
                f"{city} में {when}{an} और {bn} की अहम बैठक हुई, जहां {ev.topic} पर बात आगे बढ़ी।",
                f"{bn} ने {when}{city} पहुंचे {an} का स्वागत किया और दोनों ने {ev.topic} पर वार्ता की।"][variant % 3]
    if ev.kind == "talks":
        city = CITIES[ev.place or ev.a][0]
        return [f"{A} और {B} के बीच {ev.round}वें दौर की सैन्य वार्ता {when}{city} में हुई।",
                f"{when}{city} में {B} और {A} के अधिकारियों ने {ev.round}वें दौर की बातचीत की।",
                f"{A}-{B} वार्ता का {ev.round}वां दौर {when}{city} में संपन्न हुआ।"][variant % 3]
    if ev.kind == "expel":
        return [f"{A} ने {when}{B} के दो राजनयिकों को देश छोड़ने का आदेश दिया।",
                f"{when}{A} सरकार ने {B} दूतावास के दो अधिकारियों को निष्कासित कर दिया।",
                f"{B} के दो राजनयिकों को {A} ने {when}अवांछित व्यक्ति घोषित करते हुए निकाल दिया।"][variant % 3]
    place = BORDER_PLACES[ev.b][0]
    return [f"{A} ने {when}{B} के {place} शहर पर ड्रोन और मिसाइलों से हमला किया।",
            f"{when}{place} पर {A} की ओर से भारी हवाई हमले किए गए, {B} के अधिकारियों ने बताया।",
            f"{B} के {place} में {when}{A} के ड्रोन हमलों से कई इमारतें क्षतिग्रस्त हुईं।"][variant % 3]


def background(rng: random.Random, count: int) -> list[str]:
    """Background sentences, varied enough that unrelated articles share little text."""
    lines = []
    for _ in range(count):
        roll = rng.random()
        if roll < 0.5:
            lines.append(f"{rng.choice(SUBJECTS)} ने {rng.choice(QUALIFIERS)} {rng.choice(CLAIMS)}।")
        elif roll < 0.75:
            lines.append(rng.choice(FACTS).format(n=rng.randint(2, 40)) + "।")
        else:
            lines.append(f"{rng.choice(DETAILS)}।")
    return lines


def story(rng: random.Random, ev: Event, published: date, variant: int, dateline: bool) -> tuple[str, str]:
    when, form = date_phrase(rng, ev.day, published)
    lead = lead_sentence(ev, variant, when)
    head = f"{CITIES[ev.a][0]}, {published.day} {MONTHS[published.month - 1]} {rng.choice(AGENCIES)}। " if dateline else ""
    return head + " ".join([lead, *background(rng, rng.randint(6, 9))]), form


def with_clutter(rng: random.Random, title: str, body: str) -> str:
    top = [rng.choice(CLUTTER_TOP)] if rng.random() < 0.6 else []
    bottom = rng.sample(CLUTTER_BOTTOM, rng.randint(1, 3))
    return "\n".join([*top, title, body, *bottom])


def title_for(ev: Event) -> str:
    return f"{COUNTRIES[ev.a]} और {COUNTRIES[ev.b]} से जुड़ी बड़ी खबर"


def random_day(rng: random.Random) -> date:
    return date(2023, 1, 1) + timedelta(days=rng.randint(0, 3 * 365))


def base_event(rng: random.Random, number: int) -> Event:
    kind = rng.choice(["call", "call", "meet", "talks", "expel", "strike"])
    if kind == "strike":
        a, b = rng.choice(CONFLICT_DYADS)
    else:
        a, b = rng.sample(sorted(COUNTRIES), 2)
    types = {"call": "CONSULT", "meet": "CONSULT", "talks": "CONSULT", "expel": "REJECT", "strike": "ASSAULT"}
    return Event(f"E{number:05d}", kind, types[kind], a, b, random_day(rng), place=rng.choice([a, b]),
                 round=rng.randint(3, 21), topic=rng.choice(TOPICS))


def look_alike(rng: random.Random, ev: Event, number: int) -> Event:
    """A distinct event easily confused with ``ev``."""
    twin = Event(f"E{number:05d}", ev.kind, ev.type, ev.a, ev.b, ev.day, ev.place, ev.round, topic=rng.choice(TOPICS))
    if ev.kind in ("call", "meet"):
        twin.day = ev.day + timedelta(days=rng.choice([365, 372, -358]))  # the same leaders, another year
    elif ev.kind == "talks":
        twin.round, twin.day = (ev.round or 3) + 1, ev.day + timedelta(days=rng.randint(20, 60))
    elif ev.kind == "expel":
        twin.a, twin.b, twin.day = ev.b, ev.a, ev.day + timedelta(days=1)  # the reply, a day later
    else:
        twin.day = ev.day + timedelta(days=rng.choice([2, 3, 7]))  # strikes on another date
    return twin


def event_keys(ev: Event) -> set[tuple[str, str, str, date]]:
    """Days on which another event of this type and pair would be told the same way."""
    pair = tuple(sorted((ev.a, ev.b))) if ev.type == "CONSULT" else (ev.a, ev.b)
    return {(ev.type, *pair, ev.day + timedelta(days=d)) for d in (-1, 0, 1)}  # type: ignore[misc]


def make_events(rng: random.Random, count: int) -> list[Event]:
    """Base events, about a third with a look-alike; no two told alike by chance."""
    events: list[Event] = []
    taken: set[tuple[str, str, str, date]] = set()
    while len(events) < count:
        ev = base_event(rng, len(events))
        if event_keys(ev) & taken:
            continue
        twin = look_alike(rng, ev, len(events) + 1)
        if rng.random() < 0.35 and len(events) + 1 < count and not event_keys(twin) & taken:
            events += [ev, twin]
            taken |= {k for e in (ev, twin) for k in event_keys(e) if k[3] == e.day}
        else:
            events.append(ev)
            taken |= {k for k in event_keys(ev) if k[3] == ev.day}
    return events


def outlet_reports(rng: random.Random, ev: Event, counter: list[int]) -> list[Article]:
    """One to three outlets telling the event in their own words."""
    articles = []
    for variant, outlet in enumerate(rng.sample(OUTLETS, rng.randint(1, 3))):
        published = ev.day + timedelta(days=rng.choice([0, 1, 1]))
        body, form = story(rng, ev, published, variant + rng.randint(0, 2), dateline=rng.random() < 0.5)
        counter[0] += 1
        articles.append(Article(f"https://{outlet}.example/news/{counter[0]}", outlet, published.isoformat(),
                                with_clutter(rng, title_for(ev), body), ev.id, None, form))
    return articles


def wire_copies(rng: random.Random, ev: Event, counter: list[int]) -> list[Article]:
    """One agency story carried by two to four outlets, each with its own clutter."""
    published = ev.day + timedelta(days=rng.choice([0, 1]))
    body, form = story(rng, ev, published, rng.randint(0, 2), dateline=True)
    wire = f"W{ev.id}"
    copies = []
    for outlet in rng.sample(OUTLETS, rng.randint(2, 4)):
        counter[0] += 1
        text = edit_copy(rng, body)
        copies.append(Article(f"https://{outlet}.example/wire/{counter[0]}", outlet, published.isoformat(),
                              with_clutter(rng, title_for(ev), text), ev.id, wire, form))
    return copies


def edit_copy(rng: random.Random, body: str) -> str:
    """What an outlet does to a wire story: trims the end, swaps a line, adds its byline."""
    sentences = [x for x in body.split("। ") if x]
    edit = rng.choice(["none", "none", "trim", "swap", "append"])
    if edit == "trim":
        sentences = sentences[:-1]
    elif edit == "swap":
        sentences[rng.randrange(2, len(sentences))] = background(rng, 1)[0].rstrip("।")
    elif edit == "append":
        sentences.append(background(rng, 1)[0].rstrip("।"))
    text = "। ".join(s.rstrip("।") for s in sentences) + "।"
    return text + (" (संपादित अंश)" if rng.random() < 0.3 else "")


def make_articles(rng: random.Random, events: list[Event]) -> list[Article]:
    counter = [0]
    articles: list[Article] = []
    for ev in events:
        articles += outlet_reports(rng, ev, counter)
        if rng.random() < 0.45:
            articles += wire_copies(rng, ev, counter)
    rng.shuffle(articles)
    return articles


def event_truth(ev: Event) -> dict[str, object]:
    place = {"call": None, "meet": CITIES[ev.b][1], "talks": CITIES[ev.place or ev.a][1], "expel": None,
             "strike": BORDER_PLACES.get(ev.b, (None, None))[1]}[ev.kind]
    leaders = ev.kind in ("call", "meet")
    return {"type": ev.type, "kind": ev.kind, "day": ev.day.isoformat(), "place": place,
            "source": leader_of(ev.a)[2] if leaders else ev.a, "source_country": ev.a,
            "target": leader_of(ev.b)[2] if leaders else ev.b, "target_country": ev.b,
            "source_kind": "PERSON" if leaders else "GPE", "target_kind": "PERSON" if leaders else "GPE"}


def write_corpus(out: Path, events: list[Event], articles: list[Article]) -> None:
    out.mkdir(parents=True, exist_ok=True)
    with (out / "articles.jsonl").open("w", encoding="utf-8") as handle:
        for art in articles:
            handle.write(json.dumps({"url": art.url, "source": art.source, "published": art.published,
                                     "text": art.text}, ensure_ascii=False) + "\n")
    truth = {"articles": {a.url: {"event": a.event, "wire": a.wire, "date_form": a.date_form,
                                  "published": a.published} for a in articles},
             "events": {ev.id: event_truth(ev) for ev in events}}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1), encoding="utf-8")


def generate(out: Path, n_events: int, seed: int) -> int:
    rng = random.Random(seed)
    events = make_events(rng, n_events)
    articles = make_articles(rng, events)
    write_corpus(out, events, articles)
    return len(articles)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", type=Path)
    parser.add_argument("--events", type=int, default=800, help="distinct events (about 2.8 articles each)")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    count = generate(args.out, args.events, args.seed)
    print(f"{count} articles for {args.events} events written to {args.out}")


if __name__ == "__main__":
    main()
