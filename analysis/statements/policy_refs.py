"""A policy named again by its kind: "the bill", "the legislation", "the plan" in a statement's content is the
law or plan the article named before ("the Gambling Bill", "anti-terror proposals"), the concept a coder records,
not a bare generic noun that is no concept at all (issue 27: "the legislation would encourage a mafia-like
culture" is a position on the Gambling Bill)."""
from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from analysis.vocab import LAW_NAME_HEADS, law_name

# bare nouns that name a law again, and the heads of a law's own name ("the Gambling Bill", "the Patriot Act")
LAW_WORDS = frozenset({"bill", "legislation", "law", "act"})
LAW_HEADS = frozenset({"bill", "act", "law"})
# bare nouns that name a plan again: the last plan of the same kind the article names with modifiers
PLAN_WORDS = frozenset({"plan", "proposal", "scheme", "reform", "strategy"})
_DEFINITE = frozenset({"the", "this", "these", "that", "those"})
# modifiers that tell no policy apart ("the new rules", "such plans", "the proposed law"): the policy is whichever
# the article named, and without one the phrase names none a coder could record
VAGUE_MODIFIERS = frozenset({"new", "such", "latest", "proposed", "planned", "current", "recent",
                             "other", "similar", "same", "existing", "fresh", "revised", "original", "previous"})
# of those, the ones that point back to the policy just named ("the new law", "the proposed bill"), not away from
# it ("the existing law", "the previous bill")
SAME_POLICY = frozenset({"new", "such", "latest", "proposed", "planned", "fresh", "revised", "same"})
# the last word of a law's name as the recognizer tags it LAW: ``vocab.LAW_NAME_HEADS`` (read from the words alone),
# and, the tag saying it is a law, "Law" and "Convention"; not "Agreement" (the tag's own common noun)
LAW_NAMES = (LAW_NAME_HEADS - {"Agreement"}) | {"Law", "Convention"}
_IDIOMS = frozenset({"fit", "foot", "pick", "pay"})  # "fits the bill", "foot the bill", "pick up the bill"


def bare_policy(chunk: Span) -> str | None:
    """The kind of a bare definite policy noun ("the bill" → "law", "these proposals" → "proposal"), or None for
    one with other words ("the bill's second reading"; "the new bill" is bare: ``SAME_POLICY``) or none of
    these nouns."""
    root = chunk.root
    lemma = root.lemma_.lower()
    if root.pos_ != "NOUN" or lemma not in LAW_WORDS | PLAN_WORDS or root.head.lemma_ in _IDIOMS:
        return None  # (nor "fits the bill", "foot the bill")
    words = [t for t in chunk if not t.is_punct and not (t.text in SAME_POLICY and t.head.i == root.i)]
    if len(words) != 2 or words[0].lower_ not in _DEFINITE or any(c.dep_ in ("prep", "acl", "relcl", "poss")
                                                                   for c in root.children):
        return None
    return "law" if lemma in LAW_WORDS else lemma


def named_policy(doc: Doc, chunks: list[Span], kind: str, before: int, issue: Callable[[Span], bool]) -> Span | None:
    """The policy of ``kind`` the article named last before character ``before``: for "law", a law the recognizer
    tagged LAW or a capitalized name headed by "Bill"/"Act"/"Law" ("the Gambling Bill"); for a plan, the last
    chunk that names an issue or a policy (``issue``: ``contents.issue_phrase``) headed by the same noun
    ("anti-terror proposals" for "the proposals"); None when the article named none before."""
    found: Span | None = None
    at = -1
    if kind == "law":
        for e in doc.ents:  # (not "the Law Lords", "Chapter 11": judges, a section)
            if e.end_char <= before and e.label_ == "LAW" and e[-1].text in LAW_NAMES:
                found, at = e, e.start_char
        for c in chunks:
            if c.end_char <= before and c.start_char > at and c.root.lower_ in LAW_HEADS and c.root.text[:1].isupper() and any(
                    t.i < c.root.i and t.text[:1].isupper() and not t.is_sent_start for t in c):
                found, at = c, c.start_char
        return found
    for c in chunks:
        if c.end_char <= before and c.root.lemma_.lower() == kind and issue(c):
            found = c
    return found


_PLAN_NOUNS = PLAN_WORDS | LAW_WORDS | {"measure", "power", "powers"}


def law_of_plan(doc: Doc, chunk: Span, telling: Callable[[Token], bool]) -> Span | None:
    """The law a plan named by its topic is ("his controversial anti-terror proposals" in an article on "the
    Prevention of Terrorism Bill"): the one law the article names (anywhere in it) that shares a word stem with
    the plan's telling modifiers (``telling``: nouns, names, relational adjectives, parts of a hyphened word), so
    that one law is one concept whoever speaks of it (issue 27: DNA's congruence network joins speakers on the
    same concept; the coder recorded Blair for, Kennedy against, "the Prevention of Terrorism Bill"). None when
    no law or more than one shares a stem."""
    root = chunk.root
    if root.pos_ != "NOUN" or root.lemma_.lower() not in _PLAN_NOUNS or any(c.dep_ == "nummod" for c in root.children):
        return None  # (not "four anti-spyware bills": several, and not the one the article names)
    stems = {t.lower_[:5] for t in chunk if t.i != root.i and len(t) >= 5 and t.is_alpha and telling(t)}
    if not stems:
        return None
    found: dict[str, Span] = {}
    for e in doc.ents:
        words = [t for t in e if not t.is_punct and t.lower_ != "the"]
        if len(words) >= 2 and law_name([t.text for t in words]) and stems & {
                t.lower_[:5] for t in words if t.is_alpha and len(t) >= 5 and t.text not in LAW_NAME_HEADS}:
            found.setdefault(" ".join(t.lower_ for t in words), e)
    return next(iter(found.values())) if len(found) == 1 else None
