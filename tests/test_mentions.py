"""tracker.mentions: the phrases that name a speaker, read directly and through extract().

Every sentence here is invented for the test.
"""

import pytest
from extracted import one

from tracker import mentions as M
from tracker.extract import extract


def before(phrase: str, cue: str = "said") -> M.Mention | None:
    """The speaker phrase that ends before the last `cue` word of phrase."""
    tokens = M.tokenize(phrase)
    i = max(k for k, t in enumerate(tokens) if t.low == cue)
    return M.before(tokens, i, phrase)


def after(phrase: str, cue: str = "said") -> M.Mention | None:
    """The speaker phrase that starts after the first `cue` word of phrase."""
    tokens = M.tokenize(phrase)
    i = next(k for k, t in enumerate(tokens) if t.low == cue)
    return M.after(tokens, i + 1, phrase)


def opening(phrase: str, cue: str = "said") -> M.Mention | None:
    tokens = M.tokenize(phrase)
    i = next(k for k, t in enumerate(tokens) if t.low == cue)
    return M.opening_phrase(tokens, i, phrase)


def summary(m: M.Mention | None) -> tuple | None:
    return None if m is None else (m.kind, m.text, m.name, m.role, m.gender)


CLAUSE = " said the talks would resume next week."


# names, titles, appositives ---------------------------------------------------------------


@pytest.mark.parametrize(
    "phrase, expected",
    [
        ("Lena Farrow said", ("name", "Lena Farrow", "Lena Farrow", None, "f")),
        ("Tom Reyes said", ("name", "Tom Reyes", "Tom Reyes", None, "m")),
        ("Farrow said", ("name", "Farrow", "Farrow", None, "-")),
        ("Mr. Farrow said", ("name", "Mr. Farrow", "Farrow", None, "m")),  # an honorific is no role
        ("Ms. Farrow said", ("name", "Ms. Farrow", "Farrow", None, "f")),
        (
            "Health Minister Lena Farrow said",
            ("name", "Health Minister Lena Farrow", "Lena Farrow", "Health Minister", "f"),
        ),
        (
            "Acting Mayor Lena Farrow said",
            ("name", "Acting Mayor Lena Farrow", "Lena Farrow", "Acting Mayor", "f"),
        ),
        (
            "former congressman Tom Reyes said",
            ("name", "former congressman Tom Reyes", "Tom Reyes", "former congressman", "m"),
        ),
        (
            "Retired general Tom Reyes said",
            ("name", "Retired general Tom Reyes", "Tom Reyes", "Retired general", "m"),
        ),
        ("Sen. Mara Quill (D-Ore.) said", ("name", "Sen. Mara Quill", "Mara Quill", "Sen.", "f")),
        ("Harold T. Wexley said", ("name", "Harold T. Wexley", "Harold T. Wexley", None, "m")),
        (
            "Greta van der Molen said",
            ("name", "Greta van der Molen", "Greta van der Molen", None, "f"),
        ),
        (
            "Deputy Speaker of the Regional Council Inna Dovlatova said",
            (
                "name",
                "Deputy Speaker of the Regional Council Inna Dovlatova",
                "Inna Dovlatova",
                "Deputy Speaker of the Regional Council",
                "f",
            ),
        ),
        ("Tom Reyes also said", ("name", "Tom Reyes", "Tom Reyes", None, "m")),
        ("Tom Reyes has repeatedly said", ("name", "Tom Reyes", "Tom Reyes", None, "m")),
    ],
)
def test_names_with_titles(phrase, expected):
    assert summary(before(phrase)) == expected


def test_appositive_role_is_kept_and_the_mention_is_the_name():
    m = before("Lena Farrow, the transport minister, said")
    assert summary(m) == ("name", "Lena Farrow", "Lena Farrow", "transport minister", "f")
    assert "minister" in m.roles


def test_appositive_relative_clause_is_not_a_role():
    m = before("Lena Farrow, who chairs the council, said")
    assert summary(m) == ("name", "Lena Farrow", "Lena Farrow", None, "f")


def test_appositive_after_an_age():
    m = before("Tomas Berg, 41, a ferry pilot from the island, said")
    assert summary(m)[:3] == ("name", "Tomas Berg", "Tomas Berg")


def test_age_then_relative_clause_before_the_cue():
    m = before("Tomas Berg, 41, who was waiting at the pier with his son, told", "told")
    assert summary(m)[:3] == ("name", "Tomas Berg", "Tomas Berg")


