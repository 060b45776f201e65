"""JSON records ``{"id", "url", "title", "published", "text" | "html", "outlet"}`` → RawItem."""

from __future__ import annotations

import datetime as dt
import email.utils
import re
from typing import Any
from urllib.parse import urlsplit

from whosaid.ingest.limits import MAX_HTML_BYTES, MAX_TEXT_BYTES, limit_mb, mb
from whosaid.model import ItemError, RawItem

_ISO_DATE = re.compile(r"\s*(\d{4})-(\d{2})-(\d{2})(?:$|[T\s_]|\d{2}:)")
_COMPACT_DATE = re.compile(r"\s*(\d{4})(\d{2})(\d{2})\s*$")
_SURROGATE = re.compile("[\ud800-\udfff]")
_DATE_LANGUAGES = ["en", "fr", "de", "es", "it", "pt", "nl", "pl", "uk", "ru"]
_HAS_YEAR = re.compile(r"(?<!\d)(?:1[89]|2\d)\d\d(?!\d)|\d{1,2}[/.-]\d{1,2}[/.-]\d\d")
_HOST_PREFIX = re.compile(r"^(?:www\d*|m|amp|mobile)\.(?=[^.]+\.)")
_JSON_TYPE = {dict: "object", list: "array", str: "string", int: "number", float: "number",
              bool: "boolean", type(None): "null"}


def json_type(v: Any) -> str:
    return _JSON_TYPE.get(type(v), type(v).__name__)


def item_from_record(obj: Any, name: str, warnings: list[str] | None = None) -> RawItem | ItemError:
    """Validate one record; problems with optional fields become warnings, not errors."""
    if not isinstance(obj, dict):
        return ItemError(name, f"not a JSON object (got {json_type(obj)})")
    warnings = list(warnings or [])
    text, text_problem = _body(obj, "text", MAX_TEXT_BYTES, warnings)
    html, html_problem = _body(obj, "html", MAX_HTML_BYTES, warnings)
    if text is None and html is None:
        problems = [p for p in (text_problem, html_problem) if p]
        return ItemError(name, "; ".join(problems) or 'record has neither "text" nor "html"')
    if text is not None and html is not None:
        # User-supplied body text is authoritative; extraction from HTML is a guess.
        warnings.append('record has both "text" and "html"; using "text"')
        html = None
    item = RawItem(name=name, text=text, html=html, warnings=warnings)
    rid = obj.get("id")
    if isinstance(rid, str | int) and not isinstance(rid, bool) and str(rid).strip():
        item.id = _storable(str(rid), "id", warnings).strip()
    elif rid is not None:
        warnings.append(f'"id" is not a string or number ({json_type(rid)}); ignored')
    item.url = _string(obj, "url", warnings)
    item.title = _string(obj, "title", warnings)
    item.outlet = _string(obj, "outlet", warnings) or outlet_from_url(item.url)
    if obj.get("published") is not None:
        item.published, problem = normalize_date(obj["published"])
        if problem:
            warnings.append(problem)
    return item


def _body(
    obj: dict[str, Any], key: str, limit: int, warnings: list[str]
) -> tuple[str | None, str | None]:
    v = obj.get(key)
    if v is None:
        return None, None
    if not isinstance(v, str):
        return None, f'"{key}" is not a string ({json_type(v)})'
    v = _storable(v, key, warnings)
    if not v.strip():
        return None, f'"{key}" is empty'
    if len(v) > limit:
        return None, f'"{key}" is {mb(len(v))}; larger than the {limit_mb(limit)} limit for one article'
    return v, None


def _string(obj: dict[str, Any], key: str, warnings: list[str]) -> str | None:
    v = obj.get(key)
    if v is None:
        return None
    if not isinstance(v, str):
        warnings.append(f'"{key}" is not a string ({json_type(v)}); ignored')
        return None
    return _storable(v, key, warnings).strip() or None


def _storable(v: str, key: str, warnings: list[str]) -> str:
    """Drop NULs and unpaired surrogates ("\\ud83d" cut from an emoji): UTF-8 output,
    and PostgreSQL, cannot hold them."""
    if "\x00" in v:
        warnings.append(f'"{key}": removed {v.count(chr(0))} NUL character(s)')
        v = v.replace("\x00", "")
    if _SURROGATE.search(v):
        n = len(_SURROGATE.findall(v))
        warnings.append(f'"{key}": replaced {n} unpaired surrogate(s) with U+FFFD')
        v = _SURROGATE.sub("\ufffd", v)
    return v


def normalize_date(value: Any) -> tuple[str | None, str | None]:
    """Any common date form → ``YYYY-MM-DD``, else ``(None, warning)``.

    The date is taken as written (local to the publisher): "2024-12-22T23:30-05:00"
    stays 2024-12-22, which is what the article itself would call its date.
    """
    d = _parse_date(value)
    if d is None:
        shown = repr(value) if len(repr(value)) <= 60 else repr(value)[:57] + "..."
        return None, f'"published" {shown} is not a recognisable date; ignored'
    return d.isoformat(), None


def _parse_date(value: Any) -> dt.date | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return _from_timestamp(value)
    if not isinstance(value, str) or not value.strip() or len(value) > 80:
        return None
    for rx in (_ISO_DATE, _COMPACT_DATE):
        m = rx.match(value)
        if m:
            try:
                return dt.date(int(m[1]), int(m[2]), int(m[3]))
            except ValueError:
                return None
    try:  # RSS and HTTP headers: "Sun, 22 Dec 2024 10:00:00 GMT"
        return email.utils.parsedate_to_datetime(value).date()
    except (TypeError, ValueError, IndexError):
        pass
    return _dateparser(value)


def _from_timestamp(v: float) -> dt.date | None:
    if 1e12 <= v < 1e14:  # milliseconds, as JavaScript writes them
        v /= 1000
    if not 1e8 <= v < 1e11:
        return None
    return dt.datetime.fromtimestamp(v, tz=dt.UTC).date()


def _dateparser(value: str) -> dt.date | None:
    if not _HAS_YEAR.search(value):
        # A full date needs a year; dateparser takes ~200 ms to reject prose.
        return None
    # Imported lazily: loading dateparser costs ~0.3 s and most inputs never need it.
    import dateparser

    settings = {"REQUIRE_PARTS": ["day", "month", "year"], "STRICT_PARSING": True}
    # A fixed list of news languages: detecting among all ~200 costs 200 ms a call.
    parsed = dateparser.parse(value, languages=_DATE_LANGUAGES, settings=settings)
    return parsed.date() if parsed else None


def outlet_from_url(url: str | None) -> str | None:
    """"https://www.reuters.com/world/..." → "reuters.com"."""
    if not url:
        return None
    try:
        host = urlsplit(url.strip()).hostname
    except ValueError:
        return None
    if not host:
        return None
    return _HOST_PREFIX.sub("", host.rstrip("."))
