"""Verdicts the speaker gives on a target in so many words, which the sentence's tone misses (issue 27: the dev
set's "pair found but neutral" misses):
- what the speaker calls it: "called Ted Cruz a pathological liar", "branded the scheme a disgrace", "described
  the plans as reckless" (a naming verb, its object and a judging complement);
- a mistake it made: "the FBI made a mistake", "Clinton made a serious error of judgment" (not "will not make the
  mistake of …", a resolve, nor "did not call him a liar");
- how its conduct rates: "Gordon Brown's record is very mixed", "their handling of it was poor" (a conduct noun
  the target owns, and a rating said of it);
- the charge of going easy on a danger: "the Lib Dems are soft on crime", "weak on defence" (``soft_on``).
Each gives ±2, as ``roles.speaker_judgment`` does, so that it takes a side without the model (``_confident``).
"""
from __future__ import annotations

from typing import Any

from analysis.statements.naming import NAMING_VERBS, named_object

from .judgments import SPEAKER_PRONOUNS
from .polarity import lexicon
from .roles import APPRECIATION, CONCESSIVE, CONDUCT_NOUNS, COPULAS, by_no_means, judging_value

# verbs that give their object a name or a description ("called X a liar", "described X as reckless"); not
# "name" (appointing: "named him chairman") nor "consider" (a thought, often someone else's)
NAMING = NAMING_VERBS | {"denounce", "condemn"}  # (and a condemnation names what it condemns)
MISTAKES = frozenset({"mistake", "error", "blunder", "gaffe", "misjudgment", "misjudgement", "miscalculation"})
MIXED = frozenset({"mixed", "patchy", "chequered", "checkered"})  # ratings against that VADER does not rate
# "soft on crime", "weak on terrorism": a politician's stock charge that the target goes easy on a danger
EASY_ON = frozenset({"soft", "weak", "lax", "complacent"})
STRONG = 1.5  # a VADER value from which a complement's word judges by itself ("disgrace" −2.3, "hero" 2.6)


def _negated(tok: Any) -> bool:
    return any(c.dep_ == "neg" or c.lower_ in ("never", "not", "n't") for c in tok.children) or by_no_means(tok)


def _judges(tok: Any) -> float:
    """±2 for a word of a verdict: a judging word (``roles.JUDGMENT``), or a noun or adjective VADER rates
    strongly ("disgrace", "pathetic"); 0 for the rest ("partner", "founder")."""
    v = judging_value(tok)
    if v or tok.pos_ not in ("NOUN", "ADJ"):
        return v
    rated = lexicon().get(tok.lower_, lexicon().get(tok.lemma_.lower(), 0.0))
    return 2.0 if rated >= STRONG else -2.0 if rated <= -STRONG else 0.0


def named_as(span: Any) -> float:
    """What the speaker calls the target: its naming verb's complement (an object predicate, an apposition to the
    target, or "as …"), each word judged by ``_judges``. A pronoun subject other than "I", "we", "he" or "she"
    ("you called him a liar", "they call it …") is not the speaker; a named subject is the speaker when the verb
    is the cue, and otherwise another speaker's nested statement, whose row ``build_stance`` gives that speaker
    ("Sanders said Trump called Clinton a liar" is Trump's verdict)."""
    if labelled := _labelled(span):
        return labelled
    top = span.root
    while top.dep_ == "conj" and top.head.i != top.i:  # "called Clinton and Sanders liars"
        top = top.head
    verb = top.head
    if top.dep_ != "dobj" or verb.lemma_.lower() not in NAMING or _not_speaker(verb):
        return 0.0
    # an object predicate, or a second object the parser gives as such ("branded Mr Brown a liar")
    complements = [c for c in verb.children if c.dep_ in ("oprd", "xcomp", "dobj") and c.i > top.i]
    complements += [c for c in top.children if c.dep_ == "appos"]
    complements += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"
                    for g in c.children if g.dep_ in ("pobj", "amod", "acomp")]
    total = 0.0
    for c in complements:
        words = [c] + [a for a in c.children if a.dep_ in ("amod", "conj", "acomp", "advmod")]
        total += sum(_judges(w) for w in words)
    if not total or _negated(verb):  # "did not call him a liar" takes no side either way
        return 0.0
    return 2.0 if total > 0 else -2.0


def _not_speaker(verb: Any) -> bool:
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and subj.pos_ == "PRON" and subj.lower_ not in SPEAKER_PRONOUNS - {"they"}


