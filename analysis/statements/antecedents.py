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


_UNNAMED = re.compile(r"\s*(?:an?|another|one)\s+(?:[\w’'-]+\s+){0,4}?([a-z][\w-]*)\b(?:\s+(?:who|which|that|for|at|"
                      r"with|of|in|from)\b.*)?\s*$", re.IGNORECASE | re.DOTALL)


_SPOKES = re.compile(r"\s*(an?|the)\s+(?:\S+\s+){0,4}?spokes(?:man|woman|person)\b", re.IGNORECASE)


def next_voice(voice: tuple[Any, ...] | None, actor: str | None, typ: str, phrase: str, r: dict[str, Any],
               parties: set[str], voiced: bool) -> tuple[Any, ...] | None:
    """Whose "he" or "she" the next pronoun speaker may be, as (actor, sentence, gender, where it spoke up to, the
    noun an unnamed one had): a
    body's unnamed spokesperson ("a spokeswoman for the SEIU said …. "…," she said": the union; "The spokesman said
    …. He said": the Treasury), not a party's "the Tory spokesman", a named frontbencher; someone the article does
    not name (``unnamed_person``: the actor None), unless they asked (the answer is another's: "Herman Cain … was
    asked by a caller why … "…," he said"); a pronoun that spoke in that voice carries it on past its own words."""
    from .genders import phrase_gender

    end = r.get("content_end")
    end = max(int(r["speaker_start"]), int(end)) if end is not None and not pd.isna(end) else int(r["speaker_start"])
    if voice is not None and (voiced or actor is None and again(voice, (phrase.lower().split() or [""])[-1])):
        return (voice[0], r["sent_idx"], voice[2], end, voice[4])  # ("…, he said", "The diplomat said" again)
    by = _SPOKES.match(phrase)
    if actor is not None and typ != "person" and by and (by.group(1).lower() != "the" or actor not in parties):
        return (actor, r["sent_idx"], phrase_gender(phrase), end, "")
    if actor is None and (head := unnamed_person(phrase)) and r.get("cue_lemma") not in ("ask", "question", "wonder"):
        return (None, r["sent_idx"], phrase_gender(phrase), end, head)  # (its noun: "the diplomat" is they again)
    return voice


def unnamed_person(phrase: str) -> str:
    """The head noun of a speaker phrase that is someone the article does not name ("Another senior banker who
    deals with the Latin American debt problem", "a diplomat"), else "": a "he" that follows their statement is
    theirs, not the last person named (Reuters-21578: "Another senior banker … also doubted there would be much
    change post-Volcker. He said …" had been Volcker's, and his doubts about Greenspan a cell against Greenspan)."""
    from .descriptions import _person_noun

    m = _UNNAMED.match(phrase)
    return m.group(1).lower() if m is not None and _person_noun(m.group(1)) else ""


def again(voice: tuple[Any, ...] | None, noun: str) -> bool:
    """Whether "the diplomat" is the unnamed one who spoke last ("A Western diplomat said …. The diplomat said"),
    not the nearest person named (Reuters-21578: Mao, then Hu Yaobang)."""
    from analysis.nlp.wordnet import singular

    return voice is not None and voice[0] is None and bool(noun) and singular(voice[4]) == singular(noun)


def settled(prior: tuple[Any, ...] | None, mine: tuple[Any, ...], phrase: str, voice: tuple[Any, ...] | None
            ) -> tuple[Any, ...]:
    """A statement's speaker reading (actor, actors, how, voiced): the one its speaker phrase already had when
    another cue shares the phrase ("Volcker knows the problems, he said, adding that …": one speaker, whoever spoke
    in between); none for "the diplomat" described after an unnamed diplomat spoke (``again``)."""
    if prior is not None and prior[0] is not None:
        return prior
    words = phrase.split()
    if mine[2] in ("description", "role_noun") and words[:1] in (["the"], ["this"], ["that"]) and again(
            voice, words[-1]):
        return (None, [], None, False)
    return mine
