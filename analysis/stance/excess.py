"""An excess that rules something out: "Clinton was too friendly with Wall Street to be trusted" judges her, though
"friendly" and "trusted" are words of praise (a PolNeAR blind sample read it as support); "too close to call"
judges nothing."""
from __future__ import annotations

from typing import Any


def _too(word: Any) -> bool:
    return word.pos_ in ("ADJ", "ADV") and any(c.dep_ == "advmod" and c.lower_ == "too" for c in word.children)


def _infinitive(verb: Any) -> bool:
    return verb.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def too_to(tok: Any) -> bool:
    """Whether the word is an excess ("too friendly … to be trusted", the infinitive on the adjective or on its
    copula) or a word of what the excess rules out."""
    if _too(tok) and any(_infinitive(c) for c in (*tok.children, *tok.head.children)):
        return True
    for _ in range(4):
        if _infinitive(tok) and any(_too(c) for c in (*tok.head.children, tok.head)):
            return True
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False
