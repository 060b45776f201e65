from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SAMPLE = ROOT / "examples" / "kyiv-nato-wire.txt"


@pytest.fixture(scope="session")
def sample_text() -> str:
    return SAMPLE.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def sample_article(sample_text):
    """The bundled wire story, analysed once per test session."""
    import datetime as dt

    from whosaid import analyze

    return analyze(sample_text, reference_date=dt.date(2026, 11, 28))


def shared_path(*parts: str) -> Path:
    p = SHARED.joinpath(*parts)
    if not p.exists():
        pytest.skip(f"{p} not available")
    return p


def statements_of(text: str) -> list:
    """Statements of one text, parsed and run through the statements stage alone."""
    from whosaid.model import Article
    from whosaid.nlp import parse
    from whosaid.statements import find_statements

    art = Article(id="t", text=text)
    parse([art])
    find_statements(art)
    return art.statements


def with_speakers(text: str) -> tuple:
    """(article, statements) of one text through entities and statements, so speakers
    resolve to entities as in the pipeline."""
    from whosaid.entities import find_entities
    from whosaid.model import Article
    from whosaid.nlp import parse
    from whosaid.statements import find_statements

    art = Article(id="t", text=text)
    parse([art])
    find_entities(art)
    find_statements(art)
    return art, art.statements


def at(text: str, span: tuple[int, int] | None) -> str | None:
    """The text under a span, or None."""
    return None if span is None else text[span[0]:span[1]]


def cued(text: str, cue: str) -> list:
    """Statements of one text whose cue is ``cue`` as written."""
    return [s for s in statements_of(text) if s.cue == cue]


def by_cue(text: str, cue: str):
    """The one statement of a text whose cue is ``cue`` (fails, listing all, otherwise)."""
    found = cued(text, cue)
    assert len(found) == 1, [(s.cue, s.content) for s in statements_of(text)]
    return found[0]


def cue_starting(text: str, cue: str):
    """The first statement of a text whose cue starts with ``cue``, in any case ("said" finds
    "said in a statement"; fails, listing all, when there is none)."""
    found = [s for s in statements_of(text) if s.cue and s.cue.lower().startswith(cue)]
    assert found, f"no statement with cue {cue!r}: {[(s.cue, s.content) for s in statements_of(text)]}"
    return found[0]


def parts(text: str, s) -> list[str]:
    """The texts of a statement's content spans."""
    return [text[b:e] for b, e in s.content_spans]

