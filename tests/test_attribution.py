"""tracker.attribution through extract(): quotation marks and attribution shapes.

Every sentence here is invented for the test. Each expected record is the tuple
(text, type, speaker, speaker_mention, rule, cue), and the whole list of records of a
document is compared, so a missing or an extra record fails too.
"""

import pytest
from extracted import FIELDS, one, rows

from tracker import attribution
from tracker.extract import extract

# quotation marks ----------------------------------------------------------------------


MAY = "The bridge will reopen in May"


@pytest.mark.parametrize(
    "doc, expected",
    [
        (
            "“The bridge will reopen in May,” Mayor Lena Farrow said.",
            (MAY + ",", "direct", "Lena Farrow", "Mayor Lena Farrow", "quote-speaker-cue", "said"),
        ),
        (
            '"The bridge will reopen in May," Mayor Lena Farrow said.',
            (MAY + ",", "direct", "Lena Farrow", "Mayor Lena Farrow", "quote-speaker-cue", "said"),
        ),
        (
            "«The bridge will reopen in May», said Lena Farrow.",
            (MAY, "direct", "Lena Farrow", "Lena Farrow", "quote-cue-speaker", "said"),
        ),
        (
            "„The bridge will reopen in May“, said Lena Farrow.",
            (MAY, "direct", "Lena Farrow", "Lena Farrow", "quote-cue-speaker", "said"),
        ),
        (
            "''The bridge will reopen in May,'' Lena Farrow said.",
            (MAY + ",", "direct", "Lena Farrow", "Lena Farrow", "quote-speaker-cue", "said"),
        ),
        (
            "``The bridge will reopen in May,'' Lena Farrow said.",
            (MAY + ",", "direct", "Lena Farrow", "Lena Farrow", "quote-speaker-cue", "said"),
        ),
    ],
    ids=["curly", "straight", "guillemets", "low-high", "typewriter", "backticks"],
)
def test_quote_marks(doc, expected):
    assert rows(doc) == [expected]


def test_typewriter_doubled_apostrophes_keep_original_offsets():
    doc = "Before. ''The bridge will reopen in May,'' Lena Farrow said."
    record = one(doc)
    assert record["start"] == doc.index("The bridge")
    assert record["text"] == MAY + ","
    assert doc[record["speaker_start"] : record["speaker_end"]] == "Lena Farrow"


def test_nested_single_quotes_stay_inside_the_outer_quote():
    doc = "“The inspector told me ‘the cables are sound’ last week,” Lena Farrow said."
    assert rows(doc) == [
        (
            "The inspector told me ‘the cables are sound’ last week,",
            "direct",
            "Lena Farrow",
            "Lena Farrow",
            "quote-speaker-cue",
            "said",
        )
    ]


def test_single_quoted_word_inside_a_quote():
    doc = "“It was a ‘temporary’ closure that lasted ten years,” Lena Farrow said."
    assert rows(doc) == [
        (
            "It was a ‘temporary’ closure that lasted ten years,",
            "direct",
            "Lena Farrow",
            "Lena Farrow",
            "quote-speaker-cue",
            "said",
        )
    ]


def test_multi_paragraph_quote_after_a_speaker_colon():
    doc = (
        "Lena Farrow said: “The first phase covers the cables and the deck surface.\n\n"
        "“The second phase covers the approach roads and the lighting.”"
    )
    assert rows(doc) == [
        (
            "The first phase covers the cables and the deck surface.",
            "direct",
            "Lena Farrow",
            "Lena Farrow",
            "speaker-cue-quote",
            "said",
        ),
        (
            "The second phase covers the approach roads and the lighting.",
            "direct",
            "Lena Farrow",
            "Lena Farrow",
            "quote-continuation",
            None,
        ),
    ]


def test_multi_paragraph_quote_continues_the_speaker_of_the_first_paragraph():
    doc = (
        "“The first phase covers the cables and the deck surface,” Lena Farrow said.\n\n"
        "“The second phase covers the approach roads and the lighting.\n\n"
        "“The third phase covers the painting.”"
    )
    assert rows(doc) == [
        (
            "The first phase covers the cables and the deck surface,",
            "direct",
            "Lena Farrow",
            "Lena Farrow",
            "quote-speaker-cue",
            "said",
        ),
        (
            "The second phase covers the approach roads and the lighting.",
            "direct",
            "Lena Farrow",
            "Lena Farrow",
            "quote-continuation",
            None,
        ),
        (
            "The third phase covers the painting.",
            "direct",
            "Lena Farrow",
            "Lena Farrow",
            "quote-continuation",
            None,
        ),
    ]


def test_split_quote_gives_two_records_with_the_same_speaker():
    doc = "Lena Farrow arrived late. “We will rebuild the bridge,” she said, “and fast.”"
    assert rows(doc) == [
        (
            "We will rebuild the bridge,",
            "direct",
            "Lena Farrow",
            "she",
            "quote-speaker-cue",
            "said",
        ),
        ("and fast.", "direct", "Lena Farrow", "she", "quote-speaker-cue", "said"),
    ]


BUDGET = (
    "The budget is balanced for the first time in years,",
    "direct",
    "Lena Farrow",
    "Lena Farrow",
    "quote-cue-speaker",
    "said",
)


@pytest.mark.parametrize(
    "doc",
    [
        # an opening mark that never closes, then a later quote in the same paragraph
        "Tom Reyes called the plan “doomed and the budget a mess. "
        "“The budget is balanced for the first time in years,” said Lena Farrow.",
        # never closes in its paragraph; the next paragraph does not reopen
        "Tom Reyes walked out. The plan was “doomed from the start.\n"
        "Later the council voted. "
        "“The budget is balanced for the first time in years,” said Lena Farrow.",
        # a stray closing mark
        "The plan was doomed” from the start. "
        "“The budget is balanced for the first time in years,” said Lena Farrow.",
    ],
    ids=["reopened-in-paragraph", "next-paragraph", "stray-closer"],
)
def test_unbalanced_mark_only_loses_its_own_quote(doc):
    assert rows(doc) == [BUDGET]


@pytest.mark.parametrize(
    "doc",
    [
        "Guests wore a “Derby” hat to the gala on Saturday.",
        "He hosts a show called “Hannity” on weeknights.",
        "She starred in a film called “Night River” last year.",
        "The council renamed the square “Liberty Plaza” in March.",
        "The bill, known as “Clean Rivers,” passed on Tuesday.",
    ],
    ids=["derby", "show-title", "film-title", "place-name", "known-as"],
)
def test_scare_quotes_and_titles_give_nothing(doc):
    assert rows(doc) == []


def test_a_quote_opening_its_paragraph_with_no_speaker_is_kept_unattributed():
    [record] = extract("“We will not give up on this bridge, not now and not ever.”")
    assert (record["type"], record["speaker"], record["speaker_mention"]) == ("direct", None, None)
    assert (record["rule"], record["resolution"]) == ("quote-continuation", "unattributed")


def test_scare_quote_inside_a_reported_clause():
    record = one("The “Derby” hat is back in fashion, Lena Farrow said.")
    assert record["text"] == "The “Derby” hat is back in fashion"
    assert record["type"] in {"indirect", "mixed"}  # a title, not Farrow's words
    assert record["speaker"] == "Lena Farrow"
    assert record["speaker_mention"] == "Lena Farrow"
    assert record["rule"] == "clause-speaker-cue"
    assert record["cue"] == "said"


# speaker before the statement -----------------------------------------------------------

LATE = "The repairs are late"


@pytest.mark.parametrize(
    "doc, expected",
    [
        (
            "Lena Farrow said: “The repairs are late.”",
            (LATE + ".", "direct", "Lena Farrow", "Lena Farrow", "speaker-cue-quote", "said"),
        ),
        (
            "Lena Farrow said, “The repairs are late.”",
            (LATE + ".", "direct", "Lena Farrow", "Lena Farrow", "speaker-cue-quote", "said"),
        ),
        (
            "Lena Farrow said that the repairs are late.",
            ("the repairs are late", "indirect", "Lena Farrow", "Lena Farrow")
            + ("speaker-cue-that", "said"),
        ),
        (
            "Lena Farrow said the repairs are late.",
            ("the repairs are late", "indirect", "Lena Farrow", "Lena Farrow")
            + ("speaker-cue-clause", "said"),
        ),
        (
            "Lena Farrow said: The repairs are late and the council knew it.",
            ("The repairs are late and the council knew it", "indirect", "Lena Farrow")
            + ("Lena Farrow", "speaker-cue-clause", "said"),
        ),
    ],
    ids=["colon-quote", "comma-quote", "that", "bare-clause", "colon-clause"],
)
def test_speaker_before(doc, expected):
    assert rows(doc) == [expected]


# speaker after the statement -------------------------------------------------------------