def test_relative_clause_holding_a_cue_verb_is_still_an_appositive():
    m = before("Lena Farrow, who has told aides she sees the two bills as linked, said")
    assert summary(m)[:3] == ("name", "Lena Farrow", "Lena Farrow")


def test_relative_clause_with_a_cue_verb_through_extract():
    doc = "Lena Farrow, who has told aides she sees the two bills as linked, said the vote was off."
    found = [(r["text"], r["speaker"], r["cue"]) for r in extract(doc)]
    assert ("the vote was off", "Lena Farrow", "said") in found


def test_appositive_ending_in_a_quoted_nickname():
    m = before("Lee Marsh, the pilot known as “Bluebird,” said")
    assert summary(m)[:3] == ("name", "Lee Marsh", "Lee Marsh")


def test_a_quote_after_an_opening_phrase_is_no_appositive():
    assert before("In June, “we won,” said") is None


def test_appositive_with_a_quoted_nickname_through_extract():
    r = one("Lee Marsh, the pilot known as “Bluebird,” stated that the runway was too short.")
    assert (r["text"], r["speaker"], r["rule"]) == (
        "the runway was too short",
        "Lee Marsh",
        "speaker-cue-that",
    )


@pytest.mark.parametrize(
    "phrase",
    ["Tomas Berg on Monday said", "Tomas Berg earlier Thursday said", "Tomas Berg Friday said"],
)
def test_a_day_between_the_speaker_and_the_cue_is_skipped(phrase):
    assert summary(before(phrase))[:3] == ("name", "Tomas Berg", "Tomas Berg")


def test_a_day_before_the_cue_through_extract():
    r = one("Tomas Berg earlier Thursday said the ferry would sail at noon.")
    assert (r["text"], r["speaker"]) == ("the ferry would sail at noon", "Tomas Berg")


def test_appositive_through_extract():
    record = one("Lena Farrow, the transport minister, said the bridge would reopen in May.")
    assert (record["speaker"], record["speaker_mention"], record["speaker_role"]) == (
        "Lena Farrow",
        "Lena Farrow",
        "transport minister",
    )
    assert (record["text"], record["rule"], record["cue"]) == (
        "the bridge would reopen in May",
        "speaker-cue-clause",
        "said",
    )


def test_appositive_after_a_quote():
    record = one("“The talks will resume next week,” Lena Farrow, the transport minister, said.")
    assert (record["text"], record["type"], record["speaker"], record["speaker_mention"]) == (
        "The talks will resume next week,",
        "direct",
        "Lena Farrow",
        "Lena Farrow",
    )
    assert (record["rule"], record["cue"]) == ("quote-speaker-cue", "said")


def test_title_before_the_name_through_extract():
    record = one("Transport Minister Lena Farrow" + CLAUSE)
    assert (record["speaker"], record["speaker_mention"], record["speaker_role"]) == (
        "Lena Farrow",
        "Transport Minister Lena Farrow",
        "Transport Minister",
    )


def test_lowercase_role_between_quote_and_name_belongs_to_the_speaker():
    record = one("“The bridge will reopen in May,” former councilwoman Lena Farrow said.")
    assert (record["speaker"], record["speaker_mention"], record["rule"]) == (
        "Lena Farrow",
        "former councilwoman Lena Farrow",
        "quote-speaker-cue",
    )


@pytest.mark.parametrize(
    "phrase, name",
    [
        ("Kim Jong-un said", "Kim Jong-un"),
        ("Kim Tae-ho said", "Kim Tae-ho"),
        ("Lee Cheol said", "Lee Cheol"),
        ("Park Min-seo said", "Park Min-seo"),
    ],
)
def test_family_name_first_names_stay_whole(phrase, name):
    m = before(phrase)
    assert (m.kind, m.text, m.name) == ("name", name, name)


@pytest.mark.parametrize("name", ["Kim Jong-un", "Lee Cheol", "Park Min-seo"])
def test_family_name_first_names_through_extract(name):
    record = one(f"“The talks will resume next week,” said {name}.")
    assert (record["speaker"], record["speaker_mention"], record["rule"]) == (
        name,
        name,
        "quote-cue-speaker",
    )


@pytest.mark.parametrize("phrase", ["Ben Tolliver said", "Republican candidate Ben Tolliver said"])
def test_first_name_that_is_also_a_name_link(phrase):
    assert before(phrase).name == "Ben Tolliver"


def test_two_capitalised_words_before_a_role():
    record = one("North Korean leader Kim Jong-un" + CLAUSE)
    assert record["speaker"] == "Kim Jong-un"
    assert record["speaker_mention"] == "North Korean leader Kim Jong-un"


