"""Attributed statements: who (SOURCE) said (CUE) what (CONTENT), after the PolNeAR attribution model.

``doc_statements`` finds statements in one parsed piece, with character spans:
- a reporting verb or noun from the cue lexicon (``data/cues.yaml``, built from PolNeAR train by
  ``scripts/build_cues.py``) with its subject as source and its clausal complement, object or adjacent quote
  as content ("Kirby revealed that …", "“…,” said Adrienne Watson", "called on the regime to …");
  passive agents ("was quoted by X"), subjects inherited across coordinated verbs ("expressed … and called
  on …"), relative clauses ("X, who said …");
- "according to X";
- colon and dash forms: "X said: “…”", headline "X: …", "“…” — Name";
- quotes with no cue in their sentence take the speaker of the statement just before them in the paragraph.
``attach_speakers`` then resolves each source span to an actor from the mentions table (pronouns and
role nouns to the nearest fitting speaker or person before them) — or leaves it null, never guessed.
"""
from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple

import pandas as pd
import yaml
from spacy.tokens import Doc, Span, Token

from .nlp import PARA_RE, Parsed, TokenTable, doc_text, noun_chunk_spans

STATEMENT_COLUMNS = ["article_id", "statement_id", "kind", "sent_idx", "speaker_start", "speaker_end", "speaker_text",
                     "speaker_actor_id", "speaker_name", "speaker_affiliation", "speaker_country", "speaker_resolution",
                     "cue_start", "cue_end", "cue_text", "cue_lemma", "cue_negated", "content_start", "content_end",
                     "content_text", "concept", "concept_start", "concept_end", "object_start", "object_end",
                     "sentence"]
QUOTE_OPEN_RE = re.compile(r"“|\"|(?<![\w])‘[^’]{8,}?’(?![\w])", re.S)
STRAIGHT_NEXT_RE = re.compile(r"[\"”\n]")
SENTENCE_END_RE = re.compile(r"[.!?](?=\s+[A-Z])")
NEXT_STRAIGHT_RE, NEXT_CURLY_RE = re.compile(r"\s*\""), re.compile(r"\s*“")
# inside a “…” quote: its closing mark (”, a straight " or a “ typed the wrong way round) or a paragraph break
QUOTE_END_RE = re.compile(r"”|\"|(?<=\S)“(?=[\s,.;:!?)]|$)|\n[^\S\n]*\n\s*")
# pronouns we resolve: he/she to a person, "it" to the organization or state that spoke just before;
# "they", "we", "I" and "you" stay unresolved (null speaker) rather than guessed
PRONOUNS = {"he": "person", "she": "person", "him": "person", "her": "person", "it": "org"}
ROLE_NOUNS = {"spokesman", "spokeswoman", "spokesperson", "official", "officials", "minister", "president",
              "leader", "ambassador", "diplomat", "envoy", "senator", "lawmaker", "aide", "adviser", "advisor",
              "secretary", "chairman", "chief", "director", "general", "governor", "mayor", "premier", "statement",
              "ministry", "government", "agency", "newspaper", "paper", "daily", "report"}
INDEFINITE = {"a", "an", "another", "one", "some", "several", "many", "other", "two", "three"}
CONTENT_DEPS = ("ccomp", "xcomp", "dobj", "attr", "oprd")
SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
NOUN_CUES = {"statement", "remark", "comment", "claim", "allegation", "criticism", "warning", "assertion",
             "announcement", "accusation", "call", "appeal", "pledge", "promise", "vow", "admission", "denial",
             "interview", "speech", "tweet", "letter", "report", "complaint", "praise", "condemnation"}


CUE_MODEL_PATH = Path(__file__).parent / "data" / "cue_model.npz"
LEMMA_VECTORS_PATH = Path(__file__).parent / "data" / "lemma_vectors.npz"
WORDNET_PATH = Path(__file__).parent / "data" / "wordnet_senses.tsv.gz"  # scripts/build_wordnet_senses.py
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
def cue_model() -> CueDetector | None:
    """The shipped cue detector (trained on PolNeAR train by scripts/train_cues.py), or None."""
    from . import mlp

    loaded = mlp.load(CUE_MODEL_PATH)
    if loaded is None:
        return None
    model, meta = loaded
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


WordNetEntry = tuple[tuple[str, ...], tuple[str, ...], frozenset[int]]


class WordNetTable(Mapping):
    """(lemma, WordNet pos n/v/a/r) → (supersenses of its first senses, related noun/verb supersenses, verb
    frame numbers). Rows are kept as read and parsed on first lookup: a run looks up a few thousand of the
    91k lemmas, and parsing them all took half a second in every process."""

    def __init__(self, raw: dict[tuple[str, str], str]):
        self._raw = raw
        self._parsed: dict[tuple[str, str], WordNetEntry] = {}

    def __getitem__(self, key: tuple[str, str]) -> WordNetEntry:
        entry = self._parsed.get(key)
        if entry is None:
            senses, related, frames = self._raw[key].split("\t")
            entry = (tuple(senses.split(",")), tuple(related.split(",")) if related else (),
                     frozenset(int(n) for n in frames.split(",")) if frames else frozenset())
            self._parsed[key] = entry
        return entry

    def __len__(self) -> int:
        return len(self._raw)

    def __iter__(self) -> Iterator[tuple[str, str]]:
        return iter(self._raw)


@lru_cache(maxsize=1)
def wordnet_senses() -> WordNetTable:
    """The WordNet table (``analysis/data/wordnet_senses.tsv.gz``); empty without the file."""
    import gzip

    raw: dict[tuple[str, str], str] = {}
    if WORDNET_PATH.exists():
        with gzip.open(WORDNET_PATH, "rt", encoding="utf-8") as fh:
            for line in fh.read().splitlines():
                lemma, pos, rest = line.split("\t", 2)
                raw[(lemma, pos)] = rest
    return WordNetTable(raw)


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

    from .linear import hash_index

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
                cols.extend({hash_index(f, 0, CUE_HASH) for f in feats})
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
    if det is None:
        return {}
    from . import mlp

    idx, x = cue_rows(doc, quotes, det.nouns)
    if not idx:
        return {}
    return dict(zip(idx, mlp.probabilities(det.model, x).tolist()))


@lru_cache(maxsize=1)
def lemma_vectors() -> dict[str, Any]:
    """Lemma → unit vector from dependency contexts in unlabeled news, so that a rare reporting verb is
    scored like the frequent ones it resembles ("decry" near "denounce", "lament"); empty without the file."""
    import numpy as np

    if not LEMMA_VECTORS_PATH.exists():
        return {}
    with np.load(LEMMA_VECTORS_PATH) as z:
        words = z["words"].tobytes().decode("utf-8").split("\n")
        vectors = z["vectors"].astype(np.float32) * VECTOR_SCALE
    return dict(zip(words, vectors))


