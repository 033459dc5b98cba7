"""Acceptance: the seed press release against its hand-made gold (tests/fixtures/seed-gold.jsonl).

Scoring: a predicted statement matches a gold one when their spans, trimmed of quotation
marks, punctuation and space, overlap with a Jaccard index of at least 0.5 (one-to-one,
best pairs first). The speaker is right when the predicted speaker is the gold full name.
"""

import json
from pathlib import Path

import pytest
import sqlite_utils
from click.testing import CliRunner

from tracker.cli import cli
from tracker.extract import extract

ROOT = Path(__file__).parent.parent
SEED = ROOT / "seeds" / "federation-council-dprk.txt"
GOLD = json.loads((Path(__file__).parent / "fixtures" / "seed-gold.jsonl").read_text("utf-8"))
TRIM = " \t\n\r\u00a0.,;:!?\"'“”‘’„«»‹›"


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in TRIM:
        start += 1
    while end > start and text[end - 1] in TRIM:
        end -= 1
    return start, end


def jaccard(a: tuple[int, int], b: tuple[int, int]) -> float:
    overlap = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    union = (a[1] - a[0]) + (b[1] - b[0]) - overlap
    return overlap / union if union else 0.0


def match(text: str, gold: list[dict], predicted: list[dict]) -> dict[int, int]:
    """gold index -> predicted index, one-to-one, best Jaccard first."""
    pairs = []
    for g, gq in enumerate(gold):
        for p, pq in enumerate(predicted):
            score = jaccard(trim(text, gq["start"], gq["end"]), trim(text, pq["start"], pq["end"]))
            if score >= 0.5:
                pairs.append((score, g, p))
    matched, used = {}, set()
    for _, g, p in sorted(pairs, key=lambda t: (-t[0], t[1], t[2])):
        if g not in matched and p not in used:
            matched[g] = p
            used.add(p)
    return matched


def attribution_f1(text, gold, predicted) -> float:
    matched = match(text, gold, predicted)
    right = sum(1 for g, p in matched.items() if predicted[p]["speaker"] == gold[g]["speaker"])
    precision = right / len(predicted) if predicted else 0.0
    recall = right / len(gold) if gold else 0.0
    return 2 * precision * recall / (precision + recall) if right else 0.0


def paragraph_of(text: str, offset: int) -> int:
    """1-based paragraph (line) number of an offset in the seed."""
    return text.count("\n", 0, offset) + 1


@pytest.fixture(scope="module")
def seed():
    text = SEED.read_text(encoding="utf-8")
    assert text == GOLD["text"], "seeds/ and the gold fixture disagree about the text"
    return text


@pytest.fixture(scope="module")
def predicted(seed):
    return extract(seed, "seed")


@pytest.fixture(scope="module")
def matched(seed, predicted):
    return match(seed, GOLD["quotes"], predicted)


# the scorer itself


def test_scorer_trims_marks_and_matches_one_to_one():
    text = "“We will win,” she said, “and soon.”"
    gold = [{"start": 1, "end": 13, "speaker": "A"}, {"start": 26, "end": 35, "speaker": "A"}]
    predicted = [
        {"start": 0, "end": 14, "speaker": "A"},  # with the marks and comma: same span
        {"start": 0, "end": 14, "speaker": "A"},  # a duplicate cannot match twice
    ]
    assert match(text, gold, predicted) == {0: 0}
    assert attribution_f1(text, gold, predicted) == pytest.approx(0.5)
    assert jaccard((0, 10), (5, 15)) == pytest.approx(5 / 15)


# the acceptance case


def test_gold_has_16_statements_by_3_speakers():
    assert len(GOLD["quotes"]) == 16
    assert {q["speaker"] for q in GOLD["quotes"]} == {
        "Inna Svyatenko",
        "Lee Cheol",
        "Vladimir Dzhabarov",
    }


def test_every_gold_statement_is_found(seed, matched):
    missing = [q["text"][:60] for g, q in enumerate(GOLD["quotes"]) if g not in matched]
    assert missing == []


