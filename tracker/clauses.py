"""Where a reported clause ends: the comma, dash, speech tag or linking word after which
the words are no longer the statement ("X said the talks failed, but Y …", "… a weak
quarter -- revenue that is flat", "…, former President Bill Clinton said this week").
Used by tracker/attribution.py; plain functions of the tokens of one unit."""

from __future__ import annotations

from . import lexicon, quotes
from . import mentions as M
from .cues import BE, MODALS

PREPOSITIONS = {"in", "on", "at", "during", "after", "before", "to", "from", "with", "by", "of"}
PREPOSITIONS |= {"late", "early", "last", "this", "yesterday", "today", "recently", "earlier"}


PAST_IRREGULAR = {"said", "told", "wrote", "thought", "felt", "knew", "found", "showed", "shown"}


def past_verb(tok: M.Token) -> bool:
    """A past-tense form ("spilled", "ran"), the verb a relative "that" opens."""
    return tok.low in PAST_IRREGULAR or tok.low.endswith("ed") and not tok.is_cap


def finite_verb(tok: M.Token) -> bool:
    """A past-tense or 'say' form: safe with a vague subject ("Thirty percent said")."""
    low = tok.low
    return (
        low in PAST_IRREGULAR
        or low in {"say", "says"}
        or low.endswith("ed")
        or low in lexicon.words("verb_only_forms.txt")
    )


SUBORDINATORS = {"while", "although", "though", "because", "as", "if", "when", "since"}
SUBORDINATORS |= {"whereas", "after", "before", "unless", "until"}
NOT_PARTICIPLES = {"nothing", "something", "anything", "everything", "morning", "evening"}
NOT_PARTICIPLES |= {"thing", "king", "spring", "during", "bring", "sing", "ring", "wing"}
NOT_PARTICIPLES |= {"owing", "according", "including", "regarding", "following", "concerning"}
CLAUSE_LINKS = {"but", "while", "although", "though", "whereas", "yet", "who", "which"}
APPOSITIVE_END = 8  # an ", a …" this close to the end is an appositive
DASHES = {"—", "–", "-", "--", "―"}


def clause_end(tokens, inside, start: int, end: int, subordinate: bool, finite=False) -> int:
    """Where a reported clause stops: before ", but …", ", while …", a participle clause
    (", pointing to …"), ", and she …", or the comma closing an opening "While …" clause."""
    n = len(tokens)
    aside = -1  # the closing dash of a "— … —" aside being skipped
    for m, tok in enumerate(tokens):
        closer = _quote_comma(tokens, inside, m) if m > aside and tok.start > start else None
        if closer is not None and _comma_ends(
            tokens, inside, start, m, closer, subordinate, finite
        ):
            return tokens[closer - 1].end  # "… had been “hacked,” both experts …"
        if m <= aside or tok.start <= start or inside[m] or m + 1 >= n or inside[m + 1]:
            continue
        nxt = tokens[m + 1]
        if separating_dash(tokens, m):
            if subordinate:
                return tok.start  # "When X noted that A ― as was true ― Y boasted …"
            closing = _closing_dash(tokens, inside, m)
            if closing is None and not _dash_goes_on(tokens, m + 1):
                return tok.start  # "… a weak quarter -- revenue that is flat": an elaboration
            if closing is None:
                continue
            aside = closing  # "X — a group of leaders — supported …": a paired aside
            continue
        if tok.low in {"while", "whereas"} and is_participle(nxt):
            return tok.start  # "… to limit it while promising to …"
        if tok.text in DASHES and (nxt.low in {"a", "an", "the"} | CLAUSE_LINKS | {"though"}):
            return tok.start  # "… — a controversial proposal", "… - though it is unclear"
        if tok.text in DASHES and lexicon.lemma(nxt.low) in lexicon.cues():
            return tok.start  # "Doe — who has said X — said on Sunday …": the dash closes
        if tok.low == "and" and nxt.is_cap and m + 2 < n and _cue_participle(tokens[m + 2]):
            return tok.start  # "Ryan saying he was … and Trump calling it …"
        if tok.text == "," and _comma_ends(tokens, inside, start, m, m + 1, subordinate, finite):
            return tok.start
    return end


