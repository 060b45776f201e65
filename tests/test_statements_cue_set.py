"""``cues="lexicon"`` (``whosaid analyze --cues lexicon``): statements under listed cues
only. The learned cue model reads political news, where "railed against the rules" and
"released the footage" are attributions; on a tech or business page "Apple released the
new iPad Pro" is not, and a user reading such pages wants the speech alone."""

from __future__ import annotations

import json

from test_cli import run as cli
from whosaid.model import Article
from whosaid.nlp import parse
from whosaid.pipeline import analyze
from whosaid.statements import find_statements

PAGE = ("Apple released the new iPad Pro on Tuesday. Senator Maria Lopez railed against the "
        "company's repair rules. “It is our best tablet yet,” Tim Cook said.")


def _cues(text: str, **kw: str) -> list[str | None]:
    art = Article(id="t", text=text)
    parse([art])
    find_statements(art, **kw)  # type: ignore[arg-type]
    return [s.cue for s in art.statements]


def test_all_cues_include_the_learned_models_finds():
    assert _cues(PAGE) == ["released", "railed against", "said"]


def test_lexicon_keeps_speech_and_drops_the_open_class():
    assert _cues(PAGE, cues="lexicon") == ["said"]


def test_lexicon_keeps_listed_frames_and_their_contents():
    text = "The governor said the plan would cut taxes, and critics warned that schools would suffer."
    art_all, art_lex = Article(id="a", text=text), Article(id="b", text=text)
    parse([art_all, art_lex])
    find_statements(art_all)
    find_statements(art_lex, cues="lexicon")
    assert [(s.cue, s.content) for s in art_lex.statements] == [(s.cue, s.content) for s in art_all.statements]
    assert [s.cue for s in art_lex.statements] == ["said", "warned"]


def test_pipeline_passes_the_cue_set_through():
    assert [s.cue for s in analyze(PAGE, cues="lexicon").statements] == ["said"]
    assert "released" in [s.cue for s in analyze(PAGE).statements]


def test_cli_cues_option(tmp_path):
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    got = {}
    for mode in ("all", "lexicon"):
        r = cli("analyze", str(page), "--format", "jsonl", "--cues", mode)
        assert r.returncode == 0, r.stderr
        got[mode] = [s["cue"] for s in json.loads(r.stdout)["statements"]]
    assert got["lexicon"] == ["said"]
    assert "railed against" in got["all"]
    r = cli("analyze", str(page), "--cues", "some")
    assert r.returncode == 2