def test_possessive_name_before_an_organisation():
    m = before("Lena Farrow’s campaign said")
    assert (m.kind, m.text) == ("org", "Lena Farrow’s campaign")


# organisations, pronouns, roles ------------------------------------------------------------


@pytest.mark.parametrize(
    "phrase, expected",
    [
        ("The Kremlin said", ("org", "The Kremlin", "Kremlin", None, "-")),
        ("The Pentagon said", ("org", "The Pentagon", "Pentagon", None, "-")),
        ("the transport ministry said", ("org", "the transport ministry", "transport ministry")),
        ("the council said", ("org", "the council", "council", None, "-")),
        (
            "The transport ministry, in a statement, said",
            ("org", "The transport ministry", "transport ministry", None, "-"),
        ),
        ("she said", ("pronoun", "she", None, None, "f")),
        ("He said", ("pronoun", "He", None, None, "m")),
        ("they said", ("pronoun", "they", None, None, "-")),
        ("the senator said", ("role", "the senator", None, "senator", "-")),
    ],
)
def test_organisations_pronouns_and_roles(phrase, expected):
    got = summary(before(phrase))
    assert got[: len(expected)] == expected


@pytest.mark.parametrize("phrase", ["Lena Farrow’s said", "in May said"])
def test_not_speakers(phrase):
    assert before(phrase) is None


@pytest.mark.parametrize("doc", ["We" + CLAUSE, "I think the talks would resume next week."])
def test_first_person_outside_quotes_is_not_a_source(doc):
    assert extract(doc) == []  # "I said …" is the author's own words: see test_attribution


def test_first_person_after_a_direct_quote_is_kept_as_the_mention():
    record = one("“The talks will resume next week,” I said.")
    assert (record["text"], record["speaker"], record["speaker_mention"], record["rule"]) == (
        "The talks will resume next week,",
        None,
        "I",
        "quote-speaker-cue",
    )


@pytest.mark.parametrize(
    "doc, speaker, mention",
    [
        ("The Kremlin" + CLAUSE, "Kremlin", "The Kremlin"),
        ("The talks will resume next week, the Kremlin said.", "Kremlin", "the Kremlin"),
        ("The transport ministry" + CLAUSE, "transport ministry", "The transport ministry"),
    ],
)
def test_organisation_speakers_through_extract(doc, speaker, mention):
    record = one(doc)
    assert (record["speaker"], record["speaker_kind"], record["speaker_mention"]) == (
        speaker,
        "organisation",
        mention,
    )
    assert record["resolution"] == "org"


# anonymous sources and vague subjects -----------------------------------------------------


@pytest.mark.parametrize(
    "phrase, text",
    [
        ("a senior official said", "a senior official"),
        ("officials said", "officials"),
        ("Officials said", "Officials"),
        ("Two officials said", "Two officials"),
        ("two diplomats said", "two diplomats"),
        ("Many Democrats said", "Many Democrats"),
        ("Other Republicans said", "Other Republicans"),
    ],
)
def test_anonymous_sources(phrase, text):
    m = before(phrase)
    assert (m.kind, m.text) == ("anonymous", text)


@pytest.mark.parametrize(
    "doc, mention, rule",
    [
        ("A senior official" + CLAUSE, "A senior official", "speaker-cue-clause"),
        ("Officials" + CLAUSE, "Officials", "speaker-cue-clause"),
        ("Some Republicans" + CLAUSE, "Some Republicans", "speaker-cue-clause"),
        ("The talks will resume next week, officials said.", "officials", "clause-speaker-cue"),
        (
            "“The talks will resume next week,” a senior official said.",
            "a senior official",
            "quote-speaker-cue",
        ),
    ],
)
def test_anonymous_speaker_is_none_and_the_mention_is_kept(doc, mention, rule):
    record = one(doc)
    assert (record["speaker"], record["speaker_mention"], record["rule"], record["cue"]) == (
        None,
        mention,
        rule,
        "said",
    )
    assert record["resolution"] == "anonymous"


@pytest.mark.parametrize(
    "phrase, text",
    [
        ("Thirty percent said", "Thirty percent"),
        ("Six in 10 voters said", "Six in 10 voters"),
        ("Most residents said", "Most residents"),
    ],
)
def test_vague_subjects(phrase, text):
    m = opening(phrase)
    assert (m.kind, m.text) == ("anonymous", text)  # an unnamed group, stored as anonymous


