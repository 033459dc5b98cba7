"""The tracker command line, through click's CliRunner, with databases in tmp_path."""

import csv
import io
import json
import shutil
import sys
from pathlib import Path

import pytest
import sqlite_utils
from click.testing import CliRunner

from tracker.cli import EXTRACT_FIELDS, _progress, cli

FIXTURES = Path(__file__).parent / "fixtures"
TABLES = ("documents", "speakers", "quotes", "speaker_mentions")
CONTRACT = [
    "document_id", "start", "end", "text", "type", "speaker", "speaker_mention",
    "speaker_start", "speaker_end", "cue", "category", "rule", "confidence",
]  # fmt: skip
# What the fixture documents say, by whom (document order within each document).
FIXTURE_QUOTES = {
    "art-1": [("The crews worked through the cold snap,", "Ruth Adeyemi")],
    "art-2": [("They chose every seed themselves,", "Marco Bellini")],
    "library-hours.txt": [
        ("Students told us they had nowhere quiet to work in the evenings,", "Nadia Kowalski"),
        ("Now they will have a place.", "Nadia Kowalski"),
        ("the change would cost about 30,000 euros a year", "Tomasz Brenner"),
    ],
    "bakery-award.md": [("We bake every loaf by hand, every night,", "Olga Petrenko")],
}


@pytest.fixture
def docs(tmp_path):
    """A copy of tests/fixtures/docs: 4 documents (.txt, .md in a subfolder, 2 in .jsonl)
    with 6 quotes by 5 speakers."""
    return shutil.copytree(FIXTURES / "docs", tmp_path / "docs")


@pytest.fixture
def db_path(tmp_path):
    return str(tmp_path / "quotes.db")


def run(*args, input=None):
    return CliRunner().invoke(cli, [str(a) for a in args], input=input)


def ok(*args, input=None):
    result = run(*args, input=input)
    assert result.exit_code == 0, result.output
    return result


def counts(db_path):
    db = sqlite_utils.Database(db_path)
    return {t: db[t].count for t in TABLES}


def dump(db_path):
    db = sqlite_utils.Database(db_path)
    return {t: list(db[t].rows) for t in TABLES}


def stored_ids(db_path):
    db = sqlite_utils.Database(db_path)
    return sorted(Path(r["source_id"]).name for r in db["documents"].rows)


def assert_one_line_error(result, *parts):
    assert result.exit_code == 1
    assert result.output.startswith("Error: ")
    assert result.output.count("\n") == 1, result.output
    assert "Traceback" not in result.output
    assert isinstance(result.exception, SystemExit)
    for part in parts:
        assert part in result.output


# ingest


def test_ingest_reports_counts(docs, db_path):
    result = ok("ingest", db_path, docs)
    assert result.stdout == ""
    assert result.stderr == (
        "4 new, 0 updated, 0 unchanged documents; 6 quotes extracted; "
        "the database holds 6 quotes by 5 speakers\n"
    )
    assert counts(db_path) == {"documents": 4, "speakers": 5, "quotes": 6, "speaker_mentions": 5}


def test_ingest_stores_what_the_documents_say(docs, db_path):
    ok("ingest", db_path, docs, "--silent")
    db = sqlite_utils.Database(db_path)
    rows = db.query(
        "select documents.source_id, quotes_view.text, quotes_view.speaker from quotes_view "
        "join documents on documents.id = quotes_view.document_id order by source_id, start"
    )
    stored = {}
    for row in rows:
        stored.setdefault(Path(row["source_id"]).name, []).append((row["text"], row["speaker"]))
    assert stored == FIXTURE_QUOTES


def test_ingest_twice_leaves_the_database_unchanged(docs, db_path):
    ok("ingest", db_path, docs)
    before = dump(db_path)
    result = ok("ingest", db_path, docs)
    assert result.stderr == (
        "0 new, 0 updated, 4 unchanged documents; 0 quotes extracted; "
        "the database holds 6 quotes by 5 speakers\n"
    )
    assert dump(db_path) == before
    assert counts(db_path) == {"documents": 4, "speakers": 5, "quotes": 6, "speaker_mentions": 5}


def test_ingest_a_copy_of_the_seeds_twice(tmp_path, db_path):
    seeds = shutil.copytree(Path(__file__).parent.parent / "seeds", tmp_path / "seeds")
    ok("ingest", db_path, seeds, "--silent")
    before = dump(db_path)
    n = len(before["documents"])
    assert n >= 6  # 4 files and 2 lines of wire-roundup.jsonl at least
    result = ok("ingest", db_path, seeds)
    assert result.stderr.startswith(
        f"0 new, 0 updated, {n} unchanged documents; 0 quotes extracted"
    )
    assert dump(db_path) == before


