"""tracker.quotes: pairing opening and closing quotation marks."""

import pytest

from tracker.quotes import Quote, find


def found(text):
    return [text[q.start : q.end] for q in find(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("She said “the plan works” today.", ["“the plan works”"]),
        ('She said "the plan works" today.', ['"the plan works"']),
        ("Il a dit « le plan marche » hier.", ["« le plan marche »"]),
        ("Il a dit «le plan marche» hier.", ["«le plan marche»"]),
        ("Sie sagte „der Plan geht“ heute.", ["„der Plan geht“"]),
        ("Headline: ‘Plan works’ says minister", ["‘Plan works’"]),
    ],
)
def test_quote_mark_pairs(text, expected):
    assert found(text) == expected


def test_offsets_include_both_marks_and_inner_excludes_them():
    text = "He said “yes” twice."
    [q] = find(text)
    assert q == Quote(8, 13)
    assert text[slice(*q.inner)] == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "I don’t know whether O’Malley agrees.",
        "The leaders’ summit and the Joneses’ house.",
        "Rock ’n’ roll was big in the ’60s.",
        "It’s the council’s decision, isn’t it?",
        "I don't know whether O'Malley's leaders' plan works.",
    ],
)
def test_apostrophes_are_not_quote_marks(text):
    assert find(text) == []


def test_apostrophes_inside_a_quote_do_not_end_it():
    text = "“We don’t accept the leaders’ plan, and O’Malley won’t either,” she said."
    assert found(text) == ["“We don’t accept the leaders’ plan, and O’Malley won’t either,”"]


def test_split_quote_around_the_cue_gives_two_quotes():
    text = "“We will rebuild the bridge,” she said, “and we will do it this year.”"
    assert found(text) == [
        "“We will rebuild the bridge,”",
        "“and we will do it this year.”",
    ]


def test_straight_quotes_split_around_the_cue():
    text = '"We will rebuild the bridge," she said, "and we will do it this year."'
    assert found(text) == ['"We will rebuild the bridge,"', '"and we will do it this year."']


MULTI_PARAGRAPH = (
    "The mayor spoke at length.\n\n"
    "“The first paragraph of the statement.\n\n"
    "“The second paragraph continues it.\n\n"
    "“And the third one ends it,” she said.\n\n"
    "Reporters left."
)


def test_multi_paragraph_quote_gives_a_quote_for_each_paragraph():
    text = MULTI_PARAGRAPH
    quotes = find(text)
    assert [text[q.start : q.end] for q in quotes] == [
        "“The first paragraph of the statement.",
        "“The second paragraph continues it.",
        "“And the third one ends it,”",
    ]
    assert [q.closing for q in quotes] == [0, 0, 1]


def test_multi_paragraph_quote_stays_whole_in_fiction():
    text = MULTI_PARAGRAPH
    [q] = find(text, by_paragraph=False)
    assert text[q.start : q.end] == (
        "“The first paragraph of the statement.\n\n"
        "“The second paragraph continues it.\n\n"
        "“And the third one ends it,”"
    )


def test_unbalanced_opening_mark_loses_only_its_own_quote():
    text = (
        "“This quote is never closed.\n\n"
        "The council met on Monday. “We agreed,” the chair said.\n\n"
        "Later she added: “It was a long night.”"
    )
    assert found(text) == ["“We agreed,”", "“It was a long night.”"]


def test_unbalanced_opening_mark_in_the_same_paragraph():
    text = "“Never closed, and then “a real quote” and “another one” follow."
    assert found(text) == ["“a real quote”", "“another one”"]


def test_stray_closing_mark_is_ignored():
    text = "A stray” mark. Then “a quote” here."
    assert found(text) == ["“a quote”"]


def test_nested_single_quotes_stay_inside_the_double_quote():
    text = "“He called it ‘a disgrace’ and left,” she said. Then ‘scare quotes’ appear."
    assert found(text) == ["“He called it ‘a disgrace’ and left,”", "‘scare quotes’"]


def test_nested_quote_ending_together_with_the_outer_one():
    text = "She said: “He called it ‘a disgrace.’”"
    assert found(text) == ["“He called it ‘a disgrace.’”"]


