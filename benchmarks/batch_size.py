"""Which spaCy batch size suits news-length texts: bare ``nlp.pipe`` throughput per batch size, one run.

    python benchmarks/batch_size.py [../shared/corpora/bbc_news/bbc_news.jsonl] [--limit 400] [--sizes 8 16 50 128 256]
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import BBC, first_lines  # noqa: E402

from analysis.corpus import load
from analysis.nlp import DEFAULT_MODEL


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("path", nargs="?", default=str(BBC))
    ap.add_argument("--limit", type=int, default=400)
    ap.add_argument("--sizes", type=int, nargs="+", default=[8, 16, 50, 128, 256])
    args = ap.parse_args()
    src = first_lines(Path(args.path), args.limit, Path(tempfile.mkdtemp(prefix="nw-batch-")))
    texts = list(load([str(src)]).articles["text"])
    import spacy

    nlp = spacy.load(DEFAULT_MODEL)
    for _ in nlp.pipe(texts[:20]):  # warm up
        pass
    rates = {}
    print(f"{len(texts)} articles, mean {sum(map(len, texts)) / len(texts):,.0f} characters")
    print("| batch size | seconds | articles/s |")
    print("|---:|---:|---:|")
    for b in args.sizes:
        t0 = time.perf_counter()
        for _ in nlp.pipe(texts, batch_size=b):
            pass
        dt = time.perf_counter() - t0
        rates[b] = len(texts) / dt
        print(f"| {b} | {dt:.1f} | {rates[b]:.1f} |")
    best = max(rates, key=rates.get)
    print(f"SUMMARY best batch size {best} ({rates[best]:.1f} articles/s); "
          + ", ".join(f"{b}: {rates[b] / rates[best]:.2f}" for b in args.sizes))


if __name__ == "__main__":
    main()