def test_ingest_silent_prints_nothing(docs, db_path):
    result = ok("ingest", db_path, docs, "--silent")
    assert result.output == ""
    assert counts(db_path)["documents"] == 4


class Terminal(io.StringIO):
    def isatty(self):
        return True


def test_progress_bar_only_on_a_terminal(monkeypatch):
    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    with _progress(["a", "b"], "Ingesting", silent=False) as bar:
        assert list(bar) == ["a", "b"]
    assert "Ingesting" in terminal.getvalue()
    assert "2/2" in terminal.getvalue()
    terminal.seek(0)
    terminal.truncate()
    with _progress(["a"], "Ingesting", silent=True) as bar:
        assert list(bar) == ["a"]
    assert terminal.getvalue() == ""


def test_ingest_jsonl_from_stdin(docs, db_path):
    data = (docs / "articles.jsonl").read_text(encoding="utf-8")
    result = ok("ingest", db_path, "-", input=data)
    assert result.stderr.startswith("2 new, 0 updated, 0 unchanged documents; 2 quotes extracted")
    db = sqlite_utils.Database(db_path)
    rows = db.query("select source_id, title, url, published, source from documents order by 1")
    assert list(rows) == [
        {
            "source_id": "art-1",
            "title": "Bridge repairs finish early",
            "url": "https://example.org/art-1",
            "published": "2026-01-10",
            "source": "example wire",
        },
        {
            "source_id": "art-2",
            "title": "School garden opens",
            "url": None,
            "published": "2026-01-12",
            "source": None,
        },
    ]


def test_same_text_from_a_file_and_stdin_is_stored_once(docs, db_path):
    ok("ingest", db_path, docs / "library-hours.txt", "--silent")
    text = (docs / "library-hours.txt").read_text(encoding="utf-8")
    result = ok("ingest", db_path, "-", input=text)
    assert result.stderr.startswith("0 new, 0 updated, 1 unchanged documents")


# errors


def test_missing_path_is_a_one_line_error(docs, db_path):
    result = run("ingest", db_path, docs / "library-hours.txt", docs / "nowhere.txt")
    assert_one_line_error(result, "nowhere.txt: no such file or directory")


def test_binary_file_is_a_one_line_error(tmp_path, db_path):
    path = tmp_path / "scan.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    result = run("ingest", db_path, path)
    assert_one_line_error(result, f"{path}: binary file")


def test_non_utf8_file_is_a_one_line_error(tmp_path, db_path):
    path = tmp_path / "latin1.txt"
    path.write_bytes("Le maire a dit « déjà ».".encode("latin-1"))
    assert_one_line_error(run("ingest", db_path, path), f"{path}: not UTF-8 text")


def test_malformed_jsonl_line_is_a_one_line_error_naming_file_and_line(db_path):
    path = FIXTURES / "bad-line.jsonl"
    result = run("ingest", db_path, path)
    assert_one_line_error(result, f"Error: {path}:3: not valid JSON")


def test_malformed_jsonl_on_stdin_names_the_line(db_path):
    result = run("ingest", db_path, "-", input='{"text": "Fine."}\n{"text": 1\n')
    assert_one_line_error(result, "Error: <stdin>:2: not valid JSON")


def test_nothing_is_lost_after_a_failing_ingest(docs, tmp_path, db_path):
    ok("ingest", db_path, docs / "articles.jsonl", "--silent")  # an earlier run
    result = run("ingest", db_path, docs / "library-hours.txt", FIXTURES / "bad-line.jsonl")
    assert_one_line_error(result, "bad-line.jsonl:3:")
    # the earlier run, the .txt and the two good lines before line 3 are all stored
    assert stored_ids(db_path) == ["art-1", "art-2", "library-hours.txt", "ok-1", "ok-2"]
    # and searchable: the database is shaped even when ingest stops on an error
    result = ok("quotes", db_path, "--search", "evenings", "--format", "jsonl")
    assert [json.loads(line)["speaker"] for line in result.stdout.splitlines()] == [
        "Nadia Kowalski"
    ]


def test_a_failing_first_ingest_still_leaves_a_usable_database(db_path):
    run("ingest", db_path, FIXTURES / "bad-line.jsonl")
    result = ok("quotes", db_path, "--format", "jsonl")
    assert len(result.stdout.splitlines()) == 2
    assert ok("speakers", db_path, "--format", "jsonl").stdout.count("\n") == 2


