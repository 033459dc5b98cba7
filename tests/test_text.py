"""tracker.text: cleaning keeps a map back to the original offsets."""

import pytest

from tracker.text import clean, paragraphs

DOC = "Lee Cheol[ИН1] , who is leading a delegation, arrived.[3] He\u00a0spoke."


def test_comment_marker_and_footnote_are_removed():
    cleaned = clean(DOC)
    assert cleaned.text == "Lee Cheol , who is leading a delegation, arrived. He spoke."
    assert cleaned.original == DOC


def test_every_cleaned_character_maps_to_the_same_original_character():
    cleaned = clean(DOC)
    assert len(cleaned.offsets) == len(cleaned.text) + 1
    assert cleaned.offsets[-1] == len(DOC)
    for i, ch in enumerate(cleaned.text):
        original = DOC[cleaned.offsets[i]]
        assert ch == (" " if original == "\u00a0" else original)


@pytest.mark.parametrize(
    "phrase, original_slice",
    [
        ("Lee Cheol", "Lee Cheol"),
        ("who is leading a delegation", "who is leading a delegation"),
        ("Cheol , who", "Cheol[ИН1] , who"),  # a span across removed debris keeps it
        ("arrived. He", "arrived.[3] He"),
        ("He spoke.", "He\u00a0spoke."),
    ],
)
def test_cleaned_span_maps_back_to_the_exact_original_slice(phrase, original_slice):
    cleaned = clean(DOC)
    start = cleaned.text.index(phrase)
    o_start, o_end = cleaned.span(start, start + len(phrase))
    assert DOC[o_start:o_end] == original_slice


def test_empty_span_maps_to_an_empty_original_span():
    cleaned = clean(DOC)
    start = cleaned.text.index("who")
    o_start, o_end = cleaned.span(start, start)
    assert (o_start, o_end) == (DOC.index("who"), DOC.index("who"))


def test_nbsp_and_odd_spaces_are_normalised_without_moving_offsets():
    original = "Ms\u00a0Doe said\u202fthat\tten\u2007per cent\r\nrose."
    cleaned = clean(original)
    assert cleaned.text == "Ms Doe said that ten per cent \nrose."
    assert len(cleaned.text) == len(original)
    assert cleaned.offsets == list(range(len(original) + 1))
    assert cleaned.span(3, 6) == (3, 6)


def test_zero_width_characters_and_soft_hyphens_are_removed():
    original = "inter\u00adparliamentary\u200b ties\ufeff"
    cleaned = clean(original)
    assert cleaned.text == "interparliamentary ties"
    o_start, o_end = cleaned.span(0, len("interparliamentary"))
    assert original[o_start:o_end] == "inter\u00adparliamentary"


@pytest.mark.parametrize("kept", ["[sic]", "[2024]", "[laughter]", "[the minister]"])
def test_editorial_insertions_that_are_not_debris_are_kept(kept):
    original = f"He said {kept} it was fine."
    assert clean(original).text == original


def test_text_without_debris_is_unchanged():
    original = "“Nothing to clean here,” she said.\n\nSecond paragraph."
    cleaned = clean(original)
    assert cleaned.text == original
    assert cleaned.span(0, len(original)) == (0, len(original))


def test_paragraphs_are_lines_when_there_are_no_blank_lines():
    text = "  one  \ntwo \nthree"
    assert paragraphs(text) == [(2, 5), (8, 11), (13, 18)]


def test_paragraphs_are_separated_by_blank_lines_where_there_are_some():
    text = "one\nstill one\n\n  two  \n \n\nthree"
    assert [text[s:e] for s, e in paragraphs(text)] == ["one\nstill one", "two", "three"]
    assert paragraphs(text)[1] == (17, 20)
