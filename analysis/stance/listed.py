"""Concepts in a list, and plans a speaker presents: "highlighted plans for 100% debt relief, a minimum wage for
16 and 17-year-olds and flexibility in maternity leave" takes one side on each item, as a coder records it
(DNA codes one statement per concept), not on the first alone (issue 27)."""
from __future__ import annotations

import re
from typing import Any

from .claims import FRAMES

# a named item is an actor, with a row of its own; a figure or a date is no concept
_NOT_CONCEPTS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "DATE", "TIME", "CARDINAL", "ORDINAL",
                           "MONEY", "PERCENT", "QUANTITY"})
_OPENERS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM"})
MAX_ITEMS = 6
MAX_WORDS = 10


def listed_items(span: Any, content: tuple[int, int]) -> list[tuple[int, int, str]]:
    """The other noun phrases of the list a concept span opens, inside the content (doc character offsets), each
    as (start, end, label): items split at commas and at an "and" / "or" that joins nouns ("16 and 17-year-olds"
    is one item); the list ends at an item that is a clause ("…, saying it would …"), an apposition ("the deal,
    the first in a decade"), or the content's end. Named items are skipped (actors have rows of their own)."""
    doc = span.doc
    up = span.root.head.head if span.root.dep_ == "pobj" else None
    if span[-1].i != span.root.i or up is not None and up.pos_ == "NOUN" and up.lower_ not in FRAMES:
        return []  # the list goes on inside the concept's modifier ("spending on transport, education and health",
        # "allegations of sexual discrimination and unequal pay"; "plans for A, B and C" is a list of concepts)
    end = next((t.i for t in doc[span.end:] if t.idx >= content[1]), len(doc))
    inside = end
    if end < len(doc) and (doc[end].text == "," or doc[end].pos_ == "CCONJ"):
        # the parser may hang later items on the verb ("highlighted plans for A, B, the creation of C"): the
        # content ends at the first comma, the list runs on to the sentence's end
        end = doc[end].sent.end
    cuts = [t.i for t in doc[span.end:end] if t.text in (",", ";") or t.pos_ == "CCONJ" and t.head.pos_ == "NOUN"]
    tail = range(span.end, cuts[0]) if cuts else range(0)
    if not cuts or any(t.pos_ in ("VERB", "AUX") or t.text in (":", ";") or t.is_quote for t in doc[span.end:cuts[0]]) \
            or doc[cuts[0]].head.i in tail:
        return []  # the concept's own phrase runs into a clause, or the list is of its modifier's nouns
        # ("allegations of sexual discrimination and unequal pay"): no list of concepts
    items: list[tuple[int, int, str]] = []
    for k, cut in enumerate(cuts):
        if doc[cut].text == ";":
            break
        seg = [t for t in doc[cut + 1:cuts[k + 1] if k + 1 < len(cuts) else end] if not t.is_space]
        while seg and (seg[0].pos_ == "CCONJ" or seg[0].text == ","):
            seg = seg[1:]
        while seg and seg[-1].is_punct:
            seg = seg[:-1]
        if not seg:
            continue
        roots = [t for t in seg if t.head.i == t.i or not seg[0].i <= t.head.i <= seg[-1].i]
        if seg[0].pos_ not in _OPENERS and seg[0].tag_ != "PRP$" or any(
                t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "compound") or t.is_quote for t in seg) or any(
                r.dep_ == "appos" for r in roots):
            break  # a clause or an apposition: the list is over
        root = roots[0] if roots else seg[-1]
        if seg[0].i >= inside and root.dep_ not in ("dobj", "conj", "pobj"):
            break  # past the content, only what the cue's verb takes as another object
        if root.pos_ != "NOUN" or root.ent_type_ in _NOT_CONCEPTS:
            continue
        words = seg[1:] if seg[0].pos_ == "DET" or seg[0].tag_ == "PRP$" else seg
        n = 0
        for k, t in enumerate(words):  # at most MAX_WORDS words, not ending on a hyphen
            n += t.is_alpha or t.like_num
            if n > MAX_WORDS:
                words = words[:k]
                break
        while words and words[-1].is_punct:
            words = words[:-1]
        if not words:
            continue
        label = "".join(t.text_with_ws for t in words).strip().lower()
        items.append((words[0].idx, words[-1].idx + len(words[-1]), re.sub(r"\s+", " ", label)))
        if len(items) >= MAX_ITEMS:
            break
    return items


# cues by which a speaker lays out plans of their own ("highlighted plans for …", "outlined proposals to …",
# "unveiled a new scheme to …"): the speaker supports what the plans are for
PRESENT_CUES = frozenset({"highlight", "outline", "set out", "unveil", "announce", "launch", "detail", "present",
                          "trumpet", "showcase", "spell out", "lay out"})
_PLANS = re.compile(r"\W*(?:(?:his|her|its|their|our|the|a|an|new|fresh|further|detailed|radical)\s+){0,3}"
                    r"(?:plans?|proposals?|measures|polic(?:y|ies)|pledges?|package|initiative|scheme|strategy|"
                    r"blueprint|reforms)\s+(?:for|to)\b", re.I)  # not "policies on crime, tax and health": topics


def presented_plans(lemma: str, content: Any) -> bool:
    """Whether the statement lays out the speaker's own plans ("highlighted plans for debt relief"; not
    "highlighted Labour's plans to raise taxes", which may be an attack)."""
    return lemma in PRESENT_CUES and isinstance(content, str) and _PLANS.match(content) is not None
