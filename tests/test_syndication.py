"""Syndicated copies of one wire story are one story; other stories on the topic are not."""

from __future__ import annotations

import itertools

import pytest
from datasketch import MinHash, MinHashLSH

from whosaid.store import syndication as syn

# A wire story written for these tests (fictional events, real-world-style names).
WIRE = """\
BRUSSELS (AP) — NATO foreign ministers agreed on Tuesday to expand air-defence deliveries to Ukraine before the winter, after a two-day meeting that exposed divisions over how fast the alliance should move on Kyiv's membership bid.

Secretary General Mark Rutte told reporters that the allies had pledged "at least eight additional systems" and would coordinate deliveries through a new cell at the alliance's headquarters in Brussels.

"Winter is coming, and Russia is preparing to use it as a weapon again," Rutte said. "We will not let Ukraine's cities go dark."

Ukraine's foreign minister, Andrii Sybiha, welcomed the pledge but said it was not enough. "Eight systems is a start, not an answer," he told a news conference. "Our partners know exactly what we need."

Several ministers, including Hungary's Péter Szijjártó, argued against setting any timetable for Ukraine's accession, saying the alliance should not take decisions that could draw it into the war.

The Kremlin dismissed the meeting. Spokesman Dmitry Peskov said the deliveries would "only prolong the conflict" and would not change the situation on the front line.

Diplomats said a final decision on the membership question was unlikely before the alliance's summit in The Hague next summer.

The ministers will meet again in February.

Associated Press writer Lorne Cook contributed to this report."""

# The same event written independently: same entities and topic, different wording.
SAME_TOPIC_OTHER_EVENT = """\
KYIV (Reuters) — Ukraine's foreign minister Andrii Sybiha on Friday urged NATO to set a date for Kyiv's accession, days before alliance envoys meet in Brussels to discuss support for the country.

Speaking alongside his Polish counterpart, Sybiha said the allies had "run out of excuses" and that every month without a decision encouraged Moscow.

NATO Secretary General Mark Rutte has said the door remains open but has avoided any timetable, and Hungary has repeatedly warned that a membership promise could escalate the war.

Kremlin spokesman Dmitry Peskov said any step towards Ukrainian membership would be treated as a direct threat to Russia's security.

Poland's foreign minister said Warsaw would push for new air-defence deliveries at the Brussels meeting.

Reporting by Reuters staff; editing by a desk editor."""

# Another story from the same beat, same speakers, different event.
OTHER_EVENT = """\
BRUSSELS (AP) — NATO defence ministers on Thursday approved a plan to rotate more troops through the alliance's eastern flank, after Russian drones crossed into Polish and Romanian airspace twice in a month.

Secretary General Mark Rutte said the deployments were "defensive, proportionate and long overdue," and that allies had agreed to share the costs.

Ukraine's foreign minister, Andrii Sybiha, who attended a session by video link, said the drone incursions showed that Russia was testing the alliance.

Hungary's Péter Szijjártó said his government would not send troops but would not block the plan.

Kremlin spokesman Dmitry Peskov called the decision "another step towards confrontation" and said Russia would respond.

Associated Press writer Lorne Cook contributed to this report."""


def paras(text: str) -> list[str]:
    return text.split("\n\n")


def join(ps: list[str]) -> str:
    return "\n\n".join(ps)


def curly_to_straight(text: str) -> str:
    return text.replace("“", '"').replace("”", '"').replace("’", "'")


def straight_to_curly(text: str) -> str:
    out, opening = [], True
    for ch in text:
        if ch == '"':
            out.append("“" if opening else "”")
            opening = not opening
        else:
            out.append("’" if ch == "'" else ch)
    return "".join(out)


