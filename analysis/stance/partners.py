"""A partner in a joint undertaking is no target: "Mr Brown said he had agreed with the Italian finance minister
Domenico Siniscalco to push forward with plans for research sharing" backs the plans, not Siniscalco (BBC, judged
blind: read as support from "agreed"). Agreeing with someone on its own ("I agree with Mr Blair", "agreed with Mr
Blair that …": a view shared) keeps its side."""
from __future__ import annotations

from typing import Any

from .polarity import BACKING, HELD

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


# backing as something the speaker gets: "received the endorsement of Gov. Mike Pence", "touting the endorsement of
# Rep. Raúl Grijalva", "won Pence's backing", "with the support of the unions": the named one backs the speaker, so
# no side of the speaker toward them (PolNeAR blind samples: both read as the speaker's support of the backer)
# (backing someone holds, ``polarity.BACKING`` / ``HELD``, with endorsements and verbs of getting or showing it off)
ENDORSEMENTS = BACKING | {"endorsement", "endorsements", "blessing", "nod", "vote", "votes"}
GOTTEN = HELD | {"earn", "secure", "land", "tout", "court", "snag", "nab", "trumpet", "want"}


def backer(span: Any) -> bool:
    """Whether the target is who gives the backing the statement says its speaker gets (``ENDORSEMENTS`` held by
    a verb of getting, ``GOTTEN``, or "with" it): "the endorsement of X", "X's endorsement"."""
    tok = span.root
    while tok.dep_ in ("compound", "appos", "conj", "flat") and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ == "pobj" and tok.head.lower_ == "of":
        noun = tok.head.head
        if any(c.dep_ == "poss" for c in noun.children):
            return False  # "touted his endorsement of Clinton": the one endorsed
    elif tok.dep_ == "poss":
        noun = tok.head
    else:
        return False
    if noun.lower_ not in ENDORSEMENTS or noun.pos_ != "NOUN":
        return False
    head = noun.head
    if any(c.dep_ == "neg" for c in head.children):
        return False  # "wouldn't want Emanuel's endorsement": a rebuff of the one who offers it
    return noun.dep_ == "dobj" and head.lemma_.lower() in GOTTEN or noun.dep_ == "pobj" and head.lower_ == "with"
