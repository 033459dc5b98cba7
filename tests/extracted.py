"""What extract() finds in a test's own sentences, as tuples of chosen fields: the helpers
the attribution tests share."""

from tracker.extract import extract

FIELDS = ("text", "type", "speaker", "speaker_mention", "rule", "cue")


def rows(doc: str, fields: tuple[str, ...] = FIELDS) -> list[tuple]:
    """The records of doc as tuples of fields, after checking their offsets."""
    found = extract(doc)
    for r in found:
        assert doc[r["start"] : r["end"]] == r["text"]
        if r["speaker_mention"] is not None:
            assert doc[r["speaker_start"] : r["speaker_end"]] == r["speaker_mention"]
    return [tuple(r[f] for f in fields) for r in found]


def one(doc: str) -> dict:
    """The only record of doc."""
    found = extract(doc)
    assert len(found) == 1, found
    return found[0]
