"""Every output validates against the shipped JSON Schema and round-trips."""

from __future__ import annotations

import json

import jsonschema
import pytest

from whosaid.model import Article
from whosaid.schema import validate


def test_sample_output_validates(sample_article):
    obj = sample_article.to_dict()
    validate(obj)
    assert json.loads(json.dumps(obj)) == obj


def test_round_trip(sample_article):
    obj = sample_article.to_dict()
    assert Article.from_dict(obj).to_dict() == obj


def test_schema_rejects_bad_span(sample_article):
    obj = sample_article.to_dict()
    obj["times"] = [{"id": "T1", "text": "x", "span": [3], "type": "DATE", "value": "2024"}]
    with pytest.raises(jsonschema.ValidationError):
        validate(obj)


def test_spans_point_into_text(sample_article):
    """Every span indexes the field it names, and the recorded text matches."""
    a = sample_article
    for e in a.entities:
        for s, t in e.mentions:
            assert 0 <= s < t <= len(a.text)
    for st in a.statements:
        field = getattr(a, st.source)
        for s, t in st.content_spans:
            assert 0 <= s < t <= len(field)
        if st.cue_span:
            assert field[st.cue_span[0]:st.cue_span[1]] == st.cue
    for tx in a.times:
        assert a.text[tx.span[0]:tx.span[1]] == tx.text


def test_real_pages_and_texts_validate():
    """Whatever real input produces — HTML pages, long political news — fits the schema."""
    import gzip

    from conftest import shared_path
    from whosaid.model import RawItem
    from whosaid.pipeline import analyze_items

    pages = sorted(shared_path("eval", "article_extraction", "html").glob("*.html.gz"))[:6]
    texts = sorted(shared_path("eval", "polnear", "data", "dev", "text").glob("*.txt"))[:4]
    items = [RawItem(name=p.name, html=gzip.decompress(p.read_bytes()).decode("utf-8", "replace"))
             for p in pages]
    items += [RawItem(name=p.name, text=p.read_text(encoding="utf-8")) for p in texts]
    results = list(analyze_items(items))
    assert len(results) == len(items)
    articles = [r for r in results if isinstance(r, Article)]
    assert len(articles) == len(items), [str(r) for r in results if not isinstance(r, Article)]
    assert sum(len(a.statements) for a in articles) > 20
    for a in articles:
        obj = a.to_dict()
        validate(obj)
        assert Article.from_dict(obj).to_dict() == obj
