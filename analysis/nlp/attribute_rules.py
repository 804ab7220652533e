"""The model's attribute ruler, matched faster: the same matches, found per distinct token instead of per pattern.

spaCy's ``attribute_ruler`` (tag map and morphology rules of ``en_core_web_sm``: 179 patterns) runs its
``Matcher`` over every token with every pattern, about a tenth of the whole pipeline's time. Almost all its
patterns are single tokens whose outcome depends only on the token's lower-case text, tag and dependency
label, so the matching patterns of each distinct (lower, tag, dep) are worked out once and memoized; the few
multi-token patterns keep a spaCy ``Matcher`` of their own. The matches go to the ruler's own
``set_annotations`` in the ruler's order, so the annotations are exactly spaCy's (tested on real articles).
A ruler with patterns this module does not understand is left as it is.
"""
from __future__ import annotations

import re
from typing import Any

from spacy.attrs import DEP, LOWER, TAG
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc

TOKEN_KEYS = {"TAG", "LOWER", "DEP", "IS_SPACE"}  # what a single-token pattern may test (all from lower, tag, dep)
OPS = {"IN", "NOT_IN", "REGEX"}


def _understood(spec: dict[str, Any]) -> bool:
    return all(k in TOKEN_KEYS and (not isinstance(v, dict) or (set(v) <= OPS and len(v) == 1))
               for k, v in spec.items())


def _test(value: Any, cond: Any) -> bool:
    """The Matcher's test of one token attribute against one pattern condition."""
    if not isinstance(cond, dict):
        return value == cond
    op, arg = next(iter(cond.items()))
    if op == "IN":
        return value in arg
    if op == "NOT_IN":
        return value not in arg
    return re.search(arg, value) is not None  # REGEX


