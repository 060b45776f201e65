"""Pronouns and descriptions ("he", "the Ukrainian leader", "the ministry") → entities.

Rules, not a model: candidates must agree (gender, person vs group), the nearer and the
subject mention wins, and the previous statement's speaker is a strong prior.
"""

from __future__ import annotations

from typing import Any

from whosaid.entities.context import Context, Info
from whosaid.entities.gazetteer import get_gazetteer
from whosaid.entities.governments import seat_country
from whosaid.entities.normalize import fold

MALE = frozenset({"he", "him", "his", "himself"})
FEMALE = frozenset({"she", "her", "hers", "herself"})
GROUP = frozenset({"they", "them", "their", "themselves", "we", "us", "our", "ourselves"})
THING = frozenset({"it", "its", "itself"})
FIRST_PERSON = frozenset({"i", "me", "my", "myself"})
PRONOUNS = MALE | FEMALE | GROUP | THING | FIRST_PERSON

# How far back (sentences) an antecedent may be, and what the previous speaker is worth
# in sentences of distance.
MAX_SENTENCES_BACK = 4
MAX_SENTENCES_BACK_FAR = 12
# "it"/"they" far from any organisation are mostly about things and crowds the NER does
# not name ("The ad says ... It makes no mention"), so they look back less far.
MAX_SENTENCES_BACK_NONPERSON = 1
PREVIOUS_BONUS = 3.0
SUBJECT_BONUS = 1.5

# Heads that describe a person by role; a description head matches an entity described
# with the same word, or with a word of the same class.
_ROLE_CLASSES = [
    frozenset({"leader", "president", "premier", "chancellor", "king", "queen", "ruler",
               "head", "chief", "strongman", "monarch", "emir", "prime"}),
    frozenset({"spokesman", "spokeswoman", "spokesperson", "representative", "mouthpiece"}),
    frozenset({"minister", "secretary"}),
    frozenset({"envoy", "ambassador", "diplomat"}),
    frozenset({"general", "commander", "officer"}),
    frozenset({"adviser", "advisor", "aide"}),
]
# Heads that describe an organisation; matched against organisation names and descriptions.
ORG_HEADS = frozenset({
    "ministry", "government", "administration", "alliance", "agency", "company", "firm",
    "party", "army", "military", "police", "court", "council", "bloc", "union", "organisation",
    "organization", "group", "bank", "commission", "department", "office", "committee",
    "parliament", "cabinet", "campaign", "movement", "network", "service", "authority",
    "authorities", "regime", "embassy", "federation", "institute", "university", "newspaper",
})
# Heads that describe a company, a band or a label without naming it ("the automaker",
# "the German tech giant"): in news they take up the organisation the text is about.
FIRM_HEADS = frozenset({
    "company", "firm", "automaker", "carmaker", "giant", "maker", "manufacturer", "retailer",
    "startup", "airline", "carrier", "lender", "insurer", "chain", "conglomerate", "band",
    "studio", "publisher", "broadcaster", "label", "business", "bank",
})
# Nouns for a person by trade or standing ("the actor", "the former governor"); a definite
# one no description matches may take up the previous speaker (see _previous_person).
PERSON_HEADS = frozenset({
    "actor", "actress", "singer", "rapper", "star", "governor", "senator", "congressman",
    "congresswoman", "lawmaker", "mayor", "candidate", "hopeful", "politician", "executive",
    "founder", "chairman", "chairwoman", "director", "doctor", "physician", "scientist",
    "researcher", "professor", "economist", "coach", "player", "quarterback", "manager",
    "author", "writer", "novelist", "journalist", "comedian", "musician", "artist", "designer",
    "entrepreneur", "billionaire", "investor", "lawyer", "attorney", "judge", "prosecutor",
    "activist", "businessman", "businesswoman", "official", "veteran", "filmmaker",
    "astronaut", "chef", "athlete", "pitcher", "striker", "forward", "guard", "defenseman",
    "goalkeeper", "midfielder", "rookie", "champion", "prince", "princess", "duke", "royal",
})
# Groups that speak for a country when a nationality qualifies them ("Russian officials").
_STATE_HEADS = frozenset({"government", "administration", "authorities", "regime", "officials",
                          "cabinet", "state", "leadership", "diplomats", "ministry", "military"})


