"""Tokens and the noun phrases that name a speaker.

A :class:`Mention` is a span of text that can be the source of a statement: a name with its
titles ("Deputy Speaker of the Federation Council Inna Svyatenko"), a role ("the Senator"),
a pronoun, an organisation ("the ministry", "O’Malley’s campaign") or an unnamed source
("a senior official"). Parsing works on capitalisation and the word lists in ``tracker/data``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import lexicon

TOKEN = re.compile(r"(?:[^\W\d_]\.){2,}|\d+(?:[.,]\d+)+|[^\W_]+(?:[’'\-][^\W_]+)*|\S")
POSSESSIVE = re.compile(r"[’']s$")
DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its"}
DETERMINERS |= {"our", "another", "one", "two", "three", "several", "some", "many", "other"}
DETERMINERS |= {"both", "all", "most", "several", "few", "no", "any", "each", "every"}
NAME_LINKS = {"de", "da", "del", "della", "der", "van", "von", "bin", "ibn", "al", "le", "la"}
NAME_LINKS |= {"du", "dos", "das", "di", "el", "st"}
SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}
CLOSING_MARKS = {"”", '"', "’", "'", "»"}
DASHES = {"—", "–", "-"}
ROLE_LINKS = {"of", "the", "for", "and", "on", "at", "to", "in", "&"}


@dataclass
class Token:
    text: str
    start: int
    end: int

    @property
    def low(self) -> str:
        return self.text.lower()

    @property
    def is_cap(self) -> bool:
        return self.text[:1].isupper()

    @property
    def is_word(self) -> bool:
        return self.text[:1].isalnum()


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    end = len(text) if end is None else end
    return [Token(m.group(), m.start(), m.end()) for m in TOKEN.finditer(text, start, end)]


@dataclass
class Mention:
    kind: str  # name, role, pronoun, org, anonymous
    start: int
    end: int
    text: str
    name: str | None = None  # the person's or organisation's name as written, no titles
    role: str | None = None  # titles and role words found with it
    gender: str = "-"
    roles: list[str] = field(default_factory=list)  # role lemmas, lowercase ("senator")
    antecedent: Mention | None = None  # what a relative pronoun ("who") stands for


# capitalised modals that, inside a sentence, are names ("George Will wrote", "Will said")
MODAL_NAMES = {"Will"}


def bare(word: str) -> str:
    """A word without a possessive ending or a final period, lowercase."""
    return POSSESSIVE.sub("", word).rstrip(".").lower()


def is_name_word(tok: Token) -> bool:
    """Could this token be part of a person's name?"""
    if not tok.is_cap or not tok.is_word:
        return False
    low = bare(tok.text)
    if low.endswith(("ing", "ed")) and lexicon.lemma(low) is not None:
        return False  # "Speaking on CNBC, …", "Asked about it, …"
    return not (
        (low in lexicon.words("not_names.txt") and tok.text not in MODAL_NAMES)
        or low in lexicon.words("anonymous.txt")
        or (low.endswith("s") and low[:-1] in lexicon.roles())
        or low in lexicon.roles()
        or low in lexicon.words("organisations.txt")
        or low in lexicon.words("places.txt")
    )


def role_at(tokens: list[Token], i: int) -> int:
    """Length in tokens of the longest title/role phrase starting at tokens[i] (0 if none)."""
    roles = lexicon.roles()
    best = 0
    phrase = ""
    for j in range(i, min(i + 4, len(tokens))):
        if tokens[j].text == ".":
            phrase += "."
            continue
        phrase = (phrase + " " + tokens[j].low).strip() if phrase else tokens[j].low
        if phrase.rstrip(".") in roles:
            best = j - i + 1
    if best and best < len(tokens) - i and tokens[i + best].text == ".":
        best += 1  # "Sen." takes its period
    return best


TITLE_CASE_WORDS = 4  # the fewest long words of a headline written in title case
ARTICLES = {"a", "an", "the"}


def title_case(tokens: list[Token], text: str) -> bool:
    """Is this a headline in title case ("Farrow Stands Firm On Ferry Plan"): every word
    longer than three letters capitalised in text, and every lowercase word a small one
    ("of", "to", "the")? Its capitalised runs are no names."""
    words = [t for t in tokens if t.is_word and t.text.isalpha()]
    written = [text[t.start : t.end] for t in words]
    small = lexicon.words("small_words.txt") | ARTICLES
    long_words = [w for w in written if len(w) > 3]
    return len(long_words) >= TITLE_CASE_WORDS and all(
        w[:1].isupper() or w in small for w in written
    )


def parse_name_run(tokens: list[Token]) -> tuple[int, int] | None:
    """(first, last+1) token indexes of the person's name at the end of a run of words.

    The name is the longest tail of the run made of name words (up to four, plus a
    suffix such as Jr.): "Deputy Speaker of the Federation Council Inna Svyatenko" -> "Inna
    Svyatenko"; "President of State Affairs Kim Jong-un" -> "Kim Jong-un".
    """
    end = len(tokens)
    while end and (tokens[end - 1].text in {".", ","} or bare(tokens[end - 1].text) in SUFFIXES):
        end -= 1
    start = end
    while start > 0 and end - start < 4:
        tok = tokens[start - 1]
        if is_name_word(tok) or (tok.low in NAME_LINKS and start - 1 > 0 and start < end):
            start -= 1
        elif len(tok.text) == 2 and tok.text[0].isupper() and tok.text[1] == ".":
            start -= 1  # a middle initial written as one token
        elif tok.text == "." and start >= 2 and len(tokens[start - 2].text) == 1:
            start -= 2  # a middle initial: "George W. Bush"
        else:
            break
    while start < end and tokens[start].low in NAME_LINKS:
        start += 1
    for k in range(max(0, start - 3), start):  # "Chief Executive Tom Berg": not "Executive"
        title_end = k + role_at(tokens, k)
        if start < title_end < end:
            start = title_end
    if start == end:
        return None
    return start, end


