"""A speaker's tone toward their own party or organization, known only across the corpus.

``build_stance`` leaves no side from a sentence's tone toward the speaker's own party or body, as the article
gives it ("Liberal Democrat leader Charles Kennedy"). Many articles never give it: BBC's 48 articles that name
Charles Kennedy tie him to the Liberal Democrats in few, and "Only the Liberal Democrats stood against the Iraq
war, he said" read as Kennedy against his own party (a blind sample of BBC rows, issue 27). The actors table
knows the affiliation the corpus gives most; this pass applies the same rule with it once the tables exist.
"""
from __future__ import annotations

from collections.abc import Mapping

import pandas as pd


def tone_rows(stance: pd.DataFrame) -> pd.Series:
    """Rows whose side comes from the sentence's tone: neither a cue's own side (score ±1 exactly) nor the
    speaker's judging words ("judged")."""
    return (stance["polarity"] != 0) & (stance["score"].abs() < 1) & (stance["decided_by"].fillna("") != "judged")


def own_side(stance: pd.DataFrame, affiliation: Mapping[str, str], parties: set[str] | frozenset[str] = frozenset()
             ) -> pd.DataFrame:
    """The stance rows with no side from tone toward the speaker's own organization, and none against their own
    party (``affiliation``: actor id → the affiliation the corpus gives it most, from the actors table;
    ``parties``: the ids of parties). A politician for their own party takes a side a coder records ("Gordon
    Brown for Labour"); a cue or the speaker's own judging words still take one against it ("ashamed to be a
    member of UKIP")."""
    if stance.empty or not affiliation:
        return stance
    own = stance["speaker_actor_id"].map(affiliation)
    party = stance["target_actor_id"].isin(parties)
    hit = tone_rows(stance) & own.notna() & (own == stance["target_actor_id"]) & (~party | (stance["polarity"] < 0))
    if hit.any():
        stance = stance.copy()
        stance.loc[hit, "polarity"] = 0
        stance.loc[hit, "score"] = 0.0
        stance.loc[hit, "decided_by"] = ""
    return stance
