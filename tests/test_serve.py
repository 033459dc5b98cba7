"""tracker serve: errors before Datasette starts, and one real server."""

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from importlib import resources
from pathlib import Path

import pytest
import sqlite_utils
from click.testing import CliRunner

from tracker.cli import cli

SEEDS = Path(__file__).parent.parent / "seeds"


def test_serve_missing_database(tmp_path):
    path = tmp_path / "missing.db"
    result = CliRunner().invoke(cli, ["serve", str(path)])
    assert result.exit_code == 1
    assert result.output == (
        f"Error: {path}: no such database; create it with: tracker ingest {path} PATHS\n"
    )
    assert not path.exists()


def test_serve_file_that_is_not_a_database(tmp_path):
    path = tmp_path / "quotes.db"
    path.write_text("not a database\n")
    result = CliRunner().invoke(cli, ["serve", str(path)])
    assert result.exit_code == 1
    assert result.output == f"Error: {path}: not an SQLite database (file is not a database)\n"


def test_serve_database_without_quotes_table(tmp_path):
    path = tmp_path / "quotes.db"
    sqlite_utils.Database(path)["other"].insert({"a": 1})
    result = CliRunner().invoke(cli, ["serve", str(path)])
    assert result.exit_code == 1
    assert result.output == f"Error: {path}: not a quotetracker database (no quotes table)\n"


def ingest(db_path):
    result = CliRunner().invoke(cli, ["ingest", str(db_path), str(SEEDS), "--silent"])
    assert result.exit_code == 0, result.output


@pytest.fixture
def execvp(monkeypatch):
    """Record the command serve would replace itself with, instead of running it."""
    calls = []
    monkeypatch.setattr(os, "execvp", lambda file, args: calls.append(args))
    return calls


def test_serve_runs_datasette_with_packaged_metadata(tmp_path, execvp):
    db_path = tmp_path / "quotes.db"
    ingest(db_path)
    result = CliRunner().invoke(cli, ["serve", str(db_path), "-p", "9001", "--immutable"])
    assert result.exit_code == 0, result.output
    assert result.output == f"Serving {db_path} at http://127.0.0.1:9001/\n"
    meta = str(resources.files("tracker").joinpath("metadata.yml"))
    assert execvp == [
        [sys.executable, "-m", "datasette", "serve", "-m", meta, "-h", "127.0.0.1", "-p", "9001"]
        + ["-i", str(db_path)]
    ]


def test_serve_warns_when_the_database_is_not_named_quotes(tmp_path, execvp):
    db_path = tmp_path / "news.db"
    ingest(db_path)
    result = CliRunner().invoke(cli, ["serve", str(db_path)])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0] == (
        "Warning: the packaged metadata.yml describes a database named 'quotes', not 'news': "
        "name the file quotes.db for its descriptions, facets and canned queries"
    )
    assert execvp[0][-1] == str(db_path)
    # With its own metadata there is nothing to warn about
    own = tmp_path / "news.yml"
    own.write_text("title: News\n")
    result = CliRunner().invoke(cli, ["serve", str(db_path), "--metadata", str(own)])
    assert result.output == f"Serving {db_path} at http://127.0.0.1:8001/\n"
    assert execvp[1][5] == str(own)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def get_json(url: str):
    with urllib.request.urlopen(url, timeout=2) as response:
        return json.load(response)


def tracker_command() -> list[str]:
    script = Path(sys.executable).parent / "tracker"
    if script.exists():
        return [str(script)]
    found = shutil.which("tracker")
    assert found, "the tracker console script is not installed"
    return [found]


def test_serve_starts_datasette_with_packaged_metadata(tmp_path):
    db_path = tmp_path / "quotes.db"
    ingest(db_path)
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    proc = subprocess.Popen(
        tracker_command() + ["serve", str(db_path), "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 20
        while True:
            assert proc.poll() is None, proc.communicate()[1].decode()
            try:
                data = get_json(f"{base}/quotes.json")
                break
            except (urllib.error.URLError, ConnectionError):
                assert time.monotonic() < deadline, "Datasette did not start in 20 seconds"
                time.sleep(0.1)
        tables = {t["name"] for t in data["tables"] if not t["hidden"]}
        assert tables == {"documents", "speakers", "quotes", "speaker_mentions"}
        assert [v["name"] for v in data["views"]] == ["quotes_view"]
        assert "quotes_by_speaker" in {q["name"] for q in data["queries"]}
        assert get_json(f"{base}/-/metadata.json")["title"] == "quotetracker"
    finally:
        proc.terminate()
        try:
            proc.communicate(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.communicate()
