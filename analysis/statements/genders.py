"""Each person's grammatical gender as an article shows it, so that a pronoun speaker or target goes to a person
of the same gender (issue 29: a "she" given to the last-named man)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

import pandas as pd

from analysis.vocab import given_name_genders

PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}
_MALE_CUES = re.compile(r"\b(Mr|Sir|Lord|King|Prince|Father|Brother)\.?\s*$|\b(spokesman|chairman|congressman|"
                       r"businessman|actor|father|husband|son|brother|king|prince)\b", re.I)
_FEMALE_CUES = re.compile(r"\b(Mrs|Ms|Miss|Lady|Dame|Queen|Princess|Sister)\.?\s*$|\b(spokeswoman|chairwoman|"
                         r"congresswoman|businesswoman|actress|mother|wife|daughter|sister|queen|princess)\b", re.I)
_PRONOUN_RE = re.compile(r"\b(he|him|his|she|her|hers)\b", re.I)


def person_genders(text: str, people: list[Any]) -> dict[str, str]:
    """Each person's grammatical gender as the article shows it, "m" or "f" (absent when it does not): an
    honorific or a gendered role just before a mention ("Mr", "Ms", "spokeswoman"), or the first he/she/his/her
    after a mention (not a possessive one) and before the next person's, within 250 characters and the
    paragraph; and the full name's given name, when the census gives it one gender 95% of the time
    (``given_name_genders``). The votes add up; a tie stays unknown. Pronoun speakers then go to a person of the
    same gender (issue 29: a "she" given to the last-named
    man)."""
    votes: dict[str, list[int]] = {}
    names = given_name_genders()
    for k, p in enumerate(people):
        if p.actor_id not in votes:  # a given name almost always of one gender ("John", "Ellen"): two votes
            full = str(getattr(p, "actor_name", "") or "")
            g = names.get(full.split()[0].lower().strip(".")) if " " in full else None
            votes[p.actor_id] = [2 if g == "m" else 0, 2 if g == "f" else 0]
        v = votes[p.actor_id]
        before = text[max(0, p.start_char - 40):p.start_char]
        if _MALE_CUES.search(before) or _MALE_CUES.search(text[p.start_char:p.end_char]):
            v[0] += 2
        elif _FEMALE_CUES.search(before) or _FEMALE_CUES.search(text[p.start_char:p.end_char]):
            v[1] += 2
        if text[p.end_char:p.end_char + 2] in ("'s", "’s"):
            continue  # "Omar's office, in which he …": the pronoun is someone else's
        para = text.find("\n\n", p.end_char)
        stop = min(p.end_char + 250, people[k + 1].start_char if k + 1 < len(people) else len(text),
                   para if para >= 0 else len(text))
        m = _PRONOUN_RE.search(text, p.end_char, max(p.end_char, stop))
        if m:
            v[0 if PRONOUN_GENDER[m.group(1).lower()] == "m" else 1] += 1
    return {a: ("m" if v[0] > v[1] else "f") for a, v in votes.items() if v[0] != v[1]}


def phrase_gender(head: str) -> str | None:
    """The gender a description's head word gives its holder ("lady", "spokesman", "spokeswoman"), or None: a
    description goes to no person of the other gender (the head only: "the actor's mother" is a woman)."""
    words = head.strip()
    if _MALE_CUES.search(words):
        return "m"
    return "f" if _FEMALE_CUES.search(words) else None


def unfit_pronoun_speakers(statements: pd.DataFrame, types: Mapping[str, str]) -> set[str]:
    """Ids of statements whose "he" or "she" speaker is, once the corpus has settled each name's type, no person
    ("Yukos", "Euronext", "Anfield": names the recognizer called persons in one article and the corpus shows to
    be firms or places). Such a speaker was a guess on a wrong type; the workbook leaves it unknown (BBC: 61 of
    4,372 he/she speakers). A body's unnamed spokesperson's "he" or "she" speaks for the body ("spokesperson")."""
    if statements.empty:
        return set()
    said = statements["speaker_text"].fillna("").str.strip().str.lower()
    who = statements["speaker_actor_id"]
    kind = who.map(lambda a: types.get(a) or (a.split(":", 1)[0] if ":" in a else "person")
                   if isinstance(a, str) else None)
    bad = said.isin(["he", "she"]) & who.notna() & (kind != "person") & (
        statements.get("speaker_resolution", pd.Series("", index=statements.index)) != "spokesperson")
    return set(statements.loc[bad, "statement_id"])
