"""JSONL streams (one record per line) and single JSON documents (an object or an array).

JSONL is read line by line, so a file may be any size; each line is capped.
A JSON document has to be parsed whole, so it is capped as a whole.
"""

from __future__ import annotations

import io
import json
import re
from collections.abc import Generator
from typing import Any

from whosaid.ingest.limits import MAX_JSON_DOC_BYTES, MAX_RECORD_BYTES, limit_mb, mb
from whosaid.ingest.records import item_from_record, json_type
from whosaid.ingest.streams import GuardedStream, Stream, read_at_most
from whosaid.model import ItemError, RawItem

Item = RawItem | ItemError
# What a pretty-printed JSON document's first line looks like: "{", "[", '{"id": 1,', "[{".
_JSONISH_FIRST_LINE = re.compile(r'\s*[\[{]\s*(?:"|\{|\[|$)')


def read_json(
    stream: Stream, head: str, name: str, encoding: str | None, complete: bool,
    guard: GuardedStream | None = None,
) -> Generator[Item, None, bytes | None]:
    """Read JSONL or a JSON document; returns the raw bytes if it turns out to be plain text.

    ``head`` is the decoded start of the input; ``complete`` says it is all of it.
    Reports a damaged (truncated) compressed stream itself.
    """
    s = head.lstrip("\ufeff \t\r\n")
    nl = s.find("\n")
    first = s[:nl] if nl >= 0 else (s if complete else None)
    if s.startswith("{") and (first is None or _object_lines(s, complete)):
        # One record per line (or a first line longer than the sniffed prefix,
        # which pretty-printed JSON never has).
        yield from read_jsonl(stream, name, encoding, guard)
        if guard is not None and guard.error:
            yield ItemError(name, f"{guard.error}; the records before the damage were kept")
        return None
    data = read_at_most(stream, MAX_JSON_DOC_BYTES + 1)
    if guard is not None and guard.error:
        yield ItemError(name, guard.error)
        return None
    if len(data) > MAX_JSON_DOC_BYTES:
        yield ItemError(name, f"JSON document is larger than the {limit_mb(MAX_JSON_DOC_BYTES)} limit; "
                              "write large collections as JSONL, one record per line")
        return None
    try:
        doc = _loads(data, encoding)
    except (ValueError, RecursionError) as exc:
        if _has_object_line(data, encoding):
            yield from read_jsonl(io.BytesIO(data), name, encoding)
            return None
        if _JSONISH_FIRST_LINE.match(first if first is not None else s[:200]):
            yield ItemError(name, f"not valid JSON: {_json_problem(exc)}")
            return None
        return data  # "[Photo] …" or "{Editor's note}" — prose that starts with a bracket
    yield from _document_items(doc, name)
    return None


def read_jsonl(
    stream: Stream, name: str, encoding: str | None, guard: GuardedStream | None = None
) -> Generator[Item, None, None]:
    """One item per non-blank line; a line cut short by a damaged stream is not yielded."""
    if encoding and encoding.startswith(("utf-16", "utf-32")):
        yield from _read_jsonl_wide(stream, name, encoding, guard)
        return
    n = 0
    while True:
        line = stream.readline(MAX_RECORD_BYTES + 1)
        if not line:
            return
        n += 1
        where = f"{name}:line {n}"
        if guard is not None and guard.error and not line.endswith(b"\n"):
            return  # the line the damage cut; the caller reports the truncation
        if len(line) > MAX_RECORD_BYTES:
            size = len(line) + _skip_rest_of_line(stream)
            yield ItemError(where, f"line is {mb(size)}; larger than the "
                                   f"{limit_mb(MAX_RECORD_BYTES)} limit for one record")
            continue
        if n == 1 and line.startswith(b"\xef\xbb\xbf"):
            line = line[3:]
        if line.strip():
            yield _line_item(line, where)


def _read_jsonl_wide(
    stream: Stream, name: str, encoding: str, guard: GuardedStream | None
) -> Generator[Item, None, None]:
    # UTF-16/32 JSONL is rare (Windows tools); lines must be split after decoding.
    text = io.TextIOWrapper(stream, encoding=encoding, errors="replace", newline=None)
    for n, line in enumerate(iter(lambda: text.readline(MAX_RECORD_BYTES + 1), ""), 1):
        where = f"{name}:line {n}"
        if guard is not None and guard.error and not line.endswith("\n"):
            return
        if len(line) > MAX_RECORD_BYTES:
            yield ItemError(where, f"line is larger than the {limit_mb(MAX_RECORD_BYTES)} limit for one record")
            while line and not line.endswith("\n"):
                line = text.readline(1 << 20)
            continue
        if line.strip():
            yield _line_item(line.encode("utf-8"), where)


def _skip_rest_of_line(stream: Stream) -> int:
    skipped = 0
    while True:
        chunk = stream.readline(1 << 20)
        skipped += len(chunk)
        if not chunk or chunk.endswith(b"\n"):
            return skipped


def _line_item(line: bytes, where: str) -> Item:
    warnings: list[str] = []
    line = line.rstrip(b"\r\n")  # so an unterminated string is reported as such
    try:
        try:
            obj = json.loads(line)
        except UnicodeDecodeError:
            text = line.decode("utf-8", errors="replace")
            warnings.append(f"invalid UTF-8: {text.count(chr(0xFFFD))} byte sequence(s) replaced with U+FFFD")
            obj = json.loads(text)
    except (ValueError, RecursionError) as exc:
        return ItemError(where, f"not valid JSON: {_json_problem(exc)}")
    return item_from_record(obj, where, warnings)


def _document_items(doc: Any, name: str) -> Generator[Item, None, None]:
    if isinstance(doc, list):
        if not doc:
            yield ItemError(name, "JSON array has no records")
        for i, obj in enumerate(doc, 1):
            yield item_from_record(obj, f"{name}#item {i}")
    elif isinstance(doc, dict):
        yield item_from_record(doc, name)
    else:
        yield ItemError(name, f"JSON document is a {json_type(doc)}, not a record or an array of records")


def _loads(data: bytes, encoding: str | None) -> Any:
    if encoding:
        return json.loads(data.decode(encoding, errors="replace"))
    try:
        return json.loads(data)
    except UnicodeDecodeError:
        return json.loads(data.decode("utf-8", errors="replace"))


def _has_object_line(data: bytes, encoding: str | None) -> bool:
    """Does any of the first lines hold a whole JSON object? Then it is JSONL with bad lines."""
    text = data[: 1 << 20].decode(encoding or "utf-8", errors="replace")
    lines = [ln for ln in text.splitlines()[:50] if ln.strip()]
    return any(_is_object(ln) for ln in lines)


def _object_lines(s: str, complete: bool) -> bool:
    """Is the first line of ``s``, or another whole line in it, a JSON object? Then: JSONL."""
    lines = s.splitlines()
    if not complete and len(lines) > 1:
        lines.pop()  # cut off by the sniffing prefix
    return any(_is_object(ln) for ln in lines[:50])


def _is_object(line: str) -> bool:
    line = line.strip()
    if not (line.startswith("{") and line.endswith("}")):
        return False
    try:
        return isinstance(json.loads(line), dict)
    except (ValueError, RecursionError):
        return False


def _json_problem(exc: BaseException) -> str:
    if isinstance(exc, json.JSONDecodeError):
        return f"{exc.msg} (line {exc.lineno}, column {exc.colno})" if exc.lineno > 1 else f"{exc.msg} (column {exc.colno})"
    if isinstance(exc, RecursionError):
        return "nested too deeply"
    return str(exc).splitlines()[0][:200] if str(exc) else type(exc).__name__
