"""Pronoun targets: "accused him of lying", a quote's "he" or "she", resolved to the person they name."""
from __future__ import annotations

from typing import Any

from analysis.statements.speakers import PRONOUN_GENDER

# pronouns that may name a statement's target ("accused him of lying", "she is a liar", "praised his record"); the
# plural ones are left out (a group or a party: too often unsure)
TARGET_PRONOUNS = frozenset({"he", "him", "his", "she", "her"})


def same_name(a: object, b: object) -> bool:
    """Whether two actor names are one name, one in the other word for word at its start or end ("Merrill" /
    "Merrill Lynch", "Smith" / "Patricia Smith"): the same actor under two ids."""
    if not isinstance(a, str) or not isinstance(b, str):
        return False
    wa, wb = a.lower().split(), b.lower().split()
    if not wa or not wb:
        return False
    short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    return long_[:len(short)] == short or long_[-len(short):] == short


def antecedent(m: list[Any], at: int, word: str, sent_idx: int, genders: dict[str, str], speaker: object = None,
               speaker_span: tuple[int, int] | None = None, spoke: Any = (), speaker_name: object = None
               ) -> Any | None:
    """The person a target pronoun names, of its gender where the article shows theirs (``genders``, from
    ``statements.person_genders``), never the speaker (who says "I"; a speaker's "him" is someone else), the
    speaker under another id ("Smith" said, after "Patricia Smith … rejected Clinton's claim") nor a name in the
    speaker's phrase ("Both Jowell and Prescott welcomed his return"): the last person who spoke in this or the
    two sentences before (an answer names whom it answers), else the nearest person mentioned there. None when
    there is no such person."""
    want = PRONOUN_GENDER[word]
    fits = [x for x in m if x.actor_type == "person" and x.end_char <= at and x.actor_id != speaker
            and not (speaker_span and speaker_span[0] <= x.start_char < speaker_span[1])
            and 0 <= sent_idx - x.sent_idx <= 2 and genders.get(x.actor_id, want) == want
            and not same_name(speaker_name, x.actor_name)]
    speakers = {who: start for start, si, who in spoke if start < at and 0 <= sent_idx - si <= 2}
    answered = [x for x in fits if x.actor_id in speakers]
    if answered:
        return max(answered, key=lambda x: (speakers[x.actor_id], x.start_char))
    return max(fits, key=lambda x: x.start_char) if fits else None