@pytest.mark.parametrize(
    "doc, expected",
    [
        (
            "“The repairs are late,” Lena Farrow said.",
            (LATE + ",", "direct", "Lena Farrow", "Lena Farrow", "quote-speaker-cue", "said"),
        ),
        (
            "“The repairs are late,” said Lena Farrow.",
            (LATE + ",", "direct", "Lena Farrow", "Lena Farrow", "quote-cue-speaker", "said"),
        ),
        (
            "The new bridge over the river will open before the winter storms, Lena Farrow said.",
            ("The new bridge over the river will open before the winter storms", "indirect")
            + ("Lena Farrow", "Lena Farrow", "clause-speaker-cue", "said"),
        ),
        (
            "The new bridge over the river will open before the winter storms, said Lena Farrow.",
            ("The new bridge over the river will open before the winter storms", "indirect")
            + ("Lena Farrow", "Lena Farrow", "clause-cue-speaker", "said"),
        ),
        (
            "The bridge will open soon, said Lena Farrow, who chairs the council.",
            ("The bridge will open soon", "indirect", "Lena Farrow", "Lena Farrow")
            + ("clause-cue-speaker", "said"),
        ),
    ],
    ids=[
        "quote-speaker-cue",
        "quote-cue-speaker",
        "clause-speaker-cue",
        "clause-cue-speaker",
        "clause-cue-speaker-relative",
    ],
)
def test_speaker_after(doc, expected):
    assert rows(doc) == [expected]


# interrupting attributions ----------------------------------------------------------------


def test_interrupting_cue_gives_both_halves():
    doc = "The new bridge over the river, Lena Farrow said, would open before the winter storms."
    expected = ("Lena Farrow", "Lena Farrow", "clause-speaker-cue-clause", "said")
    assert rows(doc) == [
        ("The new bridge over the river", "indirect") + expected,
        ("would open before the winter storms", "indirect") + expected,
    ]


def test_interrupting_cue_with_a_pronoun():
    doc = (
        "Lena Farrow arrived. "
        "The new bridge over the river, she said, would open before the winter storms."
    )
    expected = ("Lena Farrow", "she", "clause-speaker-cue-clause", "said")
    assert rows(doc) == [
        ("The new bridge over the river", "indirect") + expected,
        ("would open before the winter storms", "indirect") + expected,
    ]


@pytest.mark.parametrize(
    "doc, speaker, pronoun, first, second",
    [
        (
            "Tom Reyes left. The plan, he said, would fail.",
            "Tom Reyes",
            "he",
            "The plan",
            "would fail",
        ),
        (
            "Lena Farrow left. The plan, she said, would fail.",
            "Lena Farrow",
            "she",
            "The plan",
            "would fail",
        ),
        (
            "Tom Reyes left. The deal, he said, would collapse by Friday.",
            "Tom Reyes",
            "he",
            "The deal",
            "would collapse by Friday",
        ),
    ],
)
def test_interrupting_cue_after_a_short_subject(doc, speaker, pronoun, first, second):
    expected = (speaker, pronoun, "clause-speaker-cue-clause", "said")
    assert rows(doc) == [(first, "indirect") + expected, (second, "indirect") + expected]


# colon introductions and transcript turns ------------------------------------------------


def test_colon_introduction_inside_a_paragraph():
    doc = "The meeting was short. Mayor Lena Farrow: “The budget is balanced at last.”"
    assert rows(doc) == [
        (
            "The budget is balanced at last.",
            "direct",
            "Lena Farrow",
            "Mayor Lena Farrow",
            "speaker-colon-quote",
            None,
        )
    ]


def test_colon_introduction_after_from():
    doc = "And from Mayor Lena Farrow: “The budget is balanced at last.”"
    assert rows(doc) == [
        (
            "The budget is balanced at last.",
            "direct",
            "Lena Farrow",
            "Mayor Lena Farrow",
            "speaker-colon-quote",
            None,
        )
    ]


def test_colon_introduction_opening_a_paragraph():
    doc = "Mayor Lena Farrow: “The budget is balanced at last.”"
    assert rows(doc) == [
        (
            "The budget is balanced at last.",
            "direct",
            "Lena Farrow",
            "Mayor Lena Farrow",
            "speaker-colon-quote",
            None,
        )
    ]


def test_transcript_turns_resolve_to_the_people_named_before():
    doc = (
        "The hearing was chaired by Lena Farrow, with Tom Reyes as the only witness.\n"
        "FARROW: The bridge has been closed for far too long.\n"
        "REYES: The steel for the deck arrived three months late."
    )
    assert rows(doc) == [
        (
            "The bridge has been closed for far too long",
            "indirect",
            "Lena Farrow",
            "FARROW",
            "speaker-colon",
            ":",
        ),
        (
            "The steel for the deck arrived three months late",
            "indirect",
            "Tom Reyes",
            "REYES",
            "speaker-colon",
            ":",
        ),
    ]


def test_transcript_question_turn_gives_nothing_and_answer_is_anonymous():
    doc = (
        "Q: Will the bridge reopen before the winter storms arrive?\n"
        "A: We expect the bridge to reopen in the first week of May."
    )
    assert rows(doc) == [
        (
            "We expect the bridge to reopen in the first week of May",
            "indirect",
            None,
            "A",
            "speaker-colon",
            ":",
        )
    ]


def test_transcript_question_from_a_named_speaker_gives_nothing():
    doc = (
        "The hearing was chaired by Lena Farrow.\n"
        "FARROW: Why has the bridge been closed for so long?"
    )
    assert rows(doc) == []


@pytest.mark.parametrize(
    "doc",
    [
        "The Latest: Council votes to close the bridge for repairs",
        "The Latest: Council votes to close the bridge for repairs.\nMore follows tonight.",
        "Breaking News: Heavy rain expected over the river valley tonight.",
        "Weather Update: Heavy rain expected over the river valley tonight.",
    ],
)
def test_headings_with_a_colon_are_not_turns(doc):
    assert rows(doc) == []


@pytest.mark.parametrize(
    "doc",
    [
        "Road Closures: Main Street will be shut until Friday evening.",
        "Ferry Schedule: Boats leave the north pier every hour until dusk.",
    ],
)
def test_headings_that_look_like_names_are_not_turns(doc):
    assert rows(doc) == []


# according to, in the words of ----------------------------------------------------------


@pytest.mark.parametrize(
    "doc, expected",
    [
        (
            "According to Lena Farrow, the bridge will reopen in May.",
            ("the bridge will reopen in May", "indirect", "Lena Farrow", "Lena Farrow"),
        ),
        (
            "The bridge will reopen in May, according to Lena Farrow.",
            (MAY, "indirect", "Lena Farrow", "Lena Farrow"),
        ),
        (
            "The bridge will reopen in May, according to the transport ministry.",
            (MAY, "indirect", "transport ministry", "the transport ministry"),
        ),
        (
            "According to Lena Farrow, the plan is “dead on arrival” in the council.",
            ("the plan is “dead on arrival” in the council", "mixed", "Lena Farrow")
            + ("Lena Farrow",),
        ),
    ],
    ids=["before", "after", "after-org", "mixed"],
)
def test_according_to(doc, expected):
    assert rows(doc) == [expected + ("according-to", "according to")]


def test_in_the_words_of():
    doc = "In the words of Lena Farrow, the bridge is a monument to patience."
    assert rows(doc) == [
        (
            "the bridge is a monument to patience",
            "indirect",
            "Lena Farrow",
            "Lena Farrow",
            "in-the-words-of",
            "in the words of",
        )
    ]


def test_according_to_interrupting():
    doc = "The new bridge over the river, according to Lena Farrow, would open in the spring."
    expected = ("Lena Farrow", "Lena Farrow", "according-to", "according to")
    assert rows(doc) == [
        ("The new bridge over the river", "indirect") + expected,
        ("would open in the spring", "indirect") + expected,
    ]


# listeners, channels, statements -----------------------------------------------------------


@pytest.mark.parametrize(
    "doc, cue",
    [
        ("Lena Farrow told reporters that the bridge will reopen in May.", "told"),
        ("Lena Farrow said in a statement that the bridge will reopen in May.", "said"),
        ("Lena Farrow wrote on Twitter that the bridge will reopen in May.", "wrote"),
        ("Lena Farrow told the council that the bridge will reopen in May.", "told"),
    ],
)
def test_cue_with_listener_or_channel_then_that(doc, cue):
    assert rows(doc) == [
        (
            "the bridge will reopen in May",
            "indirect",
            "Lena Farrow",
            "Lena Farrow",
            "speaker-cue-that",
            cue,
        )
    ]


def test_said_in_a_statement_colon_quote():
    doc = "Lena Farrow said in a statement: “The bridge will reopen in May.”"
    assert rows(doc) == [
        (MAY + ".", "direct", "Lena Farrow", "Lena Farrow", "speaker-cue-quote", "said")
    ]


# quote continuation ------------------------------------------------------------------------


def test_bare_quote_after_a_reported_statement_continues_its_speaker():
    doc = "Lena Farrow said the crews were tired. “We are nearly there.”"
    assert rows(doc) == [
        (
            "the crews were tired",
            "indirect",
            "Lena Farrow",
            "Lena Farrow",
            "speaker-cue-clause",
            "said",
        ),
        (
            "We are nearly there.",
            "direct",
            "Lena Farrow",
            "Lena Farrow",
            "quote-continuation",
            None,
        ),
    ]


