"""Text cleaning that keeps a map back to the original offsets.

Extraction runs on the cleaned text; every offset it reports is mapped back through
:class:`Cleaned` so that it points into the document text exactly as given.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Editorial debris: reviewers' comment markers such as [ИН1] or [AB2], footnote marks [3],
# zero-width characters and soft hyphens. Removed before extraction.
DEBRIS = re.compile(r"\[[^\W\d_]{1,4}\d{1,3}\]|\[\d{1,3}\]|[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
# Typewriter quotation marks written as two characters (''quote'' or ``quote'') become one ".
DOUBLED = re.compile(r"''|``")
# Characters replaced one for one (same length, so offsets do not move).
SAME_LENGTH = str.maketrans({"\u00a0": " ", "\u2007": " ", "\u202f": " ", "\t": " ", "\r": " "})


@dataclass
class Cleaned:
    """Cleaned text plus, for each of its characters, the original offset."""

    original: str
    text: str
    offsets: list[int]  # len(text) + 1 entries; the last is len(original)
    ends: list[int]  # where each character's original ends (a "" may stand for two)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original offsets of the cleaned span [start, end)."""
        if start >= end:
            return self.offsets[start], self.offsets[start]
        return self.offsets[start], self.ends[end - 1]


def clean(original: str) -> Cleaned:
    """Remove editorial debris, normalise odd spaces and doubled quote marks, keeping an
    offset map."""
    pieces: list[str] = []
    offsets: list[int] = []
    ends: list[int] = []
    pos = 0
    for m in sorted([*DEBRIS.finditer(original), *DOUBLED.finditer(original)], key=re.Match.start):
        if m.start() < pos:
            continue
        pieces.append(original[pos : m.start()])
        offsets.extend(range(pos, m.start()))
        ends.extend(range(pos + 1, m.start() + 1))
        if m.group() in ("''", "``"):
            pieces.append('"')
            offsets.append(m.start())
            ends.append(m.end())
        pos = m.end()
    pieces.append(original[pos:])
    offsets.extend(range(pos, len(original)))
    ends.extend(range(pos + 1, len(original) + 1))
    offsets.append(len(original))
    return Cleaned(original, "".join(pieces).translate(SAME_LENGTH), offsets, ends)


BLANK_LINE = re.compile(r"\n[ \t\r]*\n")


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Offsets of each paragraph, blanks trimmed.

    Where the text has blank lines, they separate paragraphs and single line breaks are
    only wrapping (as in e-texts and e-mail); otherwise every line is a paragraph.
    """
    sep = BLANK_LINE if BLANK_LINE.search(text) else re.compile(r"\n")
    spans, pos = [], 0
    for m in [*sep.finditer(text), None]:
        end = m.start() if m else len(text)
        start = pos
        while start < end and text[start].isspace():
            start += 1
        stop = end
        while stop > start and text[stop - 1].isspace():
            stop -= 1
        if start < stop:
            spans.append((start, stop))
        pos = m.end() if m else len(text)
    return spans
