"""The speaker's own attitude toward a target: liking and disliking ("I enjoyed working with Brad Gilbert", "we
don't trust him"), an emotion about it ("I am proud to be a part of Bernie's movement", "disappointed in the
board"), and a preference ("I will take Bernie Sanders over Donald Trump or Ted Cruz anytime": for Sanders,
against Trump and Cruz). A coder records each as a side; the sentence's tone rarely shows it (issue 27: "pair
found but neutral" was the dev set's largest kind of miss).

Only the speaker's attitude counts: the one who holds it is a pronoun subject (I, we; he, she in reported
speech), never "they" or a named subject — "Hollywood doesn't like foreign-language films" reports
someone else's taste.
"""

from __future__ import annotations

from typing import Any

from .polarity import lexicon
from .third_party import quoted_other

# verbs of liking or disliking their object
LIKING = frozenset({"like", "love", "admire", "respect", "enjoy", "appreciate", "adore", "cherish", "welcome",
                    "applaud", "salute", "hate", "despise", "loathe", "dislike", "detest", "distrust", "resent",
                    "deplore", "abhor", "fear", "agree", "disagree"})  # ("he agreed with Gordon Brown on the euro")
# liking verbs whose object is a deal and whose "with … to" names a partner, not a side
PARTNERED = frozenset({"agree", "disagree"})
# prepositions by which a copula takes a side ("I'm for Hillary", "we are against the war"), with only words of
# degree between (``_FIRMLY``: "I'm all for it"; "I'm here for …" is not this)
SIDING = frozenset({"for", "against"})
_FIRMLY = frozenset({"all", "firmly", "squarely", "totally", "absolutely", "strongly", "very", "much", "not", "n't"})
# verbs of choosing one thing over another ("take X over Y", "prefer X to Y")
PREFERRING = frozenset({"prefer", "choose", "pick", "take", "favour", "favor", "select"})
# what the rejected side of a preference follows
AGAINST_PREPS = frozenset({"over", "instead", "than", "before"})
# emotions whose object is what they are about ("proud of", "disappointed in"); "sure", "confident", "keen",
# "determined" are about a proposition, not a side
ABOUT_EMOTIONS = frozenset({
    "proud", "grateful", "thankful", "delighted", "pleased", "happy", "glad", "thrilled", "honoured", "honored",
    "impressed", "disappointed", "angry", "furious", "upset", "ashamed", "embarrassed", "disgusted", "appalled",
    "outraged", "sick", "tired", "fed", "frustrated", "dismayed", "saddened", "unhappy", "annoyed"})
# dispositions toward a side, each with the one preposition that names what it is toward ("he was opposed to the
# tobacco ban", "sceptical of the Tory plans", "sympathetic to the strikers"; not "it's absolutely critical and
# with the history of the Lions …", where "critical" is "crucial"), and its side
_TO, _OF = frozenset({"to", "toward", "towards"}), frozenset({"of", "about"})
DISPOSITIONS = {"opposed": (_TO, -1), "hostile": (_TO, -1), "sympathetic": (_TO, 1), "favourable": (_TO, 1),
                "favorable": (_TO, 1), "sceptical": (_OF, -1), "skeptical": (_OF, -1), "wary": (_OF, -1),
                "suspicious": (_OF, -1), "critical": (_OF, -1), "supportive": (_OF, 1), "fond": (_OF, 1),
                "enthusiastic": (_OF, 1)}
# nouns of an attitude, whose prepositional object is what the attitude is about ("concern about X", "support
# for X"); after another noun a preposition names a part of a thing, not a side's target ("rejected a third bid
# from Rangers for Barry Ferguson" is no side on Ferguson)
ATTITUDE_NOUNS = frozenset({
    "concern", "concerns", "criticism", "support", "praise", "opposition", "condemnation", "anger", "doubt",
    "doubts", "fear", "fears", "worry", "worries", "outrage", "sympathy", "admiration", "contempt", "hostility",
    "backing", "approval", "disapproval", "objection", "objections", "resistance", "respect", "scepticism",
    "skepticism", "frustration", "disappointment", "alarm", "dismay", "confidence", "faith", "trust", "distrust",
    "enthusiasm", "gratitude", "thanks", "tribute", "solidarity", "endorsement", "attack", "attacks", "hatred"})