@pytest.mark.parametrize(
    "phrase", ["It rained said", "When it rained said", "One month after the vote said"]
)
def test_not_vague_subjects(phrase):
    assert opening(phrase) is None


@pytest.mark.parametrize("subject", ["Thirty percent", "Most residents"])
def test_vague_subject_through_extract(subject):
    record = one(subject + " said the bridge should be closed for good.")
    assert (record["text"], record["type"], record["speaker"], record["speaker_mention"]) == (
        "the bridge should be closed for good",
        "indirect",
        None,
        subject,
    )
    assert (record["rule"], record["cue"]) == ("speaker-cue-clause", "said")


@pytest.mark.parametrize("subject", ["Prosecutors", "Investigators", "Critics"])
def test_capitalised_plural_noun_is_not_a_name(subject):
    record = one(subject + " said the fund was missing two million dollars.")
    assert (record["speaker"], record["speaker_mention"]) == (None, subject)
    assert record["resolution"] == "anonymous"


def test_capitalised_modifier_of_an_anonymous_source():
    assert one("Senior officials" + CLAUSE)["speaker_mention"] == "Senior officials"


@pytest.mark.parametrize(
    "subject", ["Organizers of the festival", "A spokeswoman for the ministry"]
)
def test_source_with_a_prepositional_phrase(subject):
    record = one(subject + CLAUSE)
    assert record["speaker_mention"] == subject
    assert record["speaker"] is None


# after the cue ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "phrase, expected",
    [
        ("said Lena Farrow, who", ("name", "Lena Farrow", "Lena Farrow", None, "f")),
        ("said Mr. Reyes.", ("name", "Mr. Reyes", "Reyes", None, "m")),
        ("said a senior official.", ("anonymous", "a senior official", None, None, "-")),
        ("said the ministry.", ("org", "the ministry", "ministry", None, "-")),
        ("said Kim Jong-un.", ("name", "Kim Jong-un", "Kim Jong-un", None)),
    ],
)
def test_after_the_cue(phrase, expected):
    got = summary(after(phrase))
    assert got[: len(expected)] == expected


def test_possessive_after_the_cue_is_not_the_speaker():
    assert after("say Reyes’s decision was wrong", cue="say") is None


def test_possessive_name_opening_the_source_after_the_cue():
    record = one("The figures were wrong, say Lena Farrow’s critics.")
    assert (record["speaker"], record["speaker_mention"]) == (None, "Lena Farrow’s critics")


def test_role_then_name_after_the_cue():
    record = one("“The talks will resume next week,” said the health minister, Lena Farrow.")
    assert (record["speaker"], record["rule"]) == ("Lena Farrow", "quote-cue-speaker")


def subject(phrase: str) -> M.Mention | None:
    """The phrase read as a subject from its first word (as after() is used by callers)."""
    return M.after(M.tokenize(phrase), 0, phrase)


@pytest.mark.parametrize(
    "phrase, text",
    [
        ("Tom Reyes thanked Oslo voters", "Tom Reyes"),  # the name ends at a lowercase verb
        ("Mayor Lena Farrow angrily denied the claim", "Mayor Lena Farrow"),
        ("Reyes if Farrow wins", "Reyes"),
        ("the Farrow administration", "the Farrow administration"),  # a lowercase head
        ("the Kent county councillor", "the Kent county councillor"),
        ("Oslo harbour officials", "Oslo harbour officials"),
    ],
)
def test_a_name_run_stops_at_a_lowercase_word_that_heads_no_source(phrase, text):
    assert subject(phrase).text == text


@pytest.mark.parametrize(
    "phrase, text",
    [
        ("the state prosecutors whose reports were leaked", "the state prosecutors"),
        ("the state prosecutor", "the state prosecutor"),
    ],
)
def test_a_bare_verb_form_after_a_determiner_is_a_noun(phrase, text):
    assert subject(phrase).text == text


@pytest.mark.parametrize(
    "phrase",
    ["In a statement", "Ultimately, Tom Reyes", "Later, Tom Reyes", "At the Oslo port", "who met"],
)
def test_no_source_opens_with_a_function_word_or_a_sentence_adverb(phrase):
    assert subject(phrase) is None


@pytest.mark.parametrize(
    "phrase", ["Kelly, the mayor", "Connolly, the mayor", "Mr. Reyes, the mayor"]
)
def test_names_ending_like_adverbs_or_with_an_honorific_still_open_a_source(phrase):
    assert subject(phrase).kind == "name"


