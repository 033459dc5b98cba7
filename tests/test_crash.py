"""A failure or a killed process in the middle of an ingest leaves a consistent database."""

import json
import signal
import subprocess
import sys
import time

import pytest
import sqlite_utils

from tracker import store
from tracker.extract import extract
from tracker.inputs import Document

TEXT = "“The pier will reopen in May,” Lena Farrow said. Tom Reyes said the cost had doubled."


def test_a_failure_inside_save_rolls_the_document_back(tmp_path, monkeypatch):
    db = store.open_db(str(tmp_path / "quotes.db"))
    first = Document(text=TEXT, path="first.txt")
    store.save(db, first, extract(first.text))
    second = Document(text=TEXT + " Lena Farrow added that ferries would run.", path="b.txt")

    def broken_upsert(*args, **kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(sqlite_utils.db.Table, "upsert_all", broken_upsert)
    with pytest.raises(RuntimeError):
        store.save(db, second, extract(second.text))
    monkeypatch.undo()
    assert [r["path"] for r in db["documents"].rows] == ["first.txt"]
    assert db["quotes"].count == len(extract(first.text))


def write_corpus(path, n):
    with open(path, "w", encoding="utf-8") as f:
        for i in range(n):
            text = f"Report {i}. " + TEXT + f" Officials said {i} boats were late."
            f.write(json.dumps({"id": f"doc-{i}", "text": text}) + "\n")


def test_killed_ingest_leaves_a_consistent_database_and_resumes(tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    write_corpus(corpus, 3000)
    db_path = tmp_path / "quotes.db"
    cmd = [sys.executable, "-m", "tracker.cli", "ingest", str(db_path), str(corpus), "--silent"]
    proc = subprocess.Popen(cmd)
    deadline = time.time() + 30
    while time.time() < deadline:  # wait until some documents are in, then kill it hard
        time.sleep(0.2)
        if db_path.exists():
            try:
                if sqlite_utils.Database(db_path)["documents"].count >= 50:
                    break
            except Exception:
                continue
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    db = sqlite_utils.Database(db_path)
    assert db.execute("pragma integrity_check").fetchone()[0] == "ok"
    stored = db["documents"].count
    assert 0 < stored < 3000
    # every stored document has all of its quotes: nothing half-written
    per_doc = dict(db.execute("select document_id, count(*) from quotes group by 1").fetchall())
    for row in db["documents"].rows:
        assert per_doc.get(row["id"], 0) == len(extract(row["text"]))
    # running it again finishes the job, and a third run changes nothing
    subprocess.run(cmd, check=True)
    assert db["documents"].count == 3000
    quotes = db["quotes"].count
    subprocess.run(cmd, check=True)
    assert (db["documents"].count, db["quotes"].count) == (3000, quotes)
