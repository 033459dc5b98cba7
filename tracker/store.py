"""Storage: documents, speakers and quotes in SQLite, through sqlite-utils.

Primary keys are stable (a hash of a document's text; a hash of document and offsets for
a quote; a hash of the canonical name for a speaker), writes for one document happen in one
transaction, and :func:`shape` is an idempotent pass that adds full-text search, indexes
and the ``quotes_view`` view.
"""

from __future__ import annotations

import hashlib
import json
import os

import sqlite_utils

from . import __version__
from . import genre as genres

VIEW = """
select
  quotes.id, quotes.text, quotes.type, speakers.name as speaker, quotes.speaker_mention,
  quotes.speaker_kind,
  speakers.role as speaker_role, quotes.cue, quotes.category, quotes.checkable,
  quotes.rule, quotes.confidence, documents.title as document_title,
  documents.published, documents.url, quotes.document_id, quotes.speaker_id,
  quotes.start, quotes."end", quotes.sentence, quotes.rowid as quote_rowid
from quotes
left join speakers on speakers.id = quotes.speaker_id
join documents on documents.id = quotes.document_id
"""


def _hash(*parts) -> str:
    joined = "\x1f".join("" if p is None else str(p) for p in parts)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:16]


def document_key(text: str) -> str:
    return _hash(text)


def speaker_key(name: str, kind: str) -> str:
    return _hash(kind, " ".join(name.lower().split()))


def ensure_schema(db: sqlite_utils.Database) -> None:
    if "documents" not in db.table_names():
        db["documents"].create(
            {
                "id": str,
                "source_id": str,
                "title": str,
                "source": str,
                "url": str,
                "published": str,
                "path": str,
                "text": str,
                "extractor_version": str,
                "genre": str,
                "genre_how": str,
            },
            pk="id",
        )
    for column in ("genre", "genre_how"):  # databases made before genres were read
        if column not in db["documents"].columns_dict:
            db["documents"].add_column(column, str)
    if "speakers" not in db.table_names():
        db["speakers"].create(
            {"id": str, "name": str, "kind": str, "role": str, "organisation": str}, pk="id"
        )
    if "quotes" not in db.table_names():
        db["quotes"].create(
            {
                "id": str,
                "document_id": str,
                "speaker_id": str,
                "start": int,
                "end": int,
                "text": str,
                "type": str,
                "speaker_mention": str,
                "speaker_kind": str,
                "speaker_start": int,
                "speaker_end": int,
                "cue": str,
                "cue_kind": str,
                "negated": int,
                "modal": int,
                "category": str,
                "checkable": str,
                "claim_cues": str,
                "flags": str,
                "topics": str,
                "rule": str,
                "resolution": str,
                "confidence": float,
                "sentence": str,
            },
            pk="id",
            foreign_keys=[("document_id", "documents", "id"), ("speaker_id", "speakers", "id")],
        )
    if "speaker_mentions" not in db.table_names():
        db["speaker_mentions"].create(
            {"id": str, "speaker_id": str, "document_id": str, "mention": str, "role": str},
            pk="id",
            foreign_keys=[("document_id", "documents", "id"), ("speaker_id", "speakers", "id")],
        )


def _stored(db: sqlite_utils.Database, doc_key: str) -> tuple[str, str | None] | None:
    """(extractor version, genre) a document was stored with; None when it is not stored."""
    rows = db.execute(
        "select extractor_version, genre from documents where id = ?", [doc_key]
    ).fetchall()
    return tuple(rows[0]) if rows else None


def is_current(db: sqlite_utils.Database, doc_key: str, genre: str | None = None) -> bool:
    """Is this document stored already, by this version of the extractor (and read as
    this genre, when one is given)?"""
    stored = _stored(db, doc_key)
    return stored is not None and stored[0] == __version__ and genre in (None, stored[1])


def ingest(db: sqlite_utils.Database, doc, extract) -> tuple[str, int]:
    """Store one document unless it is current: ("new"|"updated"|"unchanged", statements).
    ``extract(text, document_id, genre)`` runs only for documents that need it."""
    key = document_key(doc.text)
    genre, how = genres.decide(doc.text, doc.genre)
    stored = _stored(db, key)
    if stored == (__version__, genre):
        return "unchanged", 0
    records = extract(doc.text, doc.document_id, genre)
    _write(db, key, doc, records, genre, how)
    return ("updated" if stored is not None else "new"), len(records)


def organisation_of(role: str | None) -> str | None:
    """The body named in a role: "Deputy Speaker of the Federation Council" -> "Federation
    Council"."""
    if not role:
        return None
    for link in (" of the ", " at the ", " of ", " at "):
        if link in role:
            org = role.rsplit(link, 1)[1].strip(" ,")
            if org[:1].isupper():  # "head of the press office at the Ministry": try " at the "
                return org
    return None


def save(db: sqlite_utils.Database, doc, records: list[dict]) -> str:
    """Store one document and its statements atomically. Returns "new", "updated" or
    "unchanged"."""
    return ingest(db, doc, lambda *_: records)[0]


