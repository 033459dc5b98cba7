"""The packaged metadata.yml against a real database built from seeds/, through Datasette."""

import re
from collections import Counter
from importlib import resources
from pathlib import Path

import pytest
import sqlite_utils
from click.testing import CliRunner
from datasette.app import Datasette
from datasette.utils import parse_metadata
from markupsafe import escape

from tracker.cli import cli

ROOT = Path(__file__).parent.parent
SEEDS = ROOT / "seeds"
SPEAKER = "Inna Svyatenko"
# Values for the canned queries' :named parameters
PARAMS = {"speaker": "Svyatenko", "q": "partnership"}


@pytest.fixture(scope="module")
def db_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("datasette") / "quotes.db"
    result = CliRunner().invoke(cli, ["ingest", str(path), str(SEEDS), "--silent"])
    assert result.exit_code == 0, result.output
    return path


@pytest.fixture(scope="module")
def db(db_path):
    return sqlite_utils.Database(db_path)


@pytest.fixture(scope="module")
def metadata():
    text = resources.files("tracker").joinpath("metadata.yml").read_text(encoding="utf-8")
    return parse_metadata(text)


@pytest.fixture
def ds(db_path, metadata):
    return Datasette([str(db_path)], metadata=metadata)


@pytest.fixture(scope="module")
def meta_db(metadata):
    return metadata["databases"]["quotes"]


def quote_rows(db, where="1", params=None):
    return list(
        db.query(
            "select quotes.*, speakers.name as speaker, documents.published from quotes "
            "left join speakers on speakers.id = quotes.speaker_id "
            f"join documents on documents.id = quotes.document_id where {where}",
            params or [],
        )
    )


async def get_json(ds, path):
    response = await ds.client.get(path)
    assert response.status_code == 200, (path, response.text[:500])
    return response.json()


def test_root_symlink_is_the_packaged_metadata():
    link = ROOT / "metadata.yml"
    assert link.is_symlink()
    assert link.resolve() == (ROOT / "tracker" / "metadata.yml").resolve()
    packaged = resources.files("tracker").joinpath("metadata.yml").read_text(encoding="utf-8")
    assert link.read_text(encoding="utf-8") == packaged


def test_seed_database_is_not_empty(db):
    # Every other test compares against these tables, so they must hold rows
    texts = list(SEEDS.rglob("*.txt")) + list(SEEDS.rglob("*.md"))
    lines = [line for f in SEEDS.rglob("*.jsonl") for line in f.read_text().splitlines() if line]
    assert db["documents"].count == len(texts) + len(lines)
    assert db["quotes"].count > 0
    assert db.execute("select count(*) from quotes where speaker_id is not null").fetchone()[0]
    assert db["speakers"].count_where("name = ?", [SPEAKER]) == 1


def test_every_table_and_column_named_in_metadata_exists(db, meta_db):
    names = set(db.table_names()) | set(db.view_names())
    for table, info in meta_db["tables"].items():
        assert table in names, table
        columns = set(db[table].columns_dict)
        assert set(info.get("columns", {})) <= columns, (table, set(info["columns"]) - columns)
        for facet in info.get("facets", []):
            assert facet_column(facet) in columns, (table, facet)
        for key in ("sort_desc", "sort", "label_column"):
            if key in info:
                assert info[key] in columns, (table, key, info[key])
        if "fts_table" in info:
            assert info["fts_table"] in names
            if table in db.view_names():  # a view searches through the column fts_pk names
                assert info["fts_pk"] in columns
            else:
                assert db[table].detect_fts() == info["fts_table"]


def test_every_table_view_and_column_in_the_schema_is_described(db, meta_db):
    fts = {t for t in db.table_names() if re.match(r"\w+_fts(_\w+)?$", t)}
    tables = (set(db.table_names()) - fts) | set(db.view_names())
    assert tables == {"documents", "speakers", "quotes", "speaker_mentions", "quotes_view"}
    for table in tables:
        info = meta_db["tables"][table]
        assert info.get("description"), table
        assert set(info["columns"]) == set(db[table].columns_dict), table
        assert all(info["columns"].values()), table
    for table in ("quotes_fts", "speakers_fts"):
        assert meta_db["tables"][table]["hidden"] is True


async def test_index_shows_title_and_database(ds, metadata):
    response = await ds.client.get("/")
    assert response.status_code == 200
    assert metadata["title"] in response.text
    assert "/quotes" in response.text
    data = await get_json(ds, "/-/metadata.json")
    assert data["title"] == "quotetracker"
    assert "Apache-2.0" in data["license"]
    assert "publishers" in data["license"]


