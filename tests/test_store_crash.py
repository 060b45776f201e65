"""Crash safety and concurrent writers: SIGKILL mid-batch, restart, nothing half-written or
lost; two processes writing one SQLite file neither corrupt it nor fail as "locked"."""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import func, select

from whosaid.store import open_store
from whosaid.store import tables as t
from whosaid.store.ingest import integrity_problems

PEOPLE = ["Olaf Scholz", "Emmanuel Macron", "Keir Starmer", "Giorgia Meloni", "Donald Tusk",
          "Pedro Sanchez", "Mark Rutte", "Ursula von der Leyen", "Antonio Guterres"]
CITIES = ["Berlin", "Paris", "London", "Rome", "Warsaw", "Madrid", "Brussels", "Geneva"]
TOPICS = ["energy prices", "migration", "defence spending", "the budget", "farm subsidies",
          "rail strikes", "housing", "climate targets", "trade tariffs", "hospital waiting lists"]
VERBS = ["said", "told reporters", "said in a statement", "told parliament"]


def small_articles(n: int, seed: int = 7) -> list[str]:
    """n distinct short news items with quotes, made of varied realistic sentences."""
    rng = random.Random(seed)
    out = []
    for i in range(n):
        who, city, topic = rng.choice(PEOPLE), rng.choice(CITIES), rng.choice(TOPICS)
        last = who.split()[-1]
        k = rng.randint(2, 40)
        out.append("\n\n".join([
            f"{city.upper()} - {who} {rng.choice(VERBS)} on Tuesday that talks on {topic} "
            f"would resume within {k} days, after item {i} of the negotiations stalled.",
            f"\u201cWe will not accept a deal on {topic} that leaves {k * 1000} families "
            f"worse off,\u201d {last} said.",
            f"Officials in {rng.choice(CITIES)} said {rng.randint(3, 90)} delegations were "
            f"expected, and that {rng.choice(PEOPLE)} would chair meeting number {i}.",
        ]))
    return out


def write_folder(tmp_path: Path, n: int) -> Path:
    d = tmp_path / "batch"
    d.mkdir()
    for i, text in enumerate(small_articles(n)):
        (d / f"item{i:04d}.txt").write_text(text, encoding="utf-8")
    return d


def ingest_cmd(folder: Path, db: str) -> list[str]:
    return [sys.executable, "-c", "from whosaid.cli import main; main()", "ingest", str(folder),
            "--db", db, "--no-progress"]


def stored(db: str) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as c:
            return c.execute("SELECT count(*) FROM articles").fetchone()[0]
    except sqlite3.Error:
        return 0


def per_article_counts(db: str) -> dict[str, tuple[int, int, int]]:
    engine = open_store(db)
    a = t.articles
    out = {}
    with engine.connect() as c:
        for uid, aid in c.execute(select(a.c.uid, a.c.id)):
            out[uid] = tuple(
                c.execute(select(func.count()).select_from(tb).where(tb.c.article_id == aid))
                .scalar_one() for tb in (t.statements, t.article_entities, t.times))
    return out


def test_sigkill_mid_batch_then_restart_completes(tmp_path):
    n = 150
    folder = write_folder(tmp_path, n)
    db = str(tmp_path / "crash.db")
    proc = subprocess.Popen(ingest_cmd(folder, db), stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 120
    while stored(db) < 40 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    at_kill = stored(db)
    assert 0 < at_kill < n, f"the kill should land mid-batch (stored {at_kill} of {n})"

    # nothing half-written: the interrupted store is consistent ...
    assert integrity_problems(open_store(db)) == []
    partial = per_article_counts(db)

    # ... and a restart stores exactly what is missing
    done = subprocess.run(ingest_cmd(folder, db), capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    summary = done.stderr.strip().splitlines()[-1]
    assert summary.startswith(f"ingested {n} articles ({n - at_kill} new, 0 updated, "
                              f"{at_kill} unchanged), 0 failed"), summary
    assert integrity_problems(open_store(db)) == []
    final = per_article_counts(db)
    assert len(final) == n  # every article exactly once
    # every article stored before the kill has exactly the rows a clean run gives it
    assert {k: final[k] for k in partial} == partial
    assert sum(s for s, _, _ in final.values()) >= n  # statements were found and stored


WRITER = """
import json, sys
sys.path.insert(0, {tests!r})
from test_store_crash import hand_articles
from whosaid.store import open_store
from whosaid.store.ingest import store_articles
start, stop = int(sys.argv[1]), int(sys.argv[2])
engine = open_store(sys.argv[3])
waits = []
res = list(store_articles(engine, hand_articles(start, stop), on_wait=waits.append))
print(json.dumps({{"stored": len(res), "waits": len(waits)}}))
"""


def hand_articles(start: int, stop: int):
    """Pre-analysed articles (no spaCy), so two writers contend for the store as hard as
    possible."""

    from test_store_support import make_article
    from whosaid.model import Statement

    texts = small_articles(stop, seed=11)
    for i in range(start, stop):
        art = make_article(texts[i].split("\n\n"), [], id=f"a{i}",
                           published=f"2024-12-{1 + i % 28:02d}")
        a = art.text.index("\u201c") + 1
        b = art.text.index("\u201d") - 1
        art.statements = [Statement("S1", "direct", art.text[a:b], [(a, b)],
                                    speaker_name=art.text.split(" - ")[1].split(" ")[0])]
        yield art


def test_two_writers_on_one_sqlite_file(tmp_path):
    db = str(tmp_path / "shared.db")
    open_store(db)  # both start on an existing store, as after a first ingest
    script = WRITER.format(tests=str(Path(__file__).parent))
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parent)}
    # overlapping ranges: 0-120 and 80-200, so 40 articles are written by both
    procs = [subprocess.Popen([sys.executable, "-c", script, a, b, db], env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for a, b in (("0", "120"), ("80", "200"))]
    outs = [p.communicate(timeout=300) for p in procs]
    for p, (out, err) in zip(procs, outs, strict=True):
        assert p.returncode == 0, err
        assert "database is locked" not in err
        assert json.loads(out)["stored"] == 120
    engine = open_store(db)
    with engine.connect() as c:
        assert c.execute(select(func.count()).select_from(t.articles)).scalar_one() == 200
        assert c.execute(select(func.count()).select_from(t.statements)).scalar_one() == 200
    assert integrity_problems(engine) == []
