"""Size limits for one input item, and how errors talk about sizes.

Text and HTML are read whole into memory, so one item must be bounded; JSONL
and WARC are streamed, so only each record is bounded, never the file.
"""

from __future__ import annotations

MB = 1_000_000

#: One plain-text article. The longest real news stories are ~100 kB.
MAX_TEXT_BYTES = 5 * MB
#: One HTML page: pages with inline scripts, styles and images run to a few MB.
MAX_HTML_BYTES = 20 * MB
#: One JSONL line or WARC record payload: an HTML page plus its JSON escaping.
MAX_RECORD_BYTES = 25 * MB
#: A single JSON document (object or array), which has to be parsed whole.
MAX_JSON_DOC_BYTES = 100 * MB
#: How much of the start of an input detection looks at.
SNIFF_BYTES = 64 * 1024


def mb(n: int) -> str:
    """A measured size: ``200000000`` → ``"200.0 MB"``."""
    return f"{n / MB:.1f} MB"


def limit_mb(n: int) -> str:
    """A limit, as the constants above read: ``5000000`` → ``"5 MB"``."""
    return f"{n // MB} MB" if n % MB == 0 else mb(n)
