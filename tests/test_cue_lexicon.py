"""Verbs of saying, guessing and showing that the cue lexicon knows, each read with its
frame. Every sentence here is invented for the test."""

import pytest

from tracker.extract import extract


def records(doc: str) -> list[tuple]:
    found = extract(doc)
    for r in found:
        assert doc[r["start"] : r["end"]] == r["text"]
    return [(r["text"], r["speaker_mention"], r["cue"]) for r in found]


@pytest.mark.parametrize(
    "doc, text, speaker, cue",
    [
        (
            "The harbour master speculated that the storm had moved the buoys.",
            "the storm had moved the buoys",
            "The harbour master",
            "speculated",
        ),
        (
            "Ada Voss later clarified that the levy would apply only to new homes.",
            "the levy would apply only to new homes",
            "Ada Voss",
            "clarified",
        ),
        (
            "The mayor lamented that the library had lost half its budget.",
            "the library had lost half its budget",
            "The mayor",
            "lamented",
        ),
        (
            "Economists forecast that the port would reopen by spring.",
            "the port would reopen by spring",
            "Economists",
            "forecast",
        ),
        (
            "The ferry company disclosed that two of its boats had failed inspection.",
            "two of its boats had failed inspection",
            "The ferry company",
            "disclosed",
        ),
        (
            "Some residents wonder whether the new bridge will ever open.",
            "whether the new bridge will ever open",
            "Some residents",
            "wonder",
        ),
    ],
)
def test_more_verbs_of_saying_report_their_clause(doc, text, speaker, cue):
    assert records(doc) == [(text, speaker, cue)]


def test_a_second_report_after_and_implying_is_its_own_statement():
    doc = (
        "The coach warned fans that the season would be hard, implying that the club"
        " would sell its captain."
    )
    assert records(doc) == [
        ("the season would be hard", "The coach", "warned"),
        ("the club would sell its captain", "The coach", "implying"),
    ]


def test_counter_reports_only_next_to_a_quotation():
    assert records("The navy moved to counter the smugglers in the strait.") == []
    assert records("“That is simply wrong,” the minister countered.") == [
        ("That is simply wrong,", "the minister", "countered")
    ]


@pytest.mark.parametrize(
    "doc, text, speaker, cue",
    [
        (
            "The senator touted her record on schools.",
            "her record on schools",
            "The senator",
            "touted",
        ),
        (
            "Critics have lambasted the council for the delays.",
            "the council for the delays",
            "Critics",
            "lambasted",
        ),
        (
            "The union chief decried the cuts as reckless.",
            "the cuts as reckless",
            "The union chief",
            "decried",
        ),
        (
            "Ms. Lund recognizes that the plan has costs.",
            "the plan has costs",
            "Ms. Lund",
            "recognizes",
        ),
        ("She guessed that the box held letters.", "the box held letters", "She", "guessed"),
        ("The guide swore that the path was safe.", "the path was safe", "The guide", "swore"),
    ],
)
def test_stances_and_beliefs_report_their_content(doc, text, speaker, cue):
    assert records(doc) == [(text, speaker, cue)]


@pytest.mark.parametrize(
    "doc, text, speaker, cue",
    [
        (
            "The harbour master declined to say whether the ferry would sail.",
            "whether the ferry would sail",
            "The harbour master",
            "declined to say",
        ),
        (
            "Ms. Ortiz refused to say how much the council had paid.",
            "how much the council had paid",
            "Ms. Ortiz",
            "refused to say",
        ),
        (
            "The coach was not willing to say who would start in goal.",
            "who would start in goal",
            "The coach",
            "willing to say",
        ),
    ],
)
def test_a_refusal_to_say_reports_what_was_left_unsaid(doc, text, speaker, cue):
    assert records(doc) == [(text, speaker, cue)]


@pytest.mark.parametrize(
    "doc, text, speaker, cue",
    [
        (
            "The council delayed the vote, citing concerns about the cost of the bridge.",
            "concerns about the cost of the bridge",
            "The council",
            "citing",
        ),
        (
            "In her speech, the mayor referenced the flood of 1998.",
            "the flood of 1998",
            "the mayor",
            "referenced",
        ),
    ],
)
def test_what_a_speaker_cites_or_refers_to_is_reported(doc, text, speaker, cue):
    assert records(doc) == [(text, speaker, cue)]