async def test_database_page_lists_tables_views_and_queries(ds, db, meta_db):
    data = await get_json(ds, "/quotes.json")
    visible = {t["name"] for t in data["tables"] if not t["hidden"]}
    assert visible == {"documents", "speakers", "quotes", "speaker_mentions"}
    hidden = {t["name"] for t in data["tables"] if t["hidden"]}
    assert {"quotes_fts", "speakers_fts"} <= hidden
    assert [v["name"] for v in data["views"]] == ["quotes_view"]
    assert {q["name"] for q in data["queries"]} == set(meta_db["queries"])
    counts = {t["name"]: t["count"] for t in data["tables"]}
    for table in visible:
        assert counts[table] == db[table].count


@pytest.mark.parametrize(
    "table", ["documents", "speakers", "quotes", "speaker_mentions", "quotes_view"]
)
async def test_table_pages(ds, db, meta_db, table):
    response = await ds.client.get(f"/quotes/{table}")
    assert response.status_code == 200
    assert str(escape(meta_db["tables"][table]["description"])) in response.text
    data = await get_json(ds, f"/quotes/{table}.json?_size=max")
    expected = db.execute(f"select count(*) from [{table}]").fetchone()[0]
    assert data["filtered_table_rows_count"] == expected
    assert len(data["rows"]) == expected


async def test_quote_row_page_shows_text_and_speaker(ds, db):
    row = quote_rows(db, "speakers.name = ?", [SPEAKER])[0]
    response = await ds.client.get(f"/quotes/quotes/{row['id']}?_labels=on")
    assert response.status_code == 200
    assert str(escape(row["text"])) in response.text
    assert SPEAKER in response.text


async def test_label_columns_expand_foreign_keys(ds, db):
    data = await get_json(ds, "/quotes/quotes.json?_labels=on&_shape=array&_size=max")
    speakers = {r["id"]: r["name"] for r in db["speakers"].rows}
    titles = {r["id"]: r["title"] for r in db["documents"].rows}
    assert len(data) == db["quotes"].count
    for row in data:
        assert row["document_id"]["label"] == titles[row["document_id"]["value"]]
        if row["speaker_id"] is not None:
            assert row["speaker_id"]["label"] == speakers[row["speaker_id"]["value"]]


async def test_documents_sorted_newest_first(ds, db):
    rows = await get_json(ds, "/quotes/documents.json?_shape=array")
    published = [r["published"] for r in rows if r["published"]]
    assert published == sorted(
        (r["published"] for r in db["documents"].rows if r["published"]), reverse=True
    )
    assert rows[0]["published"] == max(published)


def facet_column(facet):
    """A facet in metadata is a column name or {"array": column}."""
    return facet["array"] if isinstance(facet, dict) else facet


async def test_topics_array_facet(ds, db):
    facets = (await get_json(ds, "/quotes/quotes.json"))["facet_results"]
    got = {r["value"]: r["count"] for r in facets["topics"]["results"]}
    expected = dict(
        db.execute(
            "select value, count(*) from quotes, json_each(quotes.topics) group by value"
        ).fetchall()
    )
    assert got and got == expected


@pytest.mark.parametrize(
    "table, speaker_column", [("quotes", "speaker_id"), ("quotes_view", "speaker")]
)
async def test_facets_on_quotes(ds, db, meta_db, table, speaker_column):
    data = await get_json(ds, f"/quotes/{table}.json")
    facets = data["facet_results"]
    assert set(facets) == {facet_column(f) for f in meta_db["tables"][table]["facets"]}
    assert speaker_column in facets
    for column in ("category", "checkable", "type", "rule"):
        expected = dict(db.execute(f"select {column}, count(*) from quotes group by 1").fetchall())
        got = {r["value"]: r["count"] for r in facets[column]["results"]}
        assert got == expected, column
    by_speaker = {r["label"]: r["count"] for r in facets[speaker_column]["results"]}
    assert by_speaker[SPEAKER] == len(quote_rows(db, "speakers.name = ?", [SPEAKER]))


async def test_search_quotes_table(ds, db):
    expected = {r["id"] for r in db["quotes"].search("ferry")}
    assert expected
    data = await get_json(ds, "/quotes/quotes.json?_search=ferry&_shape=objects")
    assert data["filtered_table_rows_count"] == len(expected)
    assert {r["id"] for r in data["rows"]} == expected
    assert all("ferr" in r["text"].lower() for r in data["rows"])


