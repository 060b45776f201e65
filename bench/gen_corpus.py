"""Generate many analysed articles with known story identity, fast, for the store benchmarks.

    .venv/bin/python bench/gen_corpus.py --n 1000 --out bench/out/corpus.jsonl [--heavy]

The seed texts (PolNeAR train articles and examples/kyiv-nato-wire.txt) are analysed once
with ``whosaid.pipeline.analyze_items`` and cached in ``bench/out/`` (keyed by the seed
files and whosaid's source, so a changed stage re-analyses). Articles are then assembled
from the seeds' paragraphs, carrying the paragraphs' entities, statements and times with
their spans shifted — no spaCy per article:

- a *story* (independent article): 6–9 runs of 1–2 consecutive paragraphs, each from
  another seed, dealt without replacement (``_Chunks``) so stories rarely overlap; some
  non-quote words swapped for synonyms; a random date in 2025, an outlet from a list;
- a *syndicated copy* of a story: a new headline, another outlet, 0–3 days later, a cut
  and/or added paragraph, a changed dateline agency, a translated credit line, re-typed
  quote marks. ``heavy=True`` edits harder: many paragraphs cut, several added, reordered,
  reworded, truncated — to show where near-duplicate detection breaks.

Each article is yielded with its true story id. A copy only ever follows its story.
Output lines are ``Article.to_dict()`` plus ``"_story"`` (the true story id).
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import random
import re
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from whosaid.model import SCHEMA_VERSION, Article, Entity, RawItem, Statement, TimeExpr

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
POLNEAR = SHARED / "eval/polnear/data"
CACHE_DIR = ROOT / "bench/out"

OUTLETS = [
    "Associated Press", "Reuters", "AFP", "The Guardian", "BBC News", "CNN", "Politico",
    "The Washington Post", "The New York Times", "USA Today", "Fox News", "NBC News",
    "Deutsche Welle", "France 24", "Euronews", "Al Jazeera", "The Independent", "Daily Mail",
    "The Hill", "Newsweek", "Yahoo News", "ABC News", "CBS News", "Sky News", "The Times",
    "Los Angeles Times", "Chicago Tribune", "Boston Globe", "Miami Herald", "Seattle Times",
    "Kyiv Independent", "Irish Times", "Toronto Star", "Sydney Morning Herald", "RFI",
    "The Local", "Breitbart", "HuffPost", "Western Journal", "Star Tribune",
]
AGENCIES = ["AP", "Reuters", "AFP", "dpa", "UPI"]
CREDIT_LINES = [
    "With the contribution of agencies",
    "Avec la contribution des agences.",
    "Mit Material von dpa und AFP.",
    "Con información de agencias.",
    "(Reporting by wire staff; editing by the news desk)",
    "Associated Press writers contributed to this report.",
]
HEADLINE_PREFIXES = ["", "", "", "UPDATE: ", "Live: ", "Analysis: ", "Breaking: "]
YEAR_START = dt.date(2025, 1, 1)
# Copies per syndicated story: groups of 2-6 articles.
MIN_COPIES, MAX_COPIES = 1, 5
_DATELINE_AGENCY = re.compile(r"^[A-Z][A-Z .,'’-]{1,40}( \((?:AP|AFP|Reuters|UPI)\))")
_SLUG = re.compile(r"[^a-z0-9]+")

# Common non-quote words and plain substitutes; enough to vary wording between stories.
SYNONYMS = {
    "big": ["large", "major"], "large": ["big", "sizeable"], "small": ["little", "minor"],
    "began": ["started"], "started": ["began"], "start": ["begin"], "begin": ["start"],
    "helped": ["assisted"], "showed": ["indicated"], "shows": ["indicates"],
    "important": ["key", "significant"], "major": ["big", "key"], "also": ["additionally"],
    "however": ["still"], "but": ["yet"], "after": ["following"], "many": ["numerous"],
    "often": ["frequently"], "recent": ["latest"], "recently": ["lately"], "quickly": ["rapidly"],
    "country": ["nation"], "nation": ["country"], "voters": ["the electorate"],
    "meeting": ["session"], "talks": ["discussions"], "criticized": ["slammed", "attacked"],
    "announced": ["unveiled"], "tried": ["attempted"], "wanted": ["sought"],
    "difficult": ["hard"], "officials": ["authorities"], "lawmakers": ["legislators"],
    "effort": ["push"], "issue": ["matter"], "issues": ["matters"], "several": ["a number of"],
    "nearly": ["almost"], "almost": ["nearly"], "largest": ["biggest"],
}
_WORDS = re.compile(r"[A-Za-z]+")
_QUOTED = re.compile(r"“[^”]*”|\"[^\"\n]*\"")
_PARA = re.compile(r"[^\n]*\S[^\n]*")  # one paragraph per non-blank line
_ISO_DAY = re.compile(r"^(\d{4}-\d{2}-\d{2})")
_TO_STRAIGHT = str.maketrans("“”‘’", "\"\"''")
_TO_CURLY_APOS = str.maketrans("'", "’")
Edit = tuple[int, int, str]


@dataclass
class Para:
    """One seed paragraph with its annotations; spans relative to the paragraph start."""

    seed: int
    first_index: int  # pool index of this seed's first paragraph
    title: str
    credit: str | None
    date: dt.date | None
    text: str
    entmeta: dict[str, dict[str, Any]]  # shared by the seed's paragraphs: key → Entity fields
    ents: list[tuple[str, int, int]] = field(default_factory=list)
    stmts: list[dict[str, Any]] = field(default_factory=list)  # Statement fields, speaker = key
    times: list[dict[str, Any]] = field(default_factory=list)
    swappable: list[tuple[int, int, list[str]]] = field(default_factory=list)
    dateline_agency: tuple[int, int] | None = None


@dataclass
class Recipe:
    id: str
    paras: list[int]
    swaps: dict[int, list[Edit]]
    title: str
    outlet: str
    published: dt.date
    credit: str | None
    url_slug: str
    tail: str | None = None
    quotes: str = "keep"


def swappable_words(
    text: str, protected: list[tuple[int, int]] | None = None, caps: bool = False
) -> list[tuple[int, int, list[str]]]:
    """Words with a synonym outside the protected spans (quotes, mentions, cues, times).

    Capitalised words only when ``caps`` (titles): in body text they may be names that the
    entity stage did not catch ("Major Smith").
    """
    out = []
    for m in _WORDS.finditer(text):
        alts = SYNONYMS.get(m.group().lower())
        if not alts or any(s < m.end() and m.start() < e for s, e in protected or ()):
            continue
        if m.group()[0].isupper():
            if not caps:
                continue
            alts = [a[0].upper() + a[1:] for a in alts]
        out.append((m.start(), m.end(), alts))
    return out


def _seed_items() -> list[RawItem]:
    meta: dict[str, dict[str, str]] = {}
    with (POLNEAR / "metadata.tsv").open(encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        for line in f:
            row = dict(zip(header, line.rstrip("\n").split("\t"), strict=False))
            meta[row["filename"]] = row
    items = []
    for path in sorted((POLNEAR / "train/text").glob("*.txt")):
        raw = path.read_text(encoding="utf-8")
        head, _, body = raw.partition("\n\n")  # PolNeAR files open with the headline
        m = meta.get(path.stem, {})
        wire = m.get("wire", "")
        items.append(RawItem(
            name=str(path), id=path.stem, text=body, title=m.get("title") or head.strip(),
            published=m.get("publication_date") or None, outlet=m.get("publisher"),
            warnings=[wire] if wire in AGENCIES + ["reuters"] else [],
        ))
    sample = ROOT / "examples/kyiv-nato-wire.txt"
    items.append(RawItem(name=str(sample), id="kyiv-nato-wire", text=sample.read_text(encoding="utf-8"),
                         published="2024-12-22"))
    return items


def _cache_key(items: list[RawItem]) -> str:
    h = hashlib.sha256()
    for it in items:
        h.update(f"{it.name}\0{len(it.text or '')}\0".encode())
    for py in sorted((ROOT / "src/whosaid").rglob("*.py")):
        if not {"store", "cli"} & set(py.relative_to(ROOT / "src/whosaid").parts):
            h.update(py.read_bytes())
    return h.hexdigest()[:16]


def load_seed_paras(progress: bool = False, any_cache: bool = False) -> list[Para]:
    """Analyse the seeds once (cached in bench/out/) and cut them into annotated paragraphs.

    ``any_cache``: take the newest cached analysis even if whosaid's code changed since
    (for benches that need the texts only, not fresh annotations).
    """
    items = _seed_items()
    cache = CACHE_DIR / f"seeds-{_cache_key(items)}.jsonl"
    cached = sorted(CACHE_DIR.glob("seeds-*.jsonl"), key=lambda p: p.stat().st_mtime)
    if any_cache and cached and not cache.exists():
        cache = cached[-1]
    if not cache.exists():
        from whosaid.pipeline import analyze_items

        t0 = time.perf_counter()
        CACHE_DIR.mkdir(parents=True, exist_ok=True)
        tmp = cache.with_suffix(f".{os.getpid()}.tmp")  # two generators may start at once
        with tmp.open("w", encoding="utf-8") as f:
            for item, art in zip(items, analyze_items(items, reference_date=dt.date(2026, 11, 28)), strict=True):
                if isinstance(art, Article):
                    d = art.to_dict()
                    d["_credit"] = item.warnings[0] if item.warnings else None
                    f.write(json.dumps(d, ensure_ascii=False) + "\n")
        tmp.replace(cache)
        if progress:
            print(f"analysed {len(items)} seed texts in {time.perf_counter() - t0:.0f} s → {cache}", file=sys.stderr)
    pool: list[Para] = []
    with cache.open(encoding="utf-8") as f:
        for seed, line in enumerate(f):
            d = json.loads(line)
            pool += _cut(seed, len(pool), Article.from_dict(d), d.get("_credit"))
    return pool


def _cut(seed: int, first: int, art: Article, credit: str | None) -> list[Para]:
    """Split an analysed article into lines, keeping the annotations inside each paragraph.

    Lines, not blank-line blocks: some seeds hold lists and transcripts of hundreds of
    lines in one block, and cutting such a block from a copy is no "light" edit.
    """
    date = dt.date.fromisoformat(art.published) if art.published else None
    key_of = {e.id: e.key for e in art.entities}
    entmeta = {e.key: {"name": e.name, "type": e.type, "aliases": e.aliases, "descriptions": e.descriptions}
               for e in art.entities}
    out: list[Para] = []
    for m in _PARA.finditer(art.text):
        g = m.group()
        s0, e0 = m.start() + len(g) - len(g.lstrip()), m.end() - (len(g) - len(g.rstrip()))
        p = Para(seed, first, art.title or "", credit, date, art.text[s0:e0], entmeta)

        def inside(sp: Any, s0: int = s0, e0: int = e0) -> bool:
            return sp is None or (s0 <= sp[0] and sp[1] <= e0)

        def rel(sp: Any, s0: int = s0) -> Any:
            return None if sp is None else (sp[0] - s0, sp[1] - s0)

        for e in art.entities:
            p.ents += [(e.key, a - s0, b - s0) for a, b in e.mentions if inside((a, b))]
        for st in art.statements:
            spans = [*st.content_spans, st.cue_span, st.speaker_mention, st.sentence_span]
            if st.source == "text" and all(inside(sp) for sp in spans):
                p.stmts.append({
                    **st.__dict__, "speaker": key_of.get(st.speaker or ""),
                    "content_spans": [rel(c) for c in st.content_spans], "cue_span": rel(st.cue_span),
                    "speaker_mention": rel(st.speaker_mention), "sentence_span": rel(st.sentence_span),
                })
        p.times = [{**t.__dict__, "span": rel(t.span)} for t in art.times if inside(t.span)]
        protected = [(a, b) for _, a, b in p.ents] + [t["span"] for t in p.times]
        for st in p.stmts:
            protected += [sp for sp in [*st["content_spans"], st["cue_span"], st["speaker_mention"]] if sp]
        protected += [q.span() for q in _QUOTED.finditer(p.text)]
        if not out and (d := _DATELINE_AGENCY.match(p.text)):
            p.dateline_agency = d.span(1)
            protected.append(d.span())
        p.swappable = swappable_words(p.text, protected)
        out.append(p)
    return out


def _apply(text: str, edits: list[Edit]) -> tuple[str, list[tuple[int, int]]]:
    """Apply non-overlapping edits; return the text and (old end, cumulative shift) steps."""
    parts, steps, last, shift = [], [], 0, 0
    for s, e, rep in sorted(edits):
        parts += [text[last:s], rep]
        shift += len(rep) - (e - s)
        steps.append((e, shift))
        last = e
    parts.append(text[last:])
    return "".join(parts), steps


def _mover(base: int, steps: list[tuple[int, int]]) -> Any:
    def move(sp: Any) -> Any:
        if sp is None:
            return None
        a, b = sp
        sa = next((sh for end, sh in reversed(steps) if end <= a), 0)
        sb = next((sh for end, sh in reversed(steps) if end <= b), 0)
        return (base + a + sa, base + b + sb)

    return move


def _shift_value(value: str | None, days: int) -> str | None:
    if not value or not days or not (m := _ISO_DAY.match(value)):
        return value
    return (dt.date.fromisoformat(m.group(1)) + dt.timedelta(days=days)).isoformat() + value[10:]


def build_article(r: Recipe, pool: list[Para]) -> Article:
    parts: list[str] = []
    pos = 0
    mentions: dict[str, list[tuple[int, int]]] = {}
    meta: dict[str, dict[str, Any]] = {}
    stmts: list[dict[str, Any]] = []
    times: list[dict[str, Any]] = []
    for idx in r.paras:
        p = pool[idx]
        text, steps = _apply(p.text, r.swaps.get(idx, []))
        move = _mover(pos, steps)
        days = (r.published - p.date).days if p.date else 0
        for key, a, b in p.ents:
            mentions.setdefault(key, []).append(move((a, b)))
            meta.setdefault(key, p.entmeta[key])
        for st in p.stmts:
            stmts.append({**st, "content_spans": [move(c) for c in st["content_spans"]],
                          "cue_span": move(st["cue_span"]), "speaker_mention": move(st["speaker_mention"]),
                          "sentence_span": move(st["sentence_span"]), "date": _shift_value(st["date"], days)})
            if st["speaker"]:
                meta.setdefault(st["speaker"], p.entmeta[st["speaker"]])
        times += [{**t, "span": move(t["span"]), "value": _shift_value(t["value"], days)} for t in p.times]
        parts.append(text)
        pos += len(text) + 2
    if r.tail:
        parts.append(r.tail)
    body = "\n\n".join(parts)
    tr = _TO_STRAIGHT if r.quotes == "straight" else _TO_CURLY_APOS if r.quotes == "curly" else None
    if tr:  # one character for one: spans stay valid
        body = body.translate(tr)
    ids = {k: f"E{i}" for i, k in enumerate(meta, 1)}
    entities = [Entity(id=ids[k], key=k, name=m["name"], type=m["type"],
                       aliases=[a.translate(tr) for a in m["aliases"]] if tr else list(m["aliases"]),
                       mentions=mentions.get(k, []), descriptions=list(m["descriptions"]))
                for k, m in meta.items()]
    statements = [Statement(**{**st, "id": f"S{i}", "speaker": ids.get(st["speaker"] or ""),
                               "content": st["content"].translate(tr) if tr else st["content"]})
                  for i, st in enumerate(stmts, 1)]
    tex = [TimeExpr(**{**t, "id": f"T{i}", "text": t["text"].translate(tr) if tr else t["text"]})
           for i, t in enumerate(times, 1)]
    lead = pool[r.paras[0]]
    dl = _DATELINE_AGENCY.match(lead.text)
    domain = _SLUG.sub("", r.outlet.lower().removeprefix("the ")) + ".example"
    return Article(
        id=r.id, text=body, url=f"https://{domain}/{r.published:%Y/%m/%d}/{r.url_slug}-{r.id[:6]}",
        title=r.title, credit=r.credit, dateline=dl.group().split(" (")[0] if dl else None,
        outlet=r.outlet, published=r.published.isoformat(), published_source="input", language="en",
        entities=entities, statements=statements, times=tex,
    )


def generate(
    n: int, seed: int = 0, syndicated_share: float = 0.3, *, heavy: bool = False,
    paras: list[Para] | None = None, shared_background: bool = False,
) -> Iterator[tuple[Article, str]]:
    """Yield ``n`` analysed articles with their true story ids; ~``syndicated_share`` of
    them are copies of an earlier story (groups of 2–6 articles).

    ``shared_background``: stories of fewer, longer runs (3–5 runs of 1–4 paragraphs), so
    once the seed paragraphs are used up, unrelated stories share whole runs, as updates
    of a developing story share background paragraphs: a stress test for precision.
    """
    pool = paras if paras is not None else load_seed_paras()
    if not pool:
        raise RuntimeError("no seed paragraphs")
    rng = random.Random(seed)
    mean_copies = (MIN_COPIES + MAX_COPIES) / 2
    # P(story is syndicated) so that copies / all articles ≈ syndicated_share.
    p_synd = syndicated_share / ((1 - syndicated_share) * mean_copies) if syndicated_share < 1 else 1.0
    made = 0
    story_no = 0
    chunks = _Chunks(rng, pool, 4 if shared_background else 2)
    n_runs = (2, 4) if shared_background else (5, 8)
    titles: set[str] = set()
    tag = ("h" if heavy else "") + ("b" if shared_background else "")  # ids differ per setting
    while made < n:
        story_no += 1
        story = f"s{seed}{tag}-{story_no}"
        recipe = _story_recipe(rng, pool, story, chunks, titles, n_runs)
        yield build_article(recipe, pool), story
        made += 1
        if rng.random() < p_synd:
            taken = {recipe.outlet}
            for c in range(rng.randint(MIN_COPIES, MAX_COPIES)):
                if made >= n:
                    break
                copy = (_heavy_copy if heavy else _light_copy)(rng, pool, recipe, f"{story}-c{c + 1}", taken)
                taken.add(copy.outlet)
                yield build_article(copy, pool), story
                made += 1


class _Chunks:
    """Runs of 1–``max_run`` consecutive seed paragraphs, dealt without replacement.

    Stories draw runs from a shuffled deck; only when the deck is empty is it re-cut (at
    other boundaries) and reshuffled. Drawing runs at random instead made unrelated
    stories share whole runs — near-duplicates in fact, but different stories in the truth.
    """

    def __init__(self, rng: random.Random, pool: list[Para], max_run: int) -> None:
        self.rng, self.pool, self.max_run = rng, pool, max_run
        self.leads: list[list[int]] = []
        self.rest: list[list[int]] = []

    def _deal(self) -> None:
        self.leads, self.rest = [], []
        i = 0
        while i < len(self.pool):
            n = self.rng.randint(1, self.max_run)
            run = [j for j in range(i, min(i + n, len(self.pool))) if self.pool[j].seed == self.pool[i].seed]
            (self.leads if self.pool[i].first_index == i else self.rest).append(run)
            i += len(run)
        self.rng.shuffle(self.leads)
        self.rng.shuffle(self.rest)

    def take(self, lead: bool) -> list[int]:
        if not self.rest or (lead and not self.leads):
            self._deal()
        return (self.leads if lead else self.rest).pop()


def _story_recipe(
    rng: random.Random, pool: list[Para], story: str, chunks: _Chunks, titles: set[str],
    n_runs: tuple[int, int],
) -> Recipe:
    # Often open with a seed's own lead paragraph, as a real story would.
    runs = chunks.take(lead=rng.random() < 0.4)
    for _ in range(rng.randint(*n_runs)):
        runs = runs + chunks.take(lead=False)
    lead = pool[runs[0]]
    outlet = rng.choice(OUTLETS)
    published = YEAR_START + dt.timedelta(days=rng.randrange(365))
    title = _new_title(rng, pool, lead.title, titles)
    return Recipe(
        id=_id(story),
        paras=runs,
        swaps={i: _pick_swaps(rng, pool[i], 0.05) for i in runs},
        title=title,
        outlet=outlet,
        published=published,
        credit=lead.credit or (rng.choice(AGENCIES) if rng.random() < 0.4 else None),
        url_slug=_SLUG.sub("-", title.lower()).strip("-")[:60],
    )


def _new_title(rng: random.Random, pool: list[Para], title: str, used: set[str]) -> str:
    """The lead seed's headline, reworded; spliced with another seed's once it was used:
    841 seed headlines for tens of thousands of stories would make unrelated stories
    share headlines, which real ones rarely do."""
    for _ in range(5):
        if (new := _reword_title(rng, title, 0.3)) not in used:
            break
        a, b = title.split(), rng.choice(pool).title.split()
        title = " ".join(a[: max(1, len(a) // 2)] + b[len(b) // 2 :])
    used.add(new)
    return new


def _light_copy(rng: random.Random, pool: list[Para], orig: Recipe, cid: str, taken: set[str]) -> Recipe:
    paras = list(orig.paras)
    if len(paras) > 2 and rng.random() < 0.6:  # cut a paragraph (never the lead)
        del paras[rng.randrange(1, len(paras))]
    if rng.random() < 0.4:  # the outlet adds a context paragraph
        paras.insert(rng.randint(1, len(paras)), rng.randrange(len(pool)))
    return _copy(rng, pool, orig, cid, paras, taken, swap_rate=0.0)


def _heavy_copy(rng: random.Random, pool: list[Para], orig: Recipe, cid: str, taken: set[str]) -> Recipe:
    paras = list(orig.paras)
    keep = max(1, round(len(paras) * rng.uniform(0.5, 0.8)))
    if rng.random() < 0.5:  # truncated after the first paragraphs
        paras = paras[:keep]
    else:  # scattered cuts
        lead, rest = paras[:1], paras[1:]
        paras = lead + sorted(rng.sample(rest, max(0, keep - 1)), key=rest.index)
    for _ in range(rng.randint(1, 3)):
        paras.insert(rng.randint(1, len(paras)), rng.randrange(len(pool)))
    if len(paras) > 3:  # two paragraphs trade places
        i, j = rng.sample(range(1, len(paras)), 2)
        paras[i], paras[j] = paras[j], paras[i]
    return _copy(rng, pool, orig, cid, paras, taken, swap_rate=0.15)


def _copy(
    rng: random.Random, pool: list[Para], orig: Recipe, cid: str, paras: list[int],
    taken: set[str], swap_rate: float,
) -> Recipe:
    swaps = {
        i: _pick_swaps(rng, pool[i], swap_rate) if swap_rate else orig.swaps.get(i, [])
        for i in paras
    }
    outlet = rng.choice([o for o in OUTLETS if o not in taken])
    credit = orig.credit
    extra_tail = None
    if rng.random() < 0.4:
        extra_tail = rng.choice(CREDIT_LINES)
        credit = extra_tail
    lead = pool[paras[0]]
    if lead.dateline_agency and rng.random() < 0.5:  # "DALLAS (AP) —" → "DALLAS —"
        s, e = lead.dateline_agency
        swaps[paras[0]] = [(s, e, "")] + [w for w in swaps[paras[0]] if w[0] >= e]
    return Recipe(
        id=_id(cid),
        paras=paras,
        swaps=swaps,
        title=rng.choice(HEADLINE_PREFIXES) + _reword_title(rng, orig.title, 0.5),
        outlet=outlet,
        published=orig.published + dt.timedelta(days=rng.choice([0, 0, 0, 1, 1, 2, 3])),
        credit=credit,
        url_slug=orig.url_slug,
        tail=extra_tail,
        quotes=rng.choice(["keep", "straight", "curly"]),
    )


def _pick_swaps(rng: random.Random, para: Para, rate: float) -> list[tuple[int, int, str]]:
    return [(s, e, rng.choice(alts)) for s, e, alts in para.swappable if rng.random() < rate]


def _reword_title(rng: random.Random, title: str, rate: float) -> str:
    out, last = [], 0
    for s, e, alts in swappable_words(title, caps=True):
        if rng.random() < rate:
            out += [title[last:s], rng.choice(alts)]
            last = e
    return "".join(out) + title[last:]


def _id(name: str) -> str:
    return hashlib.sha256(name.encode()).hexdigest()[:16]


def to_json(article: Article, **extra: Any) -> str:
    """``json.dumps(article.to_dict() | extra)``, ~10× faster: ``to_dict`` deep-copies
    through ``dataclasses.asdict``, which was 80% of the time of writing a corpus."""

    def plain(o: Any) -> Any:
        d = {k: v for k, v in vars(o).items() if k not in ("doc", "source_name")}
        return {"schema_version": SCHEMA_VERSION, **d} if isinstance(o, Article) else d

    return json.dumps({**plain(article), **extra}, default=plain, ensure_ascii=False)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--syndicated-share", type=float, default=0.3)
    ap.add_argument("--heavy", action="store_true", help="heavier edits in copies")
    ap.add_argument("--shared-background", action="store_true",
                    help="unrelated stories share runs of paragraphs (precision stress)")
    ap.add_argument("--reuse-seeds", action="store_true",
                    help="use the newest cached seed analysis even if whosaid's code changed since")
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    pool = load_seed_paras(progress=True, any_cache=args.reuse_seeds)
    t1 = time.perf_counter()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    stories = set()
    with args.out.open("w", encoding="utf-8") as f:
        for art, story in generate(
            args.n, args.seed, args.syndicated_share, heavy=args.heavy, paras=pool,
            shared_background=args.shared_background,
        ):
            f.write(to_json(art, _story=story) + "\n")
            stories.add(story)
    t2 = time.perf_counter()
    print(
        f"{args.n} articles in {len(stories)} stories → {args.out}; seeds {t1 - t0:.1f} s, "
        f"generation {t2 - t1:.1f} s ({args.n / max(t2 - t1, 1e-9):,.0f} articles/s)",
        file=sys.stderr,
    )


if __name__ == "__main__":
    main()
