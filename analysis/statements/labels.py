"""Concept labels as a chart shows them and a coder would write them: a claim a statement denies is the claim
("reports he told Gordon Brown he would quit"), and "'s" is joined to its possessor."""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

# heads of a claim: whose it is does not make it a concept of its own ("Ms Villalba's claims" are what a denial
# rejects); with reports and rumours, the heads of a said thing a statement that denies one takes a side on
CLAIM_HEADS = frozenset({"claim", "allegation", "accusation", "suggestion", "assertion", "charge"})
SAID_HEADS = CLAIM_HEADS | {"report", "rumour", "rumor", "speculation"}


def claim_named(chunks: list[Span], content: tuple[int, int]) -> tuple[str, int, int] | None:
    """A content that opens with a bare claim and what it says ("dismissed reports he told Gordon Brown he would
    quit", "denied claims that …", "rejected allegations of a cover-up"): the claim is what the statement takes a
    side on (a coder's "claims that Blair agreed to stand down"), not the first issue inside it ("the next general
    election")."""
    first = next((c for c in chunks if c.start_char >= content[0]), None)
    if first is None or first.start_char != content[0] or not _bare_claim(first):
        return None
    return claim_label(first.root, content[1])


def _bare_claim(chunk: Span) -> bool:
    """A claim noun with at most a determiner or a pronoun ("reports", "these claims", "his claims")."""
    return chunk.root.lemma_.lower() in SAID_HEADS and all(t.pos_ in ("DET", "PRON") for t in chunk
                                                          if t.i != chunk.root.i)


def claim_label(head: Token, limit: int) -> tuple[str, int, int] | None:
    """The claim a said-thing noun opens, as a label with its character span: the noun and what it says, to the
    first punctuation (a quote mark goes on: "claims that he led a 'grubby government'") or ``limit``, at most
    eight words, its source left out ("claims from Conservative leader Michael Howard that …" is "claims that
    …"); None without a clause or an "of" phrase ("the reports"), or under four words ("claims that this")."""
    kids = list(head.children)
    if not any(c.dep_ in ("acl", "ccomp", "relcl") or c.dep_ == "prep" and c.lower_ == "of" for c in kids):
        return None
    source = {x.i for c in kids if c.dep_ == "prep" and c.lower_ in ("from", "by") for x in c.subtree}
    words: list[str] = []
    ends: list[int] = []  # where each word ends
    end, n = head.idx, 0
    for t in head.doc[head.i:]:  # a hyphen inside a word ("cover-up") goes on, a dash ends it
        if t.idx >= limit or n == 8:
            break
        if t.i in source or t.is_quote:
            continue
        if t.is_punct and not (t.text == "-" and t.idx == end):
            break
        if words and t.idx == end:  # joined to the word before: "cover-up", "Brown's"
            words[-1] += t.lower_
        else:
            words.append(t.lower_)
            n += 1
        end = t.idx + len(t)
        ends[len(words) - 1:] = [end]
    while len(words) > 4 and words[-1] in _DANGLING:  # cut after eight words: "… in pre-christmas sales were"
        words.pop()
        ends.pop()
    return (" ".join(words), head.idx, ends[-1]) if len(words) >= 4 else None


# words a label cut at eight words may end on, which end no claim ("… is still valid and", "… about what it will")
_DANGLING = frozenset({"a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "by", "for", "with", "from",
                       "about", "as", "that", "which", "who", "was", "were", "is", "are", "be", "been", "has",
                       "have", "had", "will", "would", "could", "should", "may", "might", "can", "its", "his",
                       "her", "their", "this", "these", "since", "than", "into", "over", "said", "it"})


_NEAR = 1500  # characters back to the claim named before
_ABOUT = frozenset({"of", "about", "on", "over", "that"})  # what a claim says: it is named here, not again


def earlier_claim(doc: Doc, chunks: list[Span], chunk: Span) -> tuple[str, int, int] | None:
    """A claim named again ("these claims", "the reports", "such allegations"): the last claim the article named
    before it with what it says ("Tony Blair has dismissed reports he told Gordon Brown he would quit … he had
    discussed these claims with the chancellor and dismissed them as a load of nonsense"), labelled as there, with
    the span of the phrase that names it again; None when it named none."""
    root = chunk.root
    if root.pos_ != "NOUN" or root.lemma_.lower() not in SAID_HEADS or not root.tag_.endswith("S") and \
            root.lemma_.lower() != "speculation" or not _bare_claim(chunk) or \
            not any(t.lower_ in ("the", "these", "those", "such") for t in chunk if t.i != root.i) or \
            any(c.dep_ in ("acl", "ccomp", "relcl") or c.dep_ == "prep" and c.lower_ in _ABOUT for c in root.children):
        return None
    for c in reversed(chunks):  # within a few sentences; not "in charge of his first match"
        if c.end_char <= chunk.start_char and chunk.start_char - c.end_char < _NEAR and c.root.pos_ == "NOUN" \
                and c.root.lemma_.lower() in SAID_HEADS and c.root.lower_ != "charge":
            got = claim_label(c.root, c.root.sent.end_char)
            if got is not None:
                return got[0], chunk.start_char, chunk.end_char
    return None


# possessors that date or place a concept rather than name whose it is ("last year's rate increases", "the
# country's economic growth": a coder records "rate increases", "economic growth")
PLAIN_POSSESSORS = frozenset({"year", "month", "week", "day", "today", "tomorrow", "yesterday", "tonight", "season",
                              "decade", "century", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                              "sunday", "country", "nation"})


def possessive_label(words: list[str]) -> str:
    """A concept's words as a label: "'s" joined to its possessor ("china's currency policy", not "china 's …"),
    and a possessor of ``PLAIN_POSSESSORS`` left out with what comes before it."""
    words = [w.replace("’", "'") for w in words]
    if "'s" in words:
        i = len(words) - 1 - words[::-1].index("'s")
        if i == 0 or words[i - 1] in PLAIN_POSSESSORS:
            words = words[i + 1:]
        else:
            words = [*words[:i - 1], words[i - 1] + "'s", *words[i + 1:]]
    return " ".join(words)
