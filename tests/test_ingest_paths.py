"""Paths as a user gives them: directories, stdin, missing files; and the CLI over a mixed batch."""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import shared_path
from whosaid.ingest import read_paths
from whosaid.model import ItemError, RawItem

WHOSAID = str(Path(sys.executable).with_name("whosaid"))
STORY = ("Ukrainian President Volodymyr Zelensky said on Sunday that membership of NATO was "
         "“achievable”, but warned that Kyiv was not there yet.\n")


def test_directory_is_read_recursively_sorted_skipping_hidden(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    (tmp_path / "b" / "2.txt").write_text(STORY)
    (tmp_path / "a.txt").write_text(STORY)
    (tmp_path / "c.txt").write_text(STORY)
    (tmp_path / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")
    (tmp_path / ".git" / "HEAD").write_text("ref: refs/heads/main\n")
    names = [i.name for i in read_paths([str(tmp_path)])]
    assert names == [str(tmp_path / "a.txt"), str(tmp_path / "c.txt"), str(tmp_path / "b" / "2.txt")]


def test_missing_paths_and_empty_directory(tmp_path):
    f = tmp_path / "story.txt"
    f.write_text(STORY)
    (tmp_path / "empty").mkdir()
    items = list(read_paths([str(tmp_path / "nope.txt"), str(f / "x"), str(tmp_path / "empty")]))
    assert items == [
        ItemError(str(tmp_path / "nope.txt"), "no such file or directory"),
        ItemError(str(f / "x"), "not a directory"),
        ItemError(str(tmp_path / "empty"), "directory has no files to read (hidden files are skipped)"),
    ]


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read files without permission bits")
def test_unreadable_file(tmp_path):
    f = tmp_path / "secret.txt"
    f.write_text(STORY)
    f.chmod(0)
    assert list(read_paths([str(f)])) == [ItemError(str(f), "permission denied")]


def test_stdin_is_read_as_a_stream():
    code = ("import sys; from whosaid.ingest import read_paths\n"
            "for i in read_paths(['-']): print(i.name, type(i).__name__, repr(getattr(i, 'text', None)))")
    data = gzip.compress(json.dumps({"text": STORY}).encode() + b"\nnot json\n")
    r = subprocess.run([sys.executable, "-c", code], input=data, capture_output=True, timeout=60)
    assert r.returncode == 0, r.stderr
    assert r.stdout.decode().splitlines() == [
        f"<stdin>:line 1 RawItem {STORY!r}", "<stdin>:line 2 ItemError None"]


def test_eval_html_pages_come_back_as_html():
    files = sorted(shared_path("eval", "article_extraction", "html").glob("*.html.gz"))
    assert len(files) > 100
    items = list(read_paths(str(p) for p in files))
    assert len(items) == len(files)
    for p, item in zip(files, items, strict=True):
        assert isinstance(item, RawItem), item
        assert item.name == str(p) and item.text is None
        assert item.html and "<" in item.html[:2000]


def _mixed_batch(root: Path) -> list[str]:
    (root / "good").mkdir()
    (root / "good" / "story.txt").write_text(STORY, encoding="utf-16")
    (root / "good" / "page.html.gz").write_bytes(gzip.compress(
        f"<html><head><title>NATO</title></head><body><article><p>{STORY}</p><p>{STORY}</p>"
        "</article></body></html>".encode()))
    (root / "bad").mkdir()
    (root / "bad" / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01" + bytes(200))
    (root / "bad" / "empty.txt").write_bytes(b"")
    (root / "bad" / "cut.txt.gz").write_bytes(gzip.compress(STORY.encode() * 50)[:100])
    (root / "bad" / "feed.jsonl").write_text(json.dumps({"text": STORY, "url": "https://www.reuters.com/a"})
                                             + "\n{not json}\n")
    return ["bad/cut.txt.gz: truncated gzip stream",
            "bad/empty.txt: empty file",
            "bad/feed.jsonl:line 2: not valid JSON: Expecting property name enclosed in double quotes (column 2)",
            "bad/photo.jpg: binary data (looks like JPEG image), not text/HTML/JSONL/WARC"]


def test_cli_mixed_batch_reports_each_bad_item_and_exits_1(tmp_path):
    expected_errors = _mixed_batch(tmp_path)
    r = subprocess.run([WHOSAID, "analyze", "bad", "good", "--format", "jsonl", "--no-progress"],
                       cwd=tmp_path, capture_output=True, timeout=300)
    assert r.returncode == 1, r.stderr
    errors = [ln.removeprefix("error: ") for ln in r.stderr.decode().splitlines() if ln.startswith("error: ")]
    assert errors == expected_errors
    out = [json.loads(ln) for ln in r.stdout.decode().splitlines()]
    assert len(out) == 3  # the good JSONL line, the UTF-16 text, the gzipped page
    assert all("Zelensky" in o["text"] for o in out)


def test_cli_exits_0_when_all_items_are_good(tmp_path, monkeypatch):
    """In-process (the language model is loaded once per test session)."""
    from click.testing import CliRunner

    from whosaid.cli import main

    _mixed_batch(tmp_path)
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["analyze", "good", "--format", "jsonl", "--no-progress"])
    assert result.exit_code == 0, result.output
    out = [json.loads(ln) for ln in result.stdout.splitlines() if ln.startswith("{")]
    assert len(out) == 2 and all("Zelensky" in o["text"] for o in out)


def test_dash_without_any_stdin():
    code = "from whosaid.ingest import read_paths; print([str(i) for i in read_paths(['-'])])"
    r = subprocess.run(["sh", "-c", f'"{sys.executable}" -c "{code}" <&-'], capture_output=True, timeout=60)
    assert r.returncode == 0, r.stderr
    assert r.stdout.decode().strip() == "['<stdin>: no standard input to read']"