@pytest.mark.parametrize(
    "doc, text, speaker, cue",
    [
        (
            "At the hearing, the minister laid out her plan for the harbour.",
            "her plan for the harbour",
            "the minister",
            "laid out",
        ),
        (
            "Parents implored the board to keep the school open.",
            "the board to keep the school open",
            "Parents",
            "implored",
        ),
        (
            "“Not in this town,” the sheriff interjected.",
            "Not in this town,",
            "the sheriff",
            "interjected",
        ),
    ],
)
def test_phrasal_and_pleading_verbs_report(doc, text, speaker, cue):
    assert records(doc) == [(text, speaker, cue)]


def test_a_headline_surname_before_a_colon_speaks_the_headline():
    doc = (
        "Okafor: The harbour levy will not rise this year.\n\n"
        "Port commissioner Ada Okafor told the council on Monday that the budget was sound."
    )
    first = records(doc)[0]
    assert first == ("The harbour levy will not rise this year", "Okafor", ":")


@pytest.mark.parametrize(
    "doc",
    [
        "Update: The harbour levy will not rise this year.\n\nThe council met on Monday.",
        "Okafor: The harbour levy will not rise this year.\n\nThe council met on Monday.",
    ],
)
def test_a_headline_label_not_named_later_is_no_speaker(doc):
    assert records(doc) == []


def test_knocked_is_a_stance_but_not_knocked_out():
    assert records("The senator knocked the mayor’s plan as wasteful.") == [
        ("the mayor’s plan as wasteful", "The senator", "knocked")
    ]
    assert records("The storm knocked out power across the coast.") == []


@pytest.mark.parametrize(
    "doc",
    [
        "There are 384 pledged delegates at stake in the state.",
        "The vote was 611 in favour and 748 opposed to the new rules.",
    ],
)
def test_a_participle_after_a_number_modifies_it_and_reports_nothing(doc):
    assert records(doc) == []


def test_a_participle_after_an_age_still_reports():
    assert records("“Why not?” the 43-year-old asked the panel.")[0][:2] == (
        "Why not?",
        "the 43-year-old",
    )


@pytest.mark.parametrize(
    "doc",
    [
        "The skipper was showing off the new boat to the crowd.",
        "Reporters tried to find out where the minister had gone.",
    ],
)
def test_other_senses_of_show_and_find_report_nothing(doc):
    assert records(doc) == []


@pytest.mark.parametrize(
    "doc",
    [
        "She asked not to be named because she was not allowed to speak.",
        "He asked for anonymity to discuss the talks.",
        "Two officials requested anonymity before the briefing began.",
    ],
)
def test_asking_for_anonymity_reports_nothing(doc):
    assert extract(doc) == []


@pytest.mark.parametrize(
    "doc, text, speaker, cue",
    [
        (
            "“I never paid the rent,” the tenant confessed.",
            "I never paid the rent,",
            "the tenant",
            "confessed",
        ),
        (
            "“But the bridge is closed,” broke in the ferryman.",
            "But the bridge is closed,",
            "the ferryman",
            "broke in",
        ),
        (
            "“And the ferry?” pursued the ferryman.",
            "And the ferry?",
            "the ferryman",
            "pursued",
        ),
        (
            "“Get out of my garden,” the old woman bellowed.",
            "Get out of my garden,",
            "the old woman",
            "bellowed",
        ),
    ],
)
def test_confessing_and_breaking_in_tag_a_quotation(doc, text, speaker, cue):
    assert records(doc) == [(text, speaker, cue)]


@pytest.mark.parametrize(
    "doc",
    [
        "The tenant confessed to the theft on Monday.",
        "Thieves broke in through the kitchen window.",
        "The police pursued the thieves through the kitchen garden.",
    ],
)
def test_confessing_and_breaking_in_report_nothing_without_a_quotation(doc):
    assert records(doc) == []
