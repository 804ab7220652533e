"""Names inside a claim: what a speaker says of a claim is not said of the names in it.

"Mr Sullivan also rejects a suggestion that he had once told Bert Roberts that …" rejects the suggestion, not
Roberts; "proved claims of a clash between Muslims and Christians were wrong" judges the claims, not Muslims
(BBC rows read, issue 27). The claim's source is another matter: "shrugged off claims from Michael Howard".
"""
from __future__ import annotations

from typing import Any

CLAIM_NOUNS = frozenset({"claim", "suggestion", "allegation", "accusation", "report", "idea", "notion", "rumour",
                         "rumor", "speculation", "assertion", "charge", "theory", "talk", "fear", "fears", "belief",
                         "impression", "perception", "view", "argument", "story", "stories", "myth"})
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
        if head.pos_ == "NOUN" and head.lemma_.lower() in CLAIM_NOUNS and tok.dep_ in _CONTENT_DEPS:
            return True
        if tok.dep_ == "prep" and tok.lower_ in ("of", "about") and head.pos_ == "NOUN" \
                and head.lemma_.lower() in CLAIM_NOUNS:
            return True
        tok = head
    return False
