"""Statements in and around quotations: continuations, split and multi-paragraph quotes,
mixed clauses, appositives, first-person sources, through extract().

Every sentence here is invented for the test. Records are compared as in
test_attribution.py: tuples of (text, type, speaker, speaker_mention, rule, cue).
"""

import pytest
from extracted import one, rows

from tracker.extract import extract


@pytest.mark.parametrize(
    "doc, text",
    [
        (
            "I told the mayor that the pier would need new pilings.",
            "the pier would need new pilings",
        ),
        ("Last week I asked the mayor if she would run again.", "if she would run again"),
        ("I argue that ferry fares should be cut in half.", "ferry fares should be cut in half"),
    ],
)
def test_the_author_reporting_their_own_words_is_a_source(doc, text):
    r = one(doc)
    assert (r["text"], r["speaker_mention"]) == (text, "I")


@pytest.mark.parametrize(
    "doc",
    [
        "I say the pier is the heart of the town.",
        "We told the council that the pier was unsafe.",
        "You say the ferry is late again.",
        "I believe the ferry will be late.",
    ],
)
def test_the_author_saying_or_writing_now_or_in_the_plural_is_not_a_source(doc):
    assert extract(doc) == []


def test_a_quotation_far_into_the_clause_after_the_cue_does_not_hide_the_clause_before():
    doc = (
        "“You pushed the tellers too hard” to lift the share price, she said at a hearing on "
        "the bank’s drive to “cross-sell” accounts."
    )
    assert [r[:2] + r[4:5] for r in rows(doc)] == [
        ("“You pushed the tellers too hard” to lift the share price", "mixed", "clause-speaker-cue")
    ]
    doc = "The ferry, she said, will run at a loss to win “new riders” this year."
    assert [r[0] for r in rows(doc)] == [
        "The ferry",
        "will run at a loss to win “new riders” this year",
    ]


def test_a_quotation_right_after_the_cue_is_the_statement():
    doc = "The ferry will run at a loss, she said, “at least for now.”"
    assert [r[0] for r in rows(doc)][-1] == "at least for now."


@pytest.mark.parametrize(
    "doc, mention",
    [
        (
            "“The ferry is late again,” BBC Radio Leeds co-host Dana Pike said.",
            "BBC Radio Leeds co-host Dana Pike",
        ),
        (
            "“The ferry is late again,” Harbour Trust chair Dana Pike said.",
            "Harbour Trust chair Dana Pike",
        ),
    ],
)
def test_a_run_of_capitalised_words_before_the_name_qualifies_the_speaker(doc, mention):
    r = one(doc)
    assert (r["text"], r["speaker"], r["speaker_mention"]) == (
        "The ferry is late again,",
        "Dana Pike",
        mention,
    )


@pytest.mark.parametrize("role", ["managing director at Harbour Bank", "acting head of the port"])
def test_a_role_opening_with_a_participle_is_an_appositive(role):
    r = one(f"“The ferry will be sold,” Dana Pike, {role}, said.")
    assert (r["text"], r["speaker"]) == ("The ferry will be sold,", "Dana Pike")


@pytest.mark.parametrize("verb", ["asked", "pressed"])
def test_an_appositive_of_being_asked_does_not_hide_the_speaker(verb):
    doc = f"The row began after Dana Pike, {verb} about fares, had said, “The ferry is cheap.”"
    r = one(doc)
    assert (r["text"], r["speaker"], r["speaker_mention"]) == (
        "The ferry is cheap.",
        "Dana Pike",
        "Dana Pike",
    )


@pytest.mark.parametrize(
    "doc, mention",
    [
        (
            "Senator Dana Pike -- who lost the 2008 race -- said the ferry is a disaster.",
            "Senator Dana Pike",
        ),
        ("Dana Pike — the mayor of Leeds — said the ferry is a disaster.", "Dana Pike"),
        (
            "The harbour board – all nine members – said the ferry is a disaster.",
            "The harbour board",
        ),
    ],
)
def test_an_appositive_between_dashes_does_not_hide_the_speaker(doc, mention):
    r = one(doc)
    assert (r["text"], r["speaker_mention"]) == ("the ferry is a disaster", mention)


def test_a_sentence_after_a_quotation_that_reports_a_quote_is_a_unit_of_its_own():
    doc = (
        "Pike told reporters that the ferry will run because “the town needs it. "
        "We need it.” She also said it’s “worth every penny.”"
    )
    assert [(r[0], r[4]) for r in rows(doc)] == [
        ("the ferry will run because “the town needs it. We need it.”", "speaker-cue-that"),
        ("it’s “worth every penny.”", "speaker-cue-clause"),
    ]


