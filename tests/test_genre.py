"""tracker.genre: news or fiction, given or detected, and what fiction changes."""

import json
from pathlib import Path

import pytest
import sqlite_utils
from click.testing import CliRunner

from tracker import genre
from tracker.cli import cli
from tracker.extract import extract
from tracker.inputs import Document, given_genre
from tracker.store import ensure_schema, save

FICTION = (Path(__file__).parent / "fixtures" / "fiction.txt").read_text(encoding="utf-8")
NEWS = (
    "The city council voted on Tuesday to close the Elm Street library, officials said. "
    "Mayor Jane Doe said that the building would cost 2.4 million euros to repair. "
    "“We cannot keep a branch open that nobody can safely enter,” she told reporters. "
    "A spokesman for the library union said the decision was rushed. "
) * 8


def test_a_novel_excerpt_is_detected_as_fiction():
    name, why = genre.detect(FICTION)
    assert name == "fiction"
    assert why.startswith("detected:")


def test_a_news_report_is_detected_as_news():
    assert genre.detect(NEWS)[0] == "news"


def test_a_short_text_stays_news_whatever_its_words():
    assert genre.detect("She looked at the door and smiled. Her eyes had tears.")[0] == "news"


@pytest.mark.parametrize(
    "value, expected",
    [
        ("fiction", "fiction"),
        ("Novel", "fiction"),
        (" news ", "news"),
        ("opinion", None),
        (3, None),
    ],
)
def test_normalise(value, expected):
    assert genre.normalise(value) == expected


def test_a_given_genre_wins_over_detection():
    assert genre.decide(NEWS, "fiction") == ("fiction", "given")
    assert genre.decide(FICTION, None)[0] == "fiction"


def test_fiction_keeps_quoted_speech_and_drops_narration():
    as_news = extract(FICTION, genre="news")
    as_fiction = extract(FICTION, genre="fiction")
    narration = "he would not come back before morning"
    assert any(r["text"] == narration and r["type"] == "indirect" for r in as_news)
    assert all(r["type"] == "direct" for r in as_fiction)
    assert {r["text"] for r in as_fiction} == {r["text"] for r in as_news if r["type"] == "direct"}
    assert extract(FICTION) == as_fiction  # detected


def test_in_fiction_a_given_name_alone_is_a_person_pronouns_can_find():
    by_text = {r["text"]: r for r in extract(FICTION, genre="fiction")}
    whisper = by_text["Thomas?"]
    assert (whisper["speaker"], whisper["speaker_mention"]) == ("Martha", "she")
    assert by_text["You should be in bed,"]["speaker"] == "Thomas"
    assert by_text["And you should have been home hours ago,"]["speaker"] == "Martha"


def test_in_news_a_lone_given_name_is_a_surname_of_either_gender():
    text = "Clinton said the vote was close. “We will see,” she said."
    assert extract(text, genre="news")[-1]["speaker"] == "Clinton"
    assert extract(text, genre="fiction")[-1]["speaker"] is None  # Clinton, a man's name


def test_jsonl_genre_field_or_meta_genre_is_read():
    assert given_genre({"text": "x", "genre": "fiction"}) == "fiction"
    assert given_genre({"text": "x", "meta": {"genre": "fiction"}}) == "fiction"
    assert given_genre({"text": "x", "meta": "fiction"}) is None
    assert given_genre({"text": "x"}) is None


def test_store_records_the_genre_and_rereads_a_document_given_another(tmp_path):
    db = sqlite_utils.Database(tmp_path / "g.db")
    ensure_schema(db)
    doc = Document(text=FICTION, path="f.txt")
    assert save(db, doc, extract(FICTION)) == "new"
    [row] = db["documents"].rows
    assert row["genre"] == "fiction" and row["genre_how"].startswith("detected")
    assert save(db, doc, extract(FICTION)) == "unchanged"
    doc.genre = "news"
    assert save(db, doc, extract(FICTION, genre="news")) == "updated"
    [row] = db["documents"].rows
    assert (row["genre"], row["genre_how"]) == ("news", "given")


