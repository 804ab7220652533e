"""Character spans of tokens and noun phrases, shared by the source and content rules."""

from __future__ import annotations

from spacy.tokens import Token


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
