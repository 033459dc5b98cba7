"""Read documents from files, directories and stdin.

``.txt`` and ``.md`` files are one document each; ``.jsonl`` files hold one document per
line (``text`` required; ``id``, ``title``, ``url``, ``published``, ``source`` and ``genre``
optional; ``genre`` may also sit in a ``meta`` object, as in the gold files);
``-`` reads stdin (JSONL when its first line is a JSON object, else one text document).
Problems raise :class:`InputError` with a message that names the file and line.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from . import genre

TEXT_SUFFIXES = {".txt", ".md", ".text", ".markdown"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
FIELDS = ("id", "title", "url", "published", "source")


class InputError(Exception):
    """A document that cannot be read; the message names the file (and line)."""


OnError = Callable[[InputError], None]


@dataclass
class Document:
    text: str
    path: str
    line: int | None = None
    id: str | None = None
    title: str | None = None
    url: str | None = None
    published: str | None = None
    source: str | None = None
    genre: str | None = None  # "news" or "fiction" when the input says so

    @property
    def document_id(self) -> str:
        """The input's own id, else the path (and line, for JSONL)."""
        if self.id is not None:
            return str(self.id)
        return f"{self.path}:{self.line}" if self.line else self.path


def expand(paths: list[str]) -> list[str]:
    """Files to read, in a stable order: directories are searched recursively."""
    files = []
    for p in paths:
        if p == "-":
            files.append(p)
            continue
        path = Path(p)
        if path.is_dir():
            found = sorted(
                f
                for f in path.rglob("*")
                if f.is_file()
                and f.suffix.lower() in TEXT_SUFFIXES | JSONL_SUFFIXES
                and not any(part.startswith(".") for part in f.relative_to(path).parts)
            )
            files.extend(str(f) for f in found)
        elif path.exists():
            files.append(p)
        else:
            raise InputError(f"{p}: no such file or directory")
    return files


def read(paths: list[str]) -> Iterator[Document]:
    """Every document in paths, streamed (a JSONL file is read line by line)."""
    for name in expand(paths):
        yield from read_file(name)


def read_file(name: str, on_error: OnError | None = None) -> Iterator[Document]:
    """The documents in one file (or ``-``). A bad JSONL line raises :class:`InputError`;
    with ``on_error``, it is passed to ``on_error`` instead and the next line is read."""
    if name == "-":
        data = sys.stdin.buffer.read()
        text = _decode(data, "<stdin>")
        if not text.strip():
            raise InputError("<stdin>: empty input, nothing to read")
        first = text.lstrip()[:1]
        if first == "{":
            yield from _jsonl_lines(text.splitlines(), "<stdin>", on_error=on_error)
        else:
            yield _text_document(text, "<stdin>")
        return
    path = Path(name)
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        yield from _jsonl_file(path, on_error)
    elif suffix in TEXT_SUFFIXES:
        try:
            data = path.read_bytes()
        except OSError as e:
            raise InputError(f"{name}: cannot read: {e.strerror}") from e
        text = _decode(data, name)
        if not text.strip():
            raise InputError(f"{name}: empty file, nothing to read")
        yield _text_document(text, name)
    else:
        raise InputError(
            f"{name}: unsupported file type {suffix or '(none)'!r}; use .txt, .md or .jsonl"
        )


def _decode(data: bytes, name: str, line: int | None = None) -> str:
    where = f"{name}:{line}" if line else name
    if b"\x00" in data[:8192]:
        raise InputError(f"{where}: binary file (NUL bytes), not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise InputError(
            f"{where}: not UTF-8 text (bad byte at offset {e.start}); "
            "convert it first, e.g. iconv -f latin1 -t utf-8"
        ) from e


def _text_document(text: str, name: str) -> Document:
    title = None
    for line in text.splitlines():
        if line.strip():
            title = line.strip().lstrip("#").strip()[:200]
            break
    return Document(text=text, path=name, title=title)


def _jsonl_file(path: Path, on_error=None) -> Iterator[Document]:
    try:
        f = path.open("rb")
    except OSError as e:
        raise InputError(f"{path}: cannot read: {e.strerror}") from e
    blank = True
    with f:
        for n, raw in enumerate(f, 1):
            blank = blank and not raw.strip()
            try:
                line = _decode(raw, str(path), n)
            except InputError as e:
                if on_error is None:
                    raise
                on_error(e)
                continue
            yield from _jsonl_lines([line], str(path), n, on_error)
    if blank:
        raise InputError(f"{path}: empty file, nothing to read")


def _jsonl_lines(lines, name: str, first: int = 1, on_error=None) -> Iterator[Document]:
    for n, line in enumerate(lines, first):
        if not line.strip():
            continue
        try:
            doc = _jsonl_document(line, name, n)
        except InputError as e:
            if on_error is None:
                raise
            on_error(e)
            continue
        yield doc


def _jsonl_document(line: str, name: str, n: int) -> Document:
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as e:
        msg = e.msg.removesuffix(" at")  # "Invalid control character at"
        raise InputError(f"{name}:{n}: not valid JSON ({msg} at column {e.colno})") from e
    if not isinstance(obj, dict):
        raise InputError(f'{name}:{n}: expected a JSON object with a "text" field')
    text = obj.get("text")
    if not isinstance(text, str):
        raise InputError(f'{name}:{n}: no "text" string in this JSON object')
    extra = {k: (str(obj[k]) if obj.get(k) is not None else None) for k in FIELDS}
    return Document(text=text, path=name, line=n, genre=given_genre(obj), **extra)


def given_genre(obj: dict) -> str | None:
    """The genre a JSON document states, in ``genre`` or ``meta.genre``, if one we know."""
    meta = obj.get("meta") if isinstance(obj.get("meta"), dict) else {}
    return genre.normalise(obj.get("genre", meta.get("genre")))