def test_a_database_from_before_genres_gains_the_columns(tmp_path):
    db = sqlite_utils.Database(tmp_path / "old.db")
    db["documents"].create({"id": str, "text": str, "extractor_version": str}, pk="id")
    ensure_schema(db)
    assert {"genre", "genre_how"} <= set(db["documents"].columns_dict)


def test_cli_genre_option_overrides_detection(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text(FICTION, encoding="utf-8")
    runner = CliRunner()

    def types(*args):
        result = runner.invoke(cli, ["extract", *args, str(path)])
        assert result.exit_code == 0, result.output
        return {json.loads(line)["type"] for line in result.output.splitlines()}

    assert types() == {"direct"}
    assert types("--genre", "news") == {"direct", "indirect"}
    db = tmp_path / "q.db"
    result = runner.invoke(cli, ["ingest", "--silent", "--genre", "news", str(db), str(path)])
    assert result.exit_code == 0, result.output
    [row] = sqlite_utils.Database(db)["documents"].rows
    assert (row["genre"], row["genre_how"]) == ("news", "given")


def test_evaluate_reads_the_gold_documents_genre(tmp_path):
    quote = "You should be in bed,"
    start = FICTION.index(quote)
    gold = {
        "id": "f",
        "text": FICTION,
        "meta": {"genre": "news"},
        "quotes": [{"start": start, "end": start + len(quote), "speaker": "Thomas"}],
    }
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(gold) + "\n", encoding="utf-8")
    runner = CliRunner()
    as_given = json.loads(runner.invoke(cli, ["evaluate", "--json", str(path)]).output)
    as_fiction = json.loads(
        runner.invoke(cli, ["evaluate", "--json", "--genre", "fiction", str(path)]).output
    )
    assert as_given["pred"] > as_fiction["pred"]  # read as news, narration is reported too
    assert as_fiction["span_r"] == as_given["span_r"] == 1.0


DASHES = (
    "The rain had stopped by the time the cart reached the mill.\n\n"
    "Tobias Marsh said:\n\n"
    "--We will wait for the miller here.\n\n"
    "--He will not come before dark, said Ellen.\n\n"
    "--Then we wait till dark.--\n\n"
    "--Where is the key? Ellen asked.\n\n"
    "Then Tobias had answered:\n\n"
    "“Under the stone by the door.”\n"
)


def test_in_fiction_a_paragraph_opening_with_a_dash_is_a_line_of_dialogue():
    found = extract(DASHES, genre="fiction")
    for r in found:
        assert DASHES[r["start"] : r["end"]] == r["text"]
    assert [(r["text"], r["speaker"], r["rule"], r["cue"]) for r in found] == [
        ("We will wait for the miller here.", "Tobias Marsh", "dash-dialogue", "said"),
        ("He will not come before dark", "Ellen", "quote-cue-speaker", "said"),
        ("Then we wait till dark.", "Tobias Marsh", "dash-dialogue", None),
        ("Where is the key?", "Ellen", "quote-speaker-cue", "asked"),
        ("Under the stone by the door.", "Tobias Marsh", "speaker-cue-quote", "answered"),
    ]
    assert found[2]["resolution"] == "alternating"
    assert all(r["type"] == "direct" for r in found)


def test_in_news_a_dash_opens_no_quotation_and_a_colon_paragraph_is_no_cue():
    found = extract(DASHES, genre="news")
    assert "dash-dialogue" not in {r["rule"] for r in found}
    last = found[-1]
    assert (last["text"], last["rule"], last["cue"]) == (
        "Under the stone by the door.",
        "quote-continuation",
        None,
    )


BEATS = (
    "Martha set the kettle on the stove and waited.\n\n"
    "Thomas came in from the yard. He laughed and hung the lantern on its nail. “At the "
    "Hendersons’.”\n\n"
    "“A broken wrist.” Martha sat down by the stove.\n\n"
    "“It will mend by the spring, the doctor says.” Thomas did not believe that she meant it.\n"
)


