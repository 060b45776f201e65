"""Store commands: ``ingest``, ``db``, ``statements``, ``timeline``, ``entities``,
``stories``, ``show`` and ``export``. Registered on the main group by :func:`register`."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable
from typing import Any

import click

from whosaid.cli.options import iso_date, reading_options
from whosaid.model import CueSet

DB_HELP = ("Store: a SQLite file path or postgresql://user@host/db "
           "(default: $WHOSAID_DB, else whosaid.db).")


def _db_option(f: Callable[..., Any]) -> Callable[..., Any]:
    return click.option("--db", metavar="PATH|URL", envvar="WHOSAID_DB", default=None,
                        help=DB_HELP)(f)



def _format_option(f: Callable[..., Any]) -> Callable[..., Any]:
    return click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]),
                        default="table", show_default=True,
                        help="json: one array of objects; csv: a header and one line per row.")(f)


def _open(db: str | None, *, create: bool = False) -> Any:
    from whosaid.store import StoreError, open_store

    try:
        return open_store(db, create=create)
    except StoreError as exc:
        raise click.ClickException(str(exc)) from None


def _emit(rows: list[Any], fmt: str, table: Callable[[], str]) -> None:
    from whosaid.store import render

    if fmt == "json":
        click.echo(render.as_json(rows))
    elif fmt == "csv":
        click.echo(render.as_csv(rows), nl=False)
    else:
        click.echo(table() if rows else "(nothing found)")


@click.command("ingest")
@click.argument("paths", nargs=-1, required=True)
@_db_option
@reading_options
def ingest_cmd(paths: tuple[str, ...], db: str | None, published: str | None,
               reference_date: str | None, cues: CueSet, progress: bool | None) -> None:
    """Analyse articles and store them, recognising syndicated copies.

    PATHS are anything `whosaid analyze` reads (files, directories, '-', .gz, JSONL,
    WARC). Each article is stored in its own transaction, so an interrupted ingest
    loses nothing already stored: run it again to finish. Ingesting the same article
    again (same URL, else same text) stores it once; an article analysed by a newer
    whosaid replaces its older analysis.

    \b
    Examples:
      whosaid ingest examples/ crawl/2024-12/
      whosaid ingest feed.jsonl --db postgresql://me@localhost/news
      WHOSAID_DB=news.db whosaid ingest CC-NEWS-2024.warc.gz

    Prints "ingested N articles (M new, K updated, J unchanged), F failed, S stories"
    on stderr. Exit status: 0 all stored, 1 some items failed (each named on stderr).
    """
    from whosaid.ingest import read_paths
    from whosaid.model import Article, ItemError
    from whosaid.pipeline import analyze_items
    from whosaid.store.ingest import store_articles

    engine = _open(db, create=True)
    ref = dt.date.fromisoformat(reference_date) if reference_date else None
    results: Any = analyze_items(read_paths(paths), reference_date=ref,
                                 default_published=published, cues=cues)
    if progress is None:
        progress = sys.stderr.isatty()
    if progress:
        from tqdm import tqdm

        results = tqdm(results, unit="article", file=sys.stderr, leave=False)
    failed = 0
    counts = {"new": 0, "updated": 0, "unchanged": 0}
    story_ids: set[int] = set()

    def good() -> Any:
        nonlocal failed
        for r in results:
            if isinstance(r, ItemError):
                failed += 1
                click.echo(f"error: {r}", err=True)
            elif isinstance(r, Article):
                yield r

    def wait(msg: str) -> None:
        click.echo(f"waiting: {msg}", err=True)

    for stored in store_articles(engine, good(), on_wait=wait):
        counts[stored.status] += 1
        if stored.story_id is not None:
            story_ids.add(stored.story_id)
    n = sum(counts.values())
    click.echo(f"ingested {n} articles ({counts['new']} new, {counts['updated']} updated, "
               f"{counts['unchanged']} unchanged), {failed} failed, {len(story_ids)} stories",
               err=True)
    sys.exit(1 if failed else 0)


@click.group("db")
def db_group() -> None:
    """Manage the store's schema.

    \b
    Example:
      whosaid db upgrade --db news.db
    """


@db_group.command("upgrade")
@_db_option
def db_upgrade_cmd(db: str | None) -> None:
    """Migrate the store's schema to this whosaid's version (creates a new store).

    Also recomputes the syndication signatures when this whosaid computes them
    differently from the whosaid that stored them, and rebuilds the stories.

    \b
    Examples:
      whosaid db upgrade
      whosaid db upgrade --db postgresql://me@localhost/news
    """
    from whosaid.store.db import make_engine, resolve, upgrade

    before, after, regrouped = upgrade(make_engine(db))
    name = resolve(db)
    if before == after:
        click.echo(f"{name}: already at schema revision {after}")
    else:
        click.echo(f"{name}: upgraded schema {before or '(new store)'} → {after}")
    if regrouped:
        click.echo(f"{name}: story signatures recomputed for {regrouped} articles, stories rebuilt")


@db_group.command("check")
@_db_option
def db_check_cmd(db: str | None) -> None:
    """Check the store's consistency (exit 1 on a problem).

    \b
    Example:
      whosaid db check --db news.db
    """
    from whosaid.store.ingest import integrity_problems

    problems = integrity_problems(_open(db))
    for p in problems:
        click.echo(f"problem: {p}", err=True)
    if problems:
        sys.exit(1)
    click.echo("ok")


@click.command("statements")
@click.option("--speaker", metavar="NAME", help="Any name or alias: 'Zelensky' finds Zelenskyy.")
@click.option("--about", metavar="TEXT", help="Words that must all occur in the statement "
              "or its sentence (full-text, stemmed).")
@click.option("--since", callback=iso_date, metavar="DATE", help="First day, inclusive.")
@click.option("--until", callback=iso_date, metavar="DATE", help="Last day, inclusive.")
@click.option("--kind", "kinds", multiple=True, type=click.Choice(["direct", "indirect", "mixed"]),
              help="Only this kind (repeatable).")
@click.option("--limit", type=int, default=50, show_default=True, help="At most N rows (0: all).")
@_format_option
@_db_option
def statements_cmd(speaker: str | None, about: str | None, since: str | None,
                   until: str | None, kinds: tuple[str, ...], limit: int, fmt: str,
                   db: str | None) -> None:
    """Who said what, newest first; a quotation carried by several syndicated
    copies is shown once, with the number of copies.

    \b
    Examples:
      whosaid statements --speaker Zelensky --about NATO
      whosaid statements --about "peace talks" --since 2024-12-01 --format json
      whosaid statements --speaker Putin --kind direct --format csv > putin.csv
    """
    from whosaid.store import queries, render

    rows = queries.statements(_open(db), speaker=speaker, about=about, since=since,
                              until=until, kinds=kinds, limit=limit or None)
    _emit(rows, fmt, lambda: render.table(
        [(r.date, r.speaker, r.kind, r.content, r.outlet, r.article, r.copies) for r in rows],
        ["date", "speaker", "kind", "content", "outlet", "article", "copies"],
        [10, 22, 8, 70, 18, 16, 6]))


@click.command("timeline")
@click.argument("name")
@click.option("--about", metavar="TEXT", help="Only statements containing these words.")
@click.option("--by", type=click.Choice(["day", "week"]), default="day", show_default=True)
@click.option("--since", callback=iso_date, metavar="DATE")
@click.option("--until", callback=iso_date, metavar="DATE")
@_format_option
@_db_option
def timeline_cmd(name: str, about: str | None, by: str, since: str | None, until: str | None,
                 fmt: str, db: str | None) -> None:
    """How many distinct statements NAME made per day or week (syndicated copies
    counted once), as a table and a bar chart.

    \b
    Examples:
      whosaid timeline Zelensky --about NATO --by week
      whosaid timeline "Vladimir Putin" --since 2024-12-01 --format csv
    """
    from whosaid.store import queries, render

    points = queries.timeline(_open(db), name, about=about, since=since, until=until,
                              by=by)  # type: ignore[arg-type]
    _emit(points, fmt, lambda: render.bars([(p.period, p.count) for p in points]))


@click.command("entities")
@click.option("--type", "type_", metavar="TYPE", help="PERSON, ORG, GPE, NORP, LOC, …")
@click.option("--name", metavar="NAME", help="Only entities with this name or alias.")
@click.option("--limit", type=int, default=50, show_default=True, help="At most N rows (0: all).")
@_format_option
@_db_option
def entities_cmd(type_: str | None, name: str | None, limit: int, fmt: str,
                 db: str | None) -> None:
    """Entities by the number of articles that mention them, with their aliases.

    \b
    Examples:
      whosaid entities --type PERSON --limit 20
      whosaid entities --name Zelensky --format json
    """
    from whosaid.store import queries, render

    rows = queries.entities(_open(db), type=type_, name=name, limit=limit or None)
    _emit(rows, fmt, lambda: render.table(
        [(r.name, r.type, r.n_articles, r.n_mentions, r.n_statements, ", ".join(r.aliases),
          r.key) for r in rows],
        ["name", "type", "articles", "mentions", "statements", "aliases", "key"],
        [28, 7, 8, 8, 10, 40, 0]))


@click.command("stories")
@click.option("--min-articles", type=int, default=2, show_default=True,
              help="Only stories carried by at least N articles (1: every article).")
@click.option("--since", callback=iso_date, metavar="DATE")
@click.option("--until", callback=iso_date, metavar="DATE")
@click.option("--limit", type=int, default=20, show_default=True, help="At most N stories.")
@_format_option
@_db_option
def stories_cmd(min_articles: int, since: str | None, until: str | None, limit: int, fmt: str,
                db: str | None) -> None:
    """Syndicated stories, newest first, each with its copies; the original
    (earliest published) is marked *, and each copy says what it added or cut.

    \b
    Examples:
      whosaid stories --since 2024-12-01
      whosaid stories --format json | jq '.[0].articles'
    """
    from whosaid.store import queries, render

    rows = queries.stories(_open(db), min_articles=min_articles, since=since, until=until,
                           limit=limit or None)
    if fmt == "csv":  # flat: one line per copy
        flat = [{"story_id": s.story_id, **render.records([a])[0]}
                for s in rows for a in s.articles]
        click.echo(render.as_csv(flat), nl=False)
        return

    def text() -> str:
        out = []
        for s in rows:
            out.append(f"story {s.story_id}  {s.published or '????-??-??'}  "
                       f"{s.n_articles} articles  {s.title or ''}")
            for a in s.articles:
                sim = "" if a.similarity is None else f"{a.similarity:.2f}"
                change = "" if a.original else f"+{len(a.added)}/-{len(a.removed)} paragraphs"
                out.append(f"  {'*' if a.original else ' '} {a.article:<16} "
                           f"{a.published or '':<10} {(a.outlet or '')[:24]:<24} {sim:>4} {change}")
        return "\n".join(out)

    _emit(rows, fmt, text)


@click.command("show")
@click.argument("article_id")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text",
              show_default=True)
@click.option("--color/--no-color", default=None, help="Colour statements (default: on a terminal).")
@_db_option
def show_cmd(article_id: str, fmt: str, color: bool | None, db: str | None) -> None:
    """Print a stored article with its statements marked [[like this]]S1 (or
    coloured on a terminal), then the list of statements.

    ARTICLE_ID is the id `whosaid statements` prints (or the store's number).

    \b
    Examples:
      whosaid show 3f1c0a9be2d44c17
      whosaid show 3f1c0a9be2d44c17 --format json | jq '.[0].statements'
    """
    from whosaid.store import queries, render

    view = queries.show(_open(db), article_id)
    if view is None:
        raise click.ClickException(f"no article {article_id!r} in the store")
    if fmt == "json":
        click.echo(render.as_json([view]))
        return
    if color is None:
        color = sys.stdout.isatty()
    spans = [(a, b, s["local_id"]) for s in view.statements if s["source"] == "text"
             for a, b in s["content_spans"]]
    click.echo(f"{view.title or '(no title)'}\n{view.outlet or ''}  {view.published or ''}  "
               f"{view.url or ''}  [{view.article}]\n")
    click.echo(render.mark(view.text, spans, color))
    if view.statements:
        click.echo("\nstatements:")
    for s in view.statements:
        click.echo(f"  {s['local_id']:<4} {s['kind']:<8} {s['speaker_name'] or '?'}: {s['content']}")


@click.command("export")
@click.option("--table", "table", type=click.Choice(["articles", "statements", "entities", "times"]),
              required=True)
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "parquet"]), default="jsonl",
              show_default=True)
@click.option("-o", "--output", metavar="FILE", help="Write here (default: stdout; parquet needs it).")
@_db_option
def export_cmd(table: str, fmt: str, output: str | None, db: str | None) -> None:
    """Export a table of the store, one row per stored item.

    \b
    Examples:
      whosaid export --table statements --format csv -o statements.csv
      whosaid export --table articles --format parquet -o articles.parquet
      whosaid export --table entities | jq -r .name | sort | uniq -c
    """
    from whosaid.store import export

    if fmt == "parquet" and not output:
        raise click.UsageError("--format parquet needs -o FILE")
    n = export.write(_open(db), table, fmt, output or sys.stdout)
    if output:
        click.echo(f"wrote {n} {table} rows to {output}", err=True)


def register(main: click.Group) -> None:
    for cmd in (ingest_cmd, db_group, statements_cmd, timeline_cmd, entities_cmd, stories_cmd,
                show_cmd, export_cmd):
        main.add_command(cmd)
