"""Sentence splitting with NLTK's Punkt, offline.

The Punkt parameters are built with nltk's own classes from the abbreviation list shipped in
``tracker/data/abbreviations.txt`` (no ``nltk.download()``). Paragraphs always
end a sentence, and a sentence also ends after a closing curly quote that follows . ! or ?,
which Punkt misses (nltk issue 2085).
"""

from __future__ import annotations

import re
from functools import cache

from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

from . import lexicon
from .text import paragraphs

AFTER_CLOSING_QUOTE = re.compile(r"[.!?](?:[”’»\"]\s+(?=[“\"«‘A-Z])|”(?=[A-Z]))")
# a "sentence" cannot open with a closing bracket or quote, a comma or a possessive
# ("(D-N.C.), head", "the F.B.I.'s review"), nor end with initials: "Rep. G.K. Butterfield"
CANNOT_OPEN = re.compile(r"[)\]},;:”]|['’]s\b")
INITIALS = re.compile(r"(?:^|[\s(])(?:[A-Z]\.){1,3}$")
# an abbreviation that often ends a sentence, then a word that opens one: "… in the U.S. He"
AFTER_ABBREVIATION = re.compile(
    r"\b(?:[A-Za-z]\.){2,}\s+(?=(?:He|She|They|It|We|I|The|This|But|And|His|Her|Their)\s)"
)


@cache
def tokenizer() -> PunktSentenceTokenizer:
    params = PunktParameters()
    params.abbrev_types = set(lexicon.words("abbreviations.txt"))
    return PunktSentenceTokenizer(params)


def split(text: str) -> list[tuple[int, int]]:
    """Offsets (start, end) of every sentence in text."""
    spans = []
    punkt = tokenizer()
    for p_start, p_end in paragraphs(text):
        para = text[p_start:p_end].replace("\n", " ")  # wrapped lines: same length
        for s, e in _join_lowercase(para, punkt.span_tokenize(para)):
            cuts = [(m.start() + 2, m.end()) for m in AFTER_CLOSING_QUOTE.finditer(para, s, e)]
            cuts += [(m.start() + len(m.group().rstrip()), m.end())
                     for m in AFTER_ABBREVIATION.finditer(para, s, e)]  # fmt: skip
            cut = s
            for end, after in sorted(cuts):
                spans.append((p_start + cut, p_start + end))
                cut = after
            spans.append((p_start + cut, p_start + e))
    return spans


def _join_lowercase(para: str, spans) -> list[tuple[int, int]]:
    """Rejoin a "sentence" that starts in lowercase (“What?” said the doctor.), with a
    closing bracket or a possessive, or after initials."""
    joined: list[tuple[int, int]] = []
    for s, e in spans:
        if joined and _goes_on(para, joined[-1][1], s):
            joined[-1] = (joined[-1][0], e)
        else:
            joined.append((s, e))
    return joined


def _goes_on(para: str, end: int, start: int) -> bool:
    """Whether the text from start continues the sentence ending at end."""
    if para[start : start + 1].islower() or CANNOT_OPEN.match(para, start):
        return True
    return bool(INITIALS.search(para, 0, end)) and (
        para[start : start + 1].isupper() or para[start] in "—–-"
    )