def test_in_fiction_an_action_beat_in_the_paragraph_gives_a_line_its_speaker():
    found = {r["text"]: r for r in extract(BEATS, genre="fiction")}
    before = found["At the Hendersons’."]  # the sentence before it in its paragraph
    assert (before["speaker"], before["speaker_mention"], before["resolution"]) == (
        "Thomas",
        "He",
        "action-beat",
    )
    after = found["A broken wrist."]  # the sentence after a quotation opening its paragraph
    assert (after["speaker"], after["resolution"]) == ("Martha", "action-beat")
    # a sentence that reports something itself ("did not believe that …") is no beat
    assert found["It will mend by the spring, the doctor says."]["resolution"] != "action-beat"


def test_in_news_a_short_quoted_sentence_beside_narration_is_not_speech():
    assert [r["text"] for r in extract(BEATS, genre="news") if r["type"] == "direct"] == [
        "It will mend by the spring, the doctor says."
    ]


def test_in_fiction_a_quoted_thought_is_not_speech():
    text = (
        "“The gate is locked again,” thought Ellen, and she turned back.\n\n"
        "She would often think, “Nobody comes this way any more.”\n\n"
        "“The gate is locked again,” Ellen told the porter.\n"
    )
    fiction = extract(text, genre="fiction")
    assert [(r["text"], r["cue"]) for r in fiction] == [("The gate is locked again,", "told")]
    assert {r["cue"] for r in extract(text, genre="news")} >= {"thought", "think", "told"}


def test_a_colon_paragraph_names_the_subject_of_its_last_joined_clause():
    text = (
        "The bell rang twice in the corridor.\n\n"
        "Then Hugh Fennell closed his book and Father Tobin looked at the board and said:\n\n"
        "--Sit down, all of you.\n\n"
        "Mr. Casey turned to the window and said:\n\n"
        "--It is snowing again.\n"
    )
    found = extract(text, genre="fiction")
    assert [(r["text"], r["speaker_mention"], r["rule"]) for r in found] == [
        ("Sit down, all of you.", "Father Tobin", "dash-dialogue"),
        ("It is snowing again.", "Mr. Casey", "dash-dialogue"),
    ]


REPLIES = (
    "“Where have you been?” asked Mary.\n\n"
    "Tom hung up his coat and sat down by the fire. It was a long time before he answered "
    "her.\n\n"
    "“At the mill,” he said.\n\n"
    "“All day?”\n\n"
    "“Most of it.”\n\n"
    "Then Tom stood up.\n\n"
    "“I am going to bed.”\n"
)


def test_in_fiction_a_line_after_another_speakers_line_is_the_reply_of_the_one_before():
    found = [(r["text"], r["speaker"], r["resolution"]) for r in extract(REPLIES, genre="fiction")]
    assert found == [
        ("Where have you been?", "Mary", "name"),
        ("At the mill,", "Tom", "pronoun"),
        ("All day?", "Mary", "alternating"),  # narration came between Mary and Tom
        ("Most of it.", "Tom", "alternating"),
        ("I am going to bed.", "Tom", "action-beat"),  # "Then Tom stood up."
    ]


ADDRESSED = (
    "The kitchen was warm and smelled of bread.\n\n"
    "“Good morning, Harriet!” said Walter, stamping the snow from his boots.\n\n"
    "“You are early.”\n\n"
    "“Morning, Walter.”\n\n"
    "“Where is Clara?” asked Harriet.\n\n"
    "“Clara! Clara!” cried Walter.\n\n"
    "“She went out.”\n"
)


def test_in_fiction_the_one_a_line_calls_by_name_answers_it_and_does_not_speak_it():
    found = [
        (r["text"], r["speaker"], r["resolution"]) for r in extract(ADDRESSED, genre="fiction")
    ]
    assert found == [
        ("Good morning, Harriet!", "Walter", "name"),
        ("You are early.", "Harriet", "addressed"),  # called by name in the line before
        ("Morning, Walter.", "Harriet", "alternating"),  # Walter is not his own listener
        ("Where is Clara?", "Harriet", "name"),
        ("Clara! Clara!", "Walter", "name"),
        ("She went out.", "Harriet", "alternating"),  # a call is not a word to Clara
    ]


