"""Extraction never fails on odd text, and its offsets always point into the input."""

import random

import pytest

from tracker.extract import extract
from tracker.speakers import Registry

PIECES = [
    "“", "”", '"', "'", "‘", "’", "«", "»", "„", "''", "``", ",", ".", ":", ";", "?", "!",
    "—", "-", "(", ")", "\n", "\n\n", " ", "  ", "\t", "\u00a0", "[ИН1]", "said", "says",
    "according to", "told reporters", "that", "he", "She", "They", "who", "Mr.", "Dr.",
    "J.", "K.", "A:", "Q:", "Lena", "Farrow", "Kim Jong-un", "the senator", "officials",
    "O’Malley’s", "campaign", "noted", "didn’t", "and", "but", "The", "plan", "would", "fail",
    "2024", "5 percent", "Ben", "of the", "Council", "🙂", "\u200b", "é", "İ",
]  # fmt: skip


def random_document(rng: random.Random) -> str:
    return "".join(rng.choice(PIECES) + rng.choice(["", " "]) for _ in range(rng.randint(0, 80)))


@pytest.mark.parametrize("seed", range(300))
def test_random_text_extracts_with_valid_offsets(seed):
    text = random_document(random.Random(seed))
    for record in extract(text):
        assert 0 <= record["start"] < record["end"] <= len(text)
        assert record["text"] == text[record["start"] : record["end"]]
        if record["speaker_start"] is not None:
            mention = text[record["speaker_start"] : record["speaker_end"]]
            assert mention == record["speaker_mention"]


@pytest.mark.parametrize(
    "text", ["", " ", "\n\n\n", "“", "”“", '"' * 7, "J. said.", "A. B. said it."]
)
def test_degenerate_text(text):
    assert isinstance(extract(text), list)


def test_initials_alone_do_not_name_anyone():
    assert Registry().find_name("J.") is None
    assert Registry().find_name("") is None


@pytest.mark.parametrize(
    "text",
    [
        "‘a " * 2000,  # single opening marks that never close
        "Lena Farrow said the pier would reopen, and " * 300,  # a run-on "sentence"
        "Lena Farrow said the pier would reopen and " * 300,  # ... without commas
        "“" + "word " * 2000 + "” she said.",  # one quotation longer than a unit
    ],
)
def test_hostile_shapes_keep_valid_offsets(text):
    records = extract(text)
    for record in records:
        assert record["text"] == text[record["start"] : record["end"]]
    if text.startswith("“"):
        assert [r["speaker_mention"] for r in records] == ["she"]