def test_bare_quote_after_a_direct_quote_continues_its_speaker():
    doc = "“The crews are tired,” Lena Farrow said. “We are nearly there.”"
    assert rows(doc) == [
        (
            "The crews are tired,",
            "direct",
            "Lena Farrow",
            "Lena Farrow",
            "quote-speaker-cue",
            "said",
        ),
        (
            "We are nearly there.",
            "direct",
            "Lena Farrow",
            "Lena Farrow",
            "quote-continuation",
            None,
        ),
    ]


def test_bare_quote_without_a_statement_before_it_gives_nothing():
    assert (
        rows("Lena Farrow thanked the crews. “We are nearly there.” The council applauded.") == []
    )


def test_bare_quote_long_after_the_statement_gives_nothing():
    doc = (
        "Lena Farrow said the talks would resume. The weather was cold. The roads were "
        "closed. The river rose. “We will not give up on this bridge.”"
    )
    assert rows(doc) == [
        (
            "the talks would resume",
            "indirect",
            "Lena Farrow",
            "Lena Farrow",
            "speaker-cue-clause",
            "said",
        )
    ]


# mixed quotes ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "doc, rule",
    [
        (
            "Lena Farrow said the council backed the “reckless and costly” plan for the bridge.",
            "speaker-cue-clause",
        ),
        (
            "Lena Farrow said that the council backed the “reckless and costly” plan for the "
            "bridge.",
            "speaker-cue-that",
        ),
    ],
)
def test_reported_clause_with_a_quoted_fragment_is_one_mixed_record(doc, rule):
    assert rows(doc) == [
        (
            "the council backed the “reckless and costly” plan for the bridge",
            "mixed",
            "Lena Farrow",
            "Lena Farrow",
            rule,
            "said",
        )
    ]


# negation ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "doc, text, rule, cue",
    [
        (
            "Lena Farrow did not say that the bridge would reopen in May.",
            "the bridge would reopen in May",
            "speaker-cue-that",
            "say",
        ),
        (
            "Lena Farrow did not say the repairs were late.",
            "the repairs were late",
            "speaker-cue-clause",
            "say",
        ),
        (
            "Lena Farrow never said that the repairs were late.",
            "the repairs were late",
            "speaker-cue-that",
            "said",
        ),
        (
            "Lena Farrow has not said whether the repairs were late.",
            "whether the repairs were late",
            "speaker-cue-clause",
            "said",
        ),
    ],
)
def test_negated_cue_is_kept_and_flagged(doc, text, rule, cue):
    record = one(doc)
    assert (record["text"], record["type"], record["speaker"], record["rule"], record["cue"]) == (
        text,
        "indirect",
        "Lena Farrow",
        rule,
        cue,
    )
    assert record["negated"] is True


def test_plain_cue_is_not_negated():
    assert one("Lena Farrow said that the repairs were late.")["negated"] is False


@pytest.mark.parametrize("contraction", ["didn’t", "didn't"])
def test_contracted_negation(contraction):
    record = one(f"Lena Farrow {contraction} say the repairs were late.")
    assert (record["text"], record["speaker"], record["rule"], record["cue"]) == (
        "the repairs were late",
        "Lena Farrow",
        "speaker-cue-clause",
        "say",
    )
    assert record["negated"] is True


# where a reported clause ends ------------------------------------------------------------


@pytest.mark.parametrize(
    "tail",
    [
        ", but the council has not set a date.",
        ", while the mayor says the council has not set a date.",
        ", pointing to the new steel deliveries.",
    ],
    ids=["but", "while-report", "participle"],
)
def test_reported_clause_ends_before_but_while_and_participles(tail):
    doc = "Lena Farrow said the bridge would reopen in May" + tail
    pointing = (  # "pointing to" is a stance cue of its own, with the same speaker
        "the new steel deliveries",
        "indirect",
        "Lena Farrow",
        "Lena Farrow",
        "speaker-cue-clause",
        "pointing to",
    )
    found = rows(doc)
    assert found[0] == (
        "the bridge would reopen in May",
        "indirect",
        "Lena Farrow",
        "Lena Farrow",
        "speaker-cue-clause",
        "said",
    )
    assert found[1:] == ([pointing] if "pointing" in tail else found[1:2])
    assert len(found) == (1 if "but" in tail else 2)


# coordinated cues and participles ----------------------------------------------------------


def test_coordinated_cues_give_two_records():
    doc = (
        "Lena Farrow said the old bridge over the river was safe and said that the repairs "
        "would finish in May."
    )
    assert rows(doc) == [
        (
            "the old bridge over the river was safe",
            "indirect",
            "Lena Farrow",
            "Lena Farrow",
            "speaker-cue-clause",
            "said",
        ),
        (
            "the repairs would finish in May",
            "indirect",
            "Lena Farrow",
            "Lena Farrow",
            "speaker-cue-that",
            "said",
        ),
    ]


@pytest.mark.parametrize("second", ["said", "added"])
def test_coordinated_cues_with_a_short_first_clause(second):
    doc = f"Lena Farrow said the bridge was safe and {second} that the repairs would finish soon."
    assert rows(doc) == [
        (
            "the bridge was safe",
            "indirect",
            "Lena Farrow",
            "Lena Farrow",
            "speaker-cue-clause",
            "said",
        ),
        (
            "the repairs would finish soon",
            "indirect",
            "Lena Farrow",
            "Lena Farrow",
            "speaker-cue-that",
            second,
        ),
    ]


@pytest.mark.parametrize(
    "opening", ["", "On Monday, "], ids=["subject-first", "after-opening-phrase"]
)
def test_participle_saying_is_attributed_to_the_clause_subject(opening):
    doc = opening + "Lena Farrow defended the budget, saying that the repairs would finish in May."
    assert rows(doc) == [
        (
            "the repairs would finish in May",
            "indirect",
            "Lena Farrow",
            "Lena Farrow",
            "speaker-cue-that",
            "saying",
        )
    ]


# stance cues and quote-only cues ------------------------------------------------------------


@pytest.mark.parametrize(
    "doc, text, cue",
    [
        (
            "Lena Farrow criticized the council for delaying the repairs again.",
            "the council for delaying the repairs again",
            "criticized",
        ),
        (
            "Lena Farrow called for an inquiry into the delays at the bridge.",
            "an inquiry into the delays at the bridge",
            "called for",
        ),
        (
            "Lena Farrow wants the council to publish the repair costs.",
            "the council to publish the repair costs",
            "wants",
        ),
    ],
)
def test_stance_cues(doc, text, cue):
    record = one(doc)
    assert tuple(record[f] for f in FIELDS) == (
        text,
        "indirect",
        "Lena Farrow",
        "Lena Farrow",
        "speaker-cue-clause",
        cue,
    )
    assert record["cue_kind"] == "stance"


def test_quote_only_cue_next_to_a_quote():
    doc = "“The repairs are late,” Lena Farrow said. “The council knew it,” she continued."
    assert rows(doc) == [
        (LATE + ",", "direct", "Lena Farrow", "Lena Farrow", "quote-speaker-cue", "said"),
        ("The council knew it,", "direct", "Lena Farrow", "she", "quote-speaker-cue", "continued"),
    ]


@pytest.mark.parametrize(
    "doc",
    [
        "She continued to work on the bridge for three more years.",
        "Lena Farrow continued the repairs through the winter months.",
    ],
)
def test_quote_only_cue_away_from_quotes_gives_nothing(doc):
    assert rows(doc) == []


# relative clauses ----------------------------------------------------------------------------


def test_relative_speaker_cue():
    record = one("The fund, which officials said was missing two million dollars, closed in March.")
    assert (record["type"], record["speaker"], record["speaker_mention"]) == (
        "indirect",
        None,
        "officials",
    )
    assert (record["rule"], record["cue"]) == ("relative-speaker-cue", "said")


def test_relative_speaker_cue_keeps_the_auxiliary():
    record = one("The fund, which officials said was missing two million dollars, closed in March.")
    assert record["text"] == "was missing two million dollars"


def test_relative_speaker_cue_after_that():
    record = one("It was a charity that officials said was missing two million dollars.")
    assert (record["speaker_mention"], record["rule"], record["cue"]) == (
        "officials",
        "relative-speaker-cue",
        "said",
    )


# shapes added for news attribution -------------------------------------------------------


def test_naming_cue_needs_quoted_words():
    assert rows("The mayor called the plan “a gift to developers” on Tuesday.") == [
        (
            "the plan “a gift to developers” on Tuesday",
            "mixed",
            None,
            "The mayor",
            "speaker-cue-clause",
            "called",
        )
    ]
    assert rows("He hosts a show called “Evening Harbour” on weekdays.") == []


def test_clause_ending_in_a_quoted_fragment_is_one_mixed_statement():
    assert rows("The ferry plan was “a gift to developers,” Lena Farrow said.") == [
        (
            "The ferry plan was “a gift to developers,”",
            "mixed",
            "Lena Farrow",
            "Lena Farrow",
            "quote-speaker-cue",
            "said",
        )
    ]


