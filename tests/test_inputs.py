"""tracker.inputs: reading .txt, .md, .jsonl, directories and stdin; one-line errors."""

import io
import json
import shutil
import sys
from pathlib import Path

import pytest

from tracker import inputs
from tracker.inputs import InputError

FIXTURES = Path(__file__).parent / "fixtures"
DOCS = FIXTURES / "docs"


def read(*paths):
    return list(inputs.read([str(p) for p in paths]))


def error_of(*paths) -> str:
    with pytest.raises(InputError) as info:
        read(*paths)
    message = str(info.value)
    assert "\n" not in message
    return message


def set_stdin(monkeypatch, data: bytes):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


def test_txt_file_is_one_document_titled_by_its_first_line():
    path = DOCS / "library-hours.txt"
    [doc] = read(path)
    assert doc.text == path.read_text(encoding="utf-8")
    assert doc.title == "Riverton library extends its opening hours"
    assert doc.path == str(path)
    assert doc.line is None
    assert doc.document_id == str(path)


def test_md_file_title_drops_the_heading_marks():
    [doc] = read(DOCS / "more" / "bakery-award.md")
    assert doc.title == "Bakery wins regional award"
    assert doc.text.startswith("# Bakery wins regional award\n")


def test_jsonl_file_is_one_document_per_line_with_its_fields():
    path = DOCS / "articles.jsonl"
    docs = read(path)
    assert [(d.document_id, d.line, d.title, d.published) for d in docs] == [
        ("art-1", 1, "Bridge repairs finish early", "2026-01-10"),
        ("art-2", 2, "School garden opens", "2026-01-12"),
    ]
    first = json.loads(path.read_text(encoding="utf-8").splitlines()[0])
    assert docs[0].text == first["text"]
    assert (docs[0].url, docs[0].source) == ("https://example.org/art-1", "example wire")
    assert (docs[1].url, docs[1].source) == (None, None)


def test_jsonl_without_id_is_named_by_file_and_line(tmp_path):
    path = tmp_path / "plain.jsonl"
    path.write_text('{"text": "One."}\n\n{"text": "Three.", "id": 7}\n', encoding="utf-8")
    assert [d.document_id for d in read(path)] == [f"{path}:1", "7"]


def test_directory_is_searched_recursively_in_a_stable_order(tmp_path):
    root = tmp_path / "docs"
    shutil.copytree(DOCS, root)
    (root / "notes.pdf").write_bytes(b"%PDF-1.4")  # unsupported files in a directory: ignored
    (root / ".hidden").mkdir()
    (root / ".hidden" / "draft.txt").write_text("Not read.", encoding="utf-8")
    assert inputs.expand([str(root)]) == [
        str(root / "articles.jsonl"),
        str(root / "library-hours.txt"),
        str(root / "more" / "bakery-award.md"),
    ]
    assert [d.document_id for d in read(root)] == [
        "art-1",
        "art-2",
        str(root / "library-hours.txt"),
        str(root / "more" / "bakery-award.md"),
    ]


def test_stdin_text_is_one_document(monkeypatch):
    set_stdin(monkeypatch, "“Fine,” Ann Lee said.\n".encode())
    [doc] = list(inputs.read(["-"]))
    assert (doc.text, doc.path, doc.document_id) == (
        "“Fine,” Ann Lee said.\n",
        "<stdin>",
        "<stdin>",
    )


def test_stdin_jsonl_is_one_document_per_line(monkeypatch):
    set_stdin(monkeypatch, b'{"id": "a", "text": "First."}\n{"text": "Second."}\n')
    docs = list(inputs.read(["-"]))
    assert [(d.document_id, d.text) for d in docs] == [("a", "First."), ("<stdin>:2", "Second.")]


def test_stdin_empty_is_an_error(monkeypatch):
    set_stdin(monkeypatch, b"  \n")
    with pytest.raises(InputError, match=r"^<stdin>: empty input"):
        list(inputs.read(["-"]))