def gender_of(name_tokens: list[Token], role_words: list[str]) -> str:
    for word in role_words:
        role = lexicon.roles().get(word)
        if role and role.gender != "-":
            return role.gender
    if len(name_tokens) > 1 and "-" in name_tokens[1].text and name_tokens[1].text[-1].islower():
        return "-"  # family name first (Kim Jong-un): the first word is not a given name
    if len(name_tokens) > 1:
        return lexicon.first_names().get(bare(name_tokens[0].text), "-")
    return "-"


def skippable(tok: Token) -> bool:
    """Adverbs and auxiliaries that may come between a speaker and the cue."""
    if tok.text in MODAL_NAMES:
        return False
    return tok.low in lexicon.words("skippable.txt") or (
        tok.low.endswith("ly")
        and not tok.is_cap
        and len(tok.low) > 4
        and tok.low not in lexicon.words("ly_nouns.txt")
    )


def _classify_run(tokens: list[Token], text: str) -> Mention | None:
    """A Mention for a run of tokens that is a noun phrase (titles, names, roles)."""
    if not tokens:
        return None
    owner = next(
        (k for k in range(len(tokens) - 2, -1, -1) if POSSESSIVE.search(tokens[k].text)), None
    )
    tail = tokens[owner + 1 :] if owner is not None else []
    plain = all(is_name_word(t) and not POSSESSIVE.search(t.text) for t in tail)
    if owner is not None and tokens[owner].is_cap and 2 <= len(tail) <= 3 and plain:
        named = _classify_run(tail, text)  # "NBC’s Dante Chinni": a name
        if named is not None and named.kind == "name":
            named.role = named.role or POSSESSIVE.sub("", text[tokens[0].start : tokens[owner].end])
            named.start = tokens[0].start
            named.text = text[named.start : named.end]
            return named
    start, end = tokens[0].start, tokens[-1].end
    head = bare(tokens[-1].text)
    first = tokens[0].low
    pron = lexicon.pronouns().get(tokens[-1].low)
    if len(tokens) == 1 and pron and pron.person == "3":
        return Mention("pronoun", start, end, text[start:end], gender=pron.gender)
    if len(tokens) == 1 and pron:
        # "I said", "we said" outside a quote: the author; kept as written, not resolved
        return Mention("pronoun", start, end, text[start:end])
    name_span = parse_name_run(tokens)
    role_words = _role_words(tokens)
    if name_span and head not in lexicon.words("organisations.txt"):
        a, b = name_span
        name_toks = tokens[a:b]
        prefix = tokens[:a]
        function_words = lexicon.words("not_names.txt") - DETERMINERS
        while prefix and not prefix[0].is_cap and prefix[0].low in function_words:
            prefix = prefix[1:]  # "as Pena Nieto", "then Trump": the word opens no name
        start = prefix[0].start if prefix else name_toks[0].start
        # a lone capitalised word after a determiner is not a name ("the Senate", "a Democrat")
        if not (len(name_toks) == 1 and len(prefix) == 1 and prefix[0].low in DETERMINERS):
            role = _strip_det(text, prefix)
            prefix_words = role
            if role and all(
                lexicon.roles().get(bare(t.text), lexicon.Role("", "-", "")).kind == "honorific"
                for t in prefix
                if t.is_word
            ):
                role = None  # "Dr.", "Mr." are honorifics, not roles
            name = text[name_toks[0].start : name_toks[-1].end]
            return Mention(
                "name",
                name_toks[0].start if not prefix_words else start,
                end,
                text[name_toks[0].start if not prefix_words else start : end],
                name=POSSESSIVE.sub("", name),
                role=role,
                gender=gender_of(name_toks, role_words),
                roles=role_words,
            )
    kind = None
    singular = lexicon.roles().get(head[:-1]) if head.endswith("s") else None
    plural_role = singular is not None and singular.kind != "member"  # not "Democrats"
    if plural_role and not name_span and head not in lexicon.words("organisations.txt"):
        kind = "anonymous"  # "Prosecutors said", "two investigators said"
    if _plural_organisation(head) and not name_span:
        kind = "anonymous"  # "appeals courts said", "several agencies said"
    if head in lexicon.words("anonymous.txt") and (
        first in DETERMINERS
        or len(tokens) == 1
        or first in {"senior", "unnamed"}
        or any(POSSESSIVE.search(t.text) for t in tokens[:-1])  # "Lena Farrow’s critics"
    ):
        kind = "anonymous"
    member = lexicon.roles().get(head, lexicon.Role("", "-", "")).kind == "member"
    if member and len(tokens) == 2 and first in {"his", "her", "their", "its", "our"}:
        return None  # "his Republican support": the party word is an adjective
    if head in lexicon.roles() or any(w == head or w.endswith(" " + head) for w in role_words):
        kind = kind or "role"  # "chief executive": a role phrase ending in the head
    if head in lexicon.words("organisations.txt") or (is_name_word(tokens[-1]) and not role_words):
        kind = "org" if kind in (None, "role") and head not in lexicon.roles() else kind
    if kind is None:
        return None
    if kind == "role" and first not in DETERMINERS and not tokens[0].is_cap:
        if not POSSESSIVE.search(tokens[0].text):  # "the minister’s spokesman" is fine
            return None
    return Mention(
        kind,
        start,
        end,
        text[start:end],
        name=_strip_det(text, tokens) if kind == "org" else None,
        role=_strip_det(text, tokens) if kind == "role" else None,
        gender=gender_of([], role_words),
        roles=role_words,
    )


