"""The cue detector: features of each candidate reporting word (lexicon rates, clause shape, WordNet senses,
lemma vectors, word window) and the shipped network that scores them."""

from __future__ import annotations

from functools import lru_cache
from typing import Any, NamedTuple

import yaml
from spacy.tokens import Doc

from analysis.ml import hash_columns, mlp
from analysis.nlp import TokenTable
from analysis.nlp.wordnet import WORDNET_PATH, WordNetEntry, WordNetTable, wordnet_senses  # noqa: F401
from analysis.vocab import DATA_DIR, require

SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")


CUE_MODEL_PATH = DATA_DIR / "cue_model.npz"


LEMMA_VECTORS_PATH = DATA_DIR / "lemma_vectors.npz"




CUE_HASH = 1 << 18  # ~200k distinct features: at 2^15 each slot held several (token F1 -0.002)


VECTOR_DIM = 64  # lemma vectors (scripts/build_lemma_vectors.py): the cue's and its argument's


VECTOR_SCALE = 4.0  # against ~30 binary hashed features a row (best held-out cue F1 of 1, 4 and 8)


CUE_THRESHOLD = 0.4  # best cue F1 on PolNeAR held-out folds (benchmarks/statements_polnear.py --cv)


class CueDetector(NamedTuple):
    """The learned cue detector: a small network over hashed features (``mlp``), and the noun lemmas that
    were ever cues in its training data (other nouns are not candidates: 99% of nouns never are, and
    scoring them was a third of the detector's time)."""

    model: Any  # mlp.MLP
    nouns: frozenset[str] | None


@lru_cache(maxsize=1)
def cue_model() -> CueDetector:
    """The shipped cue detector (trained on PolNeAR train by scripts/train_cues.py)."""

    model, meta = mlp.load(CUE_MODEL_PATH)
    nouns = meta.get("noun_lemmas")
    return CueDetector(model, frozenset(nouns) if nouns is not None else None)


def cue_features(tt: TokenTable, i: int, in_quote: bool, sent_has_quote: bool) -> list[str]:
    """Sparse features of candidate cue token ``i``: its lemma, syntax, arguments, quote context and the WordNet
    supersenses of it, its arguments, its noun subject and its head."""
    lemma = tt.lemma[i]
    rate = cue_lexicon().get(lemma, 0.0)
    kids = tt.children[i]
    deps = sorted({tt.dep[c] for c in kids})
    subj = next((c for c in kids if tt.dep[c] in ("nsubj", "nsubjpass")), None)
    h = tt.head[i]
    dep = tt.dep[i]
    f = [f"lemma={lemma}", f"pos={tt.pos[i]}", f"tag={tt.tag[i]}", f"dep={dep}", f"lemma_dep={lemma}|{dep}",
         f"head={tt.lemma[h]}", f"head_dep={tt.dep[h]}", f"rate={round(rate, 1)}",
         f"inq={in_quote}", f"sq={sent_has_quote}", f"lemma_inq={lemma}|{in_quote}",
         f"next={tt.lower[i + 1] if i + 1 < tt.n else '<end>'}",
         f"prev={tt.lower[i - 1] if i > 0 else '<start>'}", "bias"]
    f += [f"child={d}" for d in deps] + [f"lemma_child={lemma}|{d}" for d in deps if d in (
        "ccomp", "xcomp", "dobj", "nsubj", "prep", "agent", "advcl", "neg")]
    if subj is not None:
        kind = "pron" if tt.pos[subj] == "PRON" else tt.ent_type[subj] or tt.pos[subj]
        f += [f"subj={kind}", f"lemma_subj={lemma}|{kind}"]
    for c in kids:  # the words that carry a light verb or a copula: "be critical of", "take aim", "point out"
        d = tt.dep[c]
        if d in ARG_DEPS:
            f += [f"kid={d}|{tt.lemma[c]}", f"lemma_kid={lemma}|{d}|{tt.lemma[c]}", *sense_features(tt, c, f"kwn|{d}")]
        elif d == "ccomp":  # which side the reported clause is on, and how it opens ("that", "if", a quote)
            first = min([c] + [g for g in tt.children[c] if g < c])
            f += [f"ccomp_first={tt.lower[first]}", f"lemma_ccomp_side={lemma}|{c > i}"]
        if d in SUBJECT_DEPS[:2] and tt.pos[c] == "NOUN":  # "voters", "the poll", "critics"
            f += sense_features(tt, c, "swn")
    f += sense_features(tt, i, "wn")
    if h != i:
        f += sense_features(tt, h, f"hwn|{dep}")
    return f + clause_features(tt, i) + window_features(tt, i)


