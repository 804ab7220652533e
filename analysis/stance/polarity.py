"""Target-dependent polarity: features from VADER's lexicon and the dependency parse, and a small
multinomial logistic regression over them (numpy; weights in ``data/polarity_model.json``).

The model is trained by ``scripts/train_polarity.py`` on the NewsMTSC train split; its held-out (5-fold)
macro F1 is printed by ``benchmarks/polarity_newsmtsc.py``. Without a model file the rule score
(distance-weighted lexicon sum with thresholds) is used.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Any

import numpy as np

from analysis.ml import linear
from analysis.nlp import TokenTable
from analysis.vocab import DATA_DIR

MODEL_PATH = DATA_DIR / "polarity_model.json"
N_HASH = 2048
ROLES = ("nsubj", "nsubjpass", "dobj", "pobj", "poss", "appos", "conj", "compound", "attr", "other")
NEGATORS = {"not", "no", "never", "n't", "nothing", "nobody", "none", "neither", "nor", "without", "hardly"}
DENSE = 16


@lru_cache(maxsize=1)
def lexicon() -> dict[str, float]:
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return dict(SentimentIntensityAnalyzer().lexicon)


def filler(tok: Any) -> bool:
    """Words that rate nothing: "super" in a name ("super PAC", ``SUPER_NAMES``); backing someone holds ("his share
    of support", ``HELD``); "well" as an interjection ("Well, Donald, those days are over"), in "as well" or as a
    degree ("I didn't know him that well"): VADER rates it +1.1, and read as what is said of a target it made a side
    (a PolNeAR blind sample: support of Trump, and against him when denied)."""
    doc = tok.doc
    if tok.lower_ in BACKING or tok.lower_ == "super":
        return _names_or_holds(TokenTable.of(doc), tok.i)
    if tok.lower_ != "well":
        return False
    return tok.pos_ == "INTJ" or (tok.i + 1 < len(doc) and doc[tok.i + 1].text == "," and tok.is_sent_start) or any(
        c.lower_ in ("as", "that") for c in tok.children) or (tok.i > 0 and doc[tok.i - 1].lower_ == "as")


def _ancestor_steps(b: int, head: list[int]) -> dict[int, int]:
    """Token index → steps up from b, for b and each of its ancestors."""
    out = {b: 0}
    k, n = 0, b
    while head[n] != n:
        n, k = head[n], k + 1
        out[n] = k
    return out


def _steps_to(a: int, up: dict[int, int], head: list[int]) -> tuple[int, int]:
    """Steps from a up to its lowest common ancestor with b, and from b up to it (b's steps given)."""
    k, n = 0, a
    while n not in up:
        if head[n] == n:
            return k + 1, len(up)
        n, k = head[n], k + 1
    return k, up[n]


# what "super" names, not rates ("super PACs", "Super Tuesday"): VADER gives it +2.9 (PolNeAR: Sanders "for" Clinton,
# who "has a number of super PACs")
SUPER_NAMES = frozenset({"pac", "pacs", "tuesday", "delegate", "delegates", "bowl"})


# backing as a quantity someone has, gains or draws ("Trump's support was a mirage", "has his share of support in
# our district", "maintained support among black voters", "will pick up support"): a reading of voters, not the
# speaker's side (VADER +1.7 made each a blue cell in PolNeAR)
BACKING = frozenset({"support", "backing"})
HELD = frozenset({"have", "maintain", "gain", "pick", "receive", "win", "lose", "get", "enjoy", "draw", "attract",
                  "build", "share", "keep", "retain", "need", "seek", "shore", "erode", "lack"})


def _names_or_holds(tt: TokenTable, i: int) -> bool:
    """ "super" before a name it makes ("super PAC"), or backing someone holds ("Trump's support", "support among
    black voters", "has his share of support"): the model's features and the local reading both leave it out."""
    w = tt.lower[i]
    if w == "super":
        return i + 1 < tt.n and tt.lower[i + 1] in SUPER_NAMES
    if w not in BACKING or tt.pos[i] != "NOUN":
        return False
    if any(tt.dep[c] == "poss" or tt.lower[c] in ("among", "from") for c in tt.children[i]):
        return True
    h = tt.head[i]
    return tt.dep[i] == "dobj" and tt.lemma[h] in HELD or (
        tt.dep[i] == "pobj" and tt.lower[h] == "of" and tt.lemma[tt.head[h]] == "share")


def _word_value(tt: TokenTable, i: int, lex: dict[str, float]) -> float | None:
    if (tt.lower[i] == "super" or tt.lower[i] in BACKING) and _names_or_holds(tt, i):
        return None
    v = lex.get(tt.lower[i])
    return lex.get(tt.lemma[i]) if v is None else v


def _negated(tt: TokenTable, i: int) -> bool:
    """A negation on the word ("not good") or, for a complement, on its head ("is not a friend")."""
    if any(tt.dep[c] == "neg" or tt.lower[c] in NEGATORS for c in tt.children[i]):
        return True
    return tt.dep[i] in ("acomp", "dobj", "xcomp", "attr") and any(tt.dep[c] == "neg" for c in tt.children[tt.head[i]])


def _h(s: str) -> int:
    return linear.hash_index(s, DENSE + len(ROLES), N_HASH)


def features(span: Any, window: tuple[int, int] | None = None, per_word: list | None = None
             ) -> tuple[np.ndarray, float, list[str]]:
    """Feature vector for the sentiment toward ``span`` (a spaCy Span), the rule score, and its words.

    With ``per_word`` (a list), also append each word's own share of the vector: (token index, [(column,
    value), ...]), for ``explain``."""
    target = span.root
    sent = target.sent
    x = np.zeros(DENSE + len(ROLES) + N_HASH, dtype=np.float32)
    pos = neg = near = clause = total = 0.0
    words: list[str] = []
    clause_root = next((a for a in [target, *target.ancestors] if a.pos_ in ("VERB", "AUX")), sent.root)
    clause_ids = {t.i for t in clause_root.subtree}
    tt = TokenTable.of(span.doc)
    head = tt.head
    up = _ancestor_steps(target.i, head)
    n_neg = 0
    lex = lexicon()
    ti, thead = target.i, head[target.i]
    for i in range(sent.start, sent.end):
        inside = span.start <= i < span.end
        if window is not None and not (window[0] <= tt.idx[i] < window[1]):
            continue
        up_w, up_t = _steps_to(i, up, head)
        w = 1.0 / (1.0 + up_w + 0.5 * up_t)
        own: list[tuple[int, float]] | None = None  # this word's (column, value) pairs, for per_word
        if not inside and not tt.is_punct[i] and not tt.is_space[i]:
            lemma = tt.lemma[i]
            own = [(_h("l:" + lemma), w)]
            if i in clause_ids:
                own.append((_h(f"c:{lemma}"), 0.5))
            if head[i] == ti or thead == i:
                own.append((_h(f"r:{tt.dep[i]}:{lemma}"), 1.0))
            for col, v in own:
                x[col] += v
            if per_word is not None:
                per_word.append((i, own))
        if tt.lower[i] in NEGATORS or tt.dep[i] == "neg":
            n_neg += 1
        if inside or tt.ent_type[i]:
            continue
        v = _word_value(tt, i, lex)
        if v is None:
            continue
        if _negated(tt, i):
            v = -0.74 * v
        total += w * v
        pos += w * max(v, 0.0)
        neg += w * min(v, 0.0)
        if abs(i - ti) <= 4:
            near += v
        if i in clause_ids:
            clause += v
        if per_word is not None and own is not None:  # its lexicon value's share of the dense sums
            own += [(0, w * v), (1, w * max(v, 0.0)), (2, w * min(v, 0.0)),
                    (3, v / 4.0 if abs(i - ti) <= 4 else 0.0), (4, v / 4.0 if i in clause_ids else 0.0)]
        words.append(tt.text[i])
    sent_vals = [_word_value(tt, i, lex) or 0.0 for i in range(sent.start, sent.end) if not tt.ent_type[i]]
    x[0], x[1], x[2], x[3], x[4] = total, pos, neg, near / 4.0, clause / 4.0
    x[5] = sum(sent_vals) / 4.0
    x[6] = sum(v for v in sent_vals if v > 0) / 4.0
    x[7] = sum(v for v in sent_vals if v < 0) / 4.0
    x[8] = float(n_neg)
    x[9] = float(_negated(tt, thead))
    hv = _word_value(tt, thead, lex)
    x[10] = hv or 0.0
    x[11] = 1.0  # bias
    x[12] = float(target.i - sent.start) / max(1, len(sent))
    x[13] = float(any(t.text in ("“", "\"") for t in sent))
    role = target.dep_ if target.dep_ in ROLES else "other"
    x[DENSE + ROLES.index(role)] = 1.0
    x[_h(f"head:{target.head.lemma_.lower()}:{role}")] += 1.0
    return x, total, words


def explain(span: Any, polarity: int, per_word: list | None = None, n: int = 3) -> list[str]:
    """The words that pushed the model most toward ``polarity`` (±1) rather than neutral: each word's
    features (its lemma, its clause, its relation to the target, its lexicon value) times the difference of
    the two classes' weights; words with less than a quarter of the top word's push are left out. Unlike the
    list of lexicon words, this names what decided ("deficit", "slump") and leaves out what argued against.
    ``per_word`` is the list ``features`` filled for this span (computed when not given)."""
    mdl = model()
    if mdl is None or polarity == 0:
        return []
    w, _, scale = mdl
    diff = (w[polarity + 1] - w[1]) / scale
    if per_word is None:
        per_word = []
        features(span, per_word=per_word)
    doc = span.doc
    gains = sorted(((float(sum(v * diff[c] for c, v in own)), i) for i, own in per_word
                    if _telling(doc[i])), key=lambda t: (-t[0], t[1]))
    top = gains[0][0] if gains else 0.0
    out: list[str] = []
    for g, i in gains:
        if len(out) == n or g <= 0 or g < 0.25 * top:
            break
        if doc[i].text not in out:  # "conspiracy" twice adds no reason
            out.append(doc[i].text)
    return out


def _telling(tok: Any) -> bool:
    """A word an analyst reads as a reason: content words, negators and "against"; not "of", "his", "had",
    and not names (a name's learned weight is a bias of the training news, not a reason)."""
    if tok.lower_ in NEGATORS or tok.lower_ == "against":
        return True
    return tok.pos_ in ("NOUN", "VERB", "ADJ", "ADV", "INTJ") and not tok.is_stop and not tok.ent_type_


@lru_cache(maxsize=1)
def model() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    return linear.load(MODEL_PATH)


def predict(x: np.ndarray) -> tuple[int, float]:
    """Polarity (−1/0/+1) and a score in [−1, 1] (P(pos) − P(neg)) by the shipped model."""
    p = linear.probabilities(model(), x)
    return int(np.argmax(p)) - 1, float(p[2] - p[0])


def train(xs: np.ndarray, ys: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Fit the polarity model (ys in −1/0/+1)."""
    return linear.train(xs, ys + 1, 3, DENSE, bias_col=11)
