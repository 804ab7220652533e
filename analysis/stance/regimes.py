"""What a speaker says came of someone's rule: "more waste and higher taxes under Tony Blair and Gordon Brown",
"tax will go up under Labour", "the typical family has been much better off under Labour" (issue 27). The
name after "under" is what the statement takes a position on: the worth of what happened under it is the side."""
from __future__ import annotations

from typing import Any

from .verdicts import ACT_EFFECT, _effect

# what the public pays or suffers: more of it under someone is against them, less of it for them
COSTS = frozenset({"tax", "taxes", "taxation", "price", "prices", "bills", "debt", "borrowing", "unemployment",
                   "crime", "inflation", "poverty", "waste", "bureaucracy", "inefficiency", "inefficiencies",
                   "queue", "queues", "means-testing", "deficit", "cost", "costs",
                   "fare", "fares", "rent", "rents", "homelessness", "immigration"})
UP = frozenset({"more", "higher", "rising", "increased", "extra", "bigger", "soaring", "up", "rise", "rose",
                "risen", "soar", "increase", "grow", "burgeon", "climb", "double", "treble", "balloon", "mount"})
DOWN = frozenset({"less", "lower", "fewer", "falling", "reduced", "down", "fall", "drop", "decline", "shrink", "ease",
                  "halve", "cut"})
# the bodies that rule, by the last word of their name ("New Labour", "the Bush administration"): not a treaty or an
# agency one acts under ("under the United Nations Convention on Human Rights")
RULING_BODIES = frozenset({"labour", "tories", "conservatives", "party", "democrats", "republicans", "government",
                           "administration", "regime", "executive", "junta", "coalition", "leadership", "sinn",
                           "snp", "gop", "cabinet", "liberals", "socialists", "council"})


def _moves(tok: Any) -> int:
    """+1 when a cost noun goes up ("higher taxes", "tax will go up", "inefficiencies had burgeoned"), −1 when it
    goes down ("will not go up" is down), else 0."""
    near = [c.lower_ for c in tok.children if c.dep_ in ("amod", "advmod", "nummod", "compound")]
    if tok.dep_ in ("nsubj", "nsubjpass"):
        verb = tok.head
        near += [verb.lemma_.lower()] + [c.lower_ for c in verb.children if c.dep_ in ("prt", "advmod", "acomp")]
    move = 1 if any(w in UP for w in near) else -1 if any(w in DOWN for w in near) else 0
    denied = any(c.dep_ == "neg" or c.dep_ == "det" and c.lower_ == "no" for c in tok.children) or (
        tok.dep_ in ("nsubj", "nsubjpass") and any(c.dep_ == "neg" for c in tok.head.children))
    return -move if denied else move  # "tax will not go up under Labour"


def _worth(top: Any, own: set[int]) -> float:
    """The worth of what the phrase or clause under ``top`` says came about: ∓1.5 for each cost that rises or
    falls ("higher taxes", "unemployment had fallen": the move decides, not what the lexicon says of "fallen" or
    "unemployment"); with no cost moving, the lexicon's values (``verdicts._effect``: "much better off")."""
    moves = sum(-1.5 * _moves(t) for t in top.subtree if t.i not in own and (
        t.lower_ in COSTS or t.lemma_.lower() in COSTS))
    return moves if moves else _effect(top, own, 1.0, 0)


def ruled_by(span: Any) -> Any:
    """The preposition "under" that governs the name ("under Tony Blair and Gordon Brown": both), or None."""
    root = span.root
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ != "under" or prep.head.i == prep.i:
        return None
    return prep


def _rules(span: Any, label: str | None) -> bool:
    """A person, or a body that governs (``RULING_BODIES``): not a country or a place, nor a treaty or agency."""
    words = span.text.lower().split()
    return label == "PERSON" or label in ("ORG", "NORP") and bool(words) and words[-1] in RULING_BODIES


def regime_effect(span: Any, label: str | None) -> float:
    """±2 when the statement says what came of the target's rule was good or bad, else 0: the phrase "under" hangs
    on (its conjuncts before it, "more waste and higher taxes"), or the clause ("tax will go up")."""
    prep = ruled_by(span)
    if prep is None or not _rules(span, label):
        return 0.0
    top = prep.head
    own = {t.i for t in prep.subtree}
    if top.pos_ in ("NOUN", "PROPN"):
        first = top
        while first.dep_ == "conj" and first.head.i < first.i:
            first = first.head
        own |= {t.i for t in first.subtree if t.i > prep.i}  # not what follows: "… or lower taxes with the Tories"
        top = first
    v = _worth(top, own)
    return 2.0 if v >= ACT_EFFECT else -2.0 if v <= -ACT_EFFECT else 0.0
