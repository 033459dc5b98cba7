"""The ``tracker`` command line: thin click wiring over the plain modules."""

from __future__ import annotations

import contextlib
import csv
import json
import os
import sqlite3
import sys
from importlib import resources

import click
import sqlite_utils
from tabulate import tabulate

from . import __version__, inputs, store
from .extract import extract as extract_records

FORMATS = click.Choice(["jsonl", "csv", "table"])
GENRE = click.option(
    "--genre",
    type=click.Choice(["auto", "news", "fiction"]),
    default="auto",
    show_default=True,
    help="Read documents as news or fiction (fiction: quoted speech only, not narration). "
    "auto: a JSONL document's own genre field, else judged from its words.",
)
EXTRACT_FIELDS = [
    "document_id", "start", "end", "text", "type", "speaker", "speaker_mention",
    "speaker_start", "speaker_end", "cue", "category", "checkable", "rule", "confidence",
]  # fmt: skip


@click.group()
@click.version_option(__version__)
def cli():
    """quotetracker: who said what, when, and what kind of claim it was.

    Ingest news articles and press releases into SQLite, find every direct quote and
    reported statement with its speaker and claim category, and browse them in Datasette.
    """


def _documents(paths, skip_errors, genre="auto"):
    """Documents from paths; with skip_errors, bad ones are reported and skipped. A genre
    other than auto overrides the one documents state."""

    def skip(e):
        if not skip_errors:
            raise click.ClickException(str(e)) from e
        click.echo(f"Skipped: {e}", err=True)

    files = []
    for path in paths:  # every path is checked before any document is read
        try:
            files.extend(inputs.expand([path]))
        except inputs.InputError as e:
            skip(e)
    for name in files:
        try:
            for doc in inputs.read_file(name, on_error=skip if skip_errors else None):
                if genre != "auto":
                    doc.genre = genre
                yield doc
        except inputs.InputError as e:
            skip(e)


@cli.command()
@click.argument("db_path", type=click.Path(dir_okay=False))
@click.argument("paths", nargs=-1, required=True)
@click.option("--silent", is_flag=True, help="No progress bar or summary")
@click.option("--skip-errors", is_flag=True, help="Report unreadable documents and go on")
@GENRE
def ingest(db_path, paths, silent, skip_errors, genre):
    """Extract quotes from documents and store them in DB_PATH.

    PATHS are .txt/.md files (one document each), .jsonl files (one JSON document per
    line: "text" required; "id", "title", "url", "published", "source" optional),
    directories (searched recursively) or - for stdin. Each document is written in one
    transaction; documents already stored are left unchanged, so re-running is safe.

    \b
        tracker ingest db/quotes.db seeds/
        cat articles.jsonl | tracker ingest db/quotes.db -
    """
    try:
        db = store.open_db(db_path)
    except (sqlite3.DatabaseError, OSError) as e:
        raise click.ClickException(f"{db_path}: cannot open as a database ({e})") from e
    counts = {"new": 0, "updated": 0, "unchanged": 0}
    quotes = 0
    docs = _documents(paths, skip_errors, genre)
    try:
        with _progress(docs, "Ingesting", silent) as bar:
            for doc in bar:
                status, found = store.ingest(db, doc, extract_records)
                counts[status] += 1
                quotes += found
    finally:  # documents stored before an error stay searchable
        store.shape(db)
    if not silent:
        speakers = db["speakers"].count
        total = db["quotes"].count
        click.echo(
            f"{counts['new']} new, {counts['updated']} updated, {counts['unchanged']} unchanged "
            f"documents; {quotes} quotes extracted; the database holds {total} quotes "
            f"by {speakers} speakers",
            err=True,
        )


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=FORMATS, default="jsonl", show_default=True)
@click.option("--skip-errors", is_flag=True, help="Report unreadable documents and go on")
@GENRE
def extract(paths, fmt, skip_errors, genre):
    """Print the quotes found in documents, without a database.

    Takes the same PATHS as ingest. jsonl prints one quote a line with document_id,
    start, end (character offsets into the text as given), text, type, speaker,
    speaker_mention, speaker_start, speaker_end, cue, category, rule and confidence.
    """
    rows = (
        record
        for doc in _documents(paths, skip_errors, genre)
        for record in extract_records(doc.text, doc.document_id, doc.genre)
    )
    _output(rows, fmt, EXTRACT_FIELDS)