def _labelled(span: Any) -> float | None:
    """±2 by the label a naming verb just before the target gives it, read in word order
    (``statements.naming.named_object``: "called Trump a “blowhard”", "branded Mr Howard "arrogant and wrong"",
    "branded Harry's actions "stupid and evil""), 0.0 when the label judges nothing or the verb is denied, None
    when no naming verb names the target so."""
    doc = span.doc
    for verb in doc[max(span.sent.start, span.start - 3):span.start]:
        if verb.lemma_.lower() not in NAMING_VERBS or (got := named_object(verb)) is None:
            continue
        (a, b), (k, stop) = got
        if not a <= span.root.i < b:
            continue
        if _negated(verb) or _not_speaker(verb):
            return 0.0
        head = next((m for m in range(k, stop) if doc[m].pos_ == "ADP"), stop)  # "a risk to U.S. safety": the risk
        total = sum(_judges(t) for t in doc[k:head] if not t.ent_type_ or t.ent_type_ in ("NORP",))
        return 2.0 if total > 0 else -2.0 if total < 0 else 0.0
    return None


def conduct_verdict(span: Any, pred: Any) -> float:
    """A mistake the target made ("the FBI made a mistake": −2), or a rating of a conduct noun it owns said by a
    copula ("Gordon Brown's record is very mixed", "the government's handling of the crisis had been poor")."""
    if pred is None:
        return 0.0
    root = span.root
    lemma = pred.lemma_.lower()
    if root.dep_ == "nsubj" and root.head.i == pred.i and lemma in ("make", "commit"):
        made = any(c.dep_ == "dobj" and c.lemma_.lower() in MISTAKES for c in pred.children)
        return -2.0 if made and not _negated(pred) else 0.0  # "will not make the mistake of …": no side
    owned = root.dep_ == "poss" and root.head.lemma_.lower() in CONDUCT_NOUNS
    if not owned or root.head.dep_ != "nsubj" or root.head.head.i != pred.i or lemma not in COPULAS:
        return 0.0
    rated = [lexicon().get(c.lower_, -1.0 if c.lower_ in MIXED else 0.0) for c in pred.children
             if c.dep_ in ("acomp", "attr") and (c.lower_ in APPRECIATION or c.lower_ in MIXED)]
    total = sum(2.0 if r > 0 else -2.0 if r < 0 else 0.0 for r in rated)
    return -total if _negated(pred) else total


def soft_on(span: Any, pred: Any) -> float:
    """−2 for a subject said to be soft or weak on something ("the Lib Dems are soft on crime, support higher
    taxes"), whatever the tone of what follows; "not soft on crime" takes no side."""
    root = span.root
    while root.dep_ in ("appos", "conj") and root.head.i != root.i:  # "Like Labour, the Lib Dems are soft on …"
        root = root.head
    if pred is None or root.dep_ != "nsubj" or root.head.i != pred.i or pred.lemma_.lower() not in COPULAS:
        return 0.0
    easy = [c for c in pred.children if c.dep_ == "acomp" and c.lower_ in EASY_ON
            and any(p.dep_ == "prep" and p.lower_ == "on" for p in c.children)]
    return -2.0 if easy and not _negated(pred) else 0.0


# qualities a leader is said to lack ("he lacks judgment", "has no vision"), though VADER rates most of them 0
VIRTUES = frozenset({"judgment", "judgement", "strategy", "vision", "leadership", "credibility", "courage",
                     "experience", "integrity", "authority", "direction", "conviction", "competence", "substance",
                     "honesty", "principle", "principles", "backbone", "ideas", "policies", "plan", "answers",
                     "wisdom", "character", "decency", "respect", "understanding", "grasp", "clue", "idea"})


# what one "should have the … to" do when they have not: "The Tories should have the courage to try and change public
# opinion" (a BBC cell had Mark Oaten "for" the Conservatives, from "courage"), "should have the decency to resign"
NERVE = frozenset({"courage", "decency", "guts", "nerve", "honesty", "integrity", "backbone", "humility", "grace"})


