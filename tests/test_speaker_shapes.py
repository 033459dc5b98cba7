"""Speakers and clause shapes around a speech cue that were once missed.

Every sentence here is invented for the test. Each expected record is the tuple
(text, type, speaker_mention, rule).
"""

import extracted
import pytest

from tracker.extract import extract

FIELDS = ("text", "type", "speaker_mention", "rule")


def rows(doc: str) -> list[tuple]:
    return extracted.rows(doc, FIELDS)


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


@pytest.mark.parametrize(
    "doc, mention",
    [
        (
            "Tom Reyes, an engineer at the county roads office in Ohio, which has a backlog "
            "of more than 300 bridges to repair, said the new rule would force him to cut staff.",
            "Tom Reyes",
        ),
        (
            "The mayor's office, which has been dogged for months by a long dispute over the "
            "budget that the council passed without her support in the spring, said that the "
            "memos had no bearing on the vote.",
            "The mayor's office",
        ),
        (
            "Lena Farrow, an Ohio state delegate who is part of the reform drive, said she "
            "called the chairman last week.",
            "Lena Farrow",
        ),
        (
            "The county's new treasurer, Tom Reyes, a former state auditor who joined the "
            "office last spring, said the books were in order.",
            "Tom Reyes",
        ),
    ],
)
def test_a_long_appositive_or_relative_clause_before_the_cue(doc, mention):
    (found,) = rows(doc)
    assert found[1:] == ("indirect", mention, found[3])
    assert found[3] in {"speaker-cue-clause", "speaker-cue-that"}


@pytest.mark.parametrize(
    "doc, mention, text",
    [
        (
            "A former Ohio governor -- Lena Farrow, who lost the 2008 race -- said the plan "
            "offered nothing new.",
            "A former Ohio governor",
            "the plan offered nothing new",
        ),
        (
            "Mary Smith - the mayor's sister and co-host of his radio show - told the "
            "newspaper that he had changed his mind.",
            "Mary Smith",
            "he had changed his mind",
        ),
        (
            "On Friday, Reyes — named by the paper as the leading choice for the post — told "
            "reporters that the offer was serious.",
            "Reyes",
            "the offer was serious",
        ),
    ],
)
def test_an_aside_between_dashes_before_the_cue(doc, mention, text):
    assert [r[:3] for r in rows(doc)] == [(text, "indirect", mention)]


@pytest.mark.parametrize(
    "doc, mention, text",
    [
        (
            "He’s comparing the levy to a toll on the bridge and says the council is "
            "ignoring the law.",
            "He",
            "the council is ignoring the law",
        ),
        (
            "The crowd cheered, and when Farrow thanked Dayton and said it was good to be "
            "home, a man shouted “Stay there!”",
            "Farrow",
            "it was good to be home",
        ),
        (
            "The mayor cut the ribbon on the new bridge and said traffic would flow by May.",
            "The mayor",
            "traffic would flow by May",
        ),
    ],
)
def test_a_cue_joined_by_and_to_an_earlier_verb_of_its_subject(doc, mention, text):
    assert rows(doc)[0][:3] == (text, "indirect", mention)


@pytest.mark.parametrize(
    "doc, head, tail",
    [
        (
            "The mill was a giant, Tom Reyes said, until it closed in 1999.",
            "The mill was a giant",
            "until it closed in 1999",
        ),
        (
            "The town is growing, they say, drawing new families from the coast.",
            "The town is growing",
            "drawing new families from the coast",
        ),
        (
            "The plan is so costly, the mayor said, that even ''the richest towns could not "
            "pay for it.''",
            "The plan is so costly",
            "that even ''the richest towns could not pay for it.''",
        ),
        (
            "The trouble with the old bridge, she said, is that ''nobody wants to pay for "
            "the repairs.''",
            "The trouble with the old bridge",
            "is that ''nobody wants to pay for the repairs.''",
        ),
    ],
)
def test_an_interrupting_cue_reports_the_head_and_the_tail(doc, head, tail):
    found = rows(doc)
    assert [r[0] for r in found] == [head, tail]
    assert {r[3] for r in found} == {"clause-speaker-cue-clause"}


def test_an_opening_adverbial_before_a_cue_and_a_quotation_is_not_a_statement():
    doc = "On Friday, Tom Reyes said, “The bridge will reopen in May.”"
    assert [r[0] for r in rows(doc)] == ["The bridge will reopen in May."]


def test_a_participle_after_a_quotation_and_its_cue_keeps_the_speaker():
    doc = "“They have a plan,” Tom Reyes said of the council, adding the county must act soon."
    assert rows(doc) == [
        ("They have a plan,", "direct", "Tom Reyes", "quote-speaker-cue"),
        ("the county must act soon", "indirect", "Tom Reyes", "speaker-cue-clause"),
    ]