def test_skip_errors_reports_and_continues(docs, tmp_path, db_path):
    binary = tmp_path / "scan.txt"
    binary.write_bytes(b"abc\x00def")
    result = ok(
        "ingest",
        db_path,
        FIXTURES / "bad-line.jsonl",
        tmp_path / "nowhere.txt",
        binary,
        docs,
        "--skip-errors",
    )
    skipped = [line for line in result.stderr.splitlines() if line.startswith("Skipped: ")]
    assert skipped == [
        f"Skipped: {tmp_path / 'nowhere.txt'}: no such file or directory",
        f"Skipped: {FIXTURES / 'bad-line.jsonl'}:3: not valid JSON "
        "(Invalid control character at column 47)",
        f"Skipped: {binary}: binary file (NUL bytes), not text",
    ]
    assert result.stderr.splitlines()[-1].startswith("7 new, 0 updated, 0 unchanged documents")
    assert stored_ids(db_path) == [
        "art-1",
        "art-2",
        "bakery-award.md",
        "library-hours.txt",
        "ok-1",
        "ok-2",
        "ok-4",
    ]


# extract


def test_extract_jsonl_contract(docs):
    result = ok("extract", docs)
    records = [json.loads(line) for line in result.stdout.splitlines()]
    texts = {
        str(docs / "library-hours.txt"): (docs / "library-hours.txt").read_text("utf-8"),
        str(docs / "more" / "bakery-award.md"): (docs / "more" / "bakery-award.md").read_text(
            "utf-8"
        ),
    }
    for line in (docs / "articles.jsonl").read_text("utf-8").splitlines():
        obj = json.loads(line)
        texts[obj["id"]] = obj["text"]
    found = {}
    for r in records:
        assert set(CONTRACT) <= set(r)
        document_text = texts[r["document_id"]]
        assert r["text"] == document_text[r["start"] : r["end"]]
        if r["speaker_mention"] is not None:
            mention = document_text[r["speaker_start"] : r["speaker_end"]]
            assert mention == r["speaker_mention"]
        assert r["type"] in {"direct", "indirect", "mixed"}
        assert 0 < r["confidence"] <= 1
        assert r["rule"]
        found.setdefault(Path(r["document_id"]).name, []).append((r["text"], r["speaker"]))
    assert found == FIXTURE_QUOTES


def test_extract_jsonl_first_record_exactly(docs):
    result = ok("extract", docs / "more" / "bakery-award.md")
    [record] = [json.loads(line) for line in result.stdout.splitlines()]
    text = (docs / "more" / "bakery-award.md").read_text("utf-8")
    start = text.index("We bake")
    speaker_start = text.index("Olga Petrenko")
    assert {k: record[k] for k in CONTRACT if k != "category"} == {
        "document_id": str(docs / "more" / "bakery-award.md"),
        "start": start,
        "end": start + len("We bake every loaf by hand, every night,"),
        "text": "We bake every loaf by hand, every night,",
        "type": "direct",
        "speaker": "Olga Petrenko",
        "speaker_mention": "Olga Petrenko",
        "speaker_start": speaker_start,
        "speaker_end": speaker_start + len("Olga Petrenko"),
        "cue": "said",
        "rule": "quote-speaker-cue",
        "confidence": 0.95,
    }


