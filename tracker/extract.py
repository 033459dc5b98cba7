"""Extraction: a document's text in, its attributed statements out.

A pure function of the text (no I/O, no database), so it can run in any process or on
any worker. Offsets in the records point into the text exactly as given.
"""

from __future__ import annotations

import bisect
import re

from . import attribution, claims, lexicon
from . import mentions as M
from . import text as textmod
from .genre import decide as genre_of
from .speakers import Entity, Registry

CONFIDENCE = {
    "quote-cue-speaker": 0.95,
    "quote-speaker-cue": 0.95,
    "speaker-cue-quote": 0.9,
    "speaker-colon-quote": 0.85,
    "speaker-cue-that": 0.85,
    "speaker-cue-clause": 0.7,
    "clause-speaker-cue": 0.75,
    "clause-cue-speaker": 0.75,
    "clause-speaker-cue-clause": 0.7,
    "according-to": 0.85,
    "in-the-words-of": 0.85,
    "as-put-it": 0.85,
    "as-said": 0.8,
    "asked-by": 0.75,
    "noun-that": 0.7,
    "passive-by": 0.75,
    "quote-dash-speaker": 0.85,
    "speaker-colon": 0.7,
    "relative-speaker-cue": 0.6,
    "quote-continuation": 0.6,
    "dash-dialogue": 0.7,
    "speaker-cue-block": 0.85,
    "asked-whether": 0.7,
    "reportedly": 0.7,
}
BEAT_KINDS = {"name", "pronoun", "role"}  # a person is the subject of an action beat
QUOTE_EDGE = " \n“”\"‘’'.,!?;:—–-"
VOCATIVE_END = {",", "!", "?", "."}  # marks closing a name called out in a line of dialogue
VOCATIVE_START = {",", "“", '"', "‘", "'", "!", "?", "."}
HEADING = re.compile(r"(?i)(chapter|book|part|scene)\s+([0-9]+|[ivxlc]+|[a-z]+)\W*$")
QUOTE_MARKS = ("“", "”", '"', "‘", "''")  # marks of a quotation, not apostrophes
DIALOGUE_GAP = 8  # units within which a line of dialogue still belongs to the conversation
RESOLUTION_FACTOR = {"name": 1.0, "surname": 0.95, "org": 0.95, "anonymous": 0.9}
RESOLUTION_FACTOR |= {
    "relative": 0.9,
    "role": 0.85,
    "pronoun": 0.85,
    "role-speaker": 0.75,
    "continued": 0.9,
    "addressed": 0.85,
    "recent": 0.7,
}


def _scan_names(
    text: str, tokens: list[M.Token], registry: Registry, starts: list[int] | None = None
) -> list[Entity]:
    """Register every full name among a unit's tokens; return the people named, in order
    (and where each name ends, in starts)."""
    people = []
    starts = [] if starts is None else starts
    if M.title_case(tokens, text):
        return people  # "Farrow Stands Firm On Ferry Plan": no full name "Farrow Stands Firm"
    for k, tok in enumerate(tokens):
        nxt = tokens[k + 1] if k + 1 < len(tokens) else None
        if not M.is_name_word(tok):
            continue
        if nxt is not None and (M.is_name_word(nxt) or nxt.low in M.NAME_LINKS):
            continue
        mention = M.before(tokens, k + 1, text)
        if mention and mention.kind == "name" and mention.name and " " in mention.name:
            person = registry.add_name(mention)
            if person:
                people.append(person)
                starts.append(tok.start)
        elif mention and mention.kind == "name" and mention.name:
            person = registry.add_name(mention)  # a surname seen before, or a given name
            if person:
                people.append(person)
                starts.append(tok.start)
    return people


