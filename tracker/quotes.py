"""Find direct quotations: pair opening and closing quotation marks.

Marks are paired by kind, not counted: “ ” „ “ « » ‹ › and straight double quotes (whose
direction is read from the characters around them). Apostrophes and primes inside words
(don’t, O’Malley, 5′) are never quotation marks. Single quotes ‘ ’ count only where they open
and close a span at word boundaries, as headlines and nested quotes use them.

The news convention for a quote of several paragraphs is followed: each paragraph opens with
a mark and only the last one closes. An opening mark that never closes is dropped at the end
of its paragraph, so unbalanced marks lose one quote, never the rest of the document.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from . import lexicon
from . import mentions as M
from .text import BLANK_LINE, paragraphs

# opening mark -> closing marks it accepts
PAIRS = {"“": '”"“', "„": "“”", "«": "»", "‹": "›", '"': '"”“', "‘": "’", "‚": "‘’", "'": "'"}
CLOSERS = set("”»›’\"'")
DOUBLE = re.compile(r"[“”„«»\"‘’‚‹›]")
SINGLE_STRAIGHT = re.compile(r"['‘’‚‹›]")
# Dash dialogue (fiction): a paragraph opening with a dash is a line of speech, which may
# close with a dash ("--O, if not.--") or run to an attribution (", he said") or its end.
DASH_OPEN = re.compile(r"(?:--|[—―])[ \t]*(?=[^\W_]|[“\"‘'])")
DASH_CLOSE = re.compile(r"(?<=[.,;!?])(?:--|[—―])(?=\s|$|[a-z])")
SENTENCE_END = '.!?:”’")'
SPEECH_BREAK = re.compile(r"[,;]|[!?](?=\s)")


@dataclass(frozen=True)
class Quote:
    start: int  # offset of the opening mark
    end: int  # offset after the closing mark
    opening: int = 1  # length of the opening mark ("--" is two)
    closing: int = 1  # length of the closing mark (0: a dash line has none)
    dash: bool = False  # a line of dash dialogue ("--What is your name?")

    @property
    def inner(self) -> tuple[int, int]:
        return self.start + self.opening, self.end - self.closing


def _opens(text: str, i: int) -> bool:
    """Is the mark at i placed like an opening mark (space before, word after)?"""
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([{—–-/:;,") and not after.isspace()


def _glued(text: str, i: int) -> bool:
    """A straight double mark opening a sentence with no space before it: "…here."We …"."""
    return (
        text[i] == '"' and 0 < i < len(text) - 1 and text[i - 1] in ".!?" and text[i + 1].isupper()
    )


def _closes(text: str, i: int) -> bool:
    """Is the mark at i placed like a closing mark (word before, no word after)?"""
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if before == " " and i > 1 and text[i - 2] in "’'":
        before = text[i - 2]  # 'Hillary Clinton,' ": a nested quote closed, then a space
    return not before.isspace() and (not after.isalnum())


def _is_mark(text: str, i: int) -> bool:
    ch = text[i]
    if ch in "’‘‚'":  # an apostrophe between letters (or after s) is not a quotation mark
        before = text[i - 1] if i else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        if before.isalnum() and after.isalnum():
            return False
        if ch == "’" and not _closes(text, i):
            return False
        if ch == "‘" and not _opens(text, i):
            return False
        if ch == "'" and not (_opens(text, i) or _closes(text, i)):
            return False
    return True


def find(text: str, dashes: bool = False, by_paragraph: bool = True) -> list[Quote]:
    """Every quotation in text, outermost only, in order; with ``dashes`` (fiction), lines
    of dash dialogue too; with ``by_paragraph`` (news), each paragraph of a quotation that
    runs over several paragraphs is a quotation of its own."""
    found = _marked(text, by_paragraph)
    if not dashes:
        return found
    lines = dash_lines(text)
    starts = [q.start for q in lines]
    found = [q for q in found if not _within(lines, starts, q.start)]
    return sorted(found + lines, key=lambda q: q.start)


def _within(spans: list[Quote], starts: list[int], i: int) -> bool:
    n = bisect.bisect_right(starts, i) - 1
    return n >= 0 and spans[n].start <= i < spans[n].end


def dash_lines(text: str) -> list[Quote]:
    """Lines of dash dialogue: the speech of each paragraph that opens with a dash."""
    lines = []
    wrapped = BLANK_LINE.search(text) is None  # every line is a paragraph
    for start, end in paragraphs(text):
        m = DASH_OPEN.match(text, start, end)
        if not m or wrapped and text[:start].rstrip()[-1:] not in ("", *SENTENCE_END):
            continue  # a line that goes on with a sentence ("he--the captain,\n--began")
        close = DASH_CLOSE.search(text, m.end(), end)
        stop = close.start() if close else end
        said = next(
            (
                b
                for b in SPEECH_BREAK.finditer(text, m.end(), stop)
                if _attribution_at(text, b.end(), end)
            ),
            None,
        )
        opening = m.end() - start
        if said is not None:  # "--I'd like to see you, he said."
            speech_end = said.end() if said.group() in "!?" else said.start()
            lines.append(Quote(start, speech_end, opening, 0, dash=True))
        elif close is not None:  # "--O, if not, the eagles will come.--"
            lines.append(Quote(start, close.end(), opening, close.end() - close.start(), True))
        else:
            lines.append(Quote(start, end, opening, 0, dash=True))
    return [q for q in lines if q.end - q.closing > q.start + q.opening]


