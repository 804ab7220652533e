"""A one-hidden-layer network over hashed sparse features (numpy, seeded): the cue detector's model.

The logistic regression in ``linear`` plateaued on cue detection (held-out token F1 about 0.75): which words
report speech depends on combinations of lemma, syntax and context that a linear model cannot weigh
together. A small ReLU layer over the same features learns those combinations; dropout and a few epochs keep
it from memorizing the 840 training articles. Inference is one sparse-dense product per document.
"""
from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any, NamedTuple

import numpy as np


class MLP(NamedTuple):
    w1: np.ndarray  # (features, hidden)
    b1: np.ndarray  # (hidden,)
    w2: np.ndarray  # (hidden,)
    b2: float


def probabilities(model: MLP, x: Any) -> np.ndarray:
    """P(positive) for each row of a (sparse) feature matrix."""
    h = np.maximum(np.asarray(x @ model.w1) + model.b1, 0.0)
    return 1.0 / (1.0 + np.exp(-(h @ model.w2 + model.b2)))


def train(x: Any, y: np.ndarray, hidden: int = 32, epochs: int = 4, lr: float = 1e-3, batch: int = 128,
          dropout: float = 0.5, l2: float = 1e-5, seed: int = 0) -> MLP:
    """Adam on the logistic loss, minibatches in a seeded order; ``x`` is a scipy.sparse CSR matrix."""
    import scipy.sparse as sp

    x = sp.csr_matrix(x, dtype=np.float32)
    y = np.asarray(y, dtype=np.float32)
    rng = np.random.default_rng(seed)
    n, d = x.shape
    params = [(rng.standard_normal((d, hidden)) * 0.05).astype(np.float32), np.zeros(hidden, np.float32),
              (rng.standard_normal(hidden) * 0.05).astype(np.float32), np.zeros(1, np.float32)]
    m = [np.zeros_like(p) for p in params]
    v = [np.zeros_like(p) for p in params]
    beta1, beta2, step = 0.9, 0.999, 0
    for _ in range(epochs):
        order = rng.permutation(n)
        for s in range(0, n, batch):
            rows = order[s:s + batch]
            xb, yb = x[rows], y[rows]
            w1, b1, w2, b2 = params
            z1 = np.asarray(xb @ w1) + b1
            mask = (rng.random(z1.shape) >= dropout).astype(np.float32) / (1.0 - dropout)
            h = np.maximum(z1, 0.0) * mask
            p = 1.0 / (1.0 + np.exp(-(h @ w2 + b2[0])))
            g = (p - yb) / len(rows)
            gh = np.outer(g, w2) * (z1 > 0) * mask
            grads = [np.asarray(xb.T @ gh) + l2 * w1, gh.sum(axis=0), h.T @ g, np.array([g.sum()], np.float32)]
            step += 1
            for k, (param, grad) in enumerate(zip(params, grads)):
                m[k] = beta1 * m[k] + (1 - beta1) * grad
                v[k] = beta2 * v[k] + (1 - beta2) * grad * grad
                param -= (lr * (m[k] / (1 - beta1 ** step)) / (np.sqrt(v[k] / (1 - beta2 ** step)) + 1e-8)
                          ).astype(np.float32)
    w1, b1, w2, b2 = params
    seen = np.asarray(x.getnnz(axis=0)) > 0
    w1[~seen] = 0.0  # hashed slots no training row uses: only weight decay moved them
    return MLP(w1, b1, w2, float(b2[0]))


def save(path: Path, model: MLP, meta: dict[str, Any]) -> None:
    """Write the weights as a compressed .npz (float16; the rows of unused hashed slots are left out)."""
    used = np.flatnonzero(np.abs(model.w1).sum(axis=1) > 0)
    buf = io.BytesIO()
    np.savez_compressed(buf, rows=used.astype(np.int32), w1=model.w1[used].astype(np.float16),
                        shape=np.array(model.w1.shape, dtype=np.int64), b1=model.b1.astype(np.float32),
                        w2=model.w2.astype(np.float32), b2=np.array([model.b2], dtype=np.float32),
                        meta=np.frombuffer(json.dumps(meta, sort_keys=True).encode("utf-8"), dtype=np.uint8))
    path.write_bytes(buf.getvalue())


def load(path: Path) -> tuple[MLP, dict[str, Any]] | None:
    if not path.exists():
        return None
    with np.load(path) as z:
        w1 = np.zeros(tuple(int(v) for v in z["shape"]), dtype=np.float32)
        w1[z["rows"]] = z["w1"].astype(np.float32)
        meta = json.loads(z["meta"].tobytes().decode("utf-8"))
        return MLP(w1, z["b1"], z["w2"], float(z["b2"][0])), meta
