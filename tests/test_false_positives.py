"""Sentences that look like a report but are not one: the false positives a cue word
invites when its sense or its shape is not that of reporting."""

import pytest
from extracted import rows

RULE_TEXT = ("rule", "text")


@pytest.mark.parametrize(
    "doc",
    [
        "Nonetheless, the mayor sought help from the county.",
        "Through a spokeswoman, the senator declined to comment.",
        "One after another, the three mills declared bankruptcy.",
        "But in June 1998, the plant failed as predicted.",
    ],
)
def test_an_adverbial_before_the_speaker_is_not_a_statement(doc):
    assert all(r[0] != "clause-speaker-cue" for r in rows(doc, RULE_TEXT))


@pytest.mark.parametrize(
    "doc",
    [
        "After a long and costly dispute with its lenders, the bakery chain sought a new loan.",
        "With the budget vote only days away, the governor sought to calm her own party.",
        "As with every earlier complaint against the firm, the director denied the charges.",
    ],
)
def test_a_cue_with_its_own_object_does_not_report_the_clause_before(doc):
    assert all(r[0] != "clause-speaker-cue" for r in rows(doc, RULE_TEXT))


@pytest.mark.parametrize(
    ("doc", "statement"),
    [
        (
            "The new bridge will open in May, the mayor said Tuesday.",
            "The new bridge will open in May",
        ),
        ("Prices will keep rising, officials said.", "Prices will keep rising"),
        ("The vote was rigged, she told reporters.", "The vote was rigged"),
        ("The ferry is safe, the captain said in a statement.", "The ferry is safe"),
    ],
)
def test_a_clause_before_a_speaker_and_cue_is_still_reported(doc, statement):
    assert ("clause-speaker-cue", statement) in rows(doc, RULE_TEXT)


@pytest.mark.parametrize(
    ("doc", "expected"),
    [
        (
            "“The talks will go on,” the senator said on CBS’s “Face the Nation.”",
            ["The talks will go on,"],
        ),
        (
            "“We are ready,” the coach said, showing off the “Go Lakers Go” cap she wore.",
            ["We are ready,"],
        ),
        ("“We are ready,” she said, “and we will win.”", ["We are ready,", "and we will win."]),
        (
            "“Rest well,” the nurse says, so “try to keep calm until the morning.”",
            ["Rest well,", "try to keep calm until the morning."],
        ),
    ],
)
def test_a_quoted_name_after_the_cue_is_not_said(doc, expected):
    assert [r[1] for r in rows(doc, RULE_TEXT)] == expected


def test_a_verb_that_only_tags_quotations_reports_no_clause():
    doc = "“The city is calm,” said the mayor, who returned to the capital after a trip abroad."
    assert rows(doc, RULE_TEXT) == [("quote-cue-speaker", "The city is calm,")]


@pytest.mark.parametrize(
    "doc",
    [
        "The ministry worries so much about stolen phones that guests must leave them at the desk.",
        "Readers want the paper so badly that they will pay for it.",
        "Voters feel so ignored that they will back any outsider.",
    ],
)
def test_a_clause_of_result_is_not_what_was_thought(doc):
    assert rows(doc, RULE_TEXT) == []


def test_a_clause_before_so_that_is_still_what_was_thought():
    doc = "The mayor thinks the plan was so bad that it would fail."
    assert rows(doc, RULE_TEXT) == [
        ("speaker-cue-clause", "the plan was so bad that it would fail")
    ]


@pytest.mark.parametrize(
    ("doc", "expected"),
    [
        ("The senators may want to rethink their vote after this week.", []),
        ("The governor might want to try a new approach to the budget.", []),
        (
            "The senators want to rethink their vote after this week.",
            [("speaker-cue-clause", "to rethink their vote after this week")],
        ),
    ],
)
def test_may_want_to_is_advice_not_a_stance(doc, expected):
    assert rows(doc, RULE_TEXT) == expected


@pytest.mark.parametrize(
    "doc",
    [
        "The new tax is no worse than, say, the old levy on fuel that everyone hated.",
        "It was not so long ago -- oh, say, ten years -- that papers could laugh at such things.",
    ],
)
def test_say_set_off_by_commas_offers_an_example(doc):
    assert rows(doc, RULE_TEXT) == []


def test_say_after_a_comma_still_tags_a_quotation():
    doc = "“The plan is fine,” say the engineers who checked it."
    assert rows(doc, RULE_TEXT) == [("quote-cue-speaker", "The plan is fine,")]


def test_a_comment_after_the_tag_is_the_writers():
    doc = (
        "Children who fled the fighting would be treated as refugees, the senator said, "
        "a policy that could help them stay."
    )
    assert rows(doc, RULE_TEXT) == [
        ("clause-speaker-cue", "Children who fled the fighting would be treated as refugees")
    ]


@pytest.mark.parametrize(
    ("doc", "expected"),
    [
        ("The governor named her deputy when asked to pick a successor for the post.", []),
        ("The mayor stayed calm if told to wait for the results.", []),
        (
            "She thanked one aide while telling another to leave the room at once.",
            [("speaker-cue-clause", "another to leave the room at once")],
        ),
    ],
)
def test_when_asked_the_subject_is_the_one_asked(doc, expected):
    assert rows(doc, RULE_TEXT) == expected


@pytest.mark.parametrize(
    ("doc", "expected"),
    [
        (
            "Beijing wants to build new roads to the coast that avoid the crowded ports.",
            [
                (
                    "speaker-cue-clause",
                    "to build new roads to the coast that avoid the crowded ports",
                )
            ],
        ),
        (
            "The mayor hopes that the bridge will open soon.",
            [("speaker-cue-that", "the bridge will open soon")],
        ),
    ],
)
def test_a_that_after_an_infinitive_belongs_to_the_infinitive(doc, expected):
    assert rows(doc, RULE_TEXT) == expected


@pytest.mark.parametrize(
    "doc",
    [
        "The campaign will air a new ad as soon as Monday in nine states.",
        "He kept stopping mid-sentence, as if bantering with his own notes.",
        "As of the last fundraising report, the challenger had raised more money.",
    ],
)
def test_a_fixed_phrase_with_as_names_no_source(doc):
    assert all(r[0] != "as-said" for r in rows(doc, RULE_TEXT))


def test_as_a_source_noted_still_reports_the_clause():
    doc = "The budget is short of funds, as the mayor noted in March."
    assert rows(doc, RULE_TEXT) == [("as-said", "The budget is short of funds")]


def test_the_question_asked_stops_before_when_it_was_asked():
    doc = (
        "Asked why he had yet to back the mayor during an appearance on a morning show, "
        "Doe said he was waiting."
    )
    assert rows(doc, RULE_TEXT) == [
        ("asked-whether", "why he had yet to back the mayor"),
        ("speaker-cue-clause", "he was waiting"),
    ]


@pytest.mark.parametrize(
    "doc",
    [
        "Both countries belong to the trade group, which writes the rules of commerce.",
        "The old mill closed in the spring, which confirmed what the town had feared.",
    ],
)
def test_a_clause_before_which_is_not_what_which_said(doc):
    assert all(r[0] != "clause-speaker-cue" for r in rows(doc, RULE_TEXT))