class FastMatch:
    """A drop-in for ``AttributeRuler.match``: (attr_id, match_id, start, end) sorted, as spaCy gives them.

    Every pattern is a fixed sequence of token conditions. Two memos: a word's lower-case form → which of
    the word conditions it meets (bounded), and (those, tag, dep) → the conditions the token meets (a few
    hundred keys). A pattern matches where each of its tokens meets its condition. Patterns with anything
    else (operators, other attributes) stay with a spaCy ``Matcher``.
    """

    MAX_WORDS = 1 << 17  # the word memo is cleared when it grows past this (memory stays flat on any corpus)

    def __init__(self, ruler: Any):
        self.ruler = ruler
        strings = ruler.vocab.strings
        self.rest = Matcher(ruler.vocab)
        self.n_rest = 0
        self.specs: list[dict[str, Any]] = []  # every token condition of the understood patterns
        self.single: dict[int, list[tuple[int, int]]] = {}  # spec → (attr_id, match_id) of one-token patterns
        self.multi: list[tuple[int, int, list[int]]] = []  # (attr_id, match_id, spec per token)
        conds: dict[str, Any] = {}
        for attr_id, p in enumerate(ruler.patterns):
            key = str(attr_id)
            alts = p["patterns"]
            if not all(alt and all(_understood(spec) for spec in alt) for alt in alts):
                self.rest.add(key, alts)
                self.n_rest += 1
                continue
            for alt in alts:
                ids = []
                for spec in alt:
                    ids.append(len(self.specs))
                    self.specs.append(spec)
                    for k in ("LOWER", "IS_SPACE"):
                        if k in spec:
                            conds.setdefault(repr((k, spec[k])), (k, spec[k]))
                if len(ids) == 1:
                    self.single.setdefault(ids[0], []).append((attr_id, strings[key]))
                else:
                    self.multi.append((attr_id, strings[key], ids))
        self.word_conds = [conds[k] for k in sorted(conds)]
        self.cond_index = {k: i for i, k in enumerate(sorted(conds))}
        # a word's conditions without testing each: the value lists say which conditions a word flips from
        # their default (all false but NOT_IN); only the regular expressions are run per word
        self._flips: dict[tuple[str, Any], list[int]] = {}
        self._regexes: list[tuple[int, Any]] = []
        base = {True: [False] * len(self.word_conds), False: [False] * len(self.word_conds)}
        for j, (k, c) in enumerate(self.word_conds):
            op, arg = next(iter(c.items())) if isinstance(c, dict) else ("==", c)
            if op == "REGEX":
                self._regexes.append((j, re.compile(arg)))
                continue
            for v in ([arg] if op == "==" else set(arg)):
                self._flips.setdefault((k, v), []).append(j)
            if op == "NOT_IN":
                base[True][j] = base[False][j] = True
        self._base = base
        self.words: dict[int, tuple[bool, ...]] = {}
        # (word conditions, tag, dep) → (conditions met, one-token matches, multi-token patterns starting here)
        self.keys: dict[tuple[tuple[bool, ...], int, int], tuple[frozenset[int], tuple, tuple[int, ...]]] = {}

    def _word(self, lower: int) -> tuple[bool, ...]:
        if len(self.words) >= self.MAX_WORDS:
            self.words.clear()
        text = self.ruler.vocab.strings[lower]
        space = text.isspace()
        met = list(self._base[space])
        for j in (*self._flips.get(("LOWER", text), ()), *self._flips.get(("IS_SPACE", space), ())):
            met[j] = not met[j]
        for j, rx in self._regexes:
            met[j] = rx.search(text) is not None
        got = self.words[lower] = tuple(met)
        return got

    def _key(self, word: tuple[bool, ...], tag: int, dep: int) -> tuple[frozenset[int], tuple, tuple[int, ...]]:
        strings = self.ruler.vocab.strings
        values = {"TAG": strings[tag], "DEP": strings[dep]}

        def ok(k: str, c: Any) -> bool:
            if k in ("LOWER", "IS_SPACE"):
                return word[self.cond_index[repr((k, c))]]
            return _test(values[k], c)

        met = frozenset(j for j, spec in enumerate(self.specs) if all(ok(k, c) for k, c in spec.items()))
        hits = tuple(h for j in sorted(met) for h in self.single.get(j, ()))
        starts = tuple(m for m, (_, _, ids) in enumerate(self.multi) if ids[0] in met)
        got = self.keys[(word, tag, dep)] = (met, hits, starts)
        return got

    def __call__(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        words, keys, multi = self.words, self.keys, self.multi
        out = []
        met: list[frozenset[int]] = []
        starts: list[tuple[int, int]] = []
        for i, (lower, tag, dep) in enumerate(doc.to_array([LOWER, TAG, DEP]).tolist()):
            word = words.get(lower)
            if word is None:
                word = self._word(lower)
            got = keys.get((word, tag, dep))
            if got is None:
                got = self._key(word, tag, dep)
            met.append(got[0])
            for attr_id, match_id in got[1]:
                out.append((attr_id, match_id, i, i + 1))
            for m in got[2]:
                starts.append((m, i))
        n = len(met)
        for m, i in starts:
            attr_id, match_id, ids = multi[m]
            if i + len(ids) <= n and all(ids[k] in met[i + k] for k in range(1, len(ids))):
                out.append((attr_id, match_id, i, i + len(ids)))
        if self.n_rest:
            strings = self.ruler.vocab.strings
            for match_id, s, e in self.rest(doc, allow_missing=True):
                out.append((int(strings[match_id]), match_id, s, e))
        out.sort()
        return out


def speed_up(nlp: Language) -> bool:
    """Give the pipeline's attribute ruler the memoized matcher, if every single-token pattern is one it
    understands; returns whether it did."""
    if "attribute_ruler" not in nlp.pipe_names:
        return False
    ruler = nlp.get_pipe("attribute_ruler")
    pats = ruler.patterns
    if not pats or not all(_understood(spec) for p in pats for alt in p["patterns"] if len(alt) == 1
                           for spec in alt):
        return False
    ruler.match = FastMatch(ruler)
    ruler.set_annotations = _FastAnnotations(ruler)
    return True


class _FastAnnotations:
    """``AttributeRuler.set_annotations`` without a ``Span`` built per match (one per token of every document):
    the same token, found from the match's start or end and the pattern's index, gets the same attributes in
    the same order; a match whose index falls outside it goes to spaCy's own method, which raises its error."""

    def __init__(self, ruler: Any):
        from spacy.tokens._retokenize import set_token_attrs

        self.ruler, self.set_token_attrs = ruler, set_token_attrs
        self.own = type(ruler).set_annotations

    def __call__(self, doc: Doc, matches: list[tuple[int, int, int, int]]) -> None:
        attrs, indices, set_attrs = self.ruler.attrs, self.ruler.indices, self.set_token_attrs
        for attr_id, match_id, start, end in matches:
            index = indices[attr_id]
            k = (start if index >= 0 else end) + index
            if not start <= k < end:
                self.own(self.ruler, doc, [(attr_id, match_id, start, end)])
                continue
            set_attrs(doc[k], attrs[attr_id])