def lacking(span: Any, pred: Any) -> float:
    """−2 for a subject said to lack a quality ("He lacks strategy and good judgment", "the Tories have no
    policies", "should have the courage to …": ``NERVE``); "does not lack courage" takes no side."""
    root = span.root
    if pred is None or root.dep_ != "nsubj" or root.head.i != pred.i or _negated(pred):
        return 0.0
    lemma = pred.lemma_.lower()
    objs = [c for c in pred.children if c.dep_ == "dobj"]
    objs += [g for o in objs for g in o.conjuncts]
    if lemma == "have":  # "has no vision", not "has a plan"; "should have the courage to", as one who has none
        ought = any(c.dep_ == "aux" and c.lower_ in ("should", "must", "ought") for c in pred.children)
        objs = [o for o in objs if any(d.lower_ == "no" for d in o.children) or ought and o.lower_ in NERVE and any(
            d.dep_ in ("acl", "relcl") and any(t.lower_ == "to" for t in d.children) for d in o.children)]
        if ought and any(o.lower_ in NERVE for o in objs):  # (not "should have no difficulty")
            return -2.0
    elif lemma != "lack":
        return 0.0
    good = [o for o in objs if o.lower_ in VIRTUES or lemma == "lack" and (lexicon().get(o.lower_, 0.0) > 0 or any(
        a.dep_ == "amod" and lexicon().get(a.lower_, 0.0) > 0 for a in o.children))]  # "has no assets": a fact
    return -2.0 if good else 0.0


def obstructing(span: Any, pred: Any) -> float:
    """−2 for a subject, or whose its subject is, said to stand in the way of something ("the personal ambition of
    Mr Blair and Mr Brown was getting in the way of good government", "Russia stands in the way of a deal"): in a
    speaker's words, a charge whatever the good thing obstructed; "is not standing in the way" takes none."""
    if pred is None or _negated(pred) or not any(
            p.dep_ == "prep" and p.lower_ == "in" and any(w.dep_ == "pobj" and w.lower_ == "way" and any(
                o.dep_ == "prep" and o.lower_ == "of" for o in w.children) for w in p.children)
            for p in pred.children):
        return 0.0
    tok = span.root
    while tok.head.i != pred.i and tok.dep_ in ("poss", "pobj", "prep", "conj", "compound") and tok.head.i != tok.i:
        tok = tok.head
    return -2.0 if tok.head.i == pred.i and tok.dep_ == "nsubj" else 0.0


# what a subject is said to answer for ("Labour had been responsible for huge waste", "the chancellor is to blame
# for the mess"): a charge when what it answers for is a harm, though VADER rates "responsible" a good
_ANSWERS = frozenset({"responsible", "accountable", "culpable", "blame"})


def blamed_for(span: Any, pred: Any) -> float:
    """−2 for a subject said to be responsible for a harm (the lexicon's rating of what follows "for" is below
    −``ACT_EFFECT``); "not responsible for" and "responsible for the recovery" take no side (BBC, judged blind:
    "Mr Davis said Labour had been responsible for 'huge waste, huge overspending'" read as support)."""
    root = span.root
    if pred is None or root.dep_ != "nsubj" or root.head.i != pred.i or _negated(pred):
        return 0.0
    heads = [c for c in pred.children if c.dep_ in ("acomp", "xcomp") and c.lemma_.lower() in _ANSWERS]
    fors = [g for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ == "for"
            for g in p.children if g.dep_ == "pobj"]
    lex = lexicon()
    harm = sum(min(0.0, lex.get(w.lower_, lex.get(w.lemma_.lower(), 0.0))) for g in fors
               for w in g.subtree if w.dep_ != "neg")
    return -2.0 if harm <= -ACT_EFFECT else 0.0


# using something against someone: a hostile act the speaker lays at the user's door ("these weapons will be used
# against Ukraine", "would turn its army against its neighbours"); VADER rates none of these words
HOSTILE_USE = frozenset({"use", "turn", "direct", "deploy", "aim", "wield"})
ENEMY_TYPES = frozenset({"GPE", "NORP", "ORG", "PERSON"})


def hostile_use(span: Any, pred: Any) -> float:
    """−2 when the target uses, or is what is used, against a named actor (the seed: Greenfield on the weapons
    Russia obtains); not when the use is denied or only asked about."""
    if pred is None or pred.lemma_.lower() not in HOSTILE_USE or _negated(pred) or span.root.dep_ not in (
            "nsubj", "nsubjpass") or span.root.head.i != pred.i:
        return 0.0
    against = [g for c in pred.children if c.dep_ == "prep" and c.lower_ in ("against", "at")
               for g in c.children if g.dep_ == "pobj" and g.ent_type_ in ENEMY_TYPES]
    return -2.0 if against else 0.0


def verdict(span: Any, pred: Any) -> float:
    """The verdicts of this module on the target (0 when it gives none)."""
    return named_as(span) + conduct_verdict(span, pred) + soft_on(span, pred) + lacking(span, pred) + obstructing(
        span, pred) + act_effect(span, pred) + blamed_for(span, pred) + hostile_use(span, pred)


