"""Fixtures and hand-built articles shared by the store tests (no tests here).

A ``db_url`` fixture (params=BACKENDS, body backend_url) runs a test against SQLite (a file in tmp_path) and PostgreSQL (a fresh schema
per test on the server in $WHOSAID_TEST_PG_URL, which scripts/test sets from
``bash scripts/pg``). Without that variable the PostgreSQL half is skipped locally and
FAILS under CI=true, so CI cannot silently test only SQLite.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine

from whosaid.model import Article, Entity, Statement, TimeExpr


def _pg_base() -> str:
    url = os.environ.get("WHOSAID_TEST_PG_URL")
    if not url:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail("WHOSAID_TEST_PG_URL is not set under CI=true: the PostgreSQL store "
                        "tests must run (scripts/test sets it from `bash scripts/pg`)")
        pytest.skip("WHOSAID_TEST_PG_URL not set (run `bash scripts/pg` and export its URL)")
    return url


BACKENDS = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]


def backend_url(backend: str, tmp_path) -> Iterator[str]:
    """The body of each store test module's ``db_url`` fixture (params=BACKENDS)."""
    if backend == "sqlite":
        yield str(tmp_path / "store.db")
        return
    base = _pg_base()
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(base.replace("postgresql://", "postgresql+psycopg://", 1))
    with admin.begin() as c:
        c.exec_driver_sql(f"CREATE SCHEMA {schema}")
    try:
        yield f"{base}{'&' if '?' in base else '?'}options=-csearch_path%3D{schema}"
    finally:
        with admin.begin() as c:
            c.exec_driver_sql(f"DROP SCHEMA {schema} CASCADE")
        admin.dispose()


# A wire story about Ukraine and NATO, in paragraphs, and who is who in it.
WIRE = [
    "KYIV (Reuters) - Ukrainian President Volodymyr Zelenskyy said on Sunday that membership "
    "in NATO was achievable for Ukraine, but stressed that Kyiv must work hard to persuade "
    "its allies.",
    "\u201cWe all understand that inviting Ukraine to NATO and joining the alliance can only "
    "be a political decision,\u201d Zelensky said.",
    "Moscow has long opposed NATO expansion and has cited Ukraine's potential membership as "
    "a key justification for its full-scale invasion in 2022.",
    "Kremlin spokesman Dmitry Peskov said Russia would never accept Western troops in Ukraine.",
    "\u201cThe alliance for Ukraine is feasible, but only if we fight for this decision at all "
    "necessary levels,\u201d Zelensky told diplomats in Kyiv.",
    "Zelensky also urged European nations to provide security guarantees after the war.",
]
PEOPLE = {
    "person:zelensky": ("Volodymyr Zelenskyy", ["Volodymyr Zelenskyy", "Zelensky"]),
    "person:peskov": ("Dmitry Peskov", ["Dmitry Peskov", "Peskov"]),
    "org:nato": ("NATO", ["NATO", "North Atlantic Treaty Organization"]),
}
# (speaker key, kind, content) as they occur in WIRE
WIRE_QUOTES = [
    ("person:zelensky", "indirect", "membership in NATO was achievable for Ukraine"),
    ("person:zelensky", "direct", "We all understand that inviting Ukraine to NATO and joining "
     "the alliance can only be a political decision,"),
    ("person:peskov", "indirect", "Russia would never accept Western troops in Ukraine"),
    ("person:zelensky", "direct", "The alliance for Ukraine is feasible, but only if we fight "
     "for this decision at all necessary levels,"),
]


def make_article(
    paragraphs: list[str], quotes: list[tuple[str, str, str]], *, id: str,
    url: str | None = None, outlet: str | None = None, published: str | None = None,
    title: str | None = None, said: dict[str, str] | None = None,
) -> Article:
    """An analysed Article as the pipeline would give it, with spans found in the text."""
    text = "\n\n".join(paragraphs)
    ents: dict[str, Entity] = {}
    for key, (name, aliases) in PEOPLE.items():
        spans = []
        for form in {name, *aliases}:
            start = text.find(form)
            while start >= 0:
                spans.append((start, start + len(form)))
                start = text.find(form, start + 1)
        if spans:
            ents[key] = Entity(f"E{len(ents) + 1}", key, name,
                               "ORG" if key.startswith("org:") else "PERSON",
                               aliases=list(aliases), mentions=sorted(set(spans)))
    stmts = []
    for key, kind, content in quotes:
        start = text.find(content)
        assert start >= 0, content
        end = start + len(content)
        p0 = text.rfind("\n\n", 0, start)
        p1 = text.find("\n\n", end)
        sent = (p0 + 2 if p0 >= 0 else 0, p1 if p1 >= 0 else len(text))
        ent = ents.get(key)
        stmts.append(Statement(
            f"S{len(stmts) + 1}", kind, content, [(start, end)],  # type: ignore[arg-type]
            speaker=ent.id if ent else None, speaker_name=PEOPLE[key][0], cue="said",
            date=(said or {}).get(content), sentence_span=sent))
    times = []
    day = text.find("on Sunday")
    if day >= 0 and published:
        times.append(TimeExpr("T1", "on Sunday", (day, day + 9), "DATE", published))
    return Article(id=id, text=text, url=url, outlet=outlet, published=published, title=title,
                   published_source="input" if published else None, language="en",
                   entities=list(ents.values()), statements=stmts, times=times)


def wire_original(**kw: object) -> Article:
    args: dict = {"id": "orig", "url": "https://wire.example/ukraine-nato", "outlet": "Reuters",
                  "published": "2024-12-22", "title": "Zelensky says NATO membership feasible"}
    args.update(kw)
    return make_article(WIRE, WIRE_QUOTES, **args)


def wire_copy(**kw: object) -> Article:
    """A syndicated copy: new headline, the Moscow paragraph cut, one paragraph added,
    straight quote marks re-typed."""
    paras = [p.replace("Reuters", "AFP") for p in WIRE if not p.startswith("Moscow")]
    paras = [p.replace("\u201c", '"').replace("\u201d", '"') for p in paras]
    paras.append("The European Union is preparing a new package of sanctions against Russia.")
    quotes = [(k, kind, c) for k, kind, c in WIRE_QUOTES]
    args: dict = {"id": "copy", "url": "https://daily.example/world/zelensky-nato",
                  "outlet": "Daily Example", "published": "2024-12-23",
                  "title": "Kyiv can join NATO, Zelenskyy insists"}
    args.update(kw)
    return make_article(paras, quotes, **args)


OTHER = [
    "WASHINGTON (AP) - The Federal Reserve cut interest rates by a quarter point on Wednesday, "
    "its third reduction this year, and signalled fewer cuts ahead.",
    "Fed Chair Jerome Powell said the economy remained strong but inflation was still too high.",
    "Markets fell sharply after the announcement, with the S&P 500 losing nearly 3 percent.",
]


def unrelated() -> Article:
    return make_article(OTHER, [], id="fed", url="https://ap.example/fed-cut", outlet="AP",
                        published="2024-12-18", title="Fed cuts rates")
