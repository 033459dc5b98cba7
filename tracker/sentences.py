"""Sentence splitting with NLTK's Punkt, offline.

The Punkt parameters are built with nltk's own classes from the abbreviation list shipped in
``tracker/data/abbreviations.txt`` (no ``nltk.download()``). Paragraphs (line breaks) always
end a sentence, and a sentence also ends after a closing curly quote that follows . ! or ?,
which Punkt misses (nltk issue 2085).
"""

from __future__ import annotations

import re
from functools import cache

from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

from . import lexicon

PARAGRAPH = re.compile(r"[^\n]+")
AFTER_CLOSING_QUOTE = re.compile(r"[.!?][”’»\"]\s+(?=[“\"«‘A-Z])")


@cache
def tokenizer() -> PunktSentenceTokenizer:
    params = PunktParameters()
    params.abbrev_types = set(lexicon.words("abbreviations.txt"))
    return PunktSentenceTokenizer(params)


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Offsets of each non-blank line."""
    spans = []
    for m in PARAGRAPH.finditer(text):
        start, end = m.span()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            spans.append((start, end))
    return spans


def split(text: str) -> list[tuple[int, int]]:
    """Offsets (start, end) of every sentence in text."""
    spans = []
    punkt = tokenizer()
    for p_start, p_end in paragraphs(text):
        para = text[p_start:p_end]
        for s, e in punkt.span_tokenize(para):
            cut = s
            for m in AFTER_CLOSING_QUOTE.finditer(para, s, e):
                spans.append((p_start + cut, p_start + m.start() + 2))
                cut = m.end()
            spans.append((p_start + cut, p_start + e))
    return spans
