"""tracker.store: stable keys, idempotent saves, speakers, shape(), search and the view."""

import pytest
import sqlite_utils

from tracker import store
from tracker.extract import extract
from tracker.inputs import Document

TEXT_A = "“The bridge will open in May,” Ruth Adeyemi said. She thanked the crews."
TEXT_B = "Ruth Adeyemi, the city engineer, said that the road would reopen soon."


def record(text, quote, speaker="Ruth Adeyemi", role=None, category="prediction", **extra):
    start = text.index(quote)
    row = {
        "start": start,
        "end": start + len(quote),
        "text": quote,
        "type": "direct",
        "speaker": speaker,
        "speaker_kind": "person" if speaker else None,
        "speaker_role": role,
        "speaker_mention": speaker,
        "speaker_start": text.index(speaker) if speaker else None,
        "speaker_end": text.index(speaker) + len(speaker) if speaker else None,
        "cue": "said",
        "cue_kind": "speech",
        "negated": False,
        "category": category,
        "checkable": "not_yet",
        "claim_cues": ["will"],
        "flags": {},
        "topics": [],
        "rule": "quote-speaker-cue",
        "resolution": "name",
        "confidence": 0.95,
        "sentence": text,
    }
    return row | extra


@pytest.fixture
def db():
    db = sqlite_utils.Database(memory=True)
    store.ensure_schema(db)
    return db


def doc_a():
    return Document(text=TEXT_A, path="a.txt", title="Bridge news", published="2026-02-01")


def doc_b():
    return Document(text=TEXT_B, path="b.jsonl", line=3, id="wire-9", title="Road news")


def records_a():
    return [record(TEXT_A, "The bridge will open in May,")]


def records_b():
    return [
        record(
            TEXT_B,
            "the road would reopen soon",
            role="city engineer of the Harbour District",
            type="indirect",
            rule="speaker-cue-that",
        )
    ]


def counts(db):
    return {t: db[t].count for t in ("documents", "speakers", "quotes", "speaker_mentions")}


def dump(db):
    return {t: list(db[t].rows) for t in ("documents", "speakers", "quotes", "speaker_mentions")}


def test_ensure_schema_creates_the_tables_and_is_idempotent(db):
    store.ensure_schema(db)
    assert set(db.table_names()) == {"documents", "speakers", "quotes", "speaker_mentions"}
    assert sorted((fk.column, fk.other_table) for fk in db["quotes"].foreign_keys) == [
        ("document_id", "documents"),
        ("speaker_id", "speakers"),
    ]


def test_save_stores_document_quote_speaker_and_mention(db):
    assert store.save(db, doc_a(), records_a()) == "new"
    assert counts(db) == {"documents": 1, "speakers": 1, "quotes": 1, "speaker_mentions": 1}
    [document] = db["documents"].rows
    assert document["id"] == store.document_key(TEXT_A)
    assert (document["source_id"], document["title"], document["path"]) == (
        "a.txt",
        "Bridge news",
        "a.txt",
    )
    assert document["text"] == TEXT_A
    [quote] = db["quotes"].rows
    assert quote["id"] == store._hash(document["id"], quote["start"], quote["end"])
    assert TEXT_A[quote["start"] : quote["end"]] == quote["text"]
    assert quote["speaker_id"] == store.speaker_key("Ruth Adeyemi", "person")
    assert quote["claim_cues"] == '["will"]'
    assert quote["negated"] == 0


def test_keys_are_stable_content_hashes():
    assert store.document_key(TEXT_A) == store.document_key(TEXT_A)
    assert store.document_key(TEXT_A) != store.document_key(TEXT_A + " ")
    assert store.speaker_key("Ruth  Adeyemi", "person") == store.speaker_key(
        "ruth adeyemi", "person"
    )
    assert store.speaker_key("Ruth Adeyemi", "person") != store.speaker_key("Ruth Adeyemi", "org")


def test_same_document_saved_in_two_databases_gets_the_same_keys():
    first, second = sqlite_utils.Database(memory=True), sqlite_utils.Database(memory=True)
    for db in (first, second):
        store.ensure_schema(db)
        store.save(db, doc_a(), records_a())
    assert dump(first) == dump(second)


def test_resaving_the_same_document_is_unchanged_and_changes_no_rows(db):
    store.save(db, doc_a(), records_a())
    store.shape(db)
    before = dump(db)
    changes = db.conn.total_changes
    assert store.save(db, doc_a(), records_a()) == "unchanged"
    assert db.conn.total_changes == changes
    assert dump(db) == before


def test_new_extractor_version_updates_the_document_and_replaces_its_quotes(db, monkeypatch):
    monkeypatch.setattr(store, "__version__", "0.0.1")
    store.save(db, doc_a(), [record(TEXT_A, "The bridge will open"), *records_a()])
    assert db["quotes"].count == 2
    monkeypatch.undo()
    assert not store.is_current(db, store.document_key(TEXT_A))
    assert store.save(db, doc_a(), records_a()) == "updated"
    assert [q["text"] for q in db["quotes"].rows] == ["The bridge will open in May,"]
    assert store.is_current(db, store.document_key(TEXT_A))


