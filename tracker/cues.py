"""Attribution cues: the words that report speech, found by lemma.

Verbs come from ``tracker/data/cues.tsv`` (their inflections are generated), report nouns
from ``tracker/data/cue_nouns.txt`` ("Farrow’s claim that …"), and a few prepositional
phrases ("according to", "in the words of", "as X put it") from here. A cue inside a
quotation is never a cue; a verb form used as a noun ("the report", "Additional reporting
by"), an infinitive ("to say") or a passive ("was known for") is left out. Negated and
modal cues are kept and marked. A participle after a statement put out ("issued a statement
saying", verbs and nouns in ``statement_verbs.txt`` and ``statement_nouns.txt``, words of
time between noun and participle in ``statement_times.txt``) makes the whole phrase one
cue, so that the subject before the verb is its speaker; so does a lead before "to" ("went
on to say", ``to_leads.txt``). A passive with a by-agent ("was first reported by", verbs
in ``by_cues.txt``) is a cue of frame "passive".
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from . import lexicon
from . import mentions as M

MODALS = {"may", "might", "could", "would", "should", "will", "can", "must"}
BE = {"is", "was", "were", "are", "be", "been", "being", "am"}
ING_BEFORE = BE | {
    ",",
    "and",
    "but",
    "after",
    "before",
    "while",
    "without",
    "by",
    "when",
    "—",
    "–",
    "-",
}
PREPOSITIONAL = {
    ("according", "to"): "according to",
    ("in", "the", "words", "of"): "in the words of",
}


@dataclass
class Cue:
    i: int  # first token
    j: int  # after last token
    text: str
    lemma: str
    kind: str
    frame: str
    negated: bool = False
    modal: bool = False  # "may argue", "would say": a hedged or hypothetical report


def find_cues(tokens: list[M.Token], inside: list[bool]) -> Iterator[Cue]:
    """Every cue among tokens (a unit's), skipping those inside quotation marks."""
    n = len(tokens)
    for i, tok in enumerate(tokens):
        if inside[i] or not tok.is_word:
            continue
        for words, name in PREPOSITIONAL.items():
            if tuple(t.low for t in tokens[i : i + len(words)]) == words:
                yield Cue(i, i + len(words), name, name, "speech", "prep")
        if tok.low == "as" and any(
            tokens[m].low == "put" and m + 1 < n and tokens[m + 1].low == "it"
            for m in range(i + 2, min(i + 16, n))
        ):
            yield Cue(i, i + 1, "as … put it", "as put it", "speech", "prep")
        elif tok.low == "as" and (i == 0 or tokens[i - 1].text == ","):
            as_cue = _as_said(tokens, inside, i)
            if as_cue is not None:
                yield as_cue
        if tok.low in lexicon.words("cue_nouns.txt") and 0 < i and i + 1 < n:
            owner = tokens[i - 1]
            verb_before = i > 1 and lexicon.lemma(tokens[i - 2].low) in lexicon.cues()
            to = (  # "his promise to build …", not "a threat to Europe"
                tokens[i + 1].low == "to"
                and tok.low in lexicon.words("infinitive_nouns.txt")
                and i + 2 < n
                and tokens[i + 2].is_word
                and not tokens[i + 2].is_cap
                and tokens[i + 2].low not in NOUN_PHRASE_OPENERS
            )
            if (tokens[i + 1].low == "that" or to) and not verb_before and owner_word(owner):
                yield Cue(i, i + 1, tok.text, tok.low, "speech", "noun")
            else:
                wider = _owned_noun(tokens, inside, i)
                if wider is not None:  # "his stern warning that", "Trump’s statement last
                    yield Cue(*wider, tok.text, tok.low, "speech", "noun")  # year that"
        if tok.low in lexicon.words("hearsay_adverbs.txt") and _predicate_after(tokens, inside, i):
            yield Cue(i, i + 1, tok.text, tok.low, "speech", "hearsay")
            continue
        if tok.low in lexicon.words("noun_forms.txt"):
            continue  # "swing states", "the charges"
        lemma = lexicon.lemma(tok.low)
        if lemma is None or (tok.is_cap and i > 0 and tokens[i - 1].text not in '“"‘'):
            continue  # "the United States" is not a cue
        best = None
        for cue in lexicon.cues_by_verb().get(lemma, ()):
            parts = cue.lemma.split()
            if len(parts) > 1:
                rest = [t.low for t in tokens[i + 1 : i + len(parts)]]
                if rest != parts[1:]:
                    continue
            if best is None or len(parts) > len(best.lemma.split()):
                best = cue
        if best is None or i + 1 > n:
            continue
        if _other_sense(tokens, i, lemma):
            continue  # "showed no sign of", "adding to his lead": not a report
        if best.frame == "as-saying" and not _as_saying(tokens, i):
            continue  # "quoted a price", not "quoted a witness as saying"
        j = i + len(best.lemma.split())
        before = tokens[i - 1].low if i else ""
        negated = (
            before in {"not", "n’t", "n't", "never"}
            or before.endswith(("n’t", "n't"))
            or (i > 1 and tokens[i - 2].low in {"not", "never"})
        )
        contracted = (
            i > 0 and M.contraction(tokens[i - 1]) is not None
        )  # "he’s predicting", "she's said"
        contracted = contracted or before in {"who’s", "who's"}  # "who’s argued for years"
        if before in {"not", "never"} and i > 1:
            contracted = contracted or M.contraction(tokens[i - 2]) is not None  # "he’s not"
        if before == "to" and i > 1:
            # "He went on to say …": from the lead on, the whole phrase
            v = _lead(tokens, inside, i - 1)
            if v is not None:
                yield _phrase(tokens, v, j, best)
                continue
            if best.kind == "speech" and _that_follows(tokens, inside, j):
                # "… but only to tell Garland that he won't agree": the clause's subject
                yield Cue(i, j, tok.text, best.lemma, best.kind, best.frame)
                continue
        if before in {"the", "a", "an", "his", "her", "their", "its", "to"} or (
            i and M.POSSESSIVE.search(tokens[i - 1].text) and not contracted
        ):
            continue  # a noun ("the report", "a claim") or an infinitive ("to call")
        if i and NUMBER.fullmatch(tokens[i - 1].text) and tok.low.endswith("ed"):
            continue  # a modifier after a number: "384 pledged delegates", "12 reported cases"
        after = tokens[i + 1].low if i + 1 < n else ""
        by = next((k for k in range(i + 1, min(i + 3, n)) if tokens[k].low == "by"), None)
        if tok.low == "asked" and by is not None and _be_before(tokens, i) is None:
            if all(M.skippable(t) for t in tokens[i + 1 : by]):  # "When asked (directly) by"
                yield _phrase(tokens, i, by + 1, best, "asked-by")
            continue
        question = _question_after(tokens, inside, i) if tok.low == "asked" else None
        if question is not None and (i == 0 or before in ASKED_LEADS or _be_before(tokens, i)):
            # "Asked whether …, she said", "when asked how …", "He was asked if …": the
            # question, put by someone the sentence does not name
            yield Cue(i, question, tok.text, best.lemma, best.kind, "asked")
            continue
        if after == "by" and tok.low.endswith("ed") and _be_before(tokens, i) is None:
            if i > 0 and tokens[i - 1].is_word and not M.skippable(tokens[i - 1]):
                continue  # "the divide highlighted by the shootings": a participle, no report
        if after == "by" and best.lemma in lexicon.words("by_cues.txt"):
            be = _be_before(tokens, i)
            if be is not None:  # "The move was first reported by The Herald"
                yield _phrase(tokens, be, i + 2, best, "passive")
            continue
        passive = before == "being" or _be_before(tokens, i) is not None
        if passive and tok.low not in {"saying", "telling"}:
            if not tok.low.endswith("ing") and (after != "to" or best.kind == "stance"):
                continue  # a passive: "was known for", "is reported", "are strongly favored"
        noun = _statement_noun(tokens, inside, i) if tok.low.endswith("ing") else None
        if noun is not None:
            # "Trump issued a statement (Tuesday) saying …": from the verb on, the whole phrase
            v = _issued(tokens, inside, noun)
            if v is not None:
                yield _phrase(tokens, v, j, best)
            continue
        lead = tokens[past_adverbs(tokens, i) - 1].low if i else ""  # ", also saying"
        if tok.low.endswith("ing") and not (
            before in ING_BEFORE
            or lead in ING_BEFORE - BE
            or lead in BE
            and i + 1 < n
            and tokens[i + 1].low == "that"  # "are now admitting that"
            or contracted
            or (i and inside[i - 1])
            or best.kind == "speech"
            and _speaker_before_participle(tokens, i)
        ):
            continue  # "Additional reporting by": a noun, not a report
        text = " ".join(t.text for t in tokens[i:j])
        modal = before in MODALS or (i > 1 and tokens[i - 2].low in MODALS and before == "not")
        yield Cue(i, j, text, best.lemma, best.kind, best.frame, negated, modal)


NUMBER = re.compile(r"\d[\d,.]*")
NOUN_PHRASE_OPENERS = {"a", "an", "the", "his", "her", "their", "its", "our", "my", "your"}
NOUN_PHRASE_OPENERS |= {"this", "that", "these", "those", "another"}


def _other_sense(tokens: list[M.Token], i: int, lemma: str) -> bool:
    """Do the cue verb at i and the words after it make a phrase of not_cues.txt, another
    sense of the verb ("showed up", "added to her lead")?"""
    for phrase in lexicon.words("not_cues.txt"):
        words = phrase.split()
        if words[0] != lemma or i + len(words) > len(tokens):
            continue
        following = tokens[i + 1 : i + len(words)]
        if all(
            t.low == w or w == "np" and (t.low in NOUN_PHRASE_OPENERS or t.text[:1].isdigit())
            for t, w in zip(following, words[1:], strict=True)
        ):
            return True
    return False


def _as_saying(tokens: list[M.Token], i: int) -> bool:
    """Does "as saying" (or "as telling", "as writing") follow the verb at i closely?"""
    for m in range(i + 2, min(i + 14, len(tokens) - 1)):
        if tokens[m].low == "as" and tokens[m + 1].low in {"saying", "telling", "writing"}:
            return True
    return False


STATEMENT_TIME_GAP = 3  # words of time between the statement noun and the participle


def _statement_noun(tokens: list[M.Token], inside: list[bool], i: int) -> int | None:
    """The statement noun right before the participle at i ("a statement saying"), past a
    few words of time ("a statement Tuesday night condemning"): its index, or None."""
    nouns = lexicon.words("statement_nouns.txt")
    times = lexicon.statement_times()
    for m in range(i - 1, max(-1, i - 2 - STATEMENT_TIME_GAP), -1):
        if inside[m]:
            return None
        if tokens[m].low in nouns:
            return m
        if tokens[m].low not in times:
            return None
    return None


ISSUED_GAP = 4  # words between "issued" and "statement" ("released an unusually long …")


def _issued(tokens: list[M.Token], inside: list[bool], noun: int) -> int | None:
    """The verb that puts out the statement noun at ``noun`` ("issued a statement",
    "put out a brief statement"), a few words before it: its first token, or None."""
    verbs = lexicon.words("statement_verbs.txt")
    for m in range(noun - 1, max(-1, noun - 2 - ISSUED_GAP), -1):
        if inside[m] or not tokens[m].is_word:
            return None
        if m > 0 and f"{tokens[m - 1].low} {tokens[m].low}" in verbs:
            return m - 1
        if tokens[m].low in verbs:
            return m
    return None


def _lead(tokens: list[M.Token], inside: list[bool], to: int) -> int | None:
    """The first token of a lead ("went on", "appeared") right before "to" at ``to``."""
    leads = lexicon.words("to_leads.txt")
    for size in (5, 4, 3, 2, 1):
        v = to - size
        if v < 0 or any(inside[v:to]):
            continue
        if " ".join(t.low for t in tokens[v:to]) in leads:
            return v
    return None


ASKED_LEADS = {"when", "if", "once", ",", "—", "later", "after", "and", "but"}
ASKED_PHRASES = {"in", "on", "at", "during", "last", "earlier", "later", "after", "again"}
QUESTION_OPENERS = {"whether", "if", "how", "why", "what", "which", "who", "where", "about"}


def _question_after(tokens: list[M.Token], inside: list[bool], i: int) -> int | None:
    """The word opening the question right after "asked" at i ("asked (directly) whether
    …", "asked about the plan", not "asked about 50 people"), or None."""
    phrase = i + 1 < len(tokens) and tokens[i + 1].low in ASKED_PHRASES  # "asked in Iowa"
    for k in range(i + 1, min(i + (7 if phrase else 3), len(tokens))):
        tok = tokens[k]
        if inside[k] or not tok.is_word:
            return None
        if tok.low in QUESTION_OPENERS:
            nxt = tokens[k + 1] if k + 1 < len(tokens) else None
            if nxt is None or not nxt.is_word or tok.low == "about" and nxt.text[:1].isdigit():
                return None
            return k
        if not (phrase or M.skippable(tok)):
            return None
    return None


HEARSAY_BEFORE = NOUN_PHRASE_OPENERS | {"is", "was", "be", "been", "being", "are", "were"}


def _predicate_after(tokens: list[M.Token], inside: list[bool], i: int) -> bool:
    """Does a verb that is no cue follow the adverb at i, after a subject or an auxiliary
    ("have reportedly looked", not "the reportedly ill", "was reportedly killed" or
    "reportedly said", which its own cue reports)?"""
    if i == 0 or i + 1 >= len(tokens) or inside[i + 1] or not tokens[i - 1].is_word:
        return False
    nxt = tokens[i + 1]
    if tokens[i - 1].low in HEARSAY_BEFORE or not nxt.is_word or nxt.is_cap:
        return False
    if _be_before(tokens, i) is not None:
        return False  # "were all allegedly targeted": a passive
    if lexicon.lemma(nxt.low) in lexicon.cues() or nxt.low in NOUN_PHRASE_OPENERS:
        return False
    return nxt.low.endswith(("ed", "s")) or lexicon.lemma(nxt.low) is not None


def _that_follows(tokens: list[M.Token], inside: list[bool], j: int) -> bool:
    """Does "that" open a clause right after the cue ending at j, or after a listener of
    up to four words ("to tell their neighbours that …")?"""
    for k in range(j, min(j + 5, len(tokens))):
        if inside[k] or not tokens[k].is_word:
            return False
        if tokens[k].low == "that":
            return k + 1 < len(tokens) and not inside[k + 1]
    return False


OWNERS = {"his", "her", "their", "its"}
PLURAL_POSSESSIVE = re.compile(r"s[’']$")
THAT_TIMES = {"this", "last", "earlier", "year", "month", "week", "in"}


def owner_word(tok: M.Token) -> bool:
    """A possessive that may own a report noun: "Trump’s", "hawks’", "his"."""
    return bool(
        tok.low in OWNERS or M.POSSESSIVE.search(tok.text) or PLURAL_POSSESSIVE.search(tok.text)
    )


def _owned_noun(tokens: list[M.Token], inside: list[bool], i: int) -> tuple[int, int] | None:
    """The span (first token after the owner, the "that") of a report noun at i with up to
    two words between its owner and it ("his stern warning", "her March comment") and words
    of time before its "that" ("statement earlier this year that"), or None."""
    n = len(tokens)
    k = i - 1
    while k >= 0 and i - k <= 3 and not owner_word(tokens[k]):
        verb = lexicon.lemma(tokens[k].low) is not None and not tokens[k].low.endswith("ed")
        if inside[k] or not tokens[k].is_word or verb:  # "his continued insistence that"
            return None
        k -= 1
    if k < 0 or i - k > 3 or not owner_word(tokens[k]):
        return None
    times = THAT_TIMES | lexicon.statement_times()
    m = i + 1
    while m < n and m - i <= 4 and tokens[m].low in times and tokens[m].low != "that":
        m += 1
    if m >= n or tokens[m].low != "that" or inside[m] or (k + 1 == i and m == i + 1):
        return None
    return k + 1, m


PARTICIPLE_NP_LEADS = {"with", "of", "had", "has", "showed", "shows", "featured", "features"}


def _speaker_before_participle(tokens: list[M.Token], i: int) -> bool:
    """Does a name stand right before the participle at i, itself after "with" or "of"
    ("with the campaign of X saying …", "footage of Trump saying …", "with Noah commenting on
    …"), so that it is X's report?"""
    k = i - 1
    while k >= 0 and i - k <= 4 and tokens[k].is_word and tokens[k].is_cap:
        k -= 1
    if k == i - 1 or k < 0:
        return False  # no name right before it
    return tokens[k].low in PARTICIPLE_NP_LEADS | {"—", "–", ","}


def past_adverbs(tokens: list[M.Token], i: int, most: int = 2) -> int:
    """Where the cue at i starts with the adverbs right before it ("while also suggesting"):
    i, or the first of up to ``most`` adverbs before it."""
    k = i
    while k > 0 and i - k < most and _adverb(tokens[k - 1]):
        k -= 1
    return k


LEAD_ADVERBS = {"also", "again", "even", "later"}


def _adverb(tok: M.Token) -> bool:
    return tok.low in LEAD_ADVERBS or (tok.low.endswith("ly") and M.skippable(tok))


def _be_before(tokens: list[M.Token], i: int) -> int | None:
    """The "was" of a passive ending at the participle i ("was first reported"), or None."""
    k = i - 1
    while k > 0 and i - k <= 3 and (M.skippable(tokens[k]) and tokens[k].low not in BE):
        k -= 1
    if k >= 0 and tokens[k].low in BE and tokens[k].low != "being":
        return k
    return None


def _hedges(tokens: list[M.Token], i: int) -> tuple[bool, bool]:
    """(negated, modal) for a cue starting at token i."""
    before = tokens[i - 1].low if i else ""
    earlier = tokens[i - 2].low if i > 1 else ""
    negated = (
        before in {"not", "n’t", "n't", "never"}
        or before.endswith(("n’t", "n't"))
        or earlier in {"not", "never"}
    )
    return negated, before in MODALS or (earlier in MODALS and before == "not")


AFTER_AS_VERB = {"in", "on", "at", "during", "to", "earlier", "last", "recently", "this"}
AFTER_AS_VERB |= {"yesterday", "before", "after", "previously", "first", "later", "once"}


def _as_said(tokens: list[M.Token], inside: list[bool], i: int) -> Cue | None:
    """ "…, as David Dayen noted in The Intercept." and "…, as described by the FBI": the
    clause around it is the statement, the words between "as" and the verb its source."""
    n = len(tokens)
    if i + 1 < n and tokens[i + 1].low in lexicon.words("as_phrases.txt"):
        return None  # "as soon as Monday in nine states", "as if …", "as of the last report"
    for m in range(i + 1, min(i + 9, n)):
        tok = tokens[m]
        if inside[m] or not tok.is_word:
            return None
        lemma = lexicon.lemma(tok.low) or ""
        if lemma not in lexicon.cues():
            continue
        if lemma not in lexicon.words("as_cues.txt") or tok.is_cap or tok.low.endswith("ing"):
            return None
        if m == i + 1:  # "as described by the FBI"
            if m + 1 < n and tokens[m + 1].low == "by":
                return Cue(i, m + 2, f"as {tok.text} by", "as said", "speech", "prep")
            return None
        nxt = tokens[m + 1] if m + 1 < n else None
        if nxt is None or not nxt.is_word or nxt.low in AFTER_AS_VERB:
            return Cue(i, i + 1, f"as … {tok.text}", "as said", "speech", "prep")
        return None
    return None


def _phrase(tokens: list[M.Token], i: int, j: int, cue, frame: str | None = None) -> Cue:
    """A cue of several words from tokens[i] to tokens[j] ("went on to say", "was
    reported by"), hedged by the words before it."""
    negated, modal = _hedges(tokens, i)
    text = " ".join(t.text for t in tokens[i:j])
    return Cue(i, j, text, cue.lemma, cue.kind, frame or cue.frame, negated, modal)
