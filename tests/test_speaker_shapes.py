"""Speakers and clause shapes around a speech cue that were once missed.

Every sentence here is invented for the test. Each expected record is the tuple
(text, type, speaker_mention, rule).
"""

import pytest

from tracker.extract import extract

FIELDS = ("text", "type", "speaker_mention", "rule")


def rows(doc: str) -> list[tuple]:
    found = extract(doc)
    for r in found:
        assert doc[r["start"] : r["end"]] == r["text"]
    return [tuple(r[f] for f in FIELDS) for r in found]


@pytest.mark.parametrize(
    "doc, text",
    [
        (
            "Critics say this is only a short pause in the recovery.",
            "this is only a short pause in the recovery",
        ),
        ("Analysts say last is where the team will finish.", "last is where the team will finish"),
    ],
)
def test_this_or_last_opening_a_clause_is_not_a_time_phrase(doc, text):
    assert [r[:2] for r in rows(doc)] == [(text, "indirect")]


@pytest.mark.parametrize(
    "doc, text",
    [
        (
            "The mayor said last night that the bridge would reopen in May.",
            "the bridge would reopen in May",
        ),
        (
            "The mayor said this week that the bridge would reopen in May.",
            "the bridge would reopen in May",
        ),
    ],
)
def test_this_or_last_before_a_noun_of_time_is_still_a_time_phrase(doc, text):
    assert [r[:3] for r in rows(doc)] == [(text, "indirect", "The mayor")]


@pytest.mark.parametrize(
    "doc, mention",
    [
        ("The Ohio Democrat says in a statement that the levy will fail.", "The Ohio Democrat"),
        ("The Texas Republican said the new levy would hurt farmers.", "The Texas Republican"),
    ],
)
def test_a_party_member_is_a_speaker(doc, mention):
    (found,) = rows(doc)
    assert found[2] == mention


def test_party_words_as_adjectives_or_plurals_are_not_speakers():
    assert rows("Although he lost the first vote, his Republican support remains firm.") == []
    assert rows("Plus Democrats are defending several seats in the farm states next year.") == []
