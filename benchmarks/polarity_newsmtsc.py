"""Target polarity quality on NewsMTSC (train split): macro F1 over negative / neutral / positive.

    python benchmarks/polarity_newsmtsc.py [../shared/corpora/newsmtsc_train/train.jsonl] [--limit N]

Scores ``analysis.stance.target_polarity`` (the function the stance stage uses) against two baselines
measured in the same run: always-neutral, and VADER's compound score of the whole sentence (±0.05).
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from analysis import stance

DEFAULT = Path(__file__).resolve().parent.parent.parent / "shared/corpora/newsmtsc_train/train.jsonl"
LABEL = {2.0: -1, 4.0: 0, 6.0: 1}


def macro_f1(gold: list[int], pred: list[int]) -> tuple[float, dict[int, float]]:
    per = {}
    for c in (-1, 0, 1):
        tp = sum(1 for g, p in zip(gold, pred) if g == c and p == c)
        fp = sum(1 for g, p in zip(gold, pred) if g != c and p == c)
        fn = sum(1 for g, p in zip(gold, pred) if g == c and p != c)
        pr = tp / (tp + fp) if tp + fp else 0.0
        rc = tp / (tp + fn) if tp + fn else 0.0
        per[c] = 2 * pr * rc / (pr + rc) if pr + rc else 0.0
    return sum(per.values()) / 3, per


def load(path: Path, limit: int | None) -> list[tuple[str, int, int, int]]:
    items = []
    for line in open(path, encoding="utf-8"):
        r = json.loads(line)
        for t in r["targets"]:
            items.append((r["sentence_normalized"], int(t["from"]), int(t["to"]), LABEL[float(t["polarity"])]))
    return items[: limit or None]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("path", nargs="?", default=str(DEFAULT))
    ap.add_argument("--limit", type=int, default=None)
    args = ap.parse_args()
    items = load(Path(args.path), args.limit)
    gold = [g for *_, g in items]
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    vader = SentimentIntensityAnalyzer()
    vpred = []
    for text, *_ in items:
        c = vader.polarity_scores(text)["compound"]
        vpred.append(1 if c >= 0.05 else -1 if c <= -0.05 else 0)
    t0 = time.perf_counter()
    ours = [stance.target_polarity(text, s, e) for text, s, e, _ in items]
    elapsed = time.perf_counter() - t0
    rows = []
    for name, pred in (("always neutral", [0] * len(gold)), ("VADER sentence", vpred),
                       ("workbook (shipped model, in-sample)", ours)):
        f, per = macro_f1(gold, pred)
        rows.append({"method": name, "macro_f1": f, "f1_neg": per[-1], "f1_neu": per[0], "f1_pos": per[1]})
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
    from train_polarity import cross_validate, featurize

    xs, ys, groups = featurize(Path(args.path))
    cv = cross_validate(xs, ys, groups)
    rows.append({"method": "workbook (5-fold held out)", "macro_f1": sum(cv) / len(cv), "f1_neg": None,
                 "f1_neu": None, "f1_pos": None})
    print(f"NewsMTSC train: {len(items)} targets ({elapsed:.1f}s for the workbook)")
    print(pd.DataFrame(rows).round(3).to_string(index=False))
    f = rows[-1]["macro_f1"]  # the held-out figure
    print(f"SUMMARY macro F1 workbook={f:.3f} vader={rows[1]['macro_f1']:.3f} neutral={rows[0]['macro_f1']:.3f} "
          f"target>=0.60 {'PASS' if f >= 0.60 else 'FAIL'}")


if __name__ == "__main__":
    main()
