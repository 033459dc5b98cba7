"""Cue frames beyond the basic shapes: a participle going on after a quotation, and the
like. Every sentence here is invented for the test."""

import pytest
from extracted import rows

from tracker.extract import extract


def records(doc: str) -> list[tuple]:
    return rows(doc, ("text", "speaker_mention", "rule"))


@pytest.mark.parametrize(
    "doc, first, second",
    [
        (
            "“They plan for years,” she said of the cartel, adding the city must plan as well.",
            ("They plan for years,", "she", "quote-speaker-cue"),
            ("the city must plan as well", "she", "speaker-cue-clause"),
        ),
        (
            "Ida Brandt said: “The ferry was a success,” adding that its fares doubled in a year.",
            ("The ferry was a success,", "Ida Brandt", "speaker-cue-quote"),
            ("its fares doubled in a year", "Ida Brandt", "speaker-cue-that"),
        ),
    ],
)
def test_a_participle_after_a_quotation_goes_on_with_its_speaker(doc, first, second):
    assert records(doc) == [first, second]


@pytest.mark.parametrize(
    "doc, question",
    [
        (
            "Asked whether the ferry would run in winter, Tom Dale said he was sure of it.",
            "whether the ferry would run in winter",
        ),
        (
            "The skipper was once asked which of the harbours she liked best. She smiled.",
            "which of the harbours she liked best",
        ),
        (
            "When asked about her brother's work for the rival campaign, she laughed.",
            "her brother's work for the rival campaign",
        ),
        (
            "But when asked how she would define the “old guard” - a term used by Dale - Ruiz "
            "fought back.",
            "how she would define the “old guard”",
        ),
    ],
)
def test_a_question_put_by_an_unnamed_asker_has_no_speaker(doc, question):
    found = extract(doc)
    asked = [r for r in found if r["rule"] == "asked-whether"]
    assert [(r["text"], r["speaker"], r["speaker_mention"]) for r in asked] == [
        (question, None, None)
    ]


def test_the_question_after_a_quotation_and_its_speaker():
    doc = "“We are ready,” Ana Ruiz said when asked how the city would cope with the storm."
    assert records(doc) == [
        ("We are ready,", "Ana Ruiz", "quote-speaker-cue"),
        ("how the city would cope with the storm", None, "asked-whether"),
    ]


@pytest.mark.parametrize(
    "doc",
    ["The survey asked about 500 voters in the town.", "She was asked to resign by the board."],
)
def test_asked_without_a_question_is_no_unnamed_question(doc):
    assert all(r["rule"] != "asked-whether" for r in extract(doc))


@pytest.mark.parametrize(
    "doc, text",
    [
        (
            "Ana Ruiz has promised to rebuild the pier, while also suggesting that the fares "
            "should fall.",
            "the fares should fall",
        ),
        (
            "Ida Brandt had an answer ready, quickly reminding the crowd that the rival himself "
            "had sold the ferry.",
            "the rival himself had sold the ferry",
        ),
    ],
)
def test_a_participle_after_an_adverb_still_reports(doc, text):
    found = extract(doc)
    assert (found[-1]["text"], found[-1]["rule"]) == (text, "speaker-cue-that")


def test_a_progressive_after_an_adverb_is_no_report():
    assert extract("Tom Dale is now advising the mayor's campaign on the harbour.") == []


@pytest.mark.parametrize(
    "doc, text",
    [
        (
            "Two rival banks have reportedly looked at the ferry line and passed.",
            "looked at the ferry line and passed",
        ),
        (
            "The skipper allegedly shipped the harbour's spare engines to a friend.",
            "shipped the harbour's spare engines to a friend",
        ),
    ],
)
def test_a_hearsay_adverb_reports_the_predicate_without_a_source(doc, text):
    assert records(doc) == [(text, None, "reportedly")]


@pytest.mark.parametrize(
    "doc",
    [
        "The reportedly ailing skipper stayed at home all week.",
        "Two crew members were reportedly injured in the storm last night.",
    ],
)
def test_a_hearsay_adverb_before_an_adjective_or_in_a_passive_is_no_report(doc):
    assert extract(doc) == []


