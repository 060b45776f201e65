"""The statements stage's shipped logistic-regression weights: loading and scoring.

Both learned models (:mod:`.learned`, :mod:`.extent`) are files under ``data/`` written
by ``bench/train_cues.py`` / ``bench/train_extent.py``: ``{"bias", "weights": {feature:
weight}, ...}``. Scoring is a sum of weights in plain Python, so no learning library is
needed at run time.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from functools import cache
from importlib import resources
from typing import Any


@cache
def load(file: str) -> dict[str, Any]:
    """A model file from the package's ``data/``, read once per process."""
    path = resources.files("whosaid.statements").joinpath("data", file)
    model: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return model


def probability(model: dict[str, Any], features: Iterable[str]) -> float:
    """The model's probability for a set of binary features (repeats count once)."""
    w = model["weights"]
    z = model["bias"] + sum(w.get(f, 0.0) for f in set(features))
    return 1.0 / (1.0 + math.exp(-z))