def pronoun_class(word: str) -> str | None:
    w = word.lower()
    if w in MALE:
        return "m"
    if w in FEMALE:
        return "f"
    if w in GROUP:
        return "group"
    if w in THING:
        return "thing"
    if w in FIRST_PERSON:
        return "self"
    return None


def _agrees(info: Info, cls: str) -> bool:
    t = info.entity.type
    if cls in ("m", "f"):
        return t == "PERSON" and info.gender in (None, cls)
    if info.seat_of is not None or t == "ORG":
        return cls in ("thing", "group")
    if t == "GPE":
        # Countries and capitals speak ("Moscow has said it ..."); states and towns do not.
        p = info.place
        return cls in ("thing", "group") and p is not None and (p.kind == "country" or p.capital)
    return cls == "group" and t == "NORP"


_WE = frozenset({"we", "us", "our", "ourselves"})


def resolve_pronoun(
    ctx: Context, cls: str, char: int, previous: str | None, word: str = ""
) -> Info | None:
    prev = ctx.by_id.get(previous) if previous else None
    if cls == "self":
        # "I" outside a quote is the writer, who is not an entity of the article.
        return None
    if word.lower() in _WE:
        # "we" speaks for the previous speaker's side when that is a group, else the writer's.
        return prev if prev is not None and _agrees(prev, "group") else None
    best: tuple[float, int, Info] | None = None
    here = ctx.sentence_of(char)
    scores: dict[str, float] = {}
    reach = MAX_SENTENCES_BACK if cls in ("m", "f") else MAX_SENTENCES_BACK_NONPERSON
    if prev is not None and _topic_moved(ctx, cls, char, here, prev):
        prev = None
    for rec in ctx.before(char):
        dist = here - rec.sent
        if dist > reach:
            break
        info = rec.info
        if info.entity.id in scores or not _agrees(info, cls):
            continue
        score = -float(dist) + (SUBJECT_BONUS if rec.subject else 0.0)
        if info.gender == cls:
            score += 0.5
        if prev is not None and info is prev:
            score += PREVIOUS_BONUS
        scores[info.entity.id] = score
        cand = (score, rec.start, info)
        if best is None or cand[:2] > best[:2]:
            best = cand
    if best is None and prev is not None and _agrees(prev, cls):
        return prev
    if best is None and cls in ("m", "f"):
        # After a long quote ("...," she continued) the speaker was named well before it:
        # the last agreeing person within a wider window, if the window holds only one.
        far = {
            r.info.entity.id: r.info for r in ctx.before(char)
            if here - r.sent <= MAX_SENTENCES_BACK_FAR and _agrees(r.info, cls)
        }
        if len(far) == 1:
            return next(iter(far.values()))
    return best[2] if best else None


def _topic_moved(ctx: Context, cls: str, char: int, here: int, prev: Info) -> bool:
    """Another agreeing person is the main subject of this sentence (before the pronoun) or
    of the one before, and the previous speaker is named in neither: the text has moved on
    from the speaker ("… Howitt said. Locksley had found a group of cells. ILC2s, he found,
    …": he is Locksley)."""
    if cls not in ("m", "f"):
        return False
    moved = False
    for rec in ctx.before(char):
        if here - rec.sent > 1:
            break
        if rec.info is prev:
            return False
        if rec.main and _agrees(rec.info, cls):
            moved = True
    return moved