def _attribution_at(text: str, i: int, end: int) -> bool:
    """Does a short attribution start at i: "he said", "said his mother", "Mr Casey asked"?"""
    words = []
    for tok in M.tokenize(text, i, min(end, i + 120)):
        if not tok.is_word:
            break
        words.append(tok)
    cue = next((k for k, t in enumerate(words[:4]) if _speech_verb(t.low)), None)
    if cue is None or len(words) - cue > 6:
        return False
    if cue == 0:  # "said his mother", "said he"
        return len(words) > 1 and _speaker_word(words[1])
    return _speaker_word(words[0])


def _speech_verb(word: str) -> bool:
    """A finite form of a verb of speech ("said", "asks", "cried"), not "saying"."""
    verb = lexicon.lemma(word)
    cues = lexicon.cues_by_verb().get(verb or "", ())
    return not word.endswith("ing") and any(c.kind == "speech" for c in cues)


def _speaker_word(tok: M.Token) -> bool:
    """Can the speaker's phrase start with this word ("he", "Stephen", "his mother")?"""
    return tok.is_cap or tok.low in lexicon.pronouns() or tok.low in M.DETERMINERS


def _marked(text: str, by_paragraph: bool = True) -> list[Quote]:
    """Every quotation between quotation marks, outermost only, in order. With
    ``by_paragraph`` (news), each paragraph of a quotation running over several is a
    quotation of its own; in fiction one speech stays whole."""
    found: list[Quote] = []
    inner: list[Quote] = []  # closed inside a quote that is still open
    stack: list[tuple[int, str]] = []  # (offset, opening mark)

    def drop_unclosed():
        # the open quote never closed: forget it, keep what closed inside it
        found.extend(inner)
        inner.clear()
        stack.clear()

    pattern = DOUBLE
    if not re.search(r"[“”„«»\"]", text):
        pattern = SINGLE_STRAIGHT  # the text quotes with ' (older British style)
    marks = [m.start() for m in pattern.finditer(text) if _is_mark(text, m.start())]
    single_closers = [
        m.start()
        for m in re.finditer("[’']", text)
        if _is_mark(text, m.start()) and _closes(text, m.start())
    ]
    para_end = _paragraph_ends(text)
    p = 0
    for i in marks:
        while para_end[p] <= i:  # crossing a paragraph break
            if stack and not _continues(text, para_end[p], stack[0][1]):
                drop_unclosed()
            del stack[1:]
            p += 1
        ch = text[i]
        level = _closing_level(text, i, stack)
        if level is not None:
            del stack[level + 1 :]  # opened inside and never closed: an apostrophe ('em)
            start, _ = stack.pop()
            (inner if stack else found).append(Quote(start, i + 1))
            if not stack:
                inner.clear()
            continue
        if ch not in PAIRS or (ch in CLOSERS and not (_opens(text, i) or _glued(text, i))):
            continue
        if ch in "‘‚'" and not stack and not _closer_before(single_closers, i, para_end[p]):
            continue
        if stack and ch == stack[0][1] and ch in '“„«"':
            if para_end[p - 1 if p else 0] > stack[0][0] and p:
                # a later paragraph of the same quote reopens with a mark
                if not by_paragraph:
                    continue
                prev_end = para_end[p - 1]  # the paragraph before is a quote, unclosed
                while prev_end > stack[0][0] and text[prev_end - 1].isspace():
                    prev_end -= 1
                found.append(Quote(stack[0][0], prev_end, closing=0))
                inner.clear()
                stack[:] = [(i, ch)]
                continue
            drop_unclosed()  # the same mark again in one paragraph: the first never closed
        if len(stack) < 3:
            stack.append((i, ch))
    end = len(text.rstrip())
    if by_paragraph and len(stack) == 1 and _opens_sentence(text, stack[0][0]):
        # the text ends inside a quotation opening a sentence (a story cut short)
        found.append(Quote(stack[0][0], end, closing=0))
        stack.clear()
        inner.clear()
    if stack:
        drop_unclosed()
    return sorted(found, key=lambda q: q.start)


def _opens_sentence(text: str, i: int) -> bool:
    """Does the mark at i open a sentence (after . ! ? or at a paragraph start)?"""
    before = text[:i].rstrip(" \t")
    return not before or before[-1] in ".!?\n"


def _closing_level(text: str, i: int, stack: list[tuple[int, str]]) -> int | None:
    """The open quote (its depth in stack) that the mark at i closes, innermost first."""
    ch = text[i]
    if not stack or (ch in PAIRS and not _closes(text, i)):
        return None
    return next((n for n in range(len(stack) - 1, -1, -1) if ch in PAIRS[stack[n][1]]), None)


def _closer_before(closers: list[int], i: int, limit: int) -> bool:
    """Is there a closing single mark after i and before limit (the paragraph's end)?"""
    n = bisect.bisect_right(closers, i)
    return n < len(closers) and closers[n] < limit


def _paragraph_ends(text: str) -> list[int]:
    return [end for _, end in paragraphs(text)][:-1] + [len(text) + 1]


def _continues(text: str, newline: int, mark: str) -> bool:
    """Does the next non-blank paragraph open with the same kind of mark?"""
    m = re.compile(r"\s*").match(text, newline)
    nxt = text[m.end() : m.end() + 1]
    return bool(nxt) and nxt == mark
