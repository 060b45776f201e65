"""``whosaid analyze`` and ``whosaid info``."""

from __future__ import annotations

import datetime as dt
import json
import sys
from importlib import metadata
from typing import Any

import click

from whosaid import __version__
from whosaid.cli.options import reading_options
from whosaid.model import CueSet


@click.command("analyze")
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--format", "fmt", type=click.Choice(["jsonl", "json", "pretty"]), default=None,
    help="jsonl: one object per line (default when piped); json: one array; "
    "pretty: indented objects (default on a terminal).",
)
@reading_options
def analyze_cmd(
    paths: tuple[str, ...], fmt: str | None, published: str | None, reference_date: str | None,
    cues: CueSet, progress: bool | None,
) -> None:
    """Read news and print each article as schema-v1 JSON.

    PATHS are files (text, HTML, .gz, JSONL, WARC) or directories, read
    recursively; '-' reads standard input. The kind of each file is detected
    from its content.

    \b
    Examples:
      whosaid analyze examples/kyiv-nato-wire.txt --format pretty
      whosaid analyze page.html.gz --published 2024-12-22
      whosaid analyze tech-blogs/ --cues lexicon
      cat records.jsonl | whosaid analyze - --format jsonl
      whosaid analyze CC-NEWS-2024.warc.gz > articles.jsonl

    Exit status: 0 all items analysed, 1 some items failed (each named on
    stderr), 2 bad usage.
    """
    from whosaid.cli.run import run_analysis

    if fmt is None:
        fmt = "pretty" if sys.stdout.isatty() else "jsonl"
    ref = dt.date.fromisoformat(reference_date) if reference_date else None
    failed = 0
    first = True
    if fmt == "json":
        sys.stdout.write("[")
    for result in run_analysis(paths, published=published, reference_date=ref, cues=cues, progress=progress):
        if isinstance(result, str):
            failed += 1
            click.echo(f"error: {result}", err=True)
            continue
        obj = result.to_dict()
        for w in result.warnings:
            click.echo(f"warning: {result.source_name}: {w}", err=True)
        if fmt == "jsonl":
            sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")
        elif fmt == "json":
            sys.stdout.write(("" if first else ",\n") + json.dumps(obj, ensure_ascii=False))
        else:
            sys.stdout.write(json.dumps(obj, ensure_ascii=False, indent=2) + "\n")
        first = False
        sys.stdout.flush()
    if fmt == "json":
        sys.stdout.write("]\n")
    sys.exit(1 if failed else 0)


def versions() -> dict[str, Any]:
    from whosaid.nlp import MODEL_NAME, MODEL_PACKAGE

    def v(pkg: str) -> str | None:
        try:
            return metadata.version(pkg)
        except metadata.PackageNotFoundError:
            return None

    deps = ["spacy", "trafilatura", "htmldate", "dateparser", "warcio", "datasketch",
            "SQLAlchemy", "alembic", "click", "langdetect", "charset-normalizer", "pycountry"]
    return {
        "whosaid": __version__,
        "python": sys.version.split()[0],
        "model": MODEL_NAME,
        "model_version": v(MODEL_PACKAGE),
        "dependencies": {d: v(d) for d in deps},
        "learned_models": _learned_models(),
    }


def _learned_models() -> dict[str, dict[str, Any]]:
    """The statement stage's own shipped weights: what they were trained on."""
    from whosaid.statements import extent, learned

    out = {}
    for name, load in (("cues", learned.load_model), ("extent", extent.load_model)):
        m = load()
        out[name] = {"weights": len(m["weights"]), "articles": m.get("articles"),
                     "examples": m.get("examples"), "about": m.get("about")}
    return out


@click.command("info")
@click.option("--json", "as_json", is_flag=True, help="Print as one JSON object.")
def info_cmd(as_json: bool) -> None:
    """Show versions of whosaid, its key dependencies and the language model.

    \b
    Example:
      whosaid info --json | jq .model
    """
    info = versions()
    if as_json:
        click.echo(json.dumps(info, indent=2))
        return
    click.echo(f"whosaid {info['whosaid']} (Python {info['python']})")
    click.echo(f"model   {info['model']} {info['model_version']}")
    for name, ver in info["dependencies"].items():
        click.echo(f"  {name:<20} {ver or 'not installed'}")
    for name, m in info["learned_models"].items():
        click.echo(f"learned {name}: {m['weights']} weights, fit on {m['examples']} examples"
                   f" from {m['articles']} PolNeAR train articles")
