import json

import pytest
from click.testing import CliRunner

from tracker import evaluate
from tracker.cli import cli
from tracker.extract import extract

TEXT = (
    "“The bridge opens in May,” Mayor Ana Ruiz said. "
    "Critics said the cost had doubled. The weather was fine."
)


def gold_doc():
    quote = "The bridge opens in May,"
    return {
        "id": "d1",
        "source": "mine",
        "text": TEXT,
        "quotes": [
            {
                "start": TEXT.index(quote),
                "end": TEXT.index(quote) + len(quote),
                "speaker": "Ana Ruiz",
                "speaker_start": TEXT.index("Ana Ruiz"),
                "speaker_end": TEXT.index("Ana Ruiz") + 8,
                "cue": "said",
            },
            {
                "start": TEXT.index("the cost"),
                "end": TEXT.index(" had doubled") + 12,
                "speaker": "Critics",
                "speaker_start": 0,
                "speaker_end": 1,
                "cue": "said",
            },
            {
                "start": TEXT.index("The weather"),
                "end": len(TEXT) - 1,
                "speaker": "Nobody",
                "cue": "thought",
            },
        ],
    }


def test_pairs_are_one_to_one_and_need_half_overlap():
    text = "abcdefghij"
    gold = [{"start": 0, "end": 10}]
    assert evaluate.pairs(text, gold, [{"start": 0, "end": 5}, {"start": 0, "end": 9}]) == [(0, 1)]
    assert evaluate.pairs(text, gold, [{"start": 0, "end": 4}]) == []


def test_same_person_by_surname():
    assert evaluate.same_person("Ana Ruiz", "Mayor Ana Ruiz")
    assert evaluate.same_person("Ruiz", "Ana Ruiz")
    assert not evaluate.same_person("Ana Ruiz", "Tom Baker")


def test_figures_for_a_document():
    total, by_source = evaluate.evaluate([gold_doc()], extract)
    assert total["gold"] == 3
    assert total["matched"] == 2
    assert total["speaker_acc"] == 1.0  # "Critics" by name, Ana Ruiz by span
    assert total["recall_speech_cue"] == 1.0
    assert set(by_source) == {"mine"}
    assert total["rules"]["quote-speaker-cue"] == {
        "predicted": 1,
        "precision": 1.0,
        "attributed": 1.0,
    }


def test_evaluate_command(tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(gold_doc()) + "\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["evaluate", str(gold), "--by-source"])
    assert result.exit_code == 0, result.output
    assert "[all] gold 3 pred 2 matched 2" in result.output
    assert "[mine] gold 3" in result.output
    assert "quote-speaker-cue" in result.output
    as_json = CliRunner().invoke(cli, ["evaluate", str(gold), "--json"])
    assert json.loads(as_json.output)["matched"] == 2


def test_evaluate_reports_a_bad_line(tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(gold_doc()) + "\n{oops\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["evaluate", str(gold)])
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [
        f"Error: {gold}:2: not valid JSON (Expecting property name enclosed in double quotes)"
    ]


def test_categorize_command_reads_plain_lines(tmp_path):
    path = tmp_path / "claims.txt"
    path.write_text("Unemployment fell 3 percent in May.\n\nWe will build it.\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["categorize", str(path)])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert [(r["id"], r["category"], r["checkable"]) for r in rows] == [
        (f"{path}:1", "quantity", "yes"),
        (f"{path}:2", "commitment", "not_yet"),
    ]


@pytest.mark.parametrize(
    "cue, speech",
    [
        ("replied", True),
        ("has vowed", True),
        ("According to", True),
        ("testified", True),
        ("believes", False),
        ("found", False),
        ("", False),
        (None, False),
    ],
)
def test_which_gold_cues_count_as_verbs_of_speech(cue, speech):
    assert evaluate.speech_cue(cue) is speech