def extract(original: str, document_id: str | None = None, genre: str | None = None) -> list[dict]:
    """Every attributed statement in a document, as dicts in document order.

    ``genre`` is the one the document states ("news", "fiction"; see tracker.genre); when
    it is None or unknown, the genre is detected from the text.
    In fiction only quoted speech is kept: its narration reports no one's claims, and a
    quotation of a character's thought ("“Well!” thought Alice.") is not speech."""
    genre = genre_of(original, genre)[0]
    cleaned = textmod.clean(original)
    text = cleaned.text
    attributor = attribution.Attributor(text, genre)
    fiction = genre == "fiction"
    registry = Registry(given_names=fiction)
    unit_list = list(attributor.statements())
    # names first, so that "Morris" finds "Haley Morris"; the people of each unit are kept
    named_at: list[list[int]] = [[] for _ in unit_list]
    named_in = [
        _scan_names(text, attributor.tokens(unit), registry, named_at[k])
        for k, (unit, _) in enumerate(unit_list)
    ]
    paras = textmod.paragraphs(text)
    para_starts = [start for start, _ in paras]
    records = []
    last_statement_unit = -99
    history: list[tuple] = []  # (entity, mention, paragraph, direct) of each statement
    spans: list[tuple[int, int]] = []  # the text of each statement of the history
    for n, (unit, statements) in enumerate(unit_list):
        para = bisect.bisect_right(para_starts, unit[0])
        for st in statements:
            if len(text[st.start : st.end].strip(attribution.TRAILING + '“”"')) < 2:
                continue
            beat = _action_beat(text, unit_list, n, para_starts, para) if st.turn else None
            if beat is not None and history and history[-1][2] == para - 1:
                if registry.resolve(beat).entity is history[-1][0]:
                    beat = None  # "“No.” Martha sat down.\n\n“…”": the one who spoke last
            if fiction and st.mention is None and st.type == "direct":
                beat = _inline_beat(text, unit_list, n, para_starts, st) or beat
            if st.mention is None and beat is not None:
                # "Tommy nodded.\n\n“Two months ago.”": the person in the beat before speaks
                st.mention = beat
                res = registry.resolve(beat)
                entity, how = res.entity, "action-beat"
                records.append(_record(cleaned, document_id, st, entity, how))
                history.append((entity, st.mention, para, True))
                spans.append((st.start, st.end))
                if entity is not None:
                    registry.note(entity, speaking=True)
                continue
            if st.mention is None:
                recent = history and n - last_statement_unit <= attribution.CONTINUATION_GAP
                reply = _reply(history, para) if fiction and st.turn and history else None
                if fiction and st.turn and history and history[-1][2] == para - 1:
                    reply = _addressed(text, spans[-1], history[-1], registry) or reply
                if st.rule in attribution.UNNAMED_RULES:
                    entity, how = None, "unattributed"  # "Asked whether …": no one named
                elif reply is not None and n - last_statement_unit <= DIALOGUE_GAP:
                    entity, st.mention, how = reply
                elif recent:
                    quoting = any(m in text[slice(*spans[-1])] for m in QUOTE_MARKS)
                    entity, st.mention, how = _continued(history, para, quoting)
                elif st.turn and history and n - last_statement_unit <= DIALOGUE_GAP:
                    entity, st.mention, how = _continued(history, para)  # a dialogue goes on
                elif st.turn:
                    entity, how = None, "unattributed"  # a line of dialogue on its own
                else:
                    continue
                if fiction and st.turn:
                    callee = _addressed(text, (st.start, st.end), (None, None), registry)
                    unknown = entity is None and st.mention is None
                    if callee is not None and (callee[0] is entity or unknown):
                        # "Morning, Walter.": not his own words, but the other one's
                        other = _other(history, callee[0])
                        if other is None:
                            other = _recent_other(registry, callee[0])
                        if other is not None:
                            entity, st.mention, how = other
            else:
                if st.mention.kind == "pronoun":
                    _note_named_before(registry, named_in[n], named_at[n], st, statements)
                res = registry.resolve(st.mention)
                entity, how = res.entity, res.how
            records.append(_record(cleaned, document_id, st, entity, how))
            history.append((entity, st.mention, para, st.type == "direct"))
            spans.append((st.start, st.end))
            if entity is not None:
                registry.note(entity, speaking=True)
        if statements:
            last_statement_unit = n
        elif fiction and para and _heading(text[slice(*paras[para - 1])]):
            history.clear()  # a new chapter or scene: its dialogue owes nothing to the last
            spans.clear()
        for person in reversed(named_in[n]):
            if not statements:
                registry.note(person)
    if fiction:
        return [r for r in records if r["type"] == "direct" and not _thought(r)]
    return records


def _note_named_before(registry: Registry, people: list, starts: list[int], st, quoted) -> None:
    """ "Farrow fired back: “…,” he wrote.": the people named in the sentence before its
    pronoun speaker, outside its statements ("“Ah, Tom!” said she"), are the ones it can
    stand for; the nearest is the most recent."""
    before = [
        person
        for person, start in zip(people, starts, strict=True)
        if start < st.mention.start and not any(q.start <= start < q.end for q in quoted)
    ]
    for person in before:
        registry.note(person)


