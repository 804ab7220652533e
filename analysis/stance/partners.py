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


# undertakings named by a noun that one makes with a partner ("the arms-for-hostages deal with Iran was a mistake":
# a Reuters-21578 cell had Reagan against Iran)
JOINT_NOUNS = frozenset({"deal", "deals", "agreement", "agreements", "accord", "accords", "pact", "pacts", "treaty",
                         "treaties", "talks", "negotiations", "partnership", "alliance", "cooperation", "co-operation"})
# being inside a body: "opposes Soviet membership of the World Bank" opposes the Soviet Union's seat, not the Bank
# (Reuters-21578: the United States against the World Bank and the IMF)
MEMBERSHIP = frozenset({"membership", "entry", "accession", "admission", "readmission", "participation", "seat"})


def _pobj_head(span: Any) -> Any:
    tok = span.root
    while tok.dep_ in ("compound", "appos", "conj", "flat") and tok.head.i != tok.i:
        tok = tok.head  # "the Italian finance minister Domenico Siniscalco"
    return tok


def partner(span: Any) -> bool:
    """Whether the target is the "with" partner of a joint act that has its own object or infinitive, or of an
    undertaking a noun names (``JOINT_NOUNS``) that the predicate judges: what is judged is the undertaking."""
    tok = _pobj_head(span)
    if tok.dep_ != "pobj" or tok.head.lower_ != "with":
        return False
    verb = tok.head.head
    if verb.pos_ == "NOUN" and verb.lower_ in JOINT_NOUNS:
        return verb.dep_ in ("nsubj", "nsubjpass")  # the deal is what is judged; not "disappointed at the outcome
        # of talks with Japan", "rejected suggestions for negotiations with the IMF" (both against, judged blind)
    return verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in JOINT and any(
        c.dep_ in ("xcomp", "dobj") for c in verb.children)


def host(span: Any) -> bool:
    """Whether the target is the body someone's membership is in (``MEMBERSHIP``: "Soviet membership of the World
    Bank", "Turkey's entry into the EU", "membership in NATO"): a side on the membership is the member's."""
    tok = span.root
    while tok.dep_ in ("compound", "appos", "flat", "conj") and tok.head.i != tok.i:
        if tok.dep_ == "conj" and tok.head.lower_ in MEMBERSHIP and any(  # "membership of the World Bank or the
                c.dep_ == "prep" and c.lower_ in ("of", "in", "into", "to") for c in tok.head.children):  # IMF", the
            return True  # IMF parsed as a second thing opposed beside the membership
        tok = tok.head
    if tok.dep_ != "pobj" or tok.head.lower_ not in ("of", "in", "into", "to"):
        return False
    noun = tok.head.head
    if noun.pos_ != "NOUN" or noun.lower_ not in MEMBERSHIP:
        return False
    return tok.head.lower_ != "of" or any(c.dep_ in ("poss", "amod", "compound") for c in noun.children)


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
