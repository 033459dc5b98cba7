"""tracker.lexicon: every data file loads; verb forms map to their lemma."""

from importlib import resources
from pathlib import Path

import pytest

from tracker import lexicon

DATA = Path(str(resources.files("tracker").joinpath("data")))
DATA_FILES = sorted(str(p.relative_to(DATA)) for p in DATA.rglob("*") if p.is_file())
WORD_LISTS = ["abbreviations.txt", "anonymous.txt", "not_names.txt", "organisations.txt"]
WORD_LISTS += ["places.txt"]


def test_data_files_are_found():
    assert {"cues.tsv", "roles.tsv", "pronouns.tsv", "first_names.tsv"} <= set(DATA_FILES)
    assert "irregular_verbs.tsv" in DATA_FILES
    assert set(WORD_LISTS) <= set(DATA_FILES)


@pytest.mark.parametrize("name", DATA_FILES)
def test_every_data_file_is_utf8_and_has_entries(name):
    (DATA / name).read_text(encoding="utf-8")
    rows = lexicon._lines(name)
    assert rows, f"{name} has no entries"
    assert all(row[0] for row in rows), f"{name} has an entry with an empty first column"


@pytest.mark.parametrize("name", WORD_LISTS)
def test_word_lists_load_lowercase(name):
    words = lexicon.words(name)
    assert words
    assert all(w == w.lower() and w.strip() == w for w in words)


def test_comments_are_not_entries():
    assert not any(w.startswith("#") for name in WORD_LISTS for w in lexicon.words(name))
    assert "mr" in lexicon.words("abbreviations.txt")


def test_cues_have_a_known_kind_and_frame():
    cues = lexicon.cues()
    assert cues["say"] == lexicon.Cue("say", "speech", "clause")
    assert cues["tell"].frame == "object"
    assert cues["express confidence"].kind == "belief"
    assert {c.kind for c in cues.values()} <= {"speech", "belief", "finding", "stance"}
    assert {c.frame for c in cues.values()} <= {"clause", "object", "quote", "naming", "as-saying"}
    assert cues["continue"].frame == "quote"


def test_roles_have_a_gender_and_kind():
    roles = lexicon.roles()
    assert roles["senator"].kind == "title"
    assert roles["mr"] == lexicon.Role("mr", "m", "honorific")
    assert {r.gender for r in roles.values()} <= {"m", "f", "-"}
    assert {r.kind for r in roles.values()} <= {"honorific", "title", "role", "member"}


def test_pronouns_and_first_names():
    pronouns = lexicon.pronouns()
    assert pronouns["she"] == lexicon.Pronoun("she", "f", "sg", "3")
    assert pronouns["he"].gender == "m"
    names = lexicon.first_names()
    assert (names["inna"], names["vladimir"]) == ("f", "m")
    assert set(names.values()) == {"f", "m"}


@pytest.mark.parametrize(
    "form, lemma",
    [
        ("say", "say"),
        ("said", "say"),
        ("says", "say"),
        ("saying", "say"),
        ("Said", "say"),
        ("note", "note"),
        ("noted", "note"),
        ("notes", "note"),
        ("noting", "note"),
        ("admitted", "admit"),
        ("admits", "admit"),
        ("admitting", "admit"),
        ("denied", "deny"),
        ("denies", "deny"),
        ("denying", "deny"),
        ("told", "tell"),
        ("stressed", "stress"),
        ("emphasised", "emphasise"),
        ("emphasized", "emphasize"),
        ("reported", "report"),
        ("expressed", "express"),
        ("replied", "reply"),
        ("thought", "think"),
        ("found", "find"),
    ],
)
def test_verb_forms_map_to_their_lemma(form, lemma):
    assert lexicon.lemma(form) == lemma


@pytest.mark.parametrize("word", ["bridge", "minister", "the", "Svyatenko"])
def test_other_words_are_not_verb_forms(word):
    assert lexicon.lemma(word) is None


def test_quip_doubles_its_final_consonant():
    assert lexicon.lemma("quipped") == "quip"


def test_every_rule_has_a_confidence_and_is_documented():
    """The rule names in the README's field table, the attribution module's docstring and
    the confidence table are the same set, so no record gets the fallback confidence."""
    import re
    from pathlib import Path

    from tracker import attribution
    from tracker.extract import CONFIDENCE

    readme = Path(__file__).parent.parent / "README.md"
    row = next(line for line in readme.read_text().splitlines() if line.startswith("| `rule`"))
    listed = set(re.findall(r"`([a-z-]+)`", row)) - {"rule"}
    documented = set(re.findall(r"[a-z-]+", attribution.__doc__))
    assert listed == set(CONFIDENCE)
    assert set(CONFIDENCE) <= documented