ARG_VECTOR_DEPS = ("acomp", "attr", "dobj", "xcomp", "ccomp")


@lru_cache(maxsize=1)
def cue_lexicon() -> dict[str, float]:
    path = Path(__file__).parent / "data" / "cues.yaml"
    return yaml.safe_load(path.read_text(encoding="utf-8")) if path.exists() else {}


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Quoted passages (with their marks), curly or straight, across sentences and paragraphs.

    A “…” quote ends at its closing mark, which writers and converters sometimes type as a straight " or a
    reversed “. It runs on across a paragraph break only when the next paragraph opens with a quote mark (the
    newswire convention for a quote of several paragraphs); otherwise it ends with its paragraph, so that one
    missing mark does not swallow the statements that follow it. Straight quotes: see ``_straight_quote``.
    """
    out: list[tuple[int, int]] = []
    pos = 0
    while True:
        m = QUOTE_OPEN_RE.search(text, pos)
        if m is None:
            return out
        if m.group() == "\"":
            span, pos = _straight_quote(text, m.start())
            if span is not None:
                out.append(span)
            continue
        if m.group() != "“":  # a single-quoted passage, matched whole
            out.append((m.start(), m.end()))
            pos = m.end()
            continue
        start, j = m.start(), m.end()
        while True:
            e = QUOTE_END_RE.search(text, j)
            if e is None:  # never closed: the quote runs to the end of its text
                end = len(text.rstrip())
                break
            if e.group()[0] != "\n":
                end = e.end()
                break
            if text[e.end():e.end() + 1] in ("“", "\""):  # the quote goes on in the next paragraph
                j = e.end() + 1
                continue
            end = e.start()  # an unclosed quote ends with its paragraph
            break
        if end - start > 3:
            out.append((start, end))
        pos = max(end, start + 1)


def _mark_shape(text: str, i: int) -> str:
    """A straight quote mark's shape: "open" after a space or a bracket and before a word, "close" after a word
    and before a space or punctuation, else "either"."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    opens = (before.isspace() or before in "([{—–") and not after.isspace()
    closes = not before.isspace() and (after.isspace() or after in ".,;:!?)]}—–")
    return "open" if opens and not closes else "close" if closes and not opens else "either"


def _rstrip_end(text: str, start: int, end: int) -> int:
    """``end`` moved back over whitespace, not before ``start`` (``len(text[:end].rstrip())`` without the copy)."""
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


MAX_QUOTE_PARAGRAPHS = 100  # a straight quote runs on over at most this many paragraphs (and recursion levels)


def _straight_quote(text: str, start: int, depth: int = 0) -> tuple[tuple[int, int] | None, int]:
    """The straight-quoted passage that may open at ``start`` and where to search next. The marks do not say
    which end they are, so their shape decides: a closing-shaped mark with no quote open is skipped (an inch
    mark, a stray); a quote ends at the next mark (” too), unless that mark is opening-shaped, when the quote
    was left open, as in a quote of several paragraphs whose paragraph breaks were lost ('… decades. "This …'):
    it ends before that mark, which opens the next (before the sentence that leads into it, when one ends with
    a colon or a comma: 'said: "'). An unclosed quote runs on into the next line when that
    opens with a mark, ends with its line when it opens with “, else ends with its first sentence (a mark is
    missing: the narration after it is not swallowed). Pairing the marks in turn instead inverted a fifth of
    the quotes in the BBC corpus, narration becoming quotes and quotes narration."""
    if _mark_shape(text, start) == "close":
        return None, start + 1
    m = STRAIGHT_NEXT_RE.search(text, start + 1)
    if m is None or m.group() == "\n":  # never closed on its line
        nxt = m.start() if m else len(text)
        follow = NEXT_STRAIGHT_RE.match(text, nxt) if m and depth < MAX_QUOTE_PARAGRAPHS else None
        if follow:  # the next paragraph opens with a mark: the quote goes on there (as “ quotes do)
            more, after = _straight_quote(text, follow.end() - 1, depth + 1)
            if more is not None:
                return (start, more[1]), after
        elif not NEXT_CURLY_RE.match(text, nxt):  # no paragraph in quotes follows: a mark is missing
            stop = SENTENCE_END_RE.search(text, start, nxt)
            nxt = stop.start() + 1 if stop else nxt
        end = _rstrip_end(text, start, nxt)
    elif m.group() == "\"" and _mark_shape(text, m.start()) == "open":
        end = _rstrip_end(text, start, m.start())
        nxt = m.start()
        if text[end - 1:end] in (":", ","):  # '… country. In reply, Mr Milburn said: "…': narration leads in
            stops = [x.start() + 1 for x in SENTENCE_END_RE.finditer(text, start, end)]
            end = stops[-1] if stops else start
    else:
        end = nxt = m.end()
    return ((start, end) if end - start > 3 else None), nxt


def _span_chars(tokens: list[Token]) -> tuple[int, int]:
    toks = [t for t in tokens if not t.is_space]
    if not toks:
        return -1, -1
    while toks and toks[-1].is_punct and toks[-1].text not in ("”", "\"", "’", ")"):
        toks.pop()
    while toks and toks[0].is_punct and toks[0].text not in ("“", "\"", "‘", "("):
        toks.pop(0)
    if not toks:
        return -1, -1
    return toks[0].idx, toks[-1].idx + len(toks[-1])


def _np(tok: Token) -> list[Token]:
    """The noun phrase of a subject: its subtree without relative clauses, but with appositions."""
    out = []
    for t in tok.subtree:
        if any(a.dep_ in ("relcl", "acl") and a.head.i >= tok.i and a != tok and t in a.subtree for a in tok.subtree
               if a.dep_ in ("relcl",)):
            continue
        out.append(t)
    return out


RAISING = frozenset({"seem", "appear"})
ADDRESSEE_VERBS = frozenset({"tell", "send", "give", "show", "inform", "assure", "remind", "urge"})  # "told Fox News"


def _subject(verb: Token, quotes: list[tuple[int, int]] = ()) -> tuple[list[Token] | None, str]:
    """The source of a cue verb: subject, passive agent, inherited subject, relative-clause head, or the object
    of a psych verb that holds the attitude ("the deal angered FBI officials").

    A subject inside a quote that does not hold the verb is quoted speech the parser attached to the cue
    ("“… they [award] only 4 percent,” Robby Mook said" with both "they" and "Mook" as subjects): another
    subject outside the quote is the speaker.
    """
    if _object_feels(verb):  # "FBI officials were angered by the deal", "the attacks alarmed her supporters"
        dep = "nsubjpass" if any(c.dep_ == "auxpass" for c in verb.children) else "dobj"
        felt = next((c for c in verb.children if c.dep_ == dep), None)
        if felt is not None:
            return _np(felt), "experiencer"
    for c in verb.children:
        if c.dep_ == "agent":
            pobj = [g for g in c.children if g.dep_ == "pobj"]
            if pobj:
                return _np(pobj[0]), "agent"
    if verb.lemma_ in RAISING:
        return None, ""  # "Trump seemed to …", "it appears that …": the writer's inference, no speaker
    def quoted(t: Token) -> bool:
        return any(a < t.idx < b and not a < verb.idx < b for a, b in quotes)

    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "csubj")]
    if len(subjects) > 1 and any(not quoted(c) for c in subjects):
        subjects = [c for c in subjects if not quoted(c)]
    for c in verb.children:
        if c.dep_ == "nsubjpass":
            if verb.tag_ in ("VBD", "VBN") and any(a.dep_ == "auxpass" and a.lower_ in ("'s", "’s") for a in
                                                   verb.children) and any(a.dep_ == "ccomp" for a in verb.children):
                return _np(c), "subject"  # "He's said he …": the "'s" is "has", the parser read "is"
            return None, ""  # "it was said", "X was asked", "X is expected to": the subject does not speak
        if c in subjects:
            if c.lower_ in ("who", "that", "which") and verb.dep_ == "relcl":
                # "Mitt Romney, the 2012 nominee, who said": the antecedent through the pronoun, so the span
                # names the speaker (its actor resolves) and holds the pronoun PolNeAR marks as the source
                return _np(verb.head) + [c], "relcl"
            return _np(c), "subject"
    doc = verb.doc
    # the 8 characters before the verb, from the 8 tokens before it (Doc.text would build every token's text)
    before = "".join(t.text_with_ws for t in doc[max(0, verb.i - 8):verb.i])[-8:].rstrip(" ,")
    if verb.lemma_ not in ADDRESSEE_VERBS and (any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children) or (
            before.endswith(tuple("”\"’'")) and verb.dep_ in ("ROOT", "ccomp", "parataxis")
            and verb.tag_ in ("VBD", "VBZ", "VBP"))):
        # "“…,” said Jim Bopp": the parser often takes the name for an object or a clause
        post = [c for c in verb.children if c.i > verb.i and c.dep_ in ("dobj", "npadvmod", "attr", "oprd")
                and c.pos_ in ("PROPN", "NOUN", "PRON")]
        if post:
            return _np(post[0]), "inverted"
        nxt = verb.i + 1
        if nxt < verb.sent.end and doc[nxt].pos_ in ("PROPN", "NOUN", "DET", "ADJ", "NUM") and not any(
                c.dep_ in ("dobj", "prep") and c.i == nxt for c in verb.children):
            rest = list(doc[nxt:verb.sent.end])
            end = next((k for k, t in enumerate(rest) if t.is_quote or t.text in ("''", "``")), len(rest))
            return rest[:end], "inverted"  # "…,'' said Robert Reich, who served as labor secretary"
    if verb.tag_ == "VBN" and verb.dep_ in ("advcl", "acl", "amod") and not (
            verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN") and verb.head.i < verb.i
            and any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children)):
        # "Asked about X, she …", "known as": the participle's subject is not its speaker. Unless it takes a
        # reported clause, which a participle modifier does not: "A Quinnipiac poll found last week that …" is
        # a finite verb the parser took for a participle of its subject (the acl rule below)
        return None, ""
    if verb.dep_ in ("advcl", "pcomp") and verb.tag_ == "VBG":
        gov = verb.head.head if verb.dep_ == "pcomp" else verb.head  # "quoted X as saying"
        objs = [c for c in gov.children if c.dep_ == "dobj"]
        if objs and gov.lemma_ in ("quote", "cite"):
            return _np(objs[0]), "quoted"
    h = verb
    while h.dep_ in ("conj", "xcomp", "advcl", "pcomp", "prep") and h.head is not h:  # "… by denouncing X"
        came_by = h.dep_
        h = h.head
        if came_by == "conj" and h.pos_ not in ("VERB", "AUX"):
            # "He called it “shameful” and called on leaders …": the parser hung the second verb on the first
            # one's complement; climb to the verb that holds it
            for _ in range(2):
                if h.pos_ in ("VERB", "AUX") or h.head is h or h.dep_ not in ("oprd", "acomp", "dobj", "attr"):
                    break
                h = h.head
        if h.dep_ == "ccomp" and h.head.pos_ in ("VERB", "AUX") and (
                cue_lexicon().get(h.lemma_, 0.0) < 0.2 or (came_by == "advcl" and verb.tag_ == "VBG")):
            # "Suu Kyi said it was too early but added …", "she said she was thinking, …, adding …": the parser
            # hangs the second cue in the reported clause, whose subject is not its speaker; the speaker is
            # the reporting verb's
            h = h.head
        for c in h.children:
            if c.dep_ in ("nsubj", "nsubjpass"):
                return _np(c), "inherited"
    if verb.dep_ == "relcl":
        return _np(verb.head), "relcl"
    if verb.dep_ in ("acl",) and verb.head.pos_ in ("NOUN", "PROPN", "PRON"):
        return [x for x in _np(verb.head) if x.i < verb.i] or _np(verb.head), "acl"
    if verb.tag_ in ("VBD", "VBZ", "VBP") and verb.dep_ in ("ROOT", "ccomp", "conj", "parataxis"):
        left = _left_subject(verb, quoted)
        if left:
            return left, "left"
    return None, ""


