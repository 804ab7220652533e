"""The speaker's own judgment of a target, strong enough to give a side without the sentence's tone: judging
modifiers of the target ("the disastrous war"), judging words said of it ("the system was fundamentally flawed"),
and acts for or against it the speaker wishes ("should sack Mr Brown")."""
from __future__ import annotations

from typing import Any

from .attitudes import attitude, conceded
from .polarity import NEGATORS, lexicon
from .roles import (
    APPRECIATION,
    CONDUCT_NOUNS,
    COPULAS,
    FRIENDLY_ACTS,
    HOSTILE_ACTS,
    JUDGMENT,
    demanded_stop,
    judging_value,
    local_sentiment,
    path_up,
    sides_with,
)
from .third_party import quoted_other

# judging adjectives that, before these nouns, name a kind ("failed asylum seekers", "offensive weapon offences",
# "dangerous driving", "hostile takeover"), not the speaker's verdict ("a failed Tory past")
CLASSIFIERS = frozenset({"failed", "failing", "offensive", "dangerous", "aggressive", "hostile", "extremist"})
CLASSIFIED = frozenset({"seeker", "applicant", "bidder", "weapon", "offence", "offense", "driving", "dog", "takeover",
                        "bid", "group", "groups", "material", "substance", "goods", "waste", "tackle", "driver"})


def adjectives(head: Any) -> list[Any]:
    """The adjectives of a noun with those coordinated to them: in "a very aggressive and effective campaign"
    "effective" hangs on "aggressive", and a verdict weighs both (the one alone read Sanders' praise of Clinton's
    campaign as an attack; PolNeAR, judged blind)."""
    out = []
    for c in head.children:
        if c.dep_ == "amod":
            out.append(c)
            if judging_value(c):  # weighed against what the first says; alone, no new verdict
                out.extend(x for x in c.conjuncts if x.pos_ == "ADJ")
    return out


def own_judgment(span: Any) -> float:
    """What the phrase's own modifiers judge in it ("the disastrous war in Iraq", "the misguided policy"): ±2 for
    each judging word (``JUDGMENT``) among the adjectives of its head, each negated by its own "not"."""
    total = 0.0
    for c in adjectives(span.root):
        if c.i > span.root.i and not span.start <= c.i < span.end:
            continue  # its adjectives: before the head, or inside the phrase
        if c.lower_ in CLASSIFIERS and (span.root.lemma_.lower() in CLASSIFIED or any(
                t.lemma_.lower() in CLASSIFIED for t in span if t.dep_ == "compound")):
            continue  # "failed asylum seekers", "offensive weapon offences": a kind, not a verdict
        v = judging_value(c)
        if not v and c.dep_ == "conj" and c.lower_ in APPRECIATION:  # "aggressive and effective": mixed, no verdict
            v = 2.0 if lexicon().get(c.lower_, 0.0) > 0 else -2.0 if lexicon().get(c.lower_, 0.0) < 0 else 0.0
        total += -v if any(g.dep_ == "neg" for g in c.children) else v
    return total


# modals and verbs under which an act is the speaker's wish, not a deed reported ("should sack Mr Brown", "call on
# world leaders to support a campaign", "we want to scrap the tax")
WISH_MODALS = frozenset({"must", "should", "ought", "need", "'d", "’d"})
WISH_VERBS = frozenset({"want", "urge", "call", "ask", "demand", "press", "need", "plan", "pledge", "promise",
                        "vow", "propose", "intend", "wish", "hope", "encourage", "vote", "campaign", "push"})
SPEAKER_PRONOUNS = frozenset({"i", "we", "he", "she", "they"})  # in reported speech, most often the speaker


def _wished(pred: Any) -> bool:
    """Whether the act is one the speaker asks for or means to do: under a modal of obligation, under a verb of
    wanting or urging, or with a pronoun subject (in "Howard said he would not back the plans" "he" is Howard;
    a named subject reports someone else's deed)."""
    if any(c.dep_ == "aux" and c.lower_ in WISH_MODALS for c in pred.children):
        return True
    if pred.dep_ == "xcomp" and pred.head.lemma_.lower() in WISH_VERBS:
        return True
    subj = next((c for c in pred.children if c.dep_ == "nsubj"), None)
    return subj is not None and subj.lower_ in SPEAKER_PRONOUNS and not quoted_other(subj)  # a quoted "he would
    # have loved Stalin" is someone else


def speaker_judgment(span: Any, pred: Any) -> float:
    """The speaker's own judgment of the target, strong enough to give a side without the sentence's tone:
    - the target's own judging modifiers ("the disastrous war", "sensible, costed policies": ``own_judgment``);
    - judging words said of the target as the active subject of what is said ("the system was fundamentally
      flawed", "the comments were inappropriate", "the plans were not racist"), not of a passive subject
      ("regulations had been violated": the one who violated them is judged);
    - an act against or for the target as object that the speaker wishes ("should sack Mr Brown", "I would
      support a winter break", "called on leaders to support a campaign"), or "I'm for / against" it.
    A target an act is done to ("abusing their market position", "disastrous for small companies", "save the
    countries £3bn", "Hollywood doesn't like foreign-language films") is not judged by it: in BBC rows read one
    by one, such victims and beneficiaries were most of the wrong sides a judging word gave alone."""
    total = own_judgment(span)
    if (felt := attitude(span)) != 0.0:  # "I enjoyed working with X", "proud of X", "take X over Y"
        return total if total * felt < 0 else total + felt  # "he voted for the disastrous war": the war is judged
    if pred is None:
        return total
    top = span.root
    while top.head.i != top.i and top.head.i != pred.i:
        top = top.head
    if top.head.i != pred.i:
        return total
    lemma = pred.lemma_.lower()
    negated = any(c.dep_ == "neg" for c in pred.children)
    if top.dep_ in ("nsubj", "csubj", "expl"):
        if demanded_stop(pred):
            return total - 2.0
        if lemma in COPULAS:  # "the system was fundamentally flawed", "were simply wrong to imply"
            return total + local_sentiment(span, pred, lexicon(), NEGATORS, only=JUDGMENT)
        # an act of the target: the verb and its manner judge it ("Labour's plans have failed", "acted
        # irresponsibly"), not what it acts on ("a Tory government would sort out the shambles")
        words = [pred] + [c for c in pred.children if c.dep_ in ("advmod", "acomp")]
        v = sum(judging_value(w) for w in words)
        for job in (c for c in pred.children if c.dep_ == "dobj" and c.lemma_.lower() in CONDUCT_NOUNS):
            # "have done an amazing job", "ran a disgraceful campaign", "led a grubby government" (a judging word
            # VADER does not rate): a verdict on the doer's conduct
            rated = [lexicon().get(a.lower_, 0.0) or judging_value(a) for a in adjectives(job)
                     if a.lower_ in APPRECIATION or a.lower_ in JUDGMENT or a.lower_ in ("amazing", "superb")]
            v += sum(2.0 if r > 0 else -2.0 if r < 0 else 0.0 for r in rated)
        return total + (-v if negated else v)
    if top.dep_ == "nsubjpass":
        return total
    if sides_with(pred, top):
        return total + (2.0 if top.lower_ == "for" else -2.0)
    direct = top.dep_ in ("dobj", "attr", "oprd") and not any(
        t.dep_ in ("pobj", "prep") for t in path_up(span.root, top))
    if direct and _wished(pred) and (lemma in HOSTILE_ACTS or lemma in FRIENDLY_ACTS and not conceded(pred)):
        v = -2.0 if lemma in HOSTILE_ACTS else 2.0
        return total + (-v if negated else v)
    return total

