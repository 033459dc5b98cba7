"""tracker.sentences: Punkt offline, abbreviations, paragraphs and closing quotes."""

import nltk
import pytest

from tracker import sentences


def split(text):
    return [text[s:e] for s, e in sentences.split(text)]


def test_abbreviations_do_not_end_a_sentence():
    text = (
        "Mr. Hale met Sen. Ortiz and Gen. Ward at the U.S. embassy on Friday. "
        "Mrs. Ortiz and Dr. Ward joined them later."
    )
    assert split(text) == [
        "Mr. Hale met Sen. Ortiz and Gen. Ward at the U.S. embassy on Friday.",
        "Mrs. Ortiz and Dr. Ward joined them later.",
    ]


def test_lines_always_split_even_without_a_full_stop():
    text = "A headline without a full stop\nThe first sentence. The second one\n  Last line.  "
    assert split(text) == [
        "A headline without a full stop",
        "The first sentence.",
        "The second one",
        "Last line.",
    ]


def test_blank_lines_always_split_even_without_a_full_stop():
    text = "A headline without a full stop\n\nThe first sentence. The second one\n\n  Last line."
    assert split(text) == [
        "A headline without a full stop",
        "The first sentence.",
        "The second one",
        "Last line.",
    ]


def test_single_line_breaks_between_blank_lines_are_wrapping():
    text = "The council met on\nMonday. It voted\nto build.\n\nNext paragraph."
    assert split(text) == [
        "The council met on\nMonday.",
        "It voted\nto build.",
        "Next paragraph.",
    ]


def test_sentence_ends_after_full_stop_and_closing_curly_quote():
    # nltk issue 2085: Punkt alone keeps “...” and the next sentence together
    text = "“We are ready to work.” The Senator left the hall. “Thank you!” Ms. Lane replied."
    assert split(text) == [
        "“We are ready to work.”",
        "The Senator left the hall.",
        "“Thank you!”",
        "Ms. Lane replied.",
    ]


def test_no_split_after_comma_and_closing_quote():
    text = "“We will be ready,” she said. “Soon.”"
    assert split(text) == ["“We will be ready,” she said.", "“Soon.”"]


def test_no_split_after_comma_quote_and_lowercase_cue():
    text = "“It is ready,” he told the crowd."
    assert split(text) == ["“It is ready,” he told the crowd."]


@pytest.mark.parametrize(
    "text", ["“Are you ready?” he asked the crowd.", "“Stop the vote!” she shouted."]
)
def test_no_split_after_question_or_exclamation_quote_before_lowercase(text):
    assert split(text) == [text]


def test_offsets_index_the_text_given():
    text = "First one.  Second one.\n\nThird."
    spans = sentences.split(text)
    assert spans == [(0, 10), (12, 23), (25, 31)]


def test_works_without_nltk_data_and_never_downloads(monkeypatch, tmp_path):
    def no_download(*args, **kwargs):
        raise AssertionError("nltk.download() must never be called")

    def no_resource(*args, **kwargs):
        raise LookupError("no nltk data here")

    monkeypatch.setattr(nltk, "download", no_download)
    monkeypatch.setattr(nltk.data, "load", no_resource)
    monkeypatch.setattr(nltk.data, "find", no_resource)
    monkeypatch.setattr(nltk.data, "path", [str(tmp_path)])
    sentences.tokenizer.cache_clear()
    try:
        assert split("Mr. Hale spoke. Then he left.") == ["Mr. Hale spoke.", "Then he left."]
    finally:
        sentences.tokenizer.cache_clear()


@pytest.mark.parametrize("abbreviation", ["mr", "mrs", "ms", "dr", "sen", "gen", "u.s"])
def test_abbreviation_list_is_loaded_into_punkt(abbreviation):
    assert abbreviation in sentences.tokenizer()._params.abbrev_types


def test_an_abbreviation_before_a_pronoun_or_the_ends_a_sentence():
    text = (
        "The fares rose in the U.S. She said the U.S. Senate would act by 9 a.m. The vote "
        "came at noon."
    )
    assert split(text) == [
        "The fares rose in the U.S.",
        "She said the U.S. Senate would act by 9 a.m.",
        "The vote came at noon.",
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "“We lost,” said Rep. J.T. Morrow (D-Ore.), the caucus chair. “We will be back.”",
            ["“We lost,” said Rep. J.T. Morrow (D-Ore.), the caucus chair.", "“We will be back.”"],
        ),
        (
            "The A.T.F.'s agents left early. They came back.",
            ["The A.T.F.'s agents left early.", "They came back."],
        ),
        ("SALEM, N.M. — The mayor resigned.", ["SALEM, N.M. — The mayor resigned."]),
        ("She met Gov. R.J. Pike on Friday.", ["She met Gov. R.J. Pike on Friday."]),
    ],
)
def test_brackets_possessives_and_initials_do_not_open_a_sentence(text, expected):
    assert split(text) == expected


def test_sentence_ends_after_closing_curly_quote_glued_to_the_next_word():
    text = "She spoke. “It was a long night.”Reporter’s note: this was updated."
    assert split(text) == [
        "She spoke.",
        "“It was a long night.”",
        "Reporter’s note: this was updated.",
    ]