CHAPTERS = (
    "“I shall be back by noon,” said Walter.\n\n"
    "CHAPTER II. THE FAIR\n\n"
    "Harriet walked down to the green in the rain, where Clara was waiting for her under "
    "the old oak.\n\n"
    "“You are late, Clara.”\n\n"
    "“The cart lost a wheel.”\n\n"
    "CHAPTER III. MR. HOLLOWAY\n\n"
    "“Is anyone at home?”\n"
)


def test_in_fiction_a_heading_ends_a_conversation_and_is_no_action_beat():
    found = [(r["text"], r["speaker"], r["resolution"]) for r in extract(CHAPTERS, genre="fiction")]
    assert found == [
        ("I shall be back by noon,", "Walter", "name"),
        # a new chapter: not Walter's; Clara is called, so the other one named speaks
        ("You are late, Clara.", "Harriet", "recent"),
        ("The cart lost a wheel.", "Clara", "addressed"),
        ("Is anyone at home?", None, "unattributed"),  # the heading names no speaker
    ]


def test_a_heading_is_a_paragraph_without_lowercase_or_a_numbered_chapter():
    from tracker.extract import _heading

    assert _heading("CHAPTER IV. THE STORM")
    assert _heading("Chapter 12")
    assert _heading("Book Three")
    assert not _heading("Chapter by chapter, she read it aloud.")
    assert not _heading("Walter laughed.")


CLOSING_BEATS = (
    "“Where is the key?” asked Walter.\n\n"
    "The wind rattled the shutters all night and nobody slept. Harriet shook her head.\n\n"
    "“I gave it to Clara.”\n\n"
    "“When?”\n\n"
    "The clock in the hall struck nine. The talk had passed over Dorchester.\n\n"
    "“Last night, after supper.”\n"
)


def test_in_fiction_a_short_sentence_closing_a_narration_paragraph_is_an_action_beat():
    found = [
        (r["text"], r["speaker"], r["speaker_mention"], r["resolution"])
        for r in extract(CLOSING_BEATS, genre="fiction")
    ]
    assert found[1] == ("I gave it to Clara.", "Harriet", "Harriet", "action-beat")
    assert found[2] == ("When?", "Walter", "Walter", "alternating")
    # no person is the subject of "The talk had passed over Dorchester."
    assert found[3][3] != "action-beat"


def test_in_fiction_a_paragraph_ending_in_a_cue_and_a_dash_names_the_next_lines_speaker():
    text = (
        "Walter was sitting by the fire when Harriet put her head in at the door, and said "
        "at once--\n\n"
        "“The cart is here.”\n"
    )
    found = [(r["text"], r["speaker"], r["rule"]) for r in extract(text, genre="fiction")]
    assert found == [("The cart is here.", "Harriet", "speaker-cue-quote")]


def test_in_fiction_a_beat_whose_subject_is_a_part_of_someone_names_its_owner():
    text = (
        "Walter came in from the yard, stamping the snow from his boots.\n\n"
        "“Is it still falling?” Her eyes did not leave the window.\n\n"
        "“Harder than ever.” His voice was tired.\n"
    )
    found = [
        (r["text"], r["speaker_mention"], r["resolution"]) for r in extract(text, genre="fiction")
    ]
    assert found == [
        ("Is it still falling?", "Her", "action-beat"),  # not Walter, named before
        ("Harder than ever.", "His", "action-beat"),
    ]


def test_in_fiction_the_one_whose_voice_the_narration_hears_speaks_the_next_line():
    text = (
        "Walter waited on the landing while the others talked in the parlour below. He "
        "heard Mrs. Holloway’s voice.\n\n"
        "“He was always a quiet boy.”\n\n"
        "Then came her voice from the stairs.\n\n"
        "“Walter, come down now.”\n"
    )
    found = [
        (r["text"], r["speaker"], r["speaker_mention"], r["resolution"])
        for r in extract(text, genre="fiction")
    ]
    assert found == [
        ("He was always a quiet boy.", "Holloway", "Mrs. Holloway", "action-beat"),
        ("Walter, come down now.", "Holloway", "her", "action-beat"),
    ]