P = paras(WIRE)
# Typical copies seen in the wild, each from a different outlet.
COPIES = {
    # A regional paper cuts the Hungary paragraph and the closing line, re-types quotes.
    "cut_and_curly": straight_to_curly(join(P[:4] + P[5:7] + P[8:])),
    # A translated credit line and a changed dateline (no agency in it).
    "credit_dateline": join(
        ["BRUSSELS — " + P[0].split("— ", 1)[1]]
        + P[1:8]
        + ["Avec la contribution de l'Associated Press (Lorne Cook)."]
    ),
    # An outlet adds its own context paragraph and drops the last two lines.
    "added_para": join(
        P[:3]
        + ["Ukraine has asked for at least 25 Patriot-class systems to protect its power grid, "
           "which Russian missiles and drones have repeatedly targeted since 2022."]
        + P[3:7]
    ),
    # Whitespace mangled by a scraper, dashes re-typed.
    "reflowed": WIRE.replace("—", "--").replace(". ", ".  ").replace("\n\n", "\n \n"),
}


def test_parameters_match_datasketch_lsh():
    lsh = MinHashLSH(threshold=syn.SAME_STORY_THRESHOLD, num_perm=syn.NUM_PERM)
    assert (lsh.b, lsh.r) == (syn.BANDS, syn.ROWS)
    assert len(syn.band_keys(syn.signature(WIRE))) == syn.BANDS


@pytest.mark.parametrize("name", sorted(COPIES))
def test_syndicated_copy_is_same_story(name):
    a, b = syn.signature(WIRE), syn.signature(COPIES[name])
    assert syn.similarity(a, b) >= syn.SAME_STORY_THRESHOLD
    assert syn.same_story(a, b)
    # LSH finds it as a candidate: at least one band key in common.
    assert set(syn.band_keys(a)) & set(syn.band_keys(b))


def test_copies_of_copies_are_same_story():
    sigs = [syn.signature(t) for t in COPIES.values()]
    for a, b in itertools.combinations(sigs, 2):
        assert syn.same_story(a, b)


def test_headline_left_in_the_body_by_a_scraper_still_matches():
    # Titles are not signed, but a scraped page may keep its (new) headline as a body line.
    copy = "Allies pledge eight more air-defence systems for Ukraine\n\n" + COPIES["cut_and_curly"]
    assert syn.same_story(syn.signature(WIRE), syn.signature(copy))


@pytest.mark.parametrize("other", [SAME_TOPIC_OTHER_EVENT, OTHER_EVENT])
def test_same_topic_other_event_is_not_same_story(other):
    a, b = syn.signature(WIRE), syn.signature(other)
    assert syn.similarity(a, b) < 0.1
    assert not syn.same_story(a, b)


def test_short_briefs_sharing_only_boilerplate_are_not_joined():
    credit = "\n\nAssociated Press writer Lorne Cook in Brussels contributed to this report."
    a = "NATO said on Monday it would open a liaison office in Kyiv next year." + credit
    b = "The Kremlin said on Monday it saw no basis for talks with the alliance." + credit
    assert not syn.same_story(syn.signature(a), syn.signature(b))
    assert syn.same_story(syn.signature(a), syn.signature(a.replace("Monday", "Tuesday")))


def test_similarity_tracks_true_jaccard():
    a, b = syn.shingles(WIRE), syn.shingles(COPIES["added_para"])
    true = len(a & b) / len(a | b)
    est = syn.similarity(syn.signature(WIRE), syn.signature(COPIES["added_para"]))
    assert abs(est - true) < 0.15  # 128 permutations: standard error ~0.04


def test_band_keys_give_exactly_minhashlsh_candidates():
    texts = [WIRE, SAME_TOPIC_OTHER_EVENT, OTHER_EVENT, *COPIES.values()]
    lsh = MinHashLSH(threshold=syn.SAME_STORY_THRESHOLD, num_perm=syn.NUM_PERM)
    for i, t in enumerate(texts):
        lsh.insert(i, syn._minhash(t))
    keys = [set(syn.band_keys(syn.signature(t))) for t in texts]
    for i, t in enumerate(texts):
        ours = {j for j, k in enumerate(keys) if k & keys[i]}
        assert ours == set(lsh.query(syn._minhash(t)))