def test_a_participle_after_a_relative_clause_belongs_to_the_main_subject():
    doc = (
        "Tom Reyes rebuked critics who say he should raise the levy, saying a higher levy "
        "would drive families away."
    )
    found = rows(doc)
    assert found[0][:3] == ("he should raise the levy", "indirect", "who")
    assert found[1][0] == "a higher levy would drive families away"
    assert found[1][2] != "who"


@pytest.mark.parametrize(
    "doc, mention",
    [
        (
            "“The levy will pass,” Tom Reyes, managing director and analyst at Dayton Fund, "
            "told me this week.",
            "Tom Reyes",
        ),
        (
            "“The levy will pass,” Tom Reyes, wearing a hard hat and a vest, said calmly.",
            "Tom Reyes",
        ),
        (
            "“The levy will pass, senator,” Dayton Today co-anchor Lena Farrow said.",
            "Dayton Today co-anchor Lena Farrow",
        ),
        (
            "“The levy will pass,” former policy planning director Lena Farrow said.",
            "former policy planning director Lena Farrow",
        ),
        (
            "“The levy will pass,” state Sen. Lena Farrow (D) said on Monday.",
            "state Sen. Lena Farrow",
        ),
        (
            "“The levy will pass,” state senator Lena Farrow said.",
            "state senator Lena Farrow",
        ),
    ],
)
def test_a_described_speaker_after_a_quotation(doc, mention):
    (found,) = rows(doc)
    assert found[0].startswith("The levy will pass,")
    assert found[1:] == ("direct", mention, "quote-speaker-cue")


def test_a_pronoun_speaker_takes_no_words_before_it_as_a_description():
    doc = (
        "She said she talks about roads because “the bridges are falling apart,” though she "
        "noted she has also pushed for new schools."
    )
    assert rows(doc) == [
        (
            "she talks about roads because “the bridges are falling apart,”",
            "mixed",
            "She",
            "speaker-cue-clause",
        ),
        ("she has also pushed for new schools", "indirect", "she", "speaker-cue-clause"),
    ]


def test_a_sentence_with_its_own_clause_after_a_quotation_is_not_just_its_signature():
    doc = (
        "Tom Reyes told the paper that he backs the levy because “we need roads.” He also "
        "said he’s “liked the plan since the beginning.”"
    )
    assert rows(doc) == [
        ("he backs the levy because “we need roads.”", "mixed", "Tom Reyes", "speaker-cue-that"),
        ("he’s “liked the plan since the beginning.”", "mixed", "He", "speaker-cue-clause"),
    ]


def test_a_passive_participle_appositive_keeps_the_speaker_before_it():
    doc = "After Mr. Reyes, asked about the closures, had said, “The roads are safe.”"
    assert rows(doc) == [("The roads are safe.", "direct", "Mr. Reyes", "speaker-cue-quote")]


def test_a_vague_subject_reports_with_a_present_form_that_is_never_a_noun():
    doc = "“This is strictly a business decision,” a company executive tells the workers."
    assert rows(doc) == [
        (
            "This is strictly a business decision,",
            "direct",
            "a company executive",
            "quote-speaker-cue",
        )
    ]


@pytest.mark.parametrize(
    "doc, mention",
    [
        ("The levy is not only about roads, he and Mr. Reyes said.", "he and Mr. Reyes"),
        ("Sales will fall this year, teachers and union officials told the paper.", None),
    ],
)
def test_two_sources_joined_by_and_speak_together(doc, mention):
    (found,) = rows(doc)
    expected = mention or doc[doc.index(", ") + 2 : doc.index(" told")]
    assert found[2:] == (expected, "clause-speaker-cue")


def test_a_pronoun_opening_the_clause_after_the_cue_is_not_an_inverted_speaker():
    doc = "Among likely voters, about two-thirds, 67 percent, say they will back the levy."
    assert all(r[2] != "they" for r in rows(doc))


def test_the_subject_speaks_when_the_phrase_before_the_cue_is_no_source():
    doc = (
        "Jane Doe, who lives in a town outside of the state capital, Albany, said she "
        "would vote for the mayor again."
    )
    assert [r[:3] for r in rows(doc)] == [
        ("she would vote for the mayor again", "indirect", "Jane Doe")
    ]


@pytest.mark.parametrize(
    "doc, mention",
    [
        (
            "The talks collapsed, people familiar with the talks said.",
            "people familiar with the talks",
        ),
        ("The talks collapsed, people close to Mayor Doe said.", "people close to Mayor Doe"),
        ("People close to the mayor say the talks collapsed.", "People close to the mayor"),
        (
            "The talks collapsed, officials briefed on the plan said.",
            "officials briefed on the plan",
        ),
    ],
)
def test_a_vague_source_tied_to_the_matter_is_one_speaker(doc, mention):
    (found,) = rows(doc)
    assert found[0] == "the talks collapsed" or found[0] == "The talks collapsed"
    assert found[2] == mention
    assert extract(doc)[0]["speaker"] is None  # not the mayor: someone close to him