def _plural_organisation(word: str) -> bool:
    """Is word the plural of an organisation noun ("courts", "agencies")?"""
    organisations = lexicon.words("organisations.txt")
    if word in organisations:
        return False
    if word.endswith("ies"):
        return word[:-3] + "y" in organisations
    return word.endswith("s") and word[:-1] in organisations


def _strip_det(text: str, tokens: list[Token]) -> str | None:
    while tokens and (tokens[0].low in DETERMINERS or tokens[0].text in ",("):
        tokens = tokens[1:]
    while tokens and tokens[-1].text in ",(":
        tokens = tokens[:-1]
    return text[tokens[0].start : tokens[-1].end] if tokens else None


def _role_words(tokens: list[Token]) -> list[str]:
    found, i = [], 0
    while i < len(tokens):
        n = role_at(tokens, i)
        if n:
            found.append(" ".join(t.low for t in tokens[i : i + n] if t.text != ".").rstrip("."))
            i += n
        else:
            i += 1
    return found


SOURCE_LINKS = {"of", "for", "at", "from"}
PRE_ROLE = {"former", "then", "late", "current", "acting", "senior", "top", "chief", "longtime"}
PRE_ROLE |= {"veteran", "outgoing", "incoming", "interim", "retired", "fellow", "rival"}


def _widen_with_role(mention: Mention, tokens: list[Token], start: int, text: str) -> None:
    """Take lowercase role words before a name into the mention: "former congressman Dan
    Maffei", "Republican candidate Ben Carson"."""
    k = start
    while k > 0:
        tok = tokens[k - 1]
        if tok.low in lexicon.roles() and not tok.is_cap:
            k -= 1
        elif tok.low in PRE_ROLE and k < start:
            k -= 1
        elif tok.is_cap and k < start and tokens[k].low in lexicon.roles():
            k -= 1  # "Republican candidate", "Democratic strategist"
        else:
            break
    if k < start:
        role = text[tokens[k].start : tokens[start].start].strip()
        mention.start = tokens[k].start
        mention.text = text[mention.start : mention.end]
        mention.role = mention.role or role
        words = _role_words(tokens[k:start])
        mention.roles = mention.roles + words
        if mention.gender == "-":
            mention.gender = gender_of([], words)


def _widen_with_adjectives(mention: Mention, tokens: list[Token], start: int, text: str) -> None:
    """Take a determiner and up to two lowercase adjectives before an organisation's name
    into the mention: "the nonpartisan Congressional Budget Office"."""
    if not tokens[start].is_cap:
        return  # "an event that Carson says": not a determiner before the name
    k = start
    while k > 0 and start - k < 2 and _np_end(tokens[k - 1]) and not tokens[k - 1].is_cap:
        k -= 1
    if k < start and k > 0 and tokens[k - 1].low in {"the", "a", "an"}:
        mention.start = tokens[k - 1].start
        mention.text = text[mention.start : mention.end]


def _has_verb(tokens: list[Token]) -> bool:
    """Does the phrase hold a cue verb (then it is a clause, not an appositive)?"""
    cues = lexicon.cues()
    lemmas = (
        lexicon.lemma(t.low)
        for n, t in enumerate(tokens)
        if not t.is_cap
        and not (n and tokens[n - 1].low in DETERMINERS)  # "the state union"
        and not (n and t.low == lexicon.lemma(t.low) and _modifier(tokens[n - 1]))
    )
    return any(lemma in cues and cues[lemma].kind == "speech" for lemma in lemmas)


def _modifier(tok: Token) -> bool:
    """Does tok make a bare cue word after it a noun ("a Washington state delegate", "a
    former state senator"), not a verb?"""
    return tok.is_cap or tok.low in PRE_ROLE


def _np_end(tok: Token) -> bool:
    """Can tok end a noun phrase ("businesses", "a group"), not a verb or a small word?"""
    small = lexicon.function_words()
    return (
        tok.is_word
        and not lexicon.lemma(tok.low)
        and tok.low not in small | DETERMINERS
        and not skippable(tok)
    )


def _np_word(tok: Token) -> bool:
    return tok.is_word and (tok.is_cap or tok.low in ROLE_LINKS or tok.low in NAME_LINKS)


def before(tokens: list[Token], i: int, text: str) -> Mention | None:
    """The speaker phrase that ends just before tokens[i] (skipping adverbs), or None;
    "he and Mr. Allen", "teachers and union officials": both sources joined."""
    linked = _linked_source(tokens, i, text)
    if linked is not None:
        return linked
    found = _before(tokens, i, text)
    relative = _relative_subject(tokens, i, text, found)
    if relative is not None:
        return relative
    if found is None or found.kind not in JOINED_KINDS:
        return found
    k = next((n for n, t in enumerate(tokens) if t.start >= found.start), 0)
    if k < 2 or tokens[k - 1].low != "and":
        return found
    left = _before(tokens, k - 1, text)
    if left is None or left.kind not in JOINED_KINDS or left.text.lower() in {"i", "we", "you"}:
        return found
    j = next((n for n, t in enumerate(tokens) if t.start >= left.start), 0)
    if j > 0 and tokens[j - 1].is_word:
        return found  # "… of Lee and Doe said": not the opening of a subject
    found.start = left.start
    found.text = text[found.start : found.end]
    if found.kind == "pronoun":
        found.kind = left.kind
    return found


JOINED_KINDS = {"name", "role", "anonymous", "pronoun"}
RELATIVE_REACH = 20  # tokens from the cue back to "who" in "the judges who ruled … said"