def test_extract_csv(docs):
    result = ok("extract", docs / "library-hours.txt", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert list(rows[0]) == EXTRACT_FIELDS
    assert [(r["speaker"], r["type"]) for r in rows] == [
        ("Nadia Kowalski", "direct"),
        ("Nadia Kowalski", "direct"),
        ("Tomasz Brenner", "indirect"),
    ]
    text = (docs / "library-hours.txt").read_text("utf-8")
    assert all(text[int(r["start"]) : int(r["end"])] == r["text"] for r in rows)


def test_extract_table(docs):
    result = ok("extract", docs / "articles.jsonl", "--format", "table")
    lines = result.stdout.splitlines()
    assert lines[0].split() == EXTRACT_FIELDS
    assert set(lines[1]) == {"-", " "}
    assert len(lines) == 4
    assert lines[2].startswith("art-1") and "Ruth Adeyemi" in lines[2]
    assert lines[3].startswith("art-2") and "Marco Bellini" in lines[3]


def test_extract_plain_text_from_stdin():
    result = ok("extract", "-", input="“We open at noon,” Lena Vogt said.\n")
    [record] = [json.loads(line) for line in result.stdout.splitlines()]
    assert (record["document_id"], record["text"], record["speaker"]) == (
        "<stdin>",
        "We open at noon,",
        "Lena Vogt",
    )


def test_extract_missing_path_is_a_one_line_error(tmp_path):
    assert_one_line_error(run("extract", tmp_path / "gone.md"), "gone.md: no such file")


# quotes and speakers


@pytest.fixture
def ingested(docs, db_path):
    ok("ingest", db_path, docs, "--silent")
    return db_path


def jsonl(result):
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_quotes_by_speaker(ingested):
    rows = jsonl(ok("quotes", ingested, "--speaker", "Kowalski", "--format", "jsonl"))
    assert [(r["text"], r["speaker"]) for r in rows] == FIXTURE_QUOTES["library-hours.txt"][:2]


def test_quotes_by_category(ingested):
    db = sqlite_utils.Database(ingested)
    category = db.execute("select category from quotes where text like 'We bake%'").fetchone()[0]
    expected = sorted(
        row[0] for row in db.execute("select text from quotes where category = ?", [category])
    )
    rows = jsonl(ok("quotes", ingested, "--category", category, "--format", "jsonl"))
    assert sorted(r["text"] for r in rows) == expected
    assert {r["category"] for r in rows} == {category}
    assert (
        jsonl(ok("quotes", ingested, "--category", "no-such-category", "--format", "jsonl")) == []
    )


def test_quotes_full_text_search(ingested):
    rows = jsonl(ok("quotes", ingested, "--search", "loaf", "--format", "jsonl"))
    assert [(r["speaker"], r["text"], r["document_title"]) for r in rows] == [
        ("Olga Petrenko", "We bake every loaf by hand, every night,", "Bakery wins regional award")
    ]


def test_quotes_search_combined_with_speaker(ingested):
    assert (
        jsonl(
            ok("quotes", ingested, "--search", "loaf", "--speaker", "Adeyemi", "--format", "jsonl")
        )
        == []
    )


def test_quotes_newest_documents_first_with_limit(ingested):
    rows = jsonl(ok("quotes", ingested, "--limit", "2", "--format", "jsonl"))
    assert [(r["published"], r["speaker"]) for r in rows] == [
        ("2026-01-12", "Marco Bellini"),
        ("2026-01-10", "Ruth Adeyemi"),
    ]


def test_quotes_table_shows_the_speaker(ingested):
    result = ok("quotes", ingested, "--speaker", "Petrenko")
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["speaker", "type", "category", "cue", "text", "document_title"]
    assert len(lines) == 3
    assert lines[2].startswith("Olga Petrenko  direct")


def test_speakers(ingested):
    rows = jsonl(ok("speakers", ingested, "--format", "jsonl"))
    assert [(r["name"], r["kind"], r["quotes"]) for r in rows] == [
        ("Nadia Kowalski", "person", 2),
        ("Marco Bellini", "person", 1),
        ("Olga Petrenko", "person", 1),
        ("Ruth Adeyemi", "person", 1),
        ("Tomasz Brenner", "person", 1),
    ]


def test_quotes_on_a_missing_database_is_a_one_line_error(tmp_path):
    result = run("quotes", tmp_path / "none.db")
    assert_one_line_error(result, "none.db: no such database")
    assert not (tmp_path / "none.db").exists()


def test_speakers_on_a_database_without_quotes_is_a_one_line_error(tmp_path):
    path = tmp_path / "other.db"
    sqlite_utils.Database(path)["things"].insert({"id": 1})
    assert_one_line_error(run("speakers", path), "not a quotetracker database")


def test_ingest_creates_the_database_folder(tmp_path):
    db_path = tmp_path / "new" / "folder" / "quotes.db"
    doc = tmp_path / "doc.txt"
    doc.write_text("“The pier will reopen,” Lena Farrow said.\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["ingest", str(db_path), str(doc), "--silent"])
    assert result.exit_code == 0, result.output
    assert sqlite_utils.Database(db_path)["quotes"].count == 1


@pytest.mark.parametrize("command", ["quotes", "speakers", "ingest"])
def test_a_file_that_is_not_a_database(tmp_path, command):
    bad = tmp_path / "quotes.db"
    bad.write_text("not a database at all, just some text\n" * 50, encoding="utf-8")
    args = [command, str(bad)] + ([str(tmp_path / "x.txt")] if command == "ingest" else [])
    (tmp_path / "x.txt").write_text("Lena Farrow said the pier would reopen soon.\n")
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 1
    assert result.output.strip().startswith(f"Error: {bad}:")
    assert "Traceback" not in result.output
    assert len(result.output.strip().splitlines()) == 1
