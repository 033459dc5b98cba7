"""Score extraction against gold annotations, for users who annotate their own data.

Gold is JSONL, one document a line: ``{"id", "text", "source"?, "quotes": [{"start", "end",
"speaker", "speaker_start"?, "speaker_end"?, "cue"?, "type"?}]}``. A prediction matches a
gold quote when their spans, trimmed of quote marks, punctuation and blanks, overlap with
a Jaccard ratio of at least 0.5 (pairs taken best first, one to one). A matched speaker is
right when the predicted speaker mention overlaps the gold speaker span (or any gold mention
of the speaking entity, where ``speaker_entities`` lists them), or the names agree (full
name, or surname against full name). Attribution counts a prediction only when both hold.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field

from . import inputs, lexicon

TRIM = " \t\r\n\"'“”‘’«»„‟‹›,.;:!?—–-…()[]"
PRONOUNS = {"he", "she", "they", "i", "we", "you", "it", "him", "her", "them", "who", "which"}


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in TRIM:
        start += 1
    while end > start and text[end - 1] in TRIM:
        end -= 1
    return start, end


def _jaccard(a, b) -> float:
    inter = min(a[1], b[1]) - max(a[0], b[0])
    union = max(a[1], b[1]) - min(a[0], b[0])
    return max(0, inter) / union if union > 0 else 0.0


def pairs(text: str, gold: list[dict], pred: list[dict]) -> list[tuple[int, int]]:
    """One-to-one (gold, prediction) index pairs, best overlap first."""
    g = [_trim(text, q["start"], q["end"]) for q in gold]
    p = [_trim(text, q["start"], q["end"]) for q in pred]
    scored = sorted(
        ((_jaccard(a, b), i, j) for i, a in enumerate(g) for j, b in enumerate(p)), reverse=True
    )
    used_g, used_p, out = set(), set(), []
    for score, i, j in scored:
        if score < 0.5:
            break
        if i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
            out.append((i, j))
    return out


def _name_words(name: str | None) -> list[str]:
    if not name:
        return []
    name = "".join(
        c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c)
    ).lower()
    titles = set(lexicon.roles())
    return [w for w in re.findall(r"[a-z0-9]+", re.sub(r"['’]s\b", "", name)) if w not in titles]


def same_person(a: str | None, b: str | None) -> bool:
    x, y = _name_words(a), _name_words(b)
    if not x or not y:
        return False
    return set(x) <= set(y) or set(y) <= set(x) or x[-1] == y[-1]


def _overlap(a, b) -> bool:
    return None not in (a[0], b[0]) and min(a[1], b[1]) > max(a[0], b[0])


def speaker_right(pred: dict, gold: dict, doc: dict) -> bool | None:
    """None when the gold names no speaker."""
    name = gold.get("speaker")
    if not name:
        return None
    span = (pred.get("speaker_start"), pred.get("speaker_end"))
    entities = doc.get("speaker_entities") or {}
    if gold.get("speaker_id") in entities:
        mentions = entities[gold["speaker_id"]]
        if any(_overlap(span, m) for m in mentions):
            return True
        names = {doc["text"][a:b] for a, b in mentions}
        return any(same_person(pred.get("speaker"), n) for n in names if n.lower() not in PRONOUNS)
    if _overlap(span, (gold.get("speaker_start"), gold.get("speaker_end"))):
        return True
    if name.strip().lower() in PRONOUNS:
        return (pred.get("speaker_mention") or "").strip().lower() == name.strip().lower()
    return same_person(pred.get("speaker"), name) or same_person(pred.get("speaker_mention"), name)


def speech_cue(cue: str | None) -> bool:
    """Is the gold cue a verb of speech (not a belief or finding)? One of its words starts
    with a stem in speech_cue_stems.txt, the shared scorer's list."""
    if not cue:
        return False
    stems = lexicon.words("speech_cue_stems.txt")
    return any(word.startswith(stem) for word in re.findall(r"\w+", cue.lower()) for stem in stems)


def _prf(tp: int, npred: int, ngold: int) -> tuple[float, float, float]:
    p = tp / npred if npred else 0.0
    r = tp / ngold if ngold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


@dataclass
class Tally:
    gold: int = 0
    pred: int = 0
    matched: int = 0
    with_speaker: int = 0
    speaker_checked: int = 0
    speaker_right: int = 0
    speech: list[int] = field(default_factory=lambda: [0, 0])
    rules: dict = field(default_factory=lambda: defaultdict(lambda: [0, 0, 0]))

    def add(self, doc: dict, preds: list[dict]) -> None:
        golds = doc.get("quotes") or []
        self.gold += len(golds)
        self.pred += len(preds)
        self.with_speaker += sum(1 for q in golds if q.get("speaker"))
        is_speech = [speech_cue(q.get("cue")) for q in golds]
        self.speech[0] += sum(is_speech)
        for p in preds:
            self.rules[p.get("rule") or "?"][0] += 1
        for i, j in pairs(doc["text"], golds, preds):
            self.matched += 1
            self.speech[1] += is_speech[i]
            rule = self.rules[preds[j].get("rule") or "?"]
            rule[1] += 1
            right = speaker_right(preds[j], golds[i], doc)
            if right is not None:
                self.speaker_checked += 1
                self.speaker_right += right
                rule[2] += right

    def figures(self) -> dict:
        sp, sr, sf = _prf(self.matched, self.pred, self.gold)
        ap, ar, af = _prf(self.speaker_right, self.pred, self.with_speaker)
        return {
            "gold": self.gold,
            "pred": self.pred,
            "matched": self.matched,
            "span_p": sp,
            "span_r": sr,
            "span_f1": sf,
            "speaker_acc": self.speaker_right / self.speaker_checked
            if self.speaker_checked
            else 0.0,
            "attr_p": ap,
            "attr_r": ar,
            "attr_f1": af,
            "recall_speech_cue": self.speech[1] / self.speech[0] if self.speech[0] else None,
            "rules": {
                rule: {
                    "predicted": n,
                    "precision": m / n if n else 0.0,
                    "attributed": r / n if n else 0.0,
                }
                for rule, (n, m, r) in sorted(self.rules.items(), key=lambda kv: -kv[1][0])
            },
        }


def evaluate(docs, extract, genre: str | None = None) -> tuple[dict, dict]:
    """Figures over all documents, and per source. ``extract(text, id, genre)`` -> records;
    the genre is ``genre`` when given, else the one a document states (see
    inputs.given_genre), else detected."""
    total, by_source = Tally(), defaultdict(Tally)
    for doc in docs:
        preds = extract(doc["text"], str(doc.get("id")), genre or inputs.given_genre(doc))
        total.add(doc, preds)
        by_source[doc.get("source") or "?"].add(doc, preds)
    return total.figures(), {s: t.figures() for s, t in sorted(by_source.items())}
