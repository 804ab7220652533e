"""Names inside a claim, and who is told of a danger: neither is a side taken on them.

"Mr Sullivan also rejects a suggestion that he had once told Bert Roberts that …" rejects the suggestion, not
Roberts; "proved claims of a clash between Muslims and Christians were wrong" judges the claims, not Muslims
(BBC rows read, issue 27). The claim's source is another matter: "shrugged off claims from Michael Howard".
"Lord Goldsmith warned Tony Blair that the Iraq war could be illegal" advises Blair; "warned the BBC to steer away
from demonising Mr Campbell" and "warned Labour and the Tories they were in danger of pandering" are against them.
A concept inside a frame noun takes the frame's part: "backed plans for debt relief" backs debt relief.
"""
from __future__ import annotations

import re
from typing import Any

from analysis.statements import ATTEMPT_NOUNS

CLAIM_NOUNS = frozenset({"claim", "suggestion", "allegation", "accusation", "report", "idea", "notion", "rumour",
                         "rumor", "speculation", "assertion", "charge", "theory", "talk", "fear", "fears", "belief",
                         "impression", "perception", "view", "argument", "story", "stories", "myth"})
# what someone said, whose "about" phrase or clause is what it is about ("rejects Trump's remarks about Muslims": a
# PolNeAR blind sample, against Muslims); their "of" phrase is who said it ("the comments of Mr Snow")
REMARK_NOUNS = frozenset({"remark", "comment", "statement", "words"})
_CONTENT_DEPS = frozenset({"acl", "ccomp", "relcl"})


def in_claim(span: Any, piece: tuple[int, int] | None) -> bool:
    """Whether the target lies in what a claim noun of ``piece`` (the cue's object or the content, as character
    offsets) says or is about: its clause ("a suggestion that he told X") or its "of" phrase ("claims of a clash
    between X and Y"), not its source ("claims from X", "X's claims")."""
    if piece is None or not piece[0] <= span.start_char < piece[1]:
        return False
    tok = span.root
    while tok.head.i != tok.i and piece[0] <= tok.head.idx < piece[1]:
        head = tok.head
        if head.pos_ == "NOUN" and head.lemma_.lower() in CLAIM_NOUNS | REMARK_NOUNS and tok.dep_ in _CONTENT_DEPS:
            return True
        if tok.dep_ == "prep" and head.pos_ == "NOUN" and (tok.lower_ in ("of", "about") and head.lemma_.lower(
                ) in CLAIM_NOUNS or tok.lower_ == "about" and head.lemma_.lower() in REMARK_NOUNS):
            return True
        tok = head
    return False


def advised(span: Any, content: tuple[int, int] | None) -> bool:
    """Whether the target, told of something (the object of a warning), hears of a state of affairs that is not
    its own doing: the content (character offsets in the span's Doc) is a clause with a subject and no
    third-person pronoun ("that the Iraq war could be illegal", "such practices were wrong"), not a demand ("to
    steer away") nor a clause about the one warned ("they were in danger of …", "he may have to quit")."""
    if content is None:
        return False
    piece = span.doc.char_span(*content, alignment_mode="expand")
    if piece is None:
        return False
    inside = set(range(piece.start, piece.end))
    roots = [t for t in piece if t.head.i not in inside or t.head.i == t.i]
    if len(roots) != 1 or roots[0].pos_ not in ("VERB", "AUX"):
        return False
    subjects = [c for c in roots[0].children if c.dep_ in ("nsubj", "nsubjpass", "csubj") and c.i in inside]
    # a pronoun anywhere in it may be the one warned: "warned the BBC that attacking Mr Campbell had brought it
    # trouble before" is a threat
    return bool(subjects) and not any(t.pos_ == "PRON" and t.lower_ in _THIRD for t in piece)


# nouns that carry the side taken on them over to what they are for or about: the attempt nouns whose act is the
# concept (``statements.ATTEMPT_NOUNS``: "backed plans for debt relief", "rejected calls for a referendum") and
# nouns of backing and pledging ("welcomed moves towards independence", "the case for reform"); not nouns that turn
# it round ("backed a ban on smoking" is against smoking) nor claims (``in_claim``: what is said of a claim is not
# said of its topic)
FRAMES = ATTEMPT_NOUNS | {"demand", "demands", "case", "campaign", "drive", "support", "backing", "commitment",
                          "pledge", "pledges", "promise", "promises", "programme", "program", "idea"}
_FRAME_PREPS = frozenset({"for", "of", "towards", "toward", "on"})


def framing(span: Any) -> Any | None:
    """The frame noun a concept hangs under by a preposition (``FRAMES``: "plans for debt relief", "calls for a
    referendum"), as a one-token span, or None: the concept chooser passes over such nouns, which name no issue,
    so the part the concept plays is the frame's."""
    tok = span.root
    if tok.dep_ != "pobj" or tok.head.lower_ not in _FRAME_PREPS:
        return None
    frame = tok.head.head
    if frame.pos_ != "NOUN" or frame.lower_ not in FRAMES or frame.i == tok.head.i:
        return None
    return span.doc[frame.i:frame.i + 1]


_THIRD = frozenset({"it", "its", "they", "them", "their", "he", "him", "his", "she", "her"})


def hedged(sentence: Any, speaker: Any, cue: Any = None) -> bool:
    """Whether the statement is a question about what the speaker would say ("it is not yet known whether Mr McManus
    would support a Glazer bid", "if Labour backs the plan", "you are not qualified if you supported the Panama
    agreement"): an attribution, as PolNeAR marks it, but nobody's position."""
    if not isinstance(sentence, str) or not isinstance(speaker, str) or not speaker.strip():
        return False
    # the speaker's own place: the last time its words come before the cue ("I don't think you are qualified if
    # you supported …"), else the first ("He said Mr Straw was naive if he accepted …")
    c = sentence.find(cue) if isinstance(cue, str) and cue.strip() else -1
    at = sentence.rfind(speaker.strip(), 0, c) if c > 0 else -1
    at = sentence.find(speaker.strip()) if at < 0 else at
    return at > 0 and re.search(r"\b(?:whether|if)\s+$", sentence[:at], re.I) is not None


# "there was no direct evidence of Mr. Putin's involvement": a charge denied, which no tone of "no" turns into an attack
# ("none found any evidence whatsoever of any wrongdoing on the part of Hillary Clinton": PolNeAR blind sample)
_NO_EVIDENCE = re.compile(r"\b(?:(?:no|little|scant|not\s+(?:any|enough))\s+|(?:none|nobody|never)\b[^.;:!?]{0,30}?"
                          r"\bany\s+)(?:\w+\s+){0,2}?(?:evidence|proof|sign|indication)s?(?:\s+whatsoever)?\s+"
                          r"(?:of|that)\b[^;:!?]{0,60}$", re.I)


def cleared(content: Any, at: int) -> bool:
    """Whether the target at offset ``at`` of the content is in a charge the speaker says lacks evidence ("no
    direct evidence of Mr. Putin's involvement", "no sign that Labour had broken the rules"): no side from the
    sentence's tone (issue 27, stance dev: "said there was no evidence" was read as an attack on Putin)."""
    return isinstance(content, str) and 0 < at <= len(content) and _NO_EVIDENCE.search(content[:at]) is not None
