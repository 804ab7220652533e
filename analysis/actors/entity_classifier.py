"""A learned second opinion on entity labels.

spaCy's small model confuses sports clubs, cities and surnames (PER / ORG / LOC), tags table words
("Attendance", "Halftime") as names and leaves many proper nouns untagged. A linear model over a name's
words, letter case, neighbours, grammar and its other labels in the same document relabels every name
span, drops the ones that are not names, and adds untagged proper-noun runs it finds to be names. It is
trained on CoNLL-2003 train (``scripts/train_entities.py``; held-out figures from
``benchmarks/ner_conll.py --cv``) and ships as a small JSON weight file. Registry matches are never changed.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Any, Iterable

import numpy as np
from spacy.attrs import LIKE_NUM
from spacy.tokens import Doc, Span

from analysis.ml import linear
from analysis.nlp import TokenTable
from analysis.vocab import DATA_DIR, ORG_WORDS, TITLE_RE, role_words

MODEL_PATH = DATA_DIR / "entity_model.json"
CLASSES = ("NONE", "PER", "ORG", "LOC")
N_HASH = 1 << 18
NAME_LABELS = ("PERSON", "ORG", "GPE", "LOC", "FAC", "NORP")
OTHER_LABELS = ("NORP", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "LANGUAGE")  # may hide a PER/ORG/LOC
LOC_LABELS = ("GPE", "LOC", "FAC")
CLASS_OF = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC"}
CHANGE_MARGIN = 0.2  # relabel a name only when the new class beats the NER's by this much probability
DROP_THRESHOLD = 0.6  # drop a name only when "not a name" has at least this probability
ADD_THRESHOLD = 0.6  # add an untagged proper-noun run only when its class has at least this probability


@lru_cache(maxsize=1)
def shipped_model() -> Any:
    return linear.load(MODEL_PATH)


def _shape(w: str) -> str:
    if any(c.isdigit() for c in w):
        return "d"
    if not any(c.isalpha() for c in w):
        return "p"
    if w.isupper():
        return "X" if len(w) > 1 else "I"
    if w[:1].isupper():
        return "Xx"
    return "x" if w.islower() else "xX"


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], Any]:

    return ORG_WORDS, TITLE_RE, frozenset(role_words())


def _title(t: Any) -> bool:
    _, title_re, roles = _words()
    return t.lower_ in roles or t.lower_.rstrip(".") in roles or bool(title_re.match(t.text + " "))


def propn_runs(doc: Doc, taken: set[int]) -> list[Span]:
    """Maximal runs of capitalized proper nouns (within a sentence) that no name span covers; a leading
    title ("Mr", "President") is not part of the name."""
    from spacy.attrs import POS
    from spacy.parts_of_speech import IDS

    propn = IDS["PROPN"]
    is_propn = [p == propn for p in doc.to_array([POS]).ravel().tolist()]  # no Token built for other words
    out, i, n = [], 0, len(doc)
    while i < n:
        if not is_propn[i] or i in taken:
            i += 1
            continue
        t = doc[i]
        if not t.text[:1].isupper() or not any(c.isalpha() for c in t.text) or _title(t):
            i += 1
            continue
        j = i + 1
        while j < n and j not in taken and is_propn[j] and doc[j].text[:1].isupper() and not doc[j].is_sent_start:
            j += 1
        out.append(Span(doc, i, j, label="PROPN"))
        i = j
    return out


def candidates(doc: Doc, spans: list[Span], ents: list[Span], types: Iterable[str]) -> list[Span]:
    """The name spans, then other entity spans that may be names, then untagged proper-noun runs."""
    types = set(types)
    taken = {i for e in spans for i in range(e.start, e.end)}
    extra = [e for e in ents if e.label_ in OTHER_LABELS and e.label_ not in types
             and not any(i in taken for i in range(e.start, e.end))]
    blocked = taken | {i for e in ents for i in range(e.start, e.end)}
    blocked |= {i for d in doc.spans.get("actor_descriptors", []) for i in range(d.start, d.end)}
    return list(spans) + extra + propn_runs(doc, blocked)


class _Context:
    """Per-document facts the features read (computed once per document)."""

    def __init__(self, doc: Doc, source: str, cands: list[Span]):
        self.doc, self.source = doc, source
        self.labels: dict[str, set[str]] = {}
        self.inside: dict[str, set[str]] = {}
        for c in cands:
            self.labels.setdefault(c.text, set()).add(c.label_)
            if len(c) > 1 and c.label_ in NAME_LABELS:
                for t in c:
                    self.inside.setdefault(t.text, set()).add(c.label_)
        self.sent_facts: dict[int, tuple[str, str, str]] = {}
        self.sent_of: list[tuple[int, int]] = [(0, len(doc))] * len(doc)
        for sent in doc.sents:
            self.sent_of[sent.start:sent.end] = [(sent.start, sent.end)] * (sent.end - sent.start)
        self.tt = TokenTable.of(doc)  # plain strings: no spaCy Token built per feature
        self._like_num: list[int] | None = None

    def orig(self, k: int) -> str:
        """Token ``k`` as the source writes it."""
        i = self.tt.idx[k]
        return self.source[i:i + len(self.tt.text[k])]

    def sentence(self, span: Span) -> tuple[str, str, str]:
        start, end = self.sent_of[span.start]
        f = self.sent_facts.get(start)
        if f is None:
            tt = self.tt
            if self._like_num is None:
                self._like_num = self.doc.to_array([LIKE_NUM]).ravel().tolist()
            words = [k for k in range(start, end) if not tt.is_space[k]]
            nums = sum(1 for k in words if self._like_num[k] or any(c.isdigit() for c in tt.text[k]))
            frac = nums / max(1, len(words))
            text = self.source[tt.idx[start]:tt.idx[end - 1] + len(tt.text[end - 1])]
            f = (str(0 if frac == 0 else 1 if frac < 0.2 else 2 if frac < 0.4 else 3),
                 str(0 if len(words) <= 3 else 1 if len(words) <= 8 else 2 if len(words) <= 20 else 3),
                 "1" if not any(c.islower() for c in text) else "0")
            self.sent_facts[start] = f
        return f


def features(span: Span, ctx: _Context) -> list[str]:
    tt = ctx.tt
    toks = [ctx.orig(k) for k in range(span.start, span.end)]
    low = [t.lower() for t in toks]
    lab = span.label_
    shape = " ".join(_shape(t) for t in toks[:4])
    f = ["b", "L=" + lab, "T=" + " ".join(low), "F=" + low[0], "E=" + low[-1], "S3=" + low[-1][-3:],
         "N=" + str(min(len(toks), 4)), "SH=" + shape, "LSH=" + lab + shape]
    f += ["W=" + w for w in low]
    if any(w in _words()[0] for w in low):
        f.append("OW")
    s_start, s_end = ctx.sent_of[span.start]
    p1 = span.start - 1 if span.start > s_start else None
    p2 = span.start - 2 if span.start - 1 > s_start else None
    n1 = span.end if span.end < s_end else None
    n2 = span.end + 1 if span.end + 1 < s_end else None
    for name, k in (("P1", p1), ("P2", p2), ("N1", n1), ("N2", n2)):
        if k is None:
            f.append(name + "=<edge>")
        else:
            w = ctx.orig(k)
            f += [name + "=" + w.lower(), name + "S=" + _shape(w)]
    f.append("P1L=" + (tt.lower[p1] if p1 is not None else "") + "|" + lab)
    root = span.root.i
    head = tt.head[root]
    f += ["D=" + tt.dep[root], "H=" + tt.lemma[head], "HP=" + tt.pos[head], "DL=" + tt.dep[root] + lab]
    sd, sn, sc = ctx.sentence(span)
    f += ["SD=" + sd, "SN=" + sn, "SC=" + sc, "SDL=" + sd + lab]
    f += ["OL=" + o for o in sorted(ctx.labels.get(span.text, ())) if o != lab]
    if len(span) == 1:
        f += ["IN=" + o for o in sorted(ctx.inside.get(span.text, ()))]
    return f


def feature_rows(doc: Doc, source: str, cands: list[Span]) -> list[list[int]]:
    ctx = _Context(doc, source, cands)
    return [sorted(linear.hash_columns(features(c, ctx), 0, N_HASH)) for c in cands]


def scores(model: Any, rows: list[list[int]]) -> np.ndarray:
    w = model[0]
    if not rows:
        return np.zeros((0, w.shape[0]), dtype=np.float32)
    return np.stack([w[:, r].sum(axis=1) for r in rows])


def relabel(doc: Doc, source: str, spans: list[Span], ents: list[Span], types: Iterable[str],
            model: Any = None) -> list[Span]:
    """The name spans with the model's labels: relabelled, dropped (not a name) or added (an untagged name)."""
    mdl = model if model is not None else shipped_model()
    types = set(types)
    cands = candidates(doc, spans, ents, types)
    z = scores(mdl, feature_rows(doc, source, cands))
    p = np.exp(z - z.max(axis=1, keepdims=True)) if len(z) else z
    p = p / p.sum(axis=1, keepdims=True) if len(p) else p
    n_named = len(spans)
    org_words = _words()[0]
    out = []
    decided: list[tuple[int, int]] = []  # (index in out, candidate index) of the names the model labelled
    for k, c in enumerate(cands):
        if c.kb_id_ or c.label_ == "ORG" and any(t.lower_ in org_words for t in c):
            out.append(c)  # a registry match, or "Bank of England": the name says what it is
            continue
        best = int(np.argmax(p[k]))
        cls = CLASSES[best]
        if k < n_named:
            mine = CLASS_OF.get(c.label_)
            if mine is not None and p[k, best] - p[k, CLASSES.index(mine)] < CHANGE_MARGIN:
                cls = mine
            elif cls == "NONE" and p[k, best] < DROP_THRESHOLD:
                cls = mine or "NONE"
        elif p[k, best] < ADD_THRESHOLD:
            cls = "NONE"
        if cls == "NONE":
            if k < n_named and c.label_ == "NORP":
                out.append(c)  # a nationality word ("Slovak") stays a group, it is not a mistake
            continue
        label = {"PER": "PERSON", "ORG": "ORG"}.get(cls) or (c.label_ if c.label_ in LOC_LABELS else "GPE")
        if label not in types:
            if k < n_named:
                out.append(c)
            continue
        decided.append((len(out), k))
        out.append(c if label == c.label_ else Span(doc, c.start, c.end, label=label))
    return one_label_per_name(out, decided, p, types)


def one_label_per_name(spans: list[Span], decided: list[tuple[int, int]], p: np.ndarray,
                       types: set[str]) -> list[Span]:
    """One sense per discourse: a name written the same way twice in one article is one kind of thing, so the
    mentions the model labelled two ways ("Yukos said" PERSON, "oil firm Yukos" ORG) all take the class with
    the highest probability summed over them."""
    groups: dict[str, list[tuple[int, int]]] = {}
    for i, k in decided:
        if spans[i].label_ in CLASS_OF:
            groups.setdefault(spans[i].text, []).append((i, k))
    out = list(spans)
    for members in groups.values():
        if len({CLASS_OF[spans[i].label_] for i, _ in members}) < 2:
            continue
        total = p[[k for _, k in members]].sum(axis=0)
        cls = max(("PER", "ORG", "LOC"), key=lambda c: (total[CLASSES.index(c)], c == "ORG"))
        for i, _ in members:
            s = spans[i]
            label = {"PER": "PERSON", "ORG": "ORG"}.get(cls) or (s.label_ if s.label_ in LOC_LABELS else "GPE")
            if label != s.label_ and label in types:
                out[i] = Span(s.doc, s.start, s.end, label=label)
    return out