def _object_feels(verb: Token) -> bool:
    """A psych verb whose object, not its subject, holds the attitude ("the deal angered FBI officials"):
    WordNet files its first sense under verb.emotion and gives it the frame "Something ----s somebody"."""
    entry = wordnet_senses().get((verb.lemma_.lower(), "v"))
    return entry is not None and entry[0][0] == "verb.emotion" and 10 in entry[2]


def _left_subject(verb: Token, quoted: Any) -> list[Token] | None:
    """The noun phrase just before a finite cue verb that the parser left without a subject ("Trump predicts
    that …" with "Trump" as a compound; "her adviser, Jake Sullivan, said:" with the name hung elsewhere):
    skipping commas, adverbs and a parenthesis, the nearest noun with its phrase, through coordination and an
    apposition to a name (not to a common noun: "her adviser, Jake Sullivan" gives "Jake Sullivan")."""
    k = verb.i - 1
    sent_start = verb.sent.start
    while k >= sent_start:
        t = verb.doc[k]
        if t.text == ")":
            while k >= sent_start and verb.doc[k].text != "(":
                k -= 1
        elif not (t.text in (",", "—", "–") or t.pos_ in ("ADV", "AUX", "PART") or t.is_space):
            break
        k -= 1
    if k < sent_start:
        return None
    t = verb.doc[k]
    if t.pos_ not in ("PROPN", "NOUN") or t.dep_ in ("pobj", "dobj", "poss") or quoted(t):
        return None
    while t.head.i < verb.i and t.head.dep_ not in ("pobj", "dobj", "poss") and (
            t.dep_ in ("compound", "conj") or (t.dep_ == "appos" and t.head.pos_ == "PROPN")):
        t = t.head  # "Cruz and Rubio", "Harry Reid, the minority leader"
    return [x for x in _np(t) if x.i < verb.i]