def _progress(items, label, silent):
    """A progress bar on stderr when it is a terminal; off with --silent or when piped
    (click would print the bare label to stdout there)."""
    if silent or not sys.stderr.isatty():
        return contextlib.nullcontext(items)
    return click.progressbar(items, label=label, show_pos=True, file=sys.stderr)


def _output(rows, fmt, fields):
    if fmt == "jsonl":
        for row in rows:
            click.echo(json.dumps(row, ensure_ascii=False))
    elif fmt == "csv":
        writer = csv.DictWriter(sys.stdout, fieldnames=fields, extrasaction="ignore")
        writer.writeheader()
        for row in rows:
            writer.writerow(row)
    else:
        table = [[_short(row.get(f)) for f in fields] for row in rows]
        click.echo(tabulate(table, headers=fields))


def _short(value, width=60):
    if isinstance(value, str) and len(value) > width:
        return value[: width - 1] + "…"
    return value


def _existing_db(db_path) -> sqlite_utils.Database:
    if not os.path.exists(db_path):
        raise click.ClickException(
            f"{db_path}: no such database; create it with: tracker ingest {db_path} PATHS"
        )
    try:
        db = sqlite_utils.Database(db_path)
        tables = db.table_names()
    except sqlite3.DatabaseError as e:
        raise click.ClickException(f"{db_path}: not an SQLite database ({e})") from e
    if "quotes" not in tables:
        raise click.ClickException(f"{db_path}: not a quotetracker database (no quotes table)")
    return db


@cli.command()
@click.argument("db_path", type=click.Path(dir_okay=False))
@click.option("--speaker", help="Only quotes by this speaker (full name or part of it)")
@click.option("--category", help="Only quotes of this claim category")
@click.option("--search", help="Full-text search in quote text")
@click.option("--limit", type=int, default=50, show_default=True)
@click.option("--format", "fmt", type=FORMATS, default="table", show_default=True)
def quotes(db_path, speaker, category, search, limit, fmt):
    """List stored quotes, newest documents first.

    \b
        tracker quotes db/quotes.db --speaker Svyatenko
        tracker quotes db/quotes.db --search "strategic partnership" --format jsonl
    """
    db = _existing_db(db_path)
    fields = ["speaker", "type", "category", "cue", "text", "document_title"]
    rows = store.find_quotes(db, speaker=speaker, category=category, search=search, limit=limit)
    _output(rows, fmt, fields)


@cli.command()
@click.argument("db_path", type=click.Path(dir_okay=False))
@click.option("--format", "fmt", type=FORMATS, default="table", show_default=True)
def speakers(db_path, fmt):
    """List speakers with their role and how many statements each made."""
    db = _existing_db(db_path)
    _output(store.speaker_counts(db), fmt, ["name", "kind", "role", "organisation", "quotes"])


@cli.command()
@click.argument("db_path", type=click.Path(dir_okay=False))
@click.option("-h", "--host", default="127.0.0.1", show_default=True)
@click.option("-p", "--port", type=int, default=8001, show_default=True)
@click.option("--metadata", type=click.Path(exists=True), help="Use this metadata.yml instead")
@click.option("--immutable", is_flag=True, help="Serve read-only (-i) for publishing")
def serve(db_path, host, port, metadata, immutable):
    """Browse DB_PATH in Datasette, with the packaged metadata.yml (facets, full-text
    search, canned queries)."""
    _existing_db(db_path)
    name = os.path.splitext(os.path.basename(db_path))[0]  # Datasette's name for it
    if not metadata and name != "quotes":
        click.echo(
            f"Warning: the packaged metadata.yml describes a database named 'quotes', not "
            f"{name!r}: name the file quotes.db for its descriptions, facets and canned queries",
            err=True,
        )
    meta = metadata or str(resources.files("tracker").joinpath("metadata.yml"))
    args = [sys.executable, "-m", "datasette", "serve", "-m", meta, "-h", host, "-p", str(port)]
    args += ["-i", db_path] if immutable else [db_path]
    click.echo(f"Serving {db_path} at http://{host}:{port}/", err=True)
    os.execvp(args[0], args)


