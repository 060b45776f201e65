"""Paths, directories and streams → items: open, detect by content, hand to the right reader."""

from __future__ import annotations

import io
import logging
import os
import stat
from collections.abc import Iterator

from whosaid.ingest.decode import decode_html, decode_text
from whosaid.ingest.detect import classify_text, describe_binary, junk_text, sniff
from whosaid.ingest.jsonl import read_json
from whosaid.ingest.limits import MAX_HTML_BYTES, MAX_TEXT_BYTES, SNIFF_BYTES, limit_mb, mb
from whosaid.ingest.streams import GuardedStream, Stream, decompressed, prefixed, read_at_most
from whosaid.ingest.warc import read_warc
from whosaid.model import ItemError, RawItem

log = logging.getLogger(__name__)

Item = RawItem | ItemError
_MAX_NESTING = 3  # .gz inside .gz inside .xz is plausible; deeper is a zip bomb game


def read_path(path: str) -> Iterator[Item]:
    """One path: a file, a directory (recursively) or anything ``open`` can read."""
    try:
        st = os.stat(path)
    except OSError as exc:
        yield ItemError(path, _os_reason(exc))
        return
    if stat.S_ISDIR(st.st_mode):
        yield from read_dir(path)
        return
    try:
        # Opened outside `with` so that only open()'s own errors are reported as such.
        f = open(path, "rb")  # noqa: SIM115
    except OSError as exc:
        yield ItemError(path, _os_reason(exc))
        return
    with f:
        yield from read_stream(f, path, st.st_size if stat.S_ISREG(st.st_mode) else None)


def read_dir(path: str) -> Iterator[Item]:
    """Regular files under ``path``, sorted, skipping hidden files and directories."""
    errors: list[OSError] = []
    found = False
    for root, dirs, files in os.walk(path, onerror=errors.append):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for err in errors:
            yield ItemError(str(err.filename or root), f"cannot list directory: {_os_reason(err)}")
        errors.clear()
        for fname in sorted(files):
            if fname.startswith("."):
                continue
            full = os.path.join(root, fname)
            try:
                regular = stat.S_ISREG(os.stat(full).st_mode)
            except OSError as exc:
                yield ItemError(full, _os_reason(exc))
                continue
            if regular:  # FIFOs and devices inside a tree would block or never end
                found = True
                yield from read_path(full)
    for err in errors:
        yield ItemError(str(err.filename or path), f"cannot list directory: {_os_reason(err)}")
        found = True
    if not found:
        yield ItemError(path, "directory has no files to read (hidden files are skipped)")


def read_stream(stream: Stream, name: str, size: int | None = None) -> Iterator[Item]:
    """Read everything in ``stream``; ``size`` is its length when known (regular files)."""
    try:
        yield from _read(stream, name, size, None, 0)
    except OSError as exc:
        yield ItemError(name, f"read error: {_os_reason(exc)}")
    except Exception as exc:  # a reader bug must not sink the batch; the log has the trace
        log.exception("internal error while reading %s", name)
        detail = " ".join(str(exc).split())[:200]
        yield ItemError(name, f"internal error while reading: {type(exc).__name__}: {detail}")


def _read(
    stream: Stream, name: str, size: int | None,
    guard: GuardedStream | None, depth: int,
) -> Iterator[Item]:
    head = read_at_most(stream, SNIFF_BYTES)
    complete = len(head) < SNIFF_BYTES
    sniffed = sniff(head)
    body = prefixed(head, stream)
    kind = sniffed.kind
    if guard is not None and guard.error and kind == "empty":
        yield ItemError(name, guard.error)
        return
    if kind == "empty":
        yield ItemError(name, "empty file" if guard is None else f"empty {guard.kind} stream")
    elif kind in ("gzip", "bzip2", "xz"):
        if depth >= _MAX_NESTING:
            yield ItemError(name, f"compressed {depth + 1} times over; refusing to go deeper")
            return
        inner, inner_guard = decompressed(body, kind)
        yield from _read(inner, name, None, inner_guard, depth + 1)
    elif kind == "warc":
        yield from read_warc(body, name, guard)
        yield from _truncation(name, guard)
    elif kind == "binary":
        yield ItemError(name, describe_binary(sniffed.what))
    else:
        head_text = head.decode(sniffed.encoding or "utf-8", errors="replace")
        if sniffed.encoding and junk_text(head_text):
            yield ItemError(name, describe_binary(None))
            return
        what = classify_text(head_text)
        if what == "xml":
            yield ItemError(name, "XML document (a feed or sitemap?), not text/HTML/JSONL/WARC")
            return
        if what == "json":
            data = yield from read_json(body, head_text, name, sniffed.encoding, complete, guard)
            if data is None:
                return
            body = io.BytesIO(data)
            what = "text"
        yield _whole(body, name, size, guard, sniffed.encoding, html=what == "html")


def _whole(
    body: Stream, name: str, size: int | None, guard: GuardedStream | None,
    encoding: str | None, *, html: bool,
) -> Item:
    """Read one article or page whole, within its size limit."""
    limit, what = (MAX_HTML_BYTES, "one HTML page") if html else (MAX_TEXT_BYTES, "one article")
    if size is not None and guard is None and size > limit:
        return ItemError(name, f"file is {mb(size)}; larger than the {limit_mb(limit)} limit for {what}")
    data = read_at_most(body, limit + 1)
    if guard is not None and guard.error:
        return ItemError(name, guard.error)
    if len(data) > limit:
        source = "decompressed content" if guard is not None else "input"
        return ItemError(name, f"{source} is larger than the {limit_mb(limit)} limit for {what}")
    if html:
        decoded, warnings = decode_html(data)
        return RawItem(name=name, html=decoded, warnings=warnings)
    decoded, warnings = decode_text(data, encoding)
    if not decoded.strip():
        return ItemError(name, "no text (only whitespace)")
    return RawItem(name=name, text=decoded, warnings=warnings)


def _truncation(name: str, guard: GuardedStream | None) -> Iterator[Item]:
    if guard is not None and guard.error:
        yield ItemError(name, f"{guard.error}; the records before the damage were kept")


def _os_reason(exc: OSError) -> str:
    reason = exc.strerror or str(exc) or type(exc).__name__
    return reason[:1].lower() + reason[1:]