def test_a_quotation_in_an_earlier_clause_is_not_half_of_a_split_quote():
    doc = "Pike said it was “too early” to pick a side while adding on fares, “It must be cheap.”"
    assert [(r[0], r[2], r[4]) for r in rows(doc)] == [
        ("it was “too early” to pick a side", "Pike", "speaker-cue-clause"),
        ("It must be cheap.", "Pike", "speaker-cue-quote"),
    ]
    doc = "“It is early,” Pike said, adding, “The ferry must stay cheap.”"
    assert [(r[0], r[4]) for r in rows(doc)] == [
        ("It is early,", "quote-speaker-cue"),
        ("The ferry must stay cheap.", "quote-speaker-cue"),
    ]


def test_a_quote_already_reported_does_not_hide_the_other_quote_of_the_unit():
    doc = "“I am not ready. I am not there,” Pike said on the radio, though she said, “I hope to.”"
    assert [(r[0], r[4]) for r in rows(doc)] == [
        ("I am not ready. I am not there,", "quote-speaker-cue"),
        ("I hope to.", "speaker-cue-quote"),
    ]


@pytest.mark.parametrize(
    "doc, text",
    [
        (
            "Pike said that she hoped for a big turnout, which “will save the ferry.”",
            "she hoped for a big turnout, which “will save the ferry.”",
        ),
        (
            "The board says the pier is not theirs, having sold it to a trust “beyond our reach.”",
            "the pier is not theirs, having sold it to a trust “beyond our reach.”",
        ),
    ],
)
def test_a_reported_clause_runs_on_to_the_quotation_of_its_sentence(doc, text):
    assert one(doc)["text"] == text


def test_a_reported_clause_stops_before_another_report_of_a_quotation():
    doc = "Pike said the pier was closed, adding, “It will reopen in May.”"
    assert [r[0] for r in rows(doc)] == ["the pier was closed", "It will reopen in May."]


@pytest.mark.parametrize(
    "doc",
    [
        "The “Harbour” star posted a note about the fares: “The ferry is a bargain,” she wrote.",
        "The fares drew anger from riders (“The ferry is a bargain,” wrote one) and the board met.",
        "Then, at the pier--“The ferry is a bargain,” she said.",
        "She looked at the fares; “The ferry is a bargain,” she said to herself.",
    ],
)
def test_a_quotation_opening_after_a_colon_or_bracket_is_direct(doc):
    assert [(r[0], r[1]) for r in rows(doc)][:1] == [("The ferry is a bargain,", "direct")]


def test_a_speaker_after_the_cue_stops_at_a_closing_bracket():
    r = rows("The fares drew anger (“The ferry is a bargain,” wrote one rider) and the board met.")[
        0
    ]
    assert (r[0], r[3]) == ("The ferry is a bargain,", "one rider")


@pytest.mark.parametrize(
    "doc, text",
    [
        ("In one ballad, Dana Pike sings, “The ferry never comes.”", "The ferry never comes."),
        ("“The ferry never comes,” Dana Pike sang.", "The ferry never comes,"),
    ],
)
def test_words_sung_next_to_their_quotation(doc, text):
    assert one(doc)["text"] == text


@pytest.mark.parametrize(
    "doc, mention",
    [
        ("“The ferry never comes,” the old sailor sang.", "the old sailor"),
        ("“Row, row, row to the pier,” the children sang.", "the children"),
    ],
)
def test_a_description_singing_next_to_the_quotation_is_its_speaker(doc, mention):
    r = one(doc)
    assert (r["type"], r["speaker_mention"]) == ("direct", mention)


def test_a_description_singing_without_a_quotation_reports_nothing():
    assert extract("The old sailor sang about the ferry.") == []


def test_singing_without_a_quotation_reports_nothing():
    assert extract("The choir sang at the pier on Sunday.") == []


@pytest.mark.parametrize(
    "doc",
    [
        "As Jane Doe put it: “The ferry is late. It always is.”",
        "As Jane Doe, the No. 2 at the harbour board, put it: “The ferry is late. It always is.”",
        "As Jane Doe put it in a memo to the staff, “The ferry is late. It always is.”",
    ],
)
def test_as_put_it_with_a_colon_an_appositive_or_a_phrase_after_it(doc):
    r = one(doc)
    assert (r["text"], r["speaker"], r["rule"]) == (
        "The ferry is late. It always is.",
        "Jane Doe",
        "as-put-it",
    )


