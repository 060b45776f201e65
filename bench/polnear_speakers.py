"""Speaker errors on PolNeAR matched statements, grouped by type (train split only).

Development aid for the speaker-mention choice of the statements stage:

    .venv/bin/python bench/polnear_speakers.py --limit 300 [--offset 0] [--examples 4]

A gold content is matched at t (default 0.3) as in bench/polnear.py; its speaker is wrong
when the best prediction's mention does not overlap the gold Source (or, for a gold
without Source, when the prediction has a mention). Errors are grouped by what went wrong
(no mention / spurious mention / other mention), by the statement kind and by whether the
prediction had a cue, with gold source text vs predicted mention text as examples.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from polnear import Item, _best, analysed, chars, gold_items  # noqa: E402

_RELATIVE = {"who", "which", "that", "whom", "whose"}


def _group(gsrc: str | None, pmention: str | None, kind: str, has_cue: bool) -> str:
    if gsrc is None:
        return f"spurious mention [{kind}]"
    if pmention is None:
        return f"no mention [{kind}, {'cue' if has_cue else 'no cue (floating)'}]"
    g = gsrc.lower().strip()
    if g in _RELATIVE or pmention.lower() in _RELATIVE:
        return "other mention: relative pronoun"
    if any(ch.isdigit() for ch in g) or " in " in g and g.split()[0].isalpha() and " of " not in g:
        return "other mention: count/poll source"
    return f"other mention [{kind}, {'cue' if has_cue else 'no cue'}]"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--limit", type=int, default=300)
    ap.add_argument("--offset", type=int, default=0)
    ap.add_argument("--t", type=float, default=0.3)
    ap.add_argument("--examples", type=int, default=4)
    args = ap.parse_args()

    groups: Counter[str] = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    matched = wrong = 0
    pairs = analysed("train", args.offset, args.limit)
    for d, a in pairs:
        text = a.text
        stmts = [s for s in a.statements if s.source == "text"]
        preds = [Item(chars(text, s.content_spans),
                      chars(text, [s.speaker_mention]) if s.speaker_mention else None, s.kind)
                 for s in stmts]
        by_id = {id(p): s for p, s in zip(preds, stmts, strict=True)}
        atts = [x for x in d["attributions"] if x.get("content")]
        golds = gold_items(d)
        # gold_items drops contents that are all whitespace; keep attributions aligned
        atts = [x for x in atts if chars(text, x["content"]["spans"])]
        for g, att in zip(golds, atts, strict=True):
            best, ov = _best(g, preds)
            if best is None or ov / len(g.content) < args.t:
                continue
            matched += 1
            ok = (best.source is None if g.source is None
                  else best.source is not None and bool(best.source & g.source))
            if ok:
                continue
            wrong += 1
            s = by_id[id(best)]
            gsrc = (att.get("source") or {}).get("text")
            pm = text[slice(*s.speaker_mention)] if s.speaker_mention else None
            key = _group(gsrc, pm, s.kind, s.cue is not None)
            groups[key] += 1
            if len(examples[key]) < args.examples:
                examples[key].append(
                    f"gold={gsrc!r} pred={pm!r} cue={s.cue!r} content={s.content[:70]!r}")
    print(f"{wrong} speaker errors of {matched} matched golds at t={args.t} "
          f"({len(pairs)} train articles; accuracy {100 * (1 - wrong / max(matched, 1)):.1f})")
    for key, n in groups.most_common():
        print(f"{n:5} {key}")
        for ex in examples[key]:
            print(f"        {ex}")


if __name__ == "__main__":
    main()