def test_quoted_fragments_inside_a_clause_make_it_mixed():
    doc = "Ms. Okafor admitted “one or two mistakes” where the budget had “slipped through.”"
    [record] = rows(doc)
    assert record[:2] == ("“one or two mistakes” where the budget had “slipped through.”", "mixed")
    assert record[4:] == ("speaker-cue-clause", "admitted")


def test_sibling_clauses_with_their_own_subjects():
    doc = "One in three said the fares were too high, and one in four said the boats were late."
    assert rows(doc) == [
        ("the fares were too high", "indirect", None, "One in three", "speaker-cue-clause", "said"),
        ("the boats were late", "indirect", None, "one in four", "speaker-cue-clause", "said"),
    ]


def test_long_appositive_with_a_relative_clause():
    doc = (
        "Pete Ames, a harbour consultant whose firm was hired by the council last spring, "
        "said the pier would close."
    )
    assert rows(doc) == [
        ("the pier would close", "indirect", "Pete Ames", "Pete Ames", "speaker-cue-clause", "said")
    ]


def test_adverbial_after_an_interrupting_cue():
    doc = (
        "The middle fifth paid 9 percent, the agency said in a June report, and the rest paid less."
    )
    assert [r[0] for r in rows(doc)] == [
        "The middle fifth paid 9 percent",
        "and the rest paid less",
    ]


def test_first_person_outside_quotes_is_not_a_source():
    assert rows("I think the plan will fail.") == []
    assert rows("We believe the pier is safe.") == []


def test_finding_from_documents():
    doc = "Documents from the council archive show the pier was sold in 1990."
    [record] = extract(doc)
    assert (record["text"], record["speaker"], record["speaker_mention"]) == (
        "the pier was sold in 1990",
        "Documents from the council archive",
        "Documents from the council archive",
    )


def test_as_put_it():
    assert rows("As Lena Farrow put it, the pier is the heart of the town.") == [
        (
            "the pier is the heart of the town",
            "indirect",
            "Lena Farrow",
            "Lena Farrow",
            "as-put-it",
            "as … put it",
        )
    ]


@pytest.mark.parametrize(
    "doc",
    [
        "“The pier will reopen in May.” — Lena Farrow",
        "“The pier will reopen in May,” — Lena Farrow",
    ],
)
def test_dash_signature(doc):
    [record] = rows(doc)
    assert record[2:5] == ("Lena Farrow", "Lena Farrow", "quote-dash-speaker")
    assert record[1] == "direct"


def test_noun_cue_with_its_owner():
    doc = "Tom Reyes spoke. His warning that the pier would collapse was ignored by the council."
    [record] = extract(doc)
    assert (record["speaker"], record["speaker_mention"], record["rule"], record["cue"]) == (
        "Tom Reyes",
        "His",
        "noun-that",
        "warning",
    )
    assert record["text"].startswith("the pier would collapse")


def test_noun_after_a_cue_verb_stays_its_object():
    [record] = extract("Tom Reyes repeated his claim that the pier would collapse.")
    assert (record["text"], record["cue"]) == ("his claim that the pier would collapse", "repeated")


def test_plural_report_noun_with_owner():
    record = one("Mara Quist’s claims that the bridge was safe drew jeers from engineers.")
    assert (record["speaker"], record["rule"], record["cue"]) == (
        "Mara Quist",
        "noun-that",
        "claims",
    )
    assert record["text"].startswith("the bridge was safe")


def test_report_noun_in_opening_phrase_ends_at_its_comma():
    record = one(
        "Despite Mr. Tovey’s claims that his farm earns a fortune, the bank closed his account."
    )
    assert (record["text"], record["rule"]) == ("his farm earns a fortune", "noun-that")


def test_lead_went_so_far_as_to_say():
    record = one("The planner Ida Brandt went so far as to say that the old ferry is finished.")
    assert (record["text"], record["speaker"], record["cue"]) == (
        "the old ferry is finished",
        "Ida Brandt",
        "went so far as to say",
    )


def test_statement_put_out_on_a_day_with_a_participle():
    record = one("Ida Brandt issued a statement Tuesday saying that the ferry will run again.")
    assert (record["text"], record["speaker"]) == ("the ferry will run again", "Ida Brandt")


def test_told_listener_after_an_appositive_speaker_is_not_the_speaker():
    doc = "Ida Brandt, who ran the ferry for years, told reporters, “The pier is rotten.”"
    assert rows(doc) == [
        ("The pier is rotten.", "direct", "Ida Brandt", "Ida Brandt", "speaker-cue-quote", "told")
    ]


def test_modal_cue_is_marked():
    [record] = extract("Tom Reyes may argue that the pier is unsafe.")
    assert record["modal"] is True
    [plain] = extract("Tom Reyes argued that the pier is unsafe.")
    assert plain["modal"] is False


def test_quote_signed_in_the_next_sentence():
    doc = (
        "The bank closed the account.\n\n"
        "“Long live free speech!” Lena Farrow, the station's editor, wrote on Twitter, "
        "adding that the bank had given no reason."
    )
    assert [(r[0], r[2], r[3], r[4]) for r in rows(doc)] == [
        ("Long live free speech!", "Lena Farrow", "Lena Farrow", "quote-speaker-cue"),
        ("the bank had given no reason", "Lena Farrow", "Lena Farrow", "speaker-cue-that"),
    ]


def test_infinitive_after_a_listener_and_a_closing_appositive():
    doc = "Senator Lena Warren asked the president to fire the harbour chief, a longtime rival."
    [record] = rows(doc)
    assert record[0] == "the president to fire the harbour chief"
    assert record[2:5] == ("Lena Warren", "Senator Lena Warren", "speaker-cue-clause")


@pytest.mark.parametrize(
    "doc, text, mention, rule",
    [
        (
            "Cameron will work with whoever is elected, the prime minister’s spokesman said.",
            "Cameron will work with whoever is elected",
            "the prime minister’s spokesman",
            "clause-speaker-cue",
        ),
        (
            "The Journal, citing internal documents, reported that the campaign is short of cash.",
            "the campaign is short of cash",
            "The Journal",
            "speaker-cue-that",
        ),
        (
            "Cruz lacks support in Congress, whom he has alienated, said Larry Sabato, a scholar.",
            "Cruz lacks support in Congress, whom he has alienated",
            "Larry Sabato",
            "clause-cue-speaker",
        ),
        (
            "In the free-trade zone, Chinese traders also say business is poor.",
            "business is poor",
            "Chinese traders",
            "speaker-cue-clause",
        ),
    ],
)
def test_sources_with_possessives_appositives_and_inversions(doc, text, mention, rule):
    [record] = extract(doc)
    assert (record["text"], record["speaker_mention"], record["rule"]) == (text, mention, rule)


def test_participle_after_a_reported_clause_keeps_the_subject():
    doc = "On Thursday, Lena Farrow told us that she would not run, conceding the race to Reyes."
    assert [(r[0], r[2], r[4]) for r in rows(doc)] == [
        ("she would not run", "Lena Farrow", "speaker-cue-that"),
        ("the race to Reyes", "Lena Farrow", "speaker-cue-clause"),
    ]


def test_organisation_and_role_between_quote_and_name():
    doc = "“We want fair pay,” Fight for Fairness organizing director Kendall Fells told the paper."
    [record] = rows(doc)
    assert record[2:5] == (
        "Kendall Fells",
        "Fight for Fairness organizing director Kendall Fells",
        "quote-speaker-cue",
    )


def test_inverted_speaker_with_a_long_appositive():
    doc = (
        "The plan has support from every party in the state, said Mindy Romero, director of "
        "the Civic Project at the University of California, Davis, Center for Change."
    )
    [record] = rows(doc)
    assert record[0] == "The plan has support from every party in the state"
    assert record[2:] == ("Mindy Romero", "Mindy Romero", "clause-cue-speaker", "said")


def test_cue_after_a_possessive_is_a_noun():
    assert rows("The mayor’s remarks followed a long discussion with the council.") == []


def test_that_after_an_adverb_between_commas():
    [record] = rows("Lena Farrow revealed, somewhat reluctantly, that she would vote for Reyes.")
    assert (record[0], record[4]) == ("she would vote for Reyes", "speaker-cue-that")


def test_source_phrase_ending_in_a_verb_like_noun():
    [record] = rows("According to the council’s transport report, ferry use rose 12 percent.")
    assert record[2:4] == ("council’s transport report", "the council’s transport report")


def test_in_the_words_of_a_role_then_a_name():
    doc = "In the words of the shadow chancellor, Tom Ellery, “the numbers simply do not add up.”"
    assert rows(doc) == [
        (
            "the numbers simply do not add up.",
            "direct",
            "Tom Ellery",
            "Tom Ellery",
            "in-the-words-of",
            "in the words of",
        )
    ]


def test_relative_clause_with_a_stance_verb_is_a_description():
    doc = (
        "“We need rules,” said Sen. Lena Warren of Maryland, who wants a commission to study them."
    )
    assert [(r[0], r[4]) for r in rows(doc)] == [("We need rules,", "quote-cue-speaker")]


