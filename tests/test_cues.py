import pytest

from tracker import mentions as M
from tracker.cues import find_cues


def cues(text, inside=None):
    tokens = M.tokenize(text)
    flags = [False] * len(tokens)
    for n, tok in enumerate(tokens):
        if inside and inside[0] <= tok.start < inside[1]:
            flags[n] = True
    return [
        (c.text, c.lemma, c.kind, c.frame, c.negated, c.modal) for c in find_cues(tokens, flags)
    ]


def test_verb_forms_by_lemma():
    assert cues("Lena Farrow said it.") == [("said", "say", "speech", "clause", False, False)]
    assert cues("She stresses it.")[0][1] == "stress"
    assert cues("They expressed confidence that it works.")[0][:2] == (
        "expressed confidence",
        "express confidence",
    )


@pytest.mark.parametrize(
    "text",
    [
        "The report was late.",  # a noun after a determiner
        "Additional reporting by Tom Reyes.",  # a gerund used as a noun
        "He wanted to say more.",  # an infinitive
        "She was known for her wit.",  # a passive
        "The United States agreed.",  # a capitalised word inside a name
    ],
)
def test_forms_that_are_not_cues(text):
    assert "say" not in [c[1] for c in cues(text)]
    assert "report" not in [c[1] for c in cues(text)]
    assert "state" not in [c[1] for c in cues(text)]
    assert "know" not in [c[1] for c in cues(text)]


def test_negated_and_modal_cues_are_marked():
    [(_, _, _, _, negated, modal)] = cues("He did not say it.")
    assert (negated, modal) == (True, False)
    [(_, _, _, _, negated, modal)] = cues("He didn’t say it.")
    assert negated is True
    [(_, _, _, _, negated, modal)] = cues("She may argue it.")
    assert (negated, modal) == (False, True)


def test_a_cue_inside_a_quotation_is_not_a_cue():
    text = "“I said no,” she told them."
    assert [c[0] for c in cues(text, inside=(0, text.index("”") + 1))] == ["told"]


def test_prepositional_and_noun_cues():
    assert cues("According to Lena Farrow, it works.")[0][:4] == (
        "according to",
        "according to",
        "speech",
        "prep",
    )
    assert cues("As Lena Farrow put it, the pier is old.")[0][1] == "as put it"
    assert cues("Farrow’s claim that it works drew scorn.")[0][:4] == (
        "claim",
        "claim",
        "speech",
        "noun",
    )
    assert "claim" not in [c[1] for c in cues("The claim that it works drew scorn.")]


def test_forms_that_are_nouns_in_news():
    assert cues("Ohio and Iowa are swing states that matter.") == []
    assert cues("She faces charges that the deal was rigged.") == []
    assert [c[1] for c in cues("She stated that the deal was rigged.")] == ["state"]


def test_point_to_is_a_stance():
    assert [c[:4] for c in cues("The mayor pointed to the new depot.")] == [
        ("pointed to", "point to", "stance", "clause")
    ]
    assert [c[1] for c in cues("She points to the fares.")] == ["point to"]
    assert [c[1] for c in cues("He pointed out that it rained.")] == ["point out"]


def test_ask_for_is_a_stance():
    assert [c[:4] for c in cues("The union asked for a new vote.")] == [
        ("asked for", "ask for", "stance", "clause")
    ]
    assert [c[1] for c in cues("The union asked the mayor to resign.")] == ["ask"]


def test_a_statement_put_out_with_a_participle_is_one_cue():
    found = cues("The council issued a brief statement saying the pier would close.")
    assert [c[:4] for c in found] == [
        ("issued a brief statement saying", "say", "speech", "clause")
    ]
    assert [c[1] for c in cues("The union put out a letter urging calm.")] == ["urge"]
    assert cues("The council did not release a statement saying so.")[0][4] is True  # negated
    # no verb that puts it out: the participle after a noun stays a noun's modifier
    assert cues("A statement saying little was read.") == []


def test_a_lead_before_to_makes_the_infinitive_a_cue():
    found = [c[:2] for c in cues("The mayor went on to say the pier was safe.")]
    assert ("went on to say", "say") in found  # besides "went on", a cue next to quotes only
    assert [c[1] for c in cues("She appeared to suggest a delay.")] == ["suggest"]
    assert cues("He hoped to say more.") == [("hoped", "hope", "stance", "clause", False, False)]


def test_more_leads_before_to():
    found = [c[0] for c in cues("The critic went so far as to say the show was over.")]
    assert "went so far as to say" in found
    assert [c[0] for c in cues("The guards took pains to stress that no one was hurt.")] == [
        "took pains to stress"
    ]
    assert [c[0] for c in cues("She is poised to argue that the deal is void.")] == [
        "poised to argue"
    ]


def test_a_statement_put_out_with_a_time_before_the_participle():
    found = [c[0] for c in cues("The union released a statement Friday night condemning the cuts.")]
    assert found == ["released a statement Friday night condemning"]
    found = [c[0] for c in cues("The club sent a letter on Monday saying the pitch was closed.")]
    assert found == ["sent a letter on Monday saying"]
    assert cues("The statement in the lobby saying hello.") == []  # no verb puts it out


def test_a_stance_passive_before_to_is_no_cue():
    assert cues("The Rovers are heavily favored to win the cup.") == []
    assert cues("The Rovers were criticized to their faces.") == []


def test_a_passive_with_a_by_agent_is_a_cue():
    found = cues("The closure was first reported by the Harbour Gazette.")
    assert [c[:4] for c in found] == [("was first reported by", "report", "speech", "passive")]
    assert cues("She was asked by a reporter about it.") == []  # not a by_cues.txt verb
    assert cues("The closure was reported late.") == []  # a passive with no by-agent


@pytest.mark.parametrize(
    "text",
    [
        "The farmers showed up at the council in tractors.",
        "The rebels showed no sign of leaving the hills.",
        "The late goal added to the team’s lead in the table.",
        "The striker is adding to her tally this season.",
        "The club agreed to a loan deal on Friday.",
        "The bank has written off the old debts.",
    ],
)
def test_another_sense_of_a_cue_verb_is_not_a_cue(text):
    assert cues(text) == []


def test_an_infinitive_after_agree_to_is_still_a_cue():
    assert cues("The club agreed to pay the fine.")[0][1] == "agree"
    assert cues("She added that prices would rise.")[0][1] == "add"
