"""WARC / ARC archives (Common Crawl news and friends) → one RawItem per HTML response.

Record by record, so archives of any size stream through. warcio parses; this
module adds what a batch tool needs on top: a record whose Content-Length
lies, or whose header is garbage, becomes an ItemError for that record and
reading resumes at the next ``WARC/`` header.
"""

from __future__ import annotations

import contextlib
import io
import logging
import re
from collections.abc import Iterator
from typing import Any

from warcio.archiveiterator import ArchiveIterator

from whosaid.ingest.decode import decode_html
from whosaid.ingest.detect import classify_text
from whosaid.ingest.limits import MAX_HTML_BYTES, limit_mb
from whosaid.ingest.records import outlet_from_url
from whosaid.ingest.streams import GuardedStream, Stream, prefixed, read_at_most
from whosaid.model import ItemError, RawItem

log = logging.getLogger(__name__)

Item = RawItem | ItemError
_HTML_TYPES = {"text/html", "application/xhtml+xml"}
# Types that say nothing about the payload: look at it.
_VAGUE_TYPES = {"", "application/octet-stream", "text/plain", "unk", "application/unknown"}
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_CHARSET = re.compile(r"charset\s*=\s*[\"']?([^;\s\"']+)", re.I)


class _Skip(Exception):
    """A record that is fine but not an HTML page (image, robots.txt, redirect …)."""


def read_warc(stream: Stream, name: str, guard: GuardedStream | None) -> Iterator[Item]:
    n = 0  # records seen, for names: "file#record N"
    skipped = 0
    yielded = 0
    source: Any = stream
    same_problem = False  # a bad Content-Length also breaks the next header: report it once
    while source is not None:
        it = ArchiveIterator(source)
        while True:
            try:
                record = next(it)
            except StopIteration:
                source = None
                break
            except Exception as exc:
                # ArchiveLoadFailed mostly, but warcio also trips over garbage
                # headers with AttributeError/ValueError/IndexError.
                if guard is not None and guard.error:
                    return
                if not same_problem:
                    n += 1
                    yielded += 1
                    yield ItemError(f"{name}#record {n}",
                                    f"malformed WARC record ({_one_line(exc)}); skipped to the next record")
                same_problem = False
                source = _resync(it)
                break
            n += 1
            where = f"{name}#record {n}"
            try:
                result: Item | None = _record_item(record, where)
            except _Skip:
                result = None
                skipped += 1
            problem = _finish_record(it)
            if guard is not None and guard.error and it.next_line is None:
                # The data ended in or right after this record and the stream
                # is damaged: the record may be cut, so drop it; the caller
                # reports the truncation. (A following header proves the
                # record whole, hence `next_line`.)
                return
            same_problem = problem is not None
            if problem:
                result = ItemError(where, f"malformed WARC record: {problem}")
            if result is not None:
                yielded += 1
                yield result
    if skipped:
        log.info("%s: skipped %d non-HTML or non-2xx response records", name, skipped)
    if not yielded and not (guard is not None and guard.error):
        # Said out loud: a user who asked for this file would otherwise get silence.
        yield ItemError(name, f"no HTML pages among its {n} WARC record(s)" if n else "no WARC records")


def _resync(it: ArchiveIterator) -> Any:
    """A stream starting at the next ``WARC/`` header after a broken one, or None at the end."""
    reader = it.reader
    if reader is None:
        return None
    line = _next_header(reader)
    return None if line is None else prefixed(line, reader)


def _record_item(record: Any, where: str) -> Item:
    if record.rec_type not in ("response", "resource"):
        raise _Skip
    http = record.http_headers
    if http is not None:
        status = http.get_statuscode() or ""
        if status and not status.startswith("2"):
            raise _Skip
        ctype = http.get_header("Content-Type") or ""
    else:
        ctype = record.rec_headers.get_header("Content-Type") or ""
    mime = ctype.split(";", 1)[0].strip().lower()
    if mime not in _HTML_TYPES and mime not in _VAGUE_TYPES:
        raise _Skip
    try:
        data = read_at_most(record.content_stream(), MAX_HTML_BYTES + 1)
    except Exception as exc:  # warcio's chunked/gzip/brotli decoders raise many kinds
        return ItemError(where, f"unreadable HTTP payload ({_one_line(exc)})")
    if len(data) > MAX_HTML_BYTES:
        return ItemError(where, f"HTML payload is larger than the {limit_mb(MAX_HTML_BYTES)} limit for one page")
    if mime in _VAGUE_TYPES and (not data or classify_text(data[:4096].decode("latin-1")) != "html"):
        raise _Skip
    if not data.strip():
        return ItemError(where, "empty HTML payload")
    m = _CHARSET.search(ctype)
    html, warnings = decode_html(data, m.group(1) if m else None)
    truncated = record.rec_headers.get_header("WARC-Truncated")
    if truncated:
        # Common Crawl cuts payloads at 1 MiB; the start of a page is still worth reading.
        warnings.append(f"page was truncated by the crawler (WARC-Truncated: {truncated})")
    uri = record.rec_headers.get_header("WARC-Target-URI") or ""
    url = _CONTROL.sub("", uri).strip("<> ") or None  # WARC 1.0 writers wrap it in <>
    return RawItem(name=where, html=html, url=url, outlet=outlet_from_url(url), warnings=warnings)


def _finish_record(it: ArchiveIterator) -> str | None:
    """Read to the record's end; a Content-Length that overshoots or falls short shows here."""
    before = it.err_count
    # warcio reports a bad Content-Length by printing to stderr; we report it per item instead.
    try:
        with contextlib.redirect_stderr(io.StringIO()):
            it.read_to_end()
    except Exception as exc:  # same zoo as in read_warc
        return f"unreadable record ({_one_line(exc)})"
    if it.err_count > before:
        return "Content-Length does not match the record (no blank line after it)"
    return None


def _next_header(reader: Any) -> bytes | None:
    while True:
        line = reader.readline(1 << 16)
        if not line:
            return None
        if line.startswith((b"WARC/", b"filedesc://")):
            return bytes(line)


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text if len(text) <= 160 else text[:157] + "..."