def test_stdin_malformed_jsonl_names_the_line(monkeypatch):
    set_stdin(monkeypatch, b'{"text": "First."}\n{"text": \n')
    with pytest.raises(InputError, match=r"^<stdin>:2: not valid JSON"):
        list(inputs.read(["-"]))


def test_missing_path(tmp_path):
    missing = tmp_path / "nowhere.txt"
    assert error_of(missing) == f"{missing}: no such file or directory"


def test_missing_path_is_reported_before_anything_is_read(tmp_path):
    missing = tmp_path / "nowhere.txt"
    documents = inputs.read([str(DOCS / "library-hours.txt"), str(missing)])
    with pytest.raises(InputError, match="nowhere.txt: no such file"):
        next(documents)


def test_binary_file(tmp_path):
    path = tmp_path / "image.txt"
    path.write_bytes(b"GIF89a\x00\x01\x02binary")
    assert error_of(path) == f"{path}: binary file (NUL bytes), not text"


def test_non_utf8_file(tmp_path):
    path = tmp_path / "latin1.txt"
    path.write_bytes("Le café est fermé.".encode("latin-1"))
    assert error_of(path) == (
        f"{path}: not UTF-8 text (bad byte at offset 6); "
        "convert it first, e.g. iconv -f latin1 -t utf-8"
    )


def test_non_utf8_jsonl_line_names_the_line(tmp_path):
    path = tmp_path / "latin1.jsonl"
    path.write_bytes(b'{"text": "ok"}\n' + '{"text": "café"}\n'.encode("latin-1"))
    assert error_of(path).startswith(f"{path}:2: not UTF-8 text")


def test_utf8_bom_is_dropped(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeffHello there.".encode())
    [doc] = read(path)
    assert doc.text == "Hello there."


@pytest.mark.parametrize("name, content", [("empty.txt", ""), ("blank.md", "\n  \n")])
def test_empty_text_file(tmp_path, name, content):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    assert error_of(path) == f"{path}: empty file, nothing to read"


@pytest.mark.parametrize("content", ["", "\n\n"])
def test_empty_jsonl_file(tmp_path, content):
    path = tmp_path / "empty.jsonl"
    path.write_text(content, encoding="utf-8")
    assert error_of(path) == f"{path}: empty file, nothing to read"


def test_malformed_json_line_names_file_and_line():
    path = FIXTURES / "bad-line.jsonl"
    message = error_of(path)
    assert message.startswith(f"{path}:3: not valid JSON (")


def test_documents_before_a_malformed_line_are_read_first():
    documents = inputs.read([str(FIXTURES / "bad-line.jsonl")])
    assert [next(documents).id, next(documents).id] == ["ok-1", "ok-2"]
    with pytest.raises(InputError, match=r"bad-line.jsonl:3:"):
        next(documents)


def test_on_error_skips_only_the_bad_line():
    errors = []
    docs = list(inputs.read_file(str(FIXTURES / "bad-line.jsonl"), on_error=errors.append))
    assert [d.id for d in docs] == ["ok-1", "ok-2", "ok-4"]
    assert [str(e).split(": ")[0] for e in errors] == [f"{FIXTURES / 'bad-line.jsonl'}:3"]


@pytest.mark.parametrize(
    "line, message",
    [
        ('{"title": "No text"}', 'no "text" string in this JSON object'),
        ('{"text": 42}', 'no "text" string in this JSON object'),
        ('["a", "list"]', 'expected a JSON object with a "text" field'),
    ],
)
def test_json_line_without_text(tmp_path, line, message):
    path = tmp_path / "docs.jsonl"
    path.write_text('{"text": "Fine."}\n' + line + "\n", encoding="utf-8")
    assert error_of(path) == f"{path}:2: {message}"


@pytest.mark.parametrize("name", ["report.pdf", "README"])
def test_unsupported_suffix(tmp_path, name):
    path = tmp_path / name
    path.write_text("Some text.", encoding="utf-8")
    suffix = repr(path.suffix) if path.suffix else "'(none)'"
    assert error_of(path) == (f"{path}: unsupported file type {suffix}; use .txt, .md or .jsonl")
