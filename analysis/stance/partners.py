"""A partner in a joint undertaking is no target: "Mr Brown said he had agreed with the Italian finance minister
Domenico Siniscalco to push forward with plans for research sharing" backs the plans, not Siniscalco (BBC, judged
blind: read as support from "agreed"). Agreeing with someone on its own ("I agree with Mr Blair", "agreed with Mr
Blair that …": a view shared) keeps its side."""
from __future__ import annotations

from typing import Any

# verbs of doing something together with someone ("agreed with X to push forward", "signed a deal with X")
JOINT = frozenset({"agree", "work", "cooperate", "co-operate", "team", "join", "partner", "sign", "negotiate",
                   "collaborate", "unite", "ally", "strike"})


def partner(span: Any) -> bool:
    """Whether the target is the "with" partner of a joint act that has its own object or infinitive."""
    tok = span.root
    while tok.dep_ in ("compound", "appos", "conj", "flat") and tok.head.i != tok.i:
        tok = tok.head  # "the Italian finance minister Domenico Siniscalco"
    if tok.dep_ != "pobj" or tok.head.lower_ != "with":
        return False
    verb = tok.head.head
    return verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in JOINT and any(
        c.dep_ in ("xcomp", "dobj") for c in verb.children)
