"""Cue frames beyond the basic shapes: a participle going on after a quotation, and the
like. Every sentence here is invented for the test."""

import pytest

from tracker.extract import extract


def records(doc: str) -> list[tuple]:
    found = extract(doc)
    for r in found:
        assert doc[r["start"] : r["end"]] == r["text"]
    return [(r["text"], r["speaker_mention"], r["rule"]) for r in found]


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
