import math

import pandas as pd
import pytest

from analysis.networks import cooccurrence


def mentions(rows):
    df = pd.DataFrame(rows, columns=["article_id", "sent_idx", "para_idx", "actor_id"])
    df["actor_name"] = df["actor_id"].str.upper()
    df["start_char"] = df["sent_idx"] * 100
    df["end_char"] = df["start_char"] + 5
    return df


def sentences(n_per_article):
    return pd.DataFrame([{"article_id": a, "sent_idx": i, "para_idx": i // 2} for a, n in n_per_article.items()
                         for i in range(n)])


def test_counts_and_weights_known_answer():
    m = mentions([("a1", 0, 0, "x"), ("a1", 0, 0, "y"), ("a1", 0, 0, "y"), ("a1", 1, 0, "x"), ("a1", 2, 1, "z"),
                  ("a2", 0, 0, "x"), ("a2", 0, 0, "y")])
    e = cooccurrence(m, sentences({"a1": 4, "a2": 2}), "sentence")
    assert len(e) == 1  # z never shares a sentence
    r = e.iloc[0]
    assert (r.actor_a, r.actor_b, r.n_windows, r.n_articles, r.n_a, r.n_b) == ("x", "y", 2, 2, 3, 2)
    n = 6
    assert r.pmi == pytest.approx(math.log((2 / n) / ((3 / n) * (2 / n))))
    assert r.npmi == pytest.approx(r.pmi / -math.log(2 / n))
    assert r.jaccard == pytest.approx(2 / (3 + 2 - 2))
    assert r.example_windows[:2] == ["a1#s0", "a2#s0"]


def test_windows_and_min_count():
    m = mentions([("a1", 0, 0, "x"), ("a1", 1, 0, "y"), ("a1", 2, 1, "z")])
    s = sentences({"a1": 3})
    assert cooccurrence(m, s, "sentence").empty
    p = cooccurrence(m, s, "paragraph")
    assert list(zip(p.actor_a, p.actor_b)) == [("x", "y")]
    a = cooccurrence(m, s, "article")
    assert len(a) == 3 and set(a.npmi) == {1.0}
    assert cooccurrence(m, s, "article", min_count=2).empty
    with pytest.raises(ValueError):
        cooccurrence(m, s, "page")