def test_quoted_as_saying_is_reported_by_the_one_quoting():
    r = one("The Herald quoted a ferry pilot as saying the engine failed twice.")
    assert (r["text"], r["speaker_mention"]) == (
        "a ferry pilot as saying the engine failed twice",
        "The Herald",
    )
    assert extract("The yard quoted a price of $20 for the repair.") == []


def test_a_long_description_after_the_cue_is_the_speaker():
    doc = (
        "Riders were angry. “Fares will double by May,” noted a report for the council "
        "on the town's ferry services by the transport charity Ferrywatch."
    )
    r = one(doc)
    assert (r["text"], r["speaker_mention"]) == (
        "Fares will double by May,",
        "a report for the council on the town's ferry services by the transport charity Ferrywatch",
    )


def test_a_participle_appositive_after_a_quotation_keeps_the_speaker():
    r = one("“The ferry is late again,” Dana Pike, waving a timetable, said.")
    assert (r["text"], r["speaker"]) == ("The ferry is late again,", "Dana Pike")


@pytest.mark.parametrize(
    "doc",
    [
        "Whatever the fares, “the ferry will stay busy,” said Dana Pike.",
        "Because of the storms, “the ferry will stay busy,” Dana Pike said.",
    ],
)
def test_an_adverbial_before_a_quotation_that_opens_the_clause_is_left_out(doc):
    r = one(doc)
    assert (r["text"], r["type"]) == ("the ferry will stay busy,", "direct")


def test_a_clause_ending_in_a_quoted_fragment_is_mixed():
    r = one("The new timetable was “a disaster,” she said.")
    assert (r["text"], r["type"]) == ("The new timetable was “a disaster,”", "mixed")


def test_a_dash_before_a_cue_closes_an_appositive_statement():
    doc = (
        "Dana Pike - who has said the ferry is “a relic” of the old port - said on Friday "
        "that the pier will close."
    )
    assert [(r[0], r[3]) for r in rows(doc)] == [
        ("the ferry is “a relic” of the old port", "who"),
        ("the pier will close", "Dana Pike"),
    ]


def test_an_adverb_and_a_participle_after_a_comma_end_the_statement():
    r = one("The mayor said the ferry would run all winter, quietly dropping the night boat.")
    assert r["text"] == "the ferry would run all winter"


def test_a_comment_on_the_statement_after_a_comma_is_left_out():
    r = one("Pike said the ferry would stop in May, a move that could strand the islanders.")
    assert r["text"] == "the ferry would stop in May"


def test_a_later_participle_cue_never_lengthens_the_first_statement():
    doc = (
        "The mayor complained that the vote had been “rigged” against him, a charge that "
        "the board denied, noting that the rules had not changed."
    )
    assert [r[0] for r in rows(doc)] == [
        "the vote had been “rigged” against him",
        "the rules had not changed",
    ]


def test_a_long_phrase_between_cue_and_colon_before_a_quotation():
    doc = (
        "Dana Pike told the council when asked last month about the ferry timetable: "
        "“The boats will run every hour. We follow the tides.”"
    )
    r = extract(doc)[-1]
    assert (r["text"], r["rule"]) == (
        "The boats will run every hour. We follow the tides.",
        "speaker-cue-quote",
    )


@pytest.mark.parametrize(
    "doc, text",
    [
        (
            "Pike said she was “appalled” that the ferry had been sold.",
            "she was “appalled” that the ferry had been sold",
        ),
        (
            "Pike said he was confident that the ferry would be saved.",
            "he was confident that the ferry would be saved",
        ),
    ],
)
def test_a_that_after_the_clause_has_begun_is_not_the_reports_that(doc, text):
    assert one(doc)["text"] == text


def test_a_report_inside_an_opening_even_as_clause_ends_at_its_comma():
    doc = "Even as the mayor has said that the ferry will run, the board is selling the boats."
    assert one(doc)["text"] == "the ferry will run"


def test_a_clause_before_the_cue_and_a_quoted_clause_after_it_joined_by_and():
    doc = "“A big wave” swept the pier, he said, and “everyone started running.”"
    assert [(r[0], r[4]) for r in rows(doc)] == [
        ("“A big wave” swept the pier", "clause-speaker-cue-clause"),
        ("and “everyone started running.”", "clause-speaker-cue-clause"),
    ]


