"""The ingest stage: paths, stdin and bytes → RawItem | ItemError (placeholder: plain UTF-8 text only)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from whosaid.model import ItemError, RawItem


def read_paths(paths: Iterable[str]) -> Iterator[RawItem | ItemError]:
    for p in paths:
        try:
            yield RawItem(name=p, text=Path(p).read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError) as exc:
            yield ItemError(p, str(exc))
