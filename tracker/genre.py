"""Genre: is a document news (the default) or narrative fiction?

Fiction is read differently: its narration is full of "she felt that …" and "he knew
…", which are not claims anyone made, so only quoted speech is attributed in it (the
convention of literary quotation corpora such as LitBank). A document can say what it is
(a JSONL ``genre`` field, or ``--genre``); otherwise :func:`detect` decides from the words
listed in ``tracker/data/genre.tsv``, and only calls a text fiction when the signs are
clear: a long text with plenty of narration words and few marks of news.
"""

from __future__ import annotations

import re

from . import lexicon

GENRES = ("news", "fiction")
MIN_WORDS = 300  # shorter texts are too short to judge: they stay news
MIN_NARRATIVE = 1.0  # narration words per hundred words
NARRATIVE_OVER_NEWS = 2.0  # at least this many times the rate of news words

WORD = re.compile(r"[A-Za-z]+|\d[\d,.]*")
ALIASES = {"novel": "fiction", "literature": "fiction", "story": "fiction", "article": "news"}


def rates(text: str) -> tuple[float, float, int]:
    """(news words, narration words) per hundred words, and the number of words."""
    signals = lexicon.genre_signals()
    news = narrative = total = 0
    for m in WORD.finditer(text):
        total += 1
        word = m.group()
        if word[0].isdigit():
            news += 1
            continue
        kind = signals.get(word.lower())
        if kind == "news":
            news += 1
        elif kind == "narrative":
            narrative += 1
    per = 100 / total if total else 0.0
    return news * per, narrative * per, total


def detect(text: str) -> tuple[str, str]:
    """("news" or "fiction", why) for a text that does not say what it is."""
    news, narrative, total = rates(text)
    why = f"detected: {narrative:.2f} narration and {news:.2f} news words per 100 of {total}"
    fiction = (
        total >= MIN_WORDS
        and narrative >= MIN_NARRATIVE
        and narrative >= NARRATIVE_OVER_NEWS * news
    )
    return ("fiction" if fiction else "news"), why


def normalise(value) -> str | None:
    """A genre given by a document or a user, as "news" or "fiction"; None when unknown."""
    if not isinstance(value, str):
        return None
    value = value.strip().lower()
    value = ALIASES.get(value, value)
    return value if value in GENRES else None


def decide(text: str, given=None) -> tuple[str, str]:
    """The genre to read a document as, and why: the one given, else :func:`detect`."""
    genre = normalise(given)
    if genre is not None:
        return genre, "given"
    return detect(text)
