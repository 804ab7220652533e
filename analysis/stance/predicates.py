"""What is said of a target, read from its predicate: an outcome (a forecast or a result, no side), a condition or
a question (left open), an act that the cue's object names (the target is what the act is done to), the one a
warning is addressed to."""
from __future__ import annotations

from typing import Any

from analysis.statements import DONE_TO

from .cue_sides import OPPOSE_CUES, SUPPORT_CUES, WARNING_CUES
from .excess import done_by_thing
from .judging_words import JUDGMENT
from .polarity import lexicon
from .roles import CONDUCT_NOUNS

# an office given: "announced that Alan Greenspan was nominated as his replacement" had taken the side of the
# clause before it, "Paul Volcker would not accept a third term" (Reuters-21578, judged blind: Reagan against
# Greenspan); "Clinton cannot be elected because of her support for …" still judges
_OFFICE_VERBS = frozenset({"nominate", "appoint", "elect", "select"})
OUTCOME_VERBS = frozenset({
    "win", "lose", "play", "beat", "defeat", "score", "draw", "finish", "qualify", "face", "meet", "host", "reach",
    "miss", "fall", "rise", "gain", "drop", "slip", "suffer", "endure", "die", "survive", "grow", "decline",
    "shrink", "post", "report", "earn", "sell", "buy", "lead", "trail", "top", "edge", "climb", "slump", "plunge",
    "soar", "jump", "tumble", "return", "start", "end", "close", "open", "sign", "join", "leave", "retire", "cost",
    "spend", "owe", "pay", "hit", "struggle", "recover", "rally", "collapse"}) | _OFFICE_VERBS


# heads of a forecast: "is bound / likely / set / poised / going / expected / sure to lose"
FORECAST_HEADS = frozenset({"be", "bind", "bound", "likely", "unlikely", "set", "poise", "poised", "go", "expect",
                            "expected", "sure", "certain", "due", "tip", "tipped", "predict", "project"})


