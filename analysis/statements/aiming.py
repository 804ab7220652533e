"""Whom an act of taking sides aims at: "lashed out at X", "pushed back against X", "fired back at X", "took a
shot at X", "went after X", "was critical of X" (issue 27: the one attacked is the statement's object, as the object
of "criticized X" is)."""
from __future__ import annotations

from spacy.tokens import Token

# verbs with a particle, or alone, whose "at" / "against" phrase names whom they attack (``aimed_at``)
AIMING = {("lash", "out"), ("hit", "out"), ("hit", "back"), ("push", "back"), ("speak", "out"), ("rail", ""), ("inveigh", ""),
          ("fire", "back"), ("swipe", "")}
SIDE_PREPS = {"side": "with", "stand": "by", "throw": "behind", "come": "against",  # ("came out against X")
              "agree": "with", "disagree": "with"}  # ("Prager disagrees with the #NeverTrump movement")
TAKEN_AT = frozenset({"shot", "shots", "swipe", "swipes", "aim", "jab", "jabs", "potshot", "potshots", "dig", "digs"})
# adjectives of "was critical of X": the speaker's judgment of X (``evaluative_adjective``)
EVALUATIVE_ADJECTIVES = {"critical": -1, "scathing": -1, "dismissive": -1, "contemptuous": -1, "disparaging": -1,
                         "scornful": -1, "supportive": 1, "complimentary": 1, "appreciative": 1}


def evaluative_adjective(verb: Token) -> Token | None:
    """"Davis was critical of all the candidates": the adjective of a "be" that judges the "of / about" phrase."""
    if verb.lemma_ != "be":
        return None
    return next((c for c in verb.children if c.dep_ == "acomp" and c.lower_ in EVALUATIVE_ADJECTIVES
                 and any(g.dep_ == "prep" and g.lower_ in ("of", "about", "toward", "towards") for g in c.children)),
                None)


def aimed_at(verb: Token) -> Token | None:
    """The object of the preposition a verb of attack or a judging adjective aims at ("lashed out at X", "pushed
    back against X", "was critical of X"), or None."""
    head, part = evaluative_adjective(verb), None
    if head is not None:
        preps = ("of", "about", "toward", "towards")
    elif verb.lemma_ == "take":  # "took a shot at X", "took multiple swipes at X", "took aim at X"
        head = next((c for c in verb.children if c.dep_ == "dobj" and c.lower_ in TAKEN_AT), None)
        if head is None:
            return None
        got = [g for c in [*head.children, *verb.children] if c.dep_ == "prep" and c.lower_ == "at"
               for g in c.children if g.dep_ == "pobj"]
        return got[0] if got else None
    elif verb.lemma_ in SIDE_PREPS:  # "sided with X", "stood by X", "threw her support behind X", "agreed with X"
        heads = [verb, *(c for c in verb.children if c.dep_ in ("dobj", "prt"))]
        got = [g for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == SIDE_PREPS[verb.lemma_]
               for g in c.children if g.dep_ == "pobj"]
        return got[0] if got else None
    elif verb.lemma_ == "go":  # "went after Bush": a name or a pronoun, not "after the game"
        got = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "after" and c.i == verb.i + 1
               for g in c.children if g.dep_ == "pobj" and g.pos_ in ("PROPN", "PRON")]
        return got[0] if got else None
    else:
        part = particle(verb)
        if (verb.lemma_, part.lower_ if part is not None else "") not in AIMING:
            return None
        head, preps = verb, ("at", "against")
    for c in [*head.children, *(part.children if head is verb and part is not None else ())]:
        if c.dep_ == "prep" and c.lower_ in preps:  # "pushed back against": the parser hangs it under "back"
            return next((g for g in c.children if g.dep_ == "pobj"), None)
    return None


def particle(verb: Token) -> Token | None:
    """The verb's particle ("hit out", "pushed back": a prt, or an advmod "out" / "back")."""
    return next((c for c in verb.children if c.dep_ == "prt" or c.dep_ == "advmod" and c.lower_ in ("out", "back")),
                None)
