"""Train the entity classifier (analysis/data/entity_model.json) on CoNLL-2003 train.

    python scripts/train_entities.py [../shared/corpora/conll2003_train/train.jsonl]

Every candidate span of the workbook's pipeline (its name spans, other entity spans, untagged proper-noun
runs; see ``analysis.actors.entity_classifier.candidates``) is labelled with the gold PER / ORG / LOC span it
overlaps most, else NONE (gold MISC and non-names). Prints the 5-fold (by document) held-out candidate
accuracy before fitting the shipped model on every document; the span-level figures with held-out fold
models come from ``benchmarks/ner_conll.py --cv``.
"""
from __future__ import annotations

import sys
import zlib
from pathlib import Path

import numpy as np
import pandas as pd
import scipy.sparse as sp

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from ner_conll import DEFAULT, load_docs  # noqa: E402

from analysis.actors import CLASSES, MODEL_PATH, N_HASH, candidates, feature_rows, name_spans
from analysis.ml import linear
from analysis.nlp import load_pipeline, parse

TYPES = ("PERSON", "ORG", "GPE", "LOC", "FAC")


def fold_of(doc_id: str, folds: int = 5) -> int:
    return zlib.crc32(doc_id.encode("utf-8")) % folds


def gold_class(s: int, e: int, gold: set) -> int:
    best, label = 0, "NONE"
    for a, b, lab in gold:
        ov = min(e, b) - max(s, a)
        if ov > best:
            best, label = ov, lab
    return CLASSES.index(label)


def featurize(path: Path, limit: int | None = None) -> dict:
    """Parse every document once; per document (parsed piece, sparse X, y)."""
    docs = load_docs(path, limit)
    gold = {k: g for k, _, g in docs}
    arts = pd.DataFrame({"article_id": [k for k, _, _ in docs], "text": [t for _, t, _ in docs], "date": None})
    data = {}
    for piece in parse(arts, load_pipeline(), batch_size=50):
        doc = piece.doc
        ents = list(doc.ents)
        cands = candidates(doc, name_spans(doc, ents, TYPES), ents, TYPES)
        rows = feature_rows(doc, piece.source, cands)
        x = sp.csr_matrix((np.ones(sum(map(len, rows)), dtype=np.float32),
                           np.concatenate([np.array(r, dtype=np.int64) for r in rows]) if rows else [],
                           np.cumsum([0] + [len(r) for r in rows])), shape=(len(rows), N_HASH))
        y = np.array([gold_class(c.start_char + piece.offset, c.end_char + piece.offset, gold[piece.article_id])
                      for c in cands], dtype=np.int64)
        data[piece.article_id] = (piece, x, y)
    return data


def fit(data: dict, ids: list[str]):
    x = sp.vstack([data[i][1] for i in ids]).tocsr()
    y = np.concatenate([data[i][2] for i in ids])
    return linear.train(x, y, len(CLASSES), 0, l2=1e-4, epochs=200, lr=1.0)


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    data = featurize(path)
    ids = sorted(data)
    right = total = 0
    for f in range(5):
        mdl = fit(data, [i for i in ids if fold_of(i) != f])
        for i in ids:
            if fold_of(i) == f and data[i][1].shape[0]:
                p = np.argmax(np.asarray(data[i][1] @ mdl[0].T), axis=1)
                right += int(np.sum(p == data[i][2]))
                total += len(p)
    print(f"5-fold held-out candidate accuracy: {right / max(1, total):.3f} on {total} candidates")
    linear.save(MODEL_PATH, fit(data, ids), {"trained_on": "CoNLL-2003 train", "documents": len(ids),
                                             "classes": list(CLASSES), "cv_candidate_accuracy":
                                                 round(right / max(1, total), 4)}, prune=2e-3)
    print(f"wrote {MODEL_PATH} ({MODEL_PATH.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
