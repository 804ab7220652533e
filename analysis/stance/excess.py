"""An excess that rules something out: "Clinton was too friendly with Wall Street to be trusted" judges her, though
"friendly" and "trusted" are words of praise (a PolNeAR blind sample read it as support); "too close to call"
judges nothing."""
from __future__ import annotations

from typing import Any

from analysis.nlp.wordnet import noun_sense
from analysis.statements import someone


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


# pronouns that stand for a thing or a situation, not someone ("it would help Alan Grayson …")
_THING_PRONOUNS = frozenset({"it", "this", "that", "which", "what"})


def done_by_thing(verb: Any) -> bool:
    """Whether an act's subject is a thing or a situation, not someone: "the tax would punish families", "it would
    help Alan Grayson exercise influence" (a PolNeAR blind sample read the help as support) are effects the speaker
    describes, not a side anyone takes on the object."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ == "PROPN" or subj.ent_type_:
        return False
    if subj.lower_ in ("that", "which") and verb.dep_ == "relcl":  # "the senator that helped Clinton": its head
        head = verb.head
        return verb.lemma_.lower() in EFFECTS and _thing(head)
    if subj.lower_ in _THING_PRONOUNS:  # not a body's "it" ("the US says it cannot support the IFF")
        return verb.lemma_.lower() in EFFECTS
    if any(c.dep_ == "neg" for c in verb.children):
        return False  # "the evidence simply does not support" him: the speaker's refutation
    return _thing(subj)


def _thing(tok: Any) -> bool:
    """A noun WordNet knows that names no one (``statements.someone``)."""
    return tok.pos_ == "NOUN" and not someone(tok) and noun_sense(tok.lemma_.lower())[0] is not None


# what a thing or a situation does to someone ("it would help …"), as against acts only someone does ("support")
EFFECTS = frozenset({"help", "protect", "save", "rescue", "reward", "free", "punish", "stop", "block", "undermine",
                     "threaten", "isolate", "curb", "restrict", "halt", "replace", "remove", "defeat", "beat"})


def owned(noun: Any) -> bool:
    """Whether a noun has a named possessor ("Murphy's support"): its act or thing is that one's."""
    return any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in noun.children)


def seat(prep: Any) -> bool:
    """ "Justice Ginsburg of the U.S. Supreme Court", "Hillary Clinton of New York": an "of" on a person's name says
    where they sit, not a party to what is said of them (a PolNeAR blind sample: Trump "against" the Court)."""
    return prep.lower_ == "of" and prep.head.ent_type_ == "PERSON" and prep.head.pos_ == "PROPN"