@pytest.mark.parametrize("g", range(16))
def test_each_statement_has_the_full_speaker_name(seed, predicted, matched, g):
    gold = GOLD["quotes"][g]
    assert g in matched, f"not found: {gold['text'][:60]}"
    assert predicted[matched[g]]["speaker"] == gold["speaker"]


def test_attribution_f1(seed, predicted):
    assert attribution_f1(seed, GOLD["quotes"], predicted) >= 0.95


def test_no_statement_without_a_speaker(predicted):
    assert [r["text"][:40] for r in predicted if not r["speaker"]] == []


def test_offsets_point_into_the_seed(seed, predicted):
    assert all(seed[r["start"] : r["end"]] == r["text"] for r in predicted)


def _by_mention(seed, predicted, mention, paragraph):
    return [
        r
        for r in predicted
        if r["speaker_mention"] == mention and paragraph_of(seed, r["start"]) == paragraph
    ]


def test_the_senator_is_svyatenko_in_the_4th_paragraph(seed, predicted):
    [record] = _by_mention(seed, predicted, "the Senator", 4)
    assert record["speaker"] == "Inna Svyatenko"
    assert seed[record["speaker_start"] : record["speaker_end"]] == "the Senator"
    assert record["text"].startswith("The signing in 2024")


def test_the_senator_is_dzhabarov_in_the_11th_paragraph(seed, predicted):
    records = _by_mention(seed, predicted, "The Senator", 11)
    assert records, "no statement attributed to “The Senator” in the 11th paragraph"
    assert {r["speaker"] for r in records} == {"Vladimir Dzhabarov"}
    [indirect] = [r for r in records if r["type"] == "indirect"]
    assert indirect["text"].startswith("interparliamentary dialogue")


def test_he_is_the_last_speaker(seed, predicted):
    said = _by_mention(seed, predicted, "he", 8)
    assert [(r["speaker"], r["text"][:5]) for r in said] == [("Lee Cheol", "Today")]
    noted = _by_mention(seed, predicted, "He", 13)
    assert [r["speaker"] for r in noted] == ["Vladimir Dzhabarov", "Vladimir Dzhabarov"]


@pytest.mark.parametrize(
    "paragraph, speaker",
    [(5, "Inna Svyatenko"), (10, "Vladimir Dzhabarov"), (11, "Vladimir Dzhabarov")],
)
def test_quote_without_its_own_attribution_goes_to_the_last_speaker(
    seed, predicted, matched, paragraph, speaker
):
    unattributed = [
        g
        for g, q in enumerate(GOLD["quotes"])
        if q["speaker_mention"] is None and paragraph_of(seed, q["start"]) == paragraph
    ]
    assert len(unattributed) == 1
    [g] = unattributed
    assert g in matched
    record = predicted[matched[g]]
    assert (record["type"], record["speaker"]) == ("direct", speaker)


def test_ingest_stores_the_three_speakers_with_full_names(tmp_path, seed):
    db_path = tmp_path / "quotes.db"
    (tmp_path / "seed.txt").write_text(seed, encoding="utf-8")
    result = CliRunner().invoke(cli, ["ingest", str(db_path), str(tmp_path / "seed.txt")])
    assert result.exit_code == 0, result.output
    db = sqlite_utils.Database(db_path)
    counts = db.query("select speaker, count(*) as n from quotes_view group by 1 order by 1")
    assert [(r["speaker"], r["n"]) for r in counts] == [
        ("Inna Svyatenko", 7),
        ("Lee Cheol", 2),
        ("Vladimir Dzhabarov", 7),
    ]
    roles = {r["name"]: r["role"] for r in db["speakers"].rows}
    assert roles["Inna Svyatenko"] == "Deputy Speaker of the Federation Council"


@pytest.mark.parametrize("name", ["Lee Cheol", "Vladimir Dzhabarov"])
def test_long_roles_are_kept_whole(predicted, name):
    [gold_role] = [s["role"] for s in GOLD["speakers"] if s["name"] == name]
    assert {r["speaker_role"] for r in predicted if r["speaker"] == name} == {gold_role}
