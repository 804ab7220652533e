"""Actor co-occurrence over sentence, paragraph or article windows, with association weights.

Counts come from a sparse window × actor incidence matrix X (scipy.sparse): XᵀX gives, for every pair,
the number of windows holding both. PMI, NPMI and Jaccard follow from those counts and the number of
windows in the corpus (all windows, also those without any actor).
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import scipy.sparse as sp

from analysis.vocab import EDGE_COLUMNS, WINDOWS


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
    keys = WINDOW_KEYS[window] if window in WINDOW_KEYS else window_ids(m, window)  # raises on a bad window
    # integer window codes (no per-mention strings: this runs on every mention of the corpus)
    wcode = m.groupby(list(keys), sort=True).ngroup().to_numpy()
    actor_codes, actors = pd.factorize(m["actor_id"], sort=True)
    actors = np.asarray(actors, dtype=object)
    n_wins = int(wcode.max()) + 1
    x = sp.csr_matrix((np.ones(len(m), dtype=np.int32), (wcode, actor_codes)), shape=(n_wins, len(actors)))
    x.sum_duplicates()
    x.data[:] = 1  # presence, not mention counts
    c = (x.T @ x).tocoo()
    n_single = np.asarray(x.sum(axis=0)).ravel()
    keep = (c.row < c.col) & (c.data >= max(1, int(min_count)))
    r, k, n_ab = c.row[keep], c.col[keep], c.data[keep].astype(np.int64)
    if len(r) == 0:
        return pd.DataFrame(columns=EDGE_COLUMNS)
    n_total = max(n_windows if n_windows is not None else count_windows(sentences, window), n_wins)
    n_a, n_b = n_single[r].astype(np.int64), n_single[k].astype(np.int64)
    p_ab = n_ab / n_total
    pmi = np.log(p_ab / ((n_a / n_total) * (n_b / n_total)))
    with np.errstate(divide="ignore", invalid="ignore"):
        npmi = np.where(p_ab >= 1.0, 1.0, pmi / -np.log(p_ab))
    jaccard = n_ab / (n_a + n_b - n_ab)
    edges = pd.DataFrame({"actor_a": actors[r], "actor_b": actors[k], "window": window, "n_windows": n_ab,
                          "n_a": n_a, "n_b": n_b, "pmi": pmi, "npmi": npmi, "jaccard": jaccard})
    prov = _provenance(m.assign(_w=wcode), edges, n_examples, window)
    edges = edges.merge(prov, on=["actor_a", "actor_b"], how="left")
    names = m.groupby("actor_id")["actor_name"].first()
    edges["name_a"] = edges["actor_a"].map(names)
    edges["name_b"] = edges["actor_b"].map(names)
    edges = edges.sort_values(["n_windows", "actor_a", "actor_b"], ascending=[False, True, True], kind="stable")
    edges["n_articles"] = edges["n_articles"].astype("int64")
    return edges.reset_index(drop=True)[EDGE_COLUMNS]


WINDOW_KEYS = {"sentence": ("article_id", "sent_idx"), "paragraph": ("article_id", "para_idx"),
               "article": ("article_id",)}


def _provenance(m: pd.DataFrame, edges: pd.DataFrame, n_examples: int, window: str) -> pd.DataFrame:
    """n_articles and example windows per kept pair, from a self-join of window memberships.

    The join runs on integer codes (window, actor, article), which keeps its memory small on a large corpus;
    names come back only for the edges' examples.
    """
    wanted = set(edges["actor_a"]) | set(edges["actor_b"])
    u = m.loc[m["actor_id"].isin(wanted)]
    a_code, a_ids = pd.factorize(u["actor_id"], sort=True)
    d_code, d_ids = pd.factorize(u["article_id"], sort=True)
    idx = (u["sent_idx"] if window == "sentence" else u["para_idx"]).to_numpy(np.int64)
    u = pd.DataFrame({"w": u["_w"].to_numpy(np.int64), "a": a_code.astype(np.int32), "d": d_code.astype(np.int32),
                      "i": idx, "s": u["start_char"].to_numpy(np.int64), "e": u["end_char"].to_numpy(np.int64)})
    span = u.groupby(["w", "a"], sort=True).agg(d=("d", "first"), i=("i", "first"), s=("s", "min"),
                                                e=("e", "max")).reset_index()
    pairs = span.merge(span[["w", "a", "s", "e"]], on="w", suffixes=("_a", "_b"))
    pairs = pairs[pairs["a_a"] < pairs["a_b"]]
    code = {a: i for i, a in enumerate(a_ids)}
    want = pd.DataFrame({"a_a": edges["actor_a"].map(code).astype(np.int32),
                         "a_b": edges["actor_b"].map(code).astype(np.int32)})
    pairs = pairs.merge(want, on=["a_a", "a_b"])
    pairs = pairs.sort_values(["a_a", "a_b", "d", "s_a"], kind="stable")  # codes sort as the ids do
    pairs["example_start"] = np.minimum(pairs["s_a"].to_numpy(), pairs["s_b"].to_numpy())
    pairs["example_end"] = np.maximum(pairs["e_a"].to_numpy(), pairs["e_b"].to_numpy())
    first = pairs.drop_duplicates(["a_a", "a_b"], keep="first")
    n_art = pairs.groupby(["a_a", "a_b"], sort=True)["d"].nunique()
    # the first n_examples distinct windows of each pair, in (article, position) order
    wins = pairs.drop_duplicates(["a_a", "a_b", "w"], keep="first")
    wins = wins[wins.groupby(["a_a", "a_b"], sort=False).cumcount() < n_examples]
    tag = {"sentence": "#s", "paragraph": "#p"}.get(window)
    d_ids = np.asarray(d_ids, dtype=object)
    labels = d_ids[wins["d"].to_numpy()]
    if tag:
        labels = [f"{a}{tag}{i}" for a, i in zip(labels, wins["i"].to_numpy())]
    # pairs, wins, first and n_art all run in (a_a, a_b) order: each pair's windows are one run of ``wins``
    # (a groupby-agg(list) and tuple lookups took 2 s of a warm 2,225-article run)
    key = wins["a_a"].to_numpy(np.int64) << 32 | wins["a_b"].to_numpy(np.int64)
    cuts = np.flatnonzero(key[1:] != key[:-1]) + 1
    examples = [list(x) for x in np.split(np.asarray(labels, dtype=object), cuts)] if len(key) else []
    a_ids = np.asarray(a_ids, dtype=object)
    prov = pd.DataFrame({"actor_a": a_ids[first["a_a"].to_numpy()], "actor_b": a_ids[first["a_b"].to_numpy()],
                         "n_articles": n_art.to_numpy(),
                         "example_windows": examples,
                         "example_article": d_ids[first["d"].to_numpy()],
                         "example_start": first["example_start"].to_numpy(),
                         "example_end": first["example_end"].to_numpy()})
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