def test_speaker_is_stored_once_across_documents_and_role_filled_later(db):
    store.save(db, doc_a(), records_a())
    [speaker] = db["speakers"].rows
    assert (speaker["role"], speaker["organisation"]) == (None, None)
    store.save(db, doc_b(), records_b())
    assert list(db["speakers"].rows) == [
        {
            "id": store.speaker_key("Ruth Adeyemi", "person"),
            "name": "Ruth Adeyemi",
            "kind": "person",
            "role": "city engineer of the Harbour District",
            "organisation": "Harbour District",
        }
    ]
    assert db["quotes"].count == 2
    assert db["speaker_mentions"].count == 2


def test_a_known_role_is_not_overwritten(db):
    store.save(db, doc_b(), records_b())
    other = "“Soon,” Ruth Adeyemi said."
    store.save(db, Document(text=other, path="c.txt"), [record(other, "Soon,", role="spokeswoman")])
    [speaker] = db["speakers"].rows
    assert speaker["role"] == "city engineer of the Harbour District"


def test_unattributed_quote_has_no_speaker(db):
    text = "“Nobody knows,” the note read."
    store.save(db, Document(text=text, path="n.txt"), [record(text, "Nobody knows,", speaker=None)])
    [quote] = db["quotes"].rows
    assert quote["speaker_id"] is None
    assert db["speakers"].count == 0
    assert db["speaker_mentions"].count == 0


def test_shape_is_idempotent(db):
    store.save(db, doc_a(), records_a())
    store.shape(db)
    tables, views = set(db.table_names()), set(db.view_names())
    indexes = {t: sorted(i.name for i in db[t].indexes) for t in ("quotes", "speaker_mentions")}
    triggers = sorted(t.name for t in db.triggers)
    store.shape(db)
    assert set(db.table_names()) == tables
    assert set(db.view_names()) == views == {"quotes_view"}
    assert {"quotes_fts", "speakers_fts"} <= tables
    assert {t: sorted(i.name for i in db[t].indexes) for t in indexes} == indexes
    assert sorted(t.name for t in db.triggers) == triggers
    assert db["quotes_fts"].count == 1


def test_fts_finds_quotes_saved_before_and_after_shape(db):
    store.save(db, doc_a(), records_a())
    store.shape(db)
    store.save(db, doc_b(), records_b())
    assert [q["text"] for q in store.find_quotes(db, search="bridge")] == [
        "The bridge will open in May,"
    ]
    # porter stemming: "reopening" finds "reopen"
    assert [q["text"] for q in store.find_quotes(db, search="reopening")] == [
        "the road would reopen soon"
    ]
    assert store.find_quotes(db, search="ferry") == []


def test_quotes_view_joins_speaker_and_document(db):
    store.save(db, doc_a(), records_a())
    store.shape(db)
    [row] = db["quotes_view"].rows
    assert row["speaker"] == "Ruth Adeyemi"
    assert row["document_title"] == "Bridge news"
    assert row["published"] == "2026-02-01"
    assert row["text"] == "The bridge will open in May,"


def test_find_quotes_filters_by_speaker_and_category(db):
    text = "“Prices rose 5 percent,” Ada Blom said. “We must act,” Ben Cole said."
    doc = Document(text=text, path="p.txt")
    store.save(
        db,
        doc,
        [
            record(text, "Prices rose 5 percent,", speaker="Ada Blom", category="quantity"),
            record(text, "We must act,", speaker="Ben Cole", category="opinion"),
        ],
    )
    store.shape(db)
    assert [q["speaker"] for q in store.find_quotes(db, speaker="blom")] == ["Ada Blom"]
    assert [q["text"] for q in store.find_quotes(db, category="opinion")] == ["We must act,"]
    assert store.find_quotes(db, speaker="Ada", category="opinion") == []
    assert len(store.find_quotes(db, limit=1)) == 1


def test_speaker_counts(db):
    store.save(db, doc_a(), records_a())
    store.save(db, doc_b(), records_b())
    assert store.speaker_counts(db) == [
        {
            "name": "Ruth Adeyemi",
            "kind": "person",
            "role": "city engineer of the Harbour District",
            "organisation": "Harbour District",
            "quotes": 2,
        }
    ]


@pytest.mark.parametrize(
    "role, organisation",
    [
        ("Deputy Speaker of the Federation Council", "Federation Council"),
        ("head of the press office at the Ministry of Health", "Ministry of Health"),
        ("Mayor of Riverton", "Riverton"),
        ("spokeswoman at Acme Shipping", "Acme Shipping"),
        ("professor of economics", None),
        ("Finance Minister", None),
        ("", None),
        (None, None),
    ],
)
def test_organisation_of(role, organisation):
    assert store.organisation_of(role) == organisation


def test_open_db_creates_the_file_with_the_schema(tmp_path):
    path = tmp_path / "quotes.db"
    db = store.open_db(str(path))
    assert path.exists()
    assert {"documents", "speakers", "quotes", "speaker_mentions"} <= set(db.table_names())


def test_an_anonymous_source_is_stored_as_such(db):
    doc = Document(text="A senior official said the talks had collapsed overnight.", path="a.txt")
    store.save(db, doc, extract(doc.text))
    [row] = db["quotes"].rows
    assert (row["speaker_id"], row["speaker_kind"], row["speaker_mention"]) == (
        None,
        "anonymous",
        "A senior official",
    )
    assert db["speakers"].count == 0
