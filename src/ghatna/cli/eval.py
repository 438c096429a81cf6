"""``ghatna eval``: accuracy against gold, a thin skin over ``ghatna.evaluate``."""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Annotated, Any

import typer

from ghatna.errors import GhatnaError


def eval_command(
    gold: Annotated[Path | None, typer.Argument(
        help="Gold file in the shared format ({\"version\": 1, \"documents\": [...]}, see "
             "shared/eval/ANNOTATION.md). Leave out with --annotations.")] = None,
    paths: Annotated[list[str] | None, typer.Argument(
        help="Articles (as `extract` takes them: the pipeline runs) or record files that `extract` "
             "wrote (JSON Lines with body/events/entities). Paired with gold by file name.")] = None,
    annotations: Annotated[Path | None, typer.Option(
        "--annotations", help="Score the project's own annotations of real news instead (a folder "
                              "such as training/annotations; needs ../shared for the text).")] = None,
    split: Annotated[str, typer.Option(help="With --annotations: dev, train or all.")] = "dev",
    show_misses: Annotated[bool, typer.Option("--show-misses", help="List every miss by document (stderr).")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object: summary, by_type, by_kind.")] = False,
    kb: Annotated[list[Path] | None, typer.Option("--kb", help="Extra knowledge-base file; repeatable.")] = None,
) -> None:
    """Score ghatna against gold: the shared scorer's measures, then event recall and
    precision per PLOVER type and recall per actor kind (named, generic, unknown, domestic).

    Examples: `ghatna eval ../shared/gold/seeds.json ../shared/seeds` (articles: the
    pipeline runs), `ghatna eval gold.json out.jsonl` (records `extract` wrote),
    `ghatna eval --annotations training/annotations --split dev`.
    """
    from ghatna.evaluate.run import evaluate_annotations, evaluate_gold
    from ghatna.pipeline import Pipeline
    from ghatna.settings import Settings

    logging.basicConfig(level=logging.ERROR)
    pipeline = Pipeline(Settings(kb_files=tuple(kb or ())))
    try:
        if annotations is not None:
            result = evaluate_annotations(annotations, split, pipeline)
        elif gold is not None and paths:
            result = evaluate_gold(gold, paths, pipeline)
        else:
            raise typer.BadParameter("give GOLD and PATH..., or --annotations FOLDER")
    except GhatnaError as err:
        typer.echo(f"error {err}", err=True)
        raise typer.Exit(2) from err
    print_result(result, as_json)
    if show_misses:
        for name, misses in result.notes:
            for miss in misses:
                typer.echo(f"{name}: {miss}", err=True)
    for failure in result.failed:
        typer.echo(f"error {failure}", err=True)


def print_result(result: Any, as_json: bool) -> None:
    summary = result.summary()
    by_type, by_kind = result.breakdown("type"), result.breakdown("kind")
    if as_json:
        typer.echo(json.dumps({**summary, "by_type": by_type, "by_kind": by_kind}, sort_keys=True))
        return
    for key in sorted(result.tally.parts):
        if ":" in key:
            continue
        hits, out_of = result.tally.parts[key]
        ratio = summary[key]
        typer.echo(f"{key:28s} {hits:7.1f} / {out_of:<4d} {ratio if ratio is not None else '-'}")
    for key in sorted(k for k in result.tally.counts if not k.startswith("documents")):
        typer.echo(f"{key:28s} {result.tally.counts[key]}")
    for title, table in (("PLOVER type", by_type), ("actor kind", by_kind)):
        if table:
            typer.echo(f"\nevents (dyad level) by {title}:")
            typer.echo(f"  {'':12s} {'recall':>8s} {'of':>5s} {'precision':>10s} {'of':>5s}")
            for name, row in table.items():
                typer.echo(f"  {name:12s} {fmt(row.get('recall')):>8s} {row.get('recall_n', 0):>5d} "
                           f"{fmt(row.get('precision')):>10s} {row.get('precision_n', 0):>5d}")


def fmt(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def register(app: typer.Typer) -> None:
    app.command("eval")(eval_command)
