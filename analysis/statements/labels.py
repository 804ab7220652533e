"""Concept labels as a chart shows them and a coder would write them: a claim a statement denies is the claim
("reports he told Gordon Brown he would quit"), and "'s" is joined to its possessor."""
from __future__ import annotations

from spacy.tokens import Span

# heads of a claim: whose it is does not make it a concept of its own ("Ms Villalba's claims" are what a denial
# rejects); with reports and rumours, the heads of a said thing a statement that denies one takes a side on
CLAIM_HEADS = frozenset({"claim", "allegation", "accusation", "suggestion", "assertion", "charge"})
SAID_HEADS = CLAIM_HEADS | {"report", "rumour", "rumor", "speculation"}


def claim_named(chunks: list[Span], content: tuple[int, int]) -> tuple[str, int, int] | None:
    """A content that opens with a bare claim and what it says ("dismissed reports he told Gordon Brown he would
    quit", "denied claims that …", "rejected allegations of a cover-up"): the claim is what the statement takes a
    side on (a coder's "claims that Blair agreed to stand down"), not the first issue inside it ("the next general
    election"); its first eight words, to the first punctuation."""
    first = next((c for c in chunks if c.start_char >= content[0]), None)
    if first is None or first.start_char != content[0] or first.root.lemma_.lower() not in SAID_HEADS or any(
            t.pos_ not in ("DET", "PRON") for t in first if t.i != first.root.i):
        return None
    if not any(c.dep_ in ("acl", "ccomp", "relcl") or c.dep_ == "prep" and c.lower_ == "of" for c in first.root.children):
        return None
    end, n = first.root.idx, 0
    for t in first.doc[first.root.i:]:  # a hyphen inside a word ("cover-up") goes on, a dash ends it
        if t.is_punct and not (t.text == "-" and t.idx == end) or t.idx >= content[1] or n == 8:
            break
        end, n = t.idx + len(t), n + (t.text != "-")
    # four words at least: "claims that this" (cut at a quote) is no claim a coder names
    return (" ".join(first.doc.text[first.root.idx:end].lower().split()), first.root.idx, end) if n >= 4 else None


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