HOLDERS = frozenset({"i", "we", "he", "she"})  # "they adored Saving Private Ryan": the audience, not the speaker
# links inside the target's noun phrase, and the objects and prepositions that lead from it to what takes it
_NP = frozenset({"poss", "compound", "conj", "cc", "appos", "amod", "nmod", "det", "case"})
# what an emotion is about: "proud of", "happy with", "angry at", "disappointed in"; not "happy in Spain" (a
# place) or "disappointed for Jason" (sympathy)
EMOTION_PREPS = frozenset({"of", "with", "about", "at", "by", "toward", "towards", "to"})  # ("grateful to X")
# the noun of "in favour of X": the copula's side on X ("I am in favour of a referendum")
FAVOUR = frozenset({"favour", "favor"})
# what a liked thing's noun may hold it by: "enjoyed all of my time with Andy", "the words of Mr Snow"
LIKED_PREPS = frozenset({"of", "with", "for", "about"})
# verbs under an attitude that keep the target its object: "proud to be a part of", "happy to meet Mr Allawi";
# not "glad to see the back of Mr Kilroy-Silk", "would like to succeed Kevin Keegan", "happy to return to Old
# Trafford"
KEEPING = frozenset({"be", "work", "meet", "welcome", "serve", "join", "have", "support", "back", "help"})


TITLED = frozenset({"titled", "entitled", "headlined", "headed"})


def _holder(word: Any, bodies: bool = False) -> Any:
    """The pronoun subject of a verb or of the copula an emotion adjective completes, or None; with ``bodies``
    also "it", a body's emotion or disposition ("Labour said it was sceptical of …"), not "it was for Parliament
    to decide" nor "it picked a game"."""
    verb = word.head if word.dep_ == "acomp" else word
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and any(t.lower_ in TITLED for t in subj.doc[max(0, subj.i - 6):subj.i]):
        return None  # a title's "I" ("a column titled 'Sorry, I Still Won't Ever Vote for Trump'") is its author's
    if subj is not None and quoted_other(subj):
        return None  # a quoted "he would have loved Stalin" is someone other than who is quoted
    return subj if subj is not None and (subj.lower_ in HOLDERS or bodies and subj.lower_ == "it") else None


def _negated(word: Any) -> bool:
    verb = word.head if word.dep_ == "acomp" else word
    return any(c.dep_ == "neg" for c in verb.children) or any(c.dep_ == "neg" for c in word.children)


def conceded(verb: Any) -> bool:
    """ "I like Paul, but these are horrible times": liking granted before a "but" clause is a concession, the
    side is what follows (a PolNeAR blind sample: Trump declining to endorse Ryan read as support); not "not only …
    but also …"."""
    return not _negated(verb) and any(c.dep_ == "cc" and c.lower_ == "but" and c.i > verb.i and c.i + 1 < len(c.doc)
                                      and c.doc[c.i + 1].lower_ not in ("also", "too") for c in verb.children)


def _favour(prep: Any) -> bool:
    """Whether the preposition "in" holds "favour" ("in favour of": the path reaches "in" from "of")."""
    return any(c.dep_ == "pobj" and c.lower_ in FAVOUR for c in prep.children)


def _emotion(tok: Any) -> bool:
    return (tok.lower_ in ABOUT_EMOTIONS or tok.lower_ in DISPOSITIONS) and (
        tok.dep_ == "acomp" or any(c.dep_ == "auxpass" for c in tok.children))


_OWN = {"his": "he", "her": "she", "their": "they"}  # a possessive and the subject pronoun of the same person