def test_signature_is_stable_bytes():
    sig = syn.signature(WIRE)
    assert len(sig) == syn.NUM_PERM * 8
    assert sig == syn.signature(WIRE)
    m = MinHash(num_perm=syn.NUM_PERM, scheme="affine32")
    m.update_batch(syn.shingles(WIRE))
    assert syn.similarity(sig, m.hashvalues.astype("<u8").tobytes()) == 1.0


def test_empty_and_tiny_texts():
    empty = syn.signature("")
    assert syn.band_keys(empty) == []
    assert syn.similarity(empty, syn.signature("  \n ")) == 0.0
    # Shorter than one shingle: still a signature, equal only to the same words.
    short = syn.signature("Peskov declined to comment.")
    assert syn.similarity(short, syn.signature("PESKOV declined to comment")) == 1.0
    assert syn.similarity(short, syn.signature("Rutte declined to comment.")) == 0.0


def test_signature_rejects_wrong_length():
    with pytest.raises(ValueError):
        syn.similarity(b"\x00" * 16, syn.signature(WIRE))


def test_normalize_unifies_quotes_dashes_space_case():
    assert syn.normalize("“Kyiv’s  bid” — ‘feasible’\u00a0NOW") == "\"kyiv's bid\" - 'feasible' now"


def test_paragraph_diff_reports_exactly_cut_and_added():
    copy = COPIES["added_para"]
    diff = syn.paragraph_diff(WIRE, copy)
    assert diff["added"] == [paras(copy)[3]]
    assert diff["removed"] == P[7:]


def test_paragraph_diff_ignores_retyped_quotes_and_whitespace():
    diff = syn.paragraph_diff(WIRE, COPIES["cut_and_curly"])
    assert diff == {"added": [], "removed": [P[4], P[7]]}
    assert syn.paragraph_diff(WIRE, COPIES["reflowed"].replace("--", "—")) == {
        "added": [],
        "removed": [],
    }


def test_paragraph_diff_credit_and_dateline_edits_show_as_changed_paragraphs():
    diff = syn.paragraph_diff(WIRE, COPIES["credit_dateline"])
    assert diff["removed"] == [P[0], P[8]]
    assert diff["added"] == [paras(COPIES["credit_dateline"])[0], paras(COPIES["credit_dateline"])[8]]


def test_paragraph_diff_single_newline_paragraphs_and_repeats():
    a = "One line.\nTwo line.\nTwo line."
    b = "One line.\nTwo line.\nThree line."
    assert syn.paragraph_diff(a, b) == {"added": ["Three line."], "removed": ["Two line."]}


def test_quote_key_same_across_retyped_marks():
    speaker = "Q3052772"
    variants = [
        "“We will not let Ukraine’s cities go dark.”",
        '"We will not let Ukraine\'s cities go dark."',
        "we will not let ukraine's cities go dark",
        "  «We will not let Ukraine’s  cities go dark…» ",
    ]
    assert len({syn.quote_key(v, speaker) for v in variants}) == 1
    assert len(syn.quote_key(variants[0], speaker)) == 20


def test_quote_key_differs_across_speakers_and_words():
    q = "Winter is coming, and Russia is preparing to use it as a weapon again."
    assert syn.quote_key(q, "rutte") != syn.quote_key(q, "sybiha")
    assert syn.quote_key(q, "rutte") != syn.quote_key(q, None)
    assert syn.quote_key(q, "rutte") != syn.quote_key(q.replace("Winter", "Summer"), "rutte")
    # Inner punctuation is part of the words: an edited dash stays equal, a new word does not.
    assert syn.quote_key("a start - not an answer", "s") == syn.quote_key("a start — not an answer", "s")


# --- the benchmark corpus generator (bench/gen_corpus.py) keeps annotations aligned ---


