"""What the actor registry adds to parse time, on the BBC corpus: the same model, texts, batch size and
process count with and without the registry component, timed in one run (alternating, best of --repeat).

    python benchmarks/registry_overhead.py [../shared/corpora/bbc_news/bbc_news.jsonl] [--limit N] [--repeat 2]
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from analysis.corpus import load
from analysis.nlp import DEFAULT_MODEL, load_pipeline, parse

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import require_file  # noqa: E402

DEFAULT = Path(__file__).resolve().parent.parent.parent / "shared/corpora/bbc_news/bbc_news.jsonl"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("path", nargs="?", default=str(DEFAULT))
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--repeat", type=int, default=2)
    ap.add_argument("--batch-size", type=int, default=50)
    args = ap.parse_args()
    articles = load([str(require_file(args.path))]).articles
    if args.limit:
        articles = articles.head(args.limit)
    t0 = time.perf_counter()
    with_registry = load_pipeline(DEFAULT_MODEL, None)
    t_load = time.perf_counter() - t0
    without = load_pipeline(DEFAULT_MODEL, "")
    best = {"without registry": float("inf"), "with registry": float("inf")}
    for _ in range(args.repeat):
        for name, nlp in (("without registry", without), ("with registry", with_registry)):
            t0 = time.perf_counter()
            n = sum(1 for _ in parse(articles, nlp, batch_size=args.batch_size))
            best[name] = min(best[name], time.perf_counter() - t0)
    chars = int(articles["text"].str.len().sum())
    print(f"BBC: {len(articles)} articles, {chars:,} characters, {n} pieces; batch {args.batch_size}, 1 process, "
          f"best of {args.repeat}")
    for name, t in best.items():
        print(f"  {name:17s} {t:8.2f}s  {len(articles) / t:7.1f} articles/s")
    ratio = best["with registry"] / best["without registry"] - 1
    print(f"  registry build (once per process): {t_load:.1f}s")
    print(f"SUMMARY registry adds {ratio * 100:.1f}% to parse time (target <= 15%): {'PASS' if ratio <= 0.15 else 'FAIL'}")


if __name__ == "__main__":
    main()
