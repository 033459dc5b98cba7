"""Attribution: find each statement in a document and the phrase that names its source.

Works unit by unit, a unit being a sentence, or several when a quotation runs across
sentence or paragraph breaks. In each unit the cues outside quotation marks are found
(``tracker/cues.py``), the ones next to quotes and closing the sentence first, and each is
matched against these shapes; the shape's name is kept as the record's ``rule``:

    quote-cue-speaker          “…,” said Jane Doe.
    quote-speaker-cue          “…,” Jane Doe said.  (split quotes; a clause ending in a
                               quoted fragment before its speaker is one mixed record)
    speaker-cue-quote          Jane Doe said: “…”
    speaker-colon-quote        Jane Doe: “…”
    speaker-cue-block          Jane Doe said:  (closing a paragraph, then a paragraph of her
                               words without quotation marks, each sentence a record)
    quote-dash-speaker         “…” — Jane Doe
    speaker-colon              transcript turns: SMITH: …, A: …
    quote-continuation         a quote with no attribution of its own: after a statement
                               (same speaker, or the other one in a dialogue), or a line of
                               dialogue opening its paragraph (in fiction, a paragraph
                               ending "Jane Doe said:" before it names its speaker)
    dash-dialogue              --What is your name?  (fiction: a paragraph opening with a
                               dash, unattributed in its paragraph; "--Yes, he said." and
                               "--Yes.--said Jane." take the shapes above)
    speaker-cue-that           Jane Doe noted that …  (mixed when it quotes)
    speaker-cue-clause         Jane Doe said the talks …; stances: Jane Doe criticized …
    clause-speaker-cue         The talks failed, Jane Doe said.
    clause-cue-speaker         The talks failed, said Jane Doe.
    clause-speaker-cue-clause  The talks, Jane Doe said, had failed.  (two records)
    relative-speaker-cue       … a plan that officials said was …
    noun-that                  Jane Doe’s claim that …
    passive-by                 The move was first reported by The Herald.  (the subject is
                               the statement; by_cues.txt lists the verbs)
    asked-by                   When asked by a reporter whether …, she said …  (the question,
                               put by the one who asked)
    asked-whether              Asked whether …, she said … / She was asked if …  (the
                               question, its asker unnamed)
    reportedly                 Both firms have reportedly looked at it.  (the predicate
                               after an adverb of hearsay, hearsay_adverbs.txt; no source)
    according-to, in-the-words-of, as-put-it, as-said
                               According to Jane Doe, … / …, according to Jane Doe. /
                               …, as Jane Doe noted in The Times.

Several statements can come from one sentence ("A said X, and B said Y"); a cue inside a
statement already found reports nothing new unless it opens a sibling clause. Where a
reported clause ends is decided in ``tracker/clauses.py``.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property

from . import clauses as C
from . import lexicon, quotes, sentences
from . import mentions as M
from . import text as textmod
from .clauses import (
    CLAUSE_LINKS,
    DASHES,
    PAST_IRREGULAR,
    PREPOSITIONS,
    SUBJECT_AUXILIARIES,
    SUBORDINATORS,
    VERB_WORDS,
)
from .cues import BE, MODALS, PLURAL_POSSESSIVE, Cue, find_cues, past_adverbs

THAT_WINDOW = 8
MAX_UNIT = 3000  # characters: longer "sentences" are cut at a comma
TURN = re.compile(r"([A-Z][\w.’'\- ]{0,40}?)\s?:\s+(?=\S)")
LEAD_SENTENCE_TAIL = 6  # tokens after the cue of "X said in a statement." before a quote
LEAD_IN_DASHES = ("--", "—")  # "… and said at once--" closing the paragraph before a line
CONTINUATION_GAP = 2  # units after the last statement in which a bare quote is still its
# words opening an adverbial phrase before a subject ("For now, officials say …")
OPENERS = PREPOSITIONS | {"for", "among", "despite", "amid", "under", "since", "without"}
OPENERS |= {"like", "unlike", "within", "throughout", "across", "beyond", "so", "now", "still"}
# words opening an adverbial before a quotation that starts the clause ("Whatever the
# cost, “we will win,” she said")
LEAD_INS = OPENERS | {"because", "whatever", "if", "when", "while", "although", "though", "as"}
DANGLING = re.compile(r"[\s,;]+(?:and|but|or|while|as|though|although|whereas)$")
DASH_SIGNATURE = re.compile(r"[\s,]*[—–]+\s*|\s+-{1,2}\s+")
TRAILING = " \t\n,.;:—–-"
OPENING_MARKS = "“‘«„‚‹"
QUOTE_MARK = re.compile('[“”"«»]')
LEADING_QUOTE_MARKS = "".join(quotes.PAIRS)  # straight marks too: "… - ''He …''"
TIME_ADJECTIVES = {"late", "early", "last", "this"}


def _prep(tokens, k: int) -> bool:
    """Does tokens[k] open a phrase of place or time ("in Ohio", "this week")? "this",
    "last", "late", "early" only before a noun of time: "say this is wrong" is a clause."""
    low = tokens[k].low
    if low not in PREPOSITIONS:
        return False
    if low not in TIME_ADJECTIVES:
        return True
    after = tokens[k + 1].low if k + 1 < len(tokens) else ""
    times = lexicon.words("time_nouns.txt") | lexicon.words("weekdays.txt")
    return after in times or after in TIME_ADJECTIVES


UNNAMED_RULES = {"asked-whether", "reportedly"}  # shapes whose source the sentence does not name


@dataclass
class Statement:
    start: int
    end: int
    type: str  # direct, indirect, mixed
    rule: str
    cue: str | None
    cue_kind: str | None
    mention: M.Mention | None
    unit: tuple[int, int]
    negated: bool = False
    modal: bool = False
    turn: bool = False  # a quotation opening its paragraph: a line of dialogue


def units(text: str, quote_spans: list[quotes.Quote]) -> list[tuple[int, int]]:
    """Sentences, merged where a quotation crosses a sentence boundary."""
    spans = sentences.split(text)
    quote_ends = {q.end for q in quote_spans}
    merged: list[list[int]] = []
    qi = 0
    for start, end in spans:
        if merged:
            prev = merged[-1]
            while qi < len(quote_spans) and quote_spans[qi].end <= prev[1]:
                qi += 1
            crossing = any(q.start < prev[1] < q.end for q in quote_spans[qi : qi + 3])
            ends_quote = prev[1] in quote_ends or prev[1] - 1 in quote_ends
            signed = (
                ends_quote
                and "\n" not in text[prev[1] : start]
                and _attribution_only(text, start, end)
            )
            if crossing or signed:
                prev[1] = end  # "“…!” Jane Doe, the mayor, wrote.": one unit
                continue
        merged.append([start, end])
    return [piece for a, b in merged for piece in _bounded(text, a, b, quote_spans)]


def _cut(text: str, start: int, limit: int, marks, quote_spans) -> int:
    """The last of marks before limit that is outside quotation marks (or -1)."""
    cut = max(text.rfind(mark, start, limit) for mark in marks)
    while cut > start and any(q.start < cut < q.end for q in quote_spans):
        cut = max(text.rfind(mark, start, cut) for mark in marks)
    return cut


def _bounded(text: str, start: int, end: int, quote_spans) -> list[tuple[int, int]]:
    """A unit cut into pieces of at most MAX_UNIT characters, at a comma or semicolon outside
    quotation marks where there is one: a run-on "sentence" of a whole page (no full stops)
    would otherwise cost time quadratic in its length."""
    pieces = []
    while end - start > MAX_UNIT:
        limit = start + MAX_UNIT
        cut = _cut(text, start, limit, (", ", "; "), quote_spans)
        if cut <= start:
            cut = _cut(text, start, limit, (" ",), quote_spans)
        if cut <= start:
            break  # one quotation longer than the limit: keep the unit whole
        pieces.append((start, cut + 1))
        start = cut + 1
        while start < end and text[start] == " ":
            start += 1
    pieces.append((start, end))
    return pieces


def _attribution_only(text: str, start: int, end: int) -> bool:
    """Is the sentence just an attribution ("Jane Doe, the mayor, wrote on Twitter.")?"""
    tokens = M.tokenize(text, start, end)
    flags = [False] * len(tokens)
    for cue in find_cues(tokens, flags):
        if cue.i > 20 or cue.kind != "speech":
            return False
        mention = M.before(tokens, cue.i, text)
        if mention is None or mention.start != tokens[0].start:
            return False
        rest = [t for t in tokens[cue.j :] if t.is_word]
        if rest and (rest[0].low == "that" or QUOTE_MARK.search(text, rest[0].start, end)):
            return False  # "He also said he’s “liked it.”": a statement of its own
        comma = next((n for n, t in enumerate(tokens[cue.j :]) if t.text == ","), None)
        if len(rest) >= 3 and (rest[0].low == "that" or _subject_word(rest[0])):
            return False  # "He also said he’s “glad …”": a statement of its own
        after = tokens[cue.j : cue.j + 3]
        if len(rest) >= 3 and any(t.text in {"“", '"', "‘"} for t in after):
            return False  # "She adds, “What …?”": a quotation of its own
        return len(rest) <= 8 or (comma is not None and comma <= 6)
    return False


OPENING_REACH = 30  # tokens: the longest opening phrase before a reported clause's subject


def _past_opening(tokens, inside, start: int) -> int:
    """Where the reported clause's own subject comes, past an opening phrase ("that in
    1994, while she was 13, she was …"); start itself when it opens with no such phrase."""
    first = next((m for m, t in enumerate(tokens) if t.start >= start), len(tokens))
    if first >= len(tokens) or tokens[first].low not in OPENERS | SUBORDINATORS:
        return start
    for m in range(first + 1, min(first + OPENING_REACH, len(tokens) - 1)):
        if inside[m] or tokens[m].text in {";", ":"}:
            return start
        if tokens[m].text == "," and C.new_subject(tokens, inside, m + 1):
            return tokens[m + 1].start
    return start


def _preceded(tokens: list[M.Token], start: int, words: set[str]) -> bool:
    """Is the token right before offset start one of words?"""
    earlier = [t for t in tokens if t.end <= start]
    return bool(earlier) and earlier[-1].low in words


def _subject_word(tok: M.Token) -> bool:
    """A pronoun that opens a clause: "she", "they", "he’s"."""
    pronoun = lexicon.pronouns().get(tok.low)
    personal = pronoun is not None and tok.low not in {"him", "her", "them", "me", "us"}
    return personal or M.contraction(tok) is not None