def test_a_hearsay_adverb_before_a_cue_leaves_the_report_to_the_cue():
    doc = "Ida Brandt reportedly said the ferry would be sold."
    assert records(doc) == [("the ferry would be sold", "Ida Brandt", "speaker-cue-clause")]


@pytest.mark.parametrize(
    "doc, text",
    [
        (
            "She left the harbour board years ago after, according to her, the chairman "
            "blocked every plan she made.",
            "the chairman blocked every plan she made",
        ),
        (
            "The storm hit the council so hard that it has sold two ferries and, "
            "according to officials, hired a new harbour master.",
            "hired a new harbour master",
        ),
    ],
)
def test_according_to_after_a_link_reports_the_part_after_it(doc, text):
    assert [(r["text"], r["rule"]) for r in extract(doc)] == [(text, "according-to")]


@pytest.mark.parametrize(
    "doc, head, tail",
    [
        (
            "When the new fares take effect, Tom Dale added, “the buses will be empty.”",
            "When the new fares take effect",
            "the buses will be empty.",
        ),
    ],
)
def test_the_words_before_an_interrupting_cue_are_a_statement_too(doc, head, tail):
    assert [(r["text"], r["rule"]) for r in extract(doc)] == [
        (head, "clause-speaker-cue-clause"),
        (tail, "speaker-cue-quote"),
    ]


@pytest.mark.parametrize(
    "doc",
    [
        "In a statement on Friday, she said, “The buses will run.”",
        "Minutes later, Tom Dale added, “The buses will run.”",
        "When asked by a reporter about it, Tom Dale said, “The buses will run.”",
    ],
)
def test_a_setting_or_a_report_before_an_interrupting_cue_is_no_statement(doc):
    assert [r["rule"] for r in extract(doc) if r["rule"] == "clause-speaker-cue-clause"] == []


@pytest.mark.parametrize(
    "doc, text, cue",
    [
        (
            "Harbour officials have warned of new efforts to smuggle fuel through the port.",
            "new efforts to smuggle fuel through the port",
            "warned of",
        ),
        (
            "The skipper complained about the dour tone of the council's meetings.",
            "the dour tone of the council's meetings",
            "complained about",
        ),
    ],
)
def test_a_cue_with_its_preposition_reports_the_topic(doc, text, cue):
    [record] = extract(doc)
    assert (record["text"], record["cue"]) == (text, cue)


def test_according_to_a_source_with_a_quoted_name():
    doc = "According to her “fair fares” plan, ferry firms must refund every late passenger."
    assert records(doc) == [
        ("ferry firms must refund every late passenger", "her “fair fares” plan", "according-to")
    ]


def test_a_cue_after_had_been_keeps_its_subject():
    doc = "Ida Brandt had been asking the mayor why the ferry stopped running."
    assert records(doc) == [("why the ferry stopped running", "Ida Brandt", "speaker-cue-clause")]


def test_a_passive_after_has_been_leaves_the_auxiliary_out_of_the_statement():
    doc = "The sale of the ferry line has been reported by the Harbour Herald."
    assert records(doc)[0][0] == "The sale of the ferry line"


def test_this_opening_a_short_clause_is_its_subject_not_a_time():
    assert records("Critics say this is a costly mistake.") == [
        ("this is a costly mistake", "Critics", "speaker-cue-clause")
    ]
    assert records("She said this week that the ferry would run.") == [
        ("the ferry would run", "She", "speaker-cue-that")
    ]


def test_a_contracted_pronoun_opening_the_clause_speaks_for_a_later_and_cue():
    doc = "She’s comparing the new timetable to the old one and says the buses are slower."
    assert records(doc) == [("the buses are slower", "She", "speaker-cue-clause")]


def test_the_subject_of_a_when_clause_speaks_for_its_and_cue():
    doc = "The crowd cheered, and when Ana Ruiz thanked the crew and said the pier was safe, "
    doc += "the band played."
    assert records(doc)[0] == ("the pier was safe", "Ana Ruiz", "speaker-cue-clause")


def test_a_main_clause_subject_after_a_when_clause_is_not_skipped():
    doc = "When Ida came close she bowed and said the room was ready."
    assert all(r[1] != "Ida" for r in records(doc))


