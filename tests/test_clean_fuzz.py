"""Random text at the cleaner: it never crashes and never rewrites a kept line."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from whosaid.clean import clean_batch
from whosaid.model import Article, ItemError, RawItem

REF = dt.date(2026, 11, 28)

# Lines that exercise every rule, mixed with arbitrary text.
PIECES = [
    "close", "Learn more", "Advertisement", "Read more: something", "Photo: X/Getty Images",
    "WASHINGTON (AFP) –", "KYIV, Dec 22 (Reuters) - Ukraine said on Sunday (December 22) it held.",
    "With the contribution of agencies", "(Reporting by A; Editing by B)", "— AFP",
    "Zelensky says kyiv’s NATO membership ‘feasible’", "An “achievable” goal?",
    "Home | World | Europe", "| a | b |", "", " ", "\t", "\r", "on Sunday (February 30)",
    "Officials said the talks would resume on Friday, December 20, 2024, in Geneva.",
]
line = st.one_of(st.sampled_from(PIECES), st.text(max_size=80))
documents = st.lists(line, max_size=25).map("\n".join)


def _check(item: RawItem, result: Article | ItemError) -> None:
    if isinstance(result, ItemError):
        assert not result.reason.startswith("cleaning failed"), result
        return
    assert result.text
    source_lines = {s.strip() for s in (item.text or "").splitlines()}
    for kept in result.text.split("\n"):
        assert kept == "" or kept in source_lines
    if result.published is not None:
        assert dt.date.fromisoformat(result.published) <= REF


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(documents, min_size=1, max_size=5))
def test_random_text_batches(texts):
    items = [RawItem(f"t{i}", text=t) for i, t in enumerate(texts)]
    out = clean_batch(items, reference_date=REF)
    assert len(out) == len(items)
    for item, r in zip(items, out, strict=True):
        assert r.name == item.name if isinstance(r, ItemError) else r.source_name == item.name
        _check(item, r)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400))
def test_random_html(html):
    (r,) = clean_batch([RawItem("h", html=html)], reference_date=REF)
    if isinstance(r, ItemError):
        assert r.reason.startswith("no article text found in HTML"), r
