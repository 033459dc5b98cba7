"""Score tracker.claims.categorize() on the claims dev data.

    python benchmarks/claims_eval.py [DIR] [--errors N]

DIR holds claimbuster.jsonl and newssd_eng.jsonl (default: ../shared/data/claims-dev
beside the repository). Prints precision, recall and F1 of checkable == "yes" against
ClaimBuster's checkworthy_factual label, of category == "opinion" against NewsSD-ENG's
subjective label, and the category distribution on each file. --errors N also prints N
false positives and N false negatives per task, to read (not to copy into lexicons).
"""

import argparse
import json
import random
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tracker.claims import CATEGORIES, categorize  # noqa: E402

TASKS = (
    # file, gold label counted as positive, what is predicted, predicate on the result
    ("claimbuster.jsonl", "checkworthy_factual", 'checkable == "yes"', "checkable", "yes"),
    ("newssd_eng.jsonl", "subjective", 'category == "opinion"', "category", "opinion"),
)


def read_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def scores(pairs):
    """[(gold: bool, predicted: bool)] -> (precision, recall, f1)."""
    tp = sum(g and p for g, p in pairs)
    fp = sum(p and not g for g, p in pairs)
    fn = sum(g and not p for g, p in pairs)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default = ROOT.parent / "shared" / "data" / "claims-dev"
    parser.add_argument("dir", nargs="?", type=Path, default=default)
    parser.add_argument("--errors", type=int, default=0, metavar="N")
    args = parser.parse_args(argv)
    for filename, positive, description, field, value in TASKS:
        rows = read_jsonl(args.dir / filename)
        start = time.perf_counter()
        results = [categorize(row["text"]) for row in rows]
        elapsed = time.perf_counter() - start
        pairs = [
            (row["label"] == positive, r[field] == value)
            for row, r in zip(rows, results, strict=False)
        ]
        precision, recall, f1 = scores(pairs)
        print(f"{filename}: {description} vs {positive} ({len(rows)} sentences)")
        print(f"  precision {precision:.3f}  recall {recall:.3f}  F1 {f1:.3f}")
        print(f"  {1000 * elapsed / len(rows):.2f} ms per sentence")
        counts = Counter(r["category"] for r in results)
        print("  categories: " + ", ".join(f"{c} {counts[c]}" for c in CATEGORIES if counts[c]))
        if args.errors:
            rng = random.Random(0)
            for kind, wanted in (
                ("false positive", (False, True)),
                ("false negative", (True, False)),
            ):
                errors = [
                    (row, r)
                    for row, r, pair in zip(rows, results, pairs, strict=False)
                    if pair == wanted
                ]
                for row, r in rng.sample(errors, min(args.errors, len(errors))):
                    print(f"  {kind}: [{r['category']} {','.join(r['cues'])}] {row['text']}")
        print()


if __name__ == "__main__":
    main()
