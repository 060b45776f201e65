"""Byte streams that let detection peek at a prefix and that turn decompression
failures into a flag instead of an exception in the middle of a parser.

warcio swallows ``EOFError`` while parsing record headers, so a truncated
``.warc.gz`` would silently end early; :class:`GuardedStream` records the
failure so the reader can report it after keeping the records it got.
"""

from __future__ import annotations

import bz2
import gzip
import io
import lzma
import zlib
from typing import Any, BinaryIO

#: Anything with ``read(n)`` and ``readline(n)`` over bytes.
Stream = BinaryIO


def read_at_most(stream: Stream, n: int) -> bytes:
    """Read up to ``n`` bytes, looping because pipes and decompressors return short reads."""
    parts: list[bytes] = []
    left = n
    while left > 0:
        chunk = stream.read(left)
        if not chunk:
            break
        parts.append(chunk)
        left -= len(chunk)
    return b"".join(parts)


class _Prefixed(io.RawIOBase):
    """Replays ``head`` (already read for detection), then the rest of ``rest``."""

    def __init__(self, head: bytes, rest: Stream | None) -> None:
        self._head = memoryview(head)
        self._pos = 0
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, b: Any) -> int:
        if self._pos < len(self._head):
            n = min(len(b), len(self._head) - self._pos)
            b[:n] = self._head[self._pos : self._pos + n]
            self._pos += n
            return n
        if self._rest is None:
            return 0
        data = self._rest.read(len(b))
        if not data:
            return 0
        b[: len(data)] = data
        return len(data)


def prefixed(head: bytes, rest: Stream | None) -> BinaryIO:
    """A buffered stream (with ``readline``) that starts with ``head``."""
    return io.BufferedReader(_Prefixed(head, rest), buffer_size=1 << 16)


class GuardedStream(io.RawIOBase):
    """Decompresses ``raw``; a corrupt or truncated stream ends it and sets ``error``."""

    def __init__(self, raw: Stream, kind: str) -> None:
        self.kind = kind
        self.error: str | None = None
        # Holds no OS resource of its own: the file underneath is closed by whoever opened it.
        self._inner: Any
        if kind == "gzip":
            self._inner = gzip.GzipFile(fileobj=raw, mode="rb")
        elif kind == "bzip2":
            self._inner = bz2.BZ2File(raw, mode="rb")
        else:
            self._inner = lzma.LZMAFile(raw, mode="rb")  # noqa: SIM115

    def readable(self) -> bool:
        return True

    def readinto(self, b: Any) -> int:
        if self.error is not None:
            return 0
        try:
            # read1: one decompression step at a time, so the data before the
            # damage is returned before the error (read(n) would lose it).
            data = self._inner.read1(len(b))
        except EOFError:
            self.error = f"truncated {self.kind} stream"
            return 0
        except (OSError, zlib.error, lzma.LZMAError, ValueError) as exc:
            # gzip.BadGzipFile is an OSError; bz2 raises OSError("Invalid data stream").
            self.error = f"corrupt {self.kind} data ({exc})"
            return 0
        b[: len(data)] = data
        return len(data)


def decompressed(raw: Stream, kind: str) -> tuple[BinaryIO, GuardedStream]:
    guard = GuardedStream(raw, kind)
    return io.BufferedReader(guard, buffer_size=1 << 16), guard