def _comma_ends(tokens, inside, start: int, m: int, j: int, subordinate: bool, finite) -> bool:
    """Does the comma at m end the reported clause, with token j after it?"""
    n = len(tokens)
    nxt = tokens[j]
    if subordinate or _speech_tag(tokens, inside, j):
        return True  # "…, former President Bill Clinton said this week"
    if finite and not _verb_between(tokens, start, m):
        return False  # "that Jane Doe, even as mayor, had …": no verb yet, so no clause to end
    if (
        nxt.low in {"who", "which", "whose"}
        and len([t for t in tokens[:m] if t.start >= start]) < 3
    ):
        return False  # "the plan, which critics say is flawed, would go ahead": a relative
    if nxt.low in {"who", "which", "whose"} and _embedded_relative(tokens, inside, j):
        return False  # "a task force, which would include the military, to crack down …"
    if nxt.low == "but" and j + 1 < n and tokens[j + 1].low == "that":
        return False  # "that A, but that B": the second half of one report
    if nxt.low == "but" and j + 1 < n and _goes_on_after_but(tokens[j + 1]):
        return False  # "…, but couldn’t provide them", "…, but not women": the same report
    if nxt.low in {"though", "although", "while", "whereas"}:
        # "…, though there is still support", "…, while the U.S. will see 2 percent": the
        # speaker's contrast goes on; not "…, though she noted …", a report of its own, nor
        # "…, while also suggesting …"
        after = [t for t in tokens[j + 1 : j + 3] if not M.skippable(t)][:1]
        if after and is_participle(after[0]):
            return True
        return any(
            finite_verb(t) and lexicon.lemma(t.low) in lexicon.cues()
            for t in tokens[j : j + TAG_WORDS]
        )
    if nxt.low in CLAUSE_LINKS | {"whose"} and not _opening_phrase(tokens, start, m):
        return True
    if nxt.low == "even" and j + 1 < n and tokens[j + 1].low in SUBORDINATORS:
        return True  # "…, even as he has …"
    if nxt.low in {"a", "an"} and j - 1 + APPOSITIVE_END >= n:
        return True  # "…, a longtime nemesis.": an appositive closing the sentence
    if nxt.low in {"a", "an"} and any(t.low in {"that", "which"} for t in tokens[j + 1 : j + 5]):
        return True  # "…, a move that could …", "…, a charge that X denied": a comment
    if is_participle(nxt) or _ly_adverb(nxt) and j + 1 < n and is_participle(tokens[j + 1]):
        return True  # "…, pointing to …", "…, implicitly putting …"
    return nxt.low == "and" and new_subject(tokens, inside, j + 1)


def _ly_adverb(tok: M.Token) -> bool:
    """An adverb in -ly ("implicitly"), not a name or a short word like "only"."""
    return tok.low.endswith("ly") and not tok.is_cap and len(tok.low) > 4


TAG_WORDS = 8  # the longest speaker in a "…, X said" tag read inside a reported clause


def _speech_tag(tokens, inside, j: int) -> bool:
    """Does a "X said" or "said X" tag start at j ("…, former President Bill Clinton said this
    week", "…, said an official who …"): a speech verb in the past or 'says', with no comma
    or quotation before it?"""
    for p in range(j, min(j + TAG_WORDS, len(tokens))):
        tok = tokens[p]
        if inside[p] or not tok.is_word:
            return False
        lemma = lexicon.lemma(tok.low)
        cue = lexicon.cues().get(lemma) if lemma else None
        if cue is not None and cue.kind == "speech" and finite_verb(tok):
            return p > j and tokens[p - 1].is_cap or p == j and p + 1 < len(tokens)
        if p > j and not (tok.is_cap or tok.low in M.DETERMINERS or tok.low in {"of", "and"}):
            if not lexicon.roles().get(tok.low):
                return False
    return False


def _goes_on_after_but(tok: M.Token) -> bool:
    """Does the word after ", but" go on with the reported clause: a modal or auxiliary with
    the same subject ("but would grant …", "but couldn’t provide …"), "not", "instead"?"""
    low = tok.low.replace("’", "'")
    if low in {"not", "instead", "rather"}:
        return True
    base = low[:-3] if low.endswith("n't") else low
    return base in MODALS | {"ca", "wo", "could", "would", "did", "does", "do"}


RELATIVE_WORDS = 12  # the longest relative clause read as embedded between two commas


def _embedded_relative(tokens, inside, j: int) -> bool:
    """Is the relative clause opening at j closed by a comma within a few words, after which
    the clause goes on with a verb or "to" ("the entities, which include trusts, are …")?"""
    for p in range(j + 1, min(j + RELATIVE_WORDS, len(tokens) - 1)):
        if inside[p] or tokens[p].text in ";:" or separating_dash(tokens, p):
            return False
        if tokens[p].text == ",":
            nxt = tokens[p + 1]
            return nxt.low in SUBJECT_AUXILIARIES | MODALS | {"to"} or nxt.low in BE
    return False


def _quote_comma(tokens, inside, m: int) -> int | None:
    """When the token at m is a comma closing a quoted fragment ("… “hacked,” both …"), the
    index of the first word after the quotation, else None."""
    if tokens[m].text != "," or not inside[m]:
        return None
    j = m + 1
    while j < len(tokens) and inside[j] and tokens[j].text in quotes.CLOSERS:
        j += 1
    if j == m + 1 or j >= len(tokens) or inside[j]:
        return None
    return j