def clause_features(tt: TokenTable, i: int) -> list[str]:
    """Where candidate ``i`` sits in its sentence and what its clause carries: the dependency path up to the
    root (three labels: "ccomp/ROOT" is a verb reported by another), the words that mark or modify it ("as X
    observed", "when asked", "not"), and of its clausal complement the verb's tag, its auxiliaries (the "will",
    "would", "could" of reported speech) and its subject's type. Held-out token F1 0.779 -> 0.782 (seed 0;
    seed 1: 0.779 -> 0.781)."""
    path, j = [], i
    for _ in range(3):
        path.append(tt.dep[j])
        if tt.head[j] == j:
            break
        j = tt.head[j]
    f = [f"path={'/'.join(path)}", f"depth={len(path)}"]
    for c in tt.children[i]:
        d = tt.dep[c]
        if d in ("mark", "advmod", "neg"):
            f.append(f"mk={d}|{tt.lower[c]}")
        elif d in ("ccomp", "xcomp"):
            grand = tt.children[c]
            f.append(f"cc_tag={d}|{tt.tag[c]}")
            f += [f"cc_aux={tt.lemma[g]}" for g in grand if tt.dep[g] in ("aux", "auxpass")]
            subj = next((g for g in grand if tt.dep[g] in SUBJECT_DEPS[:2]), None)
            if subj is not None:
                f.append(f"cc_subj={tt.ent_type[subj] or tt.pos[subj]}")
    return f


def window_features(tt: TokenTable, i: int) -> list[str]:
    """The words around candidate ``i``: the two before and the two after as pairs, and the words two and
    three tokens away on their own (", he said in", "told The Associated Press", "in a statement"). Held-out
    token F1 0.7865 -> 0.7910 (seed 0; seed 2: 0.7877 -> 0.7915)."""
    def word(j: int) -> str:
        return tt.lower[j] if 0 <= j < tt.n else "<s>" if j < 0 else "<e>"

    return [f"prev2={word(i - 2)}|{word(i - 1)}", f"next2={word(i + 1)}|{word(i + 2)}", f"prev2w={word(i - 2)}",
            f"next2w={word(i + 2)}", f"prev3={word(i - 3)}", f"next3={word(i + 3)}"]


WORDNET_POS = {"VERB": "v", "AUX": "v", "NOUN": "n", "PROPN": "n", "ADJ": "a", "ADV": "r"}


def sense_features(tt: TokenTable, i: int, prefix: str) -> tuple[str, ...]:
    """WordNet supersense features of token ``i`` (its first sense's class, the classes of its first three
    senses, and for adjectives those of the nouns and verbs they derive from); ``prefix=none`` when WordNet
    lacks the word. They let a rare cue ("tally", "boast", "be eager to") share weights with frequent ones."""
    pos = WORDNET_POS.get(tt.pos[i])
    return () if pos is None else _sense_features(prefix, tt.lemma[i], tt.lower[i], pos)


@lru_cache(maxsize=1 << 16)
def _sense_features(prefix: str, lemma: str, lower: str, pos: str) -> tuple[str, ...]:
    table = wordnet_senses()
    entry = table.get((lemma, pos)) or table.get((lower, pos))  # TokenTable lemmas are lower-case
    if entry is None:
        return (f"{prefix}=none",)
    senses, related, _ = entry
    return (f"{prefix}1={senses[0]}", *(f"{prefix}={s}" for s in senses), *(f"{prefix}r={r}" for r in related))




ARG_DEPS = frozenset({"acomp", "attr", "dobj", "xcomp", "prt", "prep", "oprd"})


STRONG_RATE = 0.5  # a lexicon rate at which a word is a cue more often than not


def rivals_features(rate: float, best: float, strong: int) -> list[str]:
    """How the candidate compares with the other words of its sentence: whether its lexicon rate is the highest
    among the sentence's verbs and nouns (``best``), and how many other strong cue words the sentence holds
    (``strong`` counts them, the candidate too), so the model can weigh a weak cue word against a strong one nearby.
    Held-out token F1 0.7819 -> 0.7848, 0.7810 -> 0.7815, 0.7796 -> 0.7814 (seeds 0, 1, 2)."""
    return [f"sent_best={rate >= best}", f"sent_strong={min(strong - (rate >= STRONG_RATE), 2)}"]