# speakers no pattern reads, and where a reported clause ends ---------------------------


@pytest.mark.parametrize(
    "doc, mention, rule",
    [
        ("“The rail plan is late,” the influential regional daily wrote.",
         "the influential regional daily", "quote-speaker-cue"),
        ("“The rail plan is late,” my grandmother often said.", "my grandmother",
         "quote-speaker-cue"),
        ("“The rail plan is late,” said one owner of a bakery that sells rye bread.",
         "one owner", "quote-cue-speaker"),
    ],
)  # fmt: skip
def test_a_speaker_next_to_the_quote_is_kept_as_a_description(doc, mention, rule):
    r = one("The line opened in 1998. " + doc)
    assert (r["text"], r["speaker_mention"], r["rule"]) == ("The rail plan is late,", mention, rule)
    assert r["speaker"] is None  # a description, not a name


def test_a_person_noun_after_an_organisation_name_is_the_speaker():
    r = one("The line opened in 1998. “We are anxious,” said a Metro user, Ines Alvarado.")
    assert (r["speaker"], r["rule"]) == ("Ines Alvarado", "quote-cue-speaker")


def test_a_wrong_way_closing_mark_still_closes_the_quote():
    doc = "The line opened in 1998. “Apparently not,“ he said. “The trains are old.”"
    assert [r["text"] for r in extract(doc)] == ["Apparently not,", "The trains are old."]


@pytest.mark.parametrize(
    "doc, clause",
    [
        ("Ana Ruiz has long said that she will back the plan, even as she has criticised its cost.",
         "she will back the plan"),
        ("Ana Ruiz vowed to cut the fares while promising to keep every line open.",
         "to cut the fares"),
        ("Ana Ruiz claimed that the line is busy, and on Monday, she visited the depot.",
         "the line is busy"),
    ],
)  # fmt: skip
def test_a_reported_clause_ends_before_what_the_speaker_did_next(doc, clause):
    assert one(doc)["text"] == clause


def test_a_contracted_pronoun_before_the_cue_is_the_speaker():
    doc = "The line opened in 1998. Ana Ruiz spoke next. She’s predicting that the line will close."
    r = one(doc)
    assert (r["text"], r["speaker"], r["speaker_mention"]) == (
        "the line will close",
        "Ana Ruiz",
        "She",
    )


def test_a_possessive_phrase_is_a_source():
    r = one("The line opened in 1998. Mr. Lee's allies say he could not have stopped the sale.")
    assert (r["text"], r["speaker_mention"]) == (
        "he could not have stopped the sale",
        "Lee's allies",
    )


def test_an_opening_adverbial_is_not_the_statement():
    r = one("The line opened in 1998. For the mayor so far, polls suggest she should wait.")
    assert (r["text"], r["speaker_mention"]) == ("she should wait", "polls")


def test_a_statement_ends_before_its_speaker_goes_on_to_a_quote():
    doc = "The line opened in 1998. The mayor noted that she rode it daily, and added: “I love it.”"
    assert [(r["text"], r["rule"]) for r in extract(doc)] == [
        ("she rode it daily", "speaker-cue-that"),
        ("I love it.", "speaker-cue-quote"),
    ]


def test_a_title_case_headline_is_read_as_a_sentence():
    doc = "Mayor Says The Line Will Close In May.\n\nAna Ruiz, the mayor, spoke on Monday."
    [r] = extract(doc)
    assert (r["text"], r["speaker_mention"], r["cue"]) == (
        "The Line Will Close In May",
        "Mayor",
        "says",  # the cue as read, in sentence case
    )


def test_title_case_without_a_cue_gives_nothing():
    assert (
        extract("Road Closures Announced For Main Street This Weekend.\n\nThe line opened.") == []
    )


def test_an_interrupting_cue_after_an_opener_gives_both_pieces():
    doc = "The line opened in 1998. In some ways, the engineers noted, the old trains ran better."
    assert [r["text"] for r in extract(doc)] == ["In some ways", "the old trains ran better"]


def test_a_subordinate_clause_after_an_interrupting_cue_is_reported_too():
    doc = (
        "The line opened in 1998. A train hit the barrier, French officials said, before "
        "stopping at the platform."
    )
    assert [(r["text"], r["speaker_mention"], r["rule"]) for r in extract(doc)] == [
        ("A train hit the barrier", "French officials", "clause-speaker-cue-clause"),
        ("before stopping at the platform", "French officials", "clause-speaker-cue-clause"),
    ]


def test_a_closing_cue_may_say_where_it_was_said():
    doc = "The line opened in 1998. The fares will rise, Ana Ruiz said during a speech to MPs."
    r = one(doc)
    assert (r["text"], r["speaker"]) == ("The fares will rise", "Ana Ruiz")


@pytest.mark.parametrize(
    "doc, text, mention",
    [
        ("The trains were late all winter, as Ana Ruiz noted in the Herald.",
         "The trains were late all winter", "Ana Ruiz"),
        ("As the mayor said on Monday, the fares will rise.", "the fares will rise", "the mayor"),
        ("The depot was badly run, as described by the inspectors.",
         "The depot was badly run", "the inspectors"),
    ],
)  # fmt: skip
def test_as_the_speaker_noted(doc, text, mention):
    r = one("The line opened in 1998. " + doc)
    assert (r["text"], r["speaker_mention"], r["rule"]) == (text, mention, "as-said")


def test_as_telling_when_reports_nothing():
    doc = "The line opened in 1998. The staff cheered as the candidates respond to questions."
    assert extract(doc) == []


def test_listener_ends_before_a_new_subject():
    r = one("Tomas Berg told the AP his crew had repaired the hull twice.")
    assert (r["text"], r["speaker"], r["rule"]) == (
        "his crew had repaired the hull twice",
        "Tomas Berg",
        "speaker-cue-clause",
    )


@pytest.mark.parametrize(
    "doc, text",
    [
        ("Tomas Berg said in one of a long series of radio messages that the ferry was safe.",
         "the ferry was safe"),
        ("Tomas Berg had said in an interview taped before the storm that the ferry was safe.",
         "the ferry was safe"),
        ("Tomas Berg told a crowd of pilots in Bergen he would keep the ferry running.",
         "he would keep the ferry running"),
    ],
)  # fmt: skip
def test_reported_clause_after_a_long_phrase_of_place_or_channel(doc, text):
    r = one(doc)
    assert (r["text"], r["speaker"]) == (text, "Tomas Berg")


def test_a_phrase_after_the_cue_stops_at_a_clause_of_its_own():
    doc = (
        "The station said in a statement Monday its lawyers were busy and that it would stay open."
    )
    assert all(r["text"] != "it would stay open" for r in extract(doc))  # not the 2nd "that"


def test_a_second_cue_after_a_quoted_fragment_keeps_the_speaker_before_it():
    doc = "Tomas Berg said the crew “went into rescue mode” and said the hull was sound."
    assert rows(doc) == [
        ("the crew “went into rescue mode”", "mixed", "Tomas Berg", "Tomas Berg")
        + ("speaker-cue-clause", "said"),
        (
            "the hull was sound",
            "indirect",
            "Tomas Berg",
            "Tomas Berg",
            "speaker-cue-clause",
            "said",
        ),
    ]


def test_said_about_an_amount_reports_a_clause_but_about_a_topic_does_not():
    r = one("The line opened in 1998. The audit office said about half of the fares went unpaid.")
    assert r["text"] == "about half of the fares went unpaid"
    assert extract("The line opened in 1998. The mayor talked about the plan for hours.") == []
    r = one("The line opened in 1998. The Herald reported at least six trains ran late.")
    assert r["text"] == "at least six trains ran late"


@pytest.mark.parametrize(
    "doc, text, mention",
    [
        ("The closure of the pier was first reported by the Harbour Gazette.",
         "The closure of the pier", "Harbour Gazette"),
        ("In May, the fare rise was confirmed by Ana Ruiz.", "the fare rise", "Ana Ruiz"),
        ("The fires, which were claimed by a small group, spread fast.", "which",
         "a small group"),
        ("The pier is old, and its closure might be announced by the council.",
         "its closure", "the council"),
    ],
)  # fmt: skip
def test_a_passive_with_a_by_agent_reports_its_subject(doc, text, mention):
    found = extract("The line opened in 1998. " + doc)
    assert [(r["text"], r["speaker_mention"], r["rule"]) for r in found] == [
        (text, mention, "passive-by")
    ]


def test_a_modal_before_the_cue_keeps_the_speaker_and_is_marked():
    r = one("The line opened in 1998. Ana Ruiz must promise to keep the fares low.")
    assert (r["text"], r["speaker"], r["cue"], r["modal"]) == (
        "to keep the fares low",
        "Ana Ruiz",
        "promise",
        True,
    )


def test_made_no_mention_of_reports_what_was_left_out():
    r = one(
        "The line opened in 1998. In her speech Ana Ruiz made no mention of the fares or the depot."
    )
    assert (r["text"], r["speaker"], r["cue"]) == (
        "the fares or the depot",
        "Ana Ruiz",
        "made no mention of",
    )


