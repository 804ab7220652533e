"""Train the cue detector (analysis/data/cue_model.npz) on the PolNeAR train split.

    python scripts/train_cues.py [../shared/corpora/polnear_train]

Candidates are verbs, nouns, "according" and colons; a candidate is positive when it heads a gold CUE span
(first annotator of each article). Nouns are candidates only if their lemma heads a cue somewhere in the
training articles (the shipped list is stored with the weights; each held-out fold uses its own). The model
is a one-hidden-layer network (``analysis/ml/mlp.py``: 32 ReLU units, dropout 0.5, 4 epochs of lazy Adam with the
weights averaged over the last two, features seen in at least 3 rows, seed 0) over the hashed features (which
include WordNet supersenses, ``analysis/data/wordnet_senses.tsv.gz``) and the lemma
vectors (``analysis/data/lemma_vectors.npz``): rebuild those first if they change. It replaced a logistic
regression that plateaued near 0.75 held-out token F1. Prints the 5-fold (by article) held-out token-level
precision/recall/F1 before fitting the shipped model on every article. The statement-level figures (source,
cue, content with held-out fold models) come from benchmarks/statements_polnear.py --cv.
"""
from __future__ import annotations

import json
import sys
import zlib
from pathlib import Path

import numpy as np
import pandas as pd
import scipy.sparse as sp

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from analysis.ml import mlp
from analysis.nlp import TokenTable, load_pipeline, parse
from analysis.statements import CUE_MODEL_PATH, CUE_THRESHOLD, CueDetector, cue_rows, quote_spans

DEFAULT = ROOT.parent / "shared" / "corpora" / "polnear_train"


def load_gold(path: Path) -> tuple[dict, dict]:
    arts = {}
    for line in open(path / "articles.jsonl", encoding="utf-8"):
        r = json.loads(line)
        arts[r["id"]] = r
    gold, seen = {}, set()
    for line in open(path / "attributions.jsonl", encoding="utf-8"):
        r = json.loads(line)
        if r["article"] not in seen:
            seen.add(r["article"])
            gold[r["article"]] = [a["cue"][0] for a in r["attributions"] if a["cue"]]
    return arts, gold


def fold_of(article_id: str, folds: int = 5) -> int:
    return zlib.crc32(article_id.encode("utf-8")) % folds


def featurize(path: Path):
    """Parse every article once; return per-article (piece, candidate indices, X, y, noun lemma or None)."""
    arts, gold = load_gold(path)
    ids = sorted(gold)
    articles = pd.DataFrame({"article_id": ids, "text": [arts[i]["text"] for i in ids]})
    nlp = load_pipeline()
    data = {}
    for piece in parse(articles, nlp, batch_size=50):
        doc = piece.doc
        heads = set()
        for s, e, _ in gold[piece.article_id]:
            span = doc.char_span(s, e, alignment_mode="expand")
            if span is not None:
                heads.add(span.root.i)
        idx, x = cue_rows(doc, quote_spans(piece.source))
        y = np.array([1 if i in heads else 0 for i in idx], dtype=np.int64)
        tt = TokenTable.of(doc)
        nouns = [tt.lemma[i] if tt.pos[i] == "NOUN" else None for i in idx]
        data[piece.article_id] = (piece, idx, x, y, nouns)
    return data


def noun_cues(data: dict, ids: list[str]) -> frozenset[str]:
    """The noun lemmas that head a cue in these articles."""
    return frozenset(n for i in ids for n, y in zip(data[i][4], data[i][3]) if n is not None and y)


def kept(data: dict, i: str, nouns: frozenset[str]) -> np.ndarray:
    return np.array([n is None or n in nouns for n in data[i][4]], dtype=bool)


def fit(data: dict, ids: list[str]) -> CueDetector:
    nouns = noun_cues(data, ids)
    x = sp.vstack([data[i][2][kept(data, i, nouns)] for i in ids]).tocsr()
    y = np.concatenate([data[i][3][kept(data, i, nouns)] for i in ids])
    return CueDetector(mlp.train(x, y, hidden=32, epochs=4, dropout=0.5, seed=0), nouns)


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    data = featurize(path)
    ids = sorted(data)
    tp = fp = fn = 0
    for f in range(5):
        train_ids = [i for i in ids if fold_of(i) != f]
        det = fit(data, train_ids)
        for i in ids:
            if fold_of(i) == f and data[i][1]:
                k = kept(data, i, det.nouns)
                p = np.zeros(len(k), dtype=bool)
                if k.any():
                    p[k] = mlp.probabilities(det.model, data[i][2][k]) >= CUE_THRESHOLD
                y = data[i][3] == 1
                tp += int(np.sum(p & y))
                fp += int(np.sum(p & ~y))
                fn += int(np.sum(~p & y))
    pr, rc = tp / max(1, tp + fp), tp / max(1, tp + fn)
    print(f"5-fold held-out cue tokens: precision {pr:.3f} recall {rc:.3f} F1 {2 * pr * rc / max(1e-9, pr + rc):.3f}")
    det = fit(data, ids)
    mlp.save(CUE_MODEL_PATH, det.model, {"trained_on": "PolNeAR train split (first annotator)",
                                         "articles": len(ids), "cv_token_f1": round(2 * pr * rc / max(1e-9, pr + rc), 4),
                                         "noun_lemmas": sorted(det.nouns)})
    print(f"wrote {CUE_MODEL_PATH} ({CUE_MODEL_PATH.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