NOUN_SOURCE_PREPS = ("by", "from", "among")
NOUN_CONTENT_PREPS = ("for", "of", "on", "against", "about", "over", "to", "with", "toward", "towards")


def _owner(poss: Token) -> list[Token]:
    """A possessor as a speaker: its noun phrase without the possessive "'s"."""
    return [t for t in _np(poss) if not (t.dep_ == "case" and t.head == poss)]


def _noun_cue_args(noun: Token, owner: list[Token]) -> tuple[list[Token] | None, list[Token] | None]:
    """Source and content of a nominal cue: the object of "by"/"from"/"among" ("criticism from Democrats"), else
    its possessor ("his support"; in "Clinton's support among black voters" the possessor is what the voters
    support); its clause, or a prepositional phrase ("support for the deal")."""
    src = _owner(owner[0]) if owner else None
    con = None
    by = None
    for c in noun.children:
        pobj = [g for g in c.children if g.dep_ == "pobj"]
        if c.dep_ == "prep" and pobj:
            if c.lower_ in NOUN_SOURCE_PREPS and by is None and pobj[0].pos_ in ("PROPN", "PRON", "NOUN"):
                src = by = _np(pobj[0])
            elif c.lower_ in NOUN_CONTENT_PREPS and con is None:
                con = list(c.subtree)
        elif c.dep_ in ("acl", "ccomp") and con is None and c.i > noun.i:
            con = list(c.subtree)
    return src, con


SPLIT_GAP = 40  # characters between the parts of a quote split by its cue and the cue: ' Mr Makower said, '
SPLIT_RE = re.compile(r",\s*$")  # '…," said Mr Makower, "…': the cue's clause ends with a comma


def _split_first(text: str, end: int, cue: int) -> bool:
    """Whether a quote ending at ``end`` reads as the first part of a quote split by the cue at ``cue``: it ends
    with a comma ('"…," she said, "…"' or '"…", she said') at most ``SPLIT_GAP`` characters before the cue. A
    phrase quoted in the narration ('"Blair Babes" elected in 1997, told researchers: "…"') does not."""
    return cue - SPLIT_GAP <= end <= cue and "," in text[max(0, end - 2):end + 1]


def _content(verb: Token, quotes: list[tuple[int, int]], sent: Span) -> tuple[int, int, int, int]:
    """Content span of a cue (and, for "called on X to …" / "accused X", the object span)."""
    obj = (-1, -1)
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in ("on", "upon", "for") and verb.lemma_ in ("call", "appeal", "press"):
            pobj = [g for g in c.children if g.dep_ == "pobj"]
            if pobj:
                obj = _span_chars(list(pobj[0].subtree))
        if c.dep_ in ("dobj",) and verb.lemma_ in ("urge", "accuse", "praise", "condemn", "criticize", "criticise",
                                                   "welcome", "blame", "warn", "tell", "ask", "thank", "congratulate",
                                                   "support", "back", "endorse", "attack", "slam", "denounce", "call"):
            obj = _span_chars(list(c.subtree))
    # a clause before an object: in "told reporters that …" and "urged Pyongyang to halt …" the object is the
    # addressee and the clause is what was said
    for c in sorted(verb.children, key=lambda c: c.dep_ not in ("ccomp", "xcomp")):
        if c.dep_ in ("ccomp", "xcomp") or (c.dep_ == "dobj" and verb.pos_ == "VERB"):
            # the complement's side of the cue only: in "which critics said was unfair" the parser puts
            # "which" under "was", and the span would run over the speaker and the cue
            s, e = _span_chars([x for x in c.subtree if (x.i > verb.i) == (c.i > verb.i)])
            as_ = _as_saying(verb) if c.dep_ == "dobj" and c.i > verb.i else None
            if as_ is not None and s >= 0:  # "quoted US officials as saying that …": the officials and their words
                e = max(e, _span_chars(list(as_.subtree))[1])
            if s >= 0:
                q = [(a, b) for a, b in quotes if a <= s and e <= b]
                if q:  # the complement is a quotation: the content is the whole quote, marks included, and
                    # the other part of a quote split by its cue ('"…," she said, "…"'), which the parser
                    # leaves off: the quote that ends just before the cue's clause or opens just after it
                    s, e = q[0]
                    for a, b in quotes:
                        if s > verb.idx and sent.start_char <= a and _split_first(doc_text(sent.doc), b, verb.idx):
                            s = a
                        elif e <= verb.idx and b <= sent.end_char and verb.idx < a <= verb.idx + SPLIT_GAP \
                                and SPLIT_RE.search(doc_text(sent.doc)[verb.idx:a]):
                            e = b
                return s, e, obj[0], obj[1]
    # the quote nearest to the cue in its sentence (a quote split by its cue: take both parts)
    in_sent = [(s, e) for s, e in quotes if s < sent.end_char and e > sent.start_char and not (s <= verb.idx < e)]
    if any(s > verb.idx for s, _ in in_sent):  # a quote before the cue is content only as a split quote's first part
        in_sent = [(s, e) for s, e in in_sent if s > verb.idx or _split_first(doc_text(sent.doc), e, verb.idx)]
    if in_sent:
        return min(s for s, _ in in_sent), max(e for _, e in in_sent), obj[0], obj[1]
    # "“…” Smith said last week.": the splitter cut the quote from its cue; take the quote just before
    doc = sent.doc
    if sent.start > 0 and doc[sent.start - 1].is_quote:
        end = doc[sent.start - 1].idx + len(doc[sent.start - 1])
        q = [(a, b) for a, b in quotes if b == end]
        if q:
            return q[0][0], q[0][1], obj[0], obj[1]
    # "No name change, he said, hides what it is" / "as Smith reported, …": the clause around the cue
    head = verb.head
    if head is not verb and head.pos_ in ("VERB", "AUX") and (verb.dep_ == "parataxis" or (
            verb.dep_ == "advcl" and all(c.lower_ == "as" for c in verb.children if c.dep_ == "mark"))):
        own = {t.i for t in verb.subtree}
        s, e = _span_chars([t for t in head.subtree if t.i not in own and not t.is_punct and not t.is_space])
        if s >= 0:
            return s, e, obj[0], obj[1]
    # "X said: …" / "X added that …"
    after = [t for t in sent if t.i > verb.i]
    if after and after[0].text == ":":
        s, e = _span_chars(after[1:])
        return s, e, obj[0], obj[1]
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in ("about", "of", "on", "against", "over", "for"):
            s, e = _span_chars(list(c.subtree))
            if s >= 0:
                return s, e, obj[0], obj[1]
    # "advisers were optimistic that …", "was upfront about her distaste": the adjective's complement
    for c in verb.children:
        if c.dep_ == "acomp":
            arg = next((g for g in c.children if g.dep_ in ("ccomp", "xcomp", "prep")), None)
            if arg is not None:
                return *_span_chars(list(arg.subtree)), obj[0], obj[1]
    # "The move was criticized by economists": what a passive cue with an agent is about is its subject
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subj is not None and obj[0] < 0 and any(c.dep_ == "agent" for c in verb.children):
        return *_span_chars(list(subj.subtree)), obj[0], obj[1]
    if obj[0] >= 0:
        return obj[0], obj[1], obj[0], obj[1]
    return -1, -1, obj[0], obj[1]