def test_one_and_another_are_sources():
    doc = "The line opened in 1998. One study says the line is full, while another says it is not."
    assert [(r["text"], r["speaker_mention"]) for r in extract(doc)] == [
        ("the line is full", "One study"),
        ("it is not", "another"),
    ]


def test_a_subject_with_a_long_modifier_before_a_finite_cue_speaks():
    doc = (
        "The line opened in 1998. Union leaders campaigning to keep Ana Ruiz from the mayoral "
        "nomination say they are winning."
    )
    r = one(doc)
    assert (r["text"], r["speaker_mention"]) == ("they are winning", "Union leaders")


def test_an_opening_phrase_is_not_taken_for_the_subject():
    doc = "The line opened in 1998. At a heated meeting with the tenants urged the mayor to resign."
    assert extract(doc) == []


def test_a_reason_after_an_interrupting_cue_is_part_of_the_statement():
    doc = "The line opened in 1998. She rides it daily, she says, because the buses are slow."
    assert [r["text"] for r in extract(doc)] == ["She rides it daily", "because the buses are slow"]


def test_a_closing_cue_may_say_which_day():
    doc = "The line opened in 1998. The fares will rise, transit officials said Friday afternoon."
    r = one(doc)
    assert (r["text"], r["speaker_mention"]) == ("The fares will rise", "transit officials")


@pytest.mark.parametrize(
    "tail",
    [" — a plan the unions oppose", " - though it is unclear when", ", and his office is hiring"],
)
def test_a_reported_clause_ends_before_a_dash_aside_or_a_new_subject(tail):
    r = one("The line opened in 1998. Ana Ruiz said the depot would close" + tail + ".")
    assert r["text"] == "the depot would close"


@pytest.mark.parametrize(
    "tail",
    [
        " -- savings that will help the budget",
        " — and the unions are angry",
        " - even as fares rise",
    ],
)
def test_a_reported_clause_ends_before_a_lone_dash_elaboration(tail):
    r = one("The line opened in 1998. Ana Ruiz said the depot would close" + tail + ".")
    assert r["text"] == "the depot would close"


@pytest.mark.parametrize(
    "tail",
    [
        " - ensuring that fares stay low",
        " — and that the yard would too",
        " - unless the city pays",
        " - at least for a year",
        " — only that the yard would stay",
    ],
)
def test_a_reported_clause_goes_on_past_a_dash_that_continues_it(tail):
    r = one("The line opened in 1998. Ana Ruiz said the depot would close" + tail + ".")
    assert r["text"] == "the depot would close" + tail


def test_a_paired_dash_aside_stays_inside_the_reported_clause():
    doc = "The line opened in 1998. Ana Ruiz said the depot — a shed built in 1920 — would close."
    assert one(doc)["text"] == "the depot — a shed built in 1920 — would close"


def test_a_hyphen_is_not_a_dash():
    doc = "The line opened in 1998. Ana Ruiz said the U.S.-Canada route lost 5-1 to the ferry."
    assert one(doc)["text"] == "the U.S.-Canada route lost 5-1 to the ferry"


def test_a_cue_inside_a_dash_aside_reports_up_to_the_closing_dash():
    doc = (
        "The line opened in 1998. Ana Ruiz - who once said the depot would close - said on "
        "Monday that the yard would stay open."
    )
    found = extract(doc)
    assert [r["text"] for r in found] == ["the depot would close", "the yard would stay open"]
    assert found[1]["speaker"] == "Ana Ruiz"


@pytest.mark.parametrize(
    "doc, text, rule, cue",
    [
        ("As proof, Ana Ruiz pointed to the rising fares on the ferry.",
         "the rising fares on the ferry", "speaker-cue-clause", "pointed to"),
        ("At the hearing, Ana Ruiz asked for a full review of the fares.",
         "a full review of the fares", "speaker-cue-clause", "asked for"),
        ("Ana Ruiz issued a statement saying the fares would rise.",
         "the fares would rise", "speaker-cue-clause", "issued a statement saying"),
        ("Ana Ruiz later went on to say that the fares would rise.",
         "the fares would rise", "speaker-cue-that", "went on to say"),
        ("Ana Ruiz described the depot as badly run and too small.",
         "the depot as badly run and too small", "speaker-cue-clause", "described"),
        ("Ana Ruiz has asked the High Court to halt the sale.",
         "the High Court to halt the sale", "speaker-cue-clause", "asked"),
    ],
)  # fmt: skip
def test_cue_phrases_report_with_their_subject_as_speaker(doc, text, rule, cue):
    r = one("The line opened in 1998. " + doc)
    assert (r["text"], r["speaker"], r["rule"], r["cue"]) == (text, "Ana Ruiz", rule, cue)


def test_said_to_a_listener_alone_reports_nothing():
    assert extract("The line opened in 1998. Ana Ruiz said to us in May.") == []


@pytest.mark.parametrize(
    "doc",
    [
        "After Ana Ruiz testified, the council voted to close the depot.",
        "Initially a Democrat, Ana Ruiz declared herself an independent in 2007.",
        "Even then, the Democrats are strongly favored to keep the council.",
    ],
)
def test_no_report_in_an_opening_clause_a_reflexive_or_a_passive(doc):
    assert extract("The line opened in 1998. " + doc) == []


def test_a_question_put_by_an_asker_is_reported_with_the_asker_as_speaker():
    doc = (
        "The line opened in 1998. When asked by a reporter whether the fares would rise, "
        "Ana Ruiz said, “We will see.”"
    )
    assert [(r["text"], r["speaker_mention"], r["rule"]) for r in extract(doc)] == [
        ("whether the fares would rise", "a reporter", "asked-by"),
        ("We will see.", "Ana Ruiz", "speaker-cue-quote"),
    ]


def test_asked_someone_about_reports_the_topic_of_the_question():
    r = one("The line opened in 1998. Tom Berg asked the mayor about the broken escalators.")
    assert (r["text"], r["speaker"]) == ("about the broken escalators", "Tom Berg")


def test_a_cue_in_a_when_clause_ends_at_its_comma():
    doc = (
        "The line opened in 1998, and when the Herald asked Ana Ruiz about the fares, "
        "her deputy said the board would decide at its next meeting."
    )
    assert [r["text"] for r in extract(doc)] == [
        "about the fares",
        "the board would decide at its next meeting",
    ]


def test_a_short_clause_after_the_cue_is_the_statement_not_a_tail():
    doc = "The line opened in 1998. The fares are too high, her deputy said the board would decide."
    r = one(doc)
    assert (r["text"], r["speaker_mention"]) == ("the board would decide", "her deputy")


def test_according_to_after_a_whole_clause_reports_the_clause():
    doc = (
        "The line opened in 1998. Ticket sales rose by a fifth in the first year of the "
        "new timetable, according to the transit authority, more than it had expected."
    )
    r = one(doc)
    assert r["text"].startswith("Ticket sales rose by a fifth")
    assert r["speaker_mention"] == "the transit authority"


def test_according_to_a_long_source():
    doc = (
        "The line opened in 1998. According to early results of the passenger survey carried "
        "out by the Harbour Institute for the transit authority and the city council, most "
        "riders want later trains."
    )
    r = one(doc)
    assert (r["text"], r["rule"]) == ("most riders want later trains", "according-to")


@pytest.mark.parametrize(
    "doc, role",
    [
        ("The mayor, Ana Ruiz, said the fares would rise next spring.", "mayor"),
        ("One of the authors of that report, Ana Ruiz, said the fares would rise next spring.",
         None),
    ],
)  # fmt: skip
def test_a_name_in_the_appositive_is_the_speaker(doc, role):
    r = one("The line opened in 1998. " + doc)
    assert (r["text"], r["speaker"], r["speaker_role"]) == (
        "the fares would rise next spring",
        "Ana Ruiz",
        role,
    )


@pytest.mark.parametrize(
    "doc, mention",
    [
        ("The fares will rise this spring, noted the Herald’s Tom Berg.", "the Herald’s Tom Berg"),
        ("The Herald’s Tom Berg said the fares will rise this spring.", "The Herald’s Tom Berg"),
    ],
)
def test_a_name_after_a_possessive_owner_is_the_person(doc, mention):
    r = one("The line opened in 1998. " + doc)
    assert (r["speaker"], r["speaker_mention"]) == ("Tom Berg", mention)
    assert r["speaker_role"].endswith("Herald")


def test_vague_quantities_speak_and_a_time_phrase_does_not():
    found = extract("The line opened in 1998. Even then, others insist, the old trains ran better.")
    assert [(r["text"], r["speaker_mention"]) for r in found] == [
        ("Even then", "others"),
        ("the old trains ran better", "others"),
    ]
    doc = "The line opened in 1998. One month after the vote, the mayor thinks the plan works."
    assert one(doc)["speaker_mention"] == "the mayor"


# precision of speaker-cue-clause ------------------------------------------------------