@pytest.mark.parametrize(
    "doc",
    [
        "When Ida came close she bowed and said the room was ready.",
        "When I came close she bowed and said, “The room is ready.”",
    ],
)
def test_the_main_clause_pronoun_after_a_when_clause_speaks(doc):
    assert [r[1] for r in records(doc)] == ["she"]


@pytest.mark.parametrize(
    "doc, text",
    [
        (
            "The mayor backs the plan, but she’s not predicting it will pass this year.",
            "it will pass this year",
        ),
        (
            "Harbour pilots are increasingly admitting that the channel is too shallow.",
            "the channel is too shallow",
        ),
    ],
)
def test_progressive_cues_after_a_negated_contraction_or_with_that(doc, text):
    assert extract(doc)[-1]["text"] == text


def test_a_question_after_asked_and_a_colon_is_reported():
    doc = "A reporter asked: Will the ferry run again before the winter?"
    assert records(doc) == [
        ("Will the ferry run again before the winter?", "A reporter", "speaker-cue-clause")
    ]
    assert extract("Did the mayor say the ferry will run again?") == []


@pytest.mark.parametrize(
    "doc, text, mention",
    [
        (
            "Tom Dale agreed to a call on Monday, but only to tell Ruiz that he would not "
            "sell the pier.",
            "he would not sell the pier",
            "Tom Dale",
        ),
        (
            "The harbour board has spent the week trying to tell the town that nothing is wrong.",
            "nothing is wrong",
            "The harbour board",
        ),
    ],
)
def test_an_infinitive_speech_cue_with_a_that_clause_reports(doc, text, mention):
    assert records(doc) == [(text, mention, "speaker-cue-that")]


def test_an_infinitive_speech_cue_without_that_is_no_report_of_its_own():
    assert records("The crew went ashore to tell the story of the storm.") == []


@pytest.mark.parametrize(
    "doc, text, mention",
    [
        (
            "The crowd remembered his stern warning that late ferries would be scrapped.",
            "late ferries would be scrapped",
            "his",
        ),
        (
            "The post was a dig at Ruiz’s statement earlier this year that the pier was safe.",
            "the pier was safe",
            "Ruiz",
        ),
    ],
)
def test_a_report_noun_with_words_around_it_still_has_its_owner(doc, text, mention):
    assert records(doc) == [(text, mention, "noun-that")]


def test_a_report_noun_with_a_verb_before_that_is_no_noun_report():
    assert all(r[2] != "noun-that" for r in records("The town’s hope is that the ferry returns."))


def test_a_paragraph_after_a_cue_and_colon_is_the_speakers_block():
    doc = (
        "Ida Brandt was not pleased with the plan. In a speech on Monday, she said:\n\n"
        "Let nobody be fooled. This timetable will empty the buses and close the pier.\n\n"
        "The council meets again next week."
    )
    assert records(doc) == [
        ("Let nobody be fooled", "she", "speaker-cue-block"),
        ("This timetable will empty the buses and close the pier", "she", "speaker-cue-block"),
    ]


def test_a_list_after_a_cue_and_colon_is_a_record_a_line():
    doc = (
        "The paper suggested the mayor needs to:\n\n"
        "Sell the plan to the harbour crews\nTalk to the bus drivers first\n\n"
        "Nobody knows if she will."
    )
    assert [r[:2] for r in records(doc) if r[2] == "speaker-cue-block"] == [
        ("Sell the plan to the harbour crews", "The paper"),
        ("Talk to the bus drivers first", "The paper"),
    ]


def test_a_quoted_question_at_the_end_does_not_make_the_sentence_a_question():
    doc = "Tom Dale said the pier was sold by the council and said, “Who can trust them now?”"
    assert [r[0] for r in records(doc)] == [
        "the pier was sold by the council",
        "Who can trust them now?",
    ]
    assert records("Did the council really say the pier was sold?") == []


def test_an_owned_promise_to_do_something_reports_the_infinitive():
    doc = "The mayor won votes with her promise to rebuild the pier before the winter."
    assert records(doc) == [("to rebuild the pier before the winter", "her", "noun-that")]
    assert records("The storm was Ruiz’s threat to Northern harbours all week.") == []


