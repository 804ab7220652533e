"""What befalls a target that the speaker reports, not wants: a harm done to it is no side the speaker takes on it
(issue 27)."""
from __future__ import annotations

from typing import Any

# what befalls a target that the speaker reports, not wants: "the fires damaged Plaid Cymru's public image", "would
# not affect the Labour Party's chances", "Donald Trump insulting Islam" (each read: a side against the one harmed)
HARMS = frozenset({"damage", "hurt", "harm", "undermine", "affect", "weaken", "threaten", "hit", "destroy", "ruin",
                   "endanger", "jeopardise", "jeopardize", "cripple", "wreck", "erode", "sabotage", "dent", "tarnish",
                   "injure", "kill", "invade", "bomb", "insult", "betray", "mislead", "deceive", "smear", "bully",
                   "abuse", "exploit", "humiliate", "defame", "slander"})
ADVOCACY = frozenset({"should", "must", "ought", "need", "needs"})


def harmed(span: Any, pred: Any) -> bool:
    """Whether the target is what a harm befalls (the object of ``HARMS``, or its possessor: "damaged Plaid Cymru's
    image") as something that happens, not a harm the speaker calls for ("should damage them") nor one the target
    does to itself."""
    if pred is None or pred.pos_ != "VERB" or pred.lemma_.lower() not in HARMS and not (
            pred.lemma_.lower() in ATTACKS and _attacker(pred) is not None):
        return False
    top = span.root
    while top.dep_ == "poss" or top.dep_ in ("compound", "amod", "conj") and top.head.i != top.i:
        top = top.head  # "Plaid Cymru's public image": the image is harmed, and so its owner
    if top.head.i != pred.i or top.dep_ not in ("dobj", "nsubjpass"):
        return False
    return not any(c.lower_ in ADVOCACY for c in pred.children) and not (
        pred.dep_ == "xcomp" and pred.head.lemma_.lower() in ("want", "urge", "call", "vow", "promise", "threaten"))


# attacks in words, which befall their object as a harm when someone named makes them ("Bernie Sanders got very
# negative attacking Hillary Clinton", said a Clinton supporter: a PolNeAR blind sample read it as against Clinton);
# the speaker's own ("we will attack his record") stays a side
ATTACKS = frozenset({"attack", "criticize", "criticise", "bash", "slam", "smear", "pummel", "savage", "trash"})


def _attacker(verb: Any) -> Any:
    """The named subject of an attack, or "you", whom the speaker addresses (of a participle, its clause's: "Sanders
    got negative attacking Clinton")."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None and verb.dep_ in ("advcl", "conj") and verb.tag_ == "VBG":
        subj = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    return subj if subj is not None and (subj.pos_ == "PROPN" or subj.lower_ == "you") else None  # ("you attacked
    # Hillary Clinton," Smegielski said to Sanders: Clinton is the one attacked, not the one Smegielski opposes)
