"""A small multinomial logistic regression (numpy, deterministic) with hashed sparse features.

Used for the entity classifier (``entity_classifier``) and the target-polarity model (``polarity``), so that
they ship as small JSON weight files with their training scripts; the cue detector uses ``mlp``.
"""
from __future__ import annotations

import json
import zlib
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from analysis.vocab import require


@lru_cache(maxsize=1 << 18)
def crc(feature: str) -> int:
    """CRC-32 of a feature string, memoized: the same few thousand features recur in every document."""
    return zlib.crc32(feature.encode("utf-8"))


@lru_cache(maxsize=1 << 19)
def hash_index(feature: str, n_dense: int, n_hash: int) -> int:
    """The column of a hashed feature (memoized as a whole: one C-level cache lookup per feature)."""
    return n_dense + crc(feature) % n_hash


_COLUMNS: dict[tuple[int, int], dict[str, int]] = {}
_MAX_COLUMNS = 1 << 19  # a memo is cleared when it grows past this (memory stays flat on any corpus)


def hash_columns(features: list[str], n_dense: int, n_hash: int) -> set[int]:
    """The columns of a row's hashed features, as ``hash_index`` gives them: one dict lookup per feature, mapped in
    C (a third of the time of a ``hash_index`` call per feature: the cue detector's rows are 45 features each)."""
    memo = _COLUMNS.setdefault((n_dense, n_hash), {})
    cols = set(map(memo.get, features))
    if None in cols:
        if len(memo) > _MAX_COLUMNS:
            memo.clear()
        for f in features:
            if f not in memo:
                memo[f] = n_dense + zlib.crc32(f.encode("utf-8")) % n_hash
        cols = set(map(memo.__getitem__, features))
    return cols


def train(xs: Any, ys: np.ndarray, n_classes: int, n_dense: int, l2: float = 1e-3, epochs: int = 300,
          lr: float = 0.5, bias_col: int | None = None) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Full-batch gradient descent on the softmax loss; ys in 0..n_classes-1.

    ``xs`` is a dense array (its first ``n_dense`` columns are standardized) or a scipy.sparse matrix of
    hashed binary features (used as is: ``n_dense`` must be 0).
    """
    import scipy.sparse as sp

    sparse = sp.issparse(xs)
    n_feat = xs.shape[1]
    mean = np.zeros(n_feat, dtype=np.float32)
    scale = np.ones(n_feat, dtype=np.float32)
    if sparse:
        x = sp.csr_matrix(xs, dtype=np.float32)
        xt = x.T.tocsr()
    else:
        mean[:n_dense] = xs[:, :n_dense].mean(axis=0)
        scale[:n_dense] = xs[:, :n_dense].std(axis=0) + 1e-6
        if bias_col is not None:
            mean[bias_col], scale[bias_col] = 0.0, 1.0
        x = (xs - mean) / scale
        xt = x.T
    y = np.eye(n_classes, dtype=np.float32)[ys]
    w = np.zeros((n_classes, n_feat), dtype=np.float32)
    n = x.shape[0]
    for _ in range(epochs):
        z = np.asarray(x @ w.T)
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        grad = np.asarray(xt @ (p - y)).T / n + l2 * w
        w -= lr * grad
    return w, mean, scale


def probabilities(model: tuple[np.ndarray, np.ndarray, np.ndarray], x: np.ndarray) -> np.ndarray:
    w, mean, scale = model
    z = ((x - mean) / scale) @ w.T
    z = z - z.max(axis=-1, keepdims=True)
    p = np.exp(z)
    return p / p.sum(axis=-1, keepdims=True)


def save(path: Path, model: tuple[np.ndarray, np.ndarray, np.ndarray], meta: dict[str, Any],
         prune: float = 1e-5) -> None:
    """Write the weights as JSON, leaving out those smaller than ``prune`` (hashed slots never seen)."""
    w, mean, scale = model
    rows = [{str(k): round(float(v), 4) for k, v in enumerate(r) if abs(v) > prune} for r in w]
    path.write_text(json.dumps({"shape": list(w.shape), "weights": rows,
                                "mean": [round(float(v), 6) for v in mean],
                                "scale": [round(float(v), 6) for v in scale], "meta": meta}) + "\n", encoding="utf-8")


def load(path: Path) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    m = json.loads(require(path).read_text(encoding="utf-8"))
    n_classes = len(m["weights"])
    w = np.zeros((n_classes, len(m["mean"])), dtype=np.float32)
    for i, row in enumerate(m["weights"]):
        for k, v in row.items():
            w[i, int(k)] = v
    return w, np.array(m["mean"], dtype=np.float32), np.array(m["scale"], dtype=np.float32)
