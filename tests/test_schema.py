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