def test_a_split_quote_after_the_speaker_stays_one_speakers_quotation():
    found = extract("“The tide was late,” Ms. Okafor said, adding, “It always is in March.”")
    assert [r["text"] for r in found] == ["The tide was late,", "It always is in March."]
    assert {r["speaker"] for r in found} == {"Okafor"}


@pytest.mark.parametrize(
    "doc, text",
    [
        (
            "He told voters that if the port were a stock, he would advise buying it.",
            "if the port were a stock, he would advise buying it",
        ),
        (
            "Ms. Okafor said that if the ferry ran late again, she would complain.",
            "if the ferry ran late again, she would complain",
        ),
    ],
)
def test_a_conditional_opening_the_reported_clause_is_not_a_clause_before_a_cue(doc, text):
    """'X said that if A, he would advise B': the comma closes the condition inside the
    report; the later cue does not make the words before it a statement of their own."""
    assert one(doc)["text"] == text


@pytest.mark.parametrize("dash", [" - ", " — "])
def test_a_quotation_after_a_dash_is_its_own_statement(dash):
    """'X suggested A - “B,” X said': the quotation opens after the dash, like after a
    colon; the clause before it keeps neither the dash nor the opening mark."""
    doc = (
        f"Mr. Pike suggested the mayor had a weakness for grand piers{dash}“He would have"
        " loved Brighton,” Mr. Pike said."
    )
    assert [(r["text"], r["type"]) for r in extract(doc)] == [
        ("the mayor had a weakness for grand piers", "indirect"),
        ("He would have loved Brighton,", "direct"),
    ]


@pytest.mark.parametrize("adverb", ["aloud", "twice"])
def test_an_adverb_after_the_cue_leaves_the_short_quotation_as_the_statement(adverb):
    """'“Ms. Vale, mother,” she said aloud, for …': the adverb is no reported clause."""
    r = one(f"“Ms. Vale, mother,” she said {adverb}, for she saw that her mother had forgotten.")
    assert (r["text"], r["type"], r["speaker_mention"]) == ("Ms. Vale, mother,", "direct", "she")


@pytest.mark.parametrize(
    "doc, first, second",
    [
        (
            "Ms. Okafor told the board that the budget “was a shambles,” adding, “We lost"
            " the whole season.”",
            "the budget “was a shambles,”",
            "We lost the whole season.",
        ),
        (
            "Mr. Brandt called the ferry timetable “a work of fiction,” adding, “Nobody"
            " believes it.”",
            "the ferry timetable “a work of fiction,”",
            "Nobody believes it.",
        ),
    ],
)
def test_a_quoted_fragment_before_a_participle_stays_with_its_own_clause(doc, first, second):
    """'X said A “…,” adding, “B”': the fragment belongs to the clause before the
    participle, not to a split quotation the participle reports."""
    found = extract(doc)
    assert [(r["text"], r["type"]) for r in found] == [
        (first, "mixed"),
        (second, "direct"),
    ]
    assert found[0]["speaker"] == found[1]["speaker"]


@pytest.mark.parametrize("verb", ["attacked", "blasted", "knocked"])
def test_a_name_and_its_past_verb_are_no_role_before_another_name(verb):
    """'Okafor attacked Pike, saying …': Okafor speaks; 'Okafor attacked' is no role."""
    r = one(f"Okafor {verb} Pike, saying he would close the pier.")
    assert (r["speaker_mention"], r["text"]) == ("Okafor", "he would close the pier")


@pytest.mark.parametrize(
    "doc, text, rule",
    [
        (
            "“The ferry stays in this town,” Dana Pike told a crowd at Harbour Hall that "
            "gathered by the pier.",
            "The ferry stays in this town,",
            "quote-speaker-cue",
        ),
        (
            "Dana Pike described a plan that raised the fares for children.",
            "a plan that raised the fares for children",
            "speaker-cue-clause",
        ),
        (
            "Dana Pike said that the ferry would stay.",
            "the ferry would stay",
            "speaker-cue-that",
        ),
    ],
)
def test_a_that_after_a_noun_and_before_a_past_verb_is_a_relative_pronoun(doc, text, rule):
    r = one(doc)
    assert (r["text"], r["rule"]) == (text, rule)


def test_a_capitalised_word_in_a_role_before_the_speaker_is_not_a_cue():
    doc = "“We will run the boats,” former State harbour director Dana Pike wrote to the board."
    r = one(doc)
    assert (r["text"], r["speaker"], r["rule"]) == (
        "We will run the boats,",
        "Dana Pike",
        "quote-speaker-cue",
    )