def _relative_subject(
    tokens: list[Token], i: int, text: str, found: Mention | None
) -> Mention | None:
    """ "The judges who ruled that the law was void said": the phrase before "who", with
    its relative clause, when no punctuation parts them from the cue; else None."""
    if found is not None and found.kind in {"pronoun", "relative"}:
        return None
    if i and tokens[i - 1].low in {"and", "or", "but"}:
        return None  # "Doe, who took her arm and said": the relative clause's own verb
    for k in range(i - 1, max(i - RELATIVE_REACH, 0), -1):
        tok = tokens[k]
        if not tok.is_word or tok.text in CLOSING_MARKS:
            return None
        if tok.low not in {"who", "whose"}:
            continue
        if k == i - 1 or tokens[k - 1].text == ",":
            return None  # "…, who said": the relative pronoun itself; an appositive
        head = _before(tokens, k, text)
        if head is None or head.kind not in {"name", "role", "anonymous"}:
            return None
        end = tokens[i - 1].end
        head.end, head.text = end, text[head.start : end]
        return head
    return None


LINK_REACH = 10  # tokens from the cue back to "close to" in "people close to … said"


def _widen_with_link(mention: Mention, tokens: list[Token], end: int, text: str) -> None:
    """ "said an official familiar with the talks": a vague source after the cue takes what
    ties it to the matter, up to the end of its clause."""
    links = {tuple(line.split()) for line in lexicon.words("source_links.txt")}
    if end + 1 >= len(tokens) or (tokens[end].low, tokens[end + 1].low) not in links:
        return
    k = end + 2
    while k < len(tokens) and tokens[k].is_word and k - end < LINK_REACH:
        k += 1
    if k < len(tokens) and tokens[k].text not in {",", ".", ";", "—"}:
        return  # the phrase must end its clause
    mention.end = tokens[k - 1].end
    mention.text = text[mention.start : mention.end]


def _linked_source(tokens: list[Token], i: int, text: str) -> Mention | None:
    """ "people close to the vice president said", "officials familiar with the talks
    say": the vague source and what ties it to the matter, as one phrase; else None."""
    j = i
    while j > 0 and skippable(tokens[j - 1]):
        j -= 1
    links = {tuple(line.split()) for line in lexicon.words("source_links.txt")}
    for m in range(j - 3, max(j - LINK_REACH, 0) - 1, -1):
        if not tokens[m + 1].is_word or tokens[m + 1].text in {",", ";"}:
            return None
        if (tokens[m].low, tokens[m + 1].low) not in links:
            continue
        left = _before(tokens, m, text) if m > 0 else None
        if left is None or left.kind not in {"anonymous", "role"}:
            return None
        end = tokens[j - 1].end
        return Mention(
            left.kind,
            left.start,
            end,
            text[left.start : end],
            role=left.role,
            gender=left.gender,
            roles=left.roles,
        )
    return None


def _before(tokens: list[Token], i: int, text: str) -> Mention | None:
    """The speaker phrase that ends just before tokens[i] (skipping adverbs), or None."""
    j = i
    while j > 0 and skippable(tokens[j - 1]):
        j -= 1
    if j > 1 and tokens[j - 1].low in lexicon.words("weekdays.txt"):
        j -= 1  # "Jane Doe on Monday said", "Jane Doe earlier Thursday said"
        while j > 1 and (skippable(tokens[j - 1]) or tokens[j - 1].low == "on"):
            j -= 1
    j = _before_time_phrase(tokens, j)
    if j == 0:
        return None
    end = j
    if tokens[end - 1].text == ")":  # "Sen. Ted Cruz (R-Texas) said"
        k = end - 1
        while k > 0 and tokens[k].text != "(" and end - k < 8:
            k -= 1
        if tokens[k].text == "(":
            end = k
    if tokens[end - 1].text == ",":
        return _before_appositive(tokens, end, text)
    if tokens[end - 1].text in DASHES and end > 2:
        return _before_dashes(tokens, end, text)
    if end > 2 and tokens[end - 1].text in CLOSING_MARKS and tokens[end - 2].text == ",":
        # "Lee Marsh, the activist known as “Bluebird,” said": a quoted word ends it
        found = _before_appositive(tokens, end - 1, text)
        k = next((n for n in range(end) if found and tokens[n].start >= found.end), None)
        head = tokens[k + 1] if k is not None and k + 1 < end and tokens[k].text == "," else None
        if head is not None and head.is_word and (head.low in DETERMINERS or not head.is_cap):
            return found  # not "In June, “we won,” said Doe": the quote opens no appositive
        return None
    last = tokens[end - 1]
    if POSSESSIVE.sub("", last.low) in {"who", "which"} and end >= 2:
        return _relative(tokens, end, text)  # also "who’s argued": who has
    if last.low == "that" and end >= 2 and _np_end(tokens[end - 2]):
        return _relative(tokens, end, text)  # "businesses that warn …": "that" is the subject
    if last.low in lexicon.pronouns():
        return _classify_run(tokens[end - 1 : end], text)
    contracted = contraction(last)
    if contracted is not None:
        # "he’s predicting": he is, not a possessive
        s, e = last.start, last.end - 2
        return Mention("pronoun", s, e, text[s:e], gender=contracted.gender)
    if last.is_cap and POSSESSIVE.search(last.text):
        return None  # "Trump’s" is not the speaker; "Trump’s campaign" has a lowercase head
    if last.is_cap or (last.text == "." and end > 1):
        return _capitalised_source(tokens, end, text)
    if last.low in lexicon.words("not_names.txt") or last.text[0].isdigit():
        return None  # "with his hands and declared": a function word heads no source
    return _lowercase_source(tokens, end, text)


TIME_LEADS = {"this", "last", "next", "the", "that", "past", "same", "early", "late"}
TIME_PREPOSITIONS = {"in", "on", "over", "during", "at"}


