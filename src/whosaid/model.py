"""The one shared data model that flows through every pipeline stage.

Stages receive an :class:`Article` and fill in their own fields; nothing flows
backwards.  ``Article.to_dict`` produces the schema-version-1 JSON documented
in ``docs/schema.md`` and validated by ``whosaid/schema/article.schema.json``.

All spans are ``(start, end)`` half-open Python string offsets into
``Article.text`` (the cleaned body) unless a field says otherwise: a statement
whose ``source`` is ``"title"`` or ``"standfirst"`` has spans into that field.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

SCHEMA_VERSION = 1

Span = tuple[int, int]
PublishedSource = Literal["input", "html", "inferred"]
StatementKind = Literal["direct", "indirect", "mixed"]
TextField = Literal["text", "title", "standfirst"]
# Which cues make statements: "all" adds the learned model's open class to the lexicon's.
CueSet = Literal["all", "lexicon"]


@dataclass
class RawItem:
    """One input item as read by ``ingest``: text *or* html, plus what the input says about it."""

    name: str  # where it came from, for messages: "path", "path:line 3", "file.warc.gz#record 7"
    text: str | None = None
    html: str | None = None
    id: str | None = None
    url: str | None = None
    title: str | None = None
    published: str | None = None  # ISO date (YYYY-MM-DD) when the input gives one
    outlet: str | None = None
    warnings: list[str] = field(default_factory=list)


@dataclass
class ItemError:
    """An input item that could not be read; the batch goes on without it."""

    name: str
    reason: str

    def __str__(self) -> str:
        return f"{self.name}: {self.reason}"


@dataclass
class Removal:
    text: str
    reason: str


@dataclass
class Entity:
    id: str  # article-local: "E1", "E2", ...
    key: str  # the same real-world entity gets the same key in every article
    name: str  # canonical name, e.g. "Volodymyr Zelenskyy"
    type: str  # PERSON, ORG, GPE, NORP, LOC, ...
    aliases: list[str] = field(default_factory=list)  # surface forms seen, incl. titles
    mentions: list[Span] = field(default_factory=list)
    descriptions: list[str] = field(default_factory=list)  # "Ukrainian President", "the Kremlin spokesman"


@dataclass
class Statement:
    id: str  # article-local: "S1", ...
    kind: StatementKind
    content: str
    content_spans: list[Span]
    speaker: str | None = None  # Entity.id
    speaker_name: str | None = None
    speaker_mention: Span | None = None
    cue: str | None = None
    cue_span: Span | None = None
    date: str | None = None  # TIMEX3 value of when it was said, if the text says
    source: TextField = "text"  # which field the spans point into
    sentence_span: Span | None = None  # the sentence(s) that carry the statement


@dataclass
class TimeExpr:
    id: str  # "T1", ...
    text: str
    span: Span
    type: Literal["DATE", "TIME", "DURATION", "SET"]
    value: str  # TIMEX3 value: 2024-12-22, 2024-W51, P2D, FUTURE_REF ...


@dataclass
class Stance:
    """An actor's position on an issue, with the sentence that shows it."""

    id: str  # "P1", ...
    holder: str | None  # Entity.id of the actor
    holder_name: str | None
    target: str  # the issue as written, e.g. "NATO membership"
    target_key: str  # normalised issue label, comparable across articles
    polarity: Literal["support", "oppose"]
    evidence: str  # the sentence (or headline) that shows the stance
    evidence_span: Span  # span of that sentence in the ``source`` field
    source: TextField = "text"
    statement: str | None = None  # Statement.id when the stance comes from a statement


@dataclass
class Article:
    id: str
    text: str
    url: str | None = None
    title: str | None = None
    standfirst: str | None = None
    credit: str | None = None
    dateline: str | None = None
    outlet: str | None = None
    published: str | None = None
    published_source: PublishedSource | None = None
    language: str | None = None
    removed: list[Removal] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    times: list[TimeExpr] = field(default_factory=list)
    stances: list[Stance] = field(default_factory=list)
    # Not serialised: the spaCy Doc over ``text`` and where the item came from.
    doc: Any = field(default=None, repr=False, compare=False)
    source_name: str | None = field(default=None, repr=False, compare=False)

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d.pop("doc")
        d.pop("source_name")
        out: dict[str, Any] = {"schema_version": SCHEMA_VERSION}
        # Metadata first, the long text after it: what a reader of pretty output wants.
        for key in _FIELD_ORDER:
            out[key] = _lists(d.pop(key))
        out.update(_lists(d))
        return out

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Article:
        def spans(v: Any) -> Any:
            return None if v is None else tuple(v)

        return cls(
            id=d["id"],
            text=d["text"],
            url=d.get("url"),
            title=d.get("title"),
            standfirst=d.get("standfirst"),
            credit=d.get("credit"),
            dateline=d.get("dateline"),
            outlet=d.get("outlet"),
            published=d.get("published"),
            published_source=d.get("published_source"),
            language=d.get("language"),
            removed=[Removal(**r) for r in d.get("removed", [])],
            warnings=list(d.get("warnings", [])),
            entities=[
                Entity(**{**e, "mentions": [tuple(m) for m in e.get("mentions", [])]})
                for e in d.get("entities", [])
            ],
            statements=[
                Statement(
                    **{
                        **s,
                        "content_spans": [tuple(c) for c in s["content_spans"]],
                        "speaker_mention": spans(s.get("speaker_mention")),
                        "cue_span": spans(s.get("cue_span")),
                        "sentence_span": spans(s.get("sentence_span")),
                    }
                )
                for s in d.get("statements", [])
            ],
            times=[TimeExpr(**{**t, "span": tuple(t["span"])}) for t in d.get("times", [])],
            stances=[
                Stance(**{**p, "evidence_span": tuple(p["evidence_span"])})
                for p in d.get("stances", [])
            ],
        )


_FIELD_ORDER = ("id", "url", "title", "standfirst", "credit", "dateline", "outlet", "published",
                "published_source", "language", "text")


def _lists(v: Any) -> Any:
    """Tuples become lists so the dict is exactly what ``json.loads`` would give back."""
    if isinstance(v, dict):
        return {k: _lists(x) for k, x in v.items()}
    if isinstance(v, list | tuple):
        return [_lists(x) for x in v]
    return v