def _thought(record: dict) -> bool:
    """Is the quotation a character's thought ("“Well!” thought Alice."), not speech?"""
    cue = record["cue"]
    return cue is not None and lexicon.lemma(cue.split()[0]) in lexicon.words("thought_cues.txt")


def _heading(paragraph: str) -> bool:
    """Is a paragraph a heading ("CHAPTER I. THE ROAD", "Chapter 2", "III")?"""
    return not any(c.islower() for c in paragraph) or HEADING.match(paragraph) is not None


def _action_beat(text, unit_list, n: int, para_starts, para: int):
    """The subject of a short narration paragraph right before a line of dialogue ("Tommy
    nodded.", "The girl smiled."), when that paragraph reports nothing itself."""
    if n == 0:
        return None
    prev_unit, prev_statements = unit_list[n - 1]
    if prev_statements or bisect.bisect_right(para_starts, prev_unit[0]) != para - 1:
        return None
    para_start = para_starts[para - 2] if para >= 2 else 0
    if len(text[prev_unit[0] : prev_unit[1]].split()) > 12:
        return None  # only a short sentence closing the paragraph
    if _heading(text[prev_unit[0] : prev_unit[1]]):
        return None
    voice = _voice(text, prev_unit) or _heard(text, prev_unit)
    if voice is not None:
        return voice  # "He heard Mrs. Carey's voice.": she speaks next
    # a sentence ending a longer paragraph: a person only
    kinds = {"name", "pronoun", "role", "description"} if prev_unit[0] == para_start else BEAT_KINDS
    return _beat_subject(text, prev_unit, kinds, skip=True)


def _voice(text, unit) -> M.Mention | None:
    """The one whose voice a sentence of narration hears ("He heard Mrs. Carey's voice.",
    "Then came her voice from the stairs.")."""
    tokens = M.tokenize(text, *unit)
    if any(t.text in QUOTE_MARKS for t in tokens):
        return None
    for i in range(1, len(tokens)):
        if tokens[i].low != "voice":
            continue
        owner = tokens[i - 1]
        if owner.low in {"his", "her"}:
            gender = "m" if owner.low == "his" else "f"
            return M.Mention("pronoun", owner.start, owner.end, owner.text, gender=gender)
        if not M.POSSESSIVE.search(owner.text) or not M.is_name_word(owner):
            return None
        a = i - 1
        while a > 0 and M.is_name_word(tokens[a - 1]):
            a -= 1
        end = owner.end - 2  # without the "'s"
        name = text[tokens[a].start : end]
        start = tokens[a].start
        if a >= 2 and tokens[a - 1].text == "." and tokens[a - 2].is_cap:
            start = tokens[a - 2].start  # "Mrs. Holloway's"
        return M.Mention("name", start, end, text[start:end], name=name)
    return None


def _heard(text, unit) -> M.Mention | None:
    """The one a sentence of narration hears speak ("He heard her speak.", "Then she heard
    Tom calling."): that one speaks the next line."""
    tokens = M.tokenize(text, *unit)
    if any(t.text in QUOTE_MARKS for t in tokens):
        return None
    for i in range(len(tokens) - 2):
        if tokens[i].low not in {"hear", "hears", "heard"}:
            continue
        e = i + 1
        while e < len(tokens) and M.is_name_word(tokens[e]):
            e += 1
        obj = tokens[i + 1]
        if obj.low in {"him", "her"}:
            e = i + 2
        if e == i + 1 or e >= len(tokens) or not _speaking(tokens[e].low):
            return None
        if obj.low in {"him", "her"}:
            gender = "m" if obj.low == "him" else "f"
            return M.Mention("pronoun", obj.start, obj.end, obj.text, gender=gender)
        start, end = obj.start, tokens[e - 1].end
        return M.Mention("name", start, end, text[start:end], name=text[start:end])
    return None


def _speaking(word: str) -> bool:
    """Is word a form of a verb of speaking ("speak", "calling", "whispered")?"""
    lemma = lexicon.lemma(word)
    cue = lexicon.cues().get(lemma or "")
    return lemma in {"speak", "talk"} or cue is not None and cue.kind == "speech"