def _load_gen_corpus():
    import importlib.util
    import sys
    from pathlib import Path

    path = Path(__file__).resolve().parent.parent / "bench" / "gen_corpus.py"
    spec = importlib.util.spec_from_file_location("gen_corpus", path)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    sys.modules["gen_corpus"] = mod
    spec.loader.exec_module(mod)
    return mod


def _annotated(text: str, art_id: str):
    """An article annotated by hand: every quotation, its speaker and the day words."""
    import re

    from whosaid.model import Article, Entity, Statement, TimeExpr

    people = {"Rutte": "rutte", "Sybiha": "sybiha", "Peskov": "peskov", "Szijjártó": "szijjarto"}
    ents = []
    for i, (name, key) in enumerate(people.items(), 1):
        spans = [m.span() for m in re.finditer(name, text)]
        if spans:
            ents.append(Entity(id=f"E{i}", key=key, name=name, type="PERSON", aliases=[name], mentions=spans))
    stmts = []
    for i, m in enumerate(re.finditer(r"\"[^\"]+\"", text), 1):
        said = re.search(r"\b(said|told)\b", text[m.end() : m.end() + 60])
        cue = (m.end() + said.start(), m.end() + said.end()) if said else None
        stmts.append(Statement(id=f"S{i}", kind="direct", content=m.group(), content_spans=[m.span()],
                               cue=said.group() if said else None, cue_span=cue, date="2025-03-04"))
    times = [TimeExpr(id=f"T{i}", text=m.group(), span=m.span(), type="DATE", value="2025-03-04")
             for i, m in enumerate(re.finditer(r"\b(?:Tuesday|Thursday|Friday)\b", text), 1)]
    return Article(id=art_id, text=text, title=f"Headline of {art_id}", published="2025-03-04",
                   entities=ents, statements=stmts, times=times)


def test_generated_corpus_keeps_spans_aligned_and_truth_consistent():
    import datetime as dt
    import json

    import jsonschema

    from whosaid.schema import article_schema

    gc = _load_gen_corpus()
    pool = []
    for i, text in enumerate([WIRE, OTHER_EVENT, SAME_TOPIC_OTHER_EVENT]):
        pool += gc._cut(i, len(pool), _annotated(text, f"seed{i}"), "AP")
    assert sum(len(p.stmts) for p in pool) >= 8 and any(p.swappable for p in pool)
    validator = jsonschema.Draft202012Validator(article_schema())  # checks the schema once
    groups: dict[str, list] = {}
    for heavy in (False, True):
        out = list(gc.generate(200, seed=7, syndicated_share=0.3, heavy=heavy, paras=pool))
        assert len(out) == 200
        for art, story in out:
            groups.setdefault(f"{heavy}{story}", []).append(art)
            t = art.text
            for e in art.entities:
                assert all(t[a:b] == e.name for a, b in e.mentions)
            for s in art.statements:
                assert " ".join(t[a:b] for a, b in s.content_spans) == s.content
                assert s.cue is None or t[slice(*s.cue_span)] == s.cue
                assert s.speaker is None or s.speaker in {e.id for e in art.entities}
            for x in art.times:
                assert t[slice(*x.span)] == x.text
            # Dates move with the article: a statement of the seed's day moves by as much.
            assert all(s.date == art.published for s in art.statements)
            d = art.to_dict()
            validator.validate(d)
            assert json.loads(gc.to_json(art, _story=story)) == {**d, "_story": story}
    sizes = [len(g) for g in groups.values()]
    assert max(sizes) <= 6 and 0.2 < sum(s - 1 for s in sizes) / sum(sizes) < 0.4
    for arts in groups.values():  # copies come later than (or on the day of) their story
        first = dt.date.fromisoformat(arts[0].published)
        assert all(dt.date.fromisoformat(a.published) >= first for a in arts[1:])
        assert len({a.outlet for a in arts}) == len(arts)  # one copy per outlet