def _inside_flags(tokens: list[M.Token], quote_spans: list[quotes.Quote]) -> list[bool]:
    flags = []
    for tok in tokens:
        flags.append(any(q.start <= tok.start < q.end for q in quote_spans))
    return flags


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Without blanks and punctuation around it, nor a conjunction left at its end."""
    while start < end and text[start] in TRAILING + " ":
        start += 1
    while end > start and text[end - 1] in TRAILING + OPENING_MARKS:
        end -= 1  # nor an opening quotation mark left at its end ("… called the move a “")
    m = DANGLING.search(text, start, end)
    if m and m.start() > start:
        return _trim(text, start, m.start())
    return start, end


@dataclass
class Site:
    """A cue with its speaker and where its statement starts, shared by the shapes."""

    unit: tuple[int, int]
    tokens: list[M.Token]
    inside: list[bool]
    qs: list[quotes.Quote]
    cue: Cue
    mention: M.Mention
    rule_after: bool  # the speaker follows the cue ("said Jane Doe")
    k: int  # token where the statement after the cue starts
    that: int | None  # the "that" opening the statement, if any
    rest: list[M.Token]  # the words from k on
    base: dict  # the Statement fields every shape shares
    speaker_first: bool
    before_quotes: list[quotes.Quote]
    after_quotes: list[quotes.Quote]


def _result_clause(tokens, inside, k: int) -> bool:
    """Does "so …" or "such …" after the cue lead to a "that" within a few words ("worries so
    much about it that …"): a clause of result, not what was said or thought?"""
    for m in range(k, min(k + THAT_WINDOW, len(tokens))):
        if inside[m] or tokens[m].text in ",;:" or _verb_form(tokens[m]):
            return False  # "thinks the plan was so bad that …": the clause came first
        if tokens[m].low in {"so", "such"}:
            return any(t.low == "that" for t in tokens[m + 1 : min(m + THAT_WINDOW, len(tokens))])
    return False


def _that(tokens, inside, k: int) -> int | None:
    """The "that" introducing the statement, a few words after the cue, if there is one."""
    n = len(tokens)
    that = next(
        (m for m in range(k, min(k + THAT_WINDOW, n)) if tokens[m].low == "that" and not inside[m]),
        None,
    )
    if that is None:
        return None
    between = tokens[k:that]
    if any(t.text in ";:" or lexicon.lemma(t.low) in lexicon.cues() for t in between):
        return None  # the "that" of a later clause ("said A and said that B")
    if that > k and that + 1 < n and tokens[that + 1].low in VERB_WORDS - {"do"}:
        return None  # "wrote in a letter that was read aloud": a relative clause
    if any(C.separating_dash(tokens, m) for m in range(k, that)):
        return None  # "said the plan would fail -- a plan that …": a relative past a dash
    if any(inside[k:that]) or any(t.low in AUXILIARIES for t in between):
        return None  # "said she was “appalled” that …": the clause began before it
    noun = that > 0 and lexicon.lemma(tokens[that - 1].low) not in lexicon.cues()
    if noun and tokens[that - 1].is_word and that + 1 < n and C.past_verb(tokens[that + 1]):
        return None  # "told a crowd that spilled out …": a relative clause on the noun
    words = [t for t in between if t.text != ","]
    adverb = len(words) <= 3 and any(M.skippable(t) for t in words)
    aside = bool(words) and (  # "said Sunday in Madison, Wisconsin, that", "said, per …, that"
        words[0].low in PREPOSITIONS | lexicon.words("weekdays.txt") | {"per"}
        and not any(lexicon.lemma(t.low) for t in words)
    )
    if len(words) < len(between) and not adverb and not aside:
        return None  # a comma before it, unless it sets off an adverb ("…, slowly, that")
    return that


class Attributor:
    """Walks a document's units in order and yields Statements."""

    def __init__(self, text: str, genre: str = "news"):
        self.text = text
        self.fiction = genre == "fiction"
        self.quotes = quotes.find(text, dashes=self.fiction, by_paragraph=not self.fiction)
        self.quote_starts = [q.start for q in self.quotes]
        self._tokens: dict[tuple[int, int], list[M.Token]] = {}
        self.blank_lines = bool(textmod.BLANK_LINE.search(text))

    @cached_property
    def paragraphs(self) -> list[tuple[int, int]]:
        return textmod.paragraphs(self.text)

    @cached_property
    def paragraph_starts(self) -> list[int]:
        return [start for start, _ in self.paragraphs]

    def statements(self) -> Iterator[tuple[tuple[int, int], list[Statement]]]:
        self.previous: tuple[int, int] | None = None  # the last unit with a statement
        self.last_unit: tuple[tuple[int, int], bool] | None = None  # and whether it had one
        turns = self._transcript_turns()
        inside_turn = (0, 0)
        for unit in units(self.text, self.quotes):
            if inside_turn[0] <= unit[0] < inside_turn[1]:
                yield unit, []  # the rest of a "NAME: …" paragraph, already a statement
                continue
            turn = next((t for t in turns if unit[0] <= t.unit[0] < unit[1]), None)
            if turn is not None:
                inside_turn = turn.unit
                turn.unit = unit
                found = [turn]
            else:
                found = self.in_unit(unit) or self._block(unit)
            if found:
                self.previous = unit
            self.last_unit = (unit, bool(found))
            yield unit, found

    def _block(self, unit) -> list[Statement]:
        """ "In a speech, he said:" closing a paragraph, then a paragraph of his words without
        quotation marks: each sentence of that paragraph is his statement."""
        if self.fiction or any(unit[0] <= q.start < unit[1] for q in self.quotes):
            return []
        lead = self._lead_in(quotes.Quote(unit[0], unit[1], 0, 0))
        if lead is None:
            return []
        cue, mention = lead
        found = []
        start = unit[0]
        for line in self.text[unit[0] : unit[1]].split("\n"):  # a list: a record a line
            s, e = _trim(self.text, start, start + len(line))
            start += len(line) + 1
            if len(self.text[s:e].split()) >= 3 and "<" not in self.text[s:e]:  # no markup
                found.append(
                    Statement(
                        s, e, "indirect", "speaker-cue-block", cue.text, cue.kind, mention, unit
                    )
                )
        return found

    def tokens(self, unit: tuple[int, int]) -> list[M.Token]:
        """The unit's tokens, made once and shared with speaker scanning."""
        if unit not in self._tokens:
            self._tokens[unit] = _sentence_case(M.tokenize(self.text, *unit))
        return self._tokens[unit]

    def _surname_later(self, label: str, end: int) -> bool:
        """Is the one word of a headline's "Lynch: …" a surname, named in full after the
        headline ("Attorney General Loretta Lynch")?"""
        if (
            " " in label
            or not label[:1].isupper()
            or label.lower() in lexicon.words("not_names.txt")
        ):
            return False
        return re.search(rf"\b[A-Z][\w.’'-]* {re.escape(label)}\b", self.text[end:]) is not None

    def _transcript_turns(self) -> list[Statement]:
        """Paragraphs of a transcript or interview: "FALLIN: I think …", "Q: How …"."""
        turns = []
        for start, end in textmod.paragraphs(self.text):
            m = TURN.match(self.text, start, end)
            if not m or len(self.text[m.end() : end].split()) < 3:
                continue
            label = m.group(1)
            words = label.split()
            if not (label.isupper() or all(w[:1].isupper() for w in words)) or len(words) > 4:
                continue
            named = M.before(M.tokenize(label.title()), len(words), label.title())
            if label not in {"Q", "A"} and (named is None or named.kind != "name"):
                continue  # "The Latest: …", "Poll: …" are headings
            first = M.bare(words[0])
            if not label.isupper() and first not in lexicon.first_names() and not named.role:
                if not (start == 0 and self._surname_later(label, end)):
                    continue  # "Road Closures: …": Title Case without a first name or a title
            if self.text[start:end].rstrip().endswith("?"):
                continue  # a question is not a statement
            if any(q.start < m.end() < q.end or q.start == m.end() for q in self.quotes):
                continue  # "Mayor Jane Doe: “…”" is a quotation with its speaker
            s, e = _trim(self.text, m.end(), end)
            mention = M.Mention("name", m.start(1), m.end(1), label, name=label)
            if label in {"Q", "A"}:
                mention.kind = "anonymous"
            kind = "mixed" if any(s <= q.start < e for q in self.quotes) else "indirect"
            turns.append(
                Statement(s, e, kind, "speaker-colon", ":", "speech", mention, (start, end))
            )
        return turns

    def in_unit(self, unit: tuple[int, int]) -> list[Statement]:
        text = self.text
        us, ue = unit
        first = bisect.bisect_left(self.quote_starts, us)
        qs = []
        for q in self.quotes[first:]:
            if q.start >= ue:
                break
            if q.end <= ue:
                qs.append(q)
        tokens = self.tokens(unit)
        inside = _inside_flags(tokens, qs)
        cues = list(find_cues(tokens, inside))
        cues.sort(
            key=lambda c: (
                not (c.kind == "speech" and _next_to_quote(tokens, inside, c)),
                not _closing(tokens, c),
            )
        )
        cues = [c for c in cues if c.frame != "quote" or _next_to_quote(tokens, inside, c)]
        cues = [c for c in cues if not _for_example(tokens, inside, c)]
        taken: list[Statement] = []
        for n, cue in enumerate(cues):
            at = tokens[cue.i].start
            holder = next((st for st in taken if st.start <= at < st.end), None)
            if holder is not None:
                # a cue inside a statement reports nothing new, unless it opens a sibling
                # clause: "One in three said A, and one in four said B"
                cut = _sibling_start(tokens, inside, cue, holder, self.text)
                if cut is None:
                    continue
                found = self._shape(unit, tokens, inside, qs, cue)
                if not found or found[0].start < cut:
                    continue
                holder.start, holder.end = _trim(self.text, holder.start, cut)
            else:
                found = self._shape(unit, tokens, inside, qs, cue)
            if not found:
                continue
            for st in found:  # end a new statement before one already found inside it
                for other in taken:
                    if _overlap(st, other) and st.start < other.start:
                        edge = other.mention.start if other.mention else other.start
                        if edge <= st.start:  # the same speaker ("X noted A, and added: “B”")
                            edge = _link_before(self.text, st.start, other.start)
                        edge = _before_approximator(self.text, st.start, edge)
                        cut = min(other.start, edge)
                        while cut > st.start and self.text[cut - 1] in LEADING_QUOTE_MARKS:
                            cut -= 1  # not the quotation's opening mark: "… - ''He …''"
                        st.start, st.end = _trim(self.text, st.start, cut)
                        left = self.text[st.start : st.end]
                        if len(left.split()) < 2 or other.cue and left.endswith(other.cue):
                            st.end = st.start  # nothing left of it but "Jane Doe said"
                        if st.type == "mixed" and not any(st.start <= q.start < st.end for q in qs):
                            st.type = "indirect"  # its quotation was cut off
            found = [st for st in found if st.end > st.start]
            if (
                len(found) > 1
                and cue.frame != "naming"
                and all(st.type == "direct" for st in found)
            ):
                # "“…,” Doe said on CNN, though he said, “…”": the quote not yet reported
                found = [a for a in found if not any(_overlap(a, b) for b in taken)]
            if not found or any(_overlap(a, b) for a in found for b in taken):
                continue
            taken += found + self._coordinated(unit, tokens, inside, qs, found[-1], cues[n + 1 :])
        if taken:
            return sorted(taken, key=lambda st: st.start)
        if qs:
            colon = self._colon(unit, tokens, inside, qs) or self._dash(unit, tokens, qs)
            if colon:
                return colon
            follows = self._follows_statement(unit)
            lead = self._lead_sentence(unit, qs)
            if lead is not None:
                # "Jane Doe said in a statement. “…”": the sentence before only names her
                cue, mention = lead
                rule = "speaker-cue-quote"
                return [
                    Statement(*q.inner, "direct", rule, cue.text, cue.kind, mention, unit)
                    for q in qs
                ]
            return [
                self._bare(unit, q)
                for q in qs
                if q.dash or _speechlike(text, q, unit, follows, self.fiction, qs)
            ]
        return []

    def _bare(self, unit, q: quotes.Quote) -> Statement:
        """A quotation with no attribution in its unit: a line of dash dialogue, or a quote
        that goes on from a statement or opens its paragraph. In fiction a paragraph ending
        in "Dante said:" gives the line of dialogue after it its speaker."""
        turn = _opens_paragraph(self.text, q)
        rule = "dash-dialogue" if q.dash else "quote-continuation"
        lead = self._lead_in(q) if turn and self.fiction else None
        if lead is None:
            return Statement(*q.inner, "direct", rule, None, None, None, unit, turn=turn)
        cue, mention = lead
        rule = "dash-dialogue" if q.dash else "speaker-cue-quote"
        return Statement(*q.inner, "direct", rule, cue.text, cue.kind, mention, unit, turn=turn)

    def _lead_in(self, q: quotes.Quote) -> tuple[Cue, M.Mention] | None:
        """The cue and speaker of "Then Nasty Roche had asked:" when that sentence ends the
        paragraph right before the quotation's."""
        n = bisect.bisect_right(self.paragraph_starts, q.start) - 1
        if n < 1:
            return None
        start, end = self.paragraphs[n - 1]
        if self.text[end - 1] != ":" and not self.text[start:end].endswith(LEAD_IN_DASHES):
            return None
        tokens = M.tokenize(self.text, start, end)
        abbreviations = lexicon.words("abbreviations.txt")
        stops = [
            k
            for k, t in enumerate(tokens)
            if t.text in "!?" or t.text == "." and k and tokens[k - 1].low not in abbreviations
        ]
        tokens = tokens[stops[-1] + 1 :] if stops else tokens
        inside = _inside_flags(tokens, self.quotes)
        cues = [c for c in find_cues(tokens, inside) if c.kind == "speech"]
        if not tokens or any(inside) or not cues or len(tokens) - cues[-1].j > 12:
            return None
        cue = cues[-1]
        if cue.i and tokens[cue.i - 1].low == "and":
            joined = _joined_subject(tokens, cue, self.text)
            if joined is not None:
                return cue, joined
        site = self._site((tokens[0].start, end), tokens, inside, [], cue, None)
        return (cue, site.mention) if site is not None else None

    def _lead_sentence(self, unit, qs) -> tuple[Cue, M.Mention] | None:
        """The cue and speaker of "Jane Doe said in a statement." when that sentence, with
        no statement of its own, comes right before a unit opening with a quotation in the
        same paragraph (not in fiction, where the action beats name the speaker)."""
        last = getattr(self, "last_unit", None)
        if self.fiction or last is None or last[1] or not qs or qs[0].start != unit[0]:
            return None
        start, end = last[0]
        between = self.text[end : unit[0]]
        if self.text[start:end].rstrip()[-1:] != "." or between.strip() or "\n" in between:
            return None
        tokens = self.tokens(last[0])
        inside = _inside_flags(tokens, self.quotes)
        if any(inside):
            return None
        cues = [c for c in find_cues(tokens, inside) if c.kind == "speech" and not c.negated]
        if not cues or len(tokens) - cues[-1].j > LEAD_SENTENCE_TAIL:
            return None
        cue = cues[-1]
        tail = tokens[cue.j : -1]
        if tail and tail[0].low not in OPENERS | lexicon.words("weekdays.txt"):
            return None  # "She said nothing.", "He told the story."
        site = self._site((tokens[0].start, end), tokens, inside, [], cue, None)
        if site is None or site.mention is None or site.mention.start > tokens[cue.i].start:
            return None
        return cue, site.mention

    def _shape(self, unit, tokens, inside, qs, cue: Cue, mention=None) -> list[Statement]:
        """The statement(s) this cue reports, by the first shape that fits; [] if none."""
        if cue.frame == "prep":
            return self._according(unit, tokens, inside, qs, cue)
        if cue.frame == "noun":
            return self._noun(unit, tokens, inside, qs, cue)
        if cue.frame == "passive":
            return self._passive(unit, tokens, inside, qs, cue)
        if cue.frame == "asked-by":
            return self._asked_by(unit, tokens, inside, qs, cue)
        if cue.frame == "asked":
            return self._asked(unit, tokens, inside, qs, cue)
        if cue.frame == "hearsay":
            return self._hearsay(unit, tokens, inside, qs, cue)
        site = self._site(unit, tokens, inside, qs, cue, mention)
        if site is None:
            return []
        found = (
            self._quotes_after(site)
            or self._quotes_before(site)
            or self._clause_before(site)
            or self._reported(site)
        )
        return self._head(site, found) + found if found else found

    def _head(self, site: Site, found: list[Statement]) -> list[Statement]:
        """ "The problem with the plan, she said, is that …": the words before a cue that
        interrupts the sentence, set off by commas, are a part of the statement too."""
        tokens, cue, mention = site.tokens, site.cue, site.mention
        lead = min(mention.start, tokens[cue.i].start)
        after = max(mention.end, tokens[cue.j - 1].end)
        nxt = next((t for t in tokens if t.start >= after), None)
        if nxt is None or nxt.text != "," or any(st.start < after for st in found):
            return []
        us = site.unit[0]
        head = self.text[us:lead].rstrip()
        if not head.endswith(",") or any(us <= q.start < lead for q in site.qs):
            return []
        s, e = _trim(self.text, us, us + len(head) - 1)
        words = [w.strip(",").lower() for w in self.text[s:e].split()]
        if words and words[0] in {"and", "but"}:
            words = words[1:]
        if len(words) < 3 or all(w[:1].isupper() for w in self.text[s:e].split()):
            return []  # "Jane Doe, the director, said, …": the speaker herself
        if words[0] in OPENERS | HEAD_TIMES or words[0].endswith("ing"):
            return []  # "In a statement Thursday, she said, …": where or when it was said
        if any(lexicon.lemma(w) in lexicon.cues() for w in words):
            return []  # "When asked by a host if …, he said, …": a report of its own
        if words[-1] in PREPOSITIONS | HEAD_TIMES | lexicon.words("weekdays.txt"):
            return []  # "…, including, he said, …", "Minutes later, he said, …"
        return [Statement(s, e, "indirect", "clause-speaker-cue-clause", **site.base)]

    def _site(self, unit, tokens, inside, qs, cue: Cue, mention) -> Site | None:
        """Who the cue's speaker is and where its statement starts, or None."""
        text = self.text
        forced = mention is not None
        rule_after = False
        lead = past_adverbs(tokens, cue.i)  # ", also saying"
        participle = (
            lead > 0
            and tokens[cue.i].low.endswith("ing")
            and (
                tokens[lead - 1].low in {",", "by", "after", "while", "before", "when"}
                or _after_quoted_comma(tokens, inside, lead)  # "… as “radical,” saying …"
                or C.separating_dash(tokens, lead - 1)  # "… - noting that …"
            )
        )
        if not forced and participle:
            # "Carson hit back, saying that …": the clause's subject speaks
            mention = _subject(tokens, inside, text, cue.i)
        finite_speech = cue.kind == "speech" and not tokens[cue.i].low.endswith("ing")
        if (
            not forced
            and mention is None
            and cue.i
            and tokens[cue.i - 1].text == ","
            and finite_speech
        ):
            # "…, said Larry Sabato, director of …": the speaker after the cue, when the
            # phrase after it ends the clause
            inverted = M.after(tokens, cue.j, text)
            if cue.frame == "object" and M.before(tokens, cue.i, text) is not None:
                inverted = None  # "Jane Doe, who ran, told reporters, “…”": the listener
            if inverted is not None and inverted.kind in {"name", "role", "anonymous"}:
                _and_others(tokens, text, inverted)  # "…, said Doyle and others, …"
                following = [t for t in tokens if t.start >= inverted.end][:1]
                if not following or following[0].text in {",", ".", ";", "—", "who", "whose"}:
                    mention, rule_after = inverted, True
        if not forced and mention is None and C.after_dash_aside(tokens, inside, cue.i):
            # "Jane Doe - who once said … - said on Monday that …": the subject before the aside
            mention = _subject(tokens, inside, text, cue.i)
        if not forced and mention is None:
            mention = M.before(tokens, cue.i, text) if cue.i else None
            if mention is None and cue.i and not inside[cue.i - 1]:
                mention = M.opening_phrase(tokens, cue.i, text)
        if (
            mention
            and not forced
            and not rule_after
            and not participle  # "Gore said it was “early,” adding …": the clause's subject
            and any(inside[k] for k in range(cue.i) if tokens[k].start >= mention.start)
            and not _appositive_quote(tokens, inside, text, mention, cue)
        ):
            mention = None
        if mention is None and finite_speech and cue.i and tokens[cue.i - 1].text == ",":
            mention = _amount_before(tokens, text, cue.i - 1)  # "…, 67 percent, say they …"
        if mention is None:  # "…,” said Jane Doe"
            prev = tokens[cue.i - 1] if cue.i else None
            statement_next = cue.j < len(tokens) and tokens[cue.j].low in {"that", "whether"}
            if prev is not None and (prev.text in {",", "”", '"', "»"} or inside[cue.i - 1]):
                # not "…,” note that he …": a statement, not a speaker, after the cue
                mention = None if statement_next else M.after(tokens, cue.j, text)
                if (
                    mention
                    and mention.kind in {"description", "pronoun"}
                    and _after_aside(tokens, cue)
                ):
                    # "Jane Doe, recalling …, described the depot as …": the subject speaks
                    mention = _subject(tokens, inside, text, cue.i)
                elif mention is not None and prev.text == "," and not inside[cue.i - 1]:
                    following = [t for t in tokens if t.start >= mention.end][:1]
                    if following and following[0].is_word:
                        mention = None  # "…, 67 percent, say they will vote": the clause
                rule_after = mention is not None and mention.start >= tokens[cue.j - 1].end
                if mention is None and finite_speech and prev.text == ",":
                    # "Jane Doe, who lives outside the capital, Albany, said she …"
                    subject = _subject(tokens, inside, text, cue.i)
                    if subject is not None and _plain_subject(tokens, subject):
                        mention = subject
        if mention is None and finite_speech and not forced and tokens[cue.i - 1].low == "and":
            # "He is comparing A to B and says …": the subject of the first verb
            mention = _conjunct_subject(tokens, inside, text, cue.i - 1)
        infinitive = cue.i > 1 and tokens[cue.i - 1].low == "to" and tokens[cue.i].low != "to"
        if mention is None and (
            participle or infinitive or cue.i and tokens[cue.i - 1].low in {"and", "but"}
        ):
            # "Carson hit back, saying that …" / "… and said, “…”": the clause's subject speaks
            mention = _subject(tokens, inside, text, cue.i)
        if mention is None and finite_speech and not forced:
            # "“…,” the influential US daily wrote" / "“…,” said one owner of a shop that …":
            # a speaker no pattern reads is still the one standing by the quotation
            mention, rule_after = _next_to_quotation(tokens, inside, text, cue)
        if mention is None and finite_speech and not forced and cue.i and tokens[cue.i - 1].is_word:
            # "Republican activists clamoring to block him say …": the clause's subject
            subject = (
                _subject(tokens, inside, text, cue.i) if C.finite_verb(tokens[cue.i]) else None
            )
            if subject is not None and _plain_subject(tokens, subject):
                mention = subject
        if mention is None:
            return None
        if cue.j < len(tokens) and tokens[cue.j].low in REFLEXIVES:
            return None  # "declared himself an independent"
        after_cue_quote = any(inside[m] for m in range(cue.j, min(cue.j + 10, len(tokens))))
        if cue.frame == "naming" and (mention.kind == "description" or not after_cue_quote):
            return None  # "X called the plan “a disaster”", not "a show called “Hannity”"
        that_next = cue.j < len(tokens) and tokens[cue.j].low == "that"
        if mention.kind == "relative" and cue.kind == "stance":
            return None  # "… Mikulski, who wants a commission": a description, not a report
        next_to_quote = cue.frame == "quote"  # kept only beside its quotation: "…,” X sang"
        if mention.kind == "description" and not (
            C.finite_verb(tokens[cue.i]) or that_next or next_to_quote
        ):
            return None  # "the debate think", "a trigger warning": nouns, not reports
        opening = tokens[0].low in OPENERS and not any(
            t.text == "," for t in tokens if t.end <= mention.start
        )
        if mention.kind == "description" and opening and _preceded(tokens, mention.start, OPENERS):
            return None  # "At a meeting with the unions urged …": the opening phrase's
        k = self._statement_start(tokens, inside, cue, mention, rule_after)
        that = _that(tokens, inside, k)
        if that is not None and cue.kind != "speech" and any(t.low == "to" for t in tokens[k:that]):
            that = None  # "sought to rebut the claims that …": the "that" of the infinitive
        if rule_after and that is not None and that > k:
            that = None  # "said one owner of a shop that sells …": a relative clause
        base = dict(
            cue=cue.text,
            cue_kind=cue.kind,
            mention=mention,
            unit=unit,
            negated=cue.negated,
            modal=cue.modal,
        )
        return Site(
            unit=unit,
            tokens=tokens,
            inside=inside,
            qs=qs,
            cue=cue,
            mention=mention,
            rule_after=rule_after,
            k=k,
            that=that,
            rest=[t for t in tokens[k:] if t.is_word],
            base=base,
            speaker_first=mention.end <= tokens[cue.i].start,
            before_quotes=[q for q in qs if q.end <= mention.start or q.end <= tokens[cue.i].start],
            after_quotes=[q for q in qs if q.start >= tokens[cue.j - 1].end],
        )

    @staticmethod
    def _statement_start(tokens, inside, cue: Cue, mention, rule_after: bool) -> int:
        """The token where the statement after the cue begins (past the speaker when it
        follows the cue, a listener, adverbs, and an adverbial closed by a comma)."""
        speech = cue.kind == "speech"
        n = len(tokens)
        k = cue.j
        if rule_after:
            while k < n and tokens[k].end <= mention.end:
                k += 1
            if k < n and tokens[k].text == ",":
                if k + 1 < n and tokens[k + 1].low in VERB_WORDS and not inside[k + 1]:
                    return k  # "The contrast, said Doe, would be clear": the clause goes on
                return n  # "…, said Jane Doe, director of …": the rest describes the speaker
        if cue.frame == "object" and k < n and not inside[k]:
            k = _skip_object(tokens, k)
            if k > cue.j and k < n and tokens[k].low == "to" and not rule_after:
                return cue.j  # "urged the council to act": the request, with whom it asks
        while (
            k < n and not inside[k] and M.skippable(tokens[k]) and tokens[k].low not in VERB_WORDS
        ):
            k += 1  # "said again", "said also"; not "he said would restrict …"
        if k < n and tokens[k].low != "to" and _prep(tokens, k) and not inside[k] and speech:
            for m in range(k + 1, min(k + 9, n)):
                if inside[m] or tokens[m].low == "that" or tokens[m].text in ";:":
                    break
                if tokens[m].text == ",":
                    return m  # "Fraudsters, he said in the video, don't last long."
            if not rule_after:
                return _past_phrase(tokens, inside, k)
        return k

    def _quotes_after(self, site: Site) -> list[Statement]:
        """ "Jane Doe said: “…”", and the second half of a split quote."""
        tokens, inside, k = site.tokens, site.inside, site.k
        n = len(tokens)
        for m in range(k, min(k + PHRASE_LIMIT, n - 1)):
            if inside[m] or tokens[m].low == "that":
                break
            if m >= k + 12 and any(_verb_form(t) or C.is_participle(t) for t in tokens[k : m + 1]):
                break  # a clause of its own before the colon, not a longer phrase
            if tokens[m].text == ":" and inside[m + 1]:
                k = m  # "said in a statement: “…”", "said the same thing at every stop: “…”"
                break
            if tokens[m].text == "," and inside[m + 1] and m > k and tokens[k].low in OPENERS:
                k = m  # "said to the crowd, “…”", "said in a low voice, “…”"
                break
        opener = k < n and (tokens[k].text in {":", ","} or inside[k])
        if not (site.after_quotes and opener and site.that is None):
            return []
        first_after = site.after_quotes[0]
        gap_start = tokens[k].start if tokens[k].text in ":," else first_after.start
        gap = self.text[gap_start : first_after.start]
        tail = self.text[first_after.start : site.unit[1]]
        quoted = sum(q.end - q.start for q in site.after_quotes)
        mostly_quoted = quoted >= 0.9 * len(tail.rstrip(" .,;!?"))
        if len(gap.strip(" ,:")) or not (mostly_quoted or tokens[k].text in ":,"):
            return []
        rule = "speaker-cue-quote" if not site.before_quotes else "quote-speaker-cue"
        if site.rule_after:
            rule = "quote-cue-speaker"
        if _apart(self.text, site):
            return [
                Statement(*q.inner, "direct", "speaker-cue-quote", **site.base)
                for q in site.after_quotes
            ]
        return [Statement(*q.inner, "direct", rule, **site.base) for q in site.qs]

    def _quotes_before(self, site: Site) -> list[Statement]:
        """ "“…,” Jane Doe said." (mixed when a clause ends in the quoted fragment)."""
        text, tokens, k, mention = self.text, site.tokens, site.k, site.mention
        if not site.before_quotes or site.that is not None:
            return []
        if _participle_after_cue(tokens, site.cue, mention):
            return []  # "“…,” he said of it, adding …": the quotation is the other cue's
        site = _without_titles_after(text, site)
        last_quote = site.before_quotes[-1]
        clause_follows = (
            k < len(tokens)
            and tokens[k].is_word
            and not site.inside[k]
            and tokens[k].low not in PREPOSITIONS | SUBORDINATORS - {"if"}
            and len(site.rest) >= 3
            and len(text[last_quote.start : last_quote.end].split()) < 4
        )
        if clause_follows:
            return []  # a title in quotes before "X said the …"
        cue = site.cue
        if cue.i and tokens[cue.i - 1].text == "," and tokens[cue.i].low.endswith("ing"):
            if len(site.rest) >= 3 and not site.inside[k] and not site.after_quotes:
                return []  # "“…,” he said, adding the plan …": the clause after it
        if mention.end <= last_quote.start:
            return []  # "He said “…” and said …": the speaker stands before the quotation
        gap = text[last_quote.end : min(mention.start, tokens[site.cue.i].start)]
        words = gap.strip(" ,—–-").split()
        clause = "," in gap.strip().lstrip(",")  # "“…” would be fine, Jane Doe said": no role
        role_words = bool(mention.roles) or any(_role(w) for w in words)  # "co-anchor"
        describes = all(w.islower() for w in words) or (role_words and len(words) <= 8)
        describes = describes or _title_run(words)
        describes = describes and mention.kind != "pronoun"  # not "…,” though she noted"
        if words and (words[0].lower() in OPENERS or words[0].lower().endswith("ing")):
            describes = False  # "…,” including provisions he said would …": not a role
        if words and len(words) <= 8 and describes and site.speaker_first and not clause:
            # “…,” former congressman Dan Maffei said: the role is part of the speaker
            rest = words[1:] + mention.text.split()[:1]
            verbs = [  # not "policy planning director"
                w
                for w, nxt in zip(words, rest, strict=False)
                if not (w.endswith("ing") and _role(nxt))
                and w.islower()  # not "State"
                and not _role(nxt.rstrip("."))  # "state Sen. Ann Lee": an adjective
            ]
            if not any(_speech_word(w) for w in verbs):
                mention.start = last_quote.end + gap.index(words[0])
                mention.text = text[mention.start : mention.end]
                gap = ""
        if gap.strip(" ,—–-"):
            return []
        rule = "quote-cue-speaker" if site.rule_after else "quote-speaker-cue"
        us = site.unit[0]
        lead = text[us : site.before_quotes[0].start]
        if text[us : last_quote.start].rstrip().endswith((":", ";", "(", " -", "--", "—", "–")):
            # "… what her husband did: “Men, …,” she wrote": the quote opens after a colon
            qs = [q for q in site.qs if q.start >= last_quote.start]
            return [Statement(*q.inner, "direct", rule, **site.base) for q in qs]
        adverbial = lead.rstrip().endswith(",") and lead.split()[0].lower() in LEAD_INS
        if adverbial and len(site.before_quotes) == 1:
            # "Because of her weak support, “she does need him,” Kunin said": the quote
            return [Statement(*q.inner, "direct", rule, **site.base) for q in site.qs]
        if len(lead.split()) >= 3 and not lead.rstrip().endswith((".", ":", "?", "!")):
            # "The plan was “a disaster,” she said.": a clause with a quoted fragment
            s, e = _trim(text, us, last_quote.end)
            return [Statement(s, e, "mixed", rule, **site.base)]
        return [Statement(*q.inner, "direct", rule, **site.base) for q in site.qs]

    def _clause_before(self, site: Site) -> list[Statement]:
        """ "The talks failed, Jane Doe said." and "The talks, Jane Doe said, had failed." """
        text, tokens, k, qs = self.text, site.tokens, site.k, site.qs
        us, ue = site.unit
        _unknown_role(text, us, site.mention)  # "…, psychotherapist Jo Sherman says."
        lead = min(site.mention.start, tokens[site.cue.i].start)
        head = text[us:lead].rstrip()
        worded = k + 1 < len(tokens) and tokens[k].text == "," and not site.inside[k + 1]
        if not head.endswith(",") or len(head) <= 3 or _quote_next(text, site) and not worded:
            return []  # "…, she said, “…”": the quotation after it is the statement
        if _first_person(site.mention):
            return []  # "…, I can promise that": the author or narrator, outside quotes
        if site.mention.text.lower() in {"which", "that"} and site.speaker_first:
            return []  # "… members of the WTO, which writes the rules": a relative clause
        s, e = _trim(text, us, us + len(head) - 1)
        head_words = text[s:e].split()
        kind = "mixed" if any(s <= q.start < e for q in qs) else "indirect"
        inverted_ok = site.rule_after and site.cue.kind == "speech" and len(site.rest) <= 12
        interrupting = (
            (site.speaker_first or site.rule_after)
            and k + 1 < len(tokens)
            and tokens[k].text == ","
            and tokens[k + 1].low not in {"who", "which", "whose"}
            and len(site.rest) >= 2
        )
        if interrupting and _comment_after(tokens, k + 1):
            rule = "clause-speaker-cue" if site.speaker_first else "clause-cue-speaker"
            return [Statement(s, e, kind, rule, **site.base)]  # "…, X said, a plan that …"
        if interrupting and (
            tokens[k + 1].low in (SUBORDINATORS | CLAUSE_LINKS) - {"because"}
            or C.is_participle(tokens[k + 1])
        ):
            inverted_ok = True  # "…, officials said, before being shot": the tail is told too
        verb = any(w.lower() in AUXILIARIES | MODALS for w in head_words[1:])  # "This can …"
        if head_words and head_words[0].lower() in OPENERS and len(head_words) <= 8 and not verb:
            if not interrupting or site.after_quotes:
                return []  # "In the free-trade zone, traders say …": an adverbial
        acted = (  # "…, Wilkin said during his speech to the delegates."
            site.cue.kind == "speech"
            and site.rest
            and site.rest[0].low in (PREPOSITIONS - {"to"}) | lexicon.words("weekdays.txt")
            and site.that is None
            and not _amount(tokens, k)  # not "…, CNN reported at least six planes …"
        )
        if not interrupting and _bare_head(tokens, lead):
            return []  # "Nonetheless, he sought …", "Through a spokesman, she declined …"
        if not interrupting and _cue_object(site):
            return []  # "…, the firm declared bankruptcy": the cue's own object, not a report
        short = len(site.rest) <= 4 and not _finite_clause(site.rest)
        if (short or inverted_ok or acted) and not interrupting:
            rule = "clause-speaker-cue" if site.speaker_first else "clause-cue-speaker"
            return [Statement(s, e, kind, rule, **site.base)]
        if interrupting:
            s2, e2 = _trim(text, tokens[k].end, ue)
            kind2 = "mixed" if any(s2 <= q.start < e2 for q in qs) else "indirect"
            return [
                Statement(s, e, kind, "clause-speaker-cue-clause", **site.base),
                Statement(s2, e2, kind2, "clause-speaker-cue-clause", **site.base),
            ]
        return []

    def _reported(self, site: Site) -> list[Statement]:
        """ "Jane Doe noted that …", "Jane Doe said the talks …", and relative clauses."""
        text, tokens, inside, k, mention = self.text, site.tokens, site.inside, site.k, site.mention
        us, ue = site.unit
        n = len(tokens)
        rest, that, cue = site.rest, site.that, site.cue
        if not site.speaker_first or len(rest) < 3:
            return []
        if cue.frame == "quote" and that is None and not site.after_quotes:
            return []  # "…,” said Doe, who returned to Paris": such a cue only tags a quotation
        passive = (
            cue.i and tokens[cue.i - 1].low in SUBORDINATORS and not C.is_participle(tokens[cue.i])
        )
        if cue.frame == "object" and passive:
            return []  # "Doe named Cruz when asked to pick a running mate": Doe was asked
        if cue.lemma == "want" and cue.i and tokens[cue.i - 1].low in {"may", "might"}:
            return []  # "they may want to reconsider": the writer's advice, an idiom
        if cue.kind != "speech" and _result_clause(tokens, inside, cue.j):
            return []  # "worries so much about it that …", "feel so ignored that …": a result
        if k < n and tokens[k].text == "," and tokens[0].low in SUBORDINATORS | {"once"}:
            return []  # "After Clinton testified, Gowdy …": the cue ends its opening clause
        finite_stance = cue.kind == "stance" and not tokens[cue.i].low.endswith("ing")
        request = rest[0].low == "to" and (cue.frame == "object" and k > cue.j or finite_stance)
        amount = _amount(tokens, k)  # "said about half …", "reported at least six …"
        if len(rest) <= 6 and _prep(rest, 0) and not request and not amount and that is None:
            return []  # "said on Tuesday", "said in a statement"; not "asked X to act"
        before_subject = [t for t in tokens if t.end <= mention.start]
        while before_subject and M.skippable(before_subject[-1]):
            before_subject = before_subject[:-1]
        if before_subject and before_subject[-1].low in {"that", "which", "who", "whom"}:
            # "a charity that prosecutors said was suspected of …": the relative clause
            stop = next((t.start for t in tokens[cue.j :] if t.text in ",;"), ue)
            s, e = _trim(text, tokens[cue.j].start if cue.j < n else ue, stop)
            if len(text[s:e].split()) >= 2:
                return [Statement(s, e, "indirect", "relative-speaker-cue", **site.base)]
            return []
        if that is None:
            k = _about_topic(tokens, inside, k)  # "said almost nothing about the rates"
        if that is None and k < n and not inside[k]:
            first = tokens[k].low
            asked_about = first == "about" and cue.frame == "object" and k > cue.j
            if first in {"for", "by", "of", "about", "with", "from", "at", "in", "on", "as"}:
                if not amount and not asked_about:  # "said about half of …": an amount
                    return []  # "reports for HSBC", "said about the plan"; not "asked X about"
            if cue.kind in {"belief", "finding"} and first in {"them", "him", "me", "us"}:
                return []  # "has known them since"
        if that is None and _noun_cue(tokens, cue, mention, k):
            return []  # "a Twitter comment of her own", "Questions and answers have been …"
        if that is None and k < n and not inside[k] and _not_opener(tokens, k):
            return []  # "television shows and meeting …": the cue word was a noun
        asked = cue.lemma == "ask" and k < n and tokens[k].text == ":"  # "X asked: Did …?"
        quoted = any(  # "… and said, “Who are you going to trust?”": the quote's question
            q.start > tokens[cue.i].start and not text[q.end : ue].strip(" .") for q in site.qs
        )
        if text[us:ue].rstrip(' ”"’').endswith("?") and not (asked or quoted):
            return []  # a question reports nothing (not one quoted at the end: "…, “Why?”")
        if _first_person(mention) and not _author_reports(mention, cue, tokens):
            return []  # first or second person outside quotes: narration or the author
        if that is not None and that + 1 < n:
            start = tokens[that + 1].start
        else:
            start = tokens[k].start if k < n else ue
        opener = next((m for m, t in enumerate(tokens) if t.start >= mention.start), 0)
        aside = opener > 0 and tokens[opener - 1].text in {",", "("} | DASHES
        # "For someone who said A, B …": a relative inside the opening phrase
        fronted = tokens[0].low in OPENERS and not any(t.text == "," for t in tokens[:opener])
        aside = aside or fronted
        if mention.kind == "relative" and aside:
            # "Jane Doe, who said A, did B": the aside ends at its comma; not "listeners
            # who said A, but B"
            ue = next((t.start for t in tokens[k:] if t.text == "," and t.start > start), ue)
        elif _appositive_participle(tokens, cue, mention):
            # "Jane Doe, recalling her years in office, described …": the aside ends at the
            # comma before its subject's verb
            ue = next(
                (
                    t.start
                    for m, t in enumerate(tokens[:-1])
                    if t.text == ","
                    and t.start > start
                    and not inside[m]
                    and _verb_form(tokens[m + 1])
                ),
                ue,
            )
        semicolon = next(
            (
                t.start
                for t, ins in zip(tokens, inside, strict=True)
                if t.text == ";" and t.start > start and not ins
            ),
            ue,
        )
        closed = any(tokens[m].text == "," and not inside[m] for m in range(opener))
        lead = 1 if len(tokens) > 1 and tokens[0].low in {"even", "just", "only"} else 0
        words_before = sum(t.is_word for t in tokens[: cue.i])
        subordinate = (tokens[lead].low in SUBORDINATORS and words_before < 12 and not closed) or (
            opener > 0 and tokens[opener - 1].low in SUBORDINATORS - {"as"}
        )  # "…, and when the AP asked him about it, the manager said …"; not "As A, B said …"
        first_word = tokens[0].low
        if (
            cue.i < 12
            and not closed
            and lexicon.lemma(first_word)
            and first_word != tokens[cue.i].low
        ):
            # "Asked whether he would support X, Rubio gave …": an opening participle phrase
            subordinate = (
                subordinate or first_word.endswith(("ed", "ing")) or first_word in PAST_IRREGULAR
            )
        clause_from = start if subordinate else _past_opening(tokens, inside, start)
        end = C.clause_end(tokens, inside, clause_from, ue, subordinate, that is not None)
        end = min(semicolon, end)
        end = _to_quotation(tokens, inside, site.qs, start, end, semicolon)
        s, e = _trim(text, start, end)
        if len(text[s:e].split()) < 3:
            return []
        qs = site.qs
        in_quotes = [q for q in qs if s <= q.start < e]
        quoted = sum(q.end - q.start for q in in_quotes)
        if in_quotes and in_quotes[0].start <= s + 1 and quoted >= 0.9 * (e - s):
            return [Statement(*q.inner, "direct", "speaker-cue-quote", **site.base) for q in qs]
        kind = "mixed" if in_quotes else "indirect"
        rule = "speaker-cue-that" if that is not None else "speaker-cue-clause"
        return [Statement(s, e, kind, rule, **site.base)]

    def _follows_statement(self, unit) -> bool:
        """Does this unit come right after a statement, in the same paragraph?"""
        prev = self.previous
        if prev is None:
            return False
        between = self.text[prev[1] : unit[0]]
        return not (textmod.BLANK_LINE.search(between) if self.blank_lines else "\n" in between)

    def _coordinated(self, unit, tokens, inside, qs, first: Statement, later) -> list[Statement]:
        """ "X said A and said that B": a second cue with the same speaker ("“A,” X said,
        adding that B" too; not after "critics who say A, saying B": the main subject)."""
        for cue in later:
            if cue.i < 2 or tokens[cue.i].start < first.start:
                continue
            k = cue.i
            while k > 0 and M.skippable(tokens[k - 1]):
                k -= 1
            participle = tokens[cue.i].low.endswith("ing") and tokens[k - 1].text == ","
            quoted = tokens[cue.i].low.endswith("ing") and _after_quoted_comma(tokens, inside, k)
            if first.type == "direct" and not (participle or quoted):
                continue  # "“…,” she said, adding …" and "X said: “…,” adding …" go on
            if (tokens[k - 1].low not in {"and", "but"} and not participle or inside[k - 1]) and (
                not quoted
            ):
                continue
            if first.type == "direct" and not participle:
                continue
            if participle and first.mention is not None and first.mention.kind == "relative":
                continue
            if _infinitive_goes_on(tokens, first, cue, k - 1):
                continue  # "… a new strategy: to stand up for X and defend Y": one infinitive
            cut = tokens[k - 1].start
            second = self._shape(unit, tokens, inside, qs, cue, mention=first.mention)
            if second and second[0].start >= cut:
                if first.end > cut:  # never longer: "X said A, a charge Y denied, noting B"
                    first.start, first.end = _trim(self.text, first.start, cut)
                return second
        return []

    def _noun(self, unit, tokens, inside, qs, cue: Cue) -> list[Statement]:
        """ "Farrow’s claim that …", "his warning that …": the owner of the words."""
        text = self.text
        owner = tokens[cue.i - 1]
        if owner.low in {"his", "her", "their", "its"}:
            pronoun = {"his": "he", "her": "she", "their": "they", "its": "it"}[owner.low]
            gender = lexicon.pronouns()[pronoun].gender
            mention = M.Mention("pronoun", owner.start, owner.end, owner.text, gender=gender)
        else:
            k = cue.i - 1
            while k > 0 and M.is_name_word(tokens[k - 1]):
                k -= 1
            start = tokens[k].start
            mark = M.POSSESSIVE.search(owner.text) or PLURAL_POSSESSIVE.search(owner.text)
            end = owner.end - (len(mark.group()) if M.POSSESSIVE.search(owner.text) else 1)
            name = text[start:end]
            kind = "name" if M.is_name_word(owner) else "org"
            mention = M.Mention(kind, start, end, name, name=name)
        first = cue.j + (tokens[cue.j].low == "that")  # after "that"; "promise to" keeps "to"
        if first >= len(tokens):
            return []
        # "Despite Lee’s claims that …, analysts …": in an opening phrase, up to its comma
        opening = tokens[0].low in OPENERS | SUBORDINATORS and not any(
            t.text == "," for t in tokens[: cue.i]
        )
        stop = C.clause_end(tokens, inside, tokens[first].start, unit[1], opening)
        s, e = _trim(text, tokens[first].start, stop)
        if len(text[s:e].split()) < 3:
            return []
        kind = "mixed" if any(s <= q.start < e for q in qs) else "indirect"
        base = dict(cue=cue.text, cue_kind=cue.kind, mention=mention, unit=unit)
        return [Statement(s, e, kind, "noun-that", **base)]

    def _passive(self, unit, tokens, inside, qs, cue: Cue) -> list[Statement]:
        """ "The move was first reported by The Herald": the subject is the statement, the
        by-phrase its source ("…, which were claimed by the group": the relative pronoun)."""
        text = self.text
        n = len(tokens)
        if cue.i == 0 or cue.j >= n or inside[cue.j]:
            return []
        mention = M.after(tokens, cue.j, text)
        if mention is None:
            stop = next((m for m in range(cue.j, n) if tokens[m].text in ",;:.—" or inside[m]), n)
            if stop == cue.j or stop - cue.j > 12:
                return []
            mention = M.Mention(
                "description",
                tokens[cue.j].start,
                tokens[stop - 1].end,
                text[tokens[cue.j].start : tokens[stop - 1].end],
            )
        if tokens[cue.i - 1].low in {"which", "that"}:
            start = cue.i - 1
        else:
            start = cue.i
            while start > 0 and tokens[start - 1].text not in ",;:—–" and not inside[start - 1]:
                start -= 1
        end = cue.i
        while end > start + 1 and tokens[end - 1].low in MODALS | {"not", "never"} | HAVE:
            end -= 1  # "its loyalty might be claimed by …"
        if tokens[start].low in {"and", "but", "or"}:
            start += 1
        words = [t for t in tokens[start:end] if t.is_word]
        if not words or len(words) > 15 or words[0].low in SUBORDINATORS | OPENERS:
            return []
        s, e = _trim(text, tokens[start].start, tokens[end - 1].end)
        kind = "mixed" if any(s <= q.start < e for q in qs) else "indirect"
        base = dict(cue=cue.text, cue_kind=cue.kind, mention=mention, unit=unit)
        return [Statement(s, e, kind, "passive-by", negated=cue.negated, modal=cue.modal, **base)]

    def _asked_by(self, unit, tokens, inside, qs, cue: Cue) -> list[Statement]:
        """ "When asked by a reporter whether the plan would work, she said …": the question
        put, with the one who asked it as its speaker."""
        text, n = self.text, len(tokens)
        ask = next((m for m in range(cue.j, n) if tokens[m].low in QUESTION_WORDS), n)
        mention = M.after(tokens[:ask], cue.j, text) if cue.j < ask else None  # not "X if Y"
        if mention is None:
            return []
        k = next((m for m, t in enumerate(tokens) if t.start >= mention.end), n)
        k = next((m for m in range(k, min(k + 5, n)) if tokens[m].low in QUESTION_WORDS), None)
        if k is None or inside[k]:
            return []
        stop = next(
            (
                t.start
                for t, ins in zip(tokens[k:], inside[k:], strict=True)
                if t.text in ",;" and not ins
            ),
            unit[1],
        )
        return self._question(unit, tokens[k].start, stop, qs, cue, mention, "asked-by")

    def _asked(self, unit, tokens, inside, qs, cue: Cue) -> list[Statement]:
        """ "Asked whether the plan would work, she said …", "He was asked if …": the
        question put, up to its comma, by an asker the sentence does not name."""
        k = cue.j
        if tokens[k].low == "about":
            k += 1  # "when asked about the fares": the topic of the question
        stop = next(
            (
                tokens[m].start
                for m in range(k, len(tokens))
                if tokens[m].text in ",;:"
                and (not inside[m] or _closes_quote(tokens, inside, m))
                or tokens[m].text in DASHES
                or tokens[m].low == "during"
                and not inside[m]  # "… during an interview"
            ),
            unit[1],
        )
        return self._question(unit, tokens[k].start, stop, qs, cue, None, "asked-whether")

    def _question(self, unit, start, stop, qs, cue: Cue, mention, rule) -> list[Statement]:
        """The question put, from start to stop, when it has three words or more."""
        s, e = _trim(self.text, start, stop)
        if len(self.text[s:e].split()) < 3:
            return []
        kind = "mixed" if any(s <= q.start < e for q in qs) else "indirect"
        base = dict(cue=cue.text, cue_kind=cue.kind, mention=mention, unit=unit)
        return [Statement(s, e, kind, rule, negated=cue.negated, modal=cue.modal, **base)]

    def _hearsay(self, unit, tokens, inside, qs, cue: Cue) -> list[Statement]:
        """ "Both firms have reportedly looked at the company and passed": the predicate
        after the adverb, up to its clause's end, from a source the sentence does not name."""
        text, start = self.text, tokens[cue.j].start
        s, e = _trim(text, start, C.clause_end(tokens, inside, start - 1, unit[1], False))
        if len(text[s:e].split()) < 3:
            return []
        kind = "mixed" if any(s <= q.start < e for q in qs) else "indirect"
        base = dict(cue=cue.text, cue_kind=cue.kind, mention=None, unit=unit)
        return [Statement(s, e, kind, "reportedly", negated=cue.negated, **base)]

    def _according(self, unit, tokens, inside, qs, cue: Cue) -> list[Statement]:
        text = self.text
        rule = cue.lemma.replace(" ", "-")  # according-to, in-the-words-of, as-put-it, as-said
        us, ue = unit
        # the source runs to the next comma or the end: "according to complete returns"
        stop = _source_end(tokens, inside, cue.j)
        source = tokens[cue.j : stop]
        while source and not source[-1].is_word:
            source = source[:-1]
        if not source or len(source) > SOURCE_WORDS:
            return []
        mention = M.after(tokens, cue.j, text) or M.Mention(
            "description",
            source[0].start,
            source[-1].end,
            text[source[0].start : source[-1].end],
        )
        base = dict(cue=cue.text, cue_kind=cue.kind, mention=mention, unit=unit)
        while stop < len(tokens) and tokens[stop].start < mention.end:
            stop += 1  # "in the words of the chancellor, Tom Ellery, …": past the name too
        if cue.lemma == "as put it":  # "As Jane Doe, the mayor, put it: …": past "put it"
            put = next((m + 2 for m in range(cue.j, len(tokens) - 1) if _put_it(tokens, m)), stop)
            while put < len(tokens) and tokens[put].text not in ",:;" and not inside[put]:
                put += 1  # "put it in his memo to staff, …"
            stop = max(stop, put)
        after = tokens[stop + 1 :] if stop < len(tokens) and tokens[stop].text in ",:" else []
        words_after = [t for t in after if t.is_word]
        leading = text[us : tokens[cue.i].start].strip(" ,")
        lead_words = leading.split()
        long_lead = len(lead_words) > 8 and lead_words[0].lower() not in SUBORDINATORS
        # a whole clause before: "…, according to X, more than twice …" reports the clause
        opener = after and len(words_after) >= 2 and after[0].low not in {"who", "which", "whose"}
        if opener and lead_words and lead_words[-1].lower() in LINKS_BEFORE_ASIDE:
            # "… and, according to officials, adopted a new strategy": the part after it
            s, e = _trim(text, after[0].start, ue)
        elif opener and not long_lead:
            # "According to X, …" and "…, according to X, the rest": after the source
            s, e = _trim(text, after[0].start, ue)
            head = _trim(text, us, tokens[cue.i].start)
            if leading and len(text[head[0] : head[1]].split()) <= 8 and len(words_after) >= 2:
                # "The bridge, according to X, would open": the subject and the rest
                kind = "mixed" if any(head[0] <= q.start < head[1] for q in qs) else "indirect"
                kind2 = "mixed" if any(s <= q.start < e for q in qs) else "indirect"
                return [
                    Statement(*head, kind, rule, **base),
                    Statement(s, e, kind2, rule, **base),
                ]
        elif leading:
            # "…, according to X."
            s, e = _trim(text, us, tokens[cue.i].start)
            s = _according_start(tokens, inside, s, cue.i)
        else:
            return []
        if len(text[s:e].split()) < 3:
            return []
        in_quotes = [q for q in qs if s <= q.start < e]
        if in_quotes and sum(q.end - q.start for q in in_quotes) >= 0.9 * (e - s):
            return [Statement(*q.inner, "direct", rule, **base) for q in in_quotes]
        kind = "mixed" if in_quotes else "indirect"
        return [Statement(s, e, kind, rule, **base)]

    def _dash(self, unit, tokens, qs) -> list[Statement]:
        """ "“…” — Jane Doe": a quotation signed with a dash."""
        last = qs[-1]
        line_end = self.text.find("\n", last.end)
        line_end = len(self.text) if line_end < 0 else line_end
        m = DASH_SIGNATURE.match(self.text, last.end, line_end)
        if not m or self.text[unit[0] : qs[0].start].strip():
            return []
        signature = M.tokenize(self.text, m.end(), line_end)
        mention = M.after(signature, 0, self.text) if signature else None
        if mention is None or mention.kind not in {"name", "org", "role"}:
            return []
        return [
            Statement(*q.inner, "direct", "quote-dash-speaker", None, None, mention, unit)
            for q in qs
        ]

    def _colon(self, unit, tokens, inside, qs) -> list[Statement]:
        """ "Jane Doe: “…”" or "And from Chairwoman Jane Doe: “…”"."""
        text = self.text
        first = qs[0]
        colon = next(
            (k for k, t in enumerate(tokens) if t.text == ":" and t.end <= first.start), None
        )
        if colon is None or text[tokens[colon].end : first.start].strip():
            return []
        mention = M.before(tokens, colon, text)
        if mention is None or mention.kind not in {"name", "role", "org"}:
            return []
        return [
            Statement(*q.inner, "direct", "speaker-colon-quote", None, None, mention, unit)
            for q in qs
        ]


def _sentence_case(tokens: list[M.Token]) -> list[M.Token]:
    """A headline in Title Case ("Trump Says He Never Pledged To …") read as a sentence:
    its verbs and small words lowercased, so that only names stay capitalised."""
    words = [t for t in tokens if t.text[:1].isalpha()]
    if len(words) < 4 or sum(t.is_cap for t in words) < 0.7 * len(words):
        return tokens
    small = lexicon.function_words()
    if not any(t.is_cap and lexicon.lemma(t.low) for t in words[1:]):
        return tokens  # no verb of attribution: leave it alone
    return [
        M.Token(t.low, t.start, t.end)
        if k and t.is_cap and (lexicon.lemma(t.low) or t.low in small) and t.text != "I"
        else t
        for k, t in enumerate(tokens)
    ]


HEAD_TIMES = {"later", "earlier", "ago", "including", "point", "time", "night", "morning"}
HAVE = {"has", "have", "had"}
SUBJECT_LEADS = {"and", "but", "when", "while", "after", "as", "because", "since", "although"}
LINKS_BEFORE_ASIDE = {"and", "but", "after", "that", "because", "while", "since", "so", "or"}
SOURCE_WORDS = 24  # the longest source after "according to" ("early results of the exit poll …")
QUESTION_WORDS = {"if", "whether", "about", "how", "why", "what", "who", "when", "where"}
REFLEXIVES = {"himself", "herself", "themselves", "itself", "myself", "ourselves"}


AMOUNTS_SAID = {"nothing", "little", "much", "something", "anything", "plenty", "lot"}


def _about_topic(tokens, inside, k: int) -> int:
    """Past "nothing …/little …/much … about" after the cue ("said almost nothing about the
    rates", "has said much over the years about …"): the topic is what was said; else k."""
    n = len(tokens)
    j = k
    while j < n and tokens[j].low in {"almost", "very", "so", "too", "a", "next", "to"}:
        j += 1
    if j >= n or tokens[j].low not in AMOUNTS_SAID:
        return k
    for m in range(j + 1, min(j + 8, n - 1)):
        if inside[m] or not tokens[m].is_word or _verb_form(tokens[m]):
            return k
        if tokens[m].low == "about":
            return m + 1
    return k


def _speech_verb(word: str) -> bool:
    """Is this word a form of a verb of speech?"""
    lemma = lexicon.lemma(word.lower())
    cue = lexicon.cues().get(lemma) if lemma else None
    return cue is not None and cue.kind == "speech"


def _according_start(tokens, inside, s: int, i: int) -> int:
    """Where the clause before a closing "according to" starts: after the last comma when an
    earlier report holds the rest ("X says it is proof …, which stood at 263, according
    to the AP")."""
    head = [m for m in range(i) if tokens[m].start >= s]
    commas = [m for m in head if tokens[m].text == "," and not inside[m]][:-1]
    if not commas:
        return s
    reports = [
        m
        for m in head
        if m < commas[-1]
        and not inside[m]
        and C.finite_verb(tokens[m])
        and _speech_verb(tokens[m].low)
    ]
    if reports:
        return tokens[commas[-1] + 1].start
    if tokens[head[0]].low in OPENERS and len(commas) == 1:
        return tokens[commas[0] + 1].start  # "Despite his views, a Trump project has …"
    return s


def _appositive_participle(tokens, cue: Cue, mention: M.Mention) -> bool:
    """Is the cue a participle set off by a comma right after its subject ("Jane Doe,
    recalling …")?"""
    i = cue.i
    return (
        i > 1
        and tokens[i].low.endswith("ing")
        and tokens[i - 1].text == ","
        and tokens[i - 2].end == mention.end
    )


def _after_aside(tokens, cue: Cue) -> bool:
    """Does the cue follow a participle aside set off after the unit's subject ("Jane Doe,
    recalling her years in office, described …")?"""
    commas = [m for m in range(cue.i) if tokens[m].text == ","]
    return len(commas) >= 2 and C.is_participle(tokens[commas[-2] + 1])


def _verb_form(tok: M.Token) -> bool:
    """A word that is most likely a finite verb: a past tense or an auxiliary."""
    low = tok.low
    return (
        not tok.is_cap
        and (low in PAST_IRREGULAR or low in VERB_WORDS or low.endswith("ed"))
        and low not in BE | {"being"}
        or low in {"is", "was", "are", "were"}
    )


QUANTITY_WORDS = {
    "half",
    "one",
    "two",
    "three",
    "four",
    "five",
    "ten",
    "twice",
    "dozens",
    "hundreds",
}


def _amount(tokens, k: int) -> bool:
    """Does an amount start at k ("about half", "about 40 percent", "at least six")?"""
    if k + 1 >= len(tokens):
        return False
    first, nxt = tokens[k].low, tokens[k + 1]
    return first == "about" and _quantity(nxt) or first == "at" and nxt.low in {"least", "most"}


AMOUNT_WORDS = 4  # the longest amount set off by commas ("about 40 percent")


def _amount_before(tokens, text, comma: int) -> M.Mention | None:
    """The amount set off by commas before the cue, a share of the people just named:
    "Among voters, about two-thirds, 67 percent, say …" (the amount, and one before it)."""
    spans = []
    end = comma
    while len(spans) < 2 and end > 0:
        start = end
        while start > 0 and end - start < AMOUNT_WORDS and tokens[start - 1].text != ",":
            start -= 1
        words = tokens[start:end]
        if not words or start == 0 or tokens[start - 1].text != ",":
            break  # an amount is set off by a comma on both sides
        if not any(_quantity(t) for t in words) or not (
            _quantity(words[0]) or words[0].low in {"about", "nearly", "almost", "just", "some"}
        ):
            break
        spans.append((start, end))
        end = start - 1
    if not spans:
        return None
    return _description(tokens, text, spans[-1][0], spans[0][1])


def _quantity(tok: M.Token) -> bool:
    """A number or an amount word ("about 40 percent", "about half")."""
    return tok.text[:1].isdigit() or tok.text[:1] == "$" or tok.low in QUANTITY_WORDS


SINGULAR_OPENERS = {"a", "an", "another", "each", "every"}
PLURAL_OPENERS = {"many", "several", "multiple", "few", "both", "these", "those"}
AUXILIARIES = SUBJECT_AUXILIARIES | {"will", "would", "says", "said"}  # a clause's verb


def _noun_cue(tokens, cue: Cue, mention: M.Mention, k: int) -> bool:
    """Is the cue word a noun after all? Its form disagrees with the subject ("a Twitter
    comment", "another claim", "many plans"), or a verb follows it at once ("answers have
    been edited", "the report was finalized")."""
    word = tokens[cue.i].low
    nxt = tokens[cue.j] if cue.j < len(tokens) else None
    if (
        nxt is not None
        and nxt.low in SUBJECT_AUXILIARIES
        and len(cue.lemma.split()) == 1
        and not C.finite_verb(tokens[cue.i])
    ):
        return True  # not "a probe the agency said was ongoing": a past tense before "was"
    hedges = MODALS | {"to", "do", "did", "does", "not", "never"}
    if any(t.low in hedges for t in tokens[max(0, cue.i - 2) : cue.i]):
        return False  # "could actually hope", "did not want"
    subject = [t for t in tokens[: cue.i] if t.start >= mention.start and t.is_word]
    if not subject or len(subject) > 2:
        return False  # "A growing number of senators support": agreement with the sense
    bare = word == cue.lemma.split()[0]
    third_person = word.endswith("s") and not word.endswith("ss")
    first = subject[0].low
    return (first in SINGULAR_OPENERS and bare) or (first in PLURAL_OPENERS and third_person)


def _not_opener(tokens, k: int) -> bool:
    """Does the word at k ("and", "like", not_openers.txt) rule out a statement starting
    there? "and" or "but" after a comma may still go on with one ("…, he said, and …",
    "She agreed, but also argued that …")."""
    while k < len(tokens) and tokens[k].text == ",":
        k += 1
    if k >= len(tokens):
        return False
    low = tokens[k].low
    if low not in lexicon.words("not_openers.txt"):
        return False
    if k + 1 < len(tokens) and lexicon.lemma(tokens[k + 1].low) in lexicon.cues():
        return False  # "whether she agrees or disagrees with …": two verbs
    return not (low in {"and", "but"} and k > 0 and tokens[k - 1].text == ",")


def _without_titles_after(text: str, site: Site) -> Site:
    """The site without the quoted names after its cue ("“…,” he said on ABC’s “This Week.”",
    "…, showing off the “Make America Great Again” hat"): a quotation that follows a word,
    not a comma, colon or dash, is a title, not more of what was said."""
    cue_end = site.tokens[site.cue.j - 1].end
    qs = [q for q in site.qs if q.start < cue_end or not _title_before(text[cue_end : q.start])]
    if len(qs) == len(site.qs):
        return site
    return dataclasses.replace(site, qs=qs)


def _title_before(gap: str) -> bool:
    """Does this gap between a cue and a quotation end in a word that makes the quotation a
    name ("on ABC’s", "the"), not in punctuation or a link ("so", "and") that goes on?"""
    words = gap.split()
    return bool(words) and words[-1][-1:].isalnum() and words[-1].lower() not in QUOTE_LINKS


QUOTE_LINKS = {"so", "and", "but", "then", "that", "adding", "saying", "or"}


def _comment_after(tokens, j: int) -> bool:
    """Does an appositive comment open at j ("a policy that could …", "a move which …"): the
    writer's remark on what was said, not more of it?"""
    return tokens[j].low in {"a", "an"} and any(
        t.low in {"that", "which"} for t in tokens[j + 1 : j + 5]
    )


def _bare_head(tokens, lead: int) -> bool:
    """Is what stands before the speaker a few words without a verb ("Thus far,", "One
    after another,", "But in July 2012,"): an adverbial, not a clause that was said?"""
    head = [t for t in tokens if t.end <= lead and t.is_word]
    verb = any(_verb_form(t) or t.low in AUXILIARIES | MODALS for t in head)
    return len(head) <= 4 and not verb


OBJECT_OPENERS = {"to", "the", "a", "an", "what", "little", "his", "her", "their", "its"}


def _cue_object(site: Site) -> bool:
    """Does a cue of the "clause" frame take an object or an infinitive right after it
    ("declared bankruptcy" aside, "sought to reassure them", "denied the allegations")?"""
    rest = site.rest
    return (
        site.cue.frame != "object"
        and site.mention.kind != "relative"  # "…, a man who knew her, …": another shape
        and bool(rest)
        and site.k < len(site.tokens)
        and site.tokens[site.k] is rest[0]
        and rest[0].low in OBJECT_OPENERS
    )


def _finite_clause(words: list[M.Token]) -> bool:
    """Do these few words make a clause ("the board would decide", "it was late"), not
    a tail like "on Tuesday" or "told reporters"?"""
    return (
        len(words) >= 3
        and words[0].low not in PREPOSITIONS
        and any(t.low in AUXILIARIES | MODALS for t in words[1:])
    )


def _subject(tokens, inside, text, limit) -> M.Mention | None:
    """The subject at the start of the unit (after an opening phrase such as "On Monday,")."""
    first = next((k for k in range(limit) if not inside[k] and tokens[k].is_word), 0)
    first = _after_dateline(tokens, first, limit)
    commas = [k + 1 for k in range(first, min(limit, first + 24)) if tokens[k].text in ",–—"]
    starts = [first] + commas[:2]
    for k in starts:
        lead = k
        while k < limit and tokens[k].low in SUBJECT_LEADS:
            k += 1  # "…, and when Rubio thanked them and said …"
        if k >= limit or inside[k]:
            continue
        if tokens[k].low in OPENERS:
            continue  # "In a statement, Doe said …": an opening phrase, not the subject
        m = M.after(tokens, k, text) or _contracted(tokens[k], text)
        if k > lead and m and _another_subject(tokens, m, limit):
            main = _main_subject(tokens, m, limit, text)
            if main is not None:
                return main  # "When I came close she bowed and said": the main clause's
            continue
        if m and m.kind != "description" and m.end <= tokens[limit].start:
            return m
    return None


def _main_subject(tokens, mention: M.Mention, limit: int, text: str) -> M.Mention | None:
    """The subject pronoun of the main clause after a subordinate clause whose subject is
    mention ("When I came close she bowed and said …": "she")."""
    pronouns = lexicon.pronouns()
    for k in range(limit):
        tok = tokens[k]
        if tok.start >= mention.end and tok.low in pronouns:
            if tok.low in {"him", "her", "them"}:
                return None
            found = M.after(tokens, k, text)
            return found if found is not None and found.kind == "pronoun" else None
    return None


CONJUNCT_WORDS = 24  # the longest first verb phrase before "and says"


def _conjunct_subject(tokens, inside, text, link: int) -> M.Mention | None:
    """The subject of the clause whose verb phrase "and" at link joins: the phrase after
    the clause's start (the unit's start, a subordinator, "; " or ", and"), when it names a
    source and a verb follows it before link ("when Doe thanked them and said …")."""
    start = 0
    for m in range(link - 1, max(link - CONJUNCT_WORDS, -1), -1):
        tok = tokens[m]
        if inside[m] or tok.text in {";", ":", "“", '"'} or tok.low in SUBORDINATORS:
            start = m + 1
            break
        if tok.low in {"and", "but"} and m and tokens[m - 1].text == ",":
            start = m + 1
            break
    else:
        if link >= CONJUNCT_WORDS:
            return None
    start = _after_dateline(tokens, start, link)
    if start >= link or not tokens[start].is_word:
        return None
    contracted = _contracted(tokens[start], text)  # "He’s comparing …"
    if contracted is not None:
        return contracted
    e = start + (tokens[start].low in M.DETERMINERS)
    while e < link and (M.is_name_word(tokens[e]) or tokens[e].text == "."):
        e += 1  # a capitalised run ends at the verb: "Rubio thanked Miami"
    run = e > start + (tokens[start].low in M.DETERMINERS)
    mention = M.after(tokens[:e] if run else tokens[:link], start, text)
    if mention is None or mention.kind not in {"name", "role", "org", "pronoun", "anonymous"}:
        return None
    verb = next((m for m in range(start, link) if tokens[m].start >= mention.end), link)
    if verb >= link or _first_person(mention):
        return None  # nothing between the subject and "and": "Doe and Lee said"
    if _another_subject(tokens, mention, link):
        return None  # "When Ida came close she bowed and said": the main clause's subject
    return mention


def _role(word: str) -> bool:
    """Is word a role noun ("director", "co-anchor")?"""
    return word.lower().strip(",").split("-")[-1] in lexicon.roles()


def _another_subject(tokens, mention: M.Mention, limit: int) -> bool:
    """Does a subject pronoun come between the mention and the cue at limit?"""
    pronouns = lexicon.pronouns()
    return any(
        t.start >= mention.end and (t.low in pronouns and t.low not in {"him", "her", "them"})
        for t in tokens[:limit]
    )


def _contracted(tok: M.Token, text: str) -> M.Mention | None:
    """The pronoun of "He’s" opening a clause ("He’s comparing … and says …"), or None."""
    pronoun = M.contraction(tok)
    if pronoun is None:
        return None
    s, e = tok.start, tok.end - 2
    return M.Mention("pronoun", s, e, text[s:e], gender=pronoun.gender)


def _source_end(tokens, inside, j: int) -> int:
    """Where the source after "according to" ends: at the next , ; or : or quotation, past
    a short quoted name ("according to her “clawback” plan, …")."""
    m, n = j, len(tokens)
    while m < n:
        if inside[m]:
            k = m + 1
            while k < n and inside[k] and tokens[k].is_word:
                k += 1
            title = 1 < k - m <= 4 and k < n and inside[k] and (k + 1 >= n or not inside[k + 1])
            if not title:
                return m
            m = k + 1
            continue
        if tokens[m].text in ",;:":
            return m
        m += 1
    return n


def _closes_quote(tokens, inside, m: int) -> bool:
    """Is the punctuation at m the last mark of a quotation ("on “Morning Live,” she")?"""
    return (
        m + 1 < len(tokens)
        and inside[m + 1]
        and not tokens[m + 1].is_word
        and (m + 2 >= len(tokens) or not inside[m + 2])
    )


def _speech_word(word: str) -> bool:
    """Is this lowercase word a form of a verb of speech ("said", not "State", "planning")?"""
    return word.islower() and _speech_verb(word)


def _after_quoted_comma(tokens, inside, i: int) -> bool:
    """Does the cue at i follow a quotation closed on a comma ("“…,” adding")?"""
    return i > 1 and inside[i - 1] and not tokens[i - 1].is_word and tokens[i - 2].text == ","


def _participle_after_cue(tokens, cue: Cue, mention: M.Mention) -> bool:
    """Is the cue a participle ("…, adding") after another cue of its speaker ("he said")?"""
    if not (cue.i > 0 and tokens[cue.i].low.endswith("ing") and tokens[cue.i - 1].text == ","):
        return False
    between = [t for t in tokens[: cue.i] if t.start >= mention.end]
    return any(lexicon.lemma(t.low) in lexicon.cues() for t in between)


ROLE_WORDS = 3  # the longest run of unknown lowercase role words before a name
NOT_ROLE_WORDS = {"and", "but", "or", "nor", "so", "yet", "then", "as", "when", "while"}
NOT_ROLE_WORDS |= {"which", "who", "whom", "whose", "that", "what", "where", "how", "why"}


def _and_others(tokens, text, mention: M.Mention) -> None:
    """Widen a speaker to "and others" after it ("said Doyle and others"), in place."""
    k = next((m for m, t in enumerate(tokens) if t.start >= mention.end), len(tokens))
    if k + 1 < len(tokens) and tokens[k].low == "and" and tokens[k + 1].low == "others":
        mention.end = tokens[k + 1].end
        mention.text = text[mention.start : mention.end]


def _unknown_role(text: str, start: int, mention: M.Mention) -> None:
    """Widen a name to the lowercase words between it and the comma before it, a role the
    word lists do not know ("…, psychotherapist Jo Sherman says"), in place."""
    if mention.kind != "name" or mention.start <= start:
        return
    head = text[start : mention.start]
    comma = head.rfind(",")
    if comma < 0:
        return
    words = head[comma + 1 :].split()
    owner = next((n for n, w in enumerate(words) if M.POSSESSIVE.search(w)), None)
    if owner is not None and all(w[:1].isupper() for w in words[: owner + 1]):
        words = words[owner + 1 :]  # "…, Donald Trump’s longtime confidant Roger Stone said"
    elif owner is not None:
        return
    if not words or len(words) > ROLE_WORDS:
        return
    small = lexicon.words("small_words.txt") | set(lexicon.pronouns()) | NOT_ROLE_WORDS
    small |= set(M.DETERMINERS)
    for w in words:
        if not (w.isalpha() and w.islower()) or w in small or lexicon.lemma(w) in lexicon.cues():
            return
    first = head[comma + 1 :].split()[0]
    mention.start = start + comma + 1 + head[comma + 1 :].index(first)
    mention.text = text[mention.start : mention.end]


def _first_person(mention: M.Mention) -> bool:
    return mention.kind == "pronoun" and mention.text.lower() in {"i", "we", "you"}


def _quote_next(text: str, site) -> bool:
    """Whether a quotation follows the cue within a few words ("…, she said, “…”"), not
    one far into a later clause ("…, she said, citing its drive to “cross-sell” …")."""
    if not site.after_quotes:
        return False
    end = site.tokens[site.cue.j - 1].end
    gap = text[end : site.after_quotes[0].start].split()
    if gap and gap[0].strip(",") == "" and len(gap) > 1:
        gap = gap[1:]
    if gap and gap[0].lower() in {"and", "but"}:
        return False  # "“A big truck” hit the barrier, he said, and “everyone ran.”"
    return len(gap) <= 4


def _apart(text: str, site) -> bool:
    """Whether words stand between the last quotation before the cue and the cue's
    speaker ("Gore said it was “early” to back her, adding: “…”"): that quotation belongs
    to another clause, not to a split quote ("“…,” she said, “…”")."""
    if not site.before_quotes or site.cue.frame == "naming":
        return False
    last = site.before_quotes[-1]
    cue = site.tokens[site.cue.i].start
    i = site.cue.i
    participle = site.tokens[i].low.endswith("ing")
    if (
        site.mention.start < last.start
        and participle
        and _after_quoted_comma(site.tokens, site.inside, i)
    ):
        return True  # 'Gore said it was “too early,” adding …': the clause's own quotation
    lead = cue if site.mention.start < last.end else min(site.mention.start, cue)
    return bool(text[last.end : lead].strip(" ,—–-"))


def _to_quotation(tokens, inside, qs, start: int, end: int, limit: int) -> int:
    """A reported clause cut before the sentence's quotation runs on to take it in ("he
    was hoping for a large turnout, which “will help elect her.”"): the quoted words are
    what the report is about."""
    if any(start <= q.start < end for q in qs):
        return end  # it quotes already
    later = [q for q in qs if end <= q.start < limit]
    if not later:
        return end
    between = [t for t in tokens if end <= t.start < later[0].start]
    cues = lexicon.cues()
    if any(cues.get(lexicon.lemma(t.low) or "") for t in between):
        return end  # "…, saying, “…”": another report of its own
    return later[-1].end


def _put_it(tokens, m: int) -> bool:
    return tokens[m].low == "put" and tokens[m + 1].low == "it"


def _title_run(words: list[str]) -> bool:
    """ "CBS This Morning co-Anchor", "Texas GOP": a few words before a name that qualify it,
    with no link word of a clause or phrase ("to Sen. Sanders after leaked emails")."""
    links = {"to", "in", "on", "at", "during", "from", "with", "by", "of", "for", "and", "or"}
    links |= SUBORDINATORS | CLAUSE_LINKS | {"that"}
    return len(words) <= 5 and not any(w.lower() in links for w in words)


def _author_reports(mention: M.Mention, cue: Cue, tokens) -> bool:
    """ "I told him that …", "I argue that …": the author's own words, reported; not the
    plural or second person, nor the present "I say", "I write" of the text itself."""
    if mention.text.lower() != "i" or cue.kind != "speech":
        return False
    return tokens[cue.i].low not in {"say", "write"}


def _after_dateline(tokens, first: int, limit: int) -> int:
    """Past a dateline opening the unit ("LEEDS, March 3 — ", "WASHINGTON (AP) — "): a
    word in capitals, then a dash within a few words."""
    word = tokens[first] if first < limit else None
    if word is None or not (word.text.isupper() and len(word.text) > 1):
        return first
    dash = next(
        (k for k in range(first + 1, min(limit, first + 8)) if tokens[k].text in DASHES), None
    )
    return dash + 1 if dash is not None else first


def _appositive_quote(tokens, inside, text, mention, cue: Cue) -> bool:
    """Are the quoted words between speaker and cue inside an appositive ("Lee Marsh, the
    activist known as “Bluebird,” stated")? Not when the speaker itself is quoted."""
    if any(inside[k] for k in range(cue.i) if mention.start <= tokens[k].start < mention.end):
        return False
    return text[mention.end : tokens[cue.i].start].lstrip()[:1] in {",", "—", "–", "-"}


def _plain_subject(tokens, mention: M.Mention) -> bool:
    """A named, titled or anonymous subject that opens with a capital word, not a phrase
    ("At a heated press conference", "Citing …", "Perhaps …")."""
    first = next((t for t in tokens if t.start >= mention.start), None)
    return (
        mention.kind in {"name", "role", "anonymous", "org"}
        and first is not None
        and first.is_cap
        and first.low not in OPENERS | SUBORDINATORS
        and not first.low.endswith("ing")
        and not M.skippable(first)
    )


def _sibling_start(tokens, inside, cue: Cue, holder: Statement, text: str) -> int | None:
    """Where a sibling clause with its own subject starts ("…, and one in four said …")."""
    mention = M.before(tokens, cue.i, text) or M.opening_phrase(tokens, cue.i, text)
    if mention is None or mention.start <= holder.start:
        return None
    k = next((n for n, t in enumerate(tokens) if t.start >= mention.start), None)
    if k is None or k == 0:
        return None
    while k > 1 and tokens[k - 1].low in APPROXIMATORS:
        k -= 1  # "…, and nearly three in five said …"
    link = tokens[k - 1]
    if link.low in {"and", "but", "while", "whereas"} or link.text == ";":
        return link.start
    return None


def _infinitive_goes_on(tokens, first: Statement, cue: Cue, link: int) -> bool:
    """Does a bare cue verb after "and" at link go on with the statement before it: after a
    past-tense cue ("said they are fine with it but want …"), or with an infinitive in it
    ("to stand up for Mexicans and defend …") with no finite verb between?"""
    if tokens[cue.i].low != cue.lemma.split()[0]:
        return False  # "and said", "and urged": a verb of the main clause
    said = (first.cue or "").split()[:1]
    if said and (said[0].lower() in PAST_IRREGULAR or said[0].lower().endswith("ed")):
        return True  # "Democrats said they are fine with it but want …": not the past tense
    for m in range(link - 1, -1, -1):
        tok = tokens[m]
        if tok.start < first.start:
            return False
        if tok.low == "to" and m + 1 < link and lexicon.lemma(tokens[m + 1].low) is None:
            return not tokens[m + 1].low.endswith(("ed", "ing", "s"))
        if _verb_form(tok) or tok.text in ",;:":
            return False
    return False


APPROXIMATORS = {"nearly", "almost", "about", "roughly", "only", "just", "over", "fully"}
APPROXIMATOR_BEFORE = re.compile(r"(?:\b(?:" + "|".join(APPROXIMATORS) + r")\s+)+$", re.I)


def _before_approximator(text: str, start: int, edge: int) -> int:
    """Back from edge over "nearly", "about" … ("…, and nearly three in five said …")."""
    m = APPROXIMATOR_BEFORE.search(text, start, edge)
    return m.start() if m else edge


FALLBACK_WORDS = 16  # the longest stretch read as a speaker by _next_to_quotation


def _next_to_quotation(tokens, inside, text, cue: Cue) -> tuple[M.Mention | None, bool]:
    """The words between a closing quotation and its speech verb, or after the verb up to
    the end of the clause, as a description of the speaker: (mention, follows the cue)."""
    n = len(tokens)
    k = cue.i
    while k > 0 and not inside[k - 1] and tokens[k - 1].text not in ",;:—" and cue.i - k < 8:
        k -= 1
    after_quote = k > 0 and (inside[k - 1] or tokens[k - 1].text == "," and inside[k - 2])
    end = cue.i
    while end > k and M.skippable(tokens[end - 1]):
        end -= 1  # "my father often said"
    if after_quote and k < end:
        return _description(tokens, text, k, end), False
    if (
        cue.i
        and inside[cue.i - 1]
        or cue.i > 1
        and tokens[cue.i - 1].text == ","
        and inside[cue.i - 2]
    ):
        end = cue.j
        while (
            end < n
            and not inside[end]
            and tokens[end].text not in ",.;:—)"
            and end - cue.j < FALLBACK_WORDS
        ):
            end += 1
        stop = end >= n or inside[end] or tokens[end].text in ",.;:—)"
        if stop and end > cue.j and tokens[cue.j].is_word and tokens[cue.j].low != "that":
            return _description(tokens, text, cue.j, end), True  # not "…,” note that he …"
    return None, False


def _description(tokens, text, start: int, end: int) -> M.Mention:
    s, e = tokens[start].start, tokens[end - 1].end
    return M.Mention("description", s, e, text[s:e])


SAME_SPEAKER_LINK = re.compile(r"[\s,;]+(?:and|but)\s+\w+(?:\s+\w+)?[\s,:]*[“\"‘']?$")


def _link_before(text: str, start: int, quote: int) -> int:
    """Where a statement ends before its speaker's next one ("A, and added: “B”")."""
    m = SAME_SPEAKER_LINK.search(text, start, quote)
    return m.start() if m else quote


def _joined_subject(tokens, cue: Cue, text: str) -> M.Mention | None:
    """ "Jack cracked his fingers and Father Arnall looked up and said": the subject of the
    last clause joined by "and" that has one (a person followed by its verb)."""
    for k in range(cue.i - 1, 0, -1):
        if tokens[k - 1].low != "and":
            continue
        mention = M.after(tokens, k, text)
        if mention is None or mention.kind not in {"name", "pronoun", "role"}:
            continue
        verb = next((t for t in tokens[k:] if t.start >= mention.end), None)
        if verb is not None and verb.is_word and not verb.is_cap and verb.low not in {"and", "or"}:
            return mention
    return None


def _overlap(a: Statement, b: Statement) -> bool:
    return min(a.end, b.end) > max(a.start, b.start)


def _closing(tokens, cue: Cue) -> bool:
    """Does the cue close its sentence after a comma ("…, officials said." / "…, said X.")?"""
    if cue.frame == "prep":
        return cue.i > 0 and tokens[cue.i - 1].text == ","
    words = [t for t in tokens[cue.j :] if t.is_word]
    if words and words[0].low in {"to", "that"} and words[0] is tokens[cue.j]:
        return False  # "…, she plans to root for Iowa": the cue's own clause follows
    if cue.i > 0 and tokens[cue.i - 1].low in MODALS | {"to"}:
        return False  # "…, he would advise buying it": a verb of the clause, not a tag
    before = tokens[max(0, cue.i - 6) : cue.i]
    if not any(t.text == "," for t in before):
        return False
    if len(words) <= 4:
        return True
    if tokens[cue.i - 1].text == "," and any(t.low == "who" for t in words[1:5]):
        return True  # "…, said an aide who was there"
    # "…, X said this week at an event in Wyoming": only when and where follow
    when = PREPOSITIONS - {"to"} | lexicon.words("weekdays.txt")
    return (
        cue.kind == "speech"
        and words[0].low in when
        and not any(t.low in {"that", "who", "which"} or _verb_form(t) for t in words)
    )


def _for_example(tokens, inside, cue: Cue) -> bool:
    """Is the cue a bare "say" set off by commas ("no better than, say, the old plan"): an
    example offered, not a report?"""
    i, n = cue.i, len(tokens)
    return (
        cue.j == i + 1
        and tokens[i].low == "say"
        and 0 < i
        and i + 1 < n
        and tokens[i - 1].text == ","
        and tokens[i + 1].text == ","
        and not inside[i]
    )


def _next_to_quote(tokens, inside, cue: Cue) -> bool:
    """Is the cue within a few words of a quotation ("…,” she said / said: “…")?"""
    near = range(max(0, cue.i - 5), min(len(tokens), cue.j + 3))
    return any(inside[k] for k in near)


PHRASE_LIMIT = 16  # tokens: the longest "in one of a series of messages" before "that"
SUBJECTS = {"he", "she", "they", "we"}


def _past_phrase(tokens, inside, k: int) -> int:
    """Past a prepositional phrase after the cue, to the "that" or the subject pronoun that
    opens the statement ("said in one of a series of posts on Friday that …", "told a rally
    in Denver she will …"); k itself when neither comes before a stop."""
    n = len(tokens)
    for m in range(k + 1, min(k + PHRASE_LIMIT, n)):
        tok, prev = tokens[m], tokens[m - 1].low
        if inside[m] or not (tok.is_word or tok.text in "-’'"):
            return k
        if tok.low == "that" and m > k + 2:
            if m + 1 < n and tokens[m + 1].low in VERB_WORDS:
                return k  # "wrote in a letter that was read aloud": a relative clause
            return m
        if tok.low in SUBJECTS:
            return m
        verb = tok.low in VERB_WORDS or lexicon.lemma(tok.low) in lexicon.cues()
        new_phrase = tok.low in M.DETERMINERS and prev not in PREPOSITIONS | OPENERS
        if verb or new_phrase or tok.low in {"which", "who", "whom", "whose"}:
            return k  # a clause of its own ("… Monday its lawyers were …"): not a phrase
    return k


OBJECT_ENDS = {"to", "that", "whether", "if", "about", "for", "of", "on", "in", "he", "she"}
OBJECT_ENDS |= {"they", "it", "we", "i", "the", "a", "an"}
OBJECT_ENDS |= {"why", "how", "what", "which", "who", "when", "where"}  # "asked the mayor why …"


def _skip_object(tokens: list[M.Token], k: int) -> int:
    """Skip the listener after a verb like "told": "told reporters", "told The Times"."""
    n = len(tokens)
    if k < n and tokens[k].low in {"me", "him", "her", "us", "them", "reporters", "journalists"}:
        return k + 1
    j = k
    if j < n and tokens[j].low in {"the", "a", "an", "his", "her", "their"}:
        j += 1  # "told the committee", "asked the president to …"
        while (
            j < n
            and j - k < 5
            and tokens[j].is_word
            and tokens[j].low not in OBJECT_ENDS
            and tokens[j].low not in M.DETERMINERS  # "told the AP his firm …": a new subject
        ):
            j += 1
        return j
    abbreviations = lexicon.words("abbreviations.txt")
    while j < n and (
        tokens[j].is_cap
        or tokens[j].text == "."
        and j > k
        and tokens[j - 1].low in abbreviations  # "Ms. Vale"
    ):
        j += 1
    return j if j > k else k


def _opens_paragraph(text: str, q: quotes.Quote) -> bool:
    """Does only blank space stand between the quotation and the line break before it?"""
    i = q.start
    while i > 0 and text[i - 1] in " \t":
        i -= 1
    return i == 0 or text[i - 1] == "\n"


def _alone(text: str, q: quotes.Quote) -> bool:
    """Is the quotation a paragraph on its own (a line of dialogue)?"""
    i = q.end
    while i < len(text) and text[i] in " \t":
        i += 1
    return _opens_paragraph(text, q) and (i == len(text) or text[i] == "\n")


def _speechlike(
    text: str,
    q: quotes.Quote,
    unit: tuple[int, int],
    follows: bool,
    fiction: bool = False,
    qs: list[quotes.Quote] | None = None,
) -> bool:
    """A bare quote is speech when it is most of its unit and at least a few words long
    (or any length right after a statement in the same paragraph, or when it is a paragraph
    of its own, or in fiction a sentence of its own). In fiction, quotes that together make
    most of their unit, apart from a narrator's aside in brackets, are speech too."""
    inner = text[slice(*q.inner)]
    whole = text[unit[0] : unit[1]].strip() == text[q.start : q.end]
    whole = whole and (fiction or _alone(text, q))
    if len(inner.split()) < (1 if follows or whole else 4):
        return False
    if (q.end - q.start) >= 0.6 * (unit[1] - unit[0]):
        return True
    if not fiction or not qs:
        return False
    quoted = sum(other.end - other.start for other in qs)
    return quoted >= 0.6 * (unit[1] - unit[0] - _asides(text, unit, qs))


def _asides(text: str, unit: tuple[int, int], qs: list[quotes.Quote]) -> int:
    """The length of the bracketed asides outside quotation marks in a unit ("‘…’ (for, you
    see, Alice had learnt …) ‘…’")."""
    total, start = 0, None
    for k in range(unit[0], unit[1]):
        if any(q.start <= k < q.end for q in qs):
            continue
        if text[k] == "(" and start is None:
            start = k
        elif text[k] == ")" and start is not None:
            total += k + 1 - start
            start = None
    return total