async def test_search_quotes_view(ds, db):
    expected = {r["id"] for r in db["quotes"].search("ferry")}
    data = await get_json(ds, "/quotes/quotes_view.json?_search=ferry&_shape=objects")
    assert {r["id"] for r in data["rows"]} == expected


async def test_search_speakers_table(ds, db):
    rows = await get_json(ds, "/quotes/speakers.json?_search=Svyatenko&_shape=array")
    assert [r["name"] for r in rows] == [SPEAKER]
    rows = await get_json(ds, "/quotes/speakers.json?_search=minister&_shape=array")
    expected = [r["name"] for r in db["speakers"].rows if "minister" in (r["role"] or "").lower()]
    assert sorted(r["name"] for r in rows) == sorted(expected)


async def test_every_canned_query_answers(ds, meta_db):
    for name, query in meta_db["queries"].items():
        assert query.get("title") and query.get("description"), name
        wanted = set(re.findall(r"(?<!:):(\w+)", query["sql"]))
        assert wanted <= set(PARAMS), (name, wanted)
        args = "&".join(f"{p}={PARAMS[p]}" for p in sorted(wanted))
        response = await ds.client.get(f"/quotes/{name}?{args}")
        assert response.status_code == 200, name
        rows = await get_json(ds, f"/quotes/{name}.json?_shape=array&{args}")
        assert rows, name


async def test_quotes_by_speaker(ds, db):
    expected = quote_rows(db, "speakers.name = ?", [SPEAKER])
    rows = await get_json(ds, "/quotes/quotes_by_speaker.json?_shape=array&speaker=Svyatenko")
    assert len(rows) == len(expected)
    assert {r["speaker"] for r in rows} == {SPEAKER}
    assert {r["id"] for r in rows} == {r["id"] for r in expected}
    # newest documents first (undated last), then in document order
    in_order = sorted(expected, key=lambda r: (r["document_id"], r["start"]))
    in_order = sorted(in_order, key=lambda r: r["published"] or "", reverse=True)
    assert [r["id"] for r in rows] == [r["id"] for r in in_order]
    nobody = await get_json(ds, "/quotes/quotes_by_speaker.json?_shape=array&speaker=Nobody")
    assert nobody == []


async def test_search_quotes_query(ds, db):
    expected = {r["id"] for r in db["quotes"].search("strategic partnership")}
    rows = await get_json(ds, "/quotes/search_quotes.json?_shape=array&q=strategic+partnership")
    assert {r["id"] for r in rows} == expected
    agreement = [r for r in rows if "Agreement on Comprehensive Strategic Partnership" in r["text"]]
    assert [r["speaker"] for r in agreement] == [SPEAKER]
    # escape_fts: FTS syntax in the input is searched as words, not an error
    for q in ('"unbalanced', "AND OR NOT", "ferry*"):
        response = await ds.client.get("/quotes/search_quotes.json", params={"q": q})
        assert response.status_code == 200, q


async def test_speakers_by_quotes(ds, db):
    quotes = quote_rows(db, "quotes.speaker_id is not null")
    counts = Counter(r["speaker_id"] for r in quotes)
    checkable = Counter(r["speaker_id"] for r in quotes if r["checkable"] == "yes")
    names = {r["id"]: r["name"] for r in db["speakers"].rows}
    expected = sorted(
        ((names[s], counts[s], checkable[s]) for s in names), key=lambda t: (-t[1], t[0])
    )
    rows = await get_json(ds, "/quotes/speakers_by_quotes.json?_shape=array")
    assert [(r["name"], r["quotes"], r["checkable"]) for r in rows] == expected
    svyatenko = next(r for r in rows if r["name"] == SPEAKER)
    assert svyatenko["documents"] == 1
    assert svyatenko["organisation"] == "Federation Council"


async def test_checkworthy_by_speaker(ds, db):
    expected = quote_rows(db, "speakers.name = ? and checkable = 'yes'", [SPEAKER])
    assert expected
    rows = await get_json(ds, "/quotes/checkworthy_by_speaker.json?_shape=array&speaker=Svyatenko")
    assert {r["id"] for r in rows} == {r["id"] for r in expected}
    assert {r["speaker"] for r in rows} == {SPEAKER}
    assert {r["category"] for r in rows} <= {"causal", "quantity", "rule", "event"}
    # An empty speaker lists every check-worthy statement, anonymous ones included
    everyone = await get_json(ds, "/quotes/checkworthy_by_speaker.json?_shape=array&speaker=")
    assert len(everyone) == db["quotes"].count_where("checkable = 'yes'")
