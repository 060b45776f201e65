"""Page-noise lines: interface strings, image credits, navigation, boilerplate.

Three layers, from certain to statistical:

1. :func:`known_noise` — strings every news site uses ("close", "Learn more",
   "Advertisement", "Read more: …", cookie notices, "Photo: …/Getty Images").
2. :func:`scored_noise` — line features, so that unseen noise is caught: short,
   no sentence-ending punctuation, an imperative interface verb first, at the top
   or bottom, navigation separators, links, exact repetition in the document.
   Real subheadings ("An “achievable” goal?", "Ukraine’s dependence on NATO for
   peace") score low: they are questions, or have no UI verb and sit mid-body.
3. :class:`BatchBoilerplate` — lines that recur in many documents of one batch.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence

from whosaid.clean.published import DATE_STAMP
from whosaid.clean.units import Unit

# Whole-line interface strings, compared after :func:`units.normalize`.
UI_EXACT = frozenset(
    s.strip()
    for s in re.split(r"\|", """
    close|learn more|advertisement|advertisements|ad|ads|sponsored|sponsored content|promoted
    |share|share this|share this article|share this story|share this page|share article|tweet|print
    |email|e-mail|pin|copy link|link copied|copied|save|saved|bookmark|comment|comments
    |leave a comment|view comments|show comments|0 comments|no comments|read more|see more|show more
    |show less|view more|load more|continue reading|keep reading|read the full story|read full article
    |more|expand|collapse|menu|search|home|next|previous|back to top|top|loading|loading...
    |skip to content|skip to main content|skip to navigation|toggle navigation|open in app
    |subscribe|subscribe now|sign up|sign in|log in|login|register|logout|log out|my account
    |follow|follow us|listen|listen to this article|listen to article|watch|watch now|play
    |play video|video|photo|photos|image|gallery|view gallery|open gallery|audio
    |related|related articles|related stories|related content|related news|related topics
    |recommended|recommended for you|most read|most popular|most viewed|trending|trending now
    |you may also like|you might also like|more from|more stories|more news|top stories
    |latest news|latest|more on this story|topics|tags|accept|accept all|accept cookies
    |reject all|got it|ok|okay|no thanks|dismiss|skip ad|facebook|twitter|x|linkedin|whatsapp
    |reddit|pinterest|telegram|messenger|instagram|youtube|flipboard|opens in new window
    |report an error|editor's picks|editors picks|download the app|get the app|print this page
    |font size|text size|a a|newsletter|newsletters|advertise with us|contact us
    |privacy policy|terms of use|terms of service|cookie policy|cookie settings|all rights reserved
    """)
)

# Imperatives that open interface strings. Strong ones almost never start a
# short line of article prose; weak ones can (a subheading "Watch the skies").
_STRONG_VERBS = frozenset({
    "share", "subscribe", "click", "tap", "sign", "log", "download", "print", "email", "tweet",
    "follow", "register", "advertise", "skip", "bookmark", "install", "unsubscribe", "login",
    "signup", "donate",
})
_WEAK_VERBS = frozenset({
    "read", "watch", "listen", "see", "view", "learn", "show", "load", "get", "join", "continue",
    "close", "open", "accept", "allow", "manage", "visit", "check", "discover", "explore", "find",
    "try", "contact", "send",
})

_I = re.IGNORECASE
_UI_PATTERNS = [
    re.compile(p, _I)
    for p in (
        # "Read more: …", "See also - …", "Watch: …", "RELATED: …"
        r"^(?:read|see|watch|listen|related|more)(?:\s+(?:more|also|next|now|here|on this))?\s*[:|»›>]",
        r"^(?:also\s+read|read\s+also|recommended|most\s+read|trending)\b\s*[:|»›>-]",
        r"^click\s+here\b|\bclick\s+here\s+to\b|^tap\s+here\b",
        r"^follow\s+(?:us|me|@|the\s+latest)\b|\bfollow\s+us\s+on\b",
        r"^share\s+(?:this|on|via|the|with)\b",
        r"^(?:skip|jump)\s+to\s+(?:the\s+)?(?:main\s+)?(?:content|navigation|article)\b",
        r"\ball\s+rights\s+reserved\b|^©|^copyright\s+(?:©|\(c\)|\d{4})",
        r"^this\s+(?:article|story|content|video)\s+(?:is|was)\s+(?:only\s+)?available\b",
        r"^(?:please\s+)?(?:enable|turn\s+on)\s+javascript\b",
        r"^(?:get|download)\s+(?:our|the)\s+(?:free\s+)?app\b",
        r"^this\s+(?:article|story|content)\s+(?:is|was\s+published)\s+(?:more\s+than|over)\s+\w+\s+\w+\s+(?:old|ago)\b",
        # "… newsletter. Sign up here." but not "Voters can register now."
        r"(?:^|[.!?]\s+)(?:sign\s+up|subscribe|register)\s+(?:here|now|today|for\s+free)[.!]?$",
        r"^(?:reuse|republish)\s+this\s+(?:content|article)\b|^explore\s+more\s+on\s+th",
    )
]
# Cookie / newsletter prompts talk to the reader ("we use", "you agree", "our newsletter").
_COOKIE = re.compile(r"\bcookies?\b", _I)
_NEWSLETTER = re.compile(r"\b(?:newsletters?|mailing\s+list|inbox|daily\s+briefing)\b", _I)
_SIGNUP = re.compile(r"\b(?:sign(?:ing)?\s+up|subscribe|register|delivered|get\s+(?:our|the))\b", _I)
_READER = re.compile(r"\b(?:we|our|you|your|us)\b", _I)
_COOKIE_CUE = re.compile(r"\b(?:accept|consent|agree|privacy|policy|settings|preferences|continu\w*|browse|browsing|experience)\b", _I)

_META_LINE = re.compile(
    r"^(?:\d+\s*(?i:min(?:ute)?s?|mins?)\s+(?i:read)"
    r"|(?i:updated|published|posted|last\s+(?:updated|modified)|first\s+published)\b[^.!?]{0,60}"
    r"|\d+\s+(?i:comments?|shares?|views?|likes?|reactions?|responses?)"
    # a byline: "By Jane Doe", "By Jane Doe and John Roe, Reuters"
    r"|[Bb][Yy]\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}"
    r"(?:\s*(?:,|and|&|\|)\s*[A-Z][\w.'’ -]{1,40}){0,3})$"
)
_IMAGE_CREDIT = [
    re.compile(p, _I)
    for p in (
        r"^(?:image|photo|picture|pictures|video|illustration|graphic|photograph|file\s+photo)s?"
        r"(?:\s+(?:credit|courtesy|by))?\s*[:|©]",
        r"^\(?(?:ap|afp|reuters|epa|getty)\s+(?:photo|images?)\b",
        r"(?:/|\|)\s*(?:getty\s+images|afp|reuters|ap|epa(?:-efe)?|shutterstock|alamy|bloomberg"
        r"|ap\s+photo|anadolu|sipa|nurphoto|xinhua|tass|pool)\b[^.!?/]{0,20}\)?\s*$",
        r"^(?:credit|photo\s+credit|image\s+source)\s*:\s*\S[^.!?]{0,60}$",
        r"\b(?:getty\s+images|shutterstock|ap\s+photo)\s*\)?\s*$",
    )
]
_URL_LINE = re.compile(r"^(?:https?://|www\.)\S+$", _I)
_QUOTE_MARK = re.compile(r"[\"“”«»„]")
_NAV_SEP = re.compile(r"\s[|•·›»/]\s|\s>\s")
_LINK = re.compile(r"https?://|www\.\w|\w@\w+\.\w|^@\w+$|^#\w+(?:\s+#\w+)*$", _I)
_LETTERS = re.compile(r"[^\W\d_]")
# trafilatura renders table rows as "| cell | cell |": data, whatever the separators.
_TABLE_ROW = re.compile(r"^\|.*\|$")
_FIRST_WORD = re.compile(r"[^\W\d_]+")

# Lines longer than this are prose, whatever they contain.
_MAX_NOISE_WORDS = 60
_SCORE_MAX_WORDS = 12
_REMOVE_AT = 4


def known_noise(unit: Unit) -> str | None:
    """Reason when ``unit`` is a known interface string, image credit or page metadata."""
    if unit.words > _MAX_NOISE_WORDS:
        return None
    n = unit.norm
    if n in UI_EXACT:
        return "ui-string"
    if not _LETTERS.search(unit.text):
        return "no-letters"
    if _URL_LINE.match(unit.text):
        return "link"
    t = unit.text
    if unit.words <= 25:
        for rx in _IMAGE_CREDIT:
            if rx.search(t):
                return "image-credit"
        if _META_LINE.match(t):
            return "page-metadata"
        if DATE_STAMP.match(t):
            return "date-stamp"
    for rx in _UI_PATTERNS:
        if rx.search(t):
            return "ui-string"
    if _COOKIE.search(t) and _READER.search(t) and _COOKIE_CUE.search(t):
        return "cookie-notice"
    if _NEWSLETTER.search(t) and _SIGNUP.search(t) and (_READER.search(t) or unit.words <= 12):
        return "newsletter-prompt"
    return None


def scored_noise(unit: Unit, n_units: int, repeats: int) -> str | None:
    """Reason when the line's features add up to interface noise (unseen strings too).

    ``repeats`` is how often the same line occurs in this document.
    """
    if unit.terminal or unit.words > _SCORE_MAX_WORDS or _TABLE_ROW.match(unit.text):
        return None
    text = unit.text
    score = 1  # no sentence-ending punctuation
    reason = "ui-like"
    # A numbered list item ("5. Try yoga") is content even when it starts with a verb.
    m = None if text[:1].isdigit() else _FIRST_WORD.match(text.lstrip("-•*–— "))
    first = m.group(0).casefold() if m else ""
    if first in _STRONG_VERBS:
        score += 3
        reason = "ui-string"
    elif first in _WEAK_VERBS:
        score += 2
        reason = "ui-string"
    if unit.words <= 3:
        score += 1
    if unit.index < 2 or unit.index >= n_units - 2:
        score += 1
    if len(_NAV_SEP.findall(text)) >= 2:
        score += 3
        reason = "navigation"
    if _LINK.search(text):
        score += 2
        reason = "link"
    if repeats >= 2:
        score += 2
        reason = "repeated-line"
    letters = _LETTERS.findall(text)
    if len(letters) >= 3 and text.isupper() and unit.words <= 6:
        score += 1
    return reason if score >= _REMOVE_AT else None


class BatchBoilerplate:
    """Lines that recur across the documents of a batch are site boilerplate.

    Copies of one story (syndicated twice in a crawl) would otherwise make all of
    their lines look like boilerplate, so documents sharing several long lines
    are grouped first and a line counts once per group. Sentence-like lines are
    exempt unless they address the reader: the same wire quote in three outlets'
    stories is content, "The views expressed are the author's own" is not.
    """

    def __init__(self, docs: Sequence[Sequence[Unit]], *, min_groups: int = 3) -> None:
        self.min_groups = min_groups
        self._boiler: set[str] = set()
        if len(docs) < min_groups:
            return
        where: dict[str, set[int]] = defaultdict(set)
        for d, units in enumerate(docs):
            for u in units:
                if len(u.norm) >= 3:
                    where[u.norm].add(d)
        group = _group_copies(len(docs), docs, where)
        for key, ds in where.items():
            if len(ds) >= min_groups and len({group[d] for d in ds}) >= min_groups:
                self._boiler.add(key)

    def reason(self, unit: Unit) -> str | None:
        if unit.norm not in self._boiler:
            return None
        sentence_like = unit.terminal and unit.words > _SCORE_MAX_WORDS
        # Prose stays unless it talks to the reader; a quotation is prose even
        # when the speaker says "we".
        if sentence_like and (not _READER.search(unit.text) or _QUOTE_MARK.search(unit.text)):
            return None
        return "repeated-across-batch"


def _group_copies(n: int, docs: Sequence[Sequence[Unit]], where: dict[str, set[int]]) -> list[int]:
    """Union documents that share at least two long sentences (copies of one story)."""
    parent = list(range(n))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    prose = {u.norm for units in docs for u in units if u.terminal and u.words >= _SCORE_MAX_WORDS}
    pairs: Counter[tuple[int, int]] = Counter()
    for key in prose:
        ds = where.get(key)
        # A sentence in very many documents is boilerplate, not evidence of a copy.
        if not ds or not 2 <= len(ds) <= 6:
            continue
        ordered = sorted(ds)
        for i, a in enumerate(ordered):
            for b in ordered[i + 1 :]:
                pairs[(a, b)] += 1
    for (a, b), c in pairs.items():
        if c >= 2:
            parent[find(a)] = find(b)
    return [find(i) for i in range(n)]


def line_counts(units: Sequence[Unit]) -> Counter[str]:
    return Counter(u.norm for u in units)