@pytest.mark.parametrize(
    "doc, speaker, text",
    [
        (
            "Ultimately, Tom Reyes refused the offer, saying the ferry was too old.",
            "Tom Reyes",
            "the ferry was too old",
        ),
        (
            "Later, Dr. Ann Pike issued a note, saying fares would rise.",
            "Ann Pike",
            "fares would rise",
        ),
        (
            "Mayor Lena Farrow sharply criticised the plan, saying it was unfair.",
            "Lena Farrow",
            "it was unfair",
        ),
        (
            "The state prosecutors whose reports were leaked say the dam is safe.",
            None,
            "the dam is safe",
        ),
    ],
)
def test_subjects_through_extract(doc, speaker, text):
    records = [r for r in extract(doc) if r["text"] == text]
    assert len(records) == 1, extract(doc)
    assert records[0]["speaker"] == speaker
    if speaker is None:
        assert records[0]["speaker_mention"].startswith("The state prosecutors")


@pytest.mark.parametrize(
    "doc, speaker, text",
    [
        (
            "Critic Anna Will wrote that the ferry plan was foolish.",
            "Anna Will",
            "the ferry plan was foolish",
        ),
        ("In her column, Will wrote that the ferry plan failed.", "Will", "the ferry plan failed"),
        ("“The plan is foolish,” wrote Will, a critic.", "Will", "The plan is foolish,"),
    ],
)
def test_a_capitalised_will_inside_a_sentence_is_a_name(doc, speaker, text):
    records = [r for r in extract(doc) if r["text"] == text]
    assert len(records) == 1, extract(doc)
    assert (records[0]["speaker"], records[0]["speaker_mention"].split()[-1]) == (speaker, "Will")


def test_a_modal_will_opening_a_question_is_no_speaker():
    assert extract("Will the mayor say the ferry plan failed?") == []


@pytest.mark.parametrize(
    "doc, mention",
    [
        ("Harbor Ferries just this month announced it would cut fares.", "Harbor Ferries"),
        ("Lena Farrow, the mayor, this past week announced that fares would fall.", "Lena Farrow"),
        ("The ferry unions have in the past said the route was too costly.", "The ferry unions"),
        ("The mayor last year said fares would fall.", "The mayor"),
    ],
)
def test_a_phrase_of_time_between_the_speaker_and_the_cue_is_skipped(doc, mention):
    assert one(doc)["speaker_mention"] == mention


@pytest.mark.parametrize(
    "phrase", ["Tom Reyes this week said", "the union over the past year said"]
)
def test_a_phrase_of_time_is_not_the_speaker(phrase):
    assert "week" not in before(phrase).text and "year" not in before(phrase).text


@pytest.mark.parametrize(
    "doc, text",
    [
        (
            "Chastened by the vote, Lee Marsh revised the plan, saying fares would fall.",
            "fares would fall",
        ),
        (
            "Speaking to reporters, Lee Marsh criticised the plan, saying fares would rise.",
            "fares would rise",
        ),
    ],
)
def test_a_participle_opening_the_sentence_is_not_the_subject(doc, text):
    records = [r for r in extract(doc) if r["text"] == text]
    assert [r["speaker"] for r in records] == ["Lee Marsh"]


@pytest.mark.parametrize("phrase", ["Chastened by the vote", "Looking out at the crowd"])
def test_no_source_opens_with_a_participle_and_its_preposition(phrase):
    assert subject(phrase) is None


def test_an_adverb_after_the_cue_opens_no_source():
    assert after("said quietly on Twitter") is None
    record = one(
        "“Long live the ferry!” Lena Farrow, the head of the union, wrote sarcastically online."
    )
    assert (record["text"], record["speaker"]) == ("Long live the ferry!", "Lena Farrow")


@pytest.mark.parametrize(
    "doc, mention",
    [
        ("Many commentators said the ferry plan was a farce.", "Many commentators"),
        ("The ferry plan is a farce, the radio correspondent said.", "the radio correspondent"),
    ],
)
def test_media_roles_are_sources(doc, mention):
    assert one(doc)["speaker_mention"] == mention


@pytest.mark.parametrize(
    "doc, mention",
    [
        (
            "The judges who ruled that the port could not enforce its rules said fees were unfair.",
            "The judges who ruled that the port could not enforce its rules",
        ),
        (
            "The official who briefed Farrow said the talks failed.",
            "The official who briefed Farrow",
        ),
        ("Lawmakers who back the ferry say the route will stay.", "Lawmakers who back the ferry"),
    ],
)
def test_a_subject_with_a_relative_clause_is_the_speaker(doc, mention):
    record = one(doc)
    assert record["speaker_mention"] == mention