def _before_time_phrase(tokens: list[Token], j: int) -> int:
    """Where the speaker ends before a phrase of time that ends at tokens[j] ("Jane Doe
    this month announced", "The groups have in the past said"): j when there is none."""
    k = j - 1
    if k < 2 or tokens[k].is_cap or tokens[k].low not in lexicon.words("time_nouns.txt"):
        return j
    lead = k
    while lead > 0 and k - lead < 2 and tokens[lead - 1].low in TIME_LEADS:
        lead -= 1
    if lead == k:
        return j  # "Doe week said" is no phrase of time
    if lead > 1 and tokens[lead - 1].low in TIME_PREPOSITIONS:
        lead -= 1
    while lead > 1 and skippable(tokens[lead - 1]):
        lead -= 1  # "Wells Fargo just this month announced", "have in the past said"
    return lead


def contraction(tok: Token) -> lexicon.Pronoun | None:
    """The pronoun of "he’s", "she's" (he is, she has), not a possessive; else None."""
    if not POSSESSIVE.search(tok.text):
        return None
    pronoun = lexicon.pronouns().get(POSSESSIVE.sub("", tok.low))
    return pronoun if pronoun is not None and pronoun.person == "3" else None


def _before_appositive(tokens: list[Token], end: int, text: str) -> Mention | None:
    """ "Jane Doe, the health minister, said", "The agency, in a statement, said"."""
    k = end - 2
    while k >= 0 and tokens[k].text != "," and end - k < 40:
        k -= 1
    if k <= 0 or tokens[k].text != ",":
        return None
    appositive = tokens[k + 1 : end - 1]
    if not appositive:
        return None
    if _place_after_town(tokens, k + 1, end - 1):
        return _before_appositive(tokens, k + 1, text)  # "a nurse from Dayton, Ohio, said"
    name = before(tokens, k, text)
    if name is not None and name.start > 0:
        n = next(m for m, t in enumerate(tokens) if t.start >= name.start)
        if n >= 2 and _place_after_town(tokens, n, k):
            return _before_appositive(tokens, n, text)  # "… in Aurora, Colorado, in 2012, said"
    if name is None and k >= 2 and tokens[k - 1].text.isdigit() and tokens[k - 2].text == ",":
        name = before(tokens, k - 2, text)  # "Jane Doe, 39, a nurse from Ohio, said"
    if len(appositive) >= 2 and all(is_name_word(t) for t in appositive):
        named = _classify_run(appositive, text)
        if named is not None and named.kind == "name" and (name is None or name.kind != "name"):
            if name is not None and name.kind == "role":  # "The mayor, Ana Ruiz, said"
                named.role, named.roles = named.role or name.role, named.roles + name.roles
            return named  # "One of the authors of the report, Ari Fleischer, said"
    head = appositive[0]
    relative = head.low in {"who", "whose", "which"}  # "Doe, who told aides …, said"
    comma = next((c for c in range(k - 1, max(k - 40, 0), -1) if tokens[c].text == ","), None)
    if relative and comma is not None and tokens[comma + 1].low in DETERMINERS - {"that"}:
        # "Jane Doe, an official at the agency, which has …, said": the appositive before
        outer = _before_appositive(tokens, k + 1, text)
        if outer is not None and outer.kind in {"name", "role"}:
            name = outer
    long_ok = appositive[0].low in DETERMINERS or relative or not appositive[0].is_cap
    size_ok = len(appositive) <= 16 or (long_ok and name and (name.kind == "name" or relative))
    # "…, forcing her to …," is a participle clause, not an appositive; but "The Journal,
    # citing documents, reported" is one when the source opens its clause
    opens_clause = name is not None and (
        name.start == tokens[0].start
        or _preceded_by(tokens, name.start, {",", "and", "but", ";"} | CLOSING_MARKS)
    )
    participle = head.low.endswith("ing") and not head.is_cap
    if participle and len(appositive) > 1 and appositive[1].low in lexicon.roles():
        participle = False  # "managing director", "acting secretary": a role
    opens_ok = not ((participle and not opens_clause) or head.low in {"to", "and", "but"})
    passive = head.low.endswith("ed") and not head.is_cap  # "Doe, asked about it, said"
    clause = _has_verb(appositive[1:] if passive else appositive)
    if not (name and size_ok and opens_ok) or (clause and not relative):
        return None
    words = _role_words(appositive)
    if name.kind == "name" and words and appositive[0].low not in {"who", "which"}:
        name.role = name.role or _strip_det(text, appositive)
        name.roles = name.roles + words
        if name.gender == "-":
            name.gender = gender_of([], words)
    return name


def _place_after_town(tokens: list[Token], a: int, b: int) -> bool:
    """Is tokens[a:b] a state or country after a town and its comma ("Dayton, Ohio")?"""
    return (
        b - a == 1
        and a >= 2
        and bare(tokens[a].text) in lexicon.words("places.txt")
        and tokens[a - 1].text == ","
        and tokens[a - 2].is_cap
    )


def _before_dashes(tokens: list[Token], end: int, text: str) -> Mention | None:
    """ "Jane Doe — the mayor’s sister — said": the source before an aside set off by
    dashes."""
    k = end - 1
    while k > 0 and tokens[k - 1].text in DASHES:
        k -= 1  # "--"
    k -= 1
    while k > 0 and tokens[k].text not in DASHES and end - k < 40:
        k -= 1
    if k <= 0 or tokens[k].text not in DASHES or k + 1 >= end:
        return None
    while k > 0 and tokens[k - 1].text in DASHES:
        k -= 1
    return before(tokens, k, text) if k > 0 else None