def _beat_subject(text, unit, kinds: set[str], skip: bool = False) -> M.Mention | None:
    """The subject of a sentence of narration with no quotation in it, when it is a person
    of one of these kinds; with skip, past an opening "And", "Then"."""
    tokens = M.tokenize(text, *unit)
    if any(t.text in '“”"‘’' for t in tokens):
        return None
    k = 0
    while skip and k < len(tokens) - 1 and tokens[k].low in lexicon.words("beat_openers.txt"):
        k += 1
    if skip:
        k = _past_place(tokens, k)
    owner = _owner(tokens, k)
    if owner is not None and "pronoun" in kinds:
        return owner
    mention = M.after(tokens, k, text) if tokens else None
    e = k
    while e < len(tokens) and (M.is_name_word(tokens[e]) or tokens[e].low in M.NAME_LINKS):
        e += 1
    if e > k and (mention is None or mention.kind != "name"):
        named = M.before(tokens, e, text)  # "Harriet shook her head.": the name alone
        mention = named if named is not None and named.kind == "name" else mention
    if mention is None or mention.kind not in kinds:
        return None
    if mention.text.lower() in {"it", "they", "i", "we", "you"}:
        return None
    if any(w.lower() in lexicon.words("beat_stops.txt") for w in mention.text.split()[1:]):
        return None  # "Martha shook her head", "The talk had passed over Manchester"
    return mention


BEAT_SUBJECTS = {"the", "a", "an", "his", "her", "he", "she"}


def _past_place(tokens: list[M.Token], k: int) -> int:
    """Past a short phrase of place opening a beat ("In the hall the doctor stopped.", "At
    the door, Martha turned."): where its subject starts (k itself when none is found)."""
    if k >= len(tokens) or tokens[k].low not in lexicon.words("beat_places.txt"):
        return k
    for m in range(k + 2, min(k + 6, len(tokens) - 1)):
        if tokens[m].text == ",":
            return m + 1
        if tokens[m].low in BEAT_SUBJECTS or M.is_name_word(tokens[m]):
            return m
    return k


def _owner(tokens: list[M.Token], k: int) -> M.Mention | None:
    """ "Her grave eyes met his.", "His voice shook.": the owner of the part of a person
    that is the subject, as a pronoun."""
    if k >= len(tokens) or tokens[k].low not in {"his", "her"}:
        return None
    if not any(t.low in lexicon.words("beat_parts.txt") for t in tokens[k + 1 : k + 4]):
        return None
    tok = tokens[k]
    gender = "m" if tok.low == "his" else "f"
    return M.Mention("pronoun", tok.start, tok.end, tok.text, gender=gender)


def _inline_beat(text, unit_list, n: int, para_starts, st) -> M.Mention | None:
    """In fiction, a line of speech beside a sentence of narration in its own paragraph:
    "He hung the lantern on its nail. “At the Hendersons'.”" (the subject of the sentence
    before it, which reports nothing itself), or "“A broken wrist.” Thomas sat down." (of
    the sentence after a quotation opening its paragraph)."""
    unit = st.unit
    para = bisect.bisect_right(para_starts, unit[0])
    if not text[unit[0] : st.start].strip(QUOTE_EDGE) and n > 0:
        prev_unit, prev_statements = unit_list[n - 1]
        if not prev_statements and bisect.bisect_right(para_starts, prev_unit[0]) == para:
            return _beat_subject(text, prev_unit, BEAT_KINDS, skip=True)
    if st.turn and not text[st.end : unit[1]].strip(QUOTE_EDGE) and n + 1 < len(unit_list):
        next_unit, next_statements = unit_list[n + 1]
        if not next_statements and bisect.bisect_right(para_starts, next_unit[0]) == para:
            return _beat_subject(text, next_unit, BEAT_KINDS, skip=True)
    return None


def _who(entity, mention):
    """Who a statement of the history is, for telling speakers apart: the person, or the
    narrator's "I"; None when unknown."""
    if entity is not None:  # "he" and "she" are two people, whatever they resolved to
        return id(entity), mention.gender if mention is not None else "-"
    if mention is not None and mention.text.lower() == "i":
        return "I"
    return None


