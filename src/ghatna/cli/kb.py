"""Knowledge-base commands (lookup, import, stats): a thin skin over ``ghatna.kb``.

``register(app)`` adds them to the main app as ``ghatna kb ...``.

Lookup first tries exact forms (``KnowledgeBase.lookup``); when none match it ranks
every form by rapidfuzz similarity. Matching crosses scripts in Latin: Hindi forms are
romanized (``romanize.romanize``, built on indic_transliteration) so "Vladimir Poutin"
finds "व्लादिमीर पुतिन", and a Hindi query is romanized to meet Latin forms.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from ghatna.cli.terminal import fail as terminal_fail
from ghatna.cli.terminal import plain
from ghatna.errors import GhatnaError
from ghatna.knowledge.kb import (
    KBEntry,
    KnowledgeBase,
    all_forms,
    bundled_files,
    load_kb,
    user_entries,
)

KbOption = Annotated[list[Path] | None,
                     typer.Option("--kb", help="Extra knowledge-base file (YAML or TSV); repeatable.")]
MIN_SCORE = 80.0
SCORE_MARGIN = 10.0  # candidates this far below the best one are noise
MAX_CANDIDATES = 5


@dataclass(frozen=True, slots=True)
class Hit:
    """One entry a query resolved to, with the form that matched and how well."""

    entry: KBEntry
    form: str
    score: float


def is_devanagari(text: str) -> bool:
    return any("\u0900" <= c <= "\u097f" for c in text)


@cache
def latin_key(form: str) -> str:
    """A form in lowercase Latin letters: Hindi forms romanized, Latin ones as they are."""
    from rapidfuzz import utils

    from ghatna.extraction.romanize import romanize

    return utils.default_process(romanize(form) if is_devanagari(form) else form)


def exact_hits(kb: KnowledgeBase, name: str) -> list[Hit]:
    key = name.strip().lower()
    hits = []
    for entry in kb.lookup(name):
        form = next((f for f in all_forms(entry) if f.lower() == key), name)
        hits.append(Hit(entry, form, 100.0))
    return hits


def form_table(kb: KnowledgeBase, devanagari: bool) -> list[tuple[str, str, KBEntry]]:
    """(comparison key, form, entry) for every form: Hindi forms as they are for a Hindi
    query, and every form in Latin letters for cross-script matching."""
    rows = []
    for entry in kb:
        for form in all_forms(entry):
            if devanagari and is_devanagari(form):
                rows.append((form, form, entry))
            rows.append((latin_key(form), form, entry))
    return rows


def fuzzy_hits(kb: KnowledgeBase, name: str, limit: int = MAX_CANDIDATES) -> list[Hit]:
    """The closest entries by any form, best first, one hit per entry."""
    from rapidfuzz import fuzz, process

    rows = form_table(kb, is_devanagari(name))
    keys = [r[0] for r in rows]
    queries = {name, latin_key(name)} if is_devanagari(name) else {latin_key(name)}
    best: dict[str, Hit] = {}
    for query in queries:
        for _, score, i in process.extract(query, keys, scorer=fuzz.token_sort_ratio, processor=None,
                                           score_cutoff=MIN_SCORE, limit=limit * 10):
            _, form, entry = rows[i]
            if entry.kb_id not in best or best[entry.kb_id].score < score:
                best[entry.kb_id] = Hit(entry, form, score)
    ranked = sorted(best.values(), key=lambda h: -h.score)
    top = ranked[0].score if ranked else 0.0
    return [h for h in ranked if h.score >= top - SCORE_MARGIN][:limit]


def find_entries(kb: KnowledgeBase, name: str) -> list[Hit]:
    """Exact form matches, else the closest candidates."""
    return exact_hits(kb, name) or fuzzy_hits(kb, name)


def office_text(entry: KBEntry) -> str:
    office = entry.office_on(None)
    if office is not None:
        return f"{office.role} ({office.sector})" if office.sector else office.role
    return entry.sector or ""


def hits_table(name: str, hits: list[Hit]) -> Table:
    table = Table(title=plain(repr(name)))
    for column in ("kb_id", "name", "type", "country", "office / sector", "matched form", "score"):
        table.add_column(column)
    for hit in hits:
        e = hit.entry
        table.add_row(*(plain(v) for v in (e.kb_id, e.name, e.type, e.country, office_text(e), hit.form,
                                           f"{hit.score:.0f}")))
    return table


def load_or_exit(kb_files: list[Path] | None) -> KnowledgeBase:
    try:
        return load_kb(kb_files or ())
    except GhatnaError as err:
        raise fail(str(err)) from err


def fail(message: str) -> typer.Exit:
    return terminal_fail(message, code=1)


def lookup(
    name: Annotated[str, typer.Argument(help="A Hindi or English name, e.g. पुतिन or 'Vladimir Putin'.")],
    kb: KbOption = None,
) -> None:
    """Show what a name resolves to: exact form matches, else the closest candidates."""
    hits = find_entries(load_or_exit(kb), name)
    if not hits:
        raise fail(f"nothing in the knowledge base matches {name!r}; add it with a --kb file")
    Console().print(hits_table(name, hits))


def import_dump(
    dump: Annotated[Path, typer.Argument(help="Wikidata JSON dump (.json, .json.gz or .json.bz2).")],
    output: Annotated[Path, typer.Option("-o", "--output", help="YAML file to write (use it with --kb).")],
) -> None:
    """Import people, countries, cities and organisations with Hindi names from a Wikidata dump."""
    from ghatna.knowledge.kb_import import import_wikidata

    logging.basicConfig(level=logging.WARNING)
    try:
        stats = import_wikidata(dump, output)
    except GhatnaError as err:
        raise fail(str(err)) from err
    Console().print(plain(f"read {stats.read}, kept {stats.kept}, skipped {stats.skipped}, "
                          f"malformed {stats.malformed} -> {output}"))
    if stats.read == 0:
        raise fail(f"no entities in {dump}: is it a Wikidata JSON dump?")


def entries_by_file(kb_files: Iterable[Path]) -> Iterator[tuple[str, Iterable[KBEntry]]]:
    yield from bundled_files()
    for path in kb_files:
        yield str(path), user_entries(path)


def stats(kb: KbOption = None) -> None:
    """Count entries by type and file."""
    table = Table(title="knowledge base")
    types = ("PERSON", "GPE", "LOC", "ORG")
    for column in ("file", *types, "total"):
        table.add_column(column)
    try:
        for name, entries in entries_by_file(kb or ()):
            counts = Counter(e.type for e in entries)
            table.add_row(plain(name), *(str(counts[t]) for t in types), str(sum(counts.values())))
    except GhatnaError as err:
        raise fail(str(err)) from err
    console = Console()
    console.print(table)
    console.print(f"{len(load_or_exit(kb))} entries after user overrides")


def register(app: typer.Typer) -> None:
    """Add the ``kb`` command group to ``app``."""
    kb_app = typer.Typer(help="Inspect and extend the knowledge base.", no_args_is_help=True)
    kb_app.command("lookup")(lookup)
    kb_app.command("import")(import_dump)
    kb_app.command("stats")(stats)
    app.add_typer(kb_app, name="kb")