@pytest.mark.parametrize(
    "doc",
    [
        "The mayor spent Monday touring farms, filming cooking shows and meeting growers.",
        "Crime dramas like the one she hosts draw big audiences.",
        "Radio comedy shows like Late Talk often mock the council.",
        "Local news reports and a long account in a trade journal described the deal.",
        "She quit the parties she once supported, like the Greens and the Reform list.",
    ],
)
def test_a_cue_word_before_and_or_like_is_a_noun_not_a_report(doc):
    assert extract("The line opened in 1998. " + doc) == []


def test_a_cue_after_a_comma_may_go_on_with_and():
    doc = "The train stopped at the bridge, the driver said, and everyone got off."
    texts = [r["text"] for r in extract(doc)]
    assert "and everyone got off" in texts or "everyone got off" in texts


def test_two_cue_verbs_joined_by_or_still_report():
    r = one("The line opened in 1998. The mayor agrees or disagrees with the council by turns.")
    assert r["speaker_mention"] == "The mayor"


@pytest.mark.parametrize(
    "doc",
    [
        "The coach later posted a Facebook comment of his own about the match.",
        "Another plan falls by the wayside.",
        "Several reports since then have covered the strike.",
        "Letters and answers have been shortened for space.",
        "The audit report was published in March and sent to the board.",
    ],
)
def test_a_cue_word_that_disagrees_with_its_subject_or_meets_a_verb_is_a_noun(doc):
    assert extract("The line opened in 1998. " + doc) == []


@pytest.mark.parametrize(
    "doc, mention",
    [
        ("A spokesman says the line will reopen in May.", "A spokesman"),
        ("A third of riders say the fares are too high.", "A third of riders"),
        ("Many riders say the fares are too high.", "Many riders"),
    ],
)
def test_a_cue_that_agrees_with_its_subject_still_reports(doc, mention):
    assert one("The line opened in 1998. " + doc)["speaker_mention"] == mention


@pytest.mark.parametrize(
    "doc, text",
    [
        ("Ana Ruiz said Sunday in Leeds, England, that the fares would rise.",
         "the fares would rise"),
        ("Ana Ruiz said, per a translator, that the fares would rise.", "the fares would rise"),
        ("Ana Ruiz said the depot, which critics say is too small, would stay open.",
         "the depot, which critics say is too small, would stay open"),
    ],
)  # fmt: skip
def test_asides_between_the_cue_and_its_clause(doc, text):
    assert [r["text"] for r in extract("The line opened in 1998. " + doc)] == [text]


def test_a_dateline_and_today_do_not_hide_the_subject():
    doc = (
        "LEEDS, March 3 — The Harbour Transit Authority today announced a ferry route to the docks."
    )
    r = one(doc)
    assert (r["speaker_mention"], r["text"]) == (
        "The Harbour Transit Authority",
        "a ferry route to the docks",
    )


def test_a_title_of_two_words_stays_out_of_the_name():
    r = one("The line opened in 1998. “The ferry is late,” said Chief Executive Tom Berg.")
    assert (r["speaker"], r["speaker_role"]) == ("Tom Berg", "Chief Executive")


def test_the_author_in_the_first_person_outside_quotes_is_not_a_source():
    assert extract("The line opened in 1998. The fares will not rise, I can promise that.") == []


@pytest.mark.parametrize(
    "doc, text",
    [
        ("Ana Ruiz warned that the mayor, even as a candidate, had cut the budget.",
         "the mayor, even as a candidate, had cut the budget"),
        ("Ana Ruiz said that the depot, which opened in 1920, would close.",
         "the depot, which opened in 1920, would close"),
        ("As the council met, Ana Ruiz noted that even on weekdays, the trains were late.",
         "even on weekdays, the trains were late"),
    ],
)  # fmt: skip
def test_a_that_clause_does_not_end_before_its_verb(doc, text):
    assert one("The line opened in 1998. " + doc)["text"] == text


def test_an_opening_clause_closed_before_the_speaker_does_not_end_the_statement_early():
    doc = (
        "The line opened in 1998. When the council met, Ana Ruiz said the depot, the yard "
        "and the shops would close."
    )
    assert one(doc)["text"] == "the depot, the yard and the shops would close"


def test_a_comma_closing_a_quoted_fragment_ends_the_clause_before_a_participle_cue():
    doc = "The line opened in 1998. Ana Ruiz called it “a disaster,” adding that the fares rose."
    found = extract(doc)
    assert [(r["text"], r["speaker"]) for r in found] == [
        ("it “a disaster,”", "Ana Ruiz"),
        ("the fares rose", "Ana Ruiz"),
    ]


def test_a_comma_closing_a_quoted_fragment_ends_an_opening_clause():
    doc = (
        "The line opened in 1998. When the mayor said that the depot was “badly run,” the "
        "unions walked out."
    )
    assert one(doc)["text"] == "the depot was “badly run,”"


def test_a_statement_does_not_end_on_an_opening_quotation_mark():
    assert attribution._trim("He called it a “", 0, 16) == (0, 14)


def test_even_before_an_opening_subordinator_still_opens_a_clause():
    doc = (
        "The line opened in 1998. Even as Ana Ruiz has said that the depot will stay open, "
        "her office is selling the land."
    )
    assert one(doc)["text"] == "the depot will stay open"


def test_a_participle_cue_after_its_subject_ends_before_the_subjects_verb():
    doc = (
        "The line opened in 1998. Ana Ruiz, recalling her first years on the council, "
        "described the depot as a ruin."
    )
    found = extract(doc)
    assert [(r["text"], r["speaker"]) for r in found] == [
        ("her first years on the council", "Ana Ruiz"),
        ("the depot as a ruin", "Ana Ruiz"),
    ]


def test_a_participle_clause_after_an_adverb_ends_the_reported_clause():
    doc = "The line opened in 1998. Ana Ruiz said the depot would close, quietly ending a feud."
    assert one(doc)["text"] == "the depot would close"


def test_a_long_object_phrase_before_a_colon_introduces_the_quotation():
    doc = (
        "The line opened in 1998. Ana Ruiz has said the same thing at every stop, every "
        "rally and every town hall: “The depot must stay open.”"
    )
    r = one(doc)
    assert (r["text"], r["type"]) == ("The depot must stay open.", "direct")


def test_a_clause_before_a_colon_is_not_an_object_phrase():
    doc = (
        "The line opened in 1998. Ana Ruiz said there was no plan to sell the depot or the "
        "yard, adding: “We will talk about it.”"
    )
    assert extract(doc)[0]["text"] == "there was no plan to sell the depot or the yard"


@pytest.mark.parametrize(
    "doc",
    [
        "The line opened in 1998. Ana Ruiz went on to visit the “Blue Line,” and the ferry.",
        "The line opened in 1998. She went on to tour the “Blue Line,” note that it had been "
        "rebuilt, and ride the ferry.",
    ],
)
def test_went_on_to_act_is_not_speech_and_a_that_clause_is_not_a_speaker(doc):
    assert extract(doc) == []


def test_a_quotation_before_said_when_asked_is_the_statement():
    doc = "“Absolutely,” Ana Ruiz said when asked by a reporter if the depot would close."
    found = extract(doc)
    assert [(r["text"], r["speaker_mention"], r["rule"]) for r in found] == [
        ("Absolutely,", "Ana Ruiz", "quote-speaker-cue"),
        ("if the depot would close", "a reporter", "asked-by"),
    ]


@pytest.mark.parametrize(
    "doc, text",
    [
        ("Ana Ruiz said almost nothing about the fares for the new line.",
         "the fares for the new line"),
        ("Ana Ruiz has said much over the years about the fares for the line.",
         "the fares for the line"),
        ("Ana Ruiz said little had changed at the depot.", "little had changed at the depot"),
    ],
)  # fmt: skip
def test_saying_nothing_or_much_about_a_topic_reports_the_topic(doc, text):
    assert one("The line opened in 1998. " + doc)["text"] == text


def test_a_pronoun_after_a_cue_that_follows_a_participle_aside_opens_the_clause():
    doc = (
        "The line opened in 1998. Ana Ruiz, contradicting the mayor, said she had told the "
        "council at the first meeting that the depot would close."
    )
    r = one(doc)
    assert (r["text"], r["speaker"]) == (
        "she had told the council at the first meeting that the depot would close",
        "Ana Ruiz",
    )


def test_a_cue_followed_by_its_infinitive_does_not_close_the_sentence():
    doc = "The line opened in 1998. Ana Ruiz says despite the cost, she plans to ride it daily."
    r = one(doc)
    assert (r["text"], r["speaker"]) == ("despite the cost, she plans to ride it daily", "Ana Ruiz")


@pytest.mark.parametrize(
    "doc, text",
    [
        ("This can make riders feel safer, adds Ana Ruiz.", "This can make riders feel safer"),
        ("Now the fares will rise, says Ana Ruiz.", "Now the fares will rise"),
    ],
)
def test_a_clause_opening_with_an_adverbial_word_is_still_a_clause(doc, text):
    r = one("The line opened in 1998. " + doc)
    assert (r["text"], r["speaker"]) == (text, "Ana Ruiz")


