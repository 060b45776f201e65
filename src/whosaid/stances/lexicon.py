"""Word lists that carry a position. Polarity is +1 (support) or -1 (oppose).

Lists are lemma sets, looked up once per token; keep them to words whose stance is
unambiguous in news prose (e.g. "deny" alone is left out: "denied the report" is not a
position on the report).
"""

from __future__ import annotations

# Verbs whose direct object (or "to"-infinitive) is what the subject is for or against.
STANCE_VERBS: dict[str, int] = {
    **dict.fromkeys(
        (
            "support", "back", "favour", "favor", "endorse", "welcome", "praise", "want",
            "seek", "desire", "demand", "require", "need", "urge", "advocate", "champion",
            "defend", "approve", "applaud", "hail", "embrace", "push", "pursue",
            "propose", "promote", "insist", "vow", "pledge", "promise", "aim", "hope",
            "accept",
        ),
        1,
    ),
    **dict.fromkeys(
        (
            "oppose", "reject", "renounce", "condemn", "criticise", "criticize", "denounce",
            "block", "veto", "refuse", "resist", "decry", "slam",
            "scrap", "repeal", "abolish", "ban", "outlaw", "halt", "stop", "end", "abandon",
            "protest", "boycott", "obstruct", "scuttle", "deplore",
        ),
        -1,
    ),
}

# Verbs whose position is plain whatever the object: "endorsed Clinton", "slamming Kaine".
# The others ("want", "seek", "stop", "accept" ...) only count with an issue as target
# ("want a photo op", "accepted the request" are no positions).
STRONG_VERBS = frozenset({
    "support", "back", "favour", "favor", "endorse", "welcome", "praise", "advocate",
    "champion", "applaud", "hail", "oppose", "reject", "renounce", "condemn", "criticise",
    "criticize", "denounce", "veto", "decry", "slam", "deplore", "boycott", "protest",
    "repeal", "scrap", "abolish", "outlaw",
})

# Verbs that pass the polarity of their infinitive through: "threatened to veto the bill"
# is against the bill, "plans to join the EU" is for joining.
PASS_THROUGH_VERBS = frozenset({"threaten", "plan", "intend", "try", "attempt", "expect", "decide", "move"})

# "call for X", "argue for X", "vote against X": the preposition decides.
PREP_VERBS: dict[tuple[str, str], int] = {
    ("call", "for"): 1, ("argue", "for"): 1, ("vote", "for"): 1, ("push", "for"): 1,
    ("press", "for"): 1, ("lobby", "for"): 1, ("campaign", "for"): 1,
    ("hope", "for"): 1, ("insist", "on"): 1, ("stand", "by"): 1,
    ("argue", "against"): -1, ("vote", "against"): -1, ("campaign", "against"): -1,
    ("fight", "against"): -1, ("warn", "against"): -1,
    ("lobby", "against"): -1, ("rail", "against"): -1,
    ("stand", "against"): -1, ("object", "to"): -1,
}

# Nouns that name a position: "desire to join NATO", "opposition to NATO expansion".
STANCE_NOUNS: dict[str, int] = {
    **dict.fromkeys(
        (
            "desire", "support", "backing", "endorsement", "call", "demand", "bid",
            "push", "wish", "commitment", "aspiration", "ambition", "plea", "quest", "drive",
            "insistence", "advocacy", "approval", "hope",
        ),
        1,
    ),
    **dict.fromkeys(
        (
            "opposition", "rejection", "renunciation", "condemnation", "criticism", "veto",
            "objection", "resistance", "hostility", "refusal", "ban", "repeal", "abolition",
            "end", "halt", "withdrawal", "suspension", "scrapping", "denunciation", "boycott",
        ),
        -1,
    ),
}

# Nouns that, as the object of a support verb, turn it against their "of"/"to" object:
# "require ... a formal renunciation of its NATO membership ambitions".
NEGATING_NOUNS = frozenset({
    "renunciation", "rejection", "end", "ban", "repeal", "abolition", "halt", "withdrawal",
    "suspension", "scrapping", "cancellation", "removal", "elimination", "rollback", "freeze",
})

# Predicates that evaluate their subject: "membership ... was achievable", "the tax is a
# mistake". Only read inside a statement (narrator evaluations are not an actor's stance).
EVALUATIVE_ADJ: dict[str, int] = {
    **dict.fromkeys(
        (
            "achievable", "feasible", "essential", "vital", "necessary", "crucial", "important",
            "critical", "possible", "realistic", "indispensable", "needed", "justified", "fair",
            "wise", "beneficial", "good", "right", "welcome", "desirable", "key", "imperative",
            "urgent", "worthwhile", "sensible", "reasonable", "acceptable",
        ),
        1,
    ),
    **dict.fromkeys(
        (
            "unacceptable", "impossible", "unrealistic", "dangerous", "wrong", "harmful", "illegal",
            "unconstitutional", "reckless", "disastrous", "counterproductive", "unjustified",
            "unfair", "misguided", "unworkable", "unnecessary", "bad", "irresponsible", "absurd",
            "outrageous", "catastrophic", "destructive", "ridiculous", "premature", "unthinkable",
        ),
        -1,
    ),
}
EVALUATIVE_NOUNS: dict[str, int] = {
    **dict.fromkeys(("priority", "necessity", "must", "solution", "goal", "success", "win"), 1),
    **dict.fromkeys(
        ("mistake", "threat", "disaster", "danger", "provocation", "error", "failure", "disgrace",
         "scandal", "catastrophe", "non-starter"),
        -1,
    ),
}