def resolve_description(
    ctx: Context, np: list[Any], root: Any, char: int, previous: str | None
) -> Info | None | str:
    """An entity for a descriptive noun phrase, a country ISO code when the phrase names a
    state's government ("the Russian government"), or None."""
    gaz = get_gazetteer()
    head = root.lemma_.lower()
    heads = {head, root.lower_}
    mods = [t for t in np if t.i < root.i and t.dep_ not in ("det", "punct", "case")]
    nations: set[str] = set()
    mod_words: set[str] = set()
    paired: set[int] = set()
    for a, b in zip(mods, mods[1:], strict=False):
        # a two-word demonym ("South Korean"), whose second word alone is no country's
        if b.i == a.i + 1 and (iso := gaz.country_of_demonym(fold(f"{a.text} {b.text}"))):
            nations.add(iso)
            paired |= {a.i, b.i}
    for t in mods:
        w = fold(t.text)
        mod_words.add(w)
        if t.i in paired:
            continue
        iso = gaz.country_of_demonym(w) or seat_country(t.text)
        place = gaz.find(t.text) if iso is None else None
        if place is None and iso is None and "." in t.text:
            place = gaz.find(t.text.replace(".", ""))  # "U.S."
        iso = iso or (place.iso2 if place is not None else None)
        if iso:
            nations.add(iso)
    if heads & _STATE_HEADS and len(nations) == 1 and not _org_named(ctx, head, nations):
        return next(iter(nations))
    if head in FIRM_HEADS and root.tag_ in ("NN", "NNP"):  # "the companies" are not one
        recent = _recent_org(ctx, char, nations)
        if recent is not None:
            return recent
    if head in ORG_HEADS or head in FIRM_HEADS:
        return _best(ctx, _org_candidates(ctx, head, nations, mod_words), char, previous)
    role = next((c for c in _ROLE_CLASSES if head in c), frozenset({head}))
    people: list[tuple[float, Info]] = []
    for info in ctx.infos:
        if info.entity.type != "PERSON":
            continue
        if nations and info.nations and not nations & info.nations:
            continue
        score = 0.0
        if head in info.desc_words:
            score += 3
        elif role & info.desc_words:
            score += 2
        elif not (nations & info.nations and head in _ROLE_CLASSES[0]):
            continue
        score += 1.5 * len(nations & info.nations) + 0.5 * len(mod_words & info.desc_words)
        people.append((score, info))
    if not people and root.tag_ == "NN" and (head in PERSON_HEADS or head.endswith("-year-old")) \
            and any(t.dep_ == "det" and t.lower_ == "the" for t in np):
        return _previous_person(ctx, char, ctx.by_id.get(previous) if previous else None)
    return _best(ctx, people, char, previous)


def _previous_person(ctx: Context, char: int, prev: Info | None) -> Info | None:
    """The previous speaker, for a description of a person the article introduced by
    another title ("… Deval Patrick … “Don't mind me!” he told them. But the former
    Massachusetts governor is eager …"): when he was named in this sentence or the three
    before and no other person has been named since."""
    if prev is None or prev.entity.type != "PERSON":
        return None
    here = ctx.sentence_of(char)
    for rec in ctx.before(char):
        if here - rec.sent > 3:  # the splitter often cuts a quote from its "he told them"
            return None
        if rec.info is prev:
            return prev
        if rec.info.entity.type == "PERSON":
            return None
    return None


def _recent_org(ctx: Context, char: int, nations: set[str]) -> Info | None:
    """The organisation "the company" takes up: of those named in this sentence or the one
    before, the nearest subject, else the nearest one not in a prepositional phrase, else
    a subject two sentences back
    ("Apple is holding a surprise event … The tech giant is holding …"; "… is investigating
    WeWork. The company confirmed …"; not "according to Reuters")."""
    here = ctx.sentence_of(char)
    fallback: Info | None = None
    for rec in ctx.before(char):
        dist = here - rec.sent
        if dist > 2:
            break
        info = rec.info
        if info.entity.type != "ORG" or info.seat_of is not None:
            continue
        if nations and info.nations and not nations & info.nations:
            continue
        if rec.subject and (dist <= 1 or fallback is None):
            # two sentences back only for a subject no nearer name stands in front of
            # (the splitter breaks at "the ID. Space Vizzion")
            return info
        if fallback is None and not rec.in_pp and dist <= 1:
            fallback = info
    return fallback


def _org_named(ctx: Context, head: str, nations: set[str]) -> bool:
    return bool(_org_candidates(ctx, head, nations, set()))


def _org_candidates(
    ctx: Context, head: str, nations: set[str], mod_words: set[str]
) -> list[tuple[float, Info]]:
    out: list[tuple[float, Info]] = []
    for info in ctx.infos:
        if info.entity.type not in ("ORG", "NORP") and info.seat_of is None:
            continue
        words = set(fold(" ".join([info.entity.name, *info.entity.aliases])).split())
        words |= info.desc_words
        if head not in words:
            continue
        if nations and info.nations and not nations & info.nations:
            continue
        out.append((1.0 + 0.5 * len(mod_words & words), info))
    return out


def _best(ctx: Context, cands: list[tuple[float, Info]], char: int, previous: str | None) -> Info | None:
    """Highest score; ties go to the previous speaker, then to the one mentioned last."""
    if not cands:
        return None
    last: dict[str, int] = {}
    for rec in ctx.before(char):
        last.setdefault(rec.info.entity.id, rec.start)
    return max(
        cands,
        key=lambda c: (c[0], c[1].entity.id == previous, last.get(c[1].entity.id, -1)),
    )[1]
