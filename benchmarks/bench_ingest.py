"""Ingest speed and memory: bounded memory means a corpus bigger than RAM still ingests.

    python benchmarks/bench_ingest.py [--documents N]

Writes a JSONL corpus of N documents (and one of 4N) to a temporary folder, runs
``tracker ingest`` on each in a child process, and prints documents a second and the peak
resident memory of each run. Peak memory should stay about the same for 4x the documents;
time should grow about 4x.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PARAGRAPH = (
    "“The pier will reopen in May,” harbour master Lena Farrow said on Tuesday. "
    "Council leader Tom Reyes told reporters that repairs had cost {n} percent more than "
    "planned. According to the council’s report, ferry use rose {n} percent last year."
)


def write_corpus(path: Path, n: int) -> None:
    with path.open("w", encoding="utf-8") as f:
        for i in range(n):
            text = f"Report {i}.\n\n" + "\n\n".join(
                PARAGRAPH.format(n=(i + k) % 97) for k in range(8)
            )
            f.write(json.dumps({"id": f"doc-{i}", "text": text}) + "\n")


def ingest(db: Path, corpus: Path) -> tuple[float, int]:
    """Seconds and peak resident memory (kB) of one `tracker ingest` in a child process."""
    code = (
        "import resource, sys; from tracker.cli import cli; "
        "sys.argv = ['tracker', 'ingest', sys.argv[1], sys.argv[2], '--silent']\n"
        "try:\n    cli()\nexcept SystemExit:\n    pass\n"
        "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)"
    )
    start = time.perf_counter()
    out = subprocess.run(
        [sys.executable, "-c", code, str(db), str(corpus)], capture_output=True, text=True
    )
    return time.perf_counter() - start, int(out.stdout.strip().splitlines()[-1])


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--documents", type=int, default=500)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        results = []
        for n in (args.documents, 4 * args.documents):
            corpus = Path(folder) / f"corpus-{n}.jsonl"
            write_corpus(corpus, n)
            seconds, peak = ingest(Path(folder) / f"quotes-{n}.db", corpus)
            size = corpus.stat().st_size
            results.append((n, size, seconds, peak))
            print(
                f"{n} documents ({size / 1e6:.1f} MB): {seconds:.1f}s, "
                f"{n / seconds:.0f} documents/s, peak memory {peak / 1024:.0f} MB"
            )
        (n1, _, t1, m1), (n4, _, t4, m4) = results
        print(f"4x the documents: {t4 / t1:.1f}x the time, {m4 / m1:.2f}x the peak memory")
    return 0


if __name__ == "__main__":
    sys.exit(main())
