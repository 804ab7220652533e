"""Acts of taking sides that a statement reports: "Michael Howard said John Smith had criticised Tony Blair",
"Military Times found Democrats favored Clinton". The reporter takes no side by them; the one who did the act
did (issue 27: "in X said Y criticized Z, X reports — Y opposes Z"). The learned cue detector follows PolNeAR,
which marks almost none of these (109 of 18,360 attributions), so they are found here, by the verb and its named
subject, and become statements of their own.
"""
from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import pandas as pd

from .phrases import someone

# verbs that take a side by themselves, whoever reports them; not "attack" or "blast" (also deeds of war), nor
# "question", "challenge", "warn" (no side without what follows)
SIDE_ACTS = frozenset({
    "condemn", "accuse", "criticize", "criticise", "denounce", "blame", "slam", "decry", "deplore", "mock", "assail",
    "rebuke", "lambast", "lambaste", "castigate", "ridicule", "deride", "berate", "scold", "disparage", "belittle",
    "chastise", "repudiate", "vilify", "denigrate", "excoriate", "oppose",
    "praise", "endorse", "applaud", "hail", "commend", "laud", "congratulate", "thank", "defend", "back", "support",
    "favor", "favour", "champion", "welcome"})
# what makes the act not one done: a forecast or a wish ("would back"), a condition, a question
_MODALS = frozenset({"will", "would", "could", "might", "may", "can", "should", "must", "shall", "'ll", "’ll", "wo"})
# subjects that are measures, not someone ("28 percent of caucusgoers supported Mr. Trump")
_MEASURES = frozenset({"percent", "%", "per", "majority", "minority", "half", "third", "quarter", "share", "number",
                       "proportion", "most", "many", "some", "few", "all", "none", "poll", "survey", "figures"})


def _named_subject(verb: Any) -> Any:
    """A name, or a noun of people or a group ("critics", "the union"), not a thing ("the evidence supports …")."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ not in ("PROPN", "NOUN") or subj.lower_ in _MEASURES:
        return None
    if not someone(subj):
        return None
    if any(t.like_num or t.lower_ in _MEASURES for t in subj.subtree if t.i < subj.i):
        return None  # "72 percent of Democrats", "most Republicans"
    return subj


def reported_act(verb: Any) -> bool:
    """Whether ``verb`` is an act of taking sides (``SIDE_ACTS``) done, in the past or present, by a named subject
    (not a pronoun, which is most often the speaker, nor a share of a poll), with something it is done to, and
    neither denied, wished, forecast nor asked about."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in SIDE_ACTS or verb.dep_ not in ("ccomp", "conj", "ROOT") and not (
            verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("while", "whereas") for c in verb.children)):
        return False  # (a contrast is said as well: "Democrats favored Clinton, while Republicans favored Trump")
    if _named_subject(verb) is None:
        return False
    if any(c.dep_ == "neg" or c.dep_ == "aux" and c.lower_ in _MODALS for c in verb.children):
        return False
    if any(c.dep_ == "mark" and c.lower_ in ("if", "whether", "unless") for c in verb.children):
        return False
    return any(c.dep_ in ("dobj", "prep", "ccomp") for c in verb.children)


def nested_acts(doc: Any, contents: Iterable[tuple[int, int]], quotes: Iterable[tuple[int, int]],
                cues: set[int]) -> list[Any]:
    """The verbs of ``reported_act`` inside a statement's content (character spans) that are no cue yet, outside
    quotes (quoted words are the quoted speaker's own claim), in text order."""
    qs = list(quotes)
    seen: set[int] = set()
    out = []
    for a, b in contents:
        span = doc.char_span(a, b, alignment_mode="expand") if a >= 0 else None
        for t in span if span is not None else ():
            # the lemma first: most tokens are no act of taking sides
            if t.lemma_.lower() not in SIDE_ACTS or t.i in seen or t.idx in cues or any(x < t.idx < y for x, y in qs):
                continue
            seen.add(t.i)
            if reported_act(t):
                out.append(t)
    return sorted(out, key=lambda t: t.i)


def reported_spans(statements: pd.DataFrame) -> dict[str, list[tuple[int, int, int, int]]]:
    """Per article, (cue start, region start, content start, content end) of each statement with a cue and a
    content: the region from its speaker, for an act of taking sides done by its subject ("Democrats favored
    Clinton": the reporter takes no side on Democrats either; not "shrugged off claims from Michael Howard", which
    rejects his), else from its content."""
    out: dict[str, list[tuple[int, int, int, int]]] = {}
    ok = statements.dropna(subset=["cue_start", "content_start", "content_end"])
    for aid, c, a, b, s, lemma in zip(ok.article_id, ok.cue_start, ok.content_start, ok.content_end,
                                      ok.speaker_start, ok.cue_lemma):
        acted = lemma in SIDE_ACTS and not pd.isna(s) and s < c
        out.setdefault(aid, []).append((int(c), min(int(a), int(s)) if acted else int(a), int(a), int(b)))
    return out