def test_the_asker_after_asked_by_ends_before_the_question_word():
    doc = "Asked by Berg if Ruiz “gets” the harbour, Dale avoided a clear answer."
    assert records(doc)[0] == ("if Ruiz “gets” the harbour", "Berg", "asked-by")


def test_a_participle_after_a_quoted_fragment_closed_on_a_comma_speaks_for_the_subject():
    doc = (
        "Ida Brandt waved off calls to label the strike “illegal,” saying the crews had "
        "every right to stop work."
    )
    assert records(doc)[-1] == (
        "the crews had every right to stop work",
        "Ida Brandt",
        "speaker-cue-clause",
    )


def test_an_amount_after_the_cue_is_the_statement_not_a_setting():
    doc = "On Friday, as the parade went by, the Herald reported at least six boats sank."
    assert records(doc) == [("at least six boats sank", "the Herald", "speaker-cue-clause")]


def test_a_pronoun_opening_the_clause_after_the_cue_is_not_an_inverted_speaker():
    doc = "Harbour Trust, the group that runs the pier, says it raised $2 million in May."
    assert all(r[1] != "it" for r in records(doc))


def test_a_subordinate_tail_after_an_interrupting_cue_is_a_statement_too():
    doc = "The ferry line was a success, Tom Dale said, until it lost its licence in 1999."
    assert [r[0] for r in records(doc)] == [
        "The ferry line was a success",
        "until it lost its licence in 1999",
    ]


def test_a_participle_tail_after_an_interrupting_cue_is_a_statement_too():
    doc = "The council is stalling, critics say, blocking every repair of the old pier."
    assert [r[0] for r in records(doc)] == [
        "The council is stalling",
        "blocking every repair of the old pier",
    ]


def test_a_phrase_between_asked_and_the_question_word():
    doc = "Asked in Dover last week whether she would sell the pier, Ruiz gave no answer."
    assert records(doc)[0] == ("whether she would sell the pier", None, "asked-whether")


def test_a_participle_before_by_without_be_is_no_report():
    doc = "The rift in the town highlighted by the storm worried Ana Ruiz."
    assert all(r["cue"] != "highlighted" for r in extract(doc))


def test_a_long_role_before_the_speaker_may_hold_words_like_state_or_planning():
    doc = "“It was a fine week,” former State policy planning director Ida Brandt wrote."
    assert records(doc) == [
        (
            "It was a fine week,",
            "former State policy planning director Ida Brandt",
            "quote-speaker-cue",
        )
    ]


def test_a_short_opening_phrase_in_the_reported_clause_does_not_end_it():
    doc = "Ana Ruiz has claimed that in 1994, while still a student, she sailed the route alone."
    assert records(doc) == [
        (
            "in 1994, while still a student, she sailed the route alone",
            "Ana Ruiz",
            "speaker-cue-that",
        )
    ]


@pytest.mark.parametrize(
    "doc, text, mention",
    [
        (
            "The clip ends with footage of Ruiz saying at the hearing, “The pier stays open.”",
            "The pier stays open.",
            "Ruiz",
        ),
        (
            "The show opens with Dale complaining that the buses never come on time.",
            "the buses never come on time",
            "Dale",
        ),
    ],
)
def test_a_speech_participle_right_after_a_name_after_with_or_of(doc, text, mention):
    assert records(doc)[0][:2] == (text, mention)


def test_a_clause_ends_before_and_a_name_with_a_cue_participle():
    doc = "Both issued a statement – Ruiz saying she was “very pleased” and Dale calling it fair."
    assert records(doc)[0][:2] == ("she was “very pleased”", "Ruiz")
    assert extract("Additional reporting by Tom Dale.") == []


def test_an_owned_report_noun_after_a_participle_adjective():
    doc = "Despite Dale's repeated insistence that the pier was safe, the council closed it."
    assert records(doc) == [("the pier was safe", "Dale", "noun-that")]


def test_a_cue_after_whos_is_a_report():
    doc = "The plan was pushed by Tom Dale, who’s argued for years that the pier must close."
    assert [r[0] for r in records(doc)] == ["the pier must close"]