def _preceded_by(tokens: list[Token], start: int, words: set[str]) -> bool:
    """Is the token right before offset start one of words?"""
    earlier = [t for t in tokens if t.end <= start]
    return bool(earlier) and earlier[-1].low in words


def _relative(tokens: list[Token], end: int, text: str) -> Mention:
    """ "Graham, who says …": the relative pronoun, standing for the phrase before it."""
    last = tokens[end - 1]
    k = end - 1
    if tokens[k - 1].text == ",":
        k -= 1
    antecedent = before(tokens, k, text) if k else None
    word = POSSESSIVE.sub("", last.text)  # "who’s argued": who has
    found = Mention("relative", last.start, last.start + len(word), word)
    if antecedent is not None and antecedent.kind in {"name", "org", "role"}:
        found.name, found.role, found.roles = antecedent.name, antecedent.role, antecedent.roles
        found.gender = antecedent.gender
        found.antecedent = antecedent
    return found


def _capitalised_source(tokens: list[Token], end: int, text: str) -> Mention | None:
    """A name with its titles and role ("Deputy Speaker of the Federation Council Inna
    Svyatenko"), an organisation ("the State Department") or a country ("Russia")."""
    last = tokens[end - 1]
    start = end
    while start > 0 and end - start < 32:
        tok = tokens[start - 1]
        in_role = (
            tok.low in lexicon.roles()
            or tok.low == "between"  # "… and head of the Group for Cooperation between …"
            or (tok.low in PRE_ROLE and tokens[start].low in lexicon.roles())
        )
        if not (_np_word(tok) or tok.text in {".", "&"} or tok.low in DETERMINERS or in_role):
            break
        start -= 1
        inside_role = (
            tok.low == "the"
            and start >= 2
            and tokens[start - 1].low in ROLE_LINKS | {"between"}
            and (tokens[start - 2].is_cap or tokens[start - 2].low in lexicon.roles())
        )  # "Speaker of the Federation Council", "head of the Group"
        if tok.low in DETERMINERS and not inside_role:
            break
    # links must sit between capitalised words: trim from the left
    while start < end and (tokens[start].low in ROLE_LINKS - {"the"} or tokens[start].text == "."):
        start += 1
    if start < end and tokens[start].low in lexicon.words("not_names.txt") - DETERMINERS:
        if not role_at(tokens, start):
            start += 1
    found = _classify_run(tokens[start:end], text)
    if found is not None and found.kind == "name" and found.start == tokens[start].start:
        _widen_with_role(found, tokens, start, text)
    if found is not None and found.kind == "org" and found.start == tokens[start].start:
        _widen_with_adjectives(found, tokens, start, text)
    if found is None and end - start == 1 and bare(last.text) in lexicon.words("places.txt"):
        # "Russia said", "Cuban said": a country as a source (or a surname, resolved later)
        name = POSSESSIVE.sub("", last.text)
        found = Mention("org", last.start, last.end, last.text, name=name)
    return found


def _lowercase_source(tokens: list[Token], end: int, text: str) -> Mention | None:
    """A source with a lowercase head: "a senior official", "the ministry", "O’Malley’s
    campaign", "Organizers of the festival", "officials"."""
    start = end
    while start > 0 and end - start < 6:
        tok = tokens[start - 1]
        if not tok.is_word or tok.low in {"that", "which", "who"}:
            break  # "… that officials said": the relative pronoun is not part of the source
        start -= 1
        if POSSESSIVE.search(tok.text) and tok.is_cap:
            while start > 0 and is_name_word(tokens[start - 1]):
                start -= 1  # "Lena Farrow’s campaign"
            if start > 0 and tokens[start - 1].low == "the":
                start -= 1  # "the Federal Reserve’s survey"
            break
        if POSSESSIVE.search(tok.text) and start > 0 and end - start < 5:
            continue  # "the prime minister’s spokesman": go on to the owner's determiner
        if tok.low in DETERMINERS or POSSESSIVE.search(tok.text):
            if start >= 2 and tokens[start - 1].low in SOURCE_LINKS:
                continue  # "Organizers of the festival", "a spokeswoman for the ministry"
            break
    run = tokens[start:end]
    with_phrase = _with_source_phrase(run, text)
    if with_phrase is not None:
        return with_phrase
    if run and run[0].low in PRE_ROLE | {"senior", "unnamed", "anonymous", "several"}:
        return _classify_run(run, text) or _classify_run(run[-1:], text)
    possessive = any(POSSESSIVE.search(t.text) for t in run)
    if run and (run[0].low in DETERMINERS or possessive or len(run) == 1):
        found = _classify_run(run, text)
        relative = any(t.low in {"who", "which", "that", "whom", "whose"} for t in run)
        phrase = run[0].low in DETERMINERS - {"that"} or possessive
        if found is None and phrase and len(run) > 1 and not relative:
            # "the conservative-leaning newspaper", "the cautious candidate", "Lee's allies"
            span = text[run[0].start : run[-1].end]
            found = Mention(
                "description", run[0].start, run[-1].end, span, role=_strip_det(text, run)
            )
        if found is not None:
            return found
    opens = start > 0 and tokens[start - 1].low == "that"  # "… remember that social scientists say"
    if start > 0 and tokens[start - 1].is_word and not opens:
        return None
    # no determiner: take the head alone when it names a source ("officials said"), with
    # the words that qualify it: capitalised ("French officials", "F.B.I. officials"), or
    # any when the phrase opens its clause ("…, transit officials said")
    found = _classify_run(run[-1:], text) if run else None
    if found is not None and found.kind != "pronoun":
        k = len(run) - 1
        function_words = lexicon.function_words()
        while (
            k > 0
            and not lexicon.lemma(run[k - 1].low)
            and (run[k - 1].is_cap or start == 0 or not tokens[start - 1].is_word)
            and run[k - 1].low not in function_words
        ):
            k -= 1
        if k < len(run) - 1:
            found.start = run[k].start
            found.text = text[found.start : found.end]
    return found