def test_nested_straight_single_quotes_inside_straight_double():
    text = "He said \"they called it 'the plan' all along\" yesterday."
    assert found(text) == ["\"they called it 'the plan' all along\""]


def test_consecutive_quotes_each_found():
    assert found("“One.” “Two.” “Three.”") == ["“One.”", "“Two.”", "“Three.”"]


def test_a_closing_mark_after_a_nested_quote_and_a_space():
    text = "\"It is not just me saying, 'Vote for her,' \" Tom Reyes told reporters."
    assert [text[q.start : q.end] for q in find(text)] == [
        "\"It is not just me saying, 'Vote for her,' \""
    ]


def test_a_stray_opening_single_mark_inside_a_quote_does_not_keep_it_open():
    text = "“They wouldn’t give ‘em to me. What good am I?” he asked. Then “fine.”"
    assert found(text) == ["“They wouldn’t give ‘em to me. What good am I?”", "“fine.”"]


# dash dialogue (fiction) ----------------------------------------------------------------


def dash_found(text):
    return [text[slice(*q.inner)] for q in find(text, dashes=True) if q.dash]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The clerk asked:\n\n--Where do you live?\n\nHe looked away.", ["Where do you live?"]),
        ("--Stay by the gate.--\n\nShe nodded.", ["Stay by the gate."]),
        ("--Stay by the gate.--said the porter.", ["Stay by the gate."]),
        ("— Fetch the lamp, Ellen, fetch it!", ["Fetch the lamp, Ellen, fetch it!"]),
        ("--I will walk home, he said, and went out.", ["I will walk home"]),
        ("--Who is there? cried Mrs Pell.", ["Who is there?"]),
        ("--Hold on, the old porter said.", ["Hold on"]),
        ("--Sit down. Eat your bread, and be quiet.", ["Sit down. Eat your bread, and be quiet."]),
    ],
)
def test_a_paragraph_opening_with_a_dash_is_a_line_of_speech(text, expected):
    assert dash_found(text) == expected


def test_dash_lines_wrap_across_lines_of_their_paragraph():
    text = "--Go round by the mill and tell\nthe miller we are late.\n\nNobody moved."
    assert dash_found(text) == ["Go round by the mill and tell\nthe miller we are late."]


@pytest.mark.parametrize(
    "text",
    [
        "He waited -- the train was late.",  # a dash inside a sentence
        "----------\n\nChapter 2",  # a rule between sections
        "The lamp -- she said nothing -- went out.",
    ],
)
def test_dashes_that_do_not_open_a_paragraph_of_speech(text):
    assert dash_found(text) == []


def test_dash_lines_only_when_asked_for():
    text = "--Where do you live?\n\nHe said “nowhere” and left."
    assert found(text) == ["“nowhere”"]
    assert [text[q.start : q.end] for q in find(text, dashes=True)] == [
        "--Where do you live?",
        "“nowhere”",
    ]


def test_quote_marks_inside_a_dash_line_stay_inside_it():
    text = "--He told me “never again” at the door.\n\nShe laughed."
    assert [text[q.start : q.end] for q in find(text, dashes=True)] == [
        "--He told me “never again” at the door."
    ]


def test_without_blank_lines_a_dash_opens_speech_only_after_a_sentence_ends():
    text = "He looked at the captain,\n--that is, the old man--and left.\nShe asked:\n--Why?"
    assert dash_found(text) == ["Why?"]


def test_a_straight_mark_glued_after_a_full_stop_opens_the_next_sentence():
    text = '"It was all lies," said one trader."We were deceived." Then he left.'
    assert found(text) == ['"It was all lies,"', '"We were deceived."']


def test_a_straight_opening_mark_closed_by_a_curly_opening_mark():
    text = 'The board wrote. "A change is needed now.“\n\nThe vote is Monday.'
    assert found(text) == ['"A change is needed now.“']


def test_a_text_ending_inside_a_quotation_that_opens_a_sentence_keeps_it():
    text = "“We will win,” said the mayor. “The ferry is the heart of the town."
    assert found(text) == ["“We will win,”", "“The ferry is the heart of the town."]
    assert find(text, by_paragraph=False)[1:] == []


def test_an_unclosed_mark_inside_a_sentence_at_the_end_is_dropped():
    assert found("The mayor called it “a relic of the past.") == []