def _write(db: sqlite_utils.Database, key: str, doc, records: list[dict], genre, how) -> None:
    """Replace a document's row, statements and speaker mentions in one transaction."""
    with db.atomic():
        db["documents"].upsert(
            {
                "id": key,
                "source_id": doc.document_id,
                "title": doc.title,
                "source": doc.source,
                "url": doc.url,
                "published": doc.published,
                "path": doc.path,
                "text": doc.text,
                "extractor_version": __version__,
                "genre": genre,
                "genre_how": how,
            },
            pk="id",
        )
        db.execute("delete from quotes where document_id = ?", [key])
        db.execute("delete from speaker_mentions where document_id = ?", [key])
        speakers, quotes, mentions = {}, [], {}
        for r in records:
            speaker_id = None
            if r["speaker"]:
                speaker_id = speaker_key(r["speaker"], r["speaker_kind"] or "person")
                row = {"id": speaker_id, "name": r["speaker"], "kind": r["speaker_kind"]}
                if r.get("speaker_role"):
                    row["role"] = r["speaker_role"]
                    org = organisation_of(r["speaker_role"])
                    if org:
                        row["organisation"] = org
                speakers.setdefault(speaker_id, {}).update(row)
                if r["speaker_mention"]:
                    mid = _hash(key, speaker_id, r["speaker_mention"])
                    mentions[mid] = {
                        "id": mid,
                        "speaker_id": speaker_id,
                        "document_id": key,
                        "mention": r["speaker_mention"],
                        "role": r.get("speaker_role"),
                    }
            quotes.append(
                {
                    "id": _hash(key, r["start"], r["end"]),
                    "document_id": key,
                    "speaker_id": speaker_id,
                    "start": r["start"],
                    "end": r["end"],
                    "text": r["text"],
                    "type": r["type"],
                    "speaker_mention": r["speaker_mention"],
                    "speaker_kind": r.get("speaker_kind"),
                    "speaker_start": r["speaker_start"],
                    "speaker_end": r["speaker_end"],
                    "cue": r["cue"],
                    "cue_kind": r["cue_kind"],
                    "negated": int(bool(r["negated"])),
                    "modal": int(bool(r.get("modal"))),
                    "category": r.get("category"),
                    "checkable": r.get("checkable"),
                    "claim_cues": json.dumps(r.get("claim_cues") or [], ensure_ascii=False),
                    "flags": json.dumps(r.get("flags") or {}),
                    "topics": json.dumps(r.get("topics") or []),
                    "rule": r["rule"],
                    "resolution": r["resolution"],
                    "confidence": r["confidence"],
                    "sentence": r["sentence"],
                }
            )
        for row in speakers.values():
            _upsert_speaker(db, row)
        if quotes:
            db["quotes"].upsert_all(quotes, pk="id", alter=True)
        if mentions:
            db["speaker_mentions"].upsert_all(list(mentions.values()), pk="id")


def _upsert_speaker(db: sqlite_utils.Database, row: dict) -> None:
    """Insert a speaker, or fill in a role or organisation it did not have yet."""
    existing = list(db.query("select role, organisation from speakers where id = ?", [row["id"]]))
    if not existing:
        db["speakers"].insert(row, pk="id")
        return
    update = {k: row[k] for k in ("role", "organisation") if row.get(k) and not existing[0][k]}
    if update:
        db["speakers"].update(row["id"], update)


def shape(db: sqlite_utils.Database) -> None:
    """Indexes, full-text search and views: safe to run again and again."""
    ensure_schema(db)
    for table, columns in (
        ("quotes", ["document_id"]),
        ("quotes", ["speaker_id"]),
        ("quotes", ["category"]),
        ("speaker_mentions", ["speaker_id"]),
        ("speaker_mentions", ["document_id"]),
    ):
        db[table].create_index(columns, if_not_exists=True)
    if "quotes_fts" not in db.table_names():
        db["quotes"].enable_fts(
            ["text", "speaker_mention"], create_triggers=True, tokenize="porter"
        )
    if "speakers_fts" not in db.table_names():
        db["speakers"].enable_fts(["name", "role"], create_triggers=True, tokenize="porter")
    db.create_view("quotes_view", VIEW, replace=True)


def open_db(path: str) -> sqlite_utils.Database:
    """Open (or create, with its folder) a database and make sure the tables exist."""
    folder = os.path.dirname(path)
    if folder:
        os.makedirs(folder, exist_ok=True)
    db = sqlite_utils.Database(path)
    db.enable_wal()
    ensure_schema(db)
    return db


def find_quotes(db, speaker=None, category=None, search=None, limit=50) -> list[dict]:
    """Quotes from quotes_view, filtered; full-text search uses quotes_fts."""
    where, params = [], {}
    if speaker:
        where.append("speaker like :speaker")
        params["speaker"] = f"%{speaker}%"
    if category:
        where.append("category = :category")
        params["category"] = category
    if search:
        where.append(
            "id in (select id from quotes where rowid in "
            "(select rowid from quotes_fts where quotes_fts match :q))"
        )
        params["q"] = db.quote_fts(search)
    sql = "select * from quotes_view"
    if where:
        sql += " where " + " and ".join(where)
    sql += " order by published desc, document_id, start limit :limit"
    params["limit"] = limit
    return list(db.query(sql, params))


def speaker_counts(db) -> list[dict]:
    return list(
        db.query(
            """select speakers.name, speakers.kind, speakers.role, speakers.organisation,
            count(quotes.id) as quotes from speakers
            left join quotes on quotes.speaker_id = speakers.id
            group by speakers.id order by quotes desc, speakers.name"""
        )
    )
