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

# A statement with a checkable core, no first-person stance and at least this many more
# referents than opinion cues is not an opinion (see opinion_cues).
DENSE = 3
# Statements with fewer words than this, once questions and greetings are gone, are
# fragments (not_claim).
MIN_WORDS = 3

WORDCHAR = re.compile(r"[\w']")
PLAIN = re.compile(r"[a-z]+")
WORD = re.compile(r"\w+(?:'\w+)*")
COMPOUND = re.compile(r"\w+(?:['-]\w+)*")  # far-right is not right
INNER_QUOTE = re.compile(r'"[^"]*"')
# the space after a sentence's end, which keeps its closing quotation mark or bracket
SENTENCE_END = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"'”’)])|(?<=[.!?][\"'”’)][\"'”’)]))\s+")
DIGITS = re.compile(r"(?<![\w/:.,-])[$£€]?\d(?:[\d,.]*\d)?(?![\w/:]|[.,]\d)")
YEAR = re.compile(r"(1[5-9]|20)\d\d")
MONTHS = set(
    "january february march april may june july august september october november december"
    " jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
PAST = re.compile(r"\b[a-z]{2,}(?<!e)ed\b")  # regular past forms, not "need" or "indeed"
# a capitalised word after the first word of a sentence (or after Mr., Dr., Mrs.)
NAME = re.compile(r"(?:(?<=[a-z0-9,;:)] )|(?<=[MD][rs]\. )|(?<=Mrs\. ))(?!I\b)[A-Z][\w'-]*")
MODAL = r"(?:(?:can|could|would|should|must|might|may|will|shall|wo|ca)(?:n't|not)?|to|not)"
# A change verb in its base form after "to", a modal or "not" proposes a change ("to cut
# taxes", "we should raise wages", "don't raise taxes"); it does not report one.
PROPOSAL = re.compile(
    rf"\b(?:{MODAL}|\w+n't|let's|let us)\s+(?:\w+ly\s+)?"
    r"(?:cut|raise|reduce|lower|increase|decrease|expand|grow|double|triple|halve|boost|slash)\b",
    re.I,
)
# "will" in a relative clause ("a scheme that will close") or after a subordinator ("if
# it will", "what they're going to do") is not the main clause's future.
SUBORDINATE_FUTURE = re.compile(
    r"((?<=\w )(?:that|which|who)\s+"
    r"|\b(?:if|whether|what|how|when|where|why|whatever|unless|until|once)\s+"
    r"(?:[\w'-]+\s+){0,3}?)"
    r"(will|won't|'ll|shall|(?:is|are|was|were|'s|'re)\s+going to)\b",
    re.I,
)
# Past forms that do not report a past event: a participle after a modal or "to" ("can be
# improved", "would have added", "to get it approved"), a present passive or adjective ("we
# are united", "I am concerned"), "have got" (= have), a past subjunctive ("if you had").
NOT_PAST = re.compile(
    rf"\b(?:{MODAL}\s+(?:not\s+)?(?:be|have|have been|get|got)(?:\s+[\w'-]+)??"
    r"\s+[a-z]+(?:ed|en|wn|ne|t)"
    r"|(?:am|is|are|'m|'re)\s+(?:not\s+)?(?:[a-z]+ly\s+)?[a-z]+ed"
    r"|(?:'ve|have|has|'s|'d)\s+got|if\s+(?:[\w']+\s+){1,2}had)\b",
    re.I,
)
# "the President", "the Secretary": a capitalised title after "the" names its holder
OFFICE = re.compile(
    r"\b[Tt]he (?:Vice )?(President|Secretary|Governor|Senator|Speaker|Chairman|Minister|"
    r"Ambassador|Mayor|Prime Minister|Chancellor|Admiral|General|Judge|Justice)\b"
)
EXCLAMATION = re.compile(r"\w[\"')]*!")  # "What a day!", not "!=" or a lone "!"
# An opinion cue that is the speaker's own even in a report of someone else's words
OWN_STANCE = re.compile(r"(?:i|we|i'm|we're|in my|in our|my|our)\b")
FIRST_PERSON = re.compile(r"\bI\b|\bI'[a-z]+")
# "twice" and "thrice" are amounts only before what they multiply
TIMES_OVER = dict.fromkeys(
    ("twice", "thrice"), frozenset("the as that what a an its their our".split())
)
SMALL_NUMBERS = frozenset("two three four five six seven eight nine".split())
QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"'})


class Lexicon:
    """Phrases from one data file, found case-insensitively on word boundaries.

    A trailing ``*`` matches any word ending; a line starting with ``!`` is a mask: text
    it matches is blanked out first ("the will" keeps "will" from counting as future).
    Plain single words are looked up in a set, the rest go into one regular expression.
    """

    def __init__(self, phrases):
        masks = [p[1:] for p in phrases if p[0] == "!"]
        phrases = [p for p in phrases if p[0] != "!"]
        self.words = frozenset(p for p in phrases if PLAIN.fullmatch(p))
        self.pattern = re.compile(phrases_regex(p for p in phrases if p not in self.words), re.I)
        self.masks = re.compile(phrases_regex(masks), re.I)

    def finditer(self, text):
        """Matches as (start, end, lower-cased text), in text order."""
        for m in matches(self.masks, text):
            text = text[: m.start()] + " " * (m.end() - m.start()) + text[m.end() :]
        found = [(m.start(), m.end(), m.group().lower()) for m in matches(self.pattern, text)]
        for m in WORD.finditer(text):
            word = m.group().lower()
            if word in self.words and not any(s <= m.start() < e for s, e, _ in found):
                found.append((m.start(), m.end(), word))
        return sorted(found)

    def find(self, text):
        return [match for _, _, match in self.finditer(text)]

    def blank(self, text):
        for start, end, _ in self.finditer(text):
            text = text[:start] + " " * (end - start) + text[end:]
        return text

    def matches(self, word):
        return word.lower() in self.words or bool(self.pattern.fullmatch(word))


def matches(pattern, text):
    """pattern.finditer(text), less matches that start inside a word."""
    for m in pattern.finditer(text):
        start = m.start()
        if not (start and text[start].isalnum() and WORDCHAR.match(text, start - 1)):
            yield m


def phrases_regex(phrases):
    """Phrases -> one regex, longest match first; spaces and hyphens are flexible.

    The phrases are merged into a letter trie ("i (?:think|believe)"), so the regex engine
    tries one branch per letter instead of every phrase at every position. The word
    boundary before a phrase is checked by the caller (a leading look-behind would stop
    the regex engine from skipping ahead to possible first letters)."""
    trie = {}
    for phrase in set(phrases):
        node = trie
        for char in phrase.rstrip("*"):
            node = node.setdefault(char, {})
        node.setdefault("", set()).add(phrase.endswith("*"))
    return trie_regex(trie, "") if trie else "(?!)"


def trie_regex(node, last):
    """One trie node -> regex: longer continuations first, then the phrase ends here."""
    alternatives = [
        {" ": r"\s+", "-": r"[-\s]?", "*": r"[\w'-]*"}.get(char, re.escape(char))
        + trie_regex(child, char)
        for char, child in sorted(node.items())
        if char
    ]
    ends = node.get("", ())
    if True in ends:
        alternatives.append(r"[\w'-]*")
    if False in ends:
        alternatives.append(r"(?![\w'])" if last.isalnum() else "")
    if len(alternatives) == 1:
        return alternatives[0]
    return "(?:" + "|".join(alternatives) + ")"


def read_lines(path):
    lines = (line.split(" #", 1)[0].strip() for line in path.read_text("utf-8").splitlines())
    return [line.lower() for line in lines if line and not line.startswith("#")]


@cache
def lexicon(name):
    return Lexicon(read_lines(DATA / "claims" / f"{name}.txt"))


@cache
def near(first, then, gap, either_order=False):
    """A phrase from file ``first`` followed within ``gap`` words by one from ``then``."""
    a, b = (phrases_regex(read_lines(DATA / "claims" / f"{name}.txt")) for name in (first, then))
    between = rf"(?:\W+[\w'-]+){{0,{gap}}}?\W+"
    regex = rf"(?<![\w'])(?:{a}){between}(?:{b})"
    if either_order:
        regex += rf"|(?<![\w'])(?:{b}){between}(?:{a})"
    return re.compile(regex, re.I)


@cache
def topic_lexicons():
    """``topic: keyword, keyword`` lines -> [(topic, Lexicon)], plural forms included."""
    keywords = {}
    for line in read_lines(DATA / "topics.txt"):
        topic, _, rest = line.partition(":")
        keywords.setdefault(topic.strip(), []).extend(filter(None, map(str.strip, rest.split(","))))
    return [(topic, Lexicon(list(plurals(phrases)))) for topic, phrases in keywords.items()]


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
    keywords = {topic: keys.find(text) for topic, keys in topic_lexicons()}
    category, cues = decide(text, cue, [k for found in keywords.values() for k in found])
    return {
        "category": category,
        "checkable": CHECKABLE[category],
        "cues": list(dict.fromkeys(cues)),
        "flags": {
            "has_number": bool(numbers(text)),
            "evaluative": bool(evaluative_words(text)),
            "loaded_term": bool(lexicon("loaded_terms").find(text)),
        },
        "topics": [topic for topic, found in keywords.items() if found],
    }


def decide(text, cue, keywords):
    """-> (category, cues) for the first rule in CATEGORIES order that fires.

    ``keywords`` are the topic keywords found in the text (referents for an event)."""
    claim = " ".join(s for s in SENTENCE_END.split(text) if not is_question(s))
    fillers = lexicon("not_claim").find(claim)
    claim = lexicon("not_claim").blank(claim)
    reported = text[:1].islower()  # "the visit would help", as a clause after "said that"
    if len(WORD.findall(claim)) < MIN_WORDS:
        return "not_claim", fillers + (["?"] if "?" in text else [])
    rules = (
        ("commitment", lambda: hits(cue, "commitment_cues") + hits(claim, "commitment")),
        ("prediction", lambda: hits(cue, "prediction_cues") + prediction_cues(claim, reported)),
        ("causal", lambda: causal_cues(claim)),
        ("quantity", lambda: quantity_cues(claim)),
        ("rule", lambda: rule_cues(claim)),
        ("personal_experience", lambda: hits(claim, "experience")),
        ("opinion", lambda: hits(cue, "opinion_cues") + opinion_cues(claim, keywords)),
    )
    for category, find in rules:
        cues = find()
        if cues:
            return category, cues
    anchors = event_anchors(claim, keywords)
    return ("event", anchors) if anchors else ("opinion", [])


def is_question(sentence):
    """A question that asks (a rhetorical one asserts, and is kept)."""
    return sentence.rstrip(" \"')").endswith("?") and not hits(sentence, "rhetorical")


def hits(text, name):
    return lexicon(name).find(text) if text else []


def numbers(text):
    """-> [(number, is_amount)] for digits and number words, in text order.

    Labels ("Article 4"), years, dates and times ("the last eight years", "two weeks ago")
    are not amounts; nor is a small number word with no unit after it ("two main points").
    """
    found = [(m.start(), m.end(), m.group()) for m in DIGITS.finditer(text)]
    found += lexicon("numbers").finditer(text)
    result = []
    for start, end, token in sorted(found):
        before = (WORD.findall(text[max(0, start - 20) : start]) or [""])[-1].lower()
        following = [w.lower() for w in WORD.findall(text[end : end + 30])[:2]] or [""]
        after = following[0]
        label = bool(YEAR.fullmatch(token) or lexicon("number_labels").matches(before))
        label = label or bool({before, after} & MONTHS) or "ago" in following
        label = label or lexicon("time_units").matches(after)
        if token in SMALL_NUMBERS:
            units = ("units", "measures", "numbers")
            label = label or not any(lexicon(name).matches(after) for name in units)
        elif token.lower() in TIMES_OVER:  # "twice the rate", not "think twice"
            label = label or after not in TIMES_OVER[token.lower()]
        result.append((token, not label))
    return result


def causal_cues(claim):
    """Causal connectives, less a bare "because" that gives the speaker's own reasons: one
    that opens the sentence (an answer to "why?") or follows the speaker's stance in it
    ("I'm proud of it, because ...", "we should act, because ...")."""
    found = []
    for sentence in SENTENCE_END.split(claim):
        for start, _, cue in lexicon("causal").finditer(sentence):
            if cue == "because" and speaker_reasons(sentence[:start]):
                continue
            found.append(cue)
    return found


def speaker_reasons(before):
    """Is the clause before a "because" the speaker's stance (or missing)?"""
    return not WORD.search(before) or bool(
        FIRST_PERSON.search(before) or hits(before, "opinion_markers")
    )


def prediction_cues(claim, reported):
    """Future forms in the main clause; "would" and "was going to" in reported speech."""
    main = main_clauses(claim)
    return hits(main, "prediction") + (hits(main, "prediction_reported") if reported else [])


def main_clauses(claim):
    """The claim less its subordinate futures: "will" and "going to" in a relative clause
    ("a scheme that will close ...", "a mayor who will not listen") or after a subordinator
    ("if you will", "whether it will", "what they're going to do") are embedded; the
    main clause says whether the statement is a forecast."""
    return SUBORDINATE_FUTURE.sub(lambda m: m.group(1) + " " * (m.end(2) - m.start(2)), claim)


def quantity_cues(claim):
    """Amounts, quantity words ("percent", "doubled") and comparisons of a measurable noun
    ("unemployment fell"), less proposed changes ("to cut taxes"). A comparison alone in a
    statement with the speaker's own stance ("I think we need more jobs", "I don't think
    taxes are lower") is a judgement, not a quantity claim; an amount still is one."""
    amounts = [token for token, is_amount in numbers(claim) if is_amount]
    unplanned = PROPOSAL.sub(lambda m: " " * len(m.group()), claim)
    comparisons = near("comparatives", "measures", gap=3, either_order=True).finditer(unplanned)
    found = amounts + hits(claim, "quantity")
    comparisons = [m.group().lower() for m in comparisons]
    if comparisons and not found and own_stance(claim):
        return []
    return found + comparisons


def own_stance(claim):
    """The speaker's own stance cues ("I think", "we welcome", "in my view")."""
    return [cue for cue in hits(claim, "opinion_markers") if OWN_STANCE.match(cue)]


def rule_cues(claim):
    says = near("rule_instruments", "rule_verbs", gap=6).finditer(claim)
    return hits(claim, "rule") + [m.group().lower() for m in says]


def evaluative_words(text):
    """Opinion-lexicon words the speaker uses: not inside inner quotation marks (someone
    else's words, scare quotes), not capitalised after the first word (General Lee)."""
    text = lexicon("not_evaluative").blank(INNER_QUOTE.sub(" ", text.strip(' "')))
    words = opinion_lexicon()
    return [
        w.lower()
        for i, w in enumerate(COMPOUND.findall(text))
        if (i == 0 or w.islower()) and w.lower() in words
    ]


@cache
def opinion_lexicon():
    return lexicon("opinion_adjectives").words | lexicon("opinion_words").words


def opinion_cues(claim, keywords):
    """Stance, hedges, evaluation, rhetorical questions, exclamation; none when incidental.

    The speaker's own stance ("I think", "we welcome", "in my view") always counts. In a
    report of someone else's words ("X says the plan is a disaster") nothing else does.
    And without own stance, a statement whose checkable core (see event_anchors) has at
    least DENSE more referents than opinion cues is a report with an evaluative word in
    it ("the Senate passed the bill in 2019 with a strong majority from Ohio and Texas"),
    not an opinion."""
    cues = hits(claim, "rhetorical") + hits(claim, "opinion_markers") + evaluative_words(claim)
    cues += ["!"] * len(EXCLAMATION.findall(INNER_QUOTE.sub(" ", claim)))
    own = [cue for cue in cues if OWN_STANCE.match(cue)]
    if hits(claim, "reporting"):
        cues = own
    if cues and not own and event_anchors(claim, keywords):
        if len({r.lower() for r in referents(claim, keywords)}) >= len(cues) + DENSE:
            return []
    return cues


def referents(claim, keywords):
    """Names (and "the President"), numbers and dates, topic keywords."""
    names = [n for n in NAME.findall(claim) if not lexicon("titles").matches(n.removesuffix("'s"))]
    names += OFFICE.findall(claim)
    return names + [token for token, _ in numbers(claim)] + keywords


def event_anchors(claim, keywords):
    """A checkable core: a stated time, or past tense with a referent (a name, a number or
    date, a topic keyword). -> the anchors, or [] when there is no checkable core."""
    times = hits(claim, "times")
    realis = NOT_PAST.sub(lambda m: " " * len(m.group()), claim)
    tense = hits(realis, "event_verbs") + PAST.findall(realis)
    found = referents(claim, keywords)
    return tense + found + times if times or (tense and found) else []