def _as_saying(verb: Token) -> Token | None:
    """The "as saying …" phrase of "quoted / cited X as saying …" (the parser hangs "as" on the verb, its
    gerund as pcomp), or None. PolNeAR's content spans X and the phrase."""
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "as" and c.i > verb.i:
            if any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in c.children):
                return c
    return None


def _kind(content: tuple[int, int], quotes: list[tuple[int, int]]) -> str:
    s, e = content
    if s < 0:
        return "other"
    inside = [(a, b) for a, b in quotes if a < e and s < b]
    if not inside:
        return "indirect"
    if any(a <= s + 1 and e - 1 <= b for a, b in inside):
        return "direct"
    return "mixed"


def doc_statements(parsed: Parsed, sent_base: int = 0, probs: dict[int, float] | None = None,
                   threshold: float = CUE_THRESHOLD) -> list[dict[str, Any]]:
    """Raw statements of one parsed piece: character spans into the article text, no actors yet.

    ``probs`` (token index → P(cue)) overrides the shipped cue detector (the benchmark passes held-out
    fold models); with no detector, the cue lexicon decides.
    """
    doc: Doc = parsed.doc
    off = parsed.offset
    text = parsed.source
    quotes = quote_spans(text)
    cues = cue_lexicon()
    if probs is None:
        probs = cue_probabilities(doc, quotes)
    rows: list[dict[str, Any]] = []
    sents = [s for s in doc.sents if text[s.start_char:s.end_char].strip()]  # not Span.text: token by token
    tt = TokenTable.of(doc)
    sent_index = {s.start: i for i, s in enumerate(sents)}
    used_quotes: set[tuple[int, int]] = set()

    def add(kind: str, sent: Span, cue: tuple[int, int], speaker: tuple[int, int], content: tuple[int, int],
            obj: tuple[int, int] = (-1, -1), lemma: str = "", negated: bool = False) -> None:
        rows.append({"kind": kind, "sent_idx": sent_base + sent_index.get(sent.start, 0), "cue": cue,
                     "speaker": speaker, "content": content, "object": obj, "cue_lemma": lemma,
                     "sentence": (sent.start_char, sent.end_char), "negated": negated})
        for q in quotes:
            if content[0] >= 0 and q[0] < content[1] and content[0] < q[1]:
                used_quotes.add(q)

    for sent in sents:
        for i in range(sent.start, sent.end):  # Token objects only for the few tokens that may be cues
            if probs and probs.get(i, 0.0) < threshold and tt.lower[i] != "according":
                continue
            t = doc[i]
            lemma = tt.lemma[i]
            # "according to X"
            if t.lower_ == "according" and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "to":
                pobj = [g for g in doc[t.i + 1].children if g.dep_ == "pobj"]
                if pobj:
                    speaker = _span_chars(_np(pobj[0]))
                    rest = [x for x in sent if x.i < t.i or x.i > max(y.i for y in pobj[0].subtree)]
                    add("according_to", sent, (t.idx, doc[t.i + 1].idx + 2), speaker, _span_chars(rest),
                        lemma="according to")
                continue
            if probs:
                if probs.get(t.i, 0.0) < threshold:
                    continue
                is_verb_cue, is_noun_cue = t.pos_ in ("VERB", "AUX"), t.pos_ == "NOUN"
            else:
                if any(a < t.idx < b - 1 for a, b in quotes):
                    continue  # attributions nested in a quote belong to the quoted speaker's own words
                is_verb_cue = t.pos_ in ("VERB", "AUX") and lemma in cues and t.dep_ not in ("amod", "compound")
                is_noun_cue = t.pos_ == "NOUN" and lemma in NOUN_CUES
            if not (is_verb_cue or is_noun_cue):
                continue
            if is_noun_cue:
                owner = [c for c in t.children if c.dep_ == "poss"]
                clause = [c for c in t.children if c.dep_ in ("acl", "ccomp") or (c.dep_ == "prep" and c.lower_ in ("that",))]
                if owner and clause:
                    add("indirect", sent, (t.idx, t.idx + len(t)), _span_chars(_owner(owner[0])),
                        _span_chars(list(clause[0].subtree)), lemma=lemma)
                elif probs:  # the detector found a nominal cue: "his support for X", "criticism from Y of Z"
                    src, con = _noun_cue_args(t, owner)
                    if src or con:
                        add(_kind(_span_chars(con), quotes) if con else "other", sent, (t.idx, t.idx + len(t)),
                            _span_chars(src) if src else (-1, -1), _span_chars(con) if con else (-1, -1),
                            lemma=lemma)
                continue
            if lemma in ("be", "have", "do") and not probs:
                continue
            src, how = _subject(t, quotes)
            cs, ce, os_, oe = _content(t, quotes, sent)
            if src is None and cs < 0 and not probs:
                continue
            if cs < 0 and not probs and cues.get(lemma, 0) < 0.4:
                continue  # a weak cue ("see", "call") with no content is not an attribution
            if src is None and cs < 0 and probs:
                # a detected cue with neither: "X is widely seen as Y", "a plan announced Monday" (PolNeAR's
                # attributions without a source); its own phrase, less the cue words, is the content
                cs, ce = _span_chars([x for x in t.subtree if x.i != t.i and x.dep_ not in ("aux", "auxpass", "neg")])
                if cs < 0:
                    continue
            speaker = _span_chars(src) if src else (-1, -1)
            if speaker[0] >= 0 and any(a < speaker[0] and speaker[1] < b and not a < t.idx < b for a, b in quotes):
                continue  # the subject sits inside a quote the cue is not in: quoted words misparsed
            cue_toks = [t] + [c for c in t.children if c.dep_ == "prt"]
            cue = (min(x.idx for x in cue_toks), max(x.idx + len(x) for x in cue_toks))
            negated = any(c.dep_ == "neg" for c in t.children)
            add(_kind((cs, ce), quotes), sent, cue, speaker, (cs, ce), (os_, oe), lemma, negated)
    # headline "X: …", transcript lines ("Q: …", "FALLIN: …", "Luciana Lopez: …"), dash-attributed "“…” — Name"
    for k, sent in enumerate(sents):
        j = sent.start_char
        while j > 0 and text[j - 1] in " \t":
            j -= 1
        if k > 0 and j > 0 and text[j - 1] != "\n":
            continue  # only the headline and sentences that open a paragraph
        toks = [t for t in sent if not t.is_space]
        colon = next((t for t in toks[:8] if t.text == ":"), None)
        if colon is None or colon.i == toks[0].i:
            continue
        label = [t for t in toks if t.i < colon.i]
        learned = bool(probs) and probs.get(colon.i, 0.0) >= threshold  # "Poll: …", "Lynch: No outside …"
        if not _speaker_label(label, headline=k == 0, learned=learned):
            continue
        end = sent.end_char if k == 0 else _paragraph_end(text, colon.idx)
        body = [t for t in doc[colon.i + 1:] if t.idx < end]
        if not body or not learned and not any(t.pos_ in ("VERB", "AUX") for t in body) and not any(
                colon.idx < q[0] < end for q in quotes):
            continue  # "Clinton: 1,769." or "Iowa: Andrew Collins, …": a tally or a list, not words spoken
        add("direct" if any(colon.idx < q[0] < end for q in quotes) else "other", sent,
            (colon.idx, colon.idx + 1), _span_chars(label), _span_chars(body), lemma=":")
    ents = list(doc.ents)
    for qs, qe in quotes:
        m = re.match(r"\s*[—–-]{1,2}\s*", text[qe:qe + 4])
        if m and (qs, qe) not in used_quotes:
            span = doc.char_span(qe + m.end(), min(len(text), qe + m.end() + 60), alignment_mode="contract")
            if span is not None:
                name = next((e for e in ents if e.start_char == span.start_char and e.label_ == "PERSON"), None)
                if name is not None:
                    sent = name.sent
                    add("direct", sent, (qe + m.start(), qe + m.end()), (name.start_char, name.end_char), (qs, qe),
                        lemma="—")
    # quotes left without a cue: the previous statement's speaker in the same paragraph continues
    para_breaks = [m.start() for m in re.finditer(r"\n\s*\n", text)]
    for qs, qe in quotes:
        if (qs, qe) in used_quotes or qe - qs < 12:
            continue
        prev = [r for r in rows if r["content"][1] <= qs and r["speaker"][0] >= 0]
        if not prev:
            continue
        p = max(prev, key=lambda r: r["content"][1])
        if sum(1 for b in para_breaks if p["content"][1] <= b < qs) > 1:
            continue  # a quote two paragraphs later may be anyone's
        span = doc.char_span(qs, qe, alignment_mode="expand")
        if span is None:
            continue
        if text[span.sent.start_char:qs].strip(LEAD_MARKS) and not _sentences_inside(text, qs, qe):
            continue  # a phrase quoted inside the narration ('accuse him of a "touchy-feely" speech') is no one's
        rows.append({"kind": "direct", "sent_idx": sent_base + sent_index.get(span.sent.start, 0), "cue": (-1, -1),
                     "speaker": p["speaker"], "content": (qs, qe), "object": (-1, -1), "cue_lemma": "",
                     "sentence": (span.sent.start_char, span.sent.end_char), "inherited": True})
    out = []
    chunks = noun_chunk_spans(doc) if rows else []
    for r in rows:
        def sh(x: tuple[int, int]) -> tuple[int | None, int | None]:
            return (x[0] + off, x[1] + off) if x[0] >= 0 else (None, None)
        concept, c_s, c_e = _concept(chunks, r["content"])
        (ss, se), (cs, ce), (ns, ne), (os_, oe), (ts, te) = (sh(r["speaker"]), sh(r["cue"]), sh(r["content"]),
                                                             sh(r["object"]), sh(r["sentence"]))
        out.append({"article_id": parsed.article_id, "kind": r["kind"], "sent_idx": r["sent_idx"],
                    "speaker_start": ss, "speaker_end": se,
                    "speaker_skip": _speaker_modifiers(doc, r["speaker"], off) if ss is not None else [],
                    "speaker_heads": _speaker_heads(doc, r["speaker"], off) if ss is not None else [],
                    "cue_start": cs, "cue_end": ce, "cue_lemma": r["cue_lemma"],
                    "content_start": ns, "content_end": ne, "object_start": os_, "object_end": oe,
                    "sentence_start": ts, "sentence_end": te, "inherited_speaker": bool(r.get("inherited")),
                    "cue_negated": bool(r.get("negated")), "concept": concept,
                    "concept_start": c_s + off if c_s is not None else None,
                    "concept_end": c_e + off if c_e is not None else None})
    return out