def _addressed(text, span: tuple[int, int], last: tuple, registry: Registry):
    """The one the line before calls by name ("Hulloa, Emma!", "Who knows, Aunt Juley,
    who knows?"), who answers it: a known person's name set off by a comma or a mark of
    its own, at the line's start or after a comma."""
    tokens = M.tokenize(text, *span)
    for b, tok in enumerate(tokens):
        if tok.text not in VOCATIVE_END or b == 0 or not M.is_name_word(tokens[b - 1]):
            continue
        mention = M.before(tokens, b, text)
        if mention is None or mention.kind != "name" or not mention.name:
            continue
        a = next(k for k, t in enumerate(tokens) if t.end > mention.start)
        if a > 0 and tokens[a - 1].text not in VOCATIVE_START:
            continue
        person = registry.find_name(mention.name, mention.gender)
        if person is not None and all(M.bare(t.text) in person.parts for t in tokens if t.is_word):
            return None  # "Edith! Edith!": a call, not a word to someone in the conversation
        if person is not None and _who(person, mention) != _who(last[0], last[1]):
            return person, mention, "addressed"
    return None


def _other(history: list[tuple], entity):
    """The last one in the conversation to speak who is not this person."""
    for other, other_mention, _, _ in reversed(history[-8:]):
        if other is not None and other is not entity:
            return other, other_mention, "alternating"
    return None


def _recent_other(registry: Registry, entity):
    """The person last named in the narration who is not this one."""
    for person in reversed(registry.recent):
        if person is not entity:
            return person, None, "recent"
    return None


def _reply(history: list[tuple], para: int):
    """In fiction, a line of dialogue opening the paragraph right after someone else's line
    is the reply of the one that spoke before them: "“Am I late?” asked Tom.\n\n“No.”" is
    the answer of whoever Tom spoke with."""
    entity, mention, last_para, direct = history[-1]
    last = _who(entity, mention)
    if last is None or last_para != para - 1 or not direct:
        return None
    for other, other_mention, other_para, other_direct in reversed(history[-8:-1]):
        who = _who(other, other_mention)
        if other_para < para - 12:
            break  # too far back to be in the same conversation
        if who is not None and who != last and other_direct:
            return other, other_mention, "alternating"
    return None


def _continued(history: list[tuple], para: int, last_quotes: bool = False):
    """Who speaks a quote with no attribution of its own: the last speaker, or in a
    dialogue (two speakers taking turns paragraph by paragraph) the other one."""
    entity, mention, last_para, _ = history[-1]
    if para == last_para and not history[-1][3] and not last_quotes:
        for other, other_mention, other_para, other_direct in reversed(history[-4:-1]):
            if other_para != para:
                break
            if other_direct and other_mention is not None:
                # "“…,” Ash wrote in the email, first reported by the AP. “…”": Ash goes on
                return other, other_mention, "continued"
    if entity is None and mention is None and len(history) >= 2:
        before = history[-2]  # "Asked which …, she said …": the question has no asker
        if before[1] is not None and last_para - 1 <= before[2] <= last_para and not history[-1][3]:
            return before[0], before[1], "continued"
    if para != last_para and len(history) >= 2:
        other, other_mention, other_para, other_direct = history[-2]
        turns = other_para == last_para - 1 and last_para == para - 1
        if turns and other_direct and history[-1][3] and other is not None and other != entity:
            return other, other_mention, "alternating"
    return entity, mention, "continued"


def _record(cleaned, document_id, st: attribution.Statement, entity, how) -> dict:
    original = cleaned.original
    start, end = cleaned.span(st.start, st.end)
    m = st.mention
    if m is not None:
        s_start, s_end = cleaned.span(m.start, m.end)
        mention_text = original[s_start:s_end]
    else:
        s_start = s_end = mention_text = None
    u_start, u_end = cleaned.span(*st.unit)
    claim = claims.categorize(original[start:end], st.cue)
    speaker = entity.name if entity is not None and entity.kind != "anonymous" else None
    return {
        "document_id": document_id,
        "start": start,
        "end": end,
        "text": original[start:end],
        "type": st.type,
        "speaker": speaker,
        "speaker_kind": entity.kind if entity is not None else None,
        "speaker_role": entity.role if entity is not None else None,
        "speaker_mention": mention_text,
        "speaker_start": s_start,
        "speaker_end": s_end,
        "cue": st.cue,
        "cue_kind": st.cue_kind,
        "negated": st.negated,
        "modal": st.modal,
        "category": claim["category"],
        "checkable": claim["checkable"],
        "claim_cues": claim["cues"],
        "flags": claim["flags"],
        "topics": claim["topics"],
        "rule": st.rule,
        "resolution": how,
        "confidence": round(CONFIDENCE.get(st.rule, 0.5) * RESOLUTION_FACTOR.get(how, 0.5), 2),
        "sentence": original[u_start:u_end],
        "sentence_start": u_start,
    }