@pytest.mark.parametrize(
    "doc, text, speaker",
    [
        (
            "Among the riders, about half, 52 percent, say they want the ferry to stay open.",
            "they want the ferry to stay open",
            "about half, 52 percent",
        ),
        (
            "Among the riders, about half, 52 percent, say the ferry should stay.",
            "the ferry should stay",
            "about half, 52 percent",
        ),
        (
            "Just under a third, 31%, say the fares are too high for families.",
            "the fares are too high for families",
            "31%",
        ),
    ],
)
def test_an_amount_set_off_by_commas_before_the_cue_is_its_speaker(doc, text, speaker):
    r = one(doc)
    assert (r["text"], r["speaker_mention"], r["rule"]) == (text, speaker, "speaker-cue-clause")


def test_an_age_set_off_by_commas_is_not_an_amount_speaker():
    r = one("“We need the boats,” said Ann, 52, of Hull.")
    assert (r["text"], r["speaker"]) == ("We need the boats,", "Ann")


@pytest.mark.parametrize(
    "doc, text, mention",
    [
        (
            "The ferry fares will rise next spring, harbourmaster Jo Pike says.",
            "The ferry fares will rise next spring",
            "harbourmaster Jo Pike",
        ),
        (
            "Keep a list of what went well, even if it is short, counsellor Pike says.",
            "Keep a list of what went well, even if it is short",
            "counsellor Pike",
        ),
    ],
)
def test_unknown_lowercase_role_words_after_the_comma_belong_to_the_speaker(doc, text, mention):
    r = one(doc)
    assert (r["text"], r["speaker_mention"], r["rule"]) == (text, mention, "clause-speaker-cue")


def test_a_determiner_before_the_name_is_not_a_role():
    doc = "The fans shouted a new chant, a word Jo Lee says."
    assert all(not (r[3] or "").startswith("a word") for r in rows(doc))


@pytest.mark.parametrize(
    "doc, text",
    [
        ("The captain asked Ms. Vale if the ferry would run on Sunday.", "if the ferry"),
        ("The captain told Dr. Okafor the ferry would run on Sunday.", "the ferry"),
    ],
)
def test_an_honorific_listener_is_skipped_whole(doc, text):
    """'asked Ms. Vale if …': the listener's title and name, dot and all, are skipped."""
    assert one(doc)["text"].startswith(text)


@pytest.mark.parametrize(
    "doc, text",
    [
        (
            "The ferry company sold two of its oldest boats last winter and, according to "
            "its owners, raised the fares for the summer.",
            "raised the fares for the summer",
        ),
        (
            "The ferry stopped running in the spring of last year after, according to the "
            "harbour board, the pier was found to be unsafe.",
            "the pier was found to be unsafe",
        ),
        (
            "But, according to the harbour board, the pier is now safe again.",
            "the pier is now safe again",
        ),
    ],
)
def test_according_to_after_a_linking_word_reports_the_clause_after_it(doc, text):
    r = one(doc)
    assert (r["text"], r["rule"]) == (text, "according-to")


@pytest.mark.parametrize(
    "doc, text",
    [
        ("Jo Lee said on Monday that fares would rise.", "fares would rise"),
        ("Jo Lee told us in May that boats were sold.", "boats were sold"),
    ],
)
def test_a_short_that_clause_after_a_phrase_of_time_is_reported(doc, text):
    r = one(doc)
    assert (r["text"], r["rule"], r["speaker"]) == (text, "speaker-cue-that", "Jo Lee")


def test_a_phrase_of_time_alone_after_the_cue_reports_nothing():
    assert extract("Jo Lee said on Monday in Hull.") == []


def test_a_participle_after_a_quotation_closed_by_a_comma_has_the_clauses_speaker():
    doc = "Lee said: “The ferry will stay in our town for good,” adding that fares would fall."
    assert [(r[0], r[3], r[4]) for r in rows(doc)] == [
        ("The ferry will stay in our town for good,", "Lee", "speaker-cue-quote"),
        ("fares would fall", "Lee", "speaker-cue-that"),
    ]


@pytest.mark.parametrize("opener", ["In a statement", "At the harbour", "During the meeting"])
def test_an_opening_phrase_is_not_the_subject_a_participle_takes(opener):
    doc = f"{opener}, Jo Lee said the ferry would stay, adding that fares would fall."
    assert [(r[0], r[3]) for r in rows(doc)] == [
        ("the ferry would stay", "Jo Lee"),
        ("fares would fall", "Jo Lee"),
    ]