# Modal obligation in a statement makes the speaker for the obligated act when the verb
# enacts or undoes something: "Congress must repeal the tax" (against the tax).
MODALS = frozenset({"must", "should", "ought", "need"})
ENACT_VERBS: dict[str, int] = {
    **dict.fromkeys(
        ("pass", "approve", "adopt", "sign", "ratify", "implement", "accept", "admit", "extend",
         "expand", "increase", "raise", "introduce", "restore", "impose", "build", "allow"),
        1,
    ),
    **dict.fromkeys(
        ("repeal", "scrap", "abolish", "ban", "block", "reject", "drop", "withdraw", "cancel",
         "cut", "lift", "end", "stop", "halt", "suspend", "overturn", "reverse", "veto"),
        -1,
    ),
}

# Verbs whose object is the issue itself: "securing a security guarantee", "providing
# security guarantees" are about the guarantee, not about securing.
TRANSFER_VERBS = frozenset({"secure", "provide", "give", "grant", "obtain", "get", "offer", "deliver", "receive", "achieve", "reach", "win", "make"})

# Head nouns of issue phrases: an evaluated subject must be one of these (or a verb phrase).
ISSUE_NOUNS = frozenset({
    "membership", "expansion", "enlargement", "neutrality", "deal", "agreement", "accord",
    "treaty", "pact", "plan", "proposal", "ceasefire", "truce", "sanction", "tax", "tariff",
    "reform", "bill", "law", "legislation", "wall", "ban", "policy", "measure", "merger",
    "acquisition", "takeover", "invasion", "war", "program", "programme", "budget", "cut",
    "increase", "hike", "subsidy", "aid", "funding", "regulation", "rule", "amendment",
    "referendum", "independence", "withdrawal", "strike", "negotiation", "talk", "guarantee",
    "intervention", "deployment", "annexation", "nomination", "candidacy", "impeachment",
    "mandate", "vaccine", "vaccination", "lockdown", "abortion", "immigration", "resolution",
    "package", "project", "pipeline", "strategy", "initiative", "scheme", "settlement",
    "accession", "integration", "exit", "deportation", "surveillance", "bailout", "stimulus",
    "spending", "austerity", "privatisation", "privatization", "nationalisation", "union",
    "election", "recount", "inquiry", "investigation", "probe", "order", "offer",
    "bid", "move", "peace", "protection", "occupation", "ratification", "extension",
    "mission", "troop", "weapon", "arm", "loan", "debt", "relief", "wage",
    "pension", "healthcare", "care", "drilling", "fracking", "coal", "nuclear", "emission",
    "blockade", "embargo", "moratorium", "quota", "visa", "asylum", "repeal", "abolition",
})

# Words that do not change which issue is meant: "NATO's eastward expansion" and "NATO
# expansion", "Ukraine's potential membership" and "Ukraine's membership".
KEY_DROP_WORDS = frozenset({
    "potential", "possible", "eventual", "future", "proposed", "planned", "so-called",
    "eastward", "further", "formal", "new", "current", "strong", "full", "any", "such",
    "similar", "ultimate", "immediate", "swift", "rapid", "quick", "early", "long", "long-term",
    "controversial", "contentious", "latest", "own", "entire", "whole", "continued",
    "ongoing", "much", "more", "greater", "real", "actual", "final", "fast", "speedy",
    "genuine", "serious", "major", "broad", "significant", "same", "other", "mutual",
})

# Wrappers around a membership: "its NATO membership ambitions", "Ukraine's NATO
# aspirations", "Turkey's EU bid" all mean membership of that organisation.
MEMBERSHIP_WRAPPERS = frozenset({"ambition", "aspiration", "bid", "hope", "drive", "quest", "path", "application", "candidacy"})
MEMBERSHIP_NOUNS = frozenset({"membership", "accession", "entry", "admission", "integration"})
JOIN_VERBS = frozenset({"join", "enter", "accede"})

# Definite descriptions that stand for an organisation named earlier: "the alliance".
ORG_DESCRIPTIONS = frozenset({"alliance", "bloc", "union", "organisation", "organization", "pact", "treaty", "club", "group", "coalition", "league"})

FIRST_PERSON = frozenset({"i", "we", "me", "us", "our", "my", "ours", "mine"})
NEGATORS = frozenset({"not", "n't", "never", "no", "neither", "nor", "hardly"})
