"""Statements whose source goes unnamed: a question put by an asker not named, and what
was "reportedly" done. Every sentence here is invented for the test."""

import pytest

from tracker.extract import extract


def rows(doc: str) -> list[tuple]:
    found = extract(doc)
    for r in found:
        assert doc[r["start"] : r["end"]] == r["text"]
    return [(r["text"], r["speaker"], r["speaker_mention"], r["rule"]) for r in found]


@pytest.mark.parametrize(
    "doc, question",
    [
        (
            "Asked whether the long wait had been hard for the mayor, Jane Doe said it was.",
            "whether the long wait had been hard for the mayor",
        ),
        (
            "Jane Doe was once asked which of her rivals she feared the most.",
            "which of her rivals she feared the most",
        ),
        (
            "The actress was asked if she had ever been treated unfairly.",
            "if she had ever been treated unfairly",
        ),
        (
            "He looked uneasy when asked about his brother’s work for the campaign.",
            "his brother’s work for the campaign",
        ),
        (
            "But when asked how she would define the “old guard” - the term used by Lee - "
            "Doe fought back.",
            "how she would define the “old guard”",
        ),
    ],
)
def test_a_question_put_by_an_unnamed_asker(doc, question):
    assert rows(doc)[0] == (question, None, None, "asked-question")


def test_asked_with_a_request_or_a_named_asker_is_not_an_unnamed_question():
    found = rows("She was asked to resign by the board last week.")
    assert all(r[3] != "asked-question" for r in found)
    found = rows("When asked by a reporter whether the bridge would open, Doe said it would.")
    assert all(r[3] != "asked-question" for r in found)


def test_the_question_ends_before_the_answer_and_its_speaker():
    doc = "Asked about that vote specifically, Lena Farrow pointed to her record on roads."
    assert rows(doc) == [
        ("that vote specifically", None, None, "asked-question"),
        ("her record on roads", "Lena Farrow", "Lena Farrow", "speaker-cue-clause"),
    ]


@pytest.mark.parametrize(
    "doc, text",
    [
        (
            "The senator reportedly reacted to the ruling by tearing up his ballot.",
            "reacted to the ruling by tearing up his ballot",
        ),
        (
            "Both firms have reportedly looked at the company and passed.",
            "looked at the company and passed",
        ),
    ],
)
def test_what_was_reportedly_done(doc, text):
    assert rows(doc) == [(text, None, None, "reportedly")]


def test_reportedly_before_a_cue_verb_or_an_auxiliary_reports_nothing_new():
    assert rows("The governor reportedly has lived like a king for years.") == []
    (found,) = rows("Tom Reyes reportedly said the bridge would reopen in May.")
    assert found[1:] == ("Tom Reyes", "Tom Reyes", "speaker-cue-clause")
