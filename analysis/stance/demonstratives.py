"""Demonstrative targets: "these weapons will be used against Ukraine" says something of the weapons the sentence
before gave to someone ("… will lead to Russia obtaining large quantities of weapons"), so what is said of them is
said of whoever holds them."""
from __future__ import annotations

from typing import Any

DEMONSTRATIVES = frozenset({"this", "these", "those"})
# how an actor holds the thing its phrase names: "Russia's weapons", "North Korean weapons", "arms from Pyongyang"
HOLDER_DEPS = frozenset({"poss", "amod", "compound", "nmod"})
HOLDER_PREPS = frozenset({"from", "by", "of"})
# a noun that only measures or sorts what hangs under it by "of" ("large quantities of weapons")
MEASURE_NOUNS = frozenset({"quantity", "amount", "number", "lot", "supply", "stock", "kind", "type", "sort", "batch",
                           "shipment", "delivery", "range"})
MAX_BACK = 2  # sentences before the demonstrative's own in which its noun may have been named


def _mention_at(idx: int, mentions: list[dict[str, Any]]) -> dict[str, Any] | None:
    return next((mt for mt in mentions if mt["start_char"] <= idx < mt["end_char"]), None)


def holders(tok: Any, off: int, mentions: list[dict[str, Any]]) -> list[int]:
    """Where the mentions of those who hold what ``tok`` names start: a possessor or a modifier of the phrase
    ("North Korean weapons", "arms from Pyongyang"), else the subject of the verb the phrase is the object of, through
    a measure noun ("Russia obtaining large quantities of weapons")."""
    found: list[int] = []
    for c in tok.children:
        ends = [c] if c.dep_ in HOLDER_DEPS else [g for g in c.children if g.dep_ == "pobj"] \
            if c.dep_ == "prep" and c.lower_ in HOLDER_PREPS else []
        for e in ends:
            mt = _mention_at(e.idx + off, mentions)
            if mt is not None and mt.get("label") in ("GPE", "NORP", "ORG", "PERSON") and mt["start_char"] not in found:
                found.append(mt["start_char"])
    if found:
        return found
    head = tok
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lemma_.lower() in MEASURE_NOUNS:
        head = head.head.head
    if head.dep_ != "dobj" or head.head.pos_ not in ("VERB", "AUX"):
        return []
    verb = head.head
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "poss")), None)
    if subj is None and verb.tag_ == "VBG" and verb.i > 0 and verb.doc[verb.i - 1].dep_ == "pobj":
        subj = verb.doc[verb.i - 1]  # "lead to Russia obtaining …": the parser leaves the gerund's subject to "to"
    mt = _mention_at(subj.idx + off, mentions) if subj is not None else None
    return [mt["start_char"]] if mt is not None and mt.get("label") in ("GPE", "NORP", "ORG", "PERSON") else []


def named_before(tok: Any) -> Any | None:
    """The last earlier token of the same lemma, in this sentence or the ``MAX_BACK`` before, that is not itself
    under a demonstrative: the phrase "these weapons" takes up."""
    first = tok.sent.start
    sent = tok.sent
    for _ in range(MAX_BACK):
        if first == 0:
            break
        sent = tok.doc[first - 1].sent
        first = sent.start
    lemma = tok.lemma_.lower()
    for t in reversed(tok.doc[first:tok.i]):
        if t.lemma_.lower() == lemma and t.pos_ == "NOUN" and not any(
                c.dep_ == "det" and c.lower_ in DEMONSTRATIVES for c in t.children):
            return t
    return None


def demonstrative_targets(doc: Any, off: int, spans: list[tuple[Any, Any]], mentions: list[dict[str, Any]]
                          ) -> list[dict[str, Any]]:
    """The demonstrative subjects of a statement's content (``spans``, article offsets) whose noun was named just
    before with its holders, as target rows that build_stance gives to each holder: in "these weapons 'will be used
    against Ukraine'", Russia, which the sentence before has obtaining the weapons."""
    out: list[dict[str, Any]] = []
    for a, b in spans:
        piece = doc.char_span(a - off, b - off, alignment_mode="expand") if a is not None else None
        for tok in piece if piece is not None else ():
            if tok.pos_ != "NOUN" or tok.dep_ not in ("nsubj", "nsubjpass"):
                continue
            det = next((c for c in tok.children if c.dep_ == "det" and c.lower_ in DEMONSTRATIVES), None)
            if det is None or _mention_at(tok.idx + off, mentions) is not None:
                continue
            before = named_before(tok)
            for at in holders(before, off, mentions) if before is not None else ():
                out.append({"start_char": det.idx + off, "end_char": tok.idx + off + len(tok), "pronoun": det.lower_,
                            "refers": at})
    return out
