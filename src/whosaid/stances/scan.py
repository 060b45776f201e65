"""Which tokens of a document can carry a stance: found on the lemma array in one
vectorised step, because a Python loop creating every Token is most of this stage's cost
otherwise (measured: ~8 ms vs < 1 ms per PolNeAR article)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from whosaid.stances.lexicon import (
    ENACT_VERBS,
    EVALUATIVE_ADJ,
    EVALUATIVE_NOUNS,
    PASS_THROUGH_VERBS,
    PREP_VERBS,
    STANCE_NOUNS,
    STANCE_VERBS,
)


def candidates(doc: Any) -> Iterator[Any]:
    """Tokens whose lemma is in the stance lexicon, in document order."""
    import numpy
    from spacy.attrs import LEMMA

    hashes = _lexicon_hashes(doc.vocab)
    lemmas = doc.to_array([LEMMA])
    for i in numpy.flatnonzero(numpy.isin(lemmas, hashes)):
        yield doc[int(i)]


_HASHES: dict[int, Any] = {}


def _lexicon_hashes(vocab: Any) -> Any:
    key = id(vocab.strings)
    if key not in _HASHES:
        import numpy

        words = (
            set(STANCE_VERBS) | PASS_THROUGH_VERBS | {v for v, _ in PREP_VERBS} | set(ENACT_VERBS)
            | set(STANCE_NOUNS) | set(EVALUATIVE_ADJ) | set(EVALUATIVE_NOUNS)
        )
        words |= {"favor", "favour", "against"}
        forms = words | {w.capitalize() for w in words}  # sentence-initial lemmas keep case
        _HASHES[key] = numpy.array(sorted(vocab.strings.add(w) for w in forms), dtype="uint64")
    return _HASHES[key]