def predicted(pred: Any) -> Any:
    """The verb a forecast head points to ("is bound to lose" → "lose", "is likely to win" → "win"), or None."""
    heads = [pred] + [c for c in pred.children if c.dep_ in ("acomp", "oprd")]
    for h in heads:
        if h.lemma_.lower() in FORECAST_HEADS or h.lower_ in FORECAST_HEADS:
            verb = next((c for c in h.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
            if verb is not None:
                return verb
    return None


def is_outcome(pred: Any) -> bool:
    """Whether the target's predicate tells what happens in a contest, a market or a life (``OUTCOME_VERBS``) and
    no judging adverb goes with it ("played really well" judges)."""
    if pred is not None and pred.lemma_.lower() not in OUTCOME_VERBS and (ahead := predicted(pred)) is not None:
        pred = ahead  # "the Republican party is bound to lose to Clinton": a forecast of what happens
    if pred is None or pred.pos_ not in ("VERB", "AUX") or pred.lemma_.lower() not in OUTCOME_VERBS:
        return False
    if pred.lemma_.lower() in _OFFICE_VERBS and any(c.dep_ == "neg" or c.dep_ == "aux" and c.lower_ in (
            "should", "must", "can", "could", "ought") for c in pred.children):
        return False  # "cannot be elected", "should be appointed": a judgment, not what happens
    if any(c.dep_ == "dobj" and (c.lemma_.lower() in ("role", "part") or c.lemma_.lower() in CONDUCT_NOUNS and any(
            a.dep_ == "amod" and a.lower_ in JUDGMENT for a in c.children)) for c in pred.children):
        return False  # "would play a big role": a part the speaker gives them; "led a grubby government": a verdict
    lex = lexicon()
    return not any(c.dep_ in ("advmod", "acomp") and abs(lex.get(c.lower_, 0.0)) >= 1.0 for c in pred.children)


def under_act(span: Any, piece: tuple[int, int] | None) -> bool:
    """Whether a target lies under an act that the cue's object or content names ("defended plans to end the EU's
    arms embargo": the EU is what the plans act on, not what is defended; "defended Labour's plans" is), a verb or
    a noun of ``DONE_TO`` ("defended the purchase of Yukos' key production unit": not Yukos; BBC, judged blind)."""
    if piece is None or not piece[0] <= span.start_char < piece[1]:
        return False
    tok = span.root.head
    while tok.head.i != tok.i and piece[0] <= tok.head.idx < piece[1]:
        if tok.pos_ in ("VERB", "AUX") or tok.lower_ == "of" and tok.head.lemma_.lower() in DONE_TO:
            return True
        tok = tok.head
    return False


def warned_target(st: dict[str, Any], span: Any, obj: tuple[int, int] | None) -> bool:
    """Whether the target is the one a warning is addressed to ("warned Tony Blair that …")."""
    return (st.get("cue_lemma") or "") in WARNING_CUES and obj is not None and obj[0] <= span.start_char < obj[1]


ASKING = frozenset({"ask", "wonder", "question", "query", "inquire", "enquire"})


def open_question(pred: Any) -> bool:
    """Whether what is said of the target is left open: a condition or a question ("it was yet to be seen if Mr
    Clarke could deliver a fair system", "whether Labour can win"), not a claim the speaker makes."""
    tok = pred
    for _ in range(3):
        if any(c.dep_ == "mark" and c.lower_ in ("if", "whether") for c in tok.children):
            return True
        if tok.dep_ == "ccomp" and tok.head.lemma_.lower() in ASKING and any(c.lower_ in ("why", "how", "whether")
                                                                            for c in tok.children):
            return True  # "asking Rubio why he decided to attack Trump": the question is the moderator's
        if tok.head.i == tok.i or tok.dep_ not in ("conj", "xcomp", "aux"):
            return False
        tok = tok.head
    return False


def judged_by_another(span: Any, pred: Any, cue_at: int) -> bool:
    """Whether the target is the passive subject of a speech act inside what is said ("The Hill reported that
    Donald Trump was accused of breaking debate rules", "Tony Blair was criticised by MPs"): the side is the act's
    agent's, named or not, not the speaker's (a second PolNeAR blind sample: The Hill against Trump); not the
    statement's own cue (``cue_at``, its offset in the Doc: "Blair was criticised by Howard" is Howard's)."""
    if pred is None or pred.pos_ != "VERB" or pred.idx == cue_at:
        return False
    lemma = pred.lemma_.lower()
    if lemma not in OPPOSE_CUES and lemma not in SUPPORT_CUES or any(c.dep_ == "aux" and c.tag_ == "MD" for c in
                                                                        pred.children):
        return False  # (a modal is the speaker's own: "Mr Jackson would be warmly welcomed by Labour MPs")
    top = span.root
    while top.dep_ in ("compound", "poss", "conj") and top.head.i != top.i:
        top = top.head  # "Mr Blair's plans were criticised": the plans and their owner
    return top.head.i == pred.i and top.dep_ == "nsubjpass"


def plain_deed(span: Any, pred: Any, local: float) -> bool:
    """Whether the target is only the object of a deed someone else named does, in words that judge nothing
    (``local``: the predicate's own lexicon value, 0): "Trump's claim that President Barack Obama 'founded ISIS'"
    accuses Obama, not ISIS (a PolNeAR blind sample: Trump against ISIS by the sentence's tone); "Clinton met
    Putin" is no side on Putin. A hostile or friendly act ("sacked", "backed") has a value and stays."""
    if local or pred is None or pred.pos_ != "VERB" or span.root.dep_ != "dobj" or span.root.head.i != pred.i:
        return False
    return any(c.dep_ == "nsubj" and (c.pos_ == "PROPN" or c.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"))
               and not span.start <= c.i < span.end for c in pred.children)


def thing_deed(span: Any, pred: Any) -> bool:
    """Whether the target is what a thing or a situation does something to ("a win by Mr Kerry would have given
    Tony Blair the chance of a fresh start": a BBC blind sample read it as support for Blair): an effect the
    speaker describes (``excess.done_by_thing``), whatever words go with it."""
    return pred is not None and pred.pos_ == "VERB" and span.root.head.i == pred.i and \
        span.root.dep_ in ("dobj", "dative") and done_by_thing(pred)
