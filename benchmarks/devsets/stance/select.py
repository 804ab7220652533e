"""Pick the stance dev set's articles (seeded, reproducible): 15 BBC News (9 politics, 3 business, 2 tech, 1 sport)
and 15 PolNeAR train articles (two or three from each publisher), each 800-4,000 characters so that a careful
coder can read every sentence. Writes articles.txt (one id a line); the texts stay in ../shared/corpora.

    python benchmarks/devsets/stance/select.py [--shared ../shared/corpora]
"""
from __future__ import annotations

import argparse
import json
import random
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = HERE.parents[3] / "shared" / "corpora"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=str(SHARED))
    args = ap.parse_args()
    rng = random.Random(27)
    shared = Path(args.shared)
    bbc = [json.loads(x) for x in (shared / "bbc_news/bbc_news.jsonl").read_text(encoding="utf-8").splitlines() if x]
    by_cat = defaultdict(list)
    for r in bbc:
        if 800 <= len(r["text"]) <= 4000:
            by_cat[r["category"]].append(r["id"])
    picked = []
    for cat, k in (("politics", 9), ("business", 3), ("tech", 2), ("sport", 1)):
        picked += rng.sample(sorted(by_cat[cat]), k)
    pol = [json.loads(x) for x in (shared / "polnear_train/articles.jsonl").read_text(encoding="utf-8").splitlines() if x]
    by_src = defaultdict(list)
    for r in pol:
        if 800 <= len(r["text"]) <= 4000:
            by_src[r["source"]].append(r["id"])
    sources = sorted(by_src)
    counts = {s: 2 for s in sources}
    for s in rng.sample(sources, 15 - 2 * len(sources)):
        counts[s] += 1
    for s in sources:
        picked += rng.sample(sorted(by_src[s]), counts[s])
    (HERE / "articles.txt").write_text("\n".join(picked) + "\n", encoding="utf-8")
    print(f"{len(picked)} articles → {HERE / 'articles.txt'}")


if __name__ == "__main__":
    main()