def attitude(span: Any) -> float:
    """+2 / -2 when the speaker states liking, an emotion about, or a preference for or against the target
    (``span``); 0 otherwise. From the target up: its noun phrase, then an object or a preposition of the kind
    the attitude takes, at most one complement verb that keeps it an object ("proud to be a part of"), and
    nothing else — a target in a clause of its own ("I like that Trump lost"), in a place ("happy in Spain") or
    in an act that is not the attitude's ("would like to succeed Kevin Keegan") is not what is felt."""
    tok = span.root
    if tok.dep_ == "poss" and tok.lower_ in _OWN and any(
            t.lower_ == _OWN[tok.lower_] and t.dep_ in ("nsubj", "nsubjpass") for t in tok.sent if t.i < tok.i):
        return 0.0  # "She was pleased with her run": her own feeling about her own deed (a BBC blind sample)
    while tok.dep_ in _NP and tok.head.i != tok.i:
        tok = tok.head
    rejected, hops = False, 0
    preps: list[str] = []  # every preposition passed: "a job in the Premiership" is no liking of the Premiership
    last_prep = None
    while hops < 6 and tok.head.i != tok.i:
        dep, head = tok.dep_, tok.head
        if dep == "pobj":
            preps.append(head.lower_)
            last_prep = head
            if head.lower_ in AGAINST_PREPS or (head.lower_ == "to" and head.head.lemma_.lower() == "prefer"):
                rejected = True  # "X over Y", "X instead of Y", "prefer X to Y"
            tok, hops = head.head, hops + 1  # the preposition's head
            dep, head = "prep-of", tok
        elif dep in ("dobj", "attr"):
            tok, hops = head, hops + 1
            dep = "object"
        elif dep == "xcomp" and tok.lemma_.lower() in KEEPING:
            tok, hops = head, hops + 1
            dep = "complement"
        elif dep in _NP:  # "all of my time with Andy": up the liked noun's phrase
            tok, hops = head, hops + 1
            continue
        else:
            return 0.0
        lemma = tok.lemma_.lower()
        if lemma in PREFERRING and tok.pos_ == "VERB" and _holder(tok) is not None and (
                dep == "object" or rejected):
            obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
            if lemma == "take" and (obj is None or obj.pos_ != "PROPN" or any(c.dep_ == "prt" for c in tok.children)
                                    or not (rejected or any(t.dep_ == "prep" and t.lower_ in AGAINST_PREPS
                                                            for t in tok.subtree))):
                return 0.0  # "take" chooses only named things over others ("take Sanders over Trump"), not in
                # "take action over X" or "took over Leeds United"
            value = -2.0 if rejected else 2.0
            return -value if _negated(tok) else value
        if rejected:
            continue  # "Sanders over Trump": up to the verb that prefers
        if dep == "prep-of" and preps == [preps[-1]] and preps[-1] in SIDING and lemma == "be" and _holder(tok) \
                is not None and all(w.lower_ in _FIRMLY for w in tok.doc[tok.i + 1:last_prep.i]):
            # "I'm for Hillary", "we are against the war"; "I am not against him" takes no side
            return 0.0 if _negated(tok) else 2.0 if preps[-1] == "for" else -2.0
        if lemma == "vote" and tok.pos_ == "VERB" and dep == "prep-of" and len(preps) == 1 and preps[0] in SIDING and (
                _holder(tok) is not None):  # "he would vote for Boris Johnson", "I will not vote for Trump"
            value = 2.0 if preps[0] == "for" else -2.0
            return -value if _negated(tok) else value
        if lemma in LIKING and tok.pos_ == "VERB" and _holder(tok) is not None and set(preps) <= LIKED_PREPS and not (
                lemma in PARTNERED and (preps != ["with"] or any(c.dep_ == "xcomp" for c in tok.children))):
            # ("agreed the terms of a loan", "agreed with the Italian finance minister to push forward …": a deal;
            # "agree with the repudiation of Trump's talk": with what is said of him)
            value = 2.0 if lexicon().get(lemma, 0.0) > 0 or lemma in ("respect", "enjoy", "welcome") else -2.0
            if lemma in PARTNERED and [w.lower_ for w in tok.subtree if not w.is_punct][-1] == "more":
                return value  # "I couldn't disagree with her more": the more firmly
            if value > 0 and conceded(tok):
                return 0.0
            return -value if _negated(tok) else value
        disposition = DISPOSITIONS.get(tok.lower_)
        if _emotion(tok) and _holder(tok, bodies=True) is not None and (dep == "complement" or dep == "prep-of") and (
                set(preps) <= EMOTION_PREPS | ({"in"} if tok.lower_ == "disappointed" else set())
                if disposition is None else len(preps) == 1 and preps[0] in disposition[0]):
            value = 2.0 if (disposition[1] if disposition else lexicon().get(tok.lower_, 0.0)) > 0 else -2.0
            return -value if _negated(tok) else value
        if dep == "prep-of" and preps == ["of", "in"] and tok.lemma_ == "be" and _holder(tok) is not None and _favour(
                last_prep):
            return -2.0 if _negated(tok) else 2.0  # "we are in favour of a referendum"
        if tok.pos_ in ("VERB", "AUX", "ADJ") and tok.dep_ not in ("xcomp", "dobj", "attr", "pobj"):
            return 0.0  # another clause's word: what it says is not the speaker's attitude
    return 0.0
