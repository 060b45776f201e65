"""The JSON Schema of the article output (schema version 1)."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any


@lru_cache(maxsize=1)
def article_schema() -> dict[str, Any]:
    return json.loads(resources.files(__package__).joinpath("article.schema.json").read_text())


def validate(obj: dict[str, Any]) -> None:
    """Raise ``jsonschema.ValidationError`` unless ``obj`` is a valid schema-v1 article."""
    import jsonschema

    jsonschema.validate(obj, article_schema(), cls=jsonschema.Draft202012Validator)
