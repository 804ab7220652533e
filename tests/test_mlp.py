"""The cue detector's network: it learns, it is seeded, and it survives the int8 round trip of save/load."""
import numpy as np
import pytest
import scipy.sparse as sp

from analysis.ml import mlp


def _toy(n: int = 600, seed: int = 1):
    # label = feature 0 XOR feature 1 (a combination no linear model separates), plus noise features
    rng = np.random.default_rng(seed)
    a, b = rng.integers(0, 2, n), rng.integers(0, 2, n)
    noise = rng.integers(4, 60, (n, 3))
    cols = np.column_stack([2 + a, 100 + b, noise])  # a in columns 2/3, b in 100/101
    rows = np.repeat(np.arange(n), cols.shape[1])
    x = sp.csr_matrix((np.ones(cols.size, np.float32), (rows, cols.ravel())), shape=(n, 128))
    x.sum_duplicates()
    return x, (a ^ b).astype(np.int64)


def test_learns_a_combination_and_is_seeded():
    x, y = _toy()
    m1 = mlp.train(x, y, hidden=16, epochs=30, lr=1e-2, dropout=0.0, seed=0)
    m2 = mlp.train(x, y, hidden=16, epochs=30, lr=1e-2, dropout=0.0, seed=0)
    xt, yt = _toy(seed=2)
    acc = np.mean((mlp.probabilities(m1, xt) >= 0.5) == yt)
    assert acc > 0.95
    assert np.array_equal(mlp.probabilities(m1, xt), mlp.probabilities(m2, xt))


def test_rare_features_are_dropped():
    x, y = _toy()
    rare = sp.csr_matrix((np.ones(3, np.float32), ([0, 5, 9], [120, 120, 121])), shape=x.shape)
    x = (x + rare).tocsr()  # column 120 in two rows, 121 in one
    m = mlp.train(x, y, hidden=8, epochs=2, min_count=3)
    assert not np.abs(m.w1[[120, 121]]).any() and np.abs(m.w1[[2, 3, 100, 101]]).all(axis=1).all()
    kept = mlp.train(x, y, hidden=8, epochs=2, min_count=1)
    assert np.abs(kept.w1[[120, 121]]).any(axis=1).all()


def test_save_load_round_trip(tmp_path):
    x, y = _toy()
    m = mlp.train(x, y, hidden=16, epochs=10, lr=1e-2, seed=0)
    path = tmp_path / "m.npz"
    mlp.save(path, m, {"k": 1})
    loaded, meta = mlp.load(path)
    assert meta == {"k": 1}
    diff = np.abs(mlp.probabilities(loaded, x) - mlp.probabilities(m, x)).max()
    assert diff < 0.01
    with pytest.raises(FileNotFoundError, match="missing.npz is missing"):
        mlp.load(tmp_path / "missing.npz")