ACT_EFFECT = 1.0  # the least lexicon weight of what an act does that judges it ("restore": 1.2, "mistake": −1.4)
# what lessens its object: lessening a harm is a good ("could cut some errors and combat fraud", "would remove
# the uncertainty"), the verb itself no verdict
LESSENING = frozenset({"cut", "reduce", "stop", "remove", "prevent", "combat", "tackle", "fight", "curb", "lower",
                       "ease", "end", "eliminate", "avoid", "lessen", "halt", "counter", "solve", "fix", "cure",
                       "alleviate", "relieve", "minimise", "minimize", "resolve", "deter",
                       # (unrated by VADER) what knocks its object down: "have knocked consumers' optimism"
                       "knock", "dent", "erode", "squeeze", "sap", "dampen", "stifle", "derail", "jeopardise",
                       "jeopardize", "undercut", "hit", "ban", "outlaw", "prohibit", "forbid", "block", "bar"})
# moves whose worth is what moves ("prevented a stronger increase in the jobless numbers"): VADER rates "increase"
DIRECTIONS = frozenset({"increase", "rise", "growth", "gain", "fall", "drop", "decline", "reduction", "decrease",
                        "jump", "surge"})
# verbs that bring about their object: their worth is the object's ("would encourage a culture of vice and
# corruption", "will fuel inflation"), not their own ("encourage" is +2.3 to VADER)
CAUSING = frozenset({"encourage", "promote", "fuel", "cause", "create", "bring", "spur", "foster", "breed",
                     "produce", "generate", "trigger", "spark", "provoke", "invite"})
MADE_INTO = frozenset({"make", "leave", "render", "keep"})  # "made Britain a safer place", "left the country poorer"
FEWER = frozenset({"fewer", "less", "little", "no"})  # "230 fewer serious injuries", "little problem"
# how hard or likely an act is, not whether it is good ("reaching an understanding could be difficult")
FEASIBILITY = frozenset({"difficult", "hard", "easy", "easier", "harder", "tough", "challenge", "challenging",
                         "simple", "impossible", "possible", "certainty", "certain", "critical", "definitely",
                         "chance", "chances"})  # "stood no chance of becoming law": a forecast
UNASSERTED = frozenset({"if", "whether", "while", "although", "though", "whilst"})  # a condition, a concession


