"""Claim categories: what kind of check a statement needs, and the evidence for the label.

``categorize(text, cue)`` tries the rules in ``CATEGORIES`` order and the first that fires
wins (Full Fact's typology, Konstantinovskiy et al. 2021, with "other" split into
commitment, opinion and event). Every cue list is a plain-text file in
``tracker/data/claims/`` and the topics are in ``tracker/data/topics.txt``; both are read
once. See docs/claims.md.
"""

import re
from functools import cache
from pathlib import Path

DATA = Path(__file__).parent / "data"

CATEGORIES = (
    "not_claim",
    "commitment",
    "prediction",
    "causal",
    "quantity",
    "rule",
    "personal_experience",
    "opinion",
    "event",
)
CHECKABLE = {
    "not_claim": "no",
    "commitment": "not_yet",
    "prediction": "not_yet",
    "causal": "yes",
    "quantity": "yes",
    "rule": "yes",
    "personal_experience": "no",
    "opinion": "no",
    "event": "yes",
}

# Statements with fewer words than this, once questions and greetings are gone, are
# fragments; evaluative words make an opinion at this density (hits per word).
MIN_WORDS = 3
EVALUATIVE_DENSITY = 0.05

WORD = re.compile(r"\w+(?:'\w+)*")
SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)]*\s+")
DIGITS = re.compile(r"(?<![\w/:.,-])[$£€]?\d[\d,.]*(?![\w/:-]|[.,]\d)")
YEAR = re.compile(r"(1[5-9]|20)\d\d")
MONTHS = set(
    "january february march april may june july august september october november december"
    " jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
PAST = re.compile(r"\b[a-z]{2,}(?<!e)ed\b")  # regular past forms, not "need" or "indeed"
NAME = re.compile(r"(?<=[a-z0-9,;:)] )(?!I\b)[A-Z][\w'-]*")  # capitalised after the first word
QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"'})


class Lexicon:
    """Phrases from one data file, found case-insensitively on word boundaries.

    A trailing ``*`` matches any word ending; a line starting with ``!`` is a mask: text
    it matches is blanked out first ("the will" keeps "will" from counting as future).
    """

    def __init__(self, phrases):
        self.pattern = re.compile(phrases_regex(p for p in phrases if p[0] != "!"), re.I)
        self.masks = re.compile(phrases_regex(p[1:] for p in phrases if p[0] == "!"), re.I)

    def find(self, text):
        text = blank(self.masks, text)
        return [m.group().lower() for m in self.pattern.finditer(text)]

    def blank(self, text):
        return blank(self.pattern, blank(self.masks, text))


def blank(pattern, text):
    return pattern.sub(lambda m: " " * len(m.group()), text)


def phrases_regex(phrases):
    """Phrases -> one alternation, longest first; spaces and hyphens are flexible."""
    alternatives = []
    for phrase in sorted(set(phrases), key=len, reverse=True):
        stem = phrase.rstrip("*")
        regex = re.escape(stem).replace(r"\ ", r"\s+").replace(r"\-", r"[-\s]?")
        if stem[0].isalnum():
            regex = r"(?<![\w'])" + regex
        if phrase.endswith("*"):
            regex += r"[\w'-]*"
        elif stem[-1].isalnum():
            regex += r"(?![\w'])"
        alternatives.append(regex)
    return "|".join(alternatives) or "(?!)"


def read_lines(path):
    lines = (line.split(" #", 1)[0].strip() for line in path.read_text("utf-8").splitlines())
    return [line.lower() for line in lines if line and not line.startswith("#")]


@cache
def lexicon(name):
    return Lexicon(read_lines(DATA / "claims" / f"{name}.txt"))


@cache
def word_set(*names):
    return frozenset(w for name in names for w in read_lines(DATA / "claims" / f"{name}.txt"))


@cache
def near(first, then, gap, either_order=False):
    """A phrase from file ``first`` followed within ``gap`` words by one from ``then``."""
    a, b = (phrases_regex(read_lines(DATA / "claims" / f"{name}.txt")) for name in (first, then))
    between = rf"(?:\W+[\w'-]+){{0,{gap}}}?\W+"
    regex = rf"(?:{a}){between}(?:{b})"
    if either_order:
        regex += rf"|(?:{b}){between}(?:{a})"
    return re.compile(regex, re.I)


@cache
def topic_patterns():
    """``topic: keyword, keyword`` lines -> [(topic, regex)], plural forms included."""
    keywords = {}
    for line in read_lines(DATA / "topics.txt"):
        topic, _, rest = line.partition(":")
        keywords.setdefault(topic.strip(), []).extend(filter(None, map(str.strip, rest.split(","))))
    return [
        (topic, re.compile(phrases_regex(plurals(phrases)), re.I))
        for topic, phrases in keywords.items()
    ]


def plurals(phrases):
    for phrase in phrases:
        yield phrase
        if phrase.endswith("*"):
            continue
        if phrase.endswith("y") and phrase[-2] not in "aeiou":
            yield phrase[:-1] + "ies"
        else:
            yield phrase + "s"
            yield phrase + "es"


def categorize(text: str, cue: str | None = None) -> dict:
    """Label one statement with its claim category, the cues that fired, flags and topics.

    -> {"category", "checkable", "cues", "flags": {"has_number", "evaluative",
    "loaded_term"}, "topics"}. ``cue`` is the attribution cue if known ("vowed",
    "predicted", "said"); it can decide commitment, prediction or opinion.
    """
    text = (text or "").translate(QUOTES)
    cue = (cue or "").translate(QUOTES)
    category, cues = decide(text, cue)
    return {
        "category": category,
        "checkable": CHECKABLE[category],
        "cues": list(dict.fromkeys(cues)),
        "flags": {
            "has_number": bool(numbers(text)),
            "evaluative": bool(evaluative_words(text)),
            "loaded_term": bool(lexicon("loaded_terms").find(text)),
        },
        "topics": [topic for topic, pattern in topic_patterns() if pattern.search(text)],
    }


def decide(text, cue):
    """-> (category, cues) for the first rule in CATEGORIES order that fires."""
    claim = " ".join(s for s in SENTENCE_END.split(text) if not is_question(s))
    fillers = lexicon("not_claim").find(claim)
    claim = lexicon("not_claim").blank(claim)
    reported = text[:1].islower()  # "the visit would help", as a clause after "said that"
    if len(WORD.findall(claim)) < MIN_WORDS:
        return "not_claim", fillers + (["?"] if "?" in text else [])
    rules = (
        (
            "commitment",
            lambda: cue_hits(cue, "commitment_cues") + lexicon("commitment").find(claim),
        ),
        (
            "prediction",
            lambda: (
                cue_hits(cue, "prediction_cues")
                + lexicon("prediction").find(claim)
                + (lexicon("prediction_reported").find(claim) if reported else [])
            ),
        ),
        ("causal", lambda: lexicon("causal").find(claim)),
        ("quantity", lambda: quantity_cues(claim)),
        ("rule", lambda: rule_cues(claim)),
        ("personal_experience", lambda: lexicon("experience").find(claim)),
        ("opinion", lambda: opinion_cues(claim, cue)),
    )
    for category, find in rules:
        cues = find()
        if cues:
            return category, cues
    anchors = event_anchors(claim)
    return ("event", anchors) if anchors else ("opinion", [])


def is_question(sentence):
    return sentence.rstrip(" \"')").endswith("?")


def cue_hits(cue, name):
    return lexicon(name).find(cue) if cue else []


def numbers(text):
    """-> [(number, is_amount)]: digits and number words; labels and dates are not amounts."""
    found = [(m, True) for m in DIGITS.finditer(text)]
    found += [(m, True) for m in lexicon("numbers").pattern.finditer(text)]
    labels = word_set("number_labels")
    result = []
    for m, _ in sorted(found, key=lambda f: f[0].start()):
        before = WORD.findall(text[max(0, m.start() - 20) : m.start()])[-1:]
        after = WORD.findall(text[m.end() : m.end() + 12])[:1]
        near = {w.lower() for w in before + after}
        token = m.group()
        label = bool(near & MONTHS) or (before and before[0].lower() in labels)
        label = label or bool(YEAR.fullmatch(token))
        result.append((token, not label))
    return result


def quantity_cues(claim):
    amounts = [token for token, is_amount in numbers(claim) if is_amount]
    comparisons = near("comparatives", "measures", gap=3, either_order=True).finditer(claim)
    return amounts + lexicon("quantity").find(claim) + [m.group().lower() for m in comparisons]


def rule_cues(claim):
    says = near("rule_instruments", "rule_verbs", gap=6).finditer(claim)
    return lexicon("rule").find(claim) + [m.group().lower() for m in says]


def evaluative_words(text):
    """Opinion-lexicon words; capitalised ones after the first word are names (General Lee)."""
    lexicon_words = word_set("opinion_adjectives", "opinion_words")
    tokens = WORD.findall(text)
    return [
        w.lower()
        for i, w in enumerate(tokens)
        if (i == 0 or w.islower()) and w.lower() in lexicon_words
    ]


def opinion_cues(claim, cue):
    markers = cue_hits(cue, "opinion_cues") + lexicon("opinion_markers").find(claim)
    evaluative = evaluative_words(claim)
    if len(evaluative) >= EVALUATIVE_DENSITY * len(WORD.findall(claim)):
        markers += evaluative
    return markers


def event_anchors(claim):
    """What makes a statement checkable: past tense, a name, a time, a number or a topic."""
    anchors = lexicon("event").find(claim) + PAST.findall(claim) + NAME.findall(claim)
    return anchors + [token for token, _ in numbers(claim)]