LEAD_MARKS = " \t\n\"“‘'(—–-"


def _sentences_inside(text: str, qs: int, qe: int) -> bool:
    """Whether a quoted passage holds a sentence end before its last words: a quote of its own that the
    sentence splitter joined to the narration before it, not a phrase quoted inside a sentence."""
    return SENTENCE_END_RE.search(text, qs, max(qs, qe - 2)) is not None


CLAUSE_MODIFIERS = ("acl", "relcl")
PLACE_PREPS = frozenset({"in", "on", "near", "across", "around", "outside", "inside", "throughout", "within"})


def _speaker_modifiers(doc: Doc, speaker: tuple[int, int], off: int) -> list[list[Any]]:
    """Character ranges of the speaker phrase that only modify its head, as [start, end, kind]: a clause
    ("the lawsuit, filed in Los Angeles"; kind "clause") or a place ("policy makers in Europe"; kind "place").
    An actor named there is not who speaks (``attach_speakers``); a place in a "for"/"of"/"at" phrase is
    ("a spokesman for the Kremlin")."""
    span = doc.char_span(speaker[0], speaker[1], alignment_mode="expand")
    if span is None:
        return []
    out = []
    for c in span.root.children:
        kind = "clause" if c.dep_ in CLAUSE_MODIFIERS else "place" if (
            c.dep_ == "prep" and c.lower_ in PLACE_PREPS) else None
        if kind and span.start <= c.i < span.end:
            sub = [t for t in c.subtree if span.start <= t.i < span.end]
            out.append([sub[0].idx + off, sub[-1].idx + len(sub[-1]) + off, kind])
    return out