def test_a_quoted_question_at_the_end_does_not_make_the_sentence_a_question():
    doc = "Mayor Lee said the move was made by the police chief and said, “Who do you trust?”"
    assert rows(doc) == [
        ("the move was made by the police chief", "indirect", "Mayor Lee", "speaker-cue-clause"),
        ("Who do you trust?", "direct", "Mayor Lee", "speaker-cue-quote"),
    ]
    assert rows("Did the mayor say the bridge would reopen in May?") == []


def test_a_cue_introducing_a_quotation_of_its_own_is_not_a_signature():
    doc = (
        "She says the mayor stands for the “same old system he claims to fight.” She adds, "
        "“What kind of genius loses that much money in a single year?”"
    )
    assert rows(doc) == [
        (
            "the mayor stands for the “same old system he claims to fight.”",
            "mixed",
            "She",
            "speaker-cue-clause",
        ),
        (
            "What kind of genius loses that much money in a single year?",
            "direct",
            "She",
            "speaker-cue-quote",
        ),
    ]


@pytest.mark.parametrize(
    "doc",
    [
        "Tom Reyes, the county's engineer from 2007 to 2013, said Ohio must rebuild its bridges.",
        "Another delegate, Tom Reyes of Dayton, Ohio, explained the reason for his vote.",
    ],
)
def test_a_phrase_after_a_cue_that_goes_on_with_a_verb_is_not_an_inverted_speaker(doc):
    assert all(r[3] != "clause-cue-speaker" for r in rows(doc))


@pytest.mark.parametrize(
    "doc, text",
    [
        (
            "The mayor urged the council to approve the budget by Friday.",
            "the council to approve the budget by Friday",
        ),
        ("Lena Farrow has asked the High Court to intervene.", "the High Court to intervene"),
    ],
)
def test_a_request_keeps_whom_it_asks(doc, text):
    (found,) = rows(doc)
    assert found[0] == text


def test_a_reported_clause_goes_past_its_own_opening_phrase():
    doc = (
        "The engineer has claimed that in 1994, while new to the job, she was told to sign "
        "off on the bridge."
    )
    (found,) = rows(doc)
    assert found[0] == ("in 1994, while new to the job, she was told to sign off on the bridge")
    assert found[2:] == ("The engineer", "speaker-cue-that")


@pytest.mark.parametrize(
    "doc, mention",
    [
        ("The mayor has been saying for months that the bridge would reopen.", "The mayor"),
        ("Critics have been arguing that the plan is too costly.", "Critics"),
    ],
)
def test_a_progressive_cue_after_been_keeps_its_subject(doc, mention):
    (found,) = rows(doc)
    assert found[2:] == (mention, "speaker-cue-that")


def test_ever_may_stand_between_a_speaker_and_the_cue():
    doc = "It is unclear whether Tom Reyes will ever tell his voters to back the levy."
    (found,) = rows(doc)
    assert found[0] == "his voters to back the levy"
    assert found[2] == "Tom Reyes"


def test_an_amount_after_a_cue_is_reported_not_taken_for_a_phrase_of_time():
    doc = (
        "On Friday, as the parade went by, the radio station reported at least six planes overhead."
    )
    (found,) = rows(doc)
    assert found[0] == "at least six planes overhead"


def test_a_possessive_source_keeps_its_article():
    doc = "Sales are slowing in the region, the Federal Reserve’s Beige Book survey said Wednesday."
    (found,) = rows(doc)
    assert found[0] == "Sales are slowing in the region"
    assert found[2:] == ("the Federal Reserve’s Beige Book survey", "clause-speaker-cue")


def test_a_role_phrase_ending_in_its_head_is_a_role():
    doc = "The mill is under pressure from imports, said the firm's chief executive, Tom Reyes."
    (found,) = rows(doc)
    assert found[0] == "The mill is under pressure from imports"
    assert found[2:] == ("Tom Reyes", "clause-cue-speaker")


def test_that_before_a_cue_after_a_noun_is_a_relative_subject():
    doc = "The plan drew fire from local firms that warn it could drive shoppers away."
    (found,) = rows(doc)
    assert found[:3] == ("it could drive shoppers away", "indirect", "that")
    assert rows("He said that critics say the levy is too high.")[0][2] == "He"


@pytest.mark.parametrize(
    "doc, mention",
    [
        (
            "The board defended the levy. Tom Reyes, a spokesman, said in a statement. "
            "“The levy is sound and the costs are fixed.”",
            "Tom Reyes",
        ),
        (
            "The board defended the levy. Lena Farrow said on Tuesday. “The levy is sound.”",
            "Lena Farrow",
        ),
    ],
)
def test_a_sentence_of_speaker_and_cue_alone_names_the_quotation_after_it(doc, mention):
    (found,) = rows(doc)
    assert found[1:] == ("direct", mention, "speaker-cue-quote")
    assert found[0].startswith("The levy is sound")


def test_a_cue_with_an_object_of_its_own_names_no_quotation_after_it():
    doc = "Lena Farrow said nothing. “The levy is sound and the costs are fixed,” he said."
    assert [r[2] for r in rows(doc)] == ["he"]