def test_a_verb_joined_inside_the_relative_clause_keeps_its_relative_subject():
    records = extract("Lee met Farrow who took her arm and said the talks had failed.")
    assert [r["speaker_mention"] for r in records if r["text"] == "the talks had failed"] != [
        "Farrow who took her arm and"
    ]


@pytest.mark.parametrize(
    "doc, mention",
    [
        ("Several agencies said the port was unsafe.", "Several agencies"),
        ("Business groups say the ferry tax will cost jobs.", "Business groups"),
    ],
)
def test_plural_organisations_are_vague_sources(doc, mention):
    record = one(doc)
    assert (record["speaker_mention"], record["speaker_kind"]) == (mention, "anonymous")


def test_an_existential_clause_is_no_opening_subject():
    assert opening("There are 384 pledged delegates at stake", cue="pledged") is None
    assert extract("There are 384 pledged delegates at stake.") == []
    assert opening("Thirty percent said") is not None


@pytest.mark.parametrize(
    "doc, mention",
    [
        (
            "The plan would cost billions, the nonpartisan Harbor Budget Office estimated.",
            "the nonpartisan Harbor Budget Office",
        ),
        (
            "The nonpartisan Harbor Budget Office estimated that the plan would cost billions.",
            "The nonpartisan Harbor Budget Office",
        ),
    ],
)
def test_adjectives_before_an_organisation_belong_to_it(doc, mention):
    record = one(doc)
    assert (record["speaker"], record["speaker_mention"]) == ("Harbor Budget Office", mention)


@pytest.mark.parametrize(
    "doc, speaker, mention",
    [
        (
            "“It is false,” said Farrow’s campaign manager Ann Pike.",
            "Ann Pike",
            "Farrow’s campaign manager Ann Pike",
        ),
        (
            "The port is closed, said Lee’s state-appointed auditor Ann Pike.",
            "Ann Pike",
            "Lee’s state-appointed auditor Ann Pike",
        ),
    ],
)
def test_words_between_an_owner_and_a_name_after_the_cue_are_the_role(doc, speaker, mention):
    record = one(doc)
    assert (record["speaker"], record["speaker_mention"]) == (speaker, mention)


def test_a_verb_after_an_owner_ends_the_phrase():
    assert after("say Lee’s article also attacked Christie", cue="say") is None


@pytest.mark.parametrize(
    "phrase, text",
    [
        ("as Ana Ruiz said", "Ana Ruiz"),
        ("then Ruiz went", "Ruiz"),
        ("such as when Ruiz met", "Ruiz"),
    ],
)
def test_a_lowercase_function_word_is_no_part_of_a_name(phrase, text):
    found = subject(phrase)
    assert (found.kind, found.text) == ("name", text)


@pytest.mark.parametrize(
    "phrase", ["Eight years ago, he", "Two weeks later, Ruiz", "10 days ago, Ruiz"]
)
def test_a_number_of_time_units_opens_no_source(phrase):
    assert subject(phrase) is None


def test_a_number_of_people_still_opens_a_source():
    assert subject("Two officials said").text == "Two officials"


@pytest.mark.parametrize(
    "doc",
    [
        "Ana Ruiz, a nurse from Dayton, Ohio, said the clinic would close.",
        "Ana Ruiz, whose clinic was flooded in Dayton, Ohio, in May, said the clinic would close.",
    ],
)
def test_a_town_and_its_state_are_no_speaker(doc):
    record = one(doc)
    assert (record["speaker"], record["text"]) == ("Ana Ruiz", "the clinic would close")


def test_a_bare_plural_source_after_that_speaks():
    doc = "Voters should remember that social scientists say temper is stable."
    records = [r for r in extract(doc) if r["text"] == "temper is stable"]
    assert [r["speaker_mention"] for r in records] == ["scientists"]


@pytest.mark.parametrize(
    "doc, mention",
    [
        (
            "The ferry will stop in May, said an official familiar with the talks.",
            "an official familiar with the talks",
        ),
        (
            "The ferry will stop in May, said a union leader close to the owners, who asked "
            "not to be named.",
            "a union leader close to the owners",
        ),
        (
            "“The fares will rise,” said a person familiar with the plan.",
            "a person familiar with the plan",
        ),
    ],
)
def test_a_vague_source_after_the_cue_keeps_what_ties_it_to_the_matter(doc, mention):
    assert one(doc)["speaker_mention"] == mention
