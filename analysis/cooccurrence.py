"""Actor co-occurrence over sentence, paragraph or article windows, with association weights.

Counts come from a sparse window × actor incidence matrix X (scipy.sparse): XᵀX gives, for every pair,
the number of windows holding both. PMI, NPMI and Jaccard follow from those counts and the number of
windows in the corpus (all windows, also those without any actor).
"""
from __future__ import annotations

import numpy as np
import pandas as pd
import scipy.sparse as sp

WINDOWS = ("sentence", "paragraph", "article")
EDGE_COLUMNS = ["actor_a", "actor_b", "name_a", "name_b", "window", "n_windows", "n_articles", "n_a", "n_b",
                "pmi", "npmi", "jaccard", "example_windows", "example_article", "example_start", "example_end"]


def window_ids(mentions: pd.DataFrame, window: str) -> pd.Series:
    """The window each mention falls in, as a readable id (``article#s3``, ``article#p1``, ``article``)."""
    if window == "sentence":
        return mentions["article_id"] + "#s" + mentions["sent_idx"].astype(str)
    if window == "paragraph":
        return mentions["article_id"] + "#p" + mentions["para_idx"].astype(str)
    if window == "article":
        return mentions["article_id"].astype(str)
    raise ValueError(f"window must be one of {', '.join(WINDOWS)}, got {window!r}")


def count_windows(sentences: pd.DataFrame, window: str) -> int:
    """Number of windows in the corpus (the N of the PMI)."""
    if window == "sentence":
        return len(sentences)
    if window == "paragraph":
        return int(sentences[["article_id", "para_idx"]].drop_duplicates().shape[0])
    return int(sentences["article_id"].nunique())


def cooccurrence(mentions: pd.DataFrame, sentences: pd.DataFrame | None, window: str = "sentence",
                 min_count: int = 1, n_examples: int = 3, n_windows: int | None = None) -> pd.DataFrame:
    """The `edges` table: one row per actor pair (actor_a < actor_b) seen together in ≥ min_count windows.

    The corpus's number of windows comes from ``sentences``, or from ``n_windows`` when the caller counted
    them while streaming.
    """
    m = mentions.dropna(subset=["actor_id"])
    if m.empty:
        return pd.DataFrame(columns=EDGE_COLUMNS)
    m = m.assign(_w=window_ids(m, window))
    actors = np.array(sorted(m["actor_id"].unique()))
    wins = np.array(sorted(m["_w"].unique()))
    ai = np.searchsorted(actors, m["actor_id"].to_numpy())
    wi = np.searchsorted(wins, m["_w"].to_numpy())
    x = sp.csr_matrix((np.ones(len(m), dtype=np.int32), (wi, ai)), shape=(len(wins), len(actors)))
    x.data[:] = 1  # presence, not mention counts (duplicates were summed)
    x.sum_duplicates()
    x.data[:] = 1
    c = (x.T @ x).tocoo()
    n_single = np.asarray(x.sum(axis=0)).ravel()
    keep = (c.row < c.col) & (c.data >= max(1, int(min_count)))
    r, k, n_ab = c.row[keep], c.col[keep], c.data[keep].astype(np.int64)
    if len(r) == 0:
        return pd.DataFrame(columns=EDGE_COLUMNS)
    n_total = max(n_windows if n_windows is not None else count_windows(sentences, window), len(wins))
    n_a, n_b = n_single[r].astype(np.int64), n_single[k].astype(np.int64)
    p_ab = n_ab / n_total
    pmi = np.log(p_ab / ((n_a / n_total) * (n_b / n_total)))
    with np.errstate(divide="ignore", invalid="ignore"):
        npmi = np.where(p_ab >= 1.0, 1.0, pmi / -np.log(p_ab))
    jaccard = n_ab / (n_a + n_b - n_ab)
    edges = pd.DataFrame({"actor_a": actors[r], "actor_b": actors[k], "window": window, "n_windows": n_ab,
                          "n_a": n_a, "n_b": n_b, "pmi": pmi, "npmi": npmi, "jaccard": jaccard})
    edges = edges.merge(_provenance(m, edges, n_examples), on=["actor_a", "actor_b"], how="left")
    names = m.groupby("actor_id")["actor_name"].first()
    edges["name_a"] = edges["actor_a"].map(names)
    edges["name_b"] = edges["actor_b"].map(names)
    edges = edges.sort_values(["n_windows", "actor_a", "actor_b"], ascending=[False, True, True], kind="stable")
    edges["n_articles"] = edges["n_articles"].astype("int64")
    return edges.reset_index(drop=True)[EDGE_COLUMNS]


def _provenance(m: pd.DataFrame, edges: pd.DataFrame, n_examples: int) -> pd.DataFrame:
    """n_articles and example windows per kept pair, from a self-join of window memberships."""
    u = m[["_w", "actor_id", "article_id", "start_char", "end_char"]]
    span = u.groupby(["_w", "actor_id"], sort=True).agg(article_id=("article_id", "first"),
                                                          s=("start_char", "min"), e=("end_char", "max")).reset_index()
    wanted = set(edges["actor_a"]) | set(edges["actor_b"])
    span = span[span["actor_id"].isin(wanted)]
    pairs = span.merge(span, on=["_w", "article_id"], suffixes=("_a", "_b"))
    pairs = pairs[pairs["actor_id_a"] < pairs["actor_id_b"]]
    pairs = pairs.merge(edges[["actor_a", "actor_b"]], left_on=["actor_id_a", "actor_id_b"],
                        right_on=["actor_a", "actor_b"])
    pairs = pairs.sort_values(["actor_a", "actor_b", "article_id", "s_a"], kind="stable")
    pairs["example_start"] = pairs[["s_a", "s_b"]].min(axis=1)
    pairs["example_end"] = pairs[["e_a", "e_b"]].max(axis=1)
    g = pairs.groupby(["actor_a", "actor_b"], sort=True)
    prov = g.agg(n_articles=("article_id", "nunique"),
                 example_windows=("_w", lambda s: list(dict.fromkeys(s))[:n_examples]),
                 example_article=("article_id", "first"), example_start=("example_start", "first"),
                 example_end=("example_end", "first")).reset_index()
    return prov


def example_text(edges: pd.DataFrame, articles: pd.DataFrame, sentences: pd.DataFrame, limit: int = 300) -> pd.Series:
    """The sentence(s) behind each edge's first example, for hover labels and evidence columns."""
    texts = dict(zip(articles["article_id"], articles["text"]))
    sents = sentences.sort_values(["article_id", "start_char"])
    by_article = {aid: (g["start_char"].to_numpy(), g["end_char"].to_numpy()) for aid, g in sents.groupby("article_id")}
    out = []
    for aid, s, e in zip(edges["example_article"], edges["example_start"], edges["example_end"]):
        text = texts.get(aid, "")
        starts, ends = by_article.get(aid, (np.array([0]), np.array([len(text)])))
        i = max(0, np.searchsorted(starts, s, side="right") - 1)
        j = max(i, np.searchsorted(starts, e - 1, side="right") - 1)
        snippet = text[starts[i]:ends[j]]
        out.append(snippet if len(snippet) <= limit else snippet[:limit - 1] + "…")
    return pd.Series(out, index=edges.index, dtype="object")
