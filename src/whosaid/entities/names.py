"""First-name gender from gender-guesser's name list (about 40k first names, by country).

Only unambiguous answers count ("male"/"female"; not "mostly_female" for Bernie): the
gender filters pronoun antecedents, so a wrong one costs more than none.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any


@lru_cache(maxsize=1)
def _detector() -> Any:
    import gender_guesser.detector as gd

    return gd.Detector(case_sensitive=False)


@lru_cache(maxsize=8192)
def first_name_gender(first: str) -> str | None:
    if not first.isalpha() or len(first) < 2:
        return None
    answer = _detector().get_gender(first)
    return {"male": "m", "female": "f"}.get(answer)


@lru_cache(maxsize=8192)
def is_first_name(word: str) -> bool:
    """Whether the list knows ``word`` as a first name at all (any gender answer)."""
    return word.isalpha() and _detector().get_gender(word) != "unknown"
