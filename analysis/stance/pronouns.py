"""Pronoun targets: "accused him of lying", a quote's "he" or "she", resolved to the person they name."""
from __future__ import annotations

from typing import Any

from analysis.statements.speakers import given_name_genders

# pronouns that may name a statement's target ("accused him of lying", "she is a liar", "praised his record"); the
# plural ones are left out (a group or a party: too often unsure)
TARGET_PRONOUNS = frozenset({"he", "him", "his", "she", "her"})
_PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}


def antecedent(m: list[Any], at: int, word: str, sent_idx: int, speaker: object = None,
                speaker_span: tuple[int, int] | None = None, spoke: Any = (), speaker_name: object = None
                ) -> Any | None:
    """The person a target pronoun names, of its gender where a title or the given name tells one
    (``given_name_genders``, "Mr", "Mrs"), never the speaker (who says "I"; a speaker's "him" is someone else)
    nor a name in the speaker's phrase ("Both Jowell and Prescott welcomed his return"): the last person who spoke
    in this or the two sentences before (an answer names whom it answers), else the nearest person mentioned
    there. None when there is no such person."""
    want = _PRONOUN_GENDER[word]
    names = given_name_genders()
    fits = [x for x in m if x.actor_type == "person" and x.end_char <= at and x.actor_id != speaker
            and not (speaker_span and speaker_span[0] <= x.start_char < speaker_span[1])
            and 0 <= sent_idx - x.sent_idx <= 2]

    def gender_ok(x: Any) -> bool:
        first = str(x.text).split()[0].lower().rstrip(".") if isinstance(x.text, str) and x.text.split() else ""
        g = "m" if first in ("mr", "sir", "lord") else "f" if first in ("mrs", "ms", "miss", "lady", "dame") else \
            names.get(str(x.actor_name).split()[0].lower()) if isinstance(x.actor_name, str) and x.actor_name else None
        return g is None or g == want

    # the speaker under another id ("Smith" said, after "Patricia Smith … rejected Clinton's claim")
    surname = speaker_name.split()[-1:] if isinstance(speaker_name, str) else []
    fits = [x for x in fits if gender_ok(x) and not (
        surname and isinstance(x.actor_name, str) and x.actor_name.split()[-1:] == surname)]
    speakers = {who: start for start, si, who in spoke if start < at and 0 <= sent_idx - si <= 2}
    answered = [x for x in fits if x.actor_id in speakers]
    if answered:
        return max(answered, key=lambda x: (speakers[x.actor_id], x.start_char))
    return max(fits, key=lambda x: x.start_char) if fits else None
