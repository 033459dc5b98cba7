"""Load the word lists the heuristics use from ``tracker/data``, once.

Every list is a plain text file a user can read and extend: one entry per line, ``#``
starts a comment, tab-separated columns where a file has several.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources


def _lines(name: str) -> list[list[str]]:
    text = resources.files("tracker").joinpath("data", name).read_text(encoding="utf-8")
    rows = []
    for line in text.splitlines():
        line = line.split("#", 1)[0].rstrip() if not line.startswith("#") else ""
        if line.strip():
            rows.append([c.strip() for c in line.split("\t")])
    return rows


@cache
def words(name: str) -> frozenset[str]:
    """A one-column file as a set of lowercase entries."""
    return frozenset(row[0].lower() for row in _lines(name))


@cache
def function_words() -> frozenset[str]:
    """Words that never name a source: not_names.txt and small_words.txt together."""
    return words("not_names.txt") | words("small_words.txt")


@cache
def statement_times() -> frozenset[str]:
    """Words of time that may follow a statement put out (statement_times.txt, weekdays)."""
    return words("statement_times.txt") | words("weekdays.txt")


@dataclass(frozen=True)
class Cue:
    lemma: str  # "say", "express confidence"
    kind: str  # speech, belief, finding, stance
    frame: str  # clause, object


def _inflect(verb: str) -> set[str]:
    """Regular inflections of a verb lemma: note -> notes, noted, noting."""
    forms = {verb}
    if verb.endswith("e"):
        forms |= {verb + "s", verb + "d", verb[:-1] + "ing"}
    elif verb.endswith("y") and verb[-2:-1] not in set("aeiou"):
        forms |= {verb[:-1] + "ies", verb[:-1] + "ied", verb + "ing"}
    elif verb.endswith(("s", "sh", "ch", "x", "z")):
        forms |= {verb + "es", verb + "ed", verb + "ing"}
    else:
        forms |= {verb + "s", verb + "ed", verb + "ing"}
        if re.search(r"[^aeiou][aeiou][bdgklmnprt]$", verb):  # admit -> admitted
            forms |= {verb + verb[-1] + "ed", verb + verb[-1] + "ing"}
    return forms


@cache
def verb_forms() -> dict[str, str]:
    """Every surface form of every cue verb -> its lemma."""
    irregular = {row[0]: row[1:] for row in _lines("irregular_verbs.tsv")}
    forms: dict[str, str] = {}
    for cue in cues().values():
        verb = cue.lemma.split()[0]
        for form in _inflect(verb) | set(irregular.get(verb, ())):
            forms.setdefault(form, verb)
    for verb, extra in irregular.items():
        for form in _inflect(verb) | set(extra):
            forms.setdefault(form, verb)
    return forms


@cache
def genre_signals() -> dict[str, str]:
    """Word -> "news" or "narrative": the signs tracker.genre counts."""
    return {row[0].lower(): row[1] for row in _lines("genre.tsv")}


@cache
def cues() -> dict[str, Cue]:
    """Cue lemma (one or more words) -> Cue."""
    return {row[0].lower(): Cue(row[0].lower(), row[1], row[2]) for row in _lines("cues.tsv")}


@cache
def cues_by_verb() -> dict[str, list[Cue]]:
    """Verb lemma -> the cues that start with it ("express" -> express confidence, ...)."""
    index: dict[str, list[Cue]] = {}
    for cue in cues().values():
        index.setdefault(cue.lemma.split()[0], []).append(cue)
    return index


def lemma(word: str) -> str | None:
    """The verb lemma of a surface form, or None when it is not a known verb form."""
    return verb_forms().get(word.lower())


@dataclass(frozen=True)
class Role:
    phrase: str
    gender: str  # m, f or -
    kind: str  # honorific, title, role


@cache
def roles() -> dict[str, Role]:
    return {
        row[0].lower().rstrip("."): Role(row[0].lower().rstrip("."), row[1], row[2])
        for row in _lines("roles.tsv")
    }


@cache
def first_names() -> dict[str, str]:
    """First name -> 'm' or 'f'."""
    return {row[0].lower(): row[1] for row in _lines("first_names.tsv")}


@dataclass(frozen=True)
class Pronoun:
    word: str
    gender: str
    number: str
    person: str


@cache
def pronouns() -> dict[str, Pronoun]:
    return {row[0]: Pronoun(*row[:4]) for row in _lines("pronouns.tsv")}
