"""whosaid: who said what, when, about whom — from raw news, with provenance."""

from whosaid.model import SCHEMA_VERSION, Article, Entity, Stance, Statement, TimeExpr

__version__ = "0.1.0"

__all__ = [
    "SCHEMA_VERSION",
    "Article",
    "Entity",
    "Stance",
    "Statement",
    "TimeExpr",
    "__version__",
    "analyze",
    "analyze_items",
]


def __getattr__(name: str):  # lazy: importing whosaid must not load spaCy
    if name in ("analyze", "analyze_items"):
        from whosaid import pipeline

        return getattr(pipeline, name)
    raise AttributeError(name)