def _with_source_phrase(run: list[Token], text: str) -> Mention | None:
    """ "Organizers of the festival", "documents from the archive": classified by the words
    before "of/for/at/from", spanning the whole phrase."""
    links = [n for n, t in enumerate(run) if t.low in SOURCE_LINKS and n > 0]
    if not links:
        return None
    determined = run[0].low in DETERMINERS
    if run[0].low in SOURCE_LINKS:
        return None
    found = _classify_run(run[: links[0]], text)
    kinds = {"anonymous", "role"} if determined else {"anonymous", "role", "description", "org"}
    if found is None or found.kind not in kinds:
        return None
    found.end = run[-1].end
    found.text = text[found.start : found.end]
    if found.kind == "org":
        found.name = _strip_det(text, run)
    return found


OPENERS = {"that", "which", "who", "if", "while", "and", "but", "it", "i", "we", "you", "when"}
OPENERS |= {"as", "because", "although", "though", "so", "what", "how", "why", "where"}
OPENERS |= {"he", "she", "they", "by", "from", "after", "before", "since", "for"}
COPULAS = {"there", "is", "are", "was", "were"}
QUANTITIES = {"percent", "half", "third", "quarter", "majority", "most", "many", "some", "few"}
QUANTITIES |= {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "all"}
QUANTITIES |= {"thirds", "quarters", "dozens", "hundreds", "thousands", "several", "none"}
QUANTITIES |= {"one", "another", "others", "both", "each"}


def opening_phrase(tokens: list[Token], i: int, text: str) -> Mention | None:
    """A short subject that opens the sentence and ends at tokens[i]: "Thirty percent",
    "Organizers of both conventions", "Six in 10 Democratic primary voters"."""
    start = 0
    for k in range(i):
        if tokens[k].text in {",", ";"} or tokens[k].low in {"and", "but", "while"}:
            start = k + 1
    run = tokens[start:i]
    while run and run[0].low in {
        "while",
        "and",
        "but",
        "as",
        "whereas",
        "though",
        "although",
        "since",
    }:
        run = run[1:]
    while run and skippable(run[-1]):
        run = run[:-1]
    if not 1 <= len(run) <= 8 or any(not t.is_word and t.text not in "-%$" for t in run):
        return None
    if any(lexicon.lemma(t.low) for t in run) or run[0].low in OPENERS:
        return None
    if any(t.low in {"after", "before", "since", "from", "by"} for t in run):
        return None  # "One month after …": a time, not a source
    if any(t.low in COPULAS for t in run):
        return None  # "There are 384 pledged delegates": a clause, not a subject
    if run[-1].low in DETERMINERS - QUANTITIES:
        return None  # "One of the authors of that report": the cue word is a noun
    quantity = any(t.text[0].isdigit() or t.low in QUANTITIES for t in run)
    if not quantity and not (len(run) <= 4 and run[-1].low.endswith("s") and not run[-1].is_cap):
        return None
    return Mention(
        "anonymous" if quantity else "description",  # "Thirty percent", "others": vague sources
        run[0].start,
        run[-1].end,
        text[run[0].start : run[-1].end],
        role=text[run[0].start : run[-1].end],
    )


def _source_head(tok: Token) -> bool:
    """Can the lowercase tok head a source after a name ("the Obama administration", "the
    Fox News host", "Clinton aides")?"""
    low = bare(tok.text)
    heads = lexicon.words("organisations.txt") | lexicon.words("anonymous.txt")
    singular = low[:-1] if low.endswith("s") else low
    return (
        low in heads or low in lexicon.roles() or singular in heads or singular in lexicon.roles()
    )


def _after_name(tokens: list[Token], i: int, j: int) -> bool:
    """Has the phrase tokens[i:j] taken a capitalised word (not its determiner)?"""
    return any(t.is_cap and t.low not in DETERMINERS for t in tokens[i:j])


def _modifier_of(tok: Token) -> bool:
    """Does tok make a bare verb form after it a noun ("the state", "Washington state")?"""
    return tok.low in DETERMINERS or (tok.is_cap and not POSSESSIVE.search(tok.text))


def _head_ahead(tokens: list[Token], j: int) -> bool:
    """Do the lowercase words from tokens[j] lead to a source head ("state senator")?"""
    for tok in tokens[j : j + 3]:
        if not tok.is_word or tok.is_cap or skippable(tok) or tok.low.endswith("ed"):
            return False
        if _source_head(tok):
            return True
    return False


PARTICIPLE_LINKS = {"by", "to", "at", "out", "with", "about", "from", "for", "over", "up", "into"}
LY_NAMES = ("elly", "olly", "illy")  # "Kelly", "Connolly", "Reilly": not adverbs


def _not_a_source_start(tokens: list[Token], i: int) -> bool:
    """Is tokens[i] a capitalised function word ("In", "As"), a relative pronoun or a
    sentence adverb ("Ultimately", "Later"): no source's name opens with it?"""
    tok = tokens[i]
    low = tok.low
    function = tok.is_cap and low in lexicon.words("not_names.txt") - DETERMINERS
    function = (function and tok.text not in MODAL_NAMES) or low in {
        "who",
        "whom",
        "whose",
        "which",
    }
    if function and not role_at(tokens, i) and not (i + 1 < len(tokens) and role_at(tokens, i + 1)):
        return True  # but "Mr. Doe", "first lady Jane Doe"
    if not tok.is_cap and low.endswith("ly") and skippable(tok):
        return True  # "wrote sarcastically on Twitter": an adverb, then no source
    nxt = tokens[i + 1].low if i + 1 < len(tokens) else ""
    time = lexicon.words("time_nouns.txt")
    if (low in QUANTITIES or low[:1].isdigit()) and (nxt in time or nxt[:-1] in time):
        return True  # "Eight years ago, he …", "Two weeks later, …": a time, not a source
    if tok.is_cap and low.endswith(("ing", "ed")) and nxt in PARTICIPLE_LINKS:
        if len(low) > 5 and low not in lexicon.first_names():
            return True  # "Looking out at the crowd, Doe …", "Chastened by it, Doe …"
    adverb = (
        tok.is_cap
        and low.endswith("ly")
        and len(low) > 4
        and not low.endswith(LY_NAMES)
        and low not in lexicon.words("ly_nouns.txt")
        and low not in lexicon.first_names()
    )
    return adverb


