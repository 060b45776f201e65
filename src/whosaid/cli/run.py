"""Glue between the CLI and the pipeline: reading, progress, error strings."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Iterator

from whosaid.model import Article, CueSet, ItemError


def run_analysis(
    paths: tuple[str, ...] | list[str],
    *,
    published: str | None = None,
    reference_date: dt.date | None = None,
    cues: CueSet = "all",
    progress: bool | None = None,
) -> Iterator[Article | str]:
    """Yield analysed articles, or an error string naming the failed item."""
    from whosaid.ingest import read_paths
    from whosaid.pipeline import analyze_items

    if progress is None:
        progress = sys.stderr.isatty()
    results = analyze_items(read_paths(paths), reference_date=reference_date,
                            default_published=published, cues=cues)
    if progress:
        from tqdm import tqdm

        results = tqdm(results, unit="article", file=sys.stderr, leave=False)
    for r in results:
        yield str(r) if isinstance(r, ItemError) else r