def _effect(tok: Any, own: set[int], sign: float, depth: int) -> float:
    """The lexicon value of what the predicate under ``tok`` says: its highest rated words, each one's sign
    turned by a negation, a lessening verb or a "fewer" above it."""
    if tok.i in own or depth > 4:
        return 0.0
    lemma = tok.lemma_.lower()
    if any(c.dep_ == "neg" for c in tok.children) or by_no_means(tok) or any(c.lower_ in FEWER and c.dep_ in ("amod", "det") or
                                                          c.lower_ == "less" and c.dep_ == "advmod"
                                                          for c in tok.children):  # (and "less safe")
        sign = -sign
    lex = lexicon()
    far = tok.lower_ == "far" and any(c.lower_ == "from" for c in tok.children)  # "far from improving services"
    unrated = lemma in LESSENING or lemma in CAUSING or lemma in DIRECTIONS or tok.lower_ in FEWER | FEASIBILITY or (
        lemma in _ANSWERS and any(c.dep_ == "prep" and c.lower_ == "for" for c in tok.children))  # worth what
    # one answers for: "the 1981 tax cuts were not responsible for the large increase in the budget deficit" had
    # read as "not responsible", a charge (Reuters-21578: Sprinkel against the tax cuts he defended)
    if unrated or tok.ent_type_ or far or (
            tok.lower_ == "like" and (tok.dep_ == "prep" or tok.i > 0 and tok.nbor(-1).text == "-")):
        v = 0.0  # "is like poking a grizzly bear", "a mafia-like culture": a likeness, no liking
    else:  # (a judging word VADER lacks: "corruption")
        v = lex.get(tok.lower_, lex.get(lemma, 0.0)) or judging_value(tok) / 2
    if v:
        return sign * v  # what a rated word acts on is not rated apart: "the biggest attack on civil liberties"
    below = -sign if lemma in LESSENING or far else sign
    return sum(_effect(c, own, below, depth + 1) for c in tok.children  # (a small clause the parser calls a
               # ccomp is what is made: "would have made Britain a safer place")
               if (c.dep_ not in ("relcl", "advcl", "ccomp", "acl", "parataxis", "mark", "neg")
                   or c.dep_ == "ccomp" and c.pos_ in ("NOUN", "ADJ") and lemma in MADE_INTO)
               and not (c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"))  # "… and that it would never canvass"
               and not (c.dep_ == "prep" and c.lower_ in CONCESSIVE))  # a concession is no verdict ("'more or less
    # workable' despite evident disagreements": Reuters-21578, Eyskens against the Paris agreement)


def act_effect(span: Any, pred: Any) -> float:
    """What the speaker says an act the content is about does or is (``contents.act_subject``): "reopening the
    Waverley Line would restore the area's prosperity" +2, "leaving the EU would be a disaster" −2, "could cut
    some errors" +2 (``_effect``); none in a condition or a concession ("if", "while …")."""
    root = span.root
    if pred is None or root.tag_ != "VBG" or root.dep_ not in ("csubj", "nsubj") or root.head.i != pred.i:
        return 0.0
    if any(c.dep_ == "mark" and c.lower_ in UNASSERTED for c in pred.children):
        return 0.0
    v = _effect(pred, {t.i for t in root.subtree}, 1.0, 0)
    return 2.0 if v >= ACT_EFFECT else -2.0 if v <= -ACT_EFFECT else 0.0


# how a thing stands or moves, not what it is worth ("growth was strong", "prices remain high"): a report, no verdict
MAGNITUDES = frozenset({"strong", "stronger", "strongest", "weak", "weaker", "weakest", "robust", "solid", "healthy",
                        "sluggish", "slow", "high", "higher", "low", "lower", "big", "bigger", "huge", "large",
                        "small", "modest", "sharp", "steady", "stable", "firm", "fast", "rapid", "record",
                        # what is known of it: "the outlook remains highly uncertain"
                        "uncertain", "uncertainty", "unclear", "unknown", "likely", "unlikely"})
# the nouns of a policy, a law or an act of state: what a verdict on "what it does" is about ("the ban is working",
# "the plans would put lives at risk"); not prices, sales or markets, whose moves are reports ("house prices increased")
POLICIES = frozenset({"act", "agreement", "amendment", "ban", "bill", "budget", "ceasefire", "code", "constitution",
                      "crackdown", "cut", "fee", "law", "legislation", "measure", "pact", "plan", "policy",
                      "programme", "program", "proposal", "referendum", "reform", "rule", "sanction", "scheme",
                      "strategy", "tax", "treaty", "war", "wage", "deportation", "detention", "withdrawal", "invasion",
                      "intervention", "tariff", "subsidy", "privatisation", "privatization", "regulation",
                      "initiative", "approach", "idea", "quota", "curfew", "embargo", "moratorium", "system"})
WORKING = frozenset({"work", "succeed"})  # "the ban is working", "the scheme has succeeded" (VADER rates neither)


def policy_effect(span: Any, pred: Any) -> float:
    """What the speaker says a policy the content names (``POLICIES``) does or is, as ``act_effect`` for an act:
    "the Iraq war had been a terrible mistake", "the ID cards scheme was a waste of money", "a competitive primary
    was not a problem", "the minimum wage had helped millions of families", "the smoking ban is working"; not how
    it stands ("growth was strong": ``MAGNITUDES``), nor in a condition or a concession. For concept targets only:
    of an actor, what it does is a deed reported ("Russia would attack Ukraine")."""
    root = span.root
    if pred is None or root.lemma_.lower() not in POLICIES or root.dep_ not in ("csubj", "nsubj") or \
            root.head.i != pred.i or any(c.dep_ == "mark" and c.lower_ in UNASSERTED for c in pred.children) or any(
            c.dep_ == "acl" and c.tag_ == "VBG" for c in root.children):
        return 0.0  # (a participle after the subject, "this double-act pretending everything is alright": a
        # clause the parser may have hung the wrong subject on)
    up = pred
    while up.dep_ in ("ccomp", "xcomp") and up.head.i != up.i:
        up = up.head  # "did not consider the new law to be an infringement": the speaker's own "not" above
        if any(c.dep_ == "neg" for c in up.children):
            return 0.0
    own = {t.i for t in root.subtree} | {t.i for t in pred.subtree if t.lower_ in MAGNITUDES}
    v = _effect(pred, own, 1.0, 0)
    if pred.lemma_.lower() in WORKING and pred.pos_ == "VERB":
        v += -1.5 if any(c.dep_ == "neg" for c in pred.children) else 1.5
    return 2.0 if v >= ACT_EFFECT else -2.0 if v <= -ACT_EFFECT else 0.0
