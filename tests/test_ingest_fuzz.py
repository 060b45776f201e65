"""Hypothesis: whatever bytes or text arrive, the readers answer with items, never an exception."""

from __future__ import annotations

import bz2
import gzip
import json
import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from whosaid.ingest import read_bytes
from whosaid.model import ItemError, RawItem

FUZZ = settings(max_examples=int(os.environ.get("WHOSAID_FUZZ_EXAMPLES", "200")), deadline=None, suppress_health_check=[HealthCheck.too_slow])


def check(data: bytes) -> list[RawItem | ItemError]:
    items = list(read_bytes(data, "fuzz"))
    assert items, "every input yields at least one item or error"
    for item in items:
        assert isinstance(item, RawItem | ItemError)
        if isinstance(item, ItemError):
            assert item.name.startswith("fuzz")
            assert item.reason and "\n" not in item.reason
            assert not item.reason.startswith("internal error"), item.reason
        else:
            assert (item.text is None) != (item.html is None)
            for value in (item.text, item.html, item.title, item.id, item.url, item.outlet):
                assert "\x00" not in (value or "")
                (value or "").encode("utf-8")  # no lone surrogates: the output must be writable
    return items


@FUZZ
@given(st.binary(max_size=4096))
def test_random_bytes(data):
    check(data)


@FUZZ
@given(st.text(max_size=2000), st.sampled_from(["utf-8", "utf-16", "utf-16-le", "utf-32", "cp1252"]))
def test_random_text_in_any_encoding(text, encoding):
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        data = text.encode("utf-8")
    items = check(data)
    if encoding.startswith("utf") and text.strip() and "\x00" not in text and len(items) == 1:
        item = items[0]
        if isinstance(item, RawItem) and item.text is not None and item.warnings == []:
            # Encoders for utf-16/utf-32 write a BOM of their own; a leading U+FEFF
            # in the text itself reads as the BOM otherwise.
            expected = text if encoding in ("utf-16", "utf-32") else text.removeprefix("\ufeff")
            assert item.text.strip() == expected.strip() or encoding == "utf-16-le"


@FUZZ
@given(st.binary(max_size=2048), st.sampled_from([gzip.compress, bz2.compress]), st.integers(0, 4096))
def test_random_compressed_and_cut(data, compress, cut):
    packed = compress(data)
    check(packed[: cut % (len(packed) + 1)])


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=40),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=12,
)
records = st.fixed_dictionaries(
    {}, optional={"id": json_values, "url": st.text(max_size=40) | json_values,
                  "title": json_values, "published": st.text(max_size=30) | json_values,
                  "text": st.text(max_size=200) | json_values, "html": st.text(max_size=200),
                  "outlet": json_values},
)


@FUZZ
@given(st.lists(records | json_values, min_size=1, max_size=8))
def test_random_jsonl_records(objs):
    data = "\n".join(json.dumps(o) for o in objs).encode()
    items = check(data)
    if all(isinstance(o, dict) for o in objs) and data.lstrip().startswith(b"{"):
        assert len(items) == len(objs)


def _small_warc() -> bytes:
    import io

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    w = WARCWriter(buf, gzip=False)
    for n in range(3):
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        body = f"<html><body><p>The minister said on Monday that talks would resume ({n}).</p></body></html>"
        w.write_record(w.create_warc_record(f"https://example.com/{n}", "response",
                                            payload=io.BytesIO(body.encode()), http_headers=http))
    return buf.getvalue()


WARC = _small_warc()


@FUZZ
@given(st.lists(st.tuples(st.integers(0, len(WARC) - 1), st.binary(min_size=1, max_size=8)), max_size=6),
       st.integers(0, len(WARC)), st.booleans())
def test_damaged_warc(edits, cut, gz):
    """Overwrite a few byte runs (headers, lengths, payload) and cut the archive somewhere."""
    data = bytearray(WARC)
    for pos, junk in edits:
        data[pos : pos + len(junk)] = junk
    data = bytes(data[: max(cut, 6)])
    if not data.startswith(b"WARC/"):
        data = b"WARC/" + data
    check(gzip.compress(data) if gz else data)
