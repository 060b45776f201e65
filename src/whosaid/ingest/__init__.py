"""The ingest stage: paths, stdin and bytes → :class:`RawItem` | :class:`ItemError`.

The kind of every input is detected from its content, not its name: plain text
(UTF-8, UTF-16/32 with a BOM, cp1252 and other legacy encodings), HTML, JSONL
or a JSON document of records, WARC/ARC archives, any of these compressed with
gzip, bzip2 or xz. Each bad input becomes one :class:`ItemError` whose message
names the item and the reason; reading goes on with the next one.
"""

from __future__ import annotations

import io
import sys
from collections.abc import Iterable, Iterator

from whosaid.ingest.limits import MAX_HTML_BYTES, MAX_RECORD_BYTES, MAX_TEXT_BYTES
from whosaid.ingest.readers import read_path, read_stream
from whosaid.ingest.records import normalize_date, outlet_from_url
from whosaid.model import ItemError, RawItem

__all__ = [
    "MAX_HTML_BYTES", "MAX_RECORD_BYTES", "MAX_TEXT_BYTES", "normalize_date", "outlet_from_url",
    "read_bytes", "read_paths",
]

STDIN_NAME = "<stdin>"


def read_paths(paths: Iterable[str]) -> Iterator[RawItem | ItemError]:
    """Files, directories (recursive, sorted, hidden entries skipped) and ``-`` for stdin."""
    for p in paths:
        if p == "-":
            stdin = getattr(sys.stdin, "buffer", None)  # None when run without stdin (CI, cron)
            if stdin is None:
                yield ItemError(STDIN_NAME, "no standard input to read")
            else:
                yield from read_stream(stdin, STDIN_NAME)
        else:
            yield from read_path(p)


def read_bytes(data: bytes, name: str) -> Iterator[RawItem | ItemError]:
    """The same detection for input already in memory."""
    yield from read_stream(io.BytesIO(data), name, len(data))