def _verb_between(tokens, start: int, m: int) -> bool:
    """Is there a word before token m, from start on, that may be a clause's verb (an
    auxiliary, a past tense, a known verb form)?"""
    for tok in tokens[:m]:
        if tok.start < start or not tok.is_word:
            continue
        low = tok.low
        if low in VERB_WORDS or low in PAST_IRREGULAR or lexicon.lemma(low) is not None:
            return True
        if low.endswith(("ed", "n’t", "n't")) or low in {"said", "made", "got", "went", "came"}:
            return True
    return False


def separating_dash(tokens, m: int) -> bool:
    """Is the token at m a dash between phrases ("X — Y", "X -- Y", "X - Y"), not a hyphen
    ("U.S.-Mexico", "5-1")?"""
    tok = tokens[m]
    if tok.text in {"—", "–", "―"}:
        return True
    if tok.text != "-" or m == 0:
        return False
    if tokens[m - 1].text == "-" and tokens[m - 1].end == tok.start:
        return False  # the second half of "--"
    return tokens[m - 1].end < tok.start or (
        m + 1 < len(tokens) and tokens[m + 1].text == "-" and tokens[m + 1].start == tok.end
    )


def after_dash_aside(tokens, inside, i: int) -> bool:
    """Does a "— … —" aside end just before token i (the aside's opening dash after the
    unit's first word)?"""
    if i < 2 or inside[i - 1] or not separating_dash(tokens, i - 1):
        return False
    return any(not inside[m] and separating_dash(tokens, m) for m in range(1, i - 1))


DASH_GOES_ON = {"that", "whether", "unless", "until", "or", "if", "because", "including"}
DASH_GOES_ON |= {"specifically", "especially", "particularly", "not", "perhaps"}


def _dash_goes_on(tokens, k: int) -> bool:
    """Does the reported clause go on past a lone dash before k ("… - ensuring that …",
    "… — and that …", "… - unless …"), rather than an elaboration ("… — a move that …")?"""
    while k < len(tokens) and tokens[k].text == "-":
        k += 1
    if k >= len(tokens):
        return False
    tok = tokens[k]
    if tok.low in {"and", "but", "only", "just"}:
        return k + 1 < len(tokens) and tokens[k + 1].low == "that"  # "— and that …"
    if is_participle(tok) and lexicon.lemma(tok.low) in lexicon.cues():
        return False  # "… — saying the rival chose not to": a report of its own
    return tok.low in DASH_GOES_ON or is_participle(tok) or tok.low in PREPOSITIONS - {"to"}


def _closing_dash(tokens, inside, m: int) -> int | None:
    """The dash closing an aside opened by the dash at m (its last token), or None."""
    k = m + 1
    while k < len(tokens) and tokens[k].text == "-" and tokens[k].start == tokens[k - 1].end:
        k += 1  # past "--"
    for p in range(k, len(tokens)):
        if not inside[p] and separating_dash(tokens, p):
            while p + 1 < len(tokens) and tokens[p + 1].text == "-":
                p += 1
            return p
    return None


SUBJECT_AUXILIARIES = {"is", "are", "was", "were", "has", "have", "had"}


def is_participle(tok: M.Token) -> bool:
    return tok.low.endswith("ing") and not tok.is_cap and tok.low not in NOT_PARTICIPLES


def new_subject(tokens, inside, k: int) -> bool:
    """Does a clause with its own subject start at k ("and she …", "and on Monday, he …")?"""
    n = len(tokens)
    if k < n and tokens[k].low in PREPOSITIONS:  # an opening phrase first
        comma = next((j for j in range(k, min(k + 6, n)) if tokens[j].text == ","), None)
        if comma is None or inside[comma]:
            return False
        k = comma + 1
    if k >= n:
        return False
    after = tokens[k]
    if after.low in {"his", "her", "their", "its"} and k + 2 < n:
        return tokens[k + 2].low in lexicon.words("small_words.txt")  # "and his campaign is"
    return after.low in lexicon.pronouns() or (after.is_cap and M.is_name_word(after))


def _opening_phrase(tokens, start: int, m: int) -> bool:
    """Are the words from ``start`` to the comma at m only a short opening phrase ("that in
    1994, while …"), not a clause the comma could close?"""
    words = [t for t in tokens[:m] if t.start >= start and t.is_word]
    return 0 < len(words) <= 3 and words[0].low in PREPOSITIONS - {"to"}


def _cue_participle(tok: M.Token) -> bool:
    """A cue verb in -ing ("calling", "saying")."""
    return tok.low.endswith("ing") and lexicon.lemma(tok.low) in lexicon.cues()


VERB_WORDS = BE | MODALS | {"had", "has", "have", "do", "does", "did"}
