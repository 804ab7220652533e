"""Whom a pronoun speaker at a paragraph's start refers to when the paragraph names one person of its gender and
the last speaker spoke in a paragraph before (issue 29: a "he" given to the last speaker, not to the man the
paragraph is about)."""
from __future__ import annotations

import re
from typing import Any

import pandas as pd

_SAME = {"m": r"\b(?:he|him|his|himself)\b", "f": r"\b(?:she|her|hers|herself)\b"}
_RELATIVE = re.compile(r"\b(?:who|that|which)\s*$", re.IGNORECASE)  # "the Tea Party Republicans who": a kind


def last_said(earlier: list[dict[str, Any]], text: str, ss: int) -> int:
    """Where the last of the ``earlier`` statements' cues before ``ss`` is ("…, said a spokesman. But he …"), -1 if
    none; a relative clause's ("the Tea Party Republicans who oppose …") speaks of a kind, not someone speaking."""
    return max((int(x["cue_start"]) for x in earlier if not pd.isna(x["cue_start"]) and int(x["cue_start"]) < ss
                and (pd.isna(x["speaker_start"]) or not _RELATIVE.search(
                    text[int(x["speaker_start"]):int(x["speaker_end"])]))), default=-1)


def paragraph_person(before: list[Any], text: str, ss: int, sent_idx: int, gender: str | None,
                     last_spoke_at: int) -> str | None:
    """The one person (of ``before``: people named earlier, of the pronoun's gender) that the sentences of this
    paragraph before the pronoun's own name ("The Democratic side was hardly harmonious as Clinton sharpened her
    knife to bloody Sanders. He has attacked Clinton": Sanders), when the last speaker spoke, and every statement
    came, before the paragraph (``last_spoke_at``: "…, said a spokesman. But he played down reports" is the
    spokesman's) and no pronoun of the same gender comes earlier in the paragraph (then the paragraph goes on
    about someone named before it: "But he also could not resist taking swipes at Marco Rubio. He mocked
    Rubio …")."""
    para = text.rfind("\n", 0, ss) + 1
    if gender not in _SAME or last_spoke_at >= para or re.search(_SAME[gender], text[para:ss], re.IGNORECASE):
        return None
    here = {p.actor_id for p in before if p.start_char >= para and p.sent_idx < sent_idx}
    return next(iter(here)) if len(here) == 1 else None
