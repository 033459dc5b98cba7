"""Extraction speed, as a ratio to a baseline measured in the same run.

    python benchmarks/bench_extract.py [FILE.jsonl|DIR ...] [--repeat N]

The baseline is NLTK Punkt sentence splitting of the same texts (the least any
sentence-based extractor must do); the figure to watch is ``ratio`` = extraction time /
baseline time, which is stable across machines and noise, unlike seconds. Without
arguments it times the repository's seeds/ repeated to about 1 MB.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from tracker import inputs, sentences
from tracker.extract import extract


def best_of(fn, texts, repeat):
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        for text in texts:
            fn(text)
        best = min(best, time.perf_counter() - start)
    return best


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="*")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    paths = args.paths or [str(Path(__file__).resolve().parent.parent / "seeds")]
    texts = [doc.text for doc in inputs.read(paths)]
    if not args.paths:
        texts = texts * max(1, 1_000_000 // sum(len(t) for t in texts))
    size = sum(len(t) for t in texts)
    extract(texts[0])  # load lexicons and Punkt parameters once, outside the timing
    baseline = best_of(sentences.split, texts, args.repeat)
    full = best_of(extract, texts, args.repeat)
    print(f"documents {len(texts)}  characters {size:,}")
    print(f"baseline (Punkt sentences) {baseline:.3f}s  extract {full:.3f}s")
    print(f"extract throughput {size / full / 1000:.0f} kchar/s  ratio {full / baseline:.1f}x")
    # one long document must cost what its parts cost: time 1/4 of the text as one document,
    # then all of it as one document; the ratio should stay near 4 (linear, not quadratic)
    whole = "\n\n".join(texts)[:2_000_000]
    quarter = best_of(extract, [whole[: len(whole) // 4]], 1)
    four = best_of(extract, [whole], 1)
    print(
        f"one document of {len(whole):,} characters: {four:.2f}s, {four / quarter:.1f}x "
        "the time of its first quarter (4x is linear)"
    )
    # hostile shapes: each must stay close to linear (seconds for a few hundred kB)
    hostile = {
        "unclosed single marks": "‘a " * 20000,
        "run-on sentence with cues": "Lena Farrow said the pier would reopen, and " * 5000,
        "run-on sentence without commas": "Lena Farrow said the pier would reopen and " * 5000,
        "one long quotation": "“" + "word " * 40000 + "” she said.",
    }
    for name, text in hostile.items():
        print(f"{name}: {len(text):,} characters in {best_of(extract, [text], 1):.2f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