def after(tokens: list[Token], i: int, text: str) -> Mention | None:
    """The speaker phrase that starts at tokens[i] ("said Smith", "according to the ministry")."""
    if i >= len(tokens):
        return None
    if tokens[i].is_cap and POSSESSIVE.search(tokens[i].text):
        # "say Lena Farrow’s critics": the phrase the possessive opens, if it names a source;
        # "say Mr. Comey's decision …" is no source; "noted NBC’s Dante Chinni": a name
        named = after(tokens, i + 1, text) if i + 1 < len(tokens) and tokens[i + 1].is_cap else None
        if named is not None and named.kind == "name" and " " in (named.name or ""):
            named.role = named.role or POSSESSIVE.sub("", tokens[i].text)
            named.start = tokens[i].start
            named.text = text[named.start : named.end]
            return named
        j = i + 1
        while j < len(tokens) and tokens[j].is_word and not tokens[j].is_cap and j - i < 4:
            j += 1
        nouns = all(
            not skippable(t)
            and not lexicon.lemma(t.low)
            and ("-" in t.text or not t.low.endswith("ed"))  # "state-owned" is an adjective
            for t in tokens[i + 1 : j]
        )  # not "Lee’s article also attacked Christie"
        if i + 1 < j < len(tokens) and tokens[j].is_cap and nouns:
            named = after(tokens, j, text)  # "said Lee’s campaign manager Ann Pike"
            if named is not None and named.kind == "name" and named.start == tokens[j].start:
                named.role = named.role or text[tokens[i].start : tokens[j - 1].end]
                named.start = tokens[i].start
                named.text = text[named.start : named.end]
                return named
        head = _classify_run(tokens[j - 1 : j], text) if j > i + 1 else None
        if head is None or head.kind not in {"anonymous", "role", "org"}:
            return None
        start = i
        return Mention(
            head.kind,
            tokens[start].start,
            tokens[j - 1].end,
            text[tokens[start].start : tokens[j - 1].end],
        )
    j = i
    if tokens[j].low in lexicon.pronouns():
        return _classify_run(tokens[j : j + 1], text)
    if tokens[j].low in {"that", "this", "which", "whether", "if"}:
        return None  # "insisting that the United States …": a clause, not a source
    if _not_a_source_start(tokens, i):
        return None  # "In a statement", "Ultimately, Doe …": no source here
    if tokens[j].low in DETERMINERS:
        j += 1
    while j < len(tokens) and j - i < 14:
        tok = tokens[j]
        if tok.is_cap or tok.text in {".", "&", "-"} or (tok.low in NAME_LINKS and j > i):
            j += 1
        elif tok.low in ROLE_LINKS and j + 1 < len(tokens) and tokens[j + 1].is_cap and j > i:
            j += 1
        elif tok.is_word and not tok.is_cap and j - i < 5 and tok.low not in ROLE_LINKS:
            # lowercase words of a noun phrase: "a senior official", "the health minister"
            if _after_name(tokens, i, j) and not _head_ahead(tokens, j):
                break  # "Rubio thanked Miami", "Obama passionately rebuked": the name ends
            head_noun = j + 1 >= len(tokens) or not tokens[j + 1].is_word  # "transport report,"
            noun = (
                j > i
                and tok.low == lexicon.lemma(tok.low)
                and _modifier_of(tokens[j - 1])
                and _np_end(tokens[j + 1])
            )  # "the state officials": the verb form modifies the noun after it
            if lexicon.lemma(tok.low) and tok.low not in lexicon.roles() and not head_noun:
                if not noun:
                    break
            if tok.low.endswith("ed") and j > i and tokens[j - 1].is_cap:
                break  # "Clinton attacked Trump": a name and its verb, not a role
            j += 1
        else:
            break
    while j > i and tokens[j - 1].text == ".":
        if role_at(tokens, j - 2) or (j - 2 >= i and len(tokens[j - 2].text) == 1):
            break
        j -= 1
    # the noun phrase ends at its head: the last name, role or organisation word
    for end in range(j, i, -1):
        m = _classify_run(tokens[i:end], text)
        if m:
            if (
                m.kind in {"role", "anonymous"}
                and end + 1 < len(tokens)
                and tokens[end].text == ","
            ):
                named = after(tokens, end + 1, text)  # "said the health minister, Lena Farrow"
                if named is not None and named.kind == "name":
                    named.role = named.role or m.role or _strip_det(text, tokens[i:end])
                    named.roles = named.roles + m.roles
                    if named.gender == "-":
                        named.gender = m.gender
                    return named
            if m.kind in {"role", "anonymous"}:
                _widen_with_link(m, tokens, end, text)
            return m
    if tokens[i].low in DETERMINERS - {"that", "this"} and j > i + 1:
        # "said the child's nurse", "cried the thin gentleman": a description
        run = tokens[i:j]
        return Mention("description", run[0].start, run[-1].end, text[run[0].start : run[-1].end])
    return None
