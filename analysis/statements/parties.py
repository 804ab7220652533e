"""A description's party against the person it would name: "The Republican nominee said" is not "Gary Johnson,
the Libertarian nominee", though he is whom the sentence before is about."""
from __future__ import annotations

import re
from typing import Any

from analysis.actors.party_states import STATE_WORDS, state_conflict, states_written, title_before
from analysis.vocab import US_PARTIES

PARTY_REACH = 40  # characters before a name in which its title may give its party ("Republican presidential candidate")
_PARTY = re.compile(r"\b(" + "|".join(US_PARTIES) + r")\b", re.I)
_APPOSITION = re.compile(r",\s*(?:the|a|an)\s+[^,.;:()]{0,40}")


def _given(text: str, start: int, end: int) -> set[str]:
    """The parties the article writes in a name's title before it (its four words before, within the clause) or in
    an apposition right after it ("Gary Johnson, the Libertarian nominee,"), not a party of the next name
    ("… that Trump would be president and predicted that Democrat Hillary Clinton"; "a 'witch hunt' by Democrats —
    it seems likely Gowdy is correct")."""
    before = title_before(text, start, PARTY_REACH)
    after = _APPOSITION.match(text, end)
    return {US_PARTIES[w.lower()] for w in _PARTY.findall(before + " " + (after.group(0) if after else ""))}


def party_conflict(phrase: str, actor: str, mentions: list[Any], text: str) -> bool:
    """Whether the description names a party (``vocab.US_PARTIES``) or a US state and the article gives ``actor``
    another one, and never this one, in its titles ("The Florida senator said" is not "Vermont Sen. Bernie
    Sanders", nor "Sen. Bernie Sanders (I-Vt.)": ``actors.party_states.state_conflict``)."""
    own = {US_PARTIES[w.lower()] for w in _PARTY.findall(phrase)}
    states = STATE_WORDS.search(phrase) is not None
    if not own and not states:
        return False
    given: set[str] = set()
    places: set[str] = set()
    for x in mentions:
        if x.actor_id == actor:
            given |= _given(text, x.start_char, x.end_char)
            if states:
                places |= states_written(text, x.start_char, x.end_char)
    return bool(own) and bool(given) and not own & given or state_conflict(phrase, places)