@cli.command()
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@click.option("--by-source", is_flag=True, help="Figures for each gold source too")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON")
@GENRE
def evaluate(gold, by_source, as_json, genre):
    """Score extraction against GOLD, a JSONL file of annotated documents.

    Each line: {"id", "text", "source"?, "quotes": [{"start", "end", "speaker",
    "speaker_start"?, "speaker_end"?, "cue"?}]}. Prints span precision/recall/F1, speaker
    accuracy on matched quotes, attribution F1, recall of gold with a speech cue, and the
    precision of each rule, so the weakest rule is easy to see.
    """
    from .evaluate import evaluate as run

    docs = []
    with open(gold, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                doc = json.loads(line)
            except json.JSONDecodeError as e:
                raise click.ClickException(f"{gold}:{n}: not valid JSON ({e.msg})") from e
            if not isinstance(doc, dict) or not isinstance(doc.get("text"), str):
                raise click.ClickException(f'{gold}:{n}: expected an object with "text"')
            docs.append(doc)
    total, sources = run(docs, extract_records, None if genre == "auto" else genre)
    if as_json:
        click.echo(json.dumps(dict(total, by_source=sources) if by_source else total, indent=2))
        return
    rows = [("all", total)] + (list(sources.items()) if by_source else [])
    for name, f in rows:
        click.echo(f"[{name}] gold {f['gold']} pred {f['pred']} matched {f['matched']}")
        click.echo(f"  span       P {f['span_p']:.3f}  R {f['span_r']:.3f}  F1 {f['span_f1']:.3f}")
        click.echo(f"  speaker    accuracy on matched {f['speaker_acc']:.3f}")
        click.echo(f"  attributed P {f['attr_p']:.3f}  R {f['attr_r']:.3f}  F1 {f['attr_f1']:.3f}")
        if f["recall_speech_cue"] is not None:
            click.echo(f"  recall of gold with a speech cue {f['recall_speech_cue']:.3f}")
    click.echo("\nrule                    predicted  precision  attributed")
    for rule, r in total["rules"].items():
        click.echo(f"{rule:24}{r['predicted']:9}  {r['precision']:9.3f}  {r['attributed']:10.3f}")


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["jsonl", "table"]), default="jsonl")
def categorize(paths, fmt):
    """Give each sentence a claim category, with the evidence for it.

    PATHS are .jsonl files with {"id", "text"} per line, or plain text files with one
    sentence per line ("-" for stdin). Prints id, category, checkable (yes, no, not_yet),
    the cue words that fired, flags (has_number, evaluative, loaded_term) and topics.
    """
    from .claims import categorize as run

    def rows():
        for name in paths:
            for n, (doc_id, text) in enumerate(_sentences(name), 1):
                yield {"id": doc_id or f"{name}:{n}", **run(text)}

    _output(rows(), fmt, ["id", "category", "checkable", "cues", "flags", "topics"])


def _sentences(name):
    """(id, text) pairs from a JSONL file or a text file with one sentence a line."""
    if name.endswith((".jsonl", ".ndjson")):
        try:
            docs = list(inputs.read_file(name))
        except inputs.InputError as e:
            raise click.ClickException(str(e)) from e
        return [(doc.id, doc.text) for doc in docs]
    stream = sys.stdin if name == "-" else None
    try:
        text = stream.read() if stream else open(name, encoding="utf-8").read()
    except (OSError, UnicodeDecodeError) as e:
        raise click.ClickException(f"{name}: cannot read as UTF-8 text: {e}") from e
    return [(None, line.strip()) for line in text.splitlines() if line.strip()]


if __name__ == "__main__":
    cli()