def _speaker_heads(doc: Doc, speaker: tuple[int, int], off: int) -> list[int]:
    """Character offsets of the speaker phrase's syntactic head, then of the heads in apposition or coordination
    with it ("the Archbishop of Cardiff, the Most Reverend Peter Smith"): the name that speaks in "Ryanair deputy
    chief executive Michael Cawley" is at the head, not in its modifiers (``_head_actor``)."""
    span = doc.char_span(speaker[0], speaker[1], alignment_mode="expand")
    if span is None:
        return []
    heads, todo = [], [span.root]
    while todo:
        t = todo.pop(0)
        heads.append(t.idx + off)
        todo += [c for c in t.children if c.dep_ in ("appos", "conj") and span.start <= c.i < span.end]
    return heads


NOT_SPEAKERS = {"note", "update", "updated", "related", "photo", "photos", "video", "watch", "read", "source",
                "sources", "editor", "correction", "advertisement", "see", "more", "listen", "click", "warning",
                "breaking", "exclusive", "opinion", "analysis", "live", "poll", "map", "chart", "graphic", "transcript"}


def _speaker_label(label: list[Token], headline: bool, learned: bool = False) -> bool:
    """Whether the words before a paragraph-opening colon name who speaks: a name the NER tagged, a short
    all-caps name (a transcript's "FALLIN:") or an interview's "Q"/"A"; never a section label ("UPDATE:").
    ``learned``: the cue detector took the colon for a cue, so any short verbless label speaks ("Poll:")."""
    if not label or len(label) > 5 or any(t.pos_ in ("VERB", "AUX") for t in label):
        return False
    if learned:
        return True
    if any(t.lower_ in NOT_SPEAKERS for t in label):
        return False
    if any(t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") for t in label):
        return True
    if headline:  # a title-case headline often defeats the tagger: "Lewandowski: FBI director acted as …"
        names = {w for e in label[0].doc.ents if e.label_ in ("PERSON", "ORG", "GPE", "NORP")
                 for w in e.text.split()}
        words = [t for t in label if not t.is_punct]
        return 0 < len(words) <= 3 and all(t.text[:1].isupper() and t.text in names for t in words)
    if len(label) == 1 and label[0].text in ("Q", "A"):
        return True
    return all(t.is_upper and len(t.text) >= 2 or t.is_punct for t in label) and any(t.is_alpha for t in label)


def _paragraph_end(text: str, pos: int) -> int:
    """Where the paragraph holding ``pos`` ends (before its blank line, or the text's end)."""
    m = PARA_RE.search(text, pos)
    return m.start() if m else len(text)


# nouns that frame a statement rather than name its topic ("concern about X", "put an end to X")
FRAME_NOUNS = {"concern", "hope", "support", "regret", "alarm", "satisfaction", "opposition", "information", "end",
               "view", "opinion", "belief", "fact", "way", "thing", "part", "lot", "time", "level", "statement"}


def _concept(chunks: list[Span], content: tuple[int, int]) -> tuple[str | None, int | None, int | None]:
    """A short noun phrase naming what the content is about (DNA's concept): its first common-noun chunk,
    with its character span in the piece."""
    if content[0] < 0:
        return None, None, None
    for chunk in chunks:
        if chunk.start_char >= content[0] and chunk.end_char <= content[1] and chunk.root.pos_ == "NOUN" \
                and not chunk.root.ent_type_ and chunk.root.lemma_.lower() not in FRAME_NOUNS:
            words = [t.lower_ for t in chunk if t.pos_ not in ("DET", "PRON") and not t.is_punct and not t.is_space]
            if words:
                return " ".join(words[-4:]), chunk.start_char, chunk.end_char
    return None, None, None


def records_by_article(df: pd.DataFrame) -> dict[str, list[Any]]:
    """Rows as namedtuples grouped by article, each list in start_char order (one pass; no per-group pandas)."""
    out: dict[str, list[Any]] = {}
    if df.empty:
        return out
    df = df.sort_values(["article_id", "start_char"], kind="stable")
    arrow = {c: object for c, t in df.dtypes.items() if isinstance(t, pd.StringDtype) or "pyarrow" in str(t)}
    if arrow:
        df = df.astype(arrow)  # iterating Arrow-backed strings one by one is slow; object arrays are not
    for r in df.itertuples(index=False):
        out.setdefault(r.article_id, []).append(r)
    return out


def _overlapping(m: list[Any], s: int, e: int) -> list[Any]:
    return [r for r in m if r.start_char < e and r.end_char > s]


def _head_actor(over: list[Any], heads: Sequence[int] = ()) -> str:
    """The actor a speaker phrase names: a person at its head or at a head in apposition or coordination with
    it ("Ryanair deputy chief executive Michael Cawley", "the spokesman for the NSC, John Kirby"), else the
    mention at its head ("Australia's BHP Billiton"), else a person in it, else its first mention."""
    for h in heads:
        people = [r for r in _overlapping(over, h, h + 1) if r.actor_type == "person"]
        if people:
            return people[0].actor_id
    people = [r for r in over if r.actor_type == "person"]
    return ((_overlapping(over, heads[0], heads[0] + 1) if heads else []) or people or over)[0].actor_id


def coordinated_actors(over: list[Any], text: str, start: int, end: int, heads: Sequence[int] = ()
                       ) -> list[str]:
    """All actors of a coordinated speaker ("the United States, Britain, South Korea and Japan"): names joined by
    commas and "and"/"or", either of one type or each at a head of the phrase's coordination (``heads``), so
    that "Toshiba and Blu-ray" are both speakers when NER typed one a person, but the "Wales" of "the
    Police Federation of England and Wales" is not."""
    if len(over) < 2:
        return [r.actor_id for r in over]
    gaps = [text[a.end_char:b.start_char] for a, b in zip(over[:-1], over[1:])]
    joined = re.search(r"\b(and|or)\b|&", gaps[-1]) and all(
        re.fullmatch(r"\s*(,|and|,\s*and|or|&)\s*(the\s+)?", g) for g in gaps)
    if joined and (len({r.actor_type for r in over}) == 1
                   or all(any(r.start_char <= h < r.end_char for h in heads) for r in over)):
        return list(dict.fromkeys(r.actor_id for r in over))
    return [_head_actor(over, heads)]


CLOSE_MARKS, OPEN_MARKS = "”\"’", "“\"‘"


def _content_text(text: str, r: Any) -> str | None:
    """The content's words. A quote split by its cue ('"…," she said, "…"') spans both parts, so its outer
    bounds hold the speaker and the cue too: the text shows the two parts joined by " … " instead (the spans
    stay the outer bounds, as PolNeAR annotates a discontinuous content)."""
    cs, ce = r["content_start"], r["content_end"]
    if cs is None or pd.isna(cs):
        return None
    cs, ce = int(cs), int(ce)
    inner = [(int(a), int(b)) for a, b in ((r["cue_start"], r["cue_end"]), (r["speaker_start"], r["speaker_end"]))
             if a is not None and not pd.isna(a) and cs < int(a) and int(b) < ce]
    if not inner or text[cs] not in OPEN_MARKS or text[ce - 1] not in CLOSE_MARKS:
        return text[cs:ce]
    lo, hi = min(a for a, _ in inner), max(b for _, b in inner)
    close = max((text.rfind(m, cs + 1, lo) for m in CLOSE_MARKS), default=-1)
    opening = [i for i in (text.find(m, hi, ce - 1) for m in OPEN_MARKS) if i >= 0]
    if close < 0 or not opening:
        return text[cs:ce]
    return text[cs:close + 1] + " … " + text[min(opening):ce]


def attach_speakers(raw: pd.DataFrame, mentions: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """The statements table: texts from the articles, speakers resolved to actors where the evidence allows."""
    if raw.empty:
        return pd.DataFrame(columns=STATEMENT_COLUMNS)
    texts = dict(zip(articles["article_id"], articles["text"]))
    by_article = records_by_article(mentions)
    out = []
    raw = raw.sort_values(["article_id", "content_start", "cue_start"], na_position="last", kind="stable")
    raw = raw.drop_duplicates(["article_id", "speaker_start", "cue_start", "content_start", "content_end"])
    groups: dict[str, list[dict[str, Any]]] = {}
    for r in raw.to_dict("records"):
        groups.setdefault(r["article_id"], []).append(r)
    for aid in sorted(groups):
        text = texts[aid]
        m = by_article.get(aid, [])
        people = [r for r in m if r.actor_type == "person"]
        types = {r.actor_id: r.actor_type for r in m}
        actor_info = {}
        for r in m:
            info = actor_info.setdefault(r.actor_id, {"name": r.actor_name, "affiliation": None, "country": None})
            if not info["affiliation"] and isinstance(r.affiliation, str):
                info["affiliation"] = r.affiliation
            if not info["country"] and isinstance(r.country, str):
                info["country"] = r.country
        quotes = quote_spans(text)
        last_speaker: dict[str, str | None] = {"person": None, "any": None, "thing": None}
        spoke: dict[str, int | None] = {"person": None, "any": None, "thing": None}  # in which sentence
        for k, r in enumerate(groups[aid]):
            actor, how = None, None
            actors: list[str] = []
            ss, se = r["speaker_start"], r["speaker_end"]
            if ss is not None and not pd.isna(ss):
                ss, se = int(ss), int(se)
                stext = text[ss:se]
                over = [x for x in _overlapping(m, ss, se) if not any(  # not one in a modifier of the head
                    a <= x.start_char < b and (kind == "clause" or x.actor_type == "location")
                    for a, b, kind in r.get("speaker_skip") or ())]
                low = stext.lower().strip()
                if over:
                    actors = coordinated_actors(over, text, ss, se, list(r.get("speaker_heads") or ()))
                    actor, how = actors[0], "mention"
                elif low in PRONOUNS or (low.split()[-1:] and low.split()[-1] in ROLE_NOUNS
                                         and low.split()[0] not in INDEFINITE):  # "a report" is a new one
                    want = PRONOUNS.get(low, "any")
                    if want == "person":
                        # the last person who spoke, else the nearest person named before (outside quotes)
                        before = [p for p in people if p.end_char <= ss
                                  and not any(a <= p.start_char < b for a, b in quotes)]
                        actor = last_speaker["person"] or (before[-1].actor_id if before else None)
                    else:  # "it": only the speaker of this or the last sentence, and never a person
                        kind = "thing" if want == "org" else "any"
                        if spoke[kind] is not None and r["sent_idx"] - spoke[kind] <= 1:
                            actor = last_speaker[kind]
                    how = "pronoun" if low in PRONOUNS else "role_noun"
            if actor is not None:
                typ = types.get(actor, "any")
                kinds = ("any", "person") if typ == "person" else ("any", "thing")
                for kind in kinds:
                    last_speaker[kind], spoke[kind] = actor, r["sent_idx"]
            st = lambda a, b: text[int(a):int(b)] if a is not None and not pd.isna(a) else None  # noqa: E731
            for j, who in enumerate(actors or [actor]):
                info = actor_info.get(who, {}) if who else {}
                out.append({
                    "article_id": aid, "statement_id": f"{aid}#st{k}" + (f".{j}" if len(actors) > 1 else ""),
                    "kind": r["kind"], "sent_idx": r["sent_idx"],
                    "speaker_start": r["speaker_start"], "speaker_end": r["speaker_end"],
                    "speaker_text": st(r["speaker_start"], r["speaker_end"]), "speaker_actor_id": who,
                    "speaker_name": info.get("name"), "speaker_affiliation": info.get("affiliation"),
                    "speaker_country": info.get("country"),
                    "speaker_resolution": ("inherited" if r.get("inherited_speaker") else how) if who else None,
                    "cue_start": r["cue_start"], "cue_end": r["cue_end"], "cue_text": st(r["cue_start"], r["cue_end"]),
                    "cue_lemma": r["cue_lemma"], "cue_negated": bool(r.get("cue_negated")),
                    "content_start": r["content_start"], "content_end": r["content_end"],
                    "content_text": _content_text(text, r), "concept": r.get("concept"),
                    "concept_start": r.get("concept_start"), "concept_end": r.get("concept_end"),
                    "object_start": r["object_start"],
                    "object_end": r["object_end"], "sentence": st(r["sentence_start"], r["sentence_end"]),
                })
    df = pd.DataFrame(out, columns=STATEMENT_COLUMNS)
    for c in ("speaker_start", "speaker_end", "cue_start", "cue_end", "content_start", "content_end", "object_start",
              "object_end", "concept_start", "concept_end"):
        df[c] = df[c].astype("Int64")
    return df.sort_values(["article_id", "content_start", "cue_start"], kind="stable").reset_index(drop=True)
