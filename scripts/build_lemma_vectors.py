"""Build lemma vectors (analysis/data/lemma_vectors.npz) from unlabeled news, for the cue detector.

    python scripts/build_lemma_vectors.py [../shared/corpora/bbc_news/bbc_news.jsonl] [output.npz]

Why: most reporting cues the detector misses are rare words ("decry", "lament", "bemoan") that the 840
PolNeAR training articles show once or never. Words that take the same syntactic company are near each other
in a space built from dependency contexts (Levy & Goldberg 2014), so a rare cue lands next to the frequent
ones ("say" → add, tell, warn, insist, argue, admit). The vectors are built from BBC News (2,225 articles, no
labels), not from PolNeAR, so that `benchmarks/statements_polnear.py --cv` stays a held-out figure.

Method: every token's context is its dependency relation plus the lemma at the other end (in both
directions); positive PMI with context smoothing 0.75 over lemmas and contexts seen at least 3 times; a
64-dimensional truncated SVD (seeded start vector), rows scaled by √σ and L2-normalized. Only lemmas
that are mostly verbs, nouns or adjectives are kept (the detector looks up candidate cues and their
arguments). Stored as float16.
"""
from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

import numpy as np
import scipy.sparse as sp
from scipy.sparse.linalg import svds

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from analysis.nlp import TokenTable, load_pipeline
from analysis.statements import LEMMA_VECTORS_PATH

DEFAULT = ROOT.parent / "shared" / "corpora" / "bbc_news" / "bbc_news.jsonl"
DIM, MIN_COUNT = 64, 3
KEEP_POS = ("VERB", "AUX", "NOUN", "ADJ")


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    out = Path(sys.argv[2]) if len(sys.argv) > 2 else LEMMA_VECTORS_PATH
    texts = [json.loads(line)["text"] for line in open(path, encoding="utf-8") if line.strip()]
    nlp = load_pipeline()
    words: Counter[str] = Counter()
    pos: dict[str, Counter[str]] = {}
    pairs: Counter[tuple[str, str]] = Counter()
    for doc in nlp.pipe(texts, batch_size=50):
        tt = TokenTable.of(doc)
        for i in range(tt.n):
            if tt.is_punct[i] or tt.is_space[i]:
                continue
            w = tt.lemma[i]
            words[w] += 1
            pos.setdefault(w, Counter())[tt.pos[i]] += 1
            h = tt.head[i]
            if h != i:
                pairs[(w, f"{tt.dep[i]}>{tt.lemma[h]}")] += 1
                pairs[(tt.lemma[h], f"{tt.dep[i]}<{w}")] += 1
    vocab = sorted(w for w, c in words.items() if c >= MIN_COUNT)
    ctx_count: Counter[str] = Counter()
    for (_, c), n in pairs.items():
        ctx_count[c] += n
    ctxs = sorted(c for c, n in ctx_count.items() if n >= MIN_COUNT)
    wi = {w: k for k, w in enumerate(vocab)}
    ci = {c: k for k, c in enumerate(ctxs)}
    kept = [(wi[w], ci[c], n) for (w, c), n in sorted(pairs.items()) if w in wi and c in ci]
    r, c, n = (np.array(v) for v in zip(*kept))
    m = sp.csr_matrix((n.astype(np.float64), (r, c)), shape=(len(vocab), len(ctxs))).tocoo()
    total = m.sum()
    p_w = np.asarray(m.sum(axis=1)).ravel() / total
    p_c = np.asarray(m.sum(axis=0)).ravel() ** 0.75
    p_c /= p_c.sum()
    pmi = np.log((m.data / total) / (p_w[m.row] * p_c[m.col]))
    pos_pmi = pmi > 0
    ppmi = sp.csr_matrix((pmi[pos_pmi], (m.row[pos_pmi], m.col[pos_pmi])), shape=m.shape)
    u, s, _ = svds(ppmi, k=DIM, v0=np.random.default_rng(0).random(min(ppmi.shape)))
    order = np.argsort(-s)
    vec = u[:, order] * np.sqrt(s[order])
    vec /= np.linalg.norm(vec, axis=1, keepdims=True) + 1e-9
    vec *= np.sign(vec.sum(axis=0, keepdims=True) + 1e-12)  # a fixed sign per component
    keep = [k for k, w in enumerate(vocab) if pos[w].most_common(1)[0][0] in KEEP_POS]
    names = [vocab[k] for k in keep]
    np.savez_compressed(out, vectors=vec[keep].astype(np.float16),
                        words=np.frombuffer("\n".join(names).encode("utf-8"), dtype=np.uint8),
                        meta=np.frombuffer(json.dumps({"built_from": path.name, "articles": len(texts),
                                                       "dim": DIM}).encode("utf-8"), dtype=np.uint8))
    index = {w: k for k, w in enumerate(names)}
    for q in ("say", "decry", "believe"):
        if q in index:
            sims = vec[keep] @ vec[keep][index[q]]
            print(q, "→", ", ".join(names[j] for j in np.argsort(-sims)[1:8]))
    print(f"wrote {out} ({len(names):,} lemmas, {out.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