CANDIDATE_POS = ("VERB", "AUX", "NOUN")


CANDIDATE_WORDS = ("according", ":", "—")


def cue_rows(doc: Doc, quotes: list[tuple[int, int]], nouns: frozenset[str] | None = None) -> tuple[list[int], Any]:
    """Candidate token indices and their feature matrix: hashed binary features, then the lemma vectors of
    the candidate and of its first argument (``ARG_VECTOR_DEPS``); with ``nouns``, a noun is a candidate
    only if its lemma is one of them."""
    import numpy as np
    import scipy.sparse as sp

    tt = TokenTable.of(doc)
    idx: list[int] = []
    cols: list[int] = []
    ptr = [0]
    lexicon = cue_lexicon()
    for sent in doc.sents:
        sq = any(a < sent.end_char and b > sent.start_char for a, b in quotes)
        rates = [lexicon.get(tt.lemma[k], 0.0) for k in range(sent.start, sent.end) if tt.pos[k] in ("VERB", "NOUN")]
        best, strong = max(rates, default=0.0), sum(r >= STRONG_RATE for r in rates)
        for i in range(sent.start, sent.end):
            if tt.pos[i] in CANDIDATE_POS or tt.lower[i] in CANDIDATE_WORDS:
                if tt.dep[i] in ("aux", "auxpass"):
                    continue  # "has said", "was asked": the auxiliary is never the cue (18 of 23k in PolNeAR)
                if nouns is not None and tt.pos[i] == "NOUN" and tt.lemma[i] not in nouns:
                    continue
                ti = tt.idx[i]
                inq = any(a < ti < b - 1 for a, b in quotes)
                idx.append(i)
                feats = cue_features(tt, i, inq, sq) + rivals_features(lexicon.get(tt.lemma[i], 0.0), best, strong)
                cols.extend(hash_columns(feats, 0, CUE_HASH))
                ptr.append(len(cols))
    x = sp.csr_matrix((np.ones(len(cols), dtype=np.float32), np.array(cols, dtype=np.int64),
                       np.array(ptr, dtype=np.int64)), shape=(len(idx), CUE_HASH))
    x.sum_duplicates()
    vectors = lemma_vectors()
    dense = np.zeros((len(idx), 2 * VECTOR_DIM), dtype=np.float32)
    for r, i in enumerate(idx):
        v = vectors.get(tt.lemma[i])
        if v is not None:
            dense[r, :VECTOR_DIM] = v
        arg = next((c for c in tt.children[i] if tt.dep[c] in ARG_VECTOR_DEPS), None)
        v = vectors.get(tt.lemma[arg]) if arg is not None else None
        if v is not None:
            dense[r, VECTOR_DIM:] = v
    return idx, sp.hstack([x, sp.csr_matrix(dense)], format="csr")


def cue_probabilities(doc: Doc, quotes: list[tuple[int, int]], detector: CueDetector | None = None
                      ) -> dict[int, float]:
    """P(cue) for each candidate token, by the learned detector (empty without one)."""
    det = detector if detector is not None else cue_model()

    idx, x = cue_rows(doc, quotes, det.nouns)
    if not idx:
        return {}
    return dict(zip(idx, mlp.probabilities(det.model, x).tolist()))


@lru_cache(maxsize=1)
def lemma_vectors() -> dict[str, Any]:
    """Lemma → unit vector from dependency contexts in unlabeled news, so that a rare reporting verb is
    scored like the frequent ones it resembles ("decry" near "denounce", "lament"); empty without the file."""
    import numpy as np

    with np.load(require(LEMMA_VECTORS_PATH)) as z:
        words = z["words"].tobytes().decode("utf-8").split("\n")
        vectors = z["vectors"].astype(np.float32) * VECTOR_SCALE
    return dict(zip(words, vectors))


ARG_VECTOR_DEPS = ("acomp", "attr", "dobj", "xcomp", "ccomp")


@lru_cache(maxsize=1)
def cue_lexicon() -> dict[str, float]:
    path = DATA_DIR / "cues.yaml"
    return yaml.load(require(path).read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