@pytest.mark.parametrize("who", ["who’s", "who's"])
def test_a_contracted_who_has_before_a_cue_is_the_relative_subject(who):
    doc = f"Jo Lee, {who} argued that the ferry should stay, spoke on Monday."
    r = one(doc)
    assert (r["text"], r["speaker"], r["speaker_mention"], r["rule"]) == (
        "the ferry should stay",
        "Jo Lee",
        "who",  # the relative pronoun, without the contracted "has"
        "speaker-cue-that",
    )


@pytest.mark.parametrize("dash", ["—", "–"])
def test_a_participle_after_a_dash_has_the_clauses_speaker(dash):
    doc = f"Jo Lee spoke at the harbour on Monday {dash} saying the ferry would stay."
    r = one(doc)
    assert (r["text"], r["speaker"], r["rule"]) == (
        "the ferry would stay",
        "Jo Lee",
        "speaker-cue-clause",
    )


BLOCK = (
    "Jo Lee, the harbour master, spoke to the council in May. In her speech, she said:\n\n"
    "Let nobody doubt it – the ferry is the life of this town. It stays.\n"
    "We will not sell the boats, whatever the board decides.\n\n"
    "The council voted on the plan a week later."
)


def test_the_lines_of_an_unquoted_paragraph_after_she_said_colon_are_her_statements():
    """Each sentence of three words or more is a record ("It stays." is too short)."""
    found = [(r[0], r[3], r[4]) for r in rows(BLOCK)]
    assert found == [
        (
            "Let nobody doubt it – the ferry is the life of this town",
            "she",
            "speaker-cue-block",
        ),
        (
            "We will not sell the boats, whatever the board decides",
            "she",
            "speaker-cue-block",
        ),
    ]


@pytest.mark.parametrize(
    "doc",
    [
        "In her speech, she said the plan was sound.\n\nThe council voted a week later.",
        "She listed the stops:\n\nHull\nGoole\nSelby\n\nThe council voted a week later.",
        "One rider wrote:\n\n<tweet>The ferry is late again.</tweet>\n\nIt was.",
    ],
)
def test_no_block_statement_without_a_colon_or_with_a_list_or_markup(doc):
    assert all(r[4] != "speaker-cue-block" for r in rows(doc))


@pytest.mark.parametrize("mark", ['"', "“"])
def test_a_quoted_word_inside_an_according_to_source_is_part_of_the_source(mark):
    close = '"' if mark == '"' else "”"
    doc = f"According to the {mark}Harbour Watch{close} report, the ferry lost money last year."
    r = one(doc)
    assert (r["text"], r["speaker_mention"], r["rule"]) == (
        "the ferry lost money last year",
        f"the {mark}Harbour Watch{close} report",
        "according-to",
    )


def test_a_clause_interrupted_by_said_and_a_speaker_goes_on_after_the_speaker():
    doc = "The ferry, said Jo Lee and others, would stay in the town for good."
    assert [(r[0], r[3], r[4]) for r in rows(doc)] == [
        ("The ferry", "Jo Lee and others", "clause-speaker-cue-clause"),
        ("would stay in the town for good", "Jo Lee and others", "clause-speaker-cue-clause"),
    ]


def test_a_description_after_an_inverted_speaker_is_not_a_clause_going_on():
    r = one("The ferry will stay, said Jo Lee, the mayor of Hull.")
    assert (r["text"], r["speaker_mention"], r["rule"]) == (
        "The ferry will stay",
        "Jo Lee",
        "clause-cue-speaker",
    )


def test_an_owner_and_unknown_role_words_before_the_name_belong_to_the_speaker():
    doc = "The ferry fares will rise next spring, Mayor Lee’s longtime boatwright Jo Pike said."
    r = one(doc)
    assert (r["text"], r["speaker"], r["speaker_mention"]) == (
        "The ferry fares will rise next spring",
        "Jo Pike",
        "Mayor Lee’s longtime boatwright Jo Pike",
    )


@pytest.mark.parametrize(
    "doc",
    [
        "Pike said to the crowd, “The ferry is a bargain.”",
        "Pike said in a low voice, “The ferry is a bargain.”",
    ],
)
def test_a_phrase_between_cue_and_comma_leaves_the_quotation_direct(doc):
    assert [(r[0], r[1]) for r in rows(doc)] == [("The ferry is a bargain.", "direct")]