def test_a_quotation_opening_a_parenthesis_is_direct_speech_not_a_mixed_clause():
    doc = (
        "The fare rise drew complaints from riders (“I walk now,” wrote Ana Ruiz, a nurse, "
        "on the forum) and the board will meet."
    )
    r = extract(doc)[0]
    assert (r["text"], r["type"], r["speaker"]) == ("I walk now,", "direct", "Ana Ruiz")


def test_a_dash_ends_a_reported_clause_inside_an_opening_subordinate_clause():
    doc = (
        "The line opened in 1998. When Ana Ruiz noted that the depot had closed twice — as "
        "was true in 1990 and 2001 — the mayor walked out."
    )
    assert extract(doc)[0]["text"] == "the depot had closed twice"


def test_a_cue_after_a_modal_at_the_end_is_part_of_the_reported_clause():
    doc = "The line opened in 1998. Ana Ruiz told us that if fares rose, she would advise walking."
    r = one(doc)
    assert (r["text"], r["speaker"]) == ("if fares rose, she would advise walking", "Ana Ruiz")


@pytest.mark.parametrize(
    "doc, text, speaker",
    [
        ("The mayor warned the council not to sell the depot, said an aide who was there.",
         "The mayor warned the council not to sell the depot", "an aide"),
        ("Ana Ruiz thinks the depot is too small for the trains, her brother said on Monday "
         "at a rally in the park.",
         "Ana Ruiz thinks the depot is too small for the trains", "her brother"),
    ],
)  # fmt: skip
def test_a_closing_speech_tag_is_not_swallowed_by_an_earlier_clause(doc, text, speaker):
    found = extract("The line opened in 1998. " + doc)
    assert (found[0]["text"], found[0]["speaker_mention"]) == (text, speaker)


def test_a_speech_tag_ends_a_reported_clause_that_runs_into_it():
    doc = (
        "The line opened in 1998. Ana Ruiz said the depot was full, Tom Lee wrote in a letter "
        "that was read aloud."
    )
    assert extract(doc)[0]["text"] == "the depot was full"


def test_a_that_followed_by_a_verb_after_the_cue_opens_a_relative_clause():
    doc = (
        "The line opened in 1998. Ana Ruiz wrote in a letter that was read aloud the depot is full."
    )
    assert "that was read aloud" not in [r["text"] for r in extract(doc)]


def test_a_head_left_with_only_another_speaker_and_cue_is_dropped():
    doc = (
        "The line opened in 1998. Ana Ruiz said the depot was full, Tom Lee wrote in a letter "
        "that was read aloud."
    )
    assert [r["text"] for r in extract(doc)] == ["the depot was full"]


@pytest.mark.parametrize(
    "lead",
    ["Because of the long delays, ", "Whatever the board decides, ", "When the fares rose, "],
)
def test_an_opening_adverbial_before_a_quotation_is_not_part_of_the_statement(lead):
    r = one("The line opened in 1998. " + lead + "“riders will walk,” Ana Ruiz said.")
    assert (r["text"], r["type"]) == ("riders will walk,", "direct")


def test_a_participle_cue_after_a_dash_starts_its_own_statement():
    doc = (
        "The line opened in 1998. Ana Ruiz said the depot was too small - noting that the "
        "yard had room for only six trains."
    )
    found = extract(doc)
    assert [(r["text"], r["speaker"]) for r in found] == [
        ("the depot was too small", "Ana Ruiz"),
        ("the yard had room for only six trains", "Ana Ruiz"),
    ]


def test_a_sibling_clause_with_an_approximate_amount_as_subject_reports_on_its_own():
    doc = (
        "The line opened in 1998. Half of the riders said the fares are too high, and nearly "
        "three in five said the trains are late."
    )
    assert [r["text"] for r in extract(doc)] == ["the fares are too high", "the trains are late"]


@pytest.mark.parametrize(
    "doc, text",
    [
        ("Ana Ruiz asked the driver to slow down and warn the riders.",
         "the driver to slow down and warn the riders"),
        ("Ana Ruiz said the plan is to close the depot and promise new buses.",
         "the plan is to close the depot and promise new buses"),
        ("The riders said they are tired of it but hope for new buses.",
         "they are tired of it but hope for new buses"),
    ],
)  # fmt: skip
def test_a_bare_cue_verb_after_and_goes_on_with_the_infinitive(doc, text):
    assert one("The line opened in 1998. " + doc)["text"] == text


def test_a_finite_cue_verb_after_and_still_starts_a_second_statement():
    doc = (
        "The line opened in 1998. Ana Ruiz asked the driver to slow down and warned that the "
        "bridge was weak."
    )
    assert [r["text"] for r in extract(doc)] == ["the driver to slow down", "the bridge was weak"]


@pytest.mark.parametrize(
    "doc, text",
    [
        ("Ana Ruiz vowed to build a new depot, which would hold ten trains, to end the delays.",
         "to build a new depot, which would hold ten trains, to end the delays"),
        ("Ana Ruiz said her audit found that the old sheds, which date from 1920, are unsafe.",
         "her audit found that the old sheds, which date from 1920, are unsafe"),
        ("Ana Ruiz said the depot would close, which angered the riders.",
         "the depot would close"),
    ],
)  # fmt: skip
def test_a_relative_clause_closed_by_a_comma_before_the_verb_stays_inside(doc, text):
    assert one("The line opened in 1998. " + doc)["text"] == text


def test_but_that_goes_on_with_the_same_report():
    doc = (
        "The line opened in 1998. Ana Ruiz predicted that fares would rise at first, but that "
        "the new buses would win riders back."
    )
    assert one(doc)["text"] == (
        "fares would rise at first, but that the new buses would win riders back"
    )


@pytest.mark.parametrize(
    "tail, text",
    [
        (", though the yard may stay.", "the depot would close, though the yard may stay"),
        (", though she noted the yard may stay.", "the depot would close"),
        (
            ", while the yard would stay open.",
            "the depot would close, while the yard would stay open",
        ),
        (", while most riders say the yard will stay.", "the depot would close"),
        (", while promising a new one.", "the depot would close"),
        (", but would reopen in May.", "the depot would close, but would reopen in May"),
        (", but not the yard.", "the depot would close, but not the yard"),
        (", but couldn’t say when.", "the depot would close, but couldn’t say when"),
        (", but the mayor wants it open.", "the depot would close"),
    ],
)
def test_a_concession_goes_on_unless_it_holds_a_report_of_its_own(tail, text):
    doc = "The line opened in 1998. Ana Ruiz said the depot would close" + tail
    assert extract(doc)[0]["text"] == text


@pytest.mark.parametrize(
    "doc, text",
    [
        ("The mayor took calls from riders who said the fares were high, but could not walk.",
         "the fares were high, but could not walk"),
        ("The mayor, who said the fares were high, took the bus.", "the fares were high"),
        ("For a mayor who said the fares were high, Ana Ruiz rode the bus a lot.",
         "the fares were high"),
    ],
)  # fmt: skip
def test_a_restrictive_relative_report_runs_past_a_comma_an_aside_does_not(doc, text):
    assert extract("The line opened in 1998. " + doc)[0]["text"] == text


def test_a_closing_according_to_takes_only_the_last_part_after_another_report():
    doc = (
        "The line opened in 1998. Ana Ruiz says the depot is too small for the trains, which "
        "number 40 this year, according to the city."
    )
    found = extract(doc)
    assert [(r["text"], r["speaker"]) for r in found] == [
        ("the depot is too small for the trains", "Ana Ruiz"),
        ("which number 40 this year", "city"),
    ]


def test_an_opening_adverbial_before_a_closing_according_to_is_left_out():
    doc = (
        "The line opened in 1998. Despite the rise in fares, ridership grew by a third last "
        "year, according to the city."
    )
    assert one(doc)["text"] == "ridership grew by a third last year"


def test_words_before_a_pronoun_speaker_after_a_quotation_are_not_a_role():
    doc = (
        "The line opened in 1998. Ana Ruiz said she opposed the plan because “it costs too "
        "much,” including items she said were never needed."
    )
    r = extract(doc)[0]
    assert (r["speaker"], r["rule"]) == ("Ana Ruiz", "speaker-cue-clause")
    assert r["text"].startswith("she opposed the plan because “it costs too much,”")


def test_an_auxiliary_right_after_the_cue_opens_a_gapped_clause():
    doc = "The line opened in 1998. Ana Ruiz listed items she said were never needed by the depot."
    r = one(doc)
    assert (r["text"], r["speaker_mention"]) == ("were never needed by the depot", "she")


def test_a_report_inside_an_opening_participle_phrase_ends_at_its_comma():
    doc = (
        "The line opened in 1998. Asked whether she would support the plan to close the "
        "depot, Ana Ruiz smiled."
    )
    texts = [r["text"] for r in extract(doc)]
    assert texts == ["whether she would support the plan to close the depot"]


def test_a_whose_clause_ends_the_reported_clause_like_which():
    doc = "The line opened in 1998. Ana Ruiz said she hired Tom Lee, whose firm built the depot."
    assert one(doc)["text"] == "she hired Tom Lee"
